/**
 * The wording of every plan step (one message per closed step code, with its source), the KB entries the
 * steps link to (ids checked against the shipped KB by a test, no guessing at run time), and the
 * weight-based analgesia text for children (BNF for Children).
 */
import {
  CONSERVATIVE_CARE_WEEKS,
  CHRONIC_WEEKS,
  NSAID_AVOID_FROM_GESTATION_WEEK,
} from '../vocab/index.js';
import type { AssessmentCitationId } from '../triage/index.js';
import type { RootCall } from '../localisation/index.js';
import type { PresentationFacts, Triage } from '../triage/index.js';
import type { ConcordanceEntry, Presentation } from './schema.js';

/** What the plan rules and their wording read: the assessment so far. */
export interface PlanContext {
  readonly input: Presentation;
  readonly facts: PresentationFacts;
  readonly roots: readonly RootCall[];
  readonly triage: Triage;
  readonly concordance: readonly ConcordanceEntry[];
}

const WEEKS = CONSERVATIVE_CARE_WEEKS.value;
const SURGICAL_WEEKS = CHRONIC_WEEKS.value;

/** The KB entries plan steps link to. */
export const PLAN_KB_IDS = {
  education: 'therapy-pain-neuroscience-education',
  exercise: 'therapy-home-exercise',
  'flexion-exercise': 'therapy-flexion-exercise',
  heat: 'therapy-superficial-heat',
  nsaid: 'drug-ibuprofen',
  paracetamol: 'drug-acetaminophen',
  gabapentinoid: 'drug-pregabalin',
  cbt: 'therapy-cbt',
  transforaminal: 'injection-epidural-steroid-transforaminal',
  decompression: 'procedure-foraminotomy',
} as const;
export type PlanKbKey = keyof typeof PLAN_KB_IDS;

interface PlanMessage {
  /** The text; `detail` is the target ("at L4-L5 for the L5 root") or a dose line. */
  readonly text: (c: PlanContext, detail: string) => string;
  readonly source: AssessmentCitationId;
}
const fixed = (text: string, source: AssessmentCitationId): PlanMessage => ({
  text: () => text,
  source,
});

