/**
 * Schizas et al. 2010 morphological grade of central canal stenosis (A1–A4, B, C, D) on axial T2 MRI,
 * from how cerebrospinal fluid and rootlets fill the dural sac, or from a grade already read.
 */
import * as z from 'zod';
import { addFieldIssue, parseInput } from '../errors.js';
import { resultFrom, rowOf } from './result.js';
import type { GradeResultBase, GradeRow } from './result.js';

export const SCHIZAS_GRADES = ['A1', 'A2', 'A3', 'A4', 'B', 'C', 'D'] as const;
export type SchizasGrade = (typeof SCHIZAS_GRADES)[number];

/** CSF in the dural sac: clearly visible (A), only a grainy trace between crowded rootlets (B), none (C, D). */
export const SAC_CSF = ['visible', 'grainy', 'absent'] as const;
/** Where the rootlets lie when CSF is clearly visible (the A sub-grades). */
export const ROOTLET_ARRANGEMENTS = [
  'dorsal-less-than-half',
  'dorsal-horseshoe',
  'dorsal-more-than-half',
  'central',
] as const;
type Arrangement = (typeof ROOTLET_ARRANGEMENTS)[number];

/** Input of the `schizas` system: `{ grade }`, or `{ csf, rootlets? , posteriorEpiduralFat? }`. */
export const SchizasInputSchema = z
  .strictObject({
    grade: z
      .enum(SCHIZAS_GRADES)
      .optional()
      .describe('a grade already read, to map it onto the common scale'),
    csf: z.enum(SAC_CSF).optional().describe('cerebrospinal fluid in the dural sac on axial T2'),
    rootlets: z
      .enum(ROOTLET_ARRANGEMENTS)
      .optional()
      .describe('rootlet arrangement; required when csf is "visible"'),
    posteriorEpiduralFat: z
      .boolean()
      .optional()
      .describe('epidural fat still seen behind the sac; required when csf is "absent"'),
  })
  .superRefine((v, ctx) => {
    if (v.grade !== undefined) {
      const extra = (['csf', 'rootlets', 'posteriorEpiduralFat'] as const).find(
        (k) => v[k] !== undefined,
      );
      if (extra) {
        ctx.addIssue({
          code: 'custom',
          path: [extra],
          message:
            'give either grade or the morphology (csf, rootlets, posteriorEpiduralFat), not both',
        });
      }
      return;
    }
    if (v.csf === undefined) {
      addFieldIssue(
        ctx,
        'csf',
        'is required (give grade, or csf with rootlets or posteriorEpiduralFat)',
      );
      return;
    }
    if (v.csf === 'visible' && v.rootlets === undefined) {
      addFieldIssue(ctx, 'rootlets', 'is required when csf is "visible"');
    }
    if (v.csf === 'absent' && v.posteriorEpiduralFat === undefined) {
      addFieldIssue(ctx, 'posteriorEpiduralFat', 'is required when csf is "absent"');
    }
  });
export type SchizasInput = z.input<typeof SchizasInputSchema>;

