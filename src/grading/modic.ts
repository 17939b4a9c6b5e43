/**
 * Modic et al. 1988 types of vertebral endplate marrow change (1–3) from T1 and T2 signal relative to
 * normal marrow, or from a type already read. Types are tissue kinds, not steps of severity.
 */
import * as z from 'zod';
import { addFieldIssue, parseInput } from '../errors.js';
import { resultFrom, rowOf } from './result.js';
import type { GradeResultBase, GradeRow } from './result.js';

export const MODIC_TYPES = [0, 1, 2, 3] as const;
export type ModicType = (typeof MODIC_TYPES)[number];

/** Marrow signal next to the endplate, relative to normal marrow. */
export const MARROW_SIGNALS = ['low', 'iso', 'high'] as const;
type Signal = (typeof MARROW_SIGNALS)[number];

/** The signal pairs that define a type; any other pair is refused as input. */
const TYPE_OF_SIGNALS: Readonly<Record<`${Signal}/${Signal}`, ModicType | null>> = {
  'iso/iso': 0,
  'low/high': 1,
  'high/iso': 2,
  'high/high': 2,
  'low/low': 3,
  'low/iso': null,
  'iso/low': null,
  'iso/high': null,
  'high/low': null,
};
const ALLOWED_PAIRS =
  'low/high (type 1), high/iso or high/high (type 2), low/low (type 3), iso/iso (no change)';

/** Input of the `modic` system: `{ type }`, or `{ t1, t2 }` marrow signal. */
export const ModicInputSchema = z
  .strictObject({
    type: z.literal(MODIC_TYPES).optional().describe('a type already read (0 = no change)'),
    t1: z
      .enum(MARROW_SIGNALS)
      .optional()
      .describe('T1 signal of the endplate marrow relative to normal marrow'),
    t2: z
      .enum(MARROW_SIGNALS)
      .optional()
      .describe('T2 signal of the endplate marrow relative to normal marrow'),
  })
  .superRefine((v, ctx) => {
    if (v.type !== undefined) {
      const extra = v.t1 !== undefined ? 't1' : v.t2 !== undefined ? 't2' : null;
      if (extra) {
        addFieldIssue(ctx, extra, 'give either type or t1 with t2, not both');
      }
      return;
    }
    if (v.t1 === undefined) {
      addFieldIssue(ctx, 't1', 'is required (give type, or t1 with t2)');
    } else if (v.t2 === undefined) {
      ctx.addIssue({ code: 'custom', path: ['t2'], message: 'is required with t1' });
    } else if (TYPE_OF_SIGNALS[`${v.t1}/${v.t2}`] === null) {
      // Refused rather than guessed: a pair outside the published types may be a mixed type or another disease.
      addFieldIssue(
        ctx,
        't2',
        `T1 ${v.t1} with T2 ${v.t2} matches no Modic type; allowed pairs (T1/T2): ${ALLOWED_PAIRS}`,
      );
    }
  });
export type ModicInput = z.input<typeof ModicInputSchema>;

// Foramen's heuristic: any type means a change is present (mild); none means none. Type is not severity.
export const MODIC_TABLE: readonly GradeRow<ModicType>[] = [
  {
    grade: 0,
    label: 'no endplate marrow change',
    severity: 'none',
    severityBasis: 'heuristic',
    criterion: 'marrow signal like normal marrow on T1 and T2',
    sources: ['modic-1988'],
  },
  {
    grade: 1,
    label: 'type 1 (oedema, vascular fibrous tissue)',
    severity: 'mild',
    severityBasis: 'heuristic',
    criterion: 'low T1 and high T2 signal',
    sources: ['modic-1988'],
  },
  {
    grade: 2,
    label: 'type 2 (fatty marrow)',
    severity: 'mild',
    severityBasis: 'heuristic',
    criterion: 'high T1 with iso or high T2 signal',
    sources: ['modic-1988'],
  },
  {
    grade: 3,
    label: 'type 3 (sclerosis)',
    severity: 'mild',
    severityBasis: 'heuristic',
    criterion: 'low T1 and low T2 signal',
    sources: ['modic-1988'],
  },
];

/** A Modic result. */
export type ModicResult = GradeResultBase<'modic', ModicType>;

/**
 * Types endplate marrow change by Modic 1988: low T1 / high T2 → 1; high T1 / iso or high T2 → 2;
 * low T1 / low T2 → 3; iso / iso → 0.
 * @param input - `{ type }` or `{ t1, t2 }`
 * @returns the type with its criterion
 */
export function gradeModic(input: ModicInput): ModicResult {
  const v = parseInput(ModicInputSchema, input);
  const warnings: string[] = [];
  let type: ModicType;
  let criteria: string[];
  if (v.type !== undefined) {
    type = v.type;
    criteria = [`Type ${type} as read: ${rowOf(MODIC_TABLE, type).criterion}.`];
  } else {
    const { t1, t2 } = v;
    const found = t1 && t2 ? TYPE_OF_SIGNALS[`${t1}/${t2}`] : null;
    if (found === null) {
      throw new Error('unreachable: the schema refuses missing or unmatched signal pairs');
    }
    type = found;
    criteria = [
      `T1 ${t1 ?? ''} and T2 ${t2 ?? ''} signal: ${rowOf(MODIC_TABLE, type).criterion} (type ${type}).`,
    ];
  }
  // Type 1 looks like early infection on MRI; the clinical picture has to tell them apart.
  if (type === 1) {
    warnings.push(
      'Type 1 change can mimic infective discitis; correlate with fever, inflammatory markers and the disc signal.',
    );
  }
  criteria.push(
    'Modic types describe the kind of marrow change, not how severe it is; the common severity only marks that a change is present.',
  );
  return resultFrom('modic', rowOf(MODIC_TABLE, type), {
    branch: `type-${type}`,
    criteria,
    warnings,
  });
}
