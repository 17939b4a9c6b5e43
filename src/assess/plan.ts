/**
 * The management plan: a stage (CONTRACTS.md) and concrete steps. The stage follows the treatment
 * ladder of shared/research/clinical-rules.md §3.4: emergencies and urgent red flags first; otherwise
 * conservative care for at least 6 weeks (ACR 2021, ACP/APS 2007); after that an image-guided injection
 * (NASS 2014), and a surgical opinion when symptoms persist beyond about 12 weeks with imaging that
 * matches the root (NICE NG59 decompression rule, NASS). Steps respect the patient: no NSAID in pregnancy
 * (avoided from 20 weeks, FDA 2020) or at eGFR < 30 (Beers 2023), weight-based doses for anyone under 18
 * (BNF for Children), no X-ray-guided injection in pregnancy. Root and level names in the text come from
 * the concordance and the anatomy module, never typed. Wording lives in plan-messages.ts.
 */
import {
  ADULT_AGE,
  CHRONIC_WEEKS,
  CONSERVATIVE_CARE_WEEKS,
  NSAID_AVOID_BELOW_EGFR,
  SEVERE_LEG_PAIN,
} from '../vocab/index.js';
import type { Level, PlanStage } from '../vocab/index.js';
import type { Kb } from '../kb/index.js';
import { hasConcern, hasReason } from '../triage/index.js';
import type { PresentationFacts } from '../triage/index.js';
import type { PlanStep } from './schema.js';
import { PLAN_KB_IDS, PLAN_MESSAGES, childAnalgesiaText } from './plan-messages.js';
import type { PlanContext, PlanKbKey, PlanStepCode } from './plan-messages.js';

export type { PlanContext } from './plan-messages.js';

/** What the plan reads. */
export interface Plan {
  readonly stage: PlanStage;
  readonly steps: PlanStep[];
}

