/**
 * Minimal clinically important change: is the difference between two scores of one patient large
 * enough to matter? Thresholds from the Ostelo 2008 consensus (absolute points, or 30 % of baseline)
 * and, for the ZCQ, about 0.5 points per subscale (unverified, said so in the result).
 */
import * as z from 'zod';
import { addFieldIssue, parseInput } from '../errors.js';
import { formatScore } from './result.js';
import type { CitationId } from '../kb/index.js';

/** Measures with a published minimal important change; on every one of them lower is better. */
export const CHANGE_MEASURES = [
  'odi',
  'nrs',
  'vas',
  'rmdq',
  'zcq-symptom-severity',
  'zcq-physical-function',
] as const;
export type ChangeMeasure = (typeof CHANGE_MEASURES)[number];

/** How the absolute and relative thresholds combine for an improvement. */
export const CHANGE_CRITERIA = ['either', 'absolute', 'relative', 'both'] as const;
export type ChangeCriterion = (typeof CHANGE_CRITERIA)[number];

/** One row per measure: its range, its absolute and relative thresholds and their sources. */
export interface McidRow {
  readonly measure: ChangeMeasure;
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Points of improvement that count as important. */
  readonly absolute: number;
  /** Percent improvement from baseline that counts as important; null when none is published. */
  readonly relativePercent: number | null;
  readonly verified: boolean;
  readonly sources: readonly CitationId[];
}

export const MCID_TABLE: Readonly<Record<ChangeMeasure, McidRow>> = {
  odi: {
    measure: 'odi',
    name: 'Oswestry Disability Index (%)',
    min: 0,
    max: 100,
    absolute: 10,
    relativePercent: 30,
    verified: true,
    sources: ['pro-ostelo-2008', 'pro-nordsten-2024'],
  },
  nrs: {
    measure: 'nrs',
    name: 'pain NRS (0–10)',
    min: 0,
    max: 10,
    absolute: 2,
    relativePercent: 30,
    verified: true,
    sources: ['pro-ostelo-2008'],
  },
  vas: {
    measure: 'vas',
    name: 'pain VAS (0–100)',
    min: 0,
    max: 100,
    absolute: 15,
    relativePercent: 30,
    verified: true,
    sources: ['pro-ostelo-2008'],
  },
  rmdq: {
    measure: 'rmdq',
    name: 'Roland-Morris (0–24)',
    min: 0,
    max: 24,
    absolute: 5,
    relativePercent: 30,
    verified: true,
    sources: ['pro-ostelo-2008'],
  },
  'zcq-symptom-severity': {
    measure: 'zcq-symptom-severity',
    name: 'ZCQ symptom severity (1–5)',
    min: 1,
    max: 5,
    absolute: 0.5,
    relativePercent: null,
    verified: false,
    sources: ['pro-stucki-1996'],
  },
  'zcq-physical-function': {
    measure: 'zcq-physical-function',
    name: 'ZCQ physical function (1–4)',
    min: 1,
    max: 4,
    absolute: 0.5,
    relativePercent: null,
    verified: false,
    sources: ['pro-stucki-1996'],
  },
};

/** Input of `classifyChange`: a baseline and a follow-up score on one measure. */
export const ChangeInputSchema = z
  .strictObject({
    measure: z.enum(CHANGE_MEASURES),
    baseline: z.number(),
    followUp: z.number(),
    criterion: z
      .enum(CHANGE_CRITERIA)
      .optional()
      .describe('either (default): absolute or relative threshold met'),
  })
  .superRefine((v, ctx) => {
    const row = MCID_TABLE[v.measure];
    for (const field of ['baseline', 'followUp'] as const) {
      if (v[field] < row.min || v[field] > row.max) {
        addFieldIssue(ctx, field, `must be from ${row.min} to ${row.max} for ${v.measure}`);
      }
    }
  });
export type ChangeInput = z.input<typeof ChangeInputSchema>;

export const CHANGE_DIRECTIONS = ['improved', 'unchanged', 'worsened'] as const;
export type ChangeDirection = (typeof CHANGE_DIRECTIONS)[number];

