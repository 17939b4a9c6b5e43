/**
 * Hasegawa et al. 1995 critical heights: a foraminal height of 15 mm or less, or a posterior disc height
 * of 4 mm or less, went with root compression in a cadaver study. An anatomical risk marker, not a diagnosis.
 */
import * as z from 'zod';
import { parseInput } from '../errors.js';
import { boundedNumber, formatNumber, resultFrom, rowOf } from './result.js';
import type { GradeResultBase, GradeRow } from './result.js';
import { withFields } from '../objects.js';

/** Critical thresholds, both inclusive (mm). */
export const HASEGAWA_THRESHOLDS = { foraminalHeightMm: 15, posteriorDiscHeightMm: 4 } as const;

/** Input of the `hasegawa` system (CONTRACTS.md); both heights are needed to call a foramen not critical. */
export const HasegawaInputSchema = z.strictObject({
  foraminalHeightMm: boundedNumber(0, 50, 'mm').describe('foraminal height on sagittal MRI'),
  posteriorDiscHeightMm: boundedNumber(0, 30, 'mm').describe(
    'posterior disc height at the foramen',
  ),
});
export type HasegawaInput = z.input<typeof HasegawaInputSchema>;

export const HASEGAWA_GRADES = ['not-critical', 'critical'] as const;
export type HasegawaGrade = (typeof HASEGAWA_GRADES)[number];

// Critical maps to moderate, not severe: the heights predict compression in a cadaver series, and a
// compressed root need not cause symptoms (the authors' own caution).
export const HASEGAWA_TABLE: readonly GradeRow<HasegawaGrade>[] = [
  {
    grade: 'not-critical',
    label: 'above the critical heights',
    severity: 'none',
    severityBasis: 'heuristic',
    criterion: 'foraminal height above 15 mm and posterior disc height above 4 mm',
    sources: ['hasegawa-1995'],
  },
  {
    grade: 'critical',
    label: 'critical height',
    severity: 'moderate',
    severityBasis: 'heuristic',
    criterion: 'foraminal height 15 mm or less, or posterior disc height 4 mm or less',
    sources: ['hasegawa-1995'],
  },
];

/** A Hasegawa result; `critical` repeats the grade as a boolean for scripts. */
export type HasegawaResult = GradeResultBase<'hasegawa', HasegawaGrade> & {
  readonly critical: boolean;
  readonly criticalMeasures: ('foraminalHeightMm' | 'posteriorDiscHeightMm')[];
};

/**
 * Flags a foramen whose heights reach Hasegawa's critical values (≤ 15 mm foraminal height or ≤ 4 mm
 * posterior disc height).
 * @param input - the two heights in mm
 * @returns `critical` or `not-critical`, with the measures that decided it
 */
export function gradeHasegawa(input: HasegawaInput): HasegawaResult {
  const v = parseInput(HasegawaInputSchema, input);
  const foraminal = v.foraminalHeightMm <= HASEGAWA_THRESHOLDS.foraminalHeightMm;
  const disc = v.posteriorDiscHeightMm <= HASEGAWA_THRESHOLDS.posteriorDiscHeightMm;
  const criticalMeasures = [
    ...(foraminal ? (['foraminalHeightMm'] as const) : []),
    ...(disc ? (['posteriorDiscHeightMm'] as const) : []),
  ];
  const critical = criticalMeasures.length > 0;
  const criteria = [
    `Foraminal height ${formatNumber(v.foraminalHeightMm)} mm: ${foraminal ? 'at or below' : 'above'} the critical 15 mm (4 of 5 such foramina had a compressed root).`,
    `Posterior disc height ${formatNumber(v.posteriorDiscHeightMm)} mm: ${disc ? 'at or below' : 'above'} the critical 4 mm (8 of 10 such foramina had a compressed root).`,
    'An anatomical risk marker from a cadaver study, not a diagnosis: whether a root causes symptoms is a clinical question.',
  ];
  const row = rowOf(HASEGAWA_TABLE, critical ? 'critical' : 'not-critical');
  return withFields(
    resultFrom('hasegawa', row, {
      branch:
        foraminal && disc
          ? 'critical-both-heights'
          : foraminal
            ? 'critical-foraminal-height'
            : disc
              ? 'critical-disc-height'
              : 'above-critical-heights',
      criteria,
    }),
    {
      critical,
      criticalMeasures,
    },
  );
}