export const PLAN_MESSAGES = {
  'emergency-referral': fixed(
    'Send now to the emergency department or on-call spinal team; do not wait for tests in primary care.',
    'bmj-bp-ces',
  ),
  'emergency-mri': fixed(
    'Emergency MRI of the lumbosacral spine within hours; a rectal examination is not needed to justify it. Confirmed compression goes to emergency decompression, day or night.',
    'bmj-bp-ces',
  ),
  'same-day-surgical-discussion': fixed(
    'Discuss with the on-call spinal surgeon the same day (deteriorating weakness, MRC 3 or less).',
    'nhs-lothian-red-flags',
  ),
  'same-day-foot-drop': fixed(
    'Same-day spinal assessment and MRI for acute foot drop.',
    'girft-spinal-2019',
  ),
  'mscc-pathway': fixed(
    'Same-day whole-spine MRI and the metastatic spinal cord compression pathway; consider corticosteroids as the pathway directs.',
    'nice-ng234',
  ),
  'abscess-pathway': fixed(
    'Suspected spinal infection: same-day assessment; blood cultures before any antibiotic, CRP and ESR, MRI with contrast today; antibiotics after cultures and surgical review for an epidural abscess. Do not wait for a neurological deficit.',
    'darouiche-2006',
  ),
  'obstetric-assessment': fixed(
    'Same-day obstetric assessment alongside the spinal one: fever with back pain in pregnancy may be pyelonephritis or chorioamnionitis.',
    'vermani-2010-pregnancy-back-pain',
  ),
  'urgent-infection-work-up': fixed(
    'Prompt assessment for spinal infection: temperature, blood tests (FBC, CRP, ESR), blood cultures if febrile before any antibiotic, MRI with contrast; same day if unwell or a risk factor appears.',
    'nice-cks-low-back-pain',
  ),
  'urgent-malignancy-work-up': fixed(
    'Urgent whole-spine MRI and the acute oncology or metastatic cord compression pathway.',
    'nice-ng234',
  ),
  'urgent-fracture-work-up': {
    text: (c) =>
      c.facts.pregnant
        ? 'MRI without gadolinium to exclude a vertebral fracture (CT only if essential in pregnancy); assess bone health.'
        : 'CT to exclude a vertebral fracture; assess bone health.',
    source: 'acr-2016-low-back-pain',
  },
  'urgent-paediatric-work-up': fixed(
    "Urgent paediatric or spinal assessment: MRI of the spine and blood tests (FBC, CRP, ESR) for a child's red flag; an adult's wait-and-see approach does not apply.",
    'acr-2017-back-pain-child',
  ),
  'urgent-myelopathy-work-up': fixed(
    'Urgent MRI of the cervical and thoracic spine and a spinal opinion: brisk reflexes on both sides point to the cord, not a lumbar root.',
    'davies-2018-myelopathy',
  ),
  'analgesia-while-waiting': fixed(
    'Simple analgesia and activity as tolerated while the urgent assessment is arranged.',
    'nice-ng59',
  ),
  education: fixed(
    'Explain the favourable outlook: most radicular pain improves over weeks to a few months whatever the treatment; stay active and keep working where possible.',
    'nass-ldh-2014',
  ),
  exercise: fixed(
    'Exercise programme or physiotherapy (specific exercise, with manual therapy only as part of it).',
    'nice-ng59',
  ),
  'flexion-exercise': fixed(
    'Flexion-based exercise and walking or cycling programmes for neurogenic claudication.',
    'nass-lss-2011',
  ),
  'superficial-heat': fixed('Superficial heat for acute or subacute pain.', 'acp-2017'),
  nsaid: {
    text: (_c, dose) =>
      `If a medicine is wanted: an NSAID at the lowest effective dose for the shortest time, if not contraindicated (see the medication alerts)${dose ? `, e.g. ${dose}` : ''}. Evidence of benefit in sciatica is limited.`,
    source: 'nice-ng59',
  },
  'pregnancy-analgesia': fixed(
    `Pregnancy: paracetamol at the lowest effective dose if a medicine is wanted; NSAIDs are avoided in pregnancy and must not be used from ${NSAID_AVOID_FROM_GESTATION_WEEK.value} weeks (oligohydramnios, fetal kidney harm, ductus closure).`,
    'rx-fda-nsaid-pregnancy-2020',
  ),
  'kidney-analgesia': fixed(
    'Kidney function is low (eGFR under 30, CKD stage 4–5 or dialysis): no NSAID; paracetamol at the lowest effective dose if a medicine is wanted.',
    'rx-beers-2023',
  ),
  'bleeding-risk-analgesia': fixed(
    'Anticoagulated or a past peptic ulcer or gastrointestinal bleed: no NSAID (bleeding risk); paracetamol at the lowest effective dose if a medicine is wanted.',
    'rx-beers-2023',
  ),
  'heart-failure-analgesia': fixed(
    'Heart failure: no NSAID (fluid retention, worsening failure, kidney injury with an ACE inhibitor and a diuretic); paracetamol at the lowest effective dose if a medicine is wanted.',
    'rx-beers-2023',
  ),
  'allergy-analgesia': fixed(
    'NSAID allergy: no NSAID; paracetamol at the lowest effective dose if a medicine is wanted.',
    'nice-ng59',
  ),
  'child-analgesia': fixed('', 'bnfc-analgesia'),
  'not-recommended-medicines': fixed(
    'Do not start gabapentinoids, other antiepileptics, oral corticosteroids or benzodiazepines for sciatica, nor opioids for chronic sciatica (NICE NG59; ACP 2017 for steroids).',
    'nice-ng59',
  ),
  'psychological-support': fixed(
    'For persistent pain with barriers to recovery: a combined physical and psychological programme (e.g. CBT-based).',
    'nice-ng59',
  ),
  'no-epidural-for-claudication': fixed(
    'Epidural injections are not used for neurogenic claudication with central canal stenosis (NICE NG59).',
    'nice-ng59',
  ),
  'no-injection-in-pregnancy': fixed(
    'Image-guided spinal injections use X-rays: not offered in pregnancy unless essential; review after delivery.',
    'acog-723-2017',
  ),
  'acute-severe-sciatica': fixed(
    'Acute and severe sciatica: an epidural injection of local anaesthetic and steroid may be considered (NICE NG59).',
    'nice-ng59',
  ),
  'persisting-after-conservative-care': {
    text: (c) =>
      `Symptoms persist after ${c.facts.conservativeCareWeeks ?? WEEKS} weeks of conservative care.`,
    source: 'acr-2021-low-back-pain',
  },
  'while-awaiting-surgery': fixed(
    'While awaiting surgery, or if surgery is not wanted:',
    'nass-ldh-2014',
  ),
  'transforaminal-injection': {
    text: (_c, target) =>
      `Image-guided transforaminal epidural steroid injection ${target}: short-term relief for some (NASS); rare serious complications are possible (FDA 2014).`,
    source: 'nass-ldh-2014',
  },
  'surgical-opinion': {
    text: (_c, target) =>
      `Spinal surgical opinion: decompression (foraminotomy for foraminal stenosis, microdiscectomy for a disc herniation) when non-surgical care has not helped and imaging matches, ${target}.`,
    source: 'nice-ng59',
  },
  review: fixed(
    `Review within ${WEEKS} weeks; if radicular symptoms persist after ${WEEKS} weeks of conservative care and an injection or surgery would be considered, arrange MRI.`,
    'acr-2021-low-back-pain',
  ),
  'mri-before-injection': fixed(
    'MRI without contrast to confirm the compressed root and target the injection.',
    'acr-2021-low-back-pain',
  ),
  'continue-exercise': fixed('Continue the exercise programme and activity.', 'nice-ng59'),
  'pregnancy-imaging': fixed(
    'Pregnancy: if imaging is needed, MRI without gadolinium; no X-ray or CT unless essential. Ask about contractions, bleeding, fluid loss and urinary symptoms, which can mimic sciatica.',
    'acog-723-2017',
  ),
  'safety-net': fixed(
    'Return at once, day or night, with new bladder or bowel problems, numbness between the legs, or worsening leg weakness.',
    'nice-cks-sciatica',
  ),
} as const satisfies Record<string, PlanMessage>;
export type PlanStepCode = keyof typeof PLAN_MESSAGES;

