/**
 * Pfirrmann et al. 2001 grade of lumbar disc degeneration (I–V) on sagittal T2-weighted MRI, from disc
 * structure, nucleus–annulus distinction, signal and height, or from a grade already read.
 */
import * as z from 'zod';
import { parseInput } from '../errors.js';
import { resultFrom, rowOf } from './result.js';
import type { GradeResultBase, GradeRow } from './result.js';
import { withFields } from '../objects.js';

export const PFIRRMANN_GRADES = ['I', 'II', 'III', 'IV', 'V'] as const;
export type PfirrmannGrade = (typeof PFIRRMANN_GRADES)[number];

export const DISC_STRUCTURES = ['homogeneous', 'inhomogeneous'] as const;
export const NUCLEUS_DISTINCTIONS = ['clear', 'unclear', 'lost'] as const;
export const DISC_SIGNALS = ['hyperintense', 'intermediate', 'hypointense'] as const;
export const DISC_HEIGHTS = [
  'normal',
  'slightly-decreased',
  'moderately-decreased',
  'collapsed',
] as const;
type Features = {
  structure: (typeof DISC_STRUCTURES)[number];
  distinction: (typeof NUCLEUS_DISTINCTIONS)[number];
  signal: (typeof DISC_SIGNALS)[number];
  height: (typeof DISC_HEIGHTS)[number];
};
const FEATURE_KEYS = ['structure', 'distinction', 'signal', 'height'] as const;

/** Input of the `pfirrmann` system: `{ grade }`, or all four features. */
export const PfirrmannInputSchema = z
  .strictObject({
    grade: z
      .enum(PFIRRMANN_GRADES)
      .optional()
      .describe('a grade already read, to map it onto the common scale'),
    structure: z
      .enum(DISC_STRUCTURES)
      .optional()
      .describe('disc structure on T2 (homogeneous bright white, or inhomogeneous)'),
    distinction: z
      .enum(NUCLEUS_DISTINCTIONS)
      .optional()
      .describe('distinction between nucleus and annulus'),
    signal: z
      .enum(DISC_SIGNALS)
      .optional()
      .describe('nucleus signal on T2 (hyperintense = isointense to CSF)'),
    height: z.enum(DISC_HEIGHTS).optional().describe('disc height'),
  })
  .superRefine((v, ctx) => {
    const given = FEATURE_KEYS.filter((k) => v[k] !== undefined);
    if (v.grade !== undefined && given.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: [given[0] ?? 'grade'],
        message:
          'give either grade or the four features (structure, distinction, signal, height), not both',
      });
      return;
    }
    if (v.grade !== undefined) return;
    const missing = FEATURE_KEYS.find((k) => v[k] === undefined);
    if (missing) {
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message:
          given.length === 0
            ? 'is required (give grade, or structure, distinction, signal and height)'
            : 'is required with the other features',
      });
    }
  });
export type PfirrmannInput = z.input<typeof PfirrmannInputSchema>;

/** Published criteria per grade; the `expected` features check a reading for consistency. */
const EXPECTED: Readonly<
  Record<PfirrmannGrade, { readonly [K in keyof Features]: readonly Features[K][] }>
> = {
  I: {
    structure: ['homogeneous'],
    distinction: ['clear'],
    signal: ['hyperintense'],
    height: ['normal'],
  },
  II: {
    structure: ['inhomogeneous'],
    distinction: ['clear'],
    signal: ['hyperintense'],
    height: ['normal'],
  },
  III: {
    structure: ['inhomogeneous'],
    distinction: ['unclear'],
    signal: ['intermediate'],
    height: ['normal', 'slightly-decreased'],
  },
  IV: {
    structure: ['inhomogeneous'],
    distinction: ['lost'],
    signal: ['intermediate', 'hypointense'],
    height: ['normal', 'slightly-decreased', 'moderately-decreased'],
  },
  V: {
    structure: ['inhomogeneous'],
    distinction: ['lost'],
    signal: ['hypointense'],
    height: ['collapsed'],
  },
};

