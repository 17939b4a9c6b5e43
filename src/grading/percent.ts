/**
 * Foraminal narrowing graded by percentage reduction of a size (area, height or width) against its
 * normal value, in the bands of the Foramen contract: none, mild < 25 %, moderate 25–50 %, severe > 50 %.
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

export const PERCENT_BANDS = ['none', 'mild', 'moderate', 'severe'] as const;
export type PercentBand = (typeof PERCENT_BANDS)[number];

/** Input of the `percent` system: a percentage, or a normal and a measured size of the same kind. */
export const PercentInputSchema = z
  .strictObject({
    reductionPercent: boundedNumber(0, 100, '%')
      .optional()
      .describe('reduction of the foraminal size against normal, in percent'),
    normalAreaMm2: boundedNumber(0, 1000, 'mm²', { aboveMin: true })
      .optional()
      .describe('expected (normal or reference) foraminal area'),
    measuredAreaMm2: boundedNumber(0, 1000, 'mm²').optional().describe('measured foraminal area'),
    normalMm: boundedNumber(0, 100, 'mm', { aboveMin: true })
      .optional()
      .describe('expected foraminal height or width'),
    measuredMm: boundedNumber(0, 100, 'mm')
      .optional()
      .describe('measured foraminal height or width'),
    dimension: z
      .enum(['height', 'width'])
      .optional()
      .describe('which linear size normalMm and measuredMm describe'),
  })
  .superRefine((v, ctx) => {
    const forms = [
      v.reductionPercent !== undefined ? 'reductionPercent' : null,
      v.normalAreaMm2 !== undefined || v.measuredAreaMm2 !== undefined ? 'normalAreaMm2' : null,
      v.normalMm !== undefined || v.measuredMm !== undefined ? 'normalMm' : null,
    ].filter((f) => f !== null);
    const second = forms[1];
    if (second) {
      addFieldIssue(
        ctx,
        second,
        `give one of reductionPercent, normalAreaMm2 with measuredAreaMm2, or normalMm with measuredMm, not ${forms.join(' and ')}`,
      );
      return;
    }
    if (forms.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['reductionPercent'],
        message:
          'is required (or give normalAreaMm2 with measuredAreaMm2, or normalMm with measuredMm)',
      });
      return;
    }
    const pairs = [
      ['normalAreaMm2', 'measuredAreaMm2', 'mm²'],
      ['normalMm', 'measuredMm', 'mm'],
    ] as const;
    for (const [normalKey, measuredKey, unit] of pairs) {
      const normal = v[normalKey];
      const measured = v[measuredKey];
      if (normal === undefined && measured === undefined) continue;
      if (normal === undefined) {
        addFieldIssue(ctx, normalKey, `is required with ${measuredKey}`);
      } else if (measured === undefined) {
        addFieldIssue(ctx, measuredKey, `is required with ${normalKey}`);
      }
      // A measured size above normal is no narrowing; refusing it also catches swapped fields.
      else if (measured > normal) {
        addFieldIssue(
          ctx,
          measuredKey,
          `must be at most ${normalKey} (${normal} ${unit}); a larger size is not a reduction`,
        );
      }
    }
    if (v.dimension !== undefined && v.normalMm === undefined) {
      addFieldIssue(ctx, 'dimension', 'applies only with normalMm and measuredMm');
    }
  });
export type PercentInput = z.input<typeof PercentInputSchema>;

// The band names are the common-scale words. The bands themselves are the contract's, taken from a
// seed article that names no validated source: there is no validated percentage scale for the foramen.
export const PERCENT_TABLE: readonly GradeRow<PercentBand>[] = [
  {
    grade: 'none',
    label: 'none',
    severity: 'none',
    severityBasis: 'scale-label',
    criterion: 'no reduction (exactly 0 %)',
    sources: ['grading-foramen-percent-bands'],
  },
  {
    grade: 'mild',
    label: 'mild',
    severity: 'mild',
    severityBasis: 'scale-label',
    criterion: 'reduction above 0 % and below 25 %',
    sources: ['grading-foramen-percent-bands'],
  },
  {
    grade: 'moderate',
    label: 'moderate',
    severity: 'moderate',
    severityBasis: 'scale-label',
    criterion: 'reduction from 25 % to 50 %, both edges included',
    sources: ['grading-foramen-percent-bands'],
  },
  {
    grade: 'severe',
    label: 'severe',
    severity: 'severe',
    severityBasis: 'scale-label',
    criterion: 'reduction above 50 %',
    sources: ['grading-foramen-percent-bands'],
  },
];

