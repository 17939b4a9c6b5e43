/**
 * Numeric Rating Scale for pain: a whole number from 0 (no pain) to 10 (worst imaginable). The
 * severity bands are a convention, not a validated cut-off, and the result says which one is used.
 */
import * as z from 'zod';
import { parseInput } from '../errors.js';
import { baseOf, itemRange } from './result.js';
import type { ScoreResultBase } from './result.js';

/** Where the pain is rated; back and leg pain are tracked separately in follow-up. */
export const NRS_SITES = ['back', 'leg', 'overall'] as const;
export type NrsSite = (typeof NRS_SITES)[number];

export const NRS_BANDS = ['none', 'mild', 'moderate', 'severe'] as const;
export type NrsBand = (typeof NRS_BANDS)[number];

/** The banding convention Foramen reports: 0 none, 1–3 mild, 4–6 moderate, 7–10 severe. */
export const NRS_BAND_TABLE = [
  { band: 'none', from: 0, to: 0 },
  { band: 'mild', from: 1, to: 3 },
  { band: 'moderate', from: 4, to: 6 },
  { band: 'severe', from: 7, to: 10 },
] as const satisfies readonly { band: NrsBand; from: number; to: number }[];

/** Input of the `nrs` instrument (CONTRACTS.md); `site` is optional (default `overall`). */
export const NrsInputSchema = z.strictObject({
  value: itemRange(0, 10).describe('pain from 0 (none) to 10 (worst imaginable)'),
  site: z.enum(NRS_SITES).optional().describe('back, leg or overall (default)'),
});
export type NrsInput = z.input<typeof NrsInputSchema>;

/** An NRS result. */
export type NrsResult = ScoreResultBase<'nrs'> & {
  readonly value: number;
  readonly site: NrsSite;
  readonly band: NrsBand;
  /** Which banding convention `band` follows. */
  readonly bandConvention: string;
};

/**
 * The severity band of an NRS value under the 1–3 / 4–6 / 7–10 convention.
 * @param value - 0–10
 */
export function nrsBandOf(value: number): NrsBand {
  const row = NRS_BAND_TABLE.find((r) => value >= r.from && value <= r.to);
  return row ? row.band : 'severe';
}

/**
 * Records a pain rating with its severity band.
 * @param input - the rating and, optionally, where the pain is
 * @returns value, site and band, naming the banding convention
 */
export function scoreNrs(input: NrsInput): NrsResult {
  const v = parseInput(NrsInputSchema, input);
  const band = nrsBandOf(v.value);
  const bandConvention =
    'common convention 1–3 mild, 4–6 moderate, 7–10 severe (Serlin 1995 used 1–4, 5–6, 7–10)';
  const criteria = [
    `${v.site ?? 'overall'} pain ${v.value} of 10: ${band} under the ${bandConvention}.`,
    'A change of 2 points or 30 % is the minimal important change (Ostelo 2008); a rating of 0 best matches feeling recovered (Kamper 2010).',
  ];
  return {
    instrument: 'nrs',
    value: v.value,
    site: v.site ?? 'overall',
    band,
    bandConvention,
    ...baseOf('pro-ostelo-2008', { criteria, sources: ['pro-serlin-1995', 'pro-kamper-2010'] }),
  };
}
