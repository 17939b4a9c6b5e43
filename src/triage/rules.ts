/**
 * The triage rules, one row per published criterion, each with its level, its concern and its sources.
 * Triage is the most urgent level of all rows that apply, so adding a red flag can only raise it. The
 * codes form a closed union (`TriageRuleCode`) derived from this table, so a misspelt code is a compile
 * error; wording lives in messages.ts. Thresholds follow shared/research/clinical-rules.md §3 (NICE CKS
 * 2018 cauda equina update, BMJ Best Practice, GIRFT, NHS Lothian, the IFOMPT red-flag framework, ACR
 * 2021, ACP/APS 2007) and the shared thresholds of src/vocab/thresholds.ts.
 */
import {
  AORTIC_ANEURYSM_RISK_AGE,
  CHILD_PERSISTENT_PAIN_WEEKS,
  CHILD_RED_FLAG_AGE,
  ADULT_AGE,
  CHRONIC_WEEKS,
  CONSERVATIVE_CARE_WEEKS,
  SUBACUTE_WEEKS,
} from '../vocab/index.js';
import type { Concern, TriageLevel } from '../vocab/index.js';
import type { AssessmentCitationId } from './citations.js';
import type { PresentationFacts } from './facts.js';

/** One triage criterion. `applies` is a pure predicate over the presentation facts. */
export interface TriageRule {
  readonly code: string;
  readonly level: TriageLevel;
  readonly concern: Concern;
  readonly sources: readonly [AssessmentCitationId, ...AssessmentCitationId[]];
  readonly applies: (f: PresentationFacts) => boolean;
}

const has =
  (flag: Parameters<PresentationFacts['flags']['has']>[0]) =>
  (f: PresentationFacts): boolean =>
    f.flags.has(flag);
export const atMost = (value: number | undefined, limit: number): boolean =>
  value !== undefined && value <= limit;
export const isLongStanding = (f: PresentationFacts): boolean =>
  f.durationWeeks !== undefined && f.durationWeeks >= CHRONIC_WEEKS.value;
/**
 * Bilateral symptoms that are not the bilateral sciatica of cauda equina: long-standing ones, positional
 * neurogenic claudication (NASS), or symmetric paraesthesia of both feet without weakness (polyneuropathy).
 * Symptoms flagged as new or worsening are never explained away.
 */
const bilateralButNotCes = (f: PresentationFacts): boolean =>
  !f.newBilateralSymptoms && (isLongStanding(f) || f.neurogenicClaudication || f.stockingPattern);
const spinalSymptoms = (f: PresentationFacts): boolean => f.spinalSymptoms;
/**
 * An objective deficit that needs specialist review soon: weakness persisting into the subacute phase
 * (4 weeks, ACP), any deficit beyond the 6-week conservative window (ACR 2021), or an unknown duration
 * (worst case). A reflex or sensory change alone inside the window is followed up routinely.
 */
const deficitNeedsReview = (f: PresentationFacts): boolean =>
  f.objectiveDeficit &&
  (f.durationWeeks === undefined ||
    f.durationWeeks >= CONSERVATIVE_CARE_WEEKS.value ||
    (atMost(f.lowestMrcAny, 4) && f.durationWeeks >= SUBACUTE_WEEKS.value));
const isChild = (f: PresentationFacts): boolean => f.age !== undefined && f.age < ADULT_AGE.value;
const systemic = (f: PresentationFacts): boolean =>
  f.flags.has('fever') || f.flags.has('unexplained-weight-loss');

