/**
 * Wildermuth et al. 1998 grade of lumbar foraminal stenosis, from the epidural fat around the root.
 */
import * as z from 'zod';
import { parseInput } from '../errors.js';
import { resultFrom, rowOf } from './result.js';
import type { GradeResultBase, GradeRow } from './result.js';

/** The four fat patterns, least to most obliterated (CONTRACTS.md `epiduralFat`). */
export const EPIDURAL_FAT_PATTERNS = [
  'normal',
  'deformed-encircling',
  'partial',
  'obliterated',
] as const;
export type EpiduralFatPattern = (typeof EPIDURAL_FAT_PATTERNS)[number];

/** Input of the `wildermuth` system. */
export const WildermuthInputSchema = z.strictObject({
  epiduralFat: z
    .enum(EPIDURAL_FAT_PATTERNS)
    .describe('epidural fat around the root in the foramen'),
});
export type WildermuthInput = z.input<typeof WildermuthInputSchema>;

export const WILDERMUTH_GRADES = [0, 1, 2, 3] as const;
export type WildermuthGrade = (typeof WILDERMUTH_GRADES)[number];

// Wildermuth's words (normal, slight, marked, advanced) are not the common-scale words, so the
// severity mapping is Foramen's: one step per grade.
export const WILDERMUTH_TABLE: readonly GradeRow<WildermuthGrade>[] = [
  {
    grade: 0,
    label: 'normal',
    severity: 'none',
    severityBasis: 'heuristic',
    criterion:
      'normal foramen: the fat keeps its normal oval or inverted-pear shape around the root',
    sources: ['wildermuth-1998', 'park-2012'],
  },
  {
    grade: 1,
    label: 'slight',
    severity: 'mild',
    severityBasis: 'heuristic',
    criterion: 'the fat is deformed but still surrounds the root completely',
    sources: ['wildermuth-1998', 'park-2012'],
  },
  {
    grade: 2,
    label: 'marked',
    severity: 'moderate',
    severityBasis: 'heuristic',
    criterion: 'the fat surrounds the root only in part',
    sources: ['wildermuth-1998', 'park-2012'],
  },
  {
    grade: 3,
    label: 'advanced',
    severity: 'severe',
    severityBasis: 'heuristic',
    criterion: 'the fat around the root is obliterated',
    sources: ['wildermuth-1998', 'park-2012'],
  },
];

const GRADE_OF: Readonly<Record<EpiduralFatPattern, WildermuthGrade>> = {
  normal: 0,
  'deformed-encircling': 1,
  partial: 2,
  obliterated: 3,
};

/** A Wildermuth result. */
export type WildermuthResult = GradeResultBase<'wildermuth', WildermuthGrade>;

/**
 * Grades foraminal stenosis by Wildermuth 1998: 0 normal fat, 1 deformed but encircling, 2 partly
 * obliterated, 3 obliterated.
 * @param input - the epidural fat pattern
 * @returns the grade with its criterion
 */
export function gradeWildermuth(input: WildermuthInput): WildermuthResult {
  const { epiduralFat } = parseInput(WildermuthInputSchema, input);
  const row = rowOf(WILDERMUTH_TABLE, GRADE_OF[epiduralFat]);
  return resultFrom('wildermuth', row, {
    branch: `fat-${epiduralFat}`,
    criteria: [
      `Epidural fat "${epiduralFat}": ${row.criterion} (grade ${row.grade}, ${row.label}).`,
    ],
  });
}
