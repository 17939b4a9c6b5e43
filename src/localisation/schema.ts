/**
 * Shapes of the symptom and examination parts of a presentation (CONTRACTS.md, `foramen assess`).
 * One zod schema per shape is the source of both the runtime check and the TypeScript type.
 */
import * as z from 'zod';
import {
  BODY_REGIONS,
  EXAM_TESTS,
  MOVEMENTS,
  REFLEXES,
  REFLEX_STATUSES,
  SENSORY_STATUSES,
  SIDES,
  SYMPTOM_KINDS,
  TEST_RESULTS,
} from '../vocab/index.js';

/** A side is optional: an unlateralised item counts for both sides but never as "bilateral" evidence. */
const side = z.enum(SIDES).optional();

/** One reported symptom in one body region. */
export const SymptomSchema = z.strictObject({
  kind: z.enum(SYMPTOM_KINDS),
  region: z.enum(BODY_REGIONS),
  side,
});
export type Symptom = z.infer<typeof SymptomSchema>;

/** Power of one movement on the MRC 0–5 scale. */
export const MotorFindingSchema = z.strictObject({
  movement: z.enum(MOVEMENTS),
  side,
  mrc: z.number().int().min(0).max(5),
});
export type MotorFinding = z.infer<typeof MotorFindingSchema>;

/** Sensation tested in one region. */
export const SensoryFindingSchema = z.strictObject({
  region: z.enum(BODY_REGIONS),
  side,
  status: z.enum(SENSORY_STATUSES),
});
export type SensoryFinding = z.infer<typeof SensoryFindingSchema>;

/** One tendon (or cremasteric) reflex. */
export const ReflexFindingSchema = z.strictObject({
  reflex: z.enum(REFLEXES),
  side,
  status: z.enum(REFLEX_STATUSES),
});
export type ReflexFinding = z.infer<typeof ReflexFindingSchema>;

/** One provocative or bedside test. For the crossed SLR, `side` is the leg where pain is reproduced. */
export const TestFindingSchema = z.strictObject({
  test: z.enum(EXAM_TESTS),
  side,
  result: z.enum(TEST_RESULTS),
});
export type TestFinding = z.infer<typeof TestFindingSchema>;

/** The examination; anything not listed was not examined and is unknown, not normal. */
export const ExamSchema = z.strictObject({
  motor: z.array(MotorFindingSchema).optional(),
  sensory: z.array(SensoryFindingSchema).optional(),
  reflexes: z.array(ReflexFindingSchema).optional(),
  tests: z.array(TestFindingSchema).optional(),
});
export type Exam = z.infer<typeof ExamSchema>;

/** What root localisation reads from a presentation. */
export interface LocalisationInput {
  readonly symptoms: readonly Symptom[];
  readonly exam?: Exam | undefined;
}