export const TRIAGE_RULES = [
  // Cauda equina syndrome: any one feature is an emergency (same-day MRI, within hours).
  {
    code: 'ces-saddle-anaesthesia',
    level: 'emergency',
    concern: 'cauda-equina',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: (f) => f.saddleSensoryLoss,
  },
  {
    code: 'ces-urinary-retention',
    level: 'emergency',
    concern: 'cauda-equina',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: has('urinary-retention'),
  },
  {
    code: 'ces-urinary-incontinence',
    level: 'emergency',
    concern: 'cauda-equina',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: has('urinary-incontinence'),
  },
  {
    code: 'ces-fecal-incontinence',
    level: 'emergency',
    concern: 'cauda-equina',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: has('fecal-incontinence'),
  },
  {
    code: 'ces-sexual-dysfunction',
    level: 'emergency',
    concern: 'cauda-equina',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: has('sexual-dysfunction'),
  },
  {
    code: 'ces-bilateral-sciatica',
    level: 'emergency',
    concern: 'cauda-equina',
    sources: ['nice-cks-sciatica', 'girft-ces-2023', 'bogduk-2009-referred-pain'],
    // Bilateral *radicular* symptoms: an ache in the back of both thighs alone is referred pain.
    applies: (f) => f.newBilateralSymptoms || (f.bilateralSciatica && !bilateralButNotCes(f)),
  },
  {
    code: 'ces-bilateral-motor-deficit',
    level: 'emergency',
    concern: 'cauda-equina',
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    applies: (f) =>
      (atMost(f.lowestMrc.left, 3) && atMost(f.lowestMrc.right, 3)) ||
      (f.flags.has('progressive-weakness') &&
        (f.bilateralLegSymptoms || (atMost(f.lowestMrc.left, 4) && atMost(f.lowestMrc.right, 4)))),
  },
  {
    code: 'progressive-major-motor-loss',
    level: 'emergency',
    concern: 'motor-deficit',
    sources: ['nhs-lothian-red-flags', 'girft-spinal-2019'],
    applies: (f) => f.flags.has('progressive-weakness') && atMost(f.lowestMrcAny, 3),
  },
  {
    code: 'acute-foot-drop',
    level: 'emergency',
    concern: 'motor-deficit',
    sources: ['girft-spinal-2019', 'nhs-lothian-red-flags'],
    applies: (f) =>
      f.footDropMrc !== undefined &&
      f.footDropMrc <= 2 &&
      (f.durationWeeks === undefined || f.durationWeeks < CONSERVATIVE_CARE_WEEKS.value) &&
      // A painless drop that spares inversion and hip abduction is a peroneal palsy (Stewart 2008):
      // still urgent (major motor loss), but not an emergency decompression.
      !f.peronealFootDrop,
  },
  // A known aortic aneurysm with new back, abdominal or groin pain is symptomatic until proven otherwise.
  {
    code: 'symptomatic-aortic-aneurysm',
    level: 'emergency',
    concern: 'vascular',
    sources: ['nice-ng156'],
    applies: (f) =>
      f.conditions.has('aortic-aneurysm') &&
      f.truncalPain &&
      (f.durationWeeks === undefined || f.durationWeeks < CHRONIC_WEEKS.value),
  },
  // New back pain with abdominal pain over 60 may be an undiagnosed aneurysm that is leaking; NG156
  // warns that it is often mistaken for renal colic. Same-day assessment, not a spinal pathway.
  {
    code: 'possible-aortic-aneurysm',
    level: 'urgent',
    concern: 'vascular',
    sources: ['nice-ng156'],
    applies: (f) =>
      !f.conditions.has('aortic-aneurysm') &&
      f.age !== undefined &&
      f.age > AORTIC_ANEURYSM_RISK_AGE.value &&
      f.abdominalSymptoms &&
      f.lowBackPain &&
      (f.durationWeeks === undefined || f.durationWeeks < SUBACUTE_WEEKS.value),
  },
  {
    code: 'malignancy-with-deficit',
    level: 'emergency',
    concern: 'malignancy',
    sources: ['nice-ng234', 'finucane-2020-red-flags'],
    // Known cancer with a deficit is suspected spinal metastasis with cord or cauda compression (NG234:
    // immediate). Weight loss without a known cancer is a red flag, not suspected metastasis: with a
    // stable deficit it is urgent (malignancy-weight-loss, major-motor-loss), with progression this.
    applies: (f) =>
      ((f.flags.has('history-of-cancer') || f.conditions.has('cancer')) &&
        (f.objectiveDeficit || f.flags.has('progressive-weakness'))) ||
      (f.flags.has('unexplained-weight-loss') && f.flags.has('progressive-weakness')),
  },
  {
    code: 'infection-with-deficit',
    level: 'emergency',
    concern: 'infection',
    sources: ['darouiche-2006', 'finucane-2020-red-flags'],
    applies: (f) => f.flags.has('fever') && f.objectiveDeficit,
  },
  // Epidural abscess must not wait for a deficit: fever with a risk factor is suspected infection now.
  {
    code: 'infection-suspected',
    level: 'emergency',
    concern: 'infection',
    sources: ['darouiche-2006', 'davis-2004-epidural-abscess', 'nice-cks-low-back-pain'],
    applies: (f) => f.flags.has('fever') && f.infectionRiskFactors.length > 0,
  },
  // Fever in pregnancy with back pain: pyelonephritis, chorioamnionitis or spinal infection, seen today.
  {
    code: 'pregnancy-fever',
    level: 'emergency',
    concern: 'pregnancy',
    sources: ['vermani-2010-pregnancy-back-pain', 'darouiche-2006'],
    applies: (f) => f.pregnant && f.flags.has('fever'),
  },

  // Abdominal pain or cramps in pregnancy: labour, abruption or a urinary cause, seen by maternity today.
  {
    code: 'pregnancy-abdominal-pain',
    level: 'urgent',
    concern: 'pregnancy',
    sources: ['nice-ng25', 'vermani-2010-pregnancy-back-pain'],
    applies: (f) => f.pregnant && f.abdominalSymptoms,
  },

  // Serious pathology and major motor loss: urgent (within about 2 weeks, sooner if worsening).
  {
    code: 'major-motor-loss',
    level: 'urgent',
    concern: 'motor-deficit',
    sources: ['nhs-lothian-red-flags', 'finucane-2020-red-flags'],
    applies: (f) => atMost(f.lowestMrcAny, 3),
  },
  {
    code: 'progressive-weakness',
    level: 'urgent',
    concern: 'motor-deficit',
    sources: ['finucane-2020-red-flags', 'acp-aps-2007'],
    applies: has('progressive-weakness'),
  },
  {
    code: 'infection-fever',
    level: 'urgent',
    concern: 'infection',
    sources: ['nice-cks-low-back-pain', 'finucane-2020-red-flags'],
    applies: has('fever'),
  },
  {
    code: 'infection-risk-iv-drug-use',
    level: 'urgent',
    concern: 'infection',
    sources: ['finucane-2020-red-flags', 'darouiche-2006'],
    applies: has('iv-drug-use'),
  },
  {
    code: 'infection-risk-immunosuppression',
    level: 'urgent',
    concern: 'infection',
    sources: ['finucane-2020-red-flags', 'nice-cks-low-back-pain'],
    applies: (f) => f.flags.has('immunosuppression') || f.conditions.has('immunosuppression'),
  },
  {
    code: 'infection-risk-recent-procedure',
    level: 'urgent',
    concern: 'infection',
    sources: ['finucane-2020-red-flags', 'darouiche-2006'],
    applies: has('recent-spinal-procedure'),
  },
  {
    code: 'malignancy-history',
    level: 'urgent',
    concern: 'malignancy',
    sources: ['nice-ng234', 'finucane-2020-red-flags'],
    applies: (f) => f.flags.has('history-of-cancer') || f.conditions.has('cancer'),
  },
  {
    code: 'malignancy-weight-loss',
    level: 'urgent',
    concern: 'malignancy',
    sources: ['finucane-2020-red-flags', 'nice-cks-low-back-pain'],
    applies: has('unexplained-weight-loss'),
  },
  {
    code: 'fracture-trauma',
    level: 'urgent',
    concern: 'fracture',
    sources: ['acr-2021-low-back-pain', 'finucane-2020-red-flags'],
    applies: has('significant-trauma'),
  },
  {
    code: 'fracture-steroids',
    level: 'urgent',
    concern: 'fracture',
    sources: ['finucane-2020-red-flags', 'acr-2021-low-back-pain'],
    applies: has('prolonged-steroid-use'),
  },
  {
    code: 'fracture-osteoporosis',
    level: 'urgent',
    concern: 'fracture',
    sources: ['finucane-2020-red-flags', 'nice-cks-low-back-pain'],
    // Osteoporosis raises the question of a fracture for back pain that is new (or of unknown
    // duration), not for months of pain elsewhere (NICE CKS: sudden onset, or minor trauma).
    applies: (f) =>
      f.flags.has('osteoporosis') &&
      f.lowBackPain &&
      (f.durationWeeks === undefined || f.durationWeeks < CHRONIC_WEEKS.value) &&
      (f.age === undefined || f.age >= 65 || (f.backPain ?? 0) >= 7),
  },
  // A child with night pain, pain beyond 4 weeks or systemic features needs imaging and bloods.
  {
    code: 'paediatric-red-flag',
    level: 'urgent',
    concern: 'paediatric',
    sources: ['acr-2017-back-pain-child', 'nice-ng59'],
    applies: (f) =>
      isChild(f) &&
      spinalSymptoms(f) &&
      (f.flags.has('night-pain') ||
        systemic(f) ||
        f.durationWeeks === undefined ||
        f.durationWeeks >= CHILD_PERSISTENT_PAIN_WEEKS.value ||
        f.objectiveDeficit),
  },
  // Bilateral brisk reflexes: a cord (upper motor neuron) picture, imaged above the lumbar spine.
  {
    code: 'myelopathy-signs',
    level: 'urgent',
    concern: 'myelopathy',
    sources: ['davies-2018-myelopathy', 'finucane-2020-red-flags'],
    applies: (f) => f.briskReflexesBilateral,
  },

  // Soon: weeks, not days.
  {
    code: 'paediatric-back-pain',
    level: 'soon',
    concern: 'paediatric',
    sources: ['acr-2017-back-pain-child', 'nice-ng59'],
    applies: (f) => f.age !== undefined && f.age < CHILD_RED_FLAG_AGE.value && spinalSymptoms(f),
  },
  {
    code: 'osteoporosis',
    level: 'soon',
    concern: 'fracture',
    sources: ['finucane-2020-red-flags'],
    applies: has('osteoporosis'),
  },
  {
    code: 'night-pain',
    level: 'soon',
    concern: 'malignancy',
    sources: ['finucane-2020-red-flags', 'nice-cks-low-back-pain'],
    applies: has('night-pain'),
  },
  {
    code: 'bilateral-leg-symptoms-not-ces',
    level: 'soon',
    concern: 'radiculopathy',
    sources: ['bmj-bp-ces', 'nass-lss-2011'],
    applies: (f) => f.bilateralLegSymptoms && bilateralButNotCes(f),
  },
  {
    code: 'upper-motor-neuron-signs',
    level: 'soon',
    concern: 'myelopathy',
    sources: ['davies-2018-myelopathy'],
    applies: (f) => f.briskReflexes,
  },
  {
    code: 'objective-deficit',
    level: 'soon',
    concern: 'radiculopathy',
    sources: ['acp-aps-2007', 'acr-2021-low-back-pain'],
    applies: (f) => deficitNeedsReview(f),
  },
  {
    code: 'persistent-radicular-pain',
    level: 'soon',
    concern: 'radiculopathy',
    sources: ['acr-2021-low-back-pain', 'nice-ng59'],
    applies: (f) =>
      f.radicularSymptoms &&
      f.durationWeeks !== undefined &&
      f.durationWeeks >= CONSERVATIVE_CARE_WEEKS.value &&
      (f.conservativeCareWeeks === undefined ||
        f.conservativeCareWeeks >= CONSERVATIVE_CARE_WEEKS.value),
  },

  // Routine: recorded so the reasoning is visible even when nothing escalates.
  {
    code: 'pregnancy',
    level: 'routine',
    concern: 'pregnancy',
    sources: ['vermani-2010-pregnancy-back-pain', 'acog-723-2017'],
    applies: (f) => f.pregnant,
  },
  {
    code: 'objective-deficit-early',
    level: 'routine',
    concern: 'radiculopathy',
    sources: ['acr-2021-low-back-pain', 'nass-ldh-2014'],
    applies: (f) => f.objectiveDeficit && !deficitNeedsReview(f) && !atMost(f.lowestMrcAny, 3),
  },
] as const satisfies readonly TriageRule[];

/** The code of a triage rule: a closed union derived from the table. */
export type TriageRuleCode = (typeof TRIAGE_RULES)[number]['code'];
/** Every triage reason code: the rules' codes and the two the engine adds itself. */
export type TriageCode = TriageRuleCode | 'no-red-flags' | 'no-root-localised';
