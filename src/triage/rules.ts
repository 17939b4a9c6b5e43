/**
 * The triage rules, one row per published criterion, each with its level and sources. Triage is the most
 * urgent level of all rows that apply, so adding a red flag can only raise it. Thresholds follow
 * shared/research/clinical-rules.md §3 (NICE CKS 2018 cauda equina update, BMJ Best Practice, NHS
 * community and Lothian pathways, ACR 2021, ACP/APS 2007).
 */
import type { TriageLevel } from '../vocab/index.js';
import type { AssessmentCitationId } from './citations.js';
import type { PresentationFacts } from './facts.js';

/** One triage criterion. `applies` is a pure predicate over the presentation facts. */
export interface TriageRule {
  readonly code: string;
  readonly level: TriageLevel;
  readonly sources: readonly [AssessmentCitationId, ...AssessmentCitationId[]];
  readonly applies: (f: PresentationFacts) => boolean;
  readonly text: (f: PresentationFacts) => string;
}

const has =
  (flag: Parameters<PresentationFacts['flags']['has']>[0]) =>
  (f: PresentationFacts): boolean =>
    f.flags.has(flag);
const atMost = (value: number | undefined, limit: number): boolean =>
  value !== undefined && value <= limit;
/** Weeks of symptoms from which bilateral leg symptoms count as long-standing rather than new (ACP chronic). */
const LONG_STANDING_WEEKS = 12;
/** From this many weeks a mild objective deficit is reviewed soon rather than routinely (ACP subacute). */
const SUBACUTE_WEEKS = 4;
/** The conservative-care window of ACR 2021 and ACP/APS 2007. */
const CONSERVATIVE_WEEKS = 6;
const infectionRisk = (f: PresentationFacts): boolean =>
  f.flags.has('iv-drug-use') ||
  f.flags.has('immunosuppression') ||
  f.flags.has('recent-spinal-procedure');
const isLongStanding = (f: PresentationFacts): boolean =>
  f.durationWeeks !== undefined && f.durationWeeks >= LONG_STANDING_WEEKS;
/**
 * Bilateral symptoms that are not the bilateral sciatica of cauda equina: long-standing ones, positional
 * neurogenic claudication (NASS), or symmetric paraesthesia of both feet without weakness (polyneuropathy).
 */
const bilateralButNotCes = (f: PresentationFacts): boolean =>
  isLongStanding(f) || f.neurogenicClaudication || f.stockingPattern;
const deficitList = (f: PresentationFacts): string =>
  f.objectiveDeficitDetail.slice(0, 3).join(', ');

