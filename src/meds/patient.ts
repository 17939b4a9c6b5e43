/**
 * Patient facts as the rules see them, and the small condition language the rule tables use
 * ("kidney function below 30", "age 65 or over", "pregnant from week 20", "has liver disease").
 * Kidney function is the creatinine clearance when given, else the eGFR (the labels' bands are in
 * creatinine clearance; eGFR is the usual stand-in), and dialysis counts as below 15 mL/min.
 */
import { formatNumber, recogniseConditions } from '../vocab/index.js';
import type { Comorbidity } from './comorbidities.js';
import type { MedsPatient } from './input.js';
import type { DrugEntry } from '../kb/index.js';

type DrugRoute = DrugEntry['route'];

/** What the rules know about the patient. */
export interface PatientContext {
  readonly age: number | undefined;
  readonly weightKg: number | undefined;
  /** Creatinine clearance, else eGFR, in mL/min; undefined when neither is given. */
  readonly kidneyFunction: number | undefined;
  /** Which measure `kidneyFunction` is, for alert texts. */
  readonly kidneyMeasure: 'creatinine clearance' | 'eGFR' | 'dialysis' | undefined;
  readonly dialysis: boolean;
  readonly pregnant: boolean;
  readonly pregnancyWeeks: number | undefined;
  readonly breastfeeding: boolean;
  readonly comorbidities: ReadonlySet<Comorbidity>;
  /** Comorbidities as written (kebab-case), for rules that need the exact word (e.g. `cirrhosis`). */
  readonly comorbidityWords: ReadonlySet<string>;
  /** Comorbidities given that no rule uses. */
  readonly unrecognisedComorbidities: readonly string[];
}

/**
 * Builds the rule-facing view of a parsed patient.
 * @param patient - the parsed `patient` object (may be undefined)
 */
export function toPatientContext(patient: MedsPatient | undefined): PatientContext {
  const comorbidities = new Set<Comorbidity>();
  const words = new Set<string>();
  const unrecognised: string[] = [];
  for (const text of patient?.comorbidities ?? []) {
    const kebab = text
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    words.add(kebab);
    // One word may name several conditions ("kidney transplant": kidney disease and immunosuppression).
    const known = recogniseConditions(text);
    for (const c of known) comorbidities.add(c);
    if (known.length === 0) unrecognised.push(text);
  }
  const dialysis = patient?.dialysis === true || comorbidities.has('dialysis');
  // Dialysis puts the patient in the lowest band whatever number was sent.
  const measured = patient?.creatinineClearance ?? patient?.eGFR;
  const kidneyFunction = dialysis ? Math.min(measured ?? 10, 10) : measured;
  const kidneyMeasure = dialysis
    ? 'dialysis'
    : patient?.creatinineClearance !== undefined
      ? 'creatinine clearance'
      : patient?.eGFR !== undefined
        ? 'eGFR'
        : undefined;
  if (kidneyFunction !== undefined && kidneyFunction < 60) comorbidities.add('ckd');
  return {
    age: patient?.age,
    weightKg: patient?.weightKg,
    kidneyFunction,
    kidneyMeasure,
    dialysis,
    // A gestational age implies pregnancy even when `pregnant` was left out.
    // "pregnancy" among the comorbidities means pregnant (CONTRACTS.md round 2).
    pregnant:
      patient?.pregnant === true ||
      (patient?.pregnant === undefined && comorbidities.has('pregnancy')) ||
      (patient?.pregnant === undefined && patient?.pregnancyWeeks !== undefined),
    pregnancyWeeks: patient?.pregnancyWeeks,
    breastfeeding: patient?.breastfeeding === true,
    comorbidities,
    comorbidityWords: words,
    unrecognisedComorbidities: unrecognised,
  };
}

