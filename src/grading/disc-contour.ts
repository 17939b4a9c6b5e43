/**
 * Disc contour by Lumbar Disc Nomenclature 2.0 (Fardon 2014): bulge, protrusion, extrusion or
 * sequestration, from how much of the circumference is displaced, the base and dome widths of a
 * herniation, and its continuity with the disc.
 */
import * as z from 'zod';
import { parseInput } from '../errors.js';
import { boundedNumber, formatNumber, resultFrom, rowOf } from './result.js';
import type { GradeResultBase, GradeRow } from './result.js';

export const DISC_CONTOURS = [
  'normal',
  'bulge',
  'protrusion',
  'extrusion',
  'sequestration',
] as const;
export type DiscContour = (typeof DISC_CONTOURS)[number];

/** Share of the circumference (%) above which displaced tissue is a bulge, not a herniation (90°). */
export const BULGE_CIRCUMFERENCE_PERCENT = 25;

/** Input of the `disc-contour` system. */
export const DiscContourInputSchema = z
  .strictObject({
    circumferencePercent: boundedNumber(0, 100, '%').describe(
      'share of the disc circumference over which disc tissue lies beyond the ring apophyses (0 = none)',
    ),
    baseWidthMm: boundedNumber(0, 100, 'mm', { aboveMin: true })
      .optional()
      .describe('width of the herniation at its base, where it leaves the disc space'),
    domeWidthMm: boundedNumber(0, 100, 'mm', { aboveMin: true })
      .optional()
      .describe('greatest width of the displaced material beyond the disc space, in any plane'),
    continuity: z
      .boolean()
      .optional()
      .describe('the displaced material still joins the parent disc (default true)'),
  })
  .superRefine((v, ctx) => {
    const herniation =
      v.continuity !== false &&
      v.circumferencePercent > 0 &&
      v.circumferencePercent <= BULGE_CIRCUMFERENCE_PERCENT;
    if (!herniation) return;
    const needs = `is required when circumferencePercent is ${BULGE_CIRCUMFERENCE_PERCENT} or less (a herniation: protrusion or extrusion by base versus dome width)`;
    if (v.baseWidthMm === undefined) {
      ctx.addIssue({ code: 'custom', path: ['baseWidthMm'], message: needs });
    } else if (v.domeWidthMm === undefined) {
      ctx.addIssue({ code: 'custom', path: ['domeWidthMm'], message: needs });
    }
  });
export type DiscContourInput = z.input<typeof DiscContourInputSchema>;

// A contour names the shape of displaced disc, not how much it narrows the canal or presses on a root,
// so no contour alone reaches "severe"; grade the stenosis with its own system. Mapping is Foramen's.
export const DISC_CONTOUR_TABLE: readonly GradeRow<DiscContour>[] = [
  {
    grade: 'normal',
    label: 'normal contour',
    severity: 'none',
    severityBasis: 'heuristic',
    criterion: 'no disc tissue beyond the disc space',
    sources: ['fardon-2014'],
  },
  {
    grade: 'bulge',
    label: 'bulge',
    severity: 'mild',
    severityBasis: 'heuristic',
    criterion:
      'disc tissue beyond the ring apophyses over more than 25 % (90°) of the circumference; not a herniation',
    sources: ['fardon-2014'],
  },
  {
    grade: 'protrusion',
    label: 'protrusion',
    severity: 'mild-moderate',
    severityBasis: 'heuristic',
    criterion:
      'localized herniation (25 % of the circumference or less) narrower in every plane than its base',
    sources: ['fardon-2014'],
  },
  {
    grade: 'extrusion',
    label: 'extrusion',
    severity: 'moderate',
    severityBasis: 'heuristic',
    criterion: 'localized herniation wider, in at least one plane, than its base',
    sources: ['fardon-2014'],
  },
  {
    grade: 'sequestration',
    label: 'sequestration',
    severity: 'moderate-severe',
    severityBasis: 'heuristic',
    criterion:
      'extruded material that has lost all continuity with the parent disc (a free fragment)',
    sources: ['fardon-2014'],
  },
];

/** A disc contour result. */
export type DiscContourResult = GradeResultBase<'disc-contour', DiscContour>;

/**
 * Names the disc contour by Nomenclature 2.0: lost continuity → sequestration; none displaced →
 * normal; over 25 % of the circumference → bulge; otherwise dome wider than base → extrusion, else protrusion.
 * @param input - circumference share, base and dome widths, continuity
 * @returns the contour and the criteria that decided it
 */
export function gradeDiscContour(input: DiscContourInput): DiscContourResult {
  const v = parseInput(DiscContourInputSchema, input);
  const pct = v.circumferencePercent;
  const warnings: string[] = [];
  const widthsGiven = v.baseWidthMm !== undefined || v.domeWidthMm !== undefined;
  let contour: DiscContour;
  let branch: string;
  const criteria: string[] = [];

  if (v.continuity === false) {
    contour = 'sequestration';
    branch = 'no-continuity';
    criteria.push(
      'The displaced material has no continuity with the parent disc: a sequestrated (free) fragment, a form of extrusion.',
    );
  } else if (pct === 0) {
    contour = 'normal';
    branch = 'no-displacement';
    criteria.push('No disc tissue lies beyond the disc space.');
    if (widthsGiven) {
      warnings.push(
        'Base and dome widths were given with no displaced tissue; they were not used.',
      );
    }
  } else if (pct > BULGE_CIRCUMFERENCE_PERCENT) {
    contour = 'bulge';
    branch = 'circumference-over-25';
    criteria.push(
      `Disc tissue lies beyond the disc space over ${formatNumber(pct)} % of the circumference, more than 25 % (90°): a bulge, which is not a herniation.`,
    );
    if (widthsGiven) {
      warnings.push(
        'Base and dome widths describe a herniation (25 % of the circumference or less); they were not used for a bulge. Grade a herniation on top of a bulge separately.',
      );
    }
  } else {
    const base = v.baseWidthMm ?? 0; // the schema requires both widths here
    const dome = v.domeWidthMm ?? 0;
    criteria.push(
      `Displaced tissue over ${formatNumber(pct)} % of the circumference (25 % or less): a localized herniation.`,
    );
    if (pct === BULGE_CIRCUMFERENCE_PERCENT) {
      warnings.push(
        'Exactly 25 % lies on the boundary: Nomenclature 2.0 calls a bulge more than 25 % and a herniation less than 25 %; Foramen treats 25 % as a herniation.',
      );
    }
    if (dome > base) {
      contour = 'extrusion';
      branch = 'dome-wider-than-base';
      criteria.push(
        `Its greatest width beyond the disc space (${formatNumber(dome)} mm) exceeds its base (${formatNumber(base)} mm): extrusion.`,
      );
    } else {
      contour = 'protrusion';
      branch = 'base-at-least-dome';
      criteria.push(
        `Its greatest width beyond the disc space (${formatNumber(dome)} mm) does not exceed its base (${formatNumber(base)} mm): protrusion.`,
      );
      if (dome === base) {
        warnings.push(
          'Dome and base are equally wide; an extrusion needs the dome to be wider, so Foramen calls it a protrusion. Check the widths in every plane.',
        );
      }
    }
  }
  criteria.push(
    'A contour describes the displaced disc, not how much it narrows the canal or foramen; grade the stenosis separately.',
  );
  return resultFrom('disc-contour', rowOf(DISC_CONTOUR_TABLE, contour), {
    branch,
    criteria,
    warnings,
  });
}
