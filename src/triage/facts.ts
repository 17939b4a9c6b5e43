/**
 * The facts the triage, plan and differential rules read, derived once from a validated presentation.
 * Unknown stays unknown: a missing duration is `undefined`, and every rule that needs it takes the worse
 * case (STYLE.md §4: triage takes the worst case over unknowns).
 */
import {
  BELOW_KNEE_REGIONS,
  LEG_REGIONS as SHARED_LEG_REGIONS,
  PARAESTHESIA_KINDS,
  REFERRED_THIGH_REGIONS,
  conditionSet,
} from '../vocab/index.js';
import type { Aggravator, BodyRegion, Condition, Flag, Reliever, Side } from '../vocab/index.js';
import { ROOT_ANATOMY } from '../anatomy/index.js';
import { hasStockingPattern } from '../localisation/index.js';
import type { Exam, Symptom } from '../localisation/index.js';

/** What triage reads from a presentation. */
export interface TriageInput {
  readonly age?: number | undefined;
  readonly durationWeeks?: number | undefined;
  readonly conservativeCareWeeks?: number | undefined;
  readonly pain?:
    { readonly back?: number | undefined; readonly leg?: number | undefined } | undefined;
  readonly symptoms: readonly Symptom[];
  readonly exam?: Exam | undefined;
  readonly flags?: readonly Flag[] | undefined;
  readonly aggravators?: readonly Aggravator[] | undefined;
  readonly relievers?: readonly Reliever[] | undefined;
  readonly comorbidities?: readonly string[] | undefined;
  /** Medicines taken: a drug can name a condition too (warfarin: anticoagulated; methotrexate: immunosuppressed). */
  readonly medications?: readonly { readonly drug: string }[] | undefined;
  readonly pregnant?: boolean | undefined;
  readonly gestationWeeks?: number | undefined;
  readonly weightKg?: number | undefined;
  readonly eGFR?: number | undefined;
}

/** Regions below the buttock: symptoms here make leg (radicular) symptoms (shared, src/vocab/thresholds.ts). */
export const LEG_REGIONS: ReadonlySet<BodyRegion> = SHARED_LEG_REGIONS;

export interface PresentationFacts {
  readonly flags: ReadonlySet<Flag>;
  readonly age: number | undefined;
  readonly durationWeeks: number | undefined;
  readonly conservativeCareWeeks: number | undefined;
  readonly backPain: number | undefined;
  readonly legPain: number | undefined;
  /** Any symptom in a leg region. */
  readonly legSymptoms: boolean;
  /** Any symptom at all, or a pain score above 0 (back or leg). */
  readonly spinalSymptoms: boolean;
  /** Radicular symptoms: a root is localised, or leg paraesthesia, or leg pain below the knee. */
  readonly radicularSymptoms: boolean;
  /** Leg symptoms on both sides (explicitly bilateral, or left and right), or the flag. */
  readonly bilateralLegSymptoms: boolean;
  /**
   * Radicular leg symptoms on both sides, or the flag: a dull ache confined to the back or side of the
   * thigh is often somatic referred pain (Bogduk 2009) and counts only with paraesthesia or a root sign
   * on that side.
   */
  readonly bilateralSciatica: boolean;
  /** Numbness, tingling, burning or cold in the saddle, or reduced/absent saddle sensation on examination. */
  readonly saddleSensoryLoss: boolean;
  readonly saddlePain: boolean;
  /** Lowest MRC grade on each side (undefined when no power was tested on that side). */
  readonly lowestMrc: { readonly left: number | undefined; readonly right: number | undefined };
  readonly lowestMrcAny: number | undefined;
  /** Lowest ankle-dorsiflexion grade on either side (foot drop), if tested. */
  readonly footDropMrc: number | undefined;
  /** Any objective root sign: MRC ≤ 4, reduced or absent sensation (outside the saddle) or reflex. */
  readonly objectiveDeficit: boolean;
  readonly objectiveDeficitDetail: readonly string[];
  readonly briskReflexes: boolean;
  /** Brisk reflexes on both sides (or marked bilateral): an upper motor neuron picture. */
  readonly briskReflexesBilateral: boolean;
  readonly motorTested: boolean;
  readonly aggravators: ReadonlySet<Aggravator>;
  readonly relievers: ReadonlySet<Reliever>;
  readonly comorbidities: ReadonlySet<string>;
  /** Conditions of the shared vocabulary the comorbidities name ("T2DM" → diabetes). */
  readonly conditions: ReadonlySet<Condition>;
  /** Pregnant (the field, a gestational age, or "pregnancy" among the comorbidities). */
  readonly pregnant: boolean;
  readonly gestationWeeks: number | undefined;
  readonly weightKg: number | undefined;
  readonly eGFR: number | undefined;
  /** Leg symptoms on both sides that are new or worsening (the flag): the bilateral sciatica of cauda equina. */
  readonly newBilateralSymptoms: boolean;
  /** Diabetes, dialysis, immunosuppression (flag or condition), IV drug use or a recent spinal procedure. */
  readonly infectionRiskFactors: readonly string[];
  /** Walking or standing brings it on and sitting or bending forward relieves it (NASS stenosis statement). */
  readonly neurogenicClaudication: boolean;
  /** Paraesthesia confined to both feet without weakness (polyneuropathy pattern). */
  readonly stockingPattern: boolean;
  /** Any symptom in the lower abdomen (cramps or pain: in pregnancy, possible labour). */
  readonly abdominalSymptoms: boolean;
  /** Back, lower-abdominal or groin pain (a back pain score above 0 counts). */
  readonly truncalPain: boolean;
  /** Low back pain: a low-back symptom or a back pain score above 0. */
  readonly lowBackPain: boolean;
  /**
   * Painless foot drop that spares inversion or hip abduction (both L5 muscles outside the peroneal
   * nerve) with no weak L5 muscle beyond it: the common peroneal nerve, not the root (Stewart 2008).
   */
  readonly peronealFootDrop: boolean;
}