/** Whether a change between two scores is clinically important, and why. */
export interface ChangeResult {
  readonly measure: ChangeMeasure;
  readonly baseline: number;
  readonly followUp: number;
  /** Follow-up minus baseline (negative is better). */
  readonly change: number;
  /** Improvement as a percentage of baseline; null when the baseline is 0. */
  readonly percentImprovement: number | null;
  readonly direction: ChangeDirection;
  readonly importantImprovement: boolean;
  /** Worse by at least the absolute threshold (Foramen applies the improvement threshold to worsening). */
  readonly importantWorsening: boolean;
  /** True when either of the two above holds. */
  readonly clinicallyImportant: boolean;
  readonly threshold: { readonly absolute: number; readonly relativePercent: number | null };
  readonly criterion: ChangeCriterion;
  readonly criteria: string[];
  readonly sources: CitationId[];
  readonly warnings: string[];
}

// Scores such as 16/45 × 100 carry rounding noise; a change within this of a threshold meets it.
const EPSILON = 1e-9;

/**
 * Decides whether the change from `baseline` to `followUp` is a clinically important improvement or
 * worsening on the given measure.
 * {@link https://doi.org/10.1097/BRS.0b013e31815e3a10 | Ostelo et al. 2008}
 * @param input - measure, baseline, follow-up and how to combine the thresholds (default `either`)
 * @returns the change, its direction and whether it is important
 */
export function classifyChange(input: ChangeInput): ChangeResult {
  const v = parseInput(ChangeInputSchema, input);
  const row = MCID_TABLE[v.measure];
  const criterion = v.criterion ?? 'either';
  const improvement = v.baseline - v.followUp;
  const percentImprovement = v.baseline === 0 ? null : (improvement / v.baseline) * 100;
  const meetsAbsolute = improvement >= row.absolute - EPSILON;
  const meetsRelative =
    row.relativePercent !== null &&
    percentImprovement !== null &&
    improvement > 0 &&
    percentImprovement >= row.relativePercent - EPSILON;
  let importantImprovement: boolean;
  switch (criterion) {
    case 'either':
      importantImprovement = meetsAbsolute || meetsRelative;
      break;
    case 'absolute':
      importantImprovement = meetsAbsolute;
      break;
    case 'relative':
      // Without a published relative threshold, the absolute one stands in.
      importantImprovement = row.relativePercent === null ? meetsAbsolute : meetsRelative;
      break;
    case 'both':
      importantImprovement = meetsAbsolute && (row.relativePercent === null || meetsRelative);
      break;
  }
  const importantWorsening = -improvement >= row.absolute - EPSILON;
  const direction: ChangeDirection =
    Math.abs(improvement) < EPSILON ? 'unchanged' : improvement > 0 ? 'improved' : 'worsened';
  const relativeText =
    row.relativePercent === null ? '' : ` or ${row.relativePercent} % of baseline`;
  const criteria = [
    `${row.name}: ${formatScore(v.baseline)} → ${formatScore(v.followUp)}, ${direction}${percentImprovement === null ? '' : ` (${formatScore(Math.abs(percentImprovement))} % of baseline)`}.`,
    `Minimal important change: ${formatScore(row.absolute)} points${relativeText} (criterion: ${criterion}).`,
    importantImprovement
      ? 'The improvement is clinically important.'
      : importantWorsening
        ? `The worsening reaches ${formatScore(row.absolute)} points: clinically important (Foramen applies the improvement threshold to worsening).`
        : 'The change is below the clinically important threshold.',
  ];
  return {
    measure: v.measure,
    baseline: v.baseline,
    followUp: v.followUp,
    change: v.followUp - v.baseline,
    percentImprovement,
    direction,
    importantImprovement,
    importantWorsening,
    clinicallyImportant: importantImprovement || importantWorsening,
    threshold: { absolute: row.absolute, relativePercent: row.relativePercent },
    criterion,
    criteria,
    sources: [...row.sources],
    warnings: row.verified
      ? []
      : [
          `The ${row.name} threshold of ${formatScore(row.absolute)} points is quoted in the literature but was not checked against the original paper.`,
        ],
  };
}

/**
 * True when the change from baseline to follow-up is a clinically important improvement (default
 * criterion: absolute or relative threshold met).
 * @param measure - the measure, e.g. `odi`
 * @param baseline - the earlier score
 * @param followUp - the later score
 */
export const isImportantImprovement = (
  measure: ChangeMeasure,
  baseline: number,
  followUp: number,
): boolean => classifyChange({ measure, baseline, followUp }).importantImprovement;
