/**
 * Data that says how to use the KB's dose limits: which `maxDaily` values are review thresholds rather than
 * label ceilings, which patients each `specialMaxima` population means, limits the KB entries do not hold,
 * and the CDC 2022 morphine-equivalent factors. Every row carries its source.
 */
import type { AlertCode } from './alerts.js';
import type { AlertSeverity } from '../vocab/index.js';
import type { Condition } from './patient.js';

/**
 * KB maxima that are not label ceilings (the label sets none). `warn`: exceeding it is a warning, not critical;
 * `mme`: an opioid whose threshold is 50 MME/day, reported once for all opioids by the `opioid-dose` rule;
 * `unchecked`: the KB cannot express the dose (heparin is dosed in units).
 */
export const REVIEW_THRESHOLDS: Readonly<Record<string, 'warn' | 'mme' | 'unchecked'>> = {
  'drug-oxycodone': 'mme',
  'drug-morphine': 'mme',
  'drug-hydromorphone': 'mme',
  'drug-oxycodone-acetaminophen': 'mme',
  'drug-prednisone': 'warn',
  'drug-methylprednisolone': 'warn',
  'drug-methylprednisolone-epidural': 'warn',
  'drug-dexamethasone-epidural': 'warn',
  'drug-methylcobalamin': 'warn',
  'drug-warfarin': 'warn',
  'drug-enoxaparin': 'warn',
  'drug-lithium': 'warn',
  'drug-valproate': 'warn',
  'drug-heparin': 'unchecked',
};

/** One way a special-maximum population can apply, and the alert it raises when the dose is above the limit. */
export interface PopulationReading {
  readonly when: Condition;
  readonly code: AlertCode;
  readonly severity: AlertSeverity;
  /** True when the condition describes a population rather than this patient (OTC use, one indication). */
  readonly context?: boolean;
}

const always: Condition = { kind: 'always' };
const context = (severity: AlertSeverity = 'info'): PopulationReading => ({
  when: always,
  code: 'max-daily-dose',
  severity,
  context: true,
});
const liver: Condition = { kind: 'comorbidity', any: ['liver-disease'] };
/** Liver disease: a warning, since the input says "liver disease", not the Child-Pugh grade. */
const liverCaution: PopulationReading = { when: liver, code: 'hepatic', severity: 'warning' };
/** A kidney function band (creatinine clearance or eGFR, mL/min): above its maximum is critical. */
const kidneyBand = (band: {
  readonly from?: number;
  readonly below: number;
}): PopulationReading => ({
  when: { kind: 'kidney', ...band },
  code: 'renal',
  severity: 'critical',
});

/**
 * How each KB special-maximum population is read. Keyed by `drug id|population`; a test checks every special
 * maximum in the shipped KB has a row, so a new population is read on purpose, not by guesswork.
 * Liver populations graded by Child-Pugh are warnings: the input says "liver disease", not the grade.
 */
