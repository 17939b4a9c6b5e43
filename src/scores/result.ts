/**
 * What every score result shares (instrument id, criteria, sources, warnings) and the small schema
 * helpers the instruments use, so each instrument file holds only its own published rules.
 */
import * as z from 'zod';
import { citationReference } from '../kb/index.js';
import type { CitationId } from '../kb/index.js';

/** Fields every score result carries after its instrument's own contract fields. */
export interface ScoreResultBase<I extends string> {
  /** Instrument id, e.g. `odi`. */
  readonly instrument: I;
  /** How the score was reached, in decision order, in plain words. */
  readonly criteria: string[];
  /** Citation id of the instrument's primary scoring source. */
  readonly source: CitationId;
  /** Every citation id the scoring used (the primary source first). */
  readonly sources: CitationId[];
  /** The primary source as a short reference for people. */
  readonly reference: string;
  /** Things a reader should check, e.g. many skipped sections. */
  readonly warnings: string[];
}

/**
 * Builds the shared fields after the instrument's own (the caller puts `instrument` first); the primary
 * source comes first in `sources` and duplicates are dropped.
 */
export function baseOf(
  source: CitationId,
  more: { criteria: string[]; sources?: readonly CitationId[]; warnings?: string[] },
): Omit<ScoreResultBase<string>, 'instrument'> {
  return {
    criteria: more.criteria,
    source,
    sources: [...new Set<CitationId>([source, ...(more.sources ?? [])])],
    reference: citationReference(source),
    warnings: more.warnings ?? [],
  };
}

/**
 * An integer item score from a closed list, with a message that lists the allowed values.
 * @param values - the admissible codes of the item, e.g. [0, 1]
 */
export function itemCode(values: readonly number[]) {
  const message = `must be one of ${values.join(', ')}`;
  return z.number().refine((v) => values.includes(v), { message });
}

/**
 * An integer item score in a range, with a message that states the whole range.
 * @param min - lowest code
 * @param max - highest code
 */
export function itemRange(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`;
  // The refine comes first so the user sees the whole range, not zod's one-sided bound.
  return z
    .number()
    .refine((v) => Number.isInteger(v) && v >= min && v <= max, { message })
    .min(min)
    .max(max);
}

/**
 * A fixed-length list of items whose length error says how many items the instrument has.
 * @param item - the schema of one item
 * @param length - the number of items
 * @param what - the instrument's name for the message
 */
export function itemList<T extends z.ZodType>(item: T, length: number, what: string) {
  return z
    .array(item)
    .refine((a) => a.length === length, { message: `must list exactly ${length} ${what} answers` })
    .length(length);
}

/** Formats a number for criteria text: integers as they are, others to at most two decimals. */
export const formatScore = (v: number): string =>
  Number.isInteger(v) ? String(v) : String(Math.round(v * 100) / 100);
