/**
 * Meyerding grade of spondylolisthesis (I–V): the forward slip as a share of the width of the vertebra
 * below, by quarters, with V beyond 100 % (spondyloptosis).
 */
import * as z from 'zod';
import { addFieldIssue, parseInput } from '../errors.js';
import {
  PERCENT_DECIMALS,
  boundedNumber,
  formatNumber,
  resultFrom,
  roundTo,
  rowOf,
} from './result.js';
import type { GradeResultBase, GradeRow } from './result.js';
import { withFields } from '../objects.js';

export const MEYERDING_GRADES = ['none', 'I', 'II', 'III', 'IV', 'V'] as const;
export type MeyerdingGrade = (typeof MEYERDING_GRADES)[number];

/** Highest slip accepted, in percent: a complete slip off the vertebra below is about 100–150 %. */
export const MEYERDING_MAX_SLIP_PERCENT = 200;

/** Input of the `meyerding` system: `{ slipPercent }`, or `{ slipMm, vertebralWidthMm }`. */
export const MeyerdingInputSchema = z
  .strictObject({
    slipPercent: boundedNumber(0, MEYERDING_MAX_SLIP_PERCENT, '%')
      .optional()
      .describe('slip as a percentage of the width of the vertebra below'),
    slipMm: boundedNumber(0, 200, 'mm').optional().describe('slip distance'),
    vertebralWidthMm: boundedNumber(0, 100, 'mm', { aboveMin: true })
      .optional()
      .describe('antero-posterior width of the upper endplate of the vertebra below'),
  })
  .superRefine((v, ctx) => {
    const mm = v.slipMm !== undefined || v.vertebralWidthMm !== undefined;
    if (v.slipPercent !== undefined && mm) {
      addFieldIssue(
        ctx,
        v.slipMm !== undefined ? 'slipMm' : 'vertebralWidthMm',
        'give either slipPercent or slipMm with vertebralWidthMm, not both',
      );
    } else if (v.slipPercent === undefined && !mm) {
      addFieldIssue(ctx, 'slipPercent', 'is required (or give slipMm with vertebralWidthMm)');
    } else if (mm && v.slipMm === undefined) {
      addFieldIssue(ctx, 'slipMm', 'is required with vertebralWidthMm');
    } else if (mm && v.vertebralWidthMm === undefined) {
      addFieldIssue(ctx, 'vertebralWidthMm', 'is required with slipMm');
    } else if (
      v.slipMm !== undefined &&
      v.vertebralWidthMm !== undefined &&
      (v.slipMm / v.vertebralWidthMm) * 100 > MEYERDING_MAX_SLIP_PERCENT
    ) {
      addFieldIssue(
        ctx,
        'slipMm',
        `gives a slip above ${MEYERDING_MAX_SLIP_PERCENT} % of vertebralWidthMm; check the measurements`,
      );
    }
  });
export type MeyerdingInput = z.input<typeof MeyerdingInputSchema>;

// The severity mapping is Foramen's: a slip grade measures displacement, not narrowing. Grade III and
// above is the usual "high-grade" slip, hence moderate-severe and up.
export const MEYERDING_TABLE: readonly GradeRow<MeyerdingGrade>[] = [
  {
    grade: 'none',
    label: 'no slip',
    severity: 'none',
    severityBasis: 'heuristic',
    criterion: 'no slip (0 %)',
    sources: ['meyerding-1932', 'chiro-2020'],
  },
  {
    grade: 'I',
    label: 'grade I slip',
    severity: 'mild',
    severityBasis: 'heuristic',
    criterion: 'slip above 0 % up to 25 % of the vertebral width',
    sources: ['meyerding-1932', 'chiro-2020'],
  },
  {
    grade: 'II',
    label: 'grade II slip',
    severity: 'moderate',
    severityBasis: 'heuristic',
    criterion: 'slip above 25 % up to 50 %',
    sources: ['meyerding-1932', 'chiro-2020'],
  },
  {
    grade: 'III',
    label: 'grade III slip',
    severity: 'moderate-severe',
    severityBasis: 'heuristic',
    criterion: 'slip above 50 % up to 75 %',
    sources: ['meyerding-1932', 'chiro-2020'],
  },
  {
    grade: 'IV',
    label: 'grade IV slip',
    severity: 'severe',
    severityBasis: 'heuristic',
    criterion: 'slip above 75 % up to 100 %',
    sources: ['meyerding-1932', 'chiro-2020'],
  },
  {
    grade: 'V',
    label: 'spondyloptosis',
    severity: 'severe',
    severityBasis: 'heuristic',
    criterion: 'slip above 100 %: the vertebra has slipped off the one below',
    sources: ['meyerding-1932'],
  },
];

/**
 * The Meyerding grade of a slip percentage (upper edges inclusive: 25 % is I, 25.01 % is II).
 * @param slipPercent - slip as a percentage of the vertebral width
 */
export function meyerdingGradeOf(slipPercent: number): MeyerdingGrade {
  if (slipPercent <= 0) return 'none';
  if (slipPercent <= 25) return 'I';
  if (slipPercent <= 50) return 'II';
  if (slipPercent <= 75) return 'III';
  if (slipPercent <= 100) return 'IV';
  return 'V';
}

/** A Meyerding result with the slip used; `ordinal` is 0 (no slip) to 5. */
export type MeyerdingResult = GradeResultBase<'meyerding', MeyerdingGrade> & {
  readonly slipPercent: number;
  readonly ordinal: number;
};

/**
 * Grades spondylolisthesis by Meyerding from a slip percentage, or from slip and vertebral width in mm.
 * @param input - `{ slipPercent }` or `{ slipMm, vertebralWidthMm }`
 * @returns the grade, the slip percentage and the criteria
 */
export function gradeMeyerding(input: MeyerdingInput): MeyerdingResult {
  const v = parseInput(MeyerdingInputSchema, input);
  const criteria: string[] = [];
  let slip: number;
  if (v.slipMm !== undefined && v.vertebralWidthMm !== undefined) {
    slip = roundTo((v.slipMm / v.vertebralWidthMm) * 100, PERCENT_DECIMALS);
    criteria.push(
      `A slip of ${formatNumber(v.slipMm)} mm over a vertebral width of ${formatNumber(v.vertebralWidthMm)} mm is ${formatNumber(slip)} %.`,
    );
  } else {
    slip = v.slipPercent ?? 0; // the schema guarantees one of the two forms
    criteria.push(`Slip of ${formatNumber(slip)} % of the width of the vertebra below.`);
  }
  const grade = meyerdingGradeOf(slip);
  const row = rowOf(MEYERDING_TABLE, grade);
  criteria.push(
    `Grade ${grade === 'none' ? 'none' : grade}: ${row.criterion} (I up to 25 %, II up to 50 %, III up to 75 %, IV up to 100 %, V beyond).`,
  );
  return withFields(
    resultFrom('meyerding', row, {
      branch: grade === 'none' ? 'no-slip' : `grade-${grade.toLowerCase()}`,
      criteria,
    }),
    {
      slipPercent: slip,
      ordinal: MEYERDING_GRADES.indexOf(grade),
    },
  );
}
