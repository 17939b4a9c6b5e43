/**
 * The management plan: a stage (CONTRACTS.md) and concrete steps. The stage follows the treatment
 * ladder of shared/research/clinical-rules.md §3.4: emergencies and urgent red flags first; otherwise
 * conservative care for at least 6 weeks (ACR 2021, ACP/APS 2007); after that an image-guided injection
 * (NASS 2014), and a surgical opinion when symptoms persist beyond about 12 weeks with imaging that
 * matches the root (NICE NG59 decompression rule, NASS). Steps name KB entries found at run time and
 * degrade to plain text when an entry is missing.
 */
import type { PlanStage } from '../vocab/index.js';
import { entriesOf } from '../kb/index.js';
import type { Kb, KbCategory } from '../kb/index.js';
import type { RootCall } from '../localisation/index.js';
import type { PresentationFacts, Triage } from '../triage/index.js';
import type { ConcordanceEntry, PlanStep, Presentation } from './schema.js';

/** What the plan reads. */
export interface PlanContext {
  readonly input: Presentation;
  readonly facts: PresentationFacts;
  readonly roots: readonly RootCall[];
  readonly triage: Triage;
  readonly concordance: readonly ConcordanceEntry[];
}

export interface Plan {
  readonly stage: PlanStage;
  readonly steps: PlanStep[];
}

const CONSERVATIVE_WEEKS = 6;
const SURGICAL_WEEKS = 12;

/**
 * Chooses the plan stage.
 * @param c - the assessment so far
 */
export function choosePlanStage(c: PlanContext): PlanStage {
  switch (c.triage.level) {
    case 'emergency':
      return 'emergency-referral';
    case 'urgent':
      return 'urgent-evaluation';
    case 'soon':
    case 'routine':
      break;
  }
  const radicular = c.facts.radicularSymptoms;
  const careWeeks = c.facts.conservativeCareWeeks;
  if (!radicular || careWeeks === undefined || careWeeks < CONSERVATIVE_WEEKS) {
    return 'conservative';
  }
  const concordant = c.concordance.some((e) => e.concordant);
  if (concordant && careWeeks >= SURGICAL_WEEKS) return 'surgical-consultation';
  // NICE NG59: no epidural injections for neurogenic claudication with central canal stenosis.
  return claudicationWithCentralStenosis(c) ? 'conservative' : 'interventional';
}

/** Neurogenic claudication with central canal stenosis on imaging: epidurals are not used (NICE NG59). */
function claudicationWithCentralStenosis(c: PlanContext): boolean {
  return (
    c.facts.neurogenicClaudication &&
    (c.input.imaging ?? []).some(
      (f) => f.finding === 'central-canal-stenosis' && f.negated !== true && f.severity !== 'none',
    )
  );
}

// KB look-ups: by candidate id first, then by a name pattern within a category; cached per KB.
const kbCache = new WeakMap<Kb, Map<string, string | null>>();
function findKbId(
  kb: Kb,
  key: string,
  ids: readonly string[],
  category?: KbCategory,
  pattern?: RegExp,
): string | undefined {
  let cache = kbCache.get(kb);
  if (!cache) {
    cache = new Map();
    kbCache.set(kb, cache);
  }
  const hit = cache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let found: string | null = ids.find((id) => kb.byId.has(id)) ?? null;
  if (found === null && category && pattern) {
    found =
      entriesOf(kb, category).find(
        (e) => pattern.test(e.name) || e.synonyms.some((s) => pattern.test(s)),
      )?.id ?? null;
  }
  cache.set(key, found);
  return found ?? undefined;
}

/** "ibuprofen 200–400 mg every 4–6 hours, at most 3200 mg a day" from a KB drug entry. */
function doseLine(kb: Kb, id: string | undefined): string | undefined {
  if (!id) return undefined;
  const entry = kb.byId.get(id);
  if (!entry || entry.category !== 'drug') return undefined;
  const per = entry.maxDaily.per ?? 'day';
  return `${entry.name.toLowerCase()} ${entry.doseText}; at most ${entry.maxDaily.amount} ${entry.maxDaily.unit} per ${per}`;
}

/**
 * Builds the plan: stage and steps, with KB ids where the KB holds the item.
 * @param c - the assessment so far
 * @param kb - the knowledge base to draw entries from
 */
