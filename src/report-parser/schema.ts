/**
 * Shapes of `parseReport` output (CONTRACTS.md, `foramen parse-report`). One zod schema is the source of
 * the TypeScript types and of any JSON Schema the HTTP layer derives.
 */
import * as z from 'zod';
import { FINDING_SIDES, FINDING_TYPES, LEVELS, ROOTS, SEVERITIES, ZONES } from '../vocab/index.js';

/** `[start, end)` character offsets into the original report text. */
export const SpanSchema = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

/** When a finding holds: this study, an earlier one only, or no longer. */
export const TEMPORALS = ['current', 'prior', 'resolved'] as const;
export type Temporal = (typeof TEMPORALS)[number];

/** Grading systems a report can name. */
export const GRADE_SYSTEMS = ['lee', 'meyerding', 'pfirrmann'] as const;
export type GradeSystem = (typeof GRADE_SYSTEMS)[number];

/**
 * One finding at one disc level. `side` and `root` are left out when the report states neither (a
 * desiccated disc has no side), so the object also passes `assess`'s strict imaging schema.
 */
export const ReportFindingSchema = z.strictObject({
  level: z.enum(LEVELS),
  finding: z.enum(FINDING_TYPES),
  side: z.enum(FINDING_SIDES).optional(),
  severity: z.enum(SEVERITIES).nullable(),
  negated: z.boolean(),
  uncertain: z.boolean(),
  root: z.enum(ROOTS).optional(),
  zone: z.enum(ZONES).optional(),
  /** For a bilateral finding the report calls worse on one side ("left greater than right"). */
  asymmetry: z.enum(['left', 'right']).optional(),
  /**
   * `current` (this study), `prior` (an earlier study's finding only: "previously moderate") or
   * `resolved` (gone or not confirmed: "no longer seen"). Only `current` findings feed assess and FHIR.
   */
  temporal: z.enum(TEMPORALS),
  /** A bounded statement ("no moderate or severe stenosis"): at most this grade, perhaps absent. */
  maxSeverity: z.enum(SEVERITIES).optional(),
  /** A named grading system's grade ("Lee grade 2"); `severity` follows that system's mapping. */
  grade: z
    .strictObject({ system: z.enum(GRADE_SYSTEMS), value: z.number().int().min(0) })
    .optional(),
  span: SpanSchema,
  text: z.string(),
});
export type ReportFinding = z.infer<typeof ReportFindingSchema>;

/** Vertebrae a vertebral-body finding (a fracture) can name; dorsal numbering is reported as T. */
export const VERTEBRAE = ['T10', 'T11', 'T12', 'L1', 'L2', 'L3', 'L4', 'L5', 'S1', 'S2'] as const;
export type Vertebra = (typeof VERTEBRAE)[number];

/** A finding of a vertebral body rather than a disc level ("old L1 compression fracture"). */
export const VertebralFindingSchema = z.strictObject({
  vertebra: z.enum(VERTEBRAE),
  finding: z.enum(FINDING_TYPES),
  negated: z.boolean(),
  uncertain: z.boolean(),
  span: SpanSchema,
  text: z.string(),
});
export type VertebralFinding = z.infer<typeof VertebralFindingSchema>;

/** Remarks about the report itself, such as a transitional vertebra that can shift the level count. */
export const ReportNoteSchema = z.strictObject({
  code: z.enum(['transitional-vertebra']),
  span: SpanSchema,
  text: z.string(),
});
export type ReportNote = z.infer<typeof ReportNoteSchema>;

/** What the parser read and what it could not: a report it could not read is never silently empty. */
export const CoverageSchema = z.strictObject({
  levelsMentioned: z.array(z.enum(LEVELS)),
  levelsWithFindings: z.array(z.enum(LEVELS)),
  /** Sentences naming a level or a spinal structure that yielded no finding. */
  unreadSentences: z.array(z.strictObject({ span: SpanSchema, text: z.string() })),
});
export type Coverage = z.infer<typeof CoverageSchema>;

/** The whole result of parsing one report. */
export const ParseReportResultSchema = z.strictObject({
  findings: z.array(ReportFindingSchema),
  vertebrae: z.array(VertebralFindingSchema),
  notes: z.array(ReportNoteSchema),
  coverage: CoverageSchema,
});
export type ParseReportResult = z.infer<typeof ParseReportResultSchema>;

/** Options of `parseReport`; all optional. */
export const ParseReportOptionsSchema = z.strictObject({
  /** Keep findings stated in CLINICAL HISTORY / INDICATION sections (default false: history is not a finding). */
  includeHistory: z.boolean().optional(),
  /** Merge repeated statements across FINDINGS and IMPRESSION (default true). */
  dedupe: z.boolean().optional(),
});
export type ParseReportOptions = z.infer<typeof ParseReportOptionsSchema>;