// Schizas gives the severity itself: A no or minor stenosis, B moderate, C severe, D extreme. Foramen
// puts A at none and D at severe (the top of the common scale); those two rows are its choice.
export const SCHIZAS_TABLE: readonly GradeRow<SchizasGrade>[] = [
  {
    grade: 'A1',
    label: 'no or minor stenosis',
    severity: 'none',
    severityBasis: 'heuristic',
    criterion: 'CSF clearly visible; rootlets lie dorsally and fill less than half of the sac',
    sources: ['schizas-2010'],
  },
  {
    grade: 'A2',
    label: 'no or minor stenosis',
    severity: 'none',
    severityBasis: 'heuristic',
    criterion: 'CSF clearly visible; rootlets lie dorsally in a horseshoe against the dura',
    sources: ['schizas-2010'],
  },
  {
    grade: 'A3',
    label: 'no or minor stenosis',
    severity: 'none',
    severityBasis: 'heuristic',
    criterion: 'CSF clearly visible; rootlets lie dorsally and fill more than half of the sac',
    sources: ['schizas-2010'],
  },
  {
    grade: 'A4',
    label: 'no or minor stenosis',
    severity: 'none',
    severityBasis: 'heuristic',
    criterion: 'CSF clearly visible; rootlets lie centrally and fill most of the sac',
    sources: ['schizas-2010'],
  },
  {
    grade: 'B',
    label: 'moderate stenosis',
    severity: 'moderate',
    severityBasis: 'scale-label',
    criterion:
      'rootlets fill the whole sac but can still be told apart; a little CSF gives a grainy look',
    sources: ['schizas-2010'],
  },
  {
    grade: 'C',
    label: 'severe stenosis',
    severity: 'severe',
    severityBasis: 'scale-label',
    criterion:
      'no rootlets can be recognised and no CSF is seen; epidural fat is still present behind the sac',
    sources: ['schizas-2010'],
  },
  {
    grade: 'D',
    label: 'extreme stenosis',
    severity: 'severe',
    severityBasis: 'heuristic',
    criterion: 'as C, and no epidural fat is left behind the sac',
    sources: ['schizas-2010'],
  },
];

const A_GRADE: Readonly<Record<Arrangement, SchizasGrade>> = {
  'dorsal-less-than-half': 'A1',
  'dorsal-horseshoe': 'A2',
  'dorsal-more-than-half': 'A3',
  central: 'A4',
};

/** A Schizas result. */
export type SchizasResult = GradeResultBase<'schizas', SchizasGrade>;

/**
 * Grades central canal stenosis by Schizas 2010: CSF visible → A1–A4 by rootlet arrangement; grainy →
 * B; absent → C with posterior epidural fat, D without.
 * @param input - `{ grade }` or the sac morphology
 * @returns the grade and the criteria that decided it
 */
export function gradeSchizas(input: SchizasInput): SchizasResult {
  const v = parseInput(SchizasInputSchema, input);
  if (v.grade !== undefined) {
    const row = rowOf(SCHIZAS_TABLE, v.grade);
    return resultFrom('schizas', row, {
      branch: 'grade-given',
      criteria: [`Grade ${v.grade} as read: ${row.criterion}.`],
    });
  }
  const { csf, rootlets } = v;
  if (csf === undefined || (csf === 'visible' && rootlets === undefined)) {
    throw new Error('unreachable: the schema requires csf (and rootlets when visible)');
  }
  const warnings: string[] = [];
  let grade: SchizasGrade;
  let branch: string;
  switch (csf) {
    case 'visible':
      grade = A_GRADE[rootlets ?? 'dorsal-less-than-half'];
      branch = 'csf-visible';
      if (v.posteriorEpiduralFat !== undefined) {
        warnings.push('posteriorEpiduralFat matters only when no CSF is left; it was not used.');
      }
      break;
    case 'grainy':
      grade = 'B';
      branch = 'csf-grainy';
      if (v.rootlets !== undefined) {
        warnings.push('rootlets matters only when CSF is clearly visible; it was not used.');
      }
      if (v.posteriorEpiduralFat !== undefined) {
        warnings.push('posteriorEpiduralFat matters only when no CSF is left; it was not used.');
      }
      break;
    case 'absent':
      grade = v.posteriorEpiduralFat === false ? 'D' : 'C';
      branch = grade === 'D' ? 'csf-absent-no-fat' : 'csf-absent-fat-present';
      if (v.rootlets !== undefined) {
        warnings.push('rootlets matters only when CSF is clearly visible; it was not used.');
      }
      break;
  }
  const row = rowOf(SCHIZAS_TABLE, grade);
  return resultFrom('schizas', row, {
    branch,
    criteria: [`Grade ${grade} (${row.label}): ${row.criterion}.`],
    warnings,
  });
}