/** Weeks before a surgical opinion, for texts that need it. */
export const PLAN_SURGICAL_WEEKS = SURGICAL_WEEKS;

const round10 = (mg: number): number => Math.max(10, Math.round(mg / 10) * 10);

/**
 * Weight-based analgesia for a child (BNF for Children), or the request for the weight. Never an adult
 * maximum: daily ceilings are the weight-based ones, capped below the adult labels.
 * @param weightKg - the child's weight, if known
 */
export function childAnalgesiaText(weightKg: number | undefined): string {
  if (weightKg === undefined) {
    return "Under 18: analgesic doses depend on the child's weight, which is not recorded. Weigh the child first; then paracetamol or ibuprofen by weight (BNF for Children). No adult doses.";
  }
  const paraDose = Math.min(round10(15 * weightKg), 1000);
  const paraDay = Math.min(round10(60 * weightKg), 3000);
  const ibuLow = Math.min(round10(5 * weightKg), 400);
  const ibuHigh = Math.min(round10(10 * weightKg), 400);
  const ibuDay = Math.min(round10(30 * weightKg), 2400);
  return `Under 18, ${weightKg} kg: paracetamol ${paraDose} mg (15 mg/kg) up to four times a day, at most ${paraDay} mg in 24 hours; or ibuprofen ${ibuLow === ibuHigh ? ibuLow : `${ibuLow}–${ibuHigh}`} mg (5–10 mg/kg) three times a day with food, at most ${ibuDay} mg in 24 hours (BNF for Children).`;
}