export const TRIAGE_RULES: readonly TriageRule[] = [
  // Cauda equina syndrome: any one feature is an emergency (same-day MRI, within hours).
  {
    code: 'ces-saddle-anaesthesia',
    level: 'emergency',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: (f) => f.saddleSensoryLoss,
    text: () =>
      'Saddle (perineal) numbness or sensory loss: suspected cauda equina syndrome. Emergency referral for MRI within hours.',
  },
  {
    code: 'ces-urinary-retention',
    level: 'emergency',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: has('urinary-retention'),
    text: () =>
      'Difficulty passing urine or retention: suspected cauda equina syndrome. Emergency referral; do not wait for overflow incontinence.',
  },
  {
    code: 'ces-urinary-incontinence',
    level: 'emergency',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: has('urinary-incontinence'),
    text: () =>
      'New urinary incontinence with back or leg pain: suspected cauda equina syndrome. Emergency referral.',
  },
  {
    code: 'ces-fecal-incontinence',
    level: 'emergency',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: has('fecal-incontinence'),
    text: () =>
      'Faecal incontinence or loss of rectal sensation: suspected cauda equina syndrome. Emergency referral.',
  },
  {
    code: 'ces-sexual-dysfunction',
    level: 'emergency',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: has('sexual-dysfunction'),
    text: () =>
      'New sexual dysfunction or loss of genital sensation with back or leg pain: a cauda equina feature. Emergency referral.',
  },
  {
    code: 'ces-bilateral-sciatica',
    level: 'emergency',
    sources: ['nice-cks-sciatica', 'girft-ces-2023'],
    applies: (f) => f.bilateralLegSymptoms && !bilateralButNotCes(f),
    text: (f) =>
      `Leg symptoms on both sides${f.durationWeeks === undefined ? ' (onset unknown)' : ` for ${f.durationWeeks} week(s)`}: bilateral sciatica is a cauda equina red flag. Emergency assessment and MRI.`,
  },
  {
    code: 'ces-bilateral-motor-deficit',
    level: 'emergency',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: (f) =>
      (atMost(f.lowestMrc.left, 3) && atMost(f.lowestMrc.right, 3)) ||
      (f.flags.has('progressive-weakness') &&
        (f.bilateralLegSymptoms || (atMost(f.lowestMrc.left, 4) && atMost(f.lowestMrc.right, 4)))),
    text: () =>
      'Severe or progressive weakness in both legs: a cauda equina feature. Emergency referral.',
  },
  {
    code: 'progressive-major-motor-loss',
    level: 'emergency',
    sources: ['nhs-lothian-red-flags', 'community-red-flags-2023'],
    applies: (f) => f.flags.has('progressive-weakness') && atMost(f.lowestMrcAny, 3),
    text: (f) =>
      `Deteriorating weakness with power MRC ${f.lowestMrcAny ?? '?'}/5: discuss with the on-call spinal surgeon the same day.`,
  },
  {
    code: 'acute-foot-drop',
    level: 'emergency',
    sources: ['community-red-flags-2023'],
    applies: (f) =>
      f.footDropMrc !== undefined &&
      f.footDropMrc <= 2 &&
      (f.durationWeeks === undefined || f.durationWeeks < CONSERVATIVE_WEEKS),
    text: (f) =>
      `Acute foot drop (dorsiflexion MRC ${f.footDropMrc ?? '?'}/5): same-day assessment by the spinal team.`,
  },
  {
    code: 'malignancy-with-deficit',
    level: 'emergency',
    sources: ['nice-ng234', 'community-red-flags-2023'],
    applies: (f) =>
      (f.flags.has('history-of-cancer') || f.flags.has('unexplained-weight-loss')) &&
      (f.objectiveDeficit || f.flags.has('progressive-weakness')),
    text: () =>
      'Cancer history or weight loss with a neurological deficit: suspected metastatic spinal cord or cauda equina compression. Same-day MRI of the whole spine.',
  },
  {
    code: 'infection-with-deficit',
    level: 'emergency',
    sources: ['community-red-flags-2023', 'darouiche-2006'],
    applies: (f) => f.flags.has('fever') && f.objectiveDeficit,
    text: () =>
      'Fever with a neurological deficit: exclude spinal epidural abscess the same day (MRI with contrast, blood tests).',
  },

  // Serious pathology and major motor loss: urgent (within about 2 weeks, sooner if worsening).
  {
    code: 'major-motor-loss',
    level: 'urgent',
    sources: ['community-red-flags-2023', 'nhs-lothian-red-flags'],
    applies: (f) => atMost(f.lowestMrcAny, 3),
    text: (f) =>
      `Major motor loss (MRC ${f.lowestMrcAny ?? '?'}/5): urgent specialist assessment and MRI.`,
  },
  {
    code: 'progressive-weakness',
    level: 'urgent',
    sources: ['community-red-flags-2023', 'acp-aps-2007'],
    applies: has('progressive-weakness'),
    text: () =>
      'Progressive weakness: urgent assessment and MRI; escalate to same day if it is rapid or bilateral.',
  },
  {
    code: 'infection-fever',
    level: 'urgent',
    sources: ['community-red-flags-2023', 'nice-cks-sciatica'],
    applies: has('fever'),
    text: (f) =>
      `Fever with spinal pain${infectionRisk(f) ? ' and a risk factor for infection' : ''}: suspected spinal infection. Urgent assessment with inflammatory markers and MRI.`,
  },
  {
    code: 'infection-risk-iv-drug-use',
    level: 'urgent',
    sources: ['community-red-flags-2023'],
    applies: has('iv-drug-use'),
    text: () =>
      'Intravenous drug use: a risk factor for spinal infection (discitis, epidural abscess).',
  },
  {
    code: 'infection-risk-immunosuppression',
    level: 'urgent',
    sources: ['community-red-flags-2023'],
    applies: has('immunosuppression'),
    text: () => 'Immunosuppression: a risk factor for spinal infection; urgent assessment.',
  },
  {
    code: 'infection-risk-recent-procedure',
    level: 'urgent',
    sources: ['community-red-flags-2023'],
    applies: has('recent-spinal-procedure'),
    text: () =>
      'Recent spinal procedure: consider post-procedural infection, haematoma or recurrence; urgent review.',
  },
  {
    code: 'malignancy-history',
    level: 'urgent',
    sources: ['community-red-flags-2023', 'nice-ng234'],
    applies: has('history-of-cancer'),
    text: () =>
      'Past cancer with new spinal pain: suspected spinal metastasis. Urgent MRI of the whole spine.',
  },
  {
    code: 'malignancy-weight-loss',
    level: 'urgent',
    sources: ['community-red-flags-2023'],
    applies: has('unexplained-weight-loss'),
    text: () => 'Unexplained weight loss: exclude malignancy or infection urgently.',
  },
  {
    code: 'fracture-trauma',
    level: 'urgent',
    sources: ['acr-2021-low-back-pain', 'community-red-flags-2023'],
    applies: has('significant-trauma'),
    text: () => 'Significant trauma: exclude vertebral fracture (CT).',
  },
  {
    code: 'fracture-steroids',
    level: 'urgent',
    sources: ['community-red-flags-2023', 'acr-2021-low-back-pain'],
    applies: has('prolonged-steroid-use'),
    text: () =>
      'Prolonged corticosteroid use: risk of osteoporotic fracture and infection; urgent assessment.',
  },
  {
    code: 'fracture-osteoporosis',
    level: 'urgent',
    sources: ['community-red-flags-2023'],
    applies: (f) =>
      f.flags.has('osteoporosis') && (f.age === undefined || f.age >= 65 || (f.backPain ?? 0) >= 7),
    text: () =>
      'Osteoporosis with new back pain in an older or severely painful presentation: exclude a fragility fracture.',
  },

  // Soon: weeks, not days.
  {
    code: 'osteoporosis',
    level: 'soon',
    sources: ['community-red-flags-2023'],
    applies: has('osteoporosis'),
    text: () =>
      'Known osteoporosis: keep a low threshold for imaging if the pain is new or severe.',
  },
  {
    code: 'night-pain',
    level: 'soon',
    sources: ['community-red-flags-2023'],
    applies: has('night-pain'),
    text: () =>
      'Pain at night or at rest: a weak flag for serious pathology on its own; review and re-check the other red flags.',
  },
  {
    code: 'bilateral-leg-symptoms-not-ces',
    level: 'soon',
    sources: ['bmj-bp-ces', 'nass-lss-2011'],
    applies: (f) => f.bilateralLegSymptoms && bilateralButNotCes(f),
    text: (f) =>
      `Leg symptoms on both sides that are ${isLongStanding(f) ? `long-standing (${f.durationWeeks ?? '?'} weeks)` : f.neurogenicClaudication ? 'positional (neurogenic claudication)' : 'confined to both feet without weakness'}: cauda equina is suspected when bilateral symptoms are new or worsening with other features; ask about bladder, bowel and saddle sensation at every review.`,
  },
  {
    code: 'upper-motor-neuron-signs',
    level: 'soon',
    sources: ['community-red-flags-2023'],
    applies: (f) => f.briskReflexes,
    text: () =>
      'Brisk reflexes are an upper motor neuron sign: look for cord compression above the lumbar roots (gait, sensory level, Babinski).',
  },
  {
    code: 'objective-deficit',
    level: 'soon',
    sources: ['acp-aps-2007', 'acr-2021-low-back-pain'],
    applies: (f) =>
      f.objectiveDeficit && (f.durationWeeks === undefined || f.durationWeeks >= SUBACUTE_WEEKS),
    text: (f) =>
      `Objective root deficit (${deficitList(f)})${f.durationWeeks === undefined ? ', duration unknown' : ` persisting at ${f.durationWeeks} weeks`}: specialist review and imaging if it does not recover.`,
  },
  {
    code: 'persistent-radicular-pain',
    level: 'soon',
    sources: ['acr-2021-low-back-pain', 'nice-ng59'],
    applies: (f) =>
      f.radicularSymptoms &&
      f.durationWeeks !== undefined &&
      f.durationWeeks >= CONSERVATIVE_WEEKS &&
      (f.conservativeCareWeeks === undefined || f.conservativeCareWeeks >= CONSERVATIVE_WEEKS),
    text: (f) =>
      `Radicular symptoms for ${f.durationWeeks ?? '?'} weeks ${f.conservativeCareWeeks === undefined ? '(conservative care not recorded)' : `despite ${f.conservativeCareWeeks} weeks of conservative care`}: MRI and specialist review if an injection or surgery is being considered.`,
  },

  // Routine: recorded so the reasoning is visible even when nothing escalates.
  {
    code: 'objective-deficit-early',
    level: 'routine',
    sources: ['acr-2021-low-back-pain', 'nass-ldh-2014'],
    applies: (f) =>
      f.objectiveDeficit &&
      f.durationWeeks !== undefined &&
      f.durationWeeks < SUBACUTE_WEEKS &&
      !atMost(f.lowestMrcAny, 3),
    text: (f) =>
      `Mild root deficit (${deficitList(f)}) in the first ${SUBACUTE_WEEKS} weeks: most recover with conservative care; re-examine at follow-up and escalate at once if it worsens.`,
  },
];