/**
 * The contract band of a reduction: 0 → none, above 0 and below 25 → mild, 25 to 50 inclusive →
 * moderate, above 50 → severe.
 * @param reductionPercent - 0 to 100
 */
export function percentBand(reductionPercent: number): PercentBand {
  if (reductionPercent <= 0) return 'none';
  if (reductionPercent < 25) return 'mild';
  if (reductionPercent <= 50) return 'moderate';
  return 'severe';
}

/**
 * The alternative thirds (Lurie; Nomenclature 2.0 for the central canal): above 0 up to one third
 * mild, up to two thirds moderate, beyond severe. Reported beside the contract band, never instead of it.
 * @param reductionPercent - 0 to 100
 */
export function thirdsBand(reductionPercent: number): PercentBand {
  if (reductionPercent <= 0) return 'none';
  if (reductionPercent <= 100 / 3) return 'mild';
  if (reductionPercent <= 200 / 3) return 'moderate';
  return 'severe';
}

/** A percentage result, with the reduction used and the band the thirds scheme would give. */
export type PercentResult = GradeResultBase<'percent', PercentBand> & {
  readonly reductionPercent: number;
  readonly alternative: { readonly scheme: 'lurie-thirds'; readonly band: PercentBand };
};

/**
 * Grades foraminal narrowing by percentage reduction in the contract bands; from sizes the reduction
 * is (1 − measured / normal) × 100.
 * @param input - `reductionPercent`, or `normalAreaMm2` + `measuredAreaMm2`, or `normalMm` + `measuredMm`
 * @returns the band, the reduction and the criteria
 */
export function gradePercent(input: PercentInput): PercentResult {
  const v = parseInput(PercentInputSchema, input);
  const criteria: string[] = [];
  let reduction: number;
  if (v.normalAreaMm2 !== undefined && v.measuredAreaMm2 !== undefined) {
    reduction = roundTo((1 - v.measuredAreaMm2 / v.normalAreaMm2) * 100, PERCENT_DECIMALS);
    criteria.push(
      `Foraminal area ${formatNumber(v.measuredAreaMm2)} mm² against a normal ${formatNumber(v.normalAreaMm2)} mm²: a reduction of ${formatNumber(reduction)} %.`,
    );
  } else if (v.normalMm !== undefined && v.measuredMm !== undefined) {
    reduction = roundTo((1 - v.measuredMm / v.normalMm) * 100, PERCENT_DECIMALS);
    criteria.push(
      `Foraminal ${v.dimension ?? 'height or width'} ${formatNumber(v.measuredMm)} mm against a normal ${formatNumber(v.normalMm)} mm: a reduction of ${formatNumber(reduction)} %.`,
    );
  } else {
    reduction = v.reductionPercent ?? 0; // the schema guarantees one of the three forms
    criteria.push(`Reduction of the foraminal size: ${formatNumber(reduction)} %.`);
  }
  const band = percentBand(reduction);
  const row = rowOf(PERCENT_TABLE, band);
  const alternative = thirdsBand(reduction);
  criteria.push(
    `Band ${band}: ${row.criterion} (bands: none 0 %, mild above 0 and below 25 %, moderate 25–50 % inclusive, severe above 50 %).`,
  );
  criteria.push(
    `These bands are not a validated foraminal scale. The canal-compromise thirds (Lurie; Nomenclature 2.0: mild up to one third, moderate up to two thirds, severe beyond) would call this ${alternative}.`,
  );
  return withFields(
    resultFrom('percent', row, {
      branch: `band-${band}`,
      criteria,
      sources: ['radiopaedia-lss-grading'],
    }),
    {
      reductionPercent: reduction,
      alternative: { scheme: 'lurie-thirds', band: alternative },
    },
  );
}
