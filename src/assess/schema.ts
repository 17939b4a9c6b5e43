/**
 * The `foramen assess` input and output shapes (CONTRACTS.md). The input is a strict object: unknown
 * fields are errors, and closed vocabularies are refused with the allowed values named.
 */
import * as z from 'zod';
import {
  AGGRAVATORS,
  CONCERNS,
  LIKELIHOODS,
  ALERT_SEVERITIES,
  FINDING_SIDES,
  FINDING_TYPES,
  FLAGS,
  LEVELS,
  PLAN_STAGES,
  RELIEVERS,
  ROOTS,
  ROOT_RELATIONS,
  SEVERITIES,
  SIDES,
  TRIAGE_LEVELS,
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

// ---- Output -----------------------------------------------------------------------------------------

const ReasonSchema = z.object({
  code: z.string(),
  level: z.enum(TRIAGE_LEVELS),
  concern: z.enum(CONCERNS),
  text: z.string(),
  source: z.string(),
  sources: z.array(z.string()),
});

const RootCallSchema = z.object({
  root: z.enum(ROOTS),
  side: z.enum(SIDES),
  score: z.number().min(0).max(1),
  confidence: z.enum(['high', 'moderate', 'low']),
  basis: z.enum(['objective-signs', 'tension-signs', 'symptoms-only']),
  evidence: z.array(
    z.object({
      kind: z.enum(['symptom', 'sensory', 'motor', 'reflex', 'test']),
      detail: z.string(),
      weight: z.number(),
      sources: z.array(z.string()),
    }),
  ),
  indistinctFrom: z.array(z.enum(ROOTS)),
});

/** The assessment `foramen assess` prints and `POST /api/assess` answers. */
export const AssessmentSchema = z.object({
  triage: z.object({ level: z.enum(TRIAGE_LEVELS), reasons: z.array(ReasonSchema) }),
  roots: z.array(RootCallSchema),
  localisation: z.object({
    notes: z.array(z.string()),
    untested: z.array(z.string()),
    trace: z.array(z.object({ step: z.string(), detail: z.string() })),
  }),
  lesionSites: z.array(
    z.object({
      level: z.enum(LEVELS),
      zone: z.enum(ZONES),
      side: z.enum(SIDES),
      root: z.enum(ROOTS),
      relation: z.enum(ROOT_RELATIONS),
    }),
  ),
  concordance: z.array(
    z.object({
      imagingIndex: z.number().int().min(0),
      root: z.string().nullable(),
      concordant: z.boolean(),
      text: z.string(),
      level: z.enum(LEVELS),
      finding: z.enum(FINDING_TYPES),
    }),
  ),
  differentials: z.array(
    z.object({
      code: z.string(),
      text: z.string(),
      source: z.string(),
      basis: z.string(),
      likelihood: z.enum(LIKELIHOODS),
    }),
  ),
  workup: z.array(
    z.object({
      test: z.string(),
      priority: z.enum(TRIAGE_LEVELS),
      reason: z.string(),
      source: z.string(),
    }),
  ),
  plan: z.object({
    stage: z.enum(PLAN_STAGES),
    steps: z.array(
      z.object({
        code: z.string(),
        text: z.string(),
        source: z.string(),
        kbId: z.string().optional(),
        timing: z.string().optional(),
      }),
    ),
  }),
  medicationAlerts: z.array(
    z.object({
      severity: z.enum(ALERT_SEVERITIES),
      code: z.string(),
      text: z.string(),
      drugs: z.array(z.string()).optional(),
      source: z.string().optional(),
    }),
  ),
  codes: z.array(
    z.object({
      system: z.literal('http://hl7.org/fhir/sid/icd-10-cm'),
      code: z.string(),
      display: z.string(),
      basis: z.string(),
      source: z.string(),
      alternative: z.boolean().optional(),
      note: z.string().optional(),
    }),
  ),
  inconsistencies: z.array(
    z.object({ code: z.string(), text: z.string(), fields: z.array(z.string()) }),
  ),
  disclaimer: z.string(),
});
export type Assessment = z.infer<typeof AssessmentSchema>;
export type ConcordanceEntry = Assessment['concordance'][number];
export type LesionSiteEntry = Assessment['lesionSites'][number];
export type Differential = Assessment['differentials'][number];
export type WorkupItem = Assessment['workup'][number];
export type PlanStep = Assessment['plan']['steps'][number];
export type Inconsistency = Assessment['inconsistencies'][number];
export type AssessmentMedicationAlert = Assessment['medicationAlerts'][number];
