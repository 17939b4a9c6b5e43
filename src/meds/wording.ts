/**
 * The English of the medication checker, in one message table. The checks decide and return a message
 * key with its parameters (numbers already in the unit shown to the reader, drug ids, patient facts);
 * only this file turns them into sentences, so the wording can be reviewed, changed or translated in one
 * place. Rule rows (combination-rules.ts, caution-rules.ts) carry their own templates with `{drugs}`,
 * `{a}`, `{kidney}`... placeholders, filled here too.
 */
import type { DoseLimit } from './limits.js';
import { describeKidney, formatAmount, holds } from './patient.js';
import type { Condition, PatientContext, UseContext } from './patient.js';
import { genericName } from './recognise.js';

/** An amount in the unit the reader sees (mg, g of gel, mcg, patches, applications, mL). */
export interface Quantity {
  readonly amount: number;
  readonly unit: string;
}

/** The period a total counts over (a per-dose limit is worded on its own). */
export type TotalPeriod = Exclude<DoseLimit['per'], 'dose'>;

/** One drug's total over a period, with the lines it adds up from. */
export interface TotalParams {
  /** KB id of the drug. */
  readonly drugId: string;
  readonly amount: Quantity;
  /** False when the amount is only a lower bound (a frequency or a dose is missing). */
  readonly complete: boolean;
  readonly per: TotalPeriod;
  /** Each line's share (a KB id, or the name as written), undefined when it could not be worked out. */
  readonly parts: readonly { readonly drug: string; readonly amount: Quantity | undefined }[];
}

/** The patient condition a limit applies under, for "(this patient: …)". */
export interface PatientFactParams {
  readonly when: Condition;
  readonly patient: PatientContext;
}

/** Every message the checker can word, keyed by what was decided. */
export type MedsMessage =
  | {
      readonly key: 'dose-above-usual-single-dose';
      readonly drugId: string;
      readonly dose: Quantity;
      readonly limit: Quantity;
    }
  | {
      readonly key: 'dose-above-label-single-dose';
      readonly drugId: string;
      readonly dose: Quantity;
      readonly limit: Quantity;
    }
  | { readonly key: 'total-above-label'; readonly total: TotalParams; readonly limit: Quantity }
  | { readonly key: 'total-above-review'; readonly total: TotalParams; readonly limit: Quantity }
  | {
      readonly key: 'total-above-usual-range';
      readonly total: TotalParams;
      readonly usualMin: Quantity;
      readonly limit: Quantity;
      readonly labelMaximum: Quantity;
    }
  | {
      readonly key: 'total-above-population-limit';
      readonly total: TotalParams;
      readonly limit: Quantity;
      readonly population: string | undefined;
    }
  | {
      readonly key: 'total-above-patient-limit';
      readonly total: TotalParams;
      readonly limit: Quantity;
      readonly population: string | undefined;
      readonly fact: PatientFactParams;
    }
  | {
      readonly key: 'total-within-patient-limit';
      readonly total: TotalParams;
      readonly limit: Quantity;
      readonly population: string | undefined;
      readonly fact: PatientFactParams;
    }
  | {
      readonly key: 'patient-limit-unchecked';
      readonly drugId: string;
      readonly per: TotalPeriod;
      readonly limit: Quantity;
      readonly population: string | undefined;
      readonly fact: PatientFactParams;
    }
  | {
      readonly key: 'same-medicine-on-several-lines';
      readonly drugId: string;
      /** The names as written on each line. */
      readonly written: readonly string[];
    }
  | {
      readonly key: 'opioid-total';
      readonly mme: number;
      readonly complete: boolean;
      readonly parts: readonly {
        readonly drugId: string;
        readonly mgPerDay: number;
        readonly factor: number;
      }[];
    }
  | {
      readonly key: 'unknown-drug';
      readonly written: string;
      readonly lineIndex: number;
      readonly ambiguous: boolean;
      readonly suggestions: readonly string[];
    }
  | {
      readonly key: 'incomplete-dose';
      readonly drugId: string;
      readonly lineIndex: number;
      readonly notes: readonly string[];
    }
  | {
      /** A rule row's own template, with the drugs (or each side of an interaction) filled in. */
      readonly key: 'rule';
      readonly template: string;
      readonly patient: PatientContext;
      readonly use: UseContext;
      /** Generic names for `{drugs}`. */
      readonly drugs?: readonly string[];
      /** Generic names per side, for `{a}`, `{b}`, `{c}`. */
      readonly sides?: readonly (readonly string[])[];
      /** Why the severity was raised for this patient, appended as a sentence. */
      readonly because?: string;
    };