export const SPECIAL_MAXIMUM_READINGS: Readonly<Record<string, readonly PopulationReading[]>> = {
  'drug-ibuprofen|over-the-counter self-care use (no prescriber involved)': [context()],
  'drug-naproxen|pain treatment after the first day (day 1 may reach 1,250 mg)': [context()],
  'drug-naproxen|over-the-counter naproxen sodium self-care use': [context()],
  'drug-celecoxib|moderate liver impairment (Child-Pugh B)': [liverCaution],
  'drug-meloxicam|on haemodialysis': [
    { when: { kind: 'dialysis' }, code: 'renal', severity: 'critical' },
  ],
  'drug-etoricoxib|long-term use (osteoarthritis dosing)': [
    // The 120 mg dose is licensed for at most 8 days.
    { when: { kind: 'duration-above', days: 8 }, code: 'max-daily-dose', severity: 'critical' },
    context(),
  ],
  'drug-etoricoxib|mild liver impairment (Child-Pugh 5–6)': [liverCaution],
  'drug-etoricoxib|moderate liver impairment (Child-Pugh 7–9)': [liverCaution],
  'drug-ketorolac|age 65 or over, kidney impairment, or body weight under 50 kg': [
    { when: { kind: 'age-at-least', years: 65 }, code: 'age', severity: 'critical' },
    { when: { kind: 'comorbidity', any: ['ckd'] }, code: 'renal', severity: 'critical' },
    { when: { kind: 'weight-below', kg: 50 }, code: 'max-daily-dose', severity: 'critical' },
  ],
  'drug-acetaminophen|self-care with Extra Strength OTC tablets, and older adults or long-term daily use':
    [
      { when: { kind: 'age-at-least', years: 65 }, code: 'age', severity: 'warning' },
      { when: { kind: 'duration-above', days: 14 }, code: 'max-daily-dose', severity: 'warning' },
      context(),
    ],
  'drug-acetaminophen|chronic liver disease or cirrhosis, or regular heavy alcohol use': [
    {
      when: { kind: 'comorbidity', any: ['liver-disease', 'alcohol-use'] },
      code: 'hepatic',
      severity: 'warning',
    },
  ],
  'drug-methocarbamol|maintenance, after the first 2–3 days': [
    { when: { kind: 'duration-above', days: 3 }, code: 'max-daily-dose', severity: 'warning' },
    context(),
  ],
  // Clonazepam in a spine regimen is not for epilepsy unless the patient has it.
  'drug-clonazepam|non-epilepsy use (panic disorder label)': [
    {
      when: { kind: 'not', condition: { kind: 'comorbidity', any: ['epilepsy'] } },
      code: 'max-daily-dose',
      severity: 'warning',
    },
  ],
  'drug-gabapentin|creatinine clearance 30–59 mL/min': [kidneyBand({ from: 30, below: 60 })],
  'drug-gabapentin|creatinine clearance 15–29 mL/min': [kidneyBand({ from: 15, below: 30 })],
  'drug-gabapentin|creatinine clearance below 15 mL/min': [kidneyBand({ below: 15 })],
  'drug-pregabalin|creatinine clearance 30–60 mL/min': [kidneyBand({ from: 30, below: 60 })],
  'drug-pregabalin|creatinine clearance 15–30 mL/min': [kidneyBand({ from: 15, below: 30 })],
  'drug-pregabalin|creatinine clearance below 15 mL/min': [kidneyBand({ below: 15 })],
  'drug-duloxetine|pain indications (chronic musculoskeletal pain, diabetic nerve pain)': [
    context(),
  ],
  'drug-tramadol|age over 75': [
    { when: { kind: 'age-above', years: 75 }, code: 'age', severity: 'critical' },
  ],
  'drug-tramadol|creatinine clearance below 30 mL/min': [kidneyBand({ below: 30 })],
  'drug-tramadol|cirrhosis': [
    {
      when: {
        kind: 'comorbidity-word',
        any: ['cirrhosis', 'liver-cirrhosis', 'hepatic-cirrhosis'],
      },
      code: 'hepatic',
      severity: 'critical',
    },
    liverCaution,
  ],
  'drug-tapentadol|moderate liver impairment': [liverCaution],
  'drug-dabigatran|creatinine clearance 15–30 mL/min (atrial fibrillation)': [
    kidneyBand({ from: 15, below: 30 }),
  ],
  'drug-citalopram|age over 60': [
    { when: { kind: 'age-above', years: 60 }, code: 'age', severity: 'critical' },
  ],
  'drug-paroxetine|elderly or debilitated patients, or severe kidney or liver impairment': [
    { when: { kind: 'age-at-least', years: 65 }, code: 'age', severity: 'critical' },
    kidneyBand({ below: 30 }),
    liverCaution,
  ],
  'drug-rizatriptan|taking propranolol': [context()],
  'drug-alprazolam|anxiety (not panic disorder)': [context()],
  'drug-zolpidem|age 65 or over': [
    { when: { kind: 'age-at-least', years: 65 }, code: 'age', severity: 'critical' },
  ],
};

/**
 * Reads a population the table does not list (test KBs, new entries): kidney bands, dialysis, age, liver,
 * weight; anything else is treated as a context (an info alert when exceeded).
 * @param population - the KB text, e.g. "creatinine clearance 30–59 mL/min"
 */
