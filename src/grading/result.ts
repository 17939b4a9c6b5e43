/**
 * What every grading result shares: the contract fields (system, grade, label, severity, criteria,
 * source), the RSNA class, the mapping basis and the warnings; plus the small helpers the calculators use.
 */
import * as z from 'zod';
import type { Severity } from '../vocab/index.js';
import { citationReference } from '../kb/index.js';
import type { CitationId } from '../kb/index.js';

/** The three severity classes of the RSNA 2024 lumbar spine challenge (normal/mild, moderate, severe). */
export const RSNA_CLASSES = ['normal-mild', 'moderate', 'severe'] as const;
export type RsnaClass = (typeof RSNA_CLASSES)[number];

/**
 * How a grade was placed on the common severity scale: `scale-label` when the system's own label is the
 * common-scale word (Lee "moderate" → moderate), `heuristic` when Foramen chose the mapping.
 */
export const MAPPING_BASES = ['scale-label', 'heuristic'] as const;
export type MappingBasis = (typeof MAPPING_BASES)[number];

/**
 * The one rule from the common severity scale to the RSNA classes, used for every system. It is a
 * heuristic: the RSNA readers' per-grade definitions were not available (clinical-rules.md §1.4).
 * @param severity - a value of the common scale
 * @returns the RSNA class
 */
export function rsnaClassOf(severity: Severity): RsnaClass {
  switch (severity) {
    case 'none':
    case 'mild':
      return 'normal-mild';
    // "Mild to moderate" already passes the mild end, so it counts as moderate.
    case 'mild-moderate':
    case 'moderate':
      return 'moderate';
    case 'moderate-severe':
    case 'severe':
      return 'severe';
  }
}

/** Fields every grading result carries, whatever the system. */
export interface GradeResultBase<S extends string, G> {
  /** System id, e.g. `lee`. */
  readonly system: S;
  /** The grade in the system's own terms (a number, a Roman numeral or a category). */
  readonly grade: G;
  /** Short label of the grade. */
  readonly label: string;
  /** Place on the common severity scale (CONTRACTS.md). */
  readonly severity: Severity;
  /** The criteria that decided the grade, in decision order. */
  readonly criteria: string[];
  /** Citation id of the system's primary source. */
  readonly source: CitationId;
  /** Every citation id the decision used (the primary source first). */
  readonly sources: CitationId[];
  /** The primary source as a short reference for people. */
  readonly reference: string;
  /** Decision branch taken, a kebab-case code. */
  readonly branch: string;
  /** RSNA 2024 class (heuristic, see `rsnaClassOf`). */
  readonly rsnaClass: RsnaClass;
  /** Whether the severity and RSNA mappings are the system's own words or Foramen's heuristic. */
  readonly mapping: { readonly severity: MappingBasis; readonly rsnaClass: 'heuristic' };
  /** Things a reader should check: inputs outside the published definitions, boundaries, inconsistencies. */
  readonly warnings: string[];
}

/** One row of a grade table: a published criterion with its mapping and its source. */
export interface GradeRow<G> {
  readonly grade: G;
  readonly label: string;
  readonly severity: Severity;
  readonly severityBasis: MappingBasis;
  readonly criterion: string;
  readonly sources: readonly CitationId[];
}

/** Builds a result from a table row plus the decision details; keeps the contract fields first. */
export function resultFrom<S extends string, G>(
  system: S,
  row: GradeRow<G>,
  decision: {
    branch: string;
    criteria: string[];
    sources?: readonly CitationId[];
    warnings?: string[];
  },
): GradeResultBase<S, G> {
  const source = row.sources[0];
  if (!source) throw new Error(`grade row ${String(row.grade)} of ${system} has no source`);
  const sources = [...new Set<CitationId>([...row.sources, ...(decision.sources ?? [])])];
  return {
    system,
    grade: row.grade,
    label: row.label,
    severity: row.severity,
    criteria: decision.criteria,
    source,
    sources,
    reference: citationReference(source),
    branch: decision.branch,
    rsnaClass: rsnaClassOf(row.severity),
    mapping: { severity: row.severityBasis, rsnaClass: 'heuristic' },
    warnings: decision.warnings ?? [],
  };
}

/** Finds the row of `grade` in a table (tables are complete, so a miss is a programming error). */
export function rowOf<G>(table: readonly GradeRow<G>[], grade: G): GradeRow<G> {
  const row = table.find((r) => r.grade === grade);
  if (!row) throw new Error(`no grade row for ${String(grade)}`);
  return row;
}

/**
 * A finite number within a range whose error message states the whole range, e.g.
 * `must be from 0 to 100 (%)`. The range also lands in the JSON Schema (minimum/maximum).
 * @param min - lowest allowed value
 * @param max - highest allowed value
 * @param unit - unit shown in the message
 * @param options - `aboveMin` makes the lower bound exclusive (a width or a reference size cannot be 0)
 */
export function boundedNumber(
  min: number,
  max: number,
  unit: string,
  options: { aboveMin?: boolean } = {},
) {
  const message = options.aboveMin
    ? `must be greater than ${min} and at most ${max} (${unit})`
    : `must be from ${min} to ${max} (${unit})`;
  // The custom check comes first so parseInput reports its full-range message, not zod's one-sided one.
  const checked = z
    .number()
    .refine((v) => (options.aboveMin ? v > min : v >= min) && v <= max, { message });
  return (options.aboveMin ? checked.gt(min) : checked.min(min)).max(max);
}

/** Rounds to `decimals` places, so that 25 computed from areas is not 24.999999999999996. */
export const roundTo = (value: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
};

/** Decimals kept for computed percentages: classification and display use the same value. */
export const PERCENT_DECIMALS = 6;

/** Formats a number for criteria text with the precision it is classified at, no trailing zeros. */
export const formatNumber = (value: number): string => String(roundTo(value, PERCENT_DECIMALS));