// Grades I and II are both a normal adult disc (a horizontal grey band is normal), so both map to
// none; the rest step up one severity per grade. The whole mapping is Foramen's.
export const PFIRRMANN_TABLE: readonly GradeRow<PfirrmannGrade>[] = [
  {
    grade: 'I',
    label: 'homogeneous bright disc',
    severity: 'none',
    severityBasis: 'heuristic',
    criterion:
      'homogeneous bright white disc, clear nucleus–annulus distinction, signal like CSF, normal height',
    sources: ['pfirrmann-2001', 'grading-radiopaedia-pfirrmann'],
  },
  {
    grade: 'II',
    label: 'inhomogeneous bright disc',
    severity: 'none',
    severityBasis: 'heuristic',
    criterion:
      'inhomogeneous disc (horizontal bands allowed), still bright, clear distinction, normal height',
    sources: ['pfirrmann-2001', 'grading-radiopaedia-pfirrmann'],
  },
  {
    grade: 'III',
    label: 'grey disc, unclear distinction',
    severity: 'mild',
    severityBasis: 'heuristic',
    criterion:
      'inhomogeneous grey disc, unclear distinction, intermediate signal, normal or slightly reduced height',
    sources: ['pfirrmann-2001', 'chiro-2020'],
  },
  {
    grade: 'IV',
    label: 'grey-to-black disc, distinction lost',
    severity: 'moderate',
    severityBasis: 'heuristic',
    criterion:
      'inhomogeneous grey to black disc, no distinction, intermediate to low signal, height normal to moderately reduced',
    sources: ['pfirrmann-2001', 'chiro-2020'],
  },
  {
    grade: 'V',
    label: 'black, collapsed disc',
    severity: 'severe',
    severityBasis: 'heuristic',
    criterion: 'inhomogeneous black disc, no distinction, low signal, collapsed disc space',
    sources: ['pfirrmann-2001', 'chiro-2020'],
  },
];

/** A Pfirrmann result; `ordinal` is the grade as 1–5. */
export type PfirrmannResult = GradeResultBase<'pfirrmann', PfirrmannGrade> & {
  readonly ordinal: number;
};

/**
 * Decides the grade in the order of Pfirrmann's algorithm: homogeneous → I; clear distinction → II;
 * unclear distinction → III; collapsed disc space → V; otherwise IV.
 */
function decide(f: Features): { grade: PfirrmannGrade; branch: string; why: string } {
  if (f.structure === 'homogeneous') {
    return {
      grade: 'I',
      branch: 'homogeneous-structure',
      why: 'The disc is homogeneous and bright: grade I.',
    };
  }
  if (f.distinction === 'clear') {
    return {
      grade: 'II',
      branch: 'clear-distinction',
      why: 'The disc is inhomogeneous but nucleus and annulus are clearly distinct: grade II.',
    };
  }
  if (f.distinction === 'unclear') {
    return {
      grade: 'III',
      branch: 'unclear-distinction',
      why: 'The nucleus–annulus distinction is unclear: grade III.',
    };
  }
  if (f.height === 'collapsed') {
    return {
      grade: 'V',
      branch: 'collapsed-disc-space',
      why: 'The distinction is lost and the disc space has collapsed: grade V.',
    };
  }
  return {
    grade: 'IV',
    branch: 'distinction-lost',
    why: 'The distinction is lost and the disc space has not collapsed: grade IV.',
  };
}

/**
 * Grades lumbar disc degeneration by Pfirrmann 2001, from the four features or from a grade.
 * @param input - `{ grade }` or `{ structure, distinction, signal, height }`
 * @returns the grade, with warnings where a feature does not fit the grade's published description
 */
export function gradePfirrmann(input: PfirrmannInput): PfirrmannResult {
  const v = parseInput(PfirrmannInputSchema, input);
  const ordinal = (g: PfirrmannGrade) => PFIRRMANN_GRADES.indexOf(g) + 1;
  if (v.grade !== undefined) {
    const row = rowOf(PFIRRMANN_TABLE, v.grade);
    return withFields(
      resultFrom('pfirrmann', row, {
        branch: 'grade-given',
        criteria: [`Grade ${v.grade} as read: ${row.criterion}.`],
      }),
      {
        ordinal: ordinal(v.grade),
      },
    );
  }
  const { structure, distinction, signal, height } = v;
  if (!structure || !distinction || !signal || !height) {
    throw new Error('unreachable: the schema requires all four features');
  }
  const f: Features = { structure, distinction, signal, height };
  const { grade, branch, why } = decide(f);
  const row = rowOf(PFIRRMANN_TABLE, grade);
  const warnings = FEATURE_KEYS.filter(
    (k) => !(EXPECTED[grade][k] as readonly string[]).includes(f[k]),
  ).map(
    (k) =>
      `${k} "${f[k]}" does not fit grade ${grade} (expected ${EXPECTED[grade][k].join(' or ')}); check the reading.`,
  );
  return withFields(
    resultFrom('pfirrmann', row, {
      branch,
      criteria: [why, `Grade ${grade}: ${row.criterion}.`],
      warnings,
    }),
    {
      ordinal: ordinal(grade),
    },
  );
}