const PARAESTHESIA = PARAESTHESIA_KINDS;
const BELOW_KNEE = BELOW_KNEE_REGIONS;
/** Regions that are the primary territory of some root: sensory loss elsewhere (lateral thigh) is a nerve sign, not a root sign. */
const DERMATOMAL_REGIONS: ReadonlySet<BodyRegion> = new Set(
  ROOT_ANATOMY.flatMap((r) => r.regions.filter((l) => l.strength === 1).map((l) => l.item)),
);

/** Conditions in the comorbidities that mean the same as a red-flag field. */
const FLAGS_IMPLIED_BY_CONDITIONS: readonly (readonly [Condition, Flag])[] = [
  ['iv-drug-use', 'iv-drug-use'],
  ['immunosuppression', 'immunosuppression'],
  ['osteoporosis', 'osteoporosis'],
  ['long-term-steroids', 'prolonged-steroid-use'],
  ['cancer', 'history-of-cancer'],
  ['recent-spinal-procedure', 'recent-spinal-procedure'],
];

/** Adds the sides a finding covers: both for bilateral, none when the side is not given. */
// Sides as bits (left 1, right 2): these are tested on every assessment, and small sets cost more.
const LEFT = 1;
const RIGHT = 2;
/** The sides a finding covers: both for bilateral, none when the side is not given. */
const sideBits = (side: Side | undefined): number =>
  side === 'bilateral' ? LEFT | RIGHT : side === 'left' ? LEFT : side === 'right' ? RIGHT : 0;
const NO_STRINGS: ReadonlySet<string> = new Set<string>();

const lowerOf = (a: number | undefined, b: number): number =>
  a === undefined ? b : Math.min(a, b);

/**
 * Derives the facts the rules read.
 * @param input - a validated presentation
 * @param options - `rootLocalised`: whether localisation listed a root (makes the symptoms radicular)
 */
