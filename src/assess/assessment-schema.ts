/**
 * The assessment `foramen assess` prints and `POST /api/assess` answers (CONTRACTS.md), apart from the
 * input schemas (schema.ts): the rules only need its types, so the CLI does not construct it to assess.
 */
import * as z from 'zod';
import {
  CONCERNS,
  LIKELIHOODS,
  ALERT_SEVERITIES,
  FINDING_TYPES,
  LEVELS,
  PLAN_STAGES,
  ROOTS,
  ROOT_RELATIONS,
  SIDES,
  TRIAGE_LEVELS,
  ZONES,
} from '../vocab/index.js';

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