const WEEKS = CONSERVATIVE_CARE_WEEKS.value;
const SURGICAL_WEEKS = CHRONIC_WEEKS.value;

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
  if (!radicular || careWeeks === undefined || careWeeks < WEEKS) {
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

/** Why an NSAID must not be suggested for this patient, or undefined when one may be. */
export function nsaidBarrier(
  f: PresentationFacts,
): 'pregnancy' | 'kidney' | 'bleeding' | 'heart' | 'allergy' | undefined {
  if (f.pregnant) return 'pregnancy';
  if (
    (f.eGFR !== undefined && f.eGFR < NSAID_AVOID_BELOW_EGFR.value) ||
    f.conditions.has('dialysis') ||
    f.conditions.has('ckd-severe')
  ) {
    return 'kidney';
  }
  // Anticoagulants with an NSAID, or a past ulcer or GI bleed: bleeding to avoid (AGS Beers 2023).
  if (f.conditions.has('anticoagulated') || f.conditions.has('peptic-ulcer')) return 'bleeding';
  // NSAIDs worsen heart failure (fluid retention) and, with an ACE inhibitor and a diuretic, the kidneys.
  if (f.conditions.has('heart-failure')) return 'heart';
  if (f.conditions.has('nsaid-allergy')) return 'allergy';
  return undefined;
}

/**
 * Where to act, from the concordant imaging: "at L4-L5 and L5-S1 for L5" when two levels compress one
 * root. Levels and roots come from the concordance (the anatomy rule), never typed.
 */
export function planTarget(c: PlanContext): string {
  const concordant = c.concordance.filter((e) => e.concordant && e.root !== null);
  const first = concordant[0];
  if (first) {
    const root = first.root;
    const levels = [
      ...new Set(concordant.filter((e) => e.root === root).map((e) => e.level)),
    ] as Level[];
    return `at ${levels.join(' and ')} for the ${root ?? ''} root`;
  }
  const top = c.roots[0];
  return top ? `for the ${top.root} root` : 'at the symptomatic level';
}

/** "ibuprofen 200–400 mg every 4–6 hours; at most 3200 mg per day" from a KB drug entry (adults only). */
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
  let targetText: string | undefined;
  const target = (): string => (targetText ??= planTarget(c));
  const kbId = (key: PlanKbKey): string | undefined => {
    const id = PLAN_KB_IDS[key];
    return kb.byId.has(id) ? id : undefined;
  };
  const step = (
    code: PlanStepCode,
    extra: { kbKey?: PlanKbKey; timing?: string; text?: string } = {},
  ): void => {
    const message = PLAN_MESSAGES[code];
    const id = extra.kbKey ? kbId(extra.kbKey) : undefined;
    // Optional keys are assigned, not spread from throwaway objects; key order stays code, text,
    // source, kbId, timing.
    const planStep: PlanStep = {
      code,
      text: extra.text ?? message.text(c, target()),
      source: message.source,
    };
    if (id) planStep.kbId = id;
    if (extra.timing) planStep.timing = extra.timing;
    steps.push(planStep);
  };
  const child = c.facts.age !== undefined && c.facts.age < ADULT_AGE.value;
  const pregnant = c.facts.pregnant;

  const analgesia = (): void => {
    if (child) {
      step('child-analgesia', { text: childAnalgesiaText(c.facts.weightKg) });
      return;
    }
    const barrier = nsaidBarrier(c.facts);
    switch (barrier) {
      case 'pregnancy':
        step('pregnancy-analgesia', { kbKey: 'paracetamol' });
        return;
      case 'kidney':
        step('kidney-analgesia', { kbKey: 'paracetamol' });
        return;
      case 'bleeding':
        step('bleeding-risk-analgesia', { kbKey: 'paracetamol' });
        return;
      case 'heart':
        step('heart-failure-analgesia', { kbKey: 'paracetamol' });
        return;
      case 'allergy':
        step('allergy-analgesia', { kbKey: 'paracetamol' });
        return;
      case undefined:
        step('nsaid', {
          kbKey: 'nsaid',
          text: PLAN_MESSAGES.nsaid.text(c, doseLine(kb, kbId('nsaid')) ?? ''),
        });
        return;
    }
  };
  const conservativeCore = (): void => {
    step('education', { kbKey: 'education' });
    step('exercise', { kbKey: 'exercise' });
    if (c.facts.neurogenicClaudication) step('flexion-exercise', { kbKey: 'flexion-exercise' });
    if (c.facts.durationWeeks !== undefined && c.facts.durationWeeks < SURGICAL_WEEKS) {
      step('superficial-heat', { kbKey: 'heat' });
    }
    analgesia();
    step('not-recommended-medicines', { kbKey: 'gabapentinoid' });
    if (c.facts.durationWeeks !== undefined && c.facts.durationWeeks >= SURGICAL_WEEKS) {
      step('psychological-support', { kbKey: 'cbt' });
    }
  };
  const injection = (why: PlanStepCode): void => {
    if (claudicationWithCentralStenosis(c)) {
      step('no-epidural-for-claudication');
      return;
    }
    // Image-guided injections use X-rays: not in pregnancy unless essential (ACOG 723).
    if (pregnant) {
      step('no-injection-in-pregnancy');
      return;
    }
    step('transforaminal-injection', {
      kbKey: 'transforaminal',
      text: `${PLAN_MESSAGES[why].text(c, target())} ${PLAN_MESSAGES['transforaminal-injection'].text(c, target())}`,
    });
  };
  const surgicalOpinion = (timing: string): void =>
    step('surgical-opinion', { kbKey: 'decompression', timing });

  switch (stage) {
    case 'emergency-referral':
      step('emergency-referral', { timing: 'now' });
      if (hasConcern(c.triage, 'cauda-equina')) {
        step('emergency-mri', { timing: 'within 4 hours' });
      }
      if (hasReason(c.triage, 'progressive-major-motor-loss')) {
        step('same-day-surgical-discussion', { timing: 'same day' });
      }
      if (hasReason(c.triage, 'acute-foot-drop')) {
        step('same-day-foot-drop', { timing: 'same day' });
      }
      if (hasReason(c.triage, 'malignancy-with-deficit')) {
        step('mscc-pathway', { timing: 'same day' });
      }
      if (hasConcern(c.triage, 'infection', 'emergency')) {
        step('abscess-pathway', { timing: 'same day' });
      }
      if (hasReason(c.triage, 'pregnancy-fever')) {
        step('obstetric-assessment', { timing: 'same day' });
      }
      // A child's pain relief while transferred is dosed by weight, never an adult dose.
      if (child) step('child-analgesia', { text: childAnalgesiaText(c.facts.weightKg) });
      break;
    case 'urgent-evaluation':
      if (hasConcern(c.triage, 'infection')) {
        step('urgent-infection-work-up', { timing: 'within 24–48 hours' });
      }
      if (hasConcern(c.triage, 'malignancy', 'urgent')) {
        step('urgent-malignancy-work-up', { timing: 'urgent (within 2 weeks)' });
      }
      if (hasConcern(c.triage, 'fracture', 'urgent')) {
        step('urgent-fracture-work-up', { timing: 'within days' });
      }
      if (hasReason(c.triage, 'paediatric-red-flag')) {
        step('urgent-paediatric-work-up', { timing: 'within days' });
      }
      if (hasReason(c.triage, 'myelopathy-signs')) {
        step('urgent-myelopathy-work-up', { timing: 'within 2 weeks, sooner if worsening' });
      }
      if (hasConcern(c.triage, 'motor-deficit')) {
        surgicalOpinion('urgent (within 2 weeks, sooner if worsening)');
      }
      if (child) step('child-analgesia', { text: childAnalgesiaText(c.facts.weightKg) });
      else if (pregnant) step('pregnancy-analgesia', { kbKey: 'paracetamol' });
      else step('analgesia-while-waiting');
      break;
    case 'conservative':
      conservativeCore();
      if (
        (c.input.pain?.leg ?? 0) >= SEVERE_LEG_PAIN.value &&
        c.facts.durationWeeks !== undefined &&
        c.facts.durationWeeks < SURGICAL_WEEKS &&
        c.roots.length > 0 &&
        !child
      ) {
        injection('acute-severe-sciatica');
      }
      step('review', { timing: `${WEEKS} weeks` });
      break;
    case 'interventional':
      if ((c.input.imaging ?? []).length === 0) step('mri-before-injection', { timing: 'soon' });
      injection('persisting-after-conservative-care');
      step('continue-exercise');
      surgicalOpinion(
        `if no lasting benefit, or symptoms persist beyond about ${SURGICAL_WEEKS} weeks`,
      );
      break;
    case 'surgical-consultation':
      surgicalOpinion('soon');
      injection('while-awaiting-surgery');
      step('continue-exercise');
      break;
  }
  if (pregnant) step('pregnancy-imaging');
  step('safety-net', { timing: 'always' });
  return { stage, steps };
}
