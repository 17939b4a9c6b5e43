/**
 * The `foramen assess` input shapes (CONTRACTS.md): a strict object, so unknown fields are errors, and
 * closed vocabularies are refused with the allowed values named. The output is in assessment-schema.ts.
 */
import * as z from 'zod';
import {
  AGGRAVATORS,
  FINDING_SIDES,
  FINDING_TYPES,
  FLAGS,
  LEVELS,
  RELIEVERS,
  ROOTS,
  SEVERITIES,
  ZONES,
} from '../vocab/index.js';
import { ExamSchema, SymptomSchema } from '../localisation/index.js';

/** One imaging finding. Extra optional fields accept `foramen parse-report` findings as they come. */
export const ImagingFindingSchema = z.strictObject({
  level: z.enum(LEVELS),
  zone: z.enum(ZONES).optional(),
  side: z.enum(FINDING_SIDES).optional(),
  finding: z.enum(FINDING_TYPES),
  severity: z.enum(SEVERITIES).nullable().optional(),
  grade: z
    .strictObject({ system: z.string().min(1), value: z.union([z.number(), z.string()]) })
    .optional(),
  root: z.enum(ROOTS).optional(),
  /** Which side is worse in a bilateral finding ("left greater than right"), as the report parser gives it. */
  asymmetry: z.enum(['left', 'right']).optional(),
  negated: z.boolean().optional(),
  uncertain: z.boolean().optional(),
  text: z.string().optional(),
  span: z.tuple([z.number().int().min(0), z.number().int().min(0)]).optional(),
  /** parse-report's time of the finding; prior and resolved findings are set aside by `assess`. */
  temporal: z.enum(['current', 'prior', 'resolved']).optional(),
  /** parse-report's bound of a bounded statement ("no more than mild"). */
  maxSeverity: z.enum(SEVERITIES).optional(),
});
export type ImagingFinding = z.infer<typeof ImagingFindingSchema>;

/**
 * One medicine as the medication checker takes it (`foramen meds` drug items). The fields mirror the
 * checker's; it validates the details (units, frequency text) itself.
 */
export const MedicationSchema = z.strictObject({
  drug: z.string().min(1),
  doseMg: z.number().positive().optional(),
  dose: z.union([z.number().positive(), z.string().min(1)]).optional(),
  unit: z.string().min(1).optional(),
  strength: z.string().min(1).optional(),
  timesPerDay: z.number().positive().optional(),
  frequency: z.string().min(1).optional(),
  asNeeded: z.boolean().optional(),
  route: z.string().min(1).optional(),
  durationDays: z.number().min(0).optional(),
});
export type PresentationMedication = z.infer<typeof MedicationSchema>;

const score0to10 = z.number().min(0).max(10);

/** A patient presentation: what the patient reports, the examination, flags and imaging. */
export const PresentationSchema = z.strictObject({
  age: z.number().int().min(0).max(120).optional(),
  sex: z.enum(['female', 'male', 'other', 'unknown']).optional(),
  durationWeeks: z.number().min(0).max(5200).optional(),
  conservativeCareWeeks: z.number().min(0).max(5200).optional(),
  pain: z.strictObject({ back: score0to10.optional(), leg: score0to10.optional() }).optional(),
  symptoms: z.array(SymptomSchema),
  aggravators: z.array(z.enum(AGGRAVATORS)).optional(),
  relievers: z.array(z.enum(RELIEVERS)).optional(),
  exam: ExamSchema.optional(),
  flags: z.array(z.enum(FLAGS)).optional(),
  comorbidities: z.array(z.string().min(1)).optional(),
  imaging: z.array(ImagingFindingSchema).optional(),
  medications: z.array(MedicationSchema).optional(),
  /** Pregnant now (CONTRACTS.md round 2); "pregnancy" in `comorbidities` means the same. */
  pregnant: z.boolean().optional(),
  /** Weeks of gestation, when pregnant. */
  gestationWeeks: z.number().min(0).max(45).optional(),
  /** Body weight, for weight-based doses in children. */
  weightKg: z.number().positive().max(400).optional(),
  /** Estimated glomerular filtration rate, mL/min/1.73 m². */
  eGFR: z.number().min(0).max(250).optional(),
});
export type Presentation = z.infer<typeof PresentationSchema>;

// The output schema and its types, in their own module so a bundle that only assesses can leave it out.
export * from './assessment-schema.js';
