/**
 * The input of `checkMedications` (CONTRACTS.md, `foramen meds`): a patient and a list of drugs, each with
 * a dose in mg or as `dose` + `unit`, and a frequency as `timesPerDay` or as text. One zod schema is the
 * source of the types; bad input becomes an InputError naming the field, e.g. `drugs[1].frequency`.
 */
import * as z from 'zod';
import { addFieldIssue } from '../errors.js';
import { DRUG_ROUTES } from '../kb/index.js';
import { DOSE_UNITS, normaliseUnit, parseDoseText, parseStrength } from './dose.js';
import type { DoseAmount, DoseUnit, Strength } from './dose.js';
import { parseFrequency } from './frequency.js';
import type { Frequency } from './frequency.js';

const positive = () => z.number().refine((n) => n > 0, { message: 'must be greater than 0' });

const UNIT_HINT = DOSE_UNITS.join(', ');

/** A unit as written, normalised (`MG` → `mg`, `tabs` → `tablet`). */
export const DoseUnitSchema = z.string().transform((text, ctx): DoseUnit => {
  const unit = normaliseUnit(text);
  if (unit === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown unit ${JSON.stringify(text)}; use one of ${UNIT_HINT}`,
    });
    return z.NEVER;
  }
  return unit;
});

/** A dose: a number (with `unit`) or a text such as `"600 mg"` or `"1-2 tablets"`. */
export const DoseSchema = z.unknown().transform((value, ctx): DoseAmount | undefined => {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      ctx.addIssue({ code: 'custom', message: 'must be a finite number' });
      return z.NEVER;
    }
    if (!(value > 0)) {
      ctx.addIssue({ code: 'custom', message: 'must be greater than 0' });
      return z.NEVER;
    }
    return { max: value, min: value, unit: undefined };
  }
  if (typeof value !== 'string') {
    ctx.addIssue({ code: 'custom', message: 'must be a number or a text such as "600 mg"' });
    return z.NEVER;
  }
  const parsed = parseDoseText(value);
  if ('problem' in parsed) {
    const message =
      parsed.problem === 'not-positive'
        ? 'must be greater than 0'
        : parsed.problem === 'unknown-unit'
          ? `unknown unit ${JSON.stringify(parsed.unit ?? '')}; use one of ${UNIT_HINT}`
          : `cannot read ${JSON.stringify(value)} as a dose; write e.g. "600 mg", "1 g" or "1-2 tablets"`;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  }
  return parsed;
});

/**
 * A text field read by `read`: what it returns, or the issue `problem(text)` when it cannot read the
 * text (returns undefined).
 */
const textReadBy = <T>(read: (text: string) => T | undefined, problem: (text: string) => string) =>
  z.string().transform((text, ctx): T => {
    const parsed = read(text);
    if (parsed === undefined) {
      ctx.addIssue({ code: 'custom', message: problem(text) });
      return z.NEVER;
    }
    return parsed;
  });

/** A frequency text (`q6h`, `tid`, `every 8 hours`, `prn`), parsed into doses per day. */
export const FrequencySchema = textReadBy<Frequency>(
  parseFrequency,
  (text) =>
    `cannot read ${JSON.stringify(text)} as a frequency; write e.g. "q6h", "tid", "every 8 hours", "3 times a day", "at bedtime" or "prn"`,
);

const ROUTE_ALIASES: Readonly<Record<string, (typeof DRUG_ROUTES)[number]>> = {
  po: 'oral',
  'by mouth': 'oral',
  mouth: 'oral',
  iv: 'intravenous',
  im: 'intramuscular',
  sc: 'subcutaneous',
  sq: 'subcutaneous',
  subcut: 'subcutaneous',
  subq: 'subcutaneous',
  skin: 'topical',
  patch: 'transdermal',
};

/** A route (`oral`, `po`, `IV`, `IM`, `topical`, `transdermal`, `epidural`...). */
export const RouteSchema = textReadBy<(typeof DRUG_ROUTES)[number]>(
  (text) => {
    const key = text.trim().toLowerCase();
    return (DRUG_ROUTES as readonly string[]).includes(key)
      ? (key as (typeof DRUG_ROUTES)[number])
      : ROUTE_ALIASES[key];
  },
  (text) => `unknown route ${JSON.stringify(text)}; use one of ${DRUG_ROUTES.join(', ')}`,
);

/** A product strength (`"5/325"`, `"200 mg"`, `"5%"`). */
export const StrengthSchema = textReadBy<Strength>(
  parseStrength,
  (text) =>
    `cannot read ${JSON.stringify(text)} as a strength; write e.g. "200 mg", "5/325" or "5%"`,
);

/** One medicine in a regimen. */
export const MedsDrugSchema = z
  .strictObject({
    /** Generic or brand name, any case; small misspellings are tolerated. */
    drug: z.string().trim().min(1, 'must not be empty'),
    /** Amount per dose in mg (the assessment engine's shape). */
    doseMg: positive().optional(),
    /** Amount per dose with `unit`, or a text such as `"600 mg"`. */
    dose: DoseSchema.optional(),
    unit: DoseUnitSchema.optional(),
    /** Strength of one tablet, patch or gel (`"5/325"`, `"200 mg"`, `"5%"`). */
    strength: StrengthSchema.optional(),
    /** Doses per day as a number. */
    timesPerDay: positive()
      .refine((n) => n <= 24, { message: 'must be at most 24' })
      .optional(),
    /** Doses per day as text. */
    frequency: FrequencySchema.optional(),
    /** Taken only when needed (also read from the frequency text). */
    asNeeded: z.boolean().optional(),
    route: RouteSchema.optional(),
    /** How long the medicine has been or will be taken. */
    durationDays: z.number().min(0).optional(),
  })
  .superRefine((item, ctx) => {
    if (item.doseMg !== undefined && item.dose !== undefined) {
      addFieldIssue(ctx, 'dose', 'give either doseMg or dose with unit, not both');
    }
    if (item.unit !== undefined && item.dose === undefined) {
      ctx.addIssue({ code: 'custom', path: ['dose'], message: 'is required when unit is given' });
    }
    if (item.dose !== undefined && item.dose.unit === undefined && item.unit === undefined) {
      addFieldIssue(
        ctx,
        'unit',
        `is required when dose is a number (e.g. "mg"); use one of ${UNIT_HINT}`,
      );
    }
    if (item.dose?.unit !== undefined && item.unit !== undefined && item.dose.unit !== item.unit) {
      addFieldIssue(
        ctx,
        'unit',
        `"${item.unit}" conflicts with the unit written in dose ("${item.dose.unit}")`,
      );
    }
  });

/** The patient facts the rules use; every field is optional. */
export const MedsPatientSchema = z.strictObject({
  age: z.number().min(0).max(130).optional(),
  sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
  weightKg: positive()
    .refine((n) => n <= 500, { message: 'must be at most 500' })
    .optional(),
  /** Estimated GFR in mL/min/1.73 m². */
  eGFR: z.number().min(0).max(250).optional(),
  /** Creatinine clearance in mL/min (Cockcroft–Gault); the gabapentinoid labels use it. */
  creatinineClearance: z.number().min(0).max(250).optional(),
  /** On haemodialysis. */
  dialysis: z.boolean().optional(),
  pregnant: z.boolean().optional(),
  /** Weeks of gestation, when pregnant. */
  pregnancyWeeks: z.number().min(0).max(45).optional(),
  breastfeeding: z.boolean().optional(),
  /** Conditions such as `ckd`, `liver-disease`, `alcohol-use`; unknown ones are accepted and reported back. */
  comorbidities: z.array(z.string().trim().min(1, 'must not be empty')).max(100).optional(),
});

/** A regimen to check. */
export const MedsInputSchema = z.strictObject({
  patient: MedsPatientSchema.optional(),
  drugs: z.array(MedsDrugSchema).max(200),
});

/** Input types (what callers write). */
export type MedsInput = z.input<typeof MedsInputSchema>;
export type MedsPatientInput = z.input<typeof MedsPatientSchema>;
export type MedsDrugInput = z.input<typeof MedsDrugSchema>;
/** Parsed types (what the rules read). */
export type MedsPatient = z.output<typeof MedsPatientSchema>;
export type MedsDrug = z.output<typeof MedsDrugSchema>;
export type ParsedMedsInput = z.output<typeof MedsInputSchema>;