/** A message key. */
export type MessageKey = MedsMessage['key'];
type MessageOf<K extends MessageKey> = Extract<MedsMessage, { key: K }>;

/** "3 patches", "4,000 mg", "16 g", "2 applications". */
export function quantity({ amount, unit }: Quantity): string {
  const n = formatAmount(amount);
  if (unit === 'patch') return `${n} ${amount === 1 ? 'patch' : 'patches'}`;
  if (unit === 'application') return `${n} ${amount === 1 ? 'application' : 'applications'}`;
  return `${n} ${unit}`;
}

/** Product forms written after a hyphen in an id, which are part of the name rather than a second drug. */
const FORM_SUFFIXES: readonly string[] = ['gel', 'patch', 'cream', 'epidural'];

/** A generic name for text: `hydrocodone-acetaminophen` → `hydrocodone/acetaminophen`. */
export function textName(id: string): string {
  const name = genericName({ id });
  const parts = name.split('-');
  return parts.length === 2 && !FORM_SUFFIXES.includes(parts[1] ?? '')
    ? parts.join('/')
    : name.replace(/-/g, ' ');
}

/** Joins names as "a", "a and b", "a, b and c" (each name once). */
export function listNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1] ?? ''}`;
}

/** Generic names (as in the output's `drugs`) listed for text. */
const listGeneric = (names: readonly string[]): string =>
  listNames(names.map((n) => textName(`drug-${n}`)));

export const capitalise = (text: string): string =>
  text.length > 0 ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : text;

const periodWord = (per: TotalPeriod): string =>
  per === 'week' ? 'a week' : per === 'year' ? 'a year' : 'a day';

/**
 * Fills `{name}` placeholders; a value that opens a sentence is capitalised.
 * @param template - the text with placeholders
 * @param values - the words for each placeholder (unknown placeholders are left as written)
 */
export function render(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string, offset: number) => {
    const value = values[key];
    if (value === undefined) return whole;
    return /(?:^|[.!?]\s+)$/.test(template.slice(0, offset)) ? capitalise(value) : value;
  });
}

/** The patient placeholders every rule template may use. */
function patientValues(patient: PatientContext, use: UseContext): Record<string, string> {
  return {
    kidney: describeKidney(patient),
    age: patient.age === undefined ? 'unknown age' : formatAmount(patient.age),
    weeks:
      patient.pregnancyWeeks === undefined
        ? 'gestational age not given'
        : `${formatAmount(patient.pregnancyWeeks)} weeks`,
    duration:
      use.durationDays === undefined
        ? 'an unstated time'
        : `${formatAmount(use.durationDays)} days`,
  };
}

/** Placeholder letters for the sides of an interaction: `{a}` with `{b}` (and `{c}`). */
const SIDE_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The patient fact behind a limit's condition (kidney function, age, weight), or undefined when the
 * condition is not about a measured fact.
 * @param condition - the limit's condition
 * @param patient - the patient context
 */
export function patientFact(condition: Condition, patient: PatientContext): string | undefined {
  switch (condition.kind) {
    case 'kidney':
    case 'dialysis':
      return describeKidney(patient);
    case 'age-at-least':
    case 'age-above':
    case 'age-below':
      return patient.age === undefined ? undefined : `age ${formatAmount(patient.age)}`;
    case 'weight-below':
      return patient.weightKg === undefined ? undefined : `${formatAmount(patient.weightKg)} kg`;
    case 'any':
    case 'all':
      return condition.of
        .map((c) => (holds(c, patient) ? patientFact(c, patient) : undefined))
        .find((f) => f !== undefined);
    case 'always':
    case 'kidney-unknown':
    case 'comorbidity':
    case 'comorbidity-word':
    case 'pregnant':
    case 'breastfeeding':
    case 'duration-above':
    case 'route':
    case 'not':
      return undefined;
  }
}

const factText = ({ when, patient }: PatientFactParams): string => {
  const fact = patientFact(when, patient);
  return fact ? ` (this patient: ${fact})` : '';
};

/** "Ibuprofen adds up to at least 3,600 mg a day (ibuprofen 2,400 mg + …)". */
function addsUp(total: TotalParams): string {
  const breakdown =
    total.parts.length > 1
      ? ` (${total.parts
          .map((p) => `${textName(p.drug)} ${p.amount ? quantity(p.amount) : 'unknown'}`)
          .join(' + ')})`
      : '';
  return `${capitalise(textName(total.drugId))} adds up to ${atLeast(total)}${quantity(total.amount)} ${periodWord(total.per)}${breakdown}`;
}

const atLeast = (total: { readonly complete: boolean }): string =>
  total.complete ? '' : 'at least ';

/** "1,200 mg a day". */
const limitOver = (limit: Quantity, per: TotalPeriod): string =>
  `${quantity(limit)} ${periodWord(per)}`;

/** The table: one function a message key, each the only English for that decision. */
const MESSAGES: { readonly [K in MessageKey]: (m: MessageOf<K>) => string } = {
  'dose-above-usual-single-dose': (m) =>
    `One dose of ${textName(m.drugId)} is ${quantity(m.dose)}, above the usual single dose of up to ${quantity(m.limit)}.`,
  'dose-above-label-single-dose': (m) =>
    `One dose of ${textName(m.drugId)} is ${quantity(m.dose)}, above the labelled maximum of ${quantity(m.limit)} per dose or injection.`,
  'total-above-label': (m) =>
    `${addsUp(m.total)}, above the labelled maximum of ${limitOver(m.limit, m.total.per)}.`,
  'total-above-review': (m) =>
    `${addsUp(m.total)}, above ${limitOver(m.limit, m.total.per)}. The label sets no fixed maximum; this is the level at which the dose should be reviewed.`,
  'total-above-usual-range': (m) =>
    `${addsUp(m.total)}, above the usual range of ${quantity(m.usualMin)} to ${limitOver(m.limit, m.total.per)} but within the labelled maximum of ${quantity(m.labelMaximum)}.`,
  'total-above-population-limit': (m) =>
    `${addsUp(m.total)}, above the ${limitOver(m.limit, m.total.per)} limit for ${m.population ?? 'some patients'}.`,
  'total-above-patient-limit': (m) =>
    `${addsUp(m.total)}, above the ${limitOver(m.limit, m.total.per)} limit for ${m.population ?? 'this patient'}${factText(m.fact)}.`,
  'total-within-patient-limit': (m) =>
    `${capitalise(textName(m.total.drugId))} at ${atLeast(m.total)}${limitOver(m.total.amount, m.total.per)} is within the ${limitOver(m.limit, m.total.per)} limit for ${m.population ?? 'this patient'}${factText(m.fact)}.`,
  'patient-limit-unchecked': (m) =>
    `${capitalise(textName(m.drugId))}: the limit for ${m.population ?? 'this patient'}${factText(m.fact)} is ${limitOver(m.limit, m.per)}; no dose was given, so it could not be checked.`,
  'same-medicine-on-several-lines': (m) =>
    `${capitalise(textName(m.drugId))} appears on more than one line (${listNames(m.written)}). The amounts were added together for the limit checks; make sure this is intended.`,
  'opioid-total': (m) =>
    `Opioids add up to ${atLeast(m)}${formatAmount(m.mme)} morphine milligram equivalents (MME) a day (${m.parts
      .map(
        (p) => `${textName(p.drugId)} ${formatAmount(p.mgPerDay)} mg × ${formatAmount(p.factor)}`,
      )
      .join(
        ' + ',
      )}). CDC 2022 asks for a careful reassessment of benefit and risk at 50 MME a day or more, where overdose risk rises without more pain relief, and for naloxone to be offered.`,
  'unknown-drug': (m) => {
    const hint = m.ambiguous
      ? ` It matches several medicines (${m.suggestions.join(', ')}); name the one meant.`
      : m.suggestions.length > 0
        ? ` Did you mean ${listNames(m.suggestions).replace(/ and /, ' or ')}?`
        : ' Check the spelling or give the generic name.';
    return `"${m.written}" (line ${String(m.lineIndex + 1)}) is not a medicine Foramen recognises, so it was not checked for dose limits, duplicates or interactions.${hint}`;
  },
  'incomplete-dose': (m) =>
    `${capitalise(textName(m.drugId))} (line ${String(m.lineIndex + 1)}): ${m.notes.join('; ')}. Limits were checked only as far as the amounts allow.`,
  rule: (m) => {
    const values: Record<string, string> = patientValues(m.patient, m.use);
    if (m.drugs) values.drugs = listGeneric(m.drugs);
    for (const [i, side] of (m.sides ?? []).entries()) {
      values[SIDE_LETTERS[i] ?? String(i)] = listGeneric(side);
    }
    return render(m.template, values) + (m.because === undefined ? '' : ` ${m.because}`);
  },
};

/**
 * The English for one decision.
 * @param message - the message key and its parameters
 * @returns the alert text
 */
export function word(message: MedsMessage): string {
  // The table is keyed by the union's tag, so each entry receives its own member; TypeScript cannot
  // correlate the lookup with the argument, hence the one widening here.
  return (MESSAGES[message.key] as (m: MedsMessage) => string)(message);
}
