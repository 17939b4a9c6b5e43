/**
 * Shared settings for the property-based (fuzz) suites. fast-check prints the seed and the shrunk
 * counterexample of any failure in the assertion message; `FUZZ_SEED=<seed>` replays that run and
 * `FUZZ_SCALE=<n>` multiplies every run count for a deeper search (e.g. `FUZZ_SCALE=20` overnight).
 * A counterexample that exposed a bug is then kept as a fixed case in `counterexamples.test.ts`.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { IAsyncProperty, IProperty } from 'fast-check';

const scale = Number(process.env.FUZZ_SCALE ?? '1');
const seed = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** fast-check parameters for `runs` runs (scaled by FUZZ_SCALE, seeded by FUZZ_SEED). */
export function fuzzParams(runs: number): fc.Parameters<unknown> {
  const numRuns = Math.max(1, Math.round(runs * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
  return seed === undefined || !Number.isFinite(seed) ? { numRuns } : { numRuns, seed };
}

/** Checks a synchronous property; a failure throws with the seed, path and shrunk counterexample. */
export function checkProperty<T>(property: IProperty<T>, runs: number): void {
  fc.assert(property, fuzzParams(runs) as fc.Parameters<T>);
}

/** Checks an asynchronous property; a failure throws with the seed, path and shrunk counterexample. */
export async function checkAsyncProperty<T>(
  property: IAsyncProperty<T>,
  runs: number,
): Promise<void> {
  await fc.assert(property, fuzzParams(runs) as fc.Parameters<T>);
}

/** A short, printable description of any thrown value, for assertion messages. */
export function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.split('\n')[0] ?? ''}`;
  return `non-Error thrown: ${String(error)}`;
}

/** Asserts `text` is one non-empty line (no line break inside, at most one at the end). */
export function assertOneLine(text: string, what: string): void {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  assert.ok(body.trim().length > 0, `${what} is empty`);
  assert.ok(!/[\r\n]/.test(body), `${what} is not one line: ${JSON.stringify(text)}`);
}

/** JSON the way a client sends it: what survives `JSON.stringify` (undefined keys dropped, -0 as 0). */
export const asJson = (value: unknown): unknown => {
  const text = JSON.stringify(value);
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
};
