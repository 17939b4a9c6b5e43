/**
 * Lee et al. 2010 grade of lumbar foraminal stenosis, from perineural fat obliteration around the
 * exiting root on sagittal MRI and from the root's shape.
 */
import * as z from 'zod';
import { parseInput } from '../errors.js';
import { resultFrom, rowOf } from './result.js';
import type { GradeResultBase, GradeRow } from './result.js';
import { withFields } from '../objects.js';

/** The four directions around the exiting root, in the order people read them. */
export const LEE_DIRECTIONS = ['superior', 'inferior', 'anterior', 'posterior'] as const;
export type LeeDirection = (typeof LEE_DIRECTIONS)[number];

/** Input of the `lee` system (CONTRACTS.md). Every field is required: an unread direction is not "no". */
export const LeeInputSchema = z.strictObject({
  fatObliteration: z
    .strictObject({
      superior: z.boolean().describe('perineural fat obliterated above the exiting root'),
      inferior: z.boolean().describe('perineural fat obliterated below the exiting root'),
      anterior: z.boolean().describe('perineural fat obliterated in front of the exiting root'),
      posterior: z.boolean().describe('perineural fat obliterated behind the exiting root'),
    })
    .describe('fat obliteration around the exiting root on sagittal MRI, by direction'),
  rootMorphologyChanged: z.boolean().describe('the root has collapsed or changed shape'),
});
export type LeeInput = z.input<typeof LeeInputSchema>;

export const LEE_GRADES = [0, 1, 2, 3] as const;
export type LeeGrade = (typeof LEE_GRADES)[number];

/** Lee 2010's own grades; its labels are the common-scale words. */
export const LEE_TABLE: readonly GradeRow<LeeGrade>[] = [
  {
    grade: 0,
    label: 'none',
    severity: 'none',
    severityBasis: 'scale-label',
    criterion: 'no foraminal stenosis',
    sources: ['lee-2010'],
  },
  {
    grade: 1,
    label: 'mild',
    severity: 'mild',
    severityBasis: 'scale-label',
    criterion:
      'fat obliterated in two opposing directions (superior and inferior, or anterior and posterior), root shape unchanged',
    sources: ['lee-2010'],
  },
  {
    grade: 2,
    label: 'moderate',
    severity: 'moderate',
    severityBasis: 'scale-label',
    criterion: 'fat obliterated in all four directions, root shape unchanged',
    sources: ['lee-2010'],
  },
  {
    grade: 3,
    label: 'severe',
    severity: 'severe',
    severityBasis: 'scale-label',
    criterion: 'the exiting root has collapsed or changed shape',
    sources: ['lee-2010'],
  },
];

/** A Lee result, with the directions that were read as obliterated. */
export type LeeResult = GradeResultBase<'lee', LeeGrade> & {
  readonly obliteratedDirections: LeeDirection[];
};

/**
 * Grades foraminal stenosis by Lee 2010, in the order: root change → 3; all four directions → 2;
 * an opposing pair → 1; anything less → 0 (partial patterns flagged as outside Lee 2010).
 * @param input - fat obliteration by direction and whether the root changed shape
 * @returns the grade with the criteria that decided it
 * {@link https://doi.org/10.2214/AJR.09.2772 | Lee et al., AJR 2010}
 */
export function gradeLee(input: LeeInput): LeeResult {
  const { fatObliteration: fat, rootMorphologyChanged } = parseInput(LeeInputSchema, input);
  const obliterated = LEE_DIRECTIONS.filter((d) => fat[d]);
  const vertical = fat.superior && fat.inferior;
  const transverse = fat.anterior && fat.posterior;
  const seen = obliterated.length === 0 ? 'no direction' : obliterated.join(', ');
  const base = { obliteratedDirections: obliterated };

  if (rootMorphologyChanged) {
    const warnings =
      obliterated.length === 0
        ? [
            'A changed root was recorded with no fat obliteration; check the reading, since a root usually changes shape only where the fat is gone.',
          ]
        : [];
    return withFields(
      resultFrom('lee', rowOf(LEE_TABLE, 3), {
        branch: 'root-morphology-changed',
        criteria: [
          `The exiting root has collapsed or changed shape: grade 3 whatever the fat shows (obliterated: ${seen}).`,
        ],
        warnings,
      }),
      base,
    );
  }
  if (obliterated.length === 4) {
    return withFields(
      resultFrom('lee', rowOf(LEE_TABLE, 2), {
        branch: 'all-four-directions',
        criteria: [
          'Perineural fat is obliterated superiorly, inferiorly, anteriorly and posteriorly.',
          'The root keeps its shape, so the grade stays below 3.',
        ],
      }),
      base,
    );
  }
  if (vertical || transverse) {
    const pair = vertical
      ? 'vertical pair (superior and inferior)'
      : 'transverse pair (anterior and posterior)';
    const warnings =
      obliterated.length === 3
        ? [
            `Three directions are obliterated (${seen}). Lee 2010 defines only two opposing directions (grade 1) and all four (grade 2); Foramen grades by the opposing pair this pattern contains. The updated 3D grading (Sartoretti 2021) calls three-sided contact grade D.`,
          ]
        : [];
    return withFields(
      resultFrom('lee', rowOf(LEE_TABLE, 1), {
        branch: 'opposing-pair',
        criteria: [
          `Perineural fat is obliterated in the ${pair}.`,
          `Not all four directions are obliterated (obliterated: ${seen}) and the root keeps its shape.`,
        ],
        ...(warnings.length > 0 ? { sources: ['sartoretti-2021'] as const } : {}),
        warnings,
      }),
      base,
    );
  }
  if (obliterated.length === 0) {
    return withFields(
      resultFrom('lee', rowOf(LEE_TABLE, 0), {
        branch: 'no-obliteration',
        criteria: [
          'Perineural fat surrounds the exiting root in all four directions and the root keeps its shape: no foraminal stenosis.',
        ],
      }),
      base,
    );
  }
  // One direction, or two adjacent ones: Lee 2010 has no grade for these. Foramen's design choice is
  // grade 0 with a warning, never grade 1 (the seed article's "one direction = grade 1" is wrong).
  return withFields(
    resultFrom('lee', rowOf(LEE_TABLE, 0), {
      branch: 'partial-not-classifiable',
      criteria: [
        `Perineural fat is obliterated only ${obliterated.length === 1 ? 'in one direction' : 'in two adjacent directions'} (${seen}), with no opposing pair.`,
        'Partial obliteration is not classifiable in Lee 2010, which starts at two opposing directions; Foramen reports grade 0 by design.',
      ],
      sources: ['sartoretti-2021'],
      warnings: [
        `Partial fat obliteration (${seen}) is not classifiable in Lee 2010; grade 0 here does not mean a normal foramen. Describe the pattern in words, or use the updated 3D grading (Sartoretti 2021), where one-sided contact is grade B and two-sided contact grade C.`,
      ],
    }),
    base,
  );
}