export function derivePresentationFacts(
  input: TriageInput,
  options: { rootLocalised?: boolean } = {},
): PresentationFacts {
  const conditions =
    input.medications === undefined || input.medications.length === 0
      ? conditionSet(input.comorbidities)
      : conditionSet([...(input.comorbidities ?? []), ...input.medications.map((m) => m.drug)]);
  // A comorbidity can say what a flag says ("IVDU", "osteoporosis", "on prednisolone"): the rules read both.
  const flags = new Set(input.flags ?? []);
  for (const [condition, flag] of FLAGS_IMPLIED_BY_CONDITIONS) {
    if (conditions.has(condition)) flags.add(flag);
  }
  const legSides = new Set<Side | 'unspecified'>();
  let saddleSensoryLoss = false;
  let saddlePain = false;
  let radicular = options.rootLocalised === true;
  // Sides (left/right) with a leg symptom, with a radicular-quality one, and with a root sign.
  let symptomSides = 0;
  let radicularSymptomSides = 0;
  let signSides = 0;
  for (const s of input.symptoms) {
    if (LEG_REGIONS.has(s.region)) {
      legSides.add(s.side ?? 'unspecified');
      symptomSides |= sideBits(s.side);
      if (
        !REFERRED_THIGH_REGIONS.has(s.region) ||
        PARAESTHESIA.has(s.kind) ||
        s.kind === 'weakness'
      ) {
        radicularSymptomSides |= sideBits(s.side);
      }
    }
    if (
      (PARAESTHESIA.has(s.kind) && DERMATOMAL_REGIONS.has(s.region) && LEG_REGIONS.has(s.region)) ||
      BELOW_KNEE.has(s.region)
    ) {
      radicular = true;
    }
    if (s.region === 'saddle') {
      if (PARAESTHESIA.has(s.kind) || s.kind === 'weakness') saddleSensoryLoss = true;
      else saddlePain = true;
    }
  }
  const exam = input.exam ?? {};
  const detail: string[] = [];
  for (const f of exam.sensory ?? []) {
    if (f.status !== 'reduced' && f.status !== 'absent') continue;
    if (f.region === 'saddle') saddleSensoryLoss = true;
    else if (DERMATOMAL_REGIONS.has(f.region)) {
      if (LEG_REGIONS.has(f.region)) signSides |= sideBits(f.side);
      detail.push(`${f.region} sensation ${f.status}${f.side ? ` (${f.side})` : ''}`);
    }
  }
  let left: number | undefined;
  let right: number | undefined;
  let any: number | undefined;
  let footDrop: number | undefined;
  for (const m of exam.motor ?? []) {
    if (m.movement === 'ankle-dorsiflexion') footDrop = lowerOf(footDrop, m.mrc);
    // An unlateralised grade counts for severity but never as evidence of a bilateral deficit.
    any = lowerOf(any, m.mrc);
    if (m.side === 'left' || m.side === 'bilateral') left = lowerOf(left, m.mrc);
    if (m.side === 'right' || m.side === 'bilateral') right = lowerOf(right, m.mrc);
    if (m.mrc <= 4) {
      detail.push(`${m.movement} MRC ${m.mrc}${m.side ? ` (${m.side})` : ''}`);
      signSides |= sideBits(m.side);
    }
  }
  let brisk = false;
  const briskSides = new Set<string>();
  for (const r of exam.reflexes ?? []) {
    if (r.status === 'reduced' || r.status === 'absent') {
      detail.push(`${r.reflex} reflex ${r.status}${r.side ? ` (${r.side})` : ''}`);
      signSides |= sideBits(r.side);
    }
    if (r.status === 'brisk') {
      brisk = true;
      briskSides.add(r.side ?? 'unspecified');
    }
  }
  const aggravators = new Set(input.aggravators ?? []);
  const infectionRiskFactors: string[] = [];
  if (flags.has('iv-drug-use')) infectionRiskFactors.push('intravenous drug use');
  if (flags.has('immunosuppression') || conditions.has('immunosuppression')) {
    infectionRiskFactors.push('immunosuppression');
  }
  if (flags.has('prolonged-steroid-use')) infectionRiskFactors.push('long-term corticosteroids');
  if (flags.has('recent-spinal-procedure')) {
    infectionRiskFactors.push('a recent spinal procedure or injection');
  }
  if (conditions.has('diabetes')) infectionRiskFactors.push('diabetes');
  if (conditions.has('dialysis')) infectionRiskFactors.push('dialysis');

  const relievers = new Set(input.relievers ?? []);
  const motor = exam.motor ?? [];
  const grade = (movement: string, test: (mrc: number) => boolean): boolean =>
    motor.some((m) => m.movement === movement && test(m.mrc));
  const legPainSymptom = input.symptoms.some((s) => s.kind === 'pain' && LEG_REGIONS.has(s.region));
  const peronealFootDrop =
    (grade('ankle-dorsiflexion', (g) => g <= 4) || grade('great-toe-extension', (g) => g <= 4)) &&
    (grade('foot-inversion', (g) => g === 5) || grade('hip-abduction', (g) => g === 5)) &&
    !grade('foot-inversion', (g) => g <= 4) &&
    !grade('hip-abduction', (g) => g <= 4) &&
    !legPainSymptom &&
    (input.pain?.leg ?? 0) <= 3 &&
    !flags.has('progressive-weakness');
  let abdominalSymptoms = false;
  let truncalPain = (input.pain?.back ?? 0) > 0;
  for (const s of input.symptoms) {
    if (s.region === 'lower-abdomen') abdominalSymptoms = true;
    if (
      (s.kind === 'pain' || s.kind === 'cramp') &&
      (s.region === 'lower-abdomen' || s.region === 'groin' || s.region === 'low-back')
    ) {
      truncalPain = true;
    }
  }
  return {
    flags,
    age: input.age,
    durationWeeks: input.durationWeeks,
    conservativeCareWeeks: input.conservativeCareWeeks,
    backPain: input.pain?.back,
    legPain: input.pain?.leg,
    legSymptoms: legSides.size > 0,
    spinalSymptoms:
      input.symptoms.length > 0 || (input.pain?.back ?? 0) > 0 || (input.pain?.leg ?? 0) > 0,
    radicularSymptoms: radicular,
    bilateralLegSymptoms:
      flags.has('bilateral-leg-symptoms') ||
      flags.has('new-bilateral-symptoms') ||
      legSides.has('bilateral') ||
      (legSides.has('left') && legSides.has('right')),
    // A side counts with a radicular-quality symptom there, or a thigh ache there plus a root sign on
    // the same side; signs alone on the other side are a contradiction, not bilateral sciatica.
    bilateralSciatica:
      flags.has('bilateral-leg-symptoms') ||
      flags.has('new-bilateral-symptoms') ||
      ((radicularSymptomSides | (symptomSides & signSides)) & (LEFT | RIGHT)) === (LEFT | RIGHT),
    saddleSensoryLoss: saddleSensoryLoss || flags.has('saddle-anesthesia'),
    saddlePain,
    lowestMrc: { left, right },
    lowestMrcAny: any,
    footDropMrc: footDrop,
    objectiveDeficit: detail.length > 0,
    objectiveDeficitDetail: detail,
    briskReflexes: brisk,
    briskReflexesBilateral:
      briskSides.has('bilateral') || (briskSides.has('left') && briskSides.has('right')),
    motorTested: (exam.motor ?? []).length > 0,
    aggravators,
    relievers,
    comorbidities:
      input.comorbidities === undefined || input.comorbidities.length === 0
        ? NO_STRINGS
        : new Set(input.comorbidities.map((c) => c.toLowerCase())),
    conditions,
    pregnant:
      input.pregnant === true ||
      (input.pregnant === undefined &&
        (input.gestationWeeks !== undefined || conditions.has('pregnancy'))),
    gestationWeeks: input.gestationWeeks,
    weightKg: input.weightKg,
    eGFR: input.eGFR,
    newBilateralSymptoms: flags.has('new-bilateral-symptoms'),
    infectionRiskFactors,
    neurogenicClaudication:
      (aggravators.has('walking') || aggravators.has('standing')) &&
      (relievers.has('sitting') || relievers.has('flexion')),
    stockingPattern: hasStockingPattern(input),
    abdominalSymptoms,
    truncalPain,
    lowBackPain: (input.pain?.back ?? 0) > 0 || input.symptoms.some((s) => s.region === 'low-back'),
    peronealFootDrop,
  };
}