/** A fact about the patient (or about how a drug is used) that a rule row depends on. */
export type Condition =
  | { readonly kind: 'always' }
  | { readonly kind: 'age-at-least'; readonly years: number }
  | { readonly kind: 'age-above'; readonly years: number }
  | { readonly kind: 'age-below'; readonly years: number }
  /** Kidney function known and below `below` (and at least `from`, when given). */
  | { readonly kind: 'kidney'; readonly below: number; readonly from?: number }
  /** Chronic kidney disease listed but no number given: the band is unknown. */
  | { readonly kind: 'kidney-unknown' }
  | { readonly kind: 'dialysis' }
  | { readonly kind: 'comorbidity'; readonly any: readonly Comorbidity[] }
  /** An exact comorbidity word, for label populations narrower than our vocabulary (e.g. `cirrhosis`). */
  | { readonly kind: 'comorbidity-word'; readonly any: readonly string[] }
  /** Pregnant; `fromWeek` restricts to that gestational age or later (unknown weeks count as later). */
  | { readonly kind: 'pregnant'; readonly fromWeek?: number; readonly beforeWeek?: number }
  | { readonly kind: 'breastfeeding' }
  | { readonly kind: 'weight-below'; readonly kg: number }
  | { readonly kind: 'duration-above'; readonly days: number }
  /** The line's route as written (ketorolac by mouth has its own limit). */
  | { readonly kind: 'route'; readonly routes: readonly DrugRoute[] }
  | { readonly kind: 'not'; readonly condition: Condition }
  | { readonly kind: 'any'; readonly of: readonly Condition[] }
  | { readonly kind: 'all'; readonly of: readonly Condition[] };

/** How a drug is being used, for conditions about the regimen rather than the patient. */
export interface UseContext {
  readonly durationDays: number | undefined;
  readonly route: DrugRoute | undefined;
}

/**
 * Evaluates a rule condition.
 * @param condition - the row's condition
 * @param patient - the patient context
 * @param use - how the drug is used (duration)
 */
export function holds(
  condition: Condition,
  patient: PatientContext,
  use: UseContext = { durationDays: undefined, route: undefined },
): boolean {
  switch (condition.kind) {
    case 'always':
      return true;
    case 'age-at-least':
      return patient.age !== undefined && patient.age >= condition.years;
    case 'age-above':
      return patient.age !== undefined && patient.age > condition.years;
    case 'age-below':
      return patient.age !== undefined && patient.age < condition.years;
    case 'kidney':
      return (
        patient.kidneyFunction !== undefined &&
        patient.kidneyFunction < condition.below &&
        (condition.from === undefined || patient.kidneyFunction >= condition.from)
      );
    case 'kidney-unknown':
      return patient.kidneyFunction === undefined && patient.comorbidities.has('ckd');
    case 'dialysis':
      return patient.dialysis;
    case 'comorbidity':
      return condition.any.some((c) => patient.comorbidities.has(c));
    case 'comorbidity-word':
      return condition.any.some((w) => patient.comorbidityWords.has(w));
    case 'pregnant': {
      if (!patient.pregnant) return false;
      const weeks = patient.pregnancyWeeks;
      // Unknown gestation takes the worse branch: it counts as late pregnancy, not early.
      if (condition.fromWeek !== undefined && weeks !== undefined && weeks < condition.fromWeek) {
        return false;
      }
      if (
        condition.beforeWeek !== undefined &&
        (weeks === undefined || weeks >= condition.beforeWeek)
      ) {
        return false;
      }
      return true;
    }
    case 'breastfeeding':
      return patient.breastfeeding;
    case 'weight-below':
      return patient.weightKg !== undefined && patient.weightKg < condition.kg;
    case 'duration-above':
      return use.durationDays !== undefined && use.durationDays > condition.days;
    case 'route':
      return use.route !== undefined && condition.routes.includes(use.route);
    case 'not':
      return !holds(condition.condition, patient, use);
    case 'any':
      return condition.of.some((c) => holds(c, patient, use));
    case 'all':
      return condition.of.every((c) => holds(c, patient, use));
  }
}

/** Describes the patient fact behind a kidney condition, e.g. "creatinine clearance 25 mL/min". */
export function describeKidney(patient: PatientContext): string {
  if (patient.kidneyMeasure === 'dialysis') return 'haemodialysis';
  if (patient.kidneyFunction === undefined) {
    return 'chronic kidney disease (no eGFR or creatinine clearance given)';
  }
  const unit = patient.kidneyMeasure === 'eGFR' ? 'mL/min/1.73 m²' : 'mL/min';
  return `${patient.kidneyMeasure ?? 'kidney function'} ${formatAmount(patient.kidneyFunction)} ${unit}`;
}

/** Formats a number for alert text: thousands separators, at most two decimals. */
export const formatAmount = (n: number): string => formatNumber(n, 2);