export function buildPlan(c: PlanContext, kb: Kb): Plan {
  const stage = choosePlanStage(c);
  const steps: PlanStep[] = [];
  const step = (
    code: string,
    text: string,
    source: string,
    extra: { kbId?: string | undefined; timing?: string } = {},
  ): void => {
    steps.push({
      code,
      text,
      source,
      ...(extra.kbId ? { kbId: extra.kbId } : {}),
      ...(extra.timing ? { timing: extra.timing } : {}),
    });
  };
  const has = (prefix: string): boolean => c.triage.reasons.some((r) => r.code.startsWith(prefix));
  const concordant = c.concordance.filter((e) => e.concordant);
  const target = concordant[0]
    ? `at ${c.input.imaging?.[concordant[0].imagingIndex]?.level ?? 'the matching level'} for ${concordant[0].root ?? 'the root'}`
    : c.roots[0]
      ? `for the ${c.roots[0].root} root`
      : 'at the symptomatic level';

  const safetyNet = (): void =>
    step(
      'safety-net',
      'Return at once, day or night, with new bladder or bowel problems, numbness between the legs, or worsening leg weakness.',
      'nice-cks-sciatica',
      { timing: 'always' },
    );
  const conservativeCore = (): void => {
    step(
      'education',
      'Explain the favourable outlook: most radicular pain improves over weeks to a few months whatever the treatment; stay active and keep working where possible.',
      'nass-ldh-2014',
      {
        kbId: findKbId(
          kb,
          'education',
          ['therapy-pain-neuroscience-education'],
          'therapy',
          /education/i,
        ),
      },
    );
    step(
      'exercise',
      'Exercise programme or physiotherapy (specific exercise, with manual therapy only as part of it).',
      'nice-ng59',
      {
        kbId: findKbId(
          kb,
          'exercise',
          ['therapy-home-exercise', 'therapy-core-stabilisation'],
          'therapy',
          /exercise/i,
        ),
      },
    );
    if (c.facts.neurogenicClaudication) {
      step(
        'flexion-exercise',
        'Flexion-based exercise and walking or cycling programmes for neurogenic claudication.',
        'nass-lss-2011',
        {
          kbId: findKbId(
            kb,
            'flexion-exercise',
            ['therapy-flexion-exercise'],
            'therapy',
            /flexion/i,
          ),
        },
      );
    }
    if (c.facts.durationWeeks !== undefined && c.facts.durationWeeks < SURGICAL_WEEKS) {
      step('superficial-heat', 'Superficial heat for acute or subacute pain.', 'acp-2017', {
        kbId: findKbId(kb, 'heat', ['therapy-superficial-heat'], 'therapy', /heat/i),
      });
    }
    const nsaid = findKbId(
      kb,
      'nsaid',
      ['drug-ibuprofen', 'drug-naproxen'],
      'drug',
      /ibuprofen|naproxen/i,
    );
    const dose = doseLine(kb, nsaid);
    step(
      'nsaid',
      `If a medicine is wanted: an NSAID at the lowest effective dose for the shortest time, if not contraindicated (see the medication alerts)${dose ? `, e.g. ${dose}` : ''}. Evidence of benefit in sciatica is limited.`,
      'nice-ng59',
      { kbId: nsaid },
    );
    step(
      'not-recommended-medicines',
      'Do not start gabapentinoids, other antiepileptics, oral corticosteroids or benzodiazepines for sciatica, nor opioids for chronic sciatica (NICE NG59; ACP 2017 for steroids).',
      'nice-ng59',
      {
        kbId: findKbId(
          kb,
          'gabapentinoid',
          ['drug-pregabalin', 'drug-gabapentin'],
          'drug',
          /gabapentin|pregabalin/i,
        ),
      },
    );
    if (c.facts.durationWeeks !== undefined && c.facts.durationWeeks >= SURGICAL_WEEKS) {
      step(
        'psychological-support',
        'For persistent pain with barriers to recovery: a combined physical and psychological programme (e.g. CBT-based).',
        'nice-ng59',
        { kbId: findKbId(kb, 'cbt', ['therapy-cbt'], 'therapy', /cognitive/i) },
      );
    }
  };
  const injection = (why: string): void => {
    if (claudicationWithCentralStenosis(c)) {
      step(
        'no-epidural-for-claudication',
        'Epidural injections are not used for neurogenic claudication with central canal stenosis (NICE NG59).',
        'nice-ng59',
      );
      return;
    }
    const kbId = findKbId(
      kb,
      'tfesi',
      ['injection-transforaminal-esi', 'injection-transforaminal-epidural-steroid'],
      'injection',
      /transforaminal/i,
    );
    step(
      'transforaminal-injection',
      `${why} Image-guided transforaminal epidural steroid injection ${target}: short-term relief for some (NASS); rare serious complications are possible (FDA 2014).`,
      'nass-ldh-2014',
      { kbId },
    );
  };
  const surgicalOpinion = (timing: string): void => {
    const procedure = findKbId(
      kb,
      'decompression',
      ['procedure-foraminotomy', 'procedure-microdiscectomy', 'procedure-decompression'],
      'procedure',
      /foraminotomy|discectomy|decompression/i,
    );
    step(
      'surgical-opinion',
      `Spinal surgical opinion: decompression (foraminotomy for foraminal stenosis, microdiscectomy for a disc herniation) when non-surgical care has not helped and imaging matches ${target}.`,
      'nice-ng59',
      { kbId: procedure, timing },
    );
  };

  switch (stage) {
    case 'emergency-referral':
      step(
        'emergency-referral',
        'Send now to the emergency department or on-call spinal team; do not wait for tests in primary care.',
        'bmj-bp-ces',
        { timing: 'now' },
      );
      if (has('ces-')) {
        step(
          'emergency-mri',
          'Emergency MRI of the lumbosacral spine within hours; a rectal examination is not needed to justify it. Confirmed compression goes to emergency decompression, day or night.',
          'bmj-bp-ces',
          { timing: 'within 4 hours' },
        );
      }
      if (has('progressive-major-motor-loss')) {
        step(
          'same-day-surgical-discussion',
          'Discuss with the on-call spinal surgeon the same day (deteriorating weakness, MRC 3 or less).',
          'nhs-lothian-red-flags',
          { timing: 'same day' },
        );
      }
      if (has('acute-foot-drop')) {
        step(
          'same-day-foot-drop',
          'Same-day spinal assessment and MRI for acute foot drop.',
          'community-red-flags-2023',
          { timing: 'same day' },
        );
      }
      if (has('malignancy-with-deficit')) {
        step(
          'mscc-pathway',
          'Same-day whole-spine MRI and the metastatic spinal cord compression pathway; consider corticosteroids as the pathway directs.',
          'nice-ng234',
          { timing: 'same day' },
        );
      }
      if (has('infection-with-deficit')) {
        step(
          'abscess-pathway',
          'Same-day MRI with contrast, blood cultures and inflammatory markers for suspected epidural abscess; antibiotics after cultures, surgical review.',
          'darouiche-2006',
          { timing: 'same day' },
        );
      }
      break;
    case 'urgent-evaluation':
      if (has('infection-')) {
        step(
          'urgent-infection-work-up',
          'Urgent assessment for spinal infection: blood tests (FBC, CRP, ESR), cultures if febrile, MRI with contrast.',
          'community-red-flags-2023',
          { timing: 'within days' },
        );
      }
      if (has('malignancy-')) {
        step(
          'urgent-malignancy-work-up',
          'Urgent whole-spine MRI and the acute oncology or metastatic cord compression pathway.',
          'nice-ng234',
          { timing: 'urgent (within 2 weeks, community pathway)' },
        );
      }
      if (has('fracture-')) {
        step(
          'urgent-fracture-work-up',
          'CT to exclude a vertebral fracture; assess bone health.',
          'acr-2016-low-back-pain',
          { timing: 'within days' },
        );
      }
      if (has('major-motor-loss') || has('progressive-weakness')) {
        surgicalOpinion('urgent (within 2 weeks, sooner if worsening)');
      }
      step(
        'analgesia-while-waiting',
        'Simple analgesia and activity as tolerated while the urgent assessment is arranged.',
        'nice-ng59',
      );
      break;
    case 'conservative':
      conservativeCore();
      if (
        (c.input.pain?.leg ?? 0) >= 7 &&
        c.facts.durationWeeks !== undefined &&
        c.facts.durationWeeks < SURGICAL_WEEKS &&
        c.roots.length > 0
      ) {
        injection(
          'Acute and severe sciatica: an epidural injection of local anaesthetic and steroid may be considered (NICE NG59).',
        );
      }
      step(
        'review',
        `Review within ${CONSERVATIVE_WEEKS} weeks; if radicular symptoms persist after ${CONSERVATIVE_WEEKS} weeks of conservative care and an injection or surgery would be considered, arrange MRI.`,
        'acr-2021-low-back-pain',
        { timing: `${CONSERVATIVE_WEEKS} weeks` },
      );
      break;
    case 'interventional':
      if ((c.input.imaging ?? []).length === 0) {
        step(
          'mri-before-injection',
          'MRI without contrast to confirm the compressed root and target the injection.',
          'acr-2021-low-back-pain',
          { timing: 'soon' },
        );
      }
      injection(
        `Symptoms persist after ${c.facts.conservativeCareWeeks ?? CONSERVATIVE_WEEKS} weeks of conservative care.`,
      );
      step('continue-exercise', 'Continue the exercise programme and activity.', 'nice-ng59');
      surgicalOpinion(
        `if no lasting benefit, or symptoms persist beyond about ${SURGICAL_WEEKS} weeks`,
      );
      break;
    case 'surgical-consultation':
      surgicalOpinion('soon');
      injection('While awaiting surgery, or if surgery is not wanted:');
      step('continue-exercise', 'Continue the exercise programme and activity.', 'nice-ng59');
      break;
  }
  safetyNet();
  return { stage, steps };
}