export function readPopulation(population: string): readonly PopulationReading[] {
  const text = population.toLowerCase();
  const readings: PopulationReading[] = [];
  if (/creatinine clearance|crcl|egfr|\bgfr\b|kidney|renal/.test(text)) {
    const band = /(\d+)\s*(?:–|-|to)\s*(\d+)/.exec(text);
    const below = /(?:below|under|less than|<)\s*(\d+)/.exec(text);
    if (band) {
      const hi = Number(band[2]);
      // "30–59" ends below 60; "30–60" (pregabalin's label) also ends below 60.
      readings.push(kidneyBand({ from: Number(band[1]), below: hi % 10 === 9 ? hi + 1 : hi }));
    } else if (below) {
      readings.push(kidneyBand({ below: Number(below[1]) }));
    } else {
      readings.push({
        when: { kind: 'comorbidity', any: ['ckd'] },
        code: 'renal',
        severity: 'critical',
      });
    }
  }
  if (/dialysis/.test(text)) {
    readings.push({ when: { kind: 'dialysis' }, code: 'renal', severity: 'critical' });
  }
  const over = /age (?:over|above|>)\s*(\d+)/.exec(text);
  const atLeast =
    /(?:age|aged)\s*(\d+)\s*(?:or|and)\s*(?:over|older)|(?:≥|>=)\s*(\d+)\s*(?:y|years)/.exec(text);
  if (over) {
    readings.push({
      when: { kind: 'age-above', years: Number(over[1]) },
      code: 'age',
      severity: 'critical',
    });
  } else if (atLeast) {
    readings.push({
      when: { kind: 'age-at-least', years: Number(atLeast[1] ?? atLeast[2]) },
      code: 'age',
      severity: 'critical',
    });
  } else if (/elderly|older adults/.test(text)) {
    readings.push({ when: { kind: 'age-at-least', years: 65 }, code: 'age', severity: 'critical' });
  }
  if (/liver|hepatic|cirrhosis|child-pugh/.test(text)) {
    readings.push(liverCaution);
  }
  const weight = /(?:weight|weighing)\s*(?:under|below|less than|<)\s*(\d+)\s*kg/.exec(text);
  if (weight) {
    readings.push({
      when: { kind: 'weight-below', kg: Number(weight[1]) },
      code: 'max-daily-dose',
      severity: 'critical',
    });
  }
  return readings.length > 0 ? readings : [context()];
}

/** A limit the KB entries do not hold. */
export interface ExtraLimit {
  readonly id: string;
  readonly drug: string;
  readonly amountMg: number;
  readonly per: 'day';
  readonly population: string;
  readonly when: Condition;
  readonly code: AlertCode;
  readonly severity: AlertSeverity;
  readonly sources: readonly string[];
}

/** Limits beyond the KB's special maxima. */
export const EXTRA_LIMITS: readonly ExtraLimit[] = [
  {
    // Above 3 g even the more lenient hepatology advice (2–3 g/day) is exceeded.
    id: 'acetaminophen-liver-3g',
    drug: 'drug-acetaminophen',
    amountMg: 3000,
    per: 'day',
    population: 'liver disease or heavy alcohol use (upper end of the 2–3 g advice)',
    when: { kind: 'comorbidity', any: ['liver-disease', 'alcohol-use'] },
    code: 'hepatic',
    severity: 'critical',
    sources: ['rx-lewis-2013-cirrhosis-prescribing', 'rx-label-acetaminophen'],
  },
  {
    id: 'ketorolac-oral-40',
    drug: 'drug-ketorolac',
    amountMg: 40,
    per: 'day',
    population: 'ketorolac taken by mouth',
    when: { kind: 'route', routes: ['oral'] },
    code: 'max-daily-dose',
    severity: 'critical',
    sources: ['meds-label-ketorolac-tablets'],
  },
];

/** Labelled maxima given per kg of body weight, used when the weight is known. */
export const WEIGHT_BASED_LIMITS: readonly {
  readonly drug: string;
  readonly mgPerKgPerDay: number;
  readonly sources: readonly string[];
}[] = [{ drug: 'drug-valproate', mgPerKgPerDay: 60, sources: ['meds-label-valproate'] }];

/**
 * Oral morphine milligram equivalent factors (CDC 2022 conversion table). Keyed by the KB id whose mg the factor
 * applies to; hydrocodone is counted through the hydrocodone/acetaminophen product, whose mg are hydrocodone mg.
 */
export const MME_FACTORS: Readonly<Record<string, number>> = {
  'drug-codeine': 0.15,
  'drug-tramadol': 0.2,
  'drug-tapentadol': 0.4,
  'drug-morphine': 1,
  'drug-hydrocodone-acetaminophen': 1,
  'drug-oxycodone': 1.5,
  'drug-oxycodone-naloxone': 1.5,
  'drug-hydromorphone': 5,
};

/** 50 MME/day is where CDC 2022 asks for careful reassessment of benefit and risk, and for naloxone to be offered. */
export const MME_THRESHOLD = { review: 50, sources: ['rx-cdc-opioids-2022'] } as const;

/**
 * Label maxima counted in tablets where the tablet count depends on the strength. The KB gives the product's
 * maximum in mg for its common strength (hydrocodone 40 mg = 8 × 5/325 mg); the 7.5 and 10 mg strengths allow
 * 6 tablets (45 and 60 mg).
 */
export const TABLET_MAXIMA: Readonly<
  Record<
    string,
    {
      readonly bands: readonly { readonly upToMgPerTablet: number; readonly tablets: number }[];
      readonly sources: readonly string[];
    }
  >
> = {
  'drug-hydrocodone-acetaminophen': {
    bands: [
      { upToMgPerTablet: 5, tablets: 8 },
      { upToMgPerTablet: 10, tablets: 6 },
    ],
    sources: ['rx-label-hydrocodone-acetaminophen'],
  },
};
