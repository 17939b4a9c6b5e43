// Timing helpers shared by the bench modules. Every figure they return is a median over several runs
// (rounds), so one slow round (a GC pause, a noisy neighbour) does not move it; ratios are taken between
// figures measured in the same call, interleaved where possible so drift hits both sides alike.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** How many rounds each figure is the median of (an odd number, so the median is a real run). */
export const ROUNDS = 5;

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.max(0, Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1))];
};

function spawnMs(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - t;
  if (r.status !== 0)
    throw new Error(
      `node ${args.join(' ')} exited ${r.status}: ${String(r.stderr).split('\n')[0]}`,
    );
  return ms;
}

/** Median wall time in ms of running `node ...args` as a whole process (one warm-up run first). */
export function processMs(args, runs) {
  spawnMs(args);
  const times = [];
  for (let i = 0; i < runs; i++) times.push(spawnMs(args));
  return median(times);
}

/**
 * Cold starts of several commands and of `node -e 0`, interleaved run by run so that the ratios compare
 * processes started moments apart. Returns `{ baseline, commands: [{ ms, ratio }] }`, each ms a median,
 * each ratio the median of the per-run ratios.
 * @param commands - argument lists for node, e.g. `['bin/foramen.js', '--version']`
 * @param runs - runs of each
 * @param warmUpEach - one unmeasured run of every command first (else only of the baseline and the first)
 */
export function coldStarts(commands, runs, warmUpEach = true) {
  // Warm-up runs fill the OS file cache, so no command pays for a cold disk.
  spawnMs(['-e', '0']);
  for (const args of warmUpEach ? commands : commands.slice(0, 1)) spawnMs(args);
  const bare = [];
  const times = commands.map(() => []);
  for (let i = 0; i < runs; i++) {
    bare.push(spawnMs(['-e', '0']));
    commands.forEach((args, j) => times[j].push(spawnMs(args)));
  }
  return {
    baseline: median(bare),
    commands: times.map((ts) => ({ ms: median(ts), ratio: median(ts.map((t, i) => t / bare[i])) })),
  };
}

/**
 * Operations per second and latency percentiles (ms) of a synchronous function: a warm-up, then `rounds`
 * rounds of `iterations / rounds` calls; each figure is the median over the rounds.
 * @param fn - called with the iteration number
 * @param iterations - calls in all (warm-up not counted)
 * @param rounds - rounds to take the median of
 */
export function throughput(fn, iterations, rounds = ROUNDS) {
  for (let i = 0; i < Math.min(1000, iterations); i++) fn(i);
  const perRound = Math.max(1, Math.floor(iterations / rounds));
  const perSecond = [];
  const p50 = [];
  const p99 = [];
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    const lat = new Float64Array(perRound);
    const start = performance.now();
    for (let i = 0; i < perRound; i++, n++) {
      const t = performance.now();
      fn(n);
      lat[i] = performance.now() - t;
    }
    const total = performance.now() - start;
    perSecond.push((perRound / total) * 1000);
    p50.push(percentile(lat, 50));
    p99.push(percentile(lat, 99));
  }
  return { perSecond: median(perSecond), p50: median(p50), p99: median(p99), rounds };
}

/**
 * Median time in ms of one call of `fn` (sync or async) over `runs` runs, after one warm-up call.
 * @param fn - the work
 * @param runs - runs to take the median of
 */
export async function timeMs(fn, runs = ROUNDS) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** A figure for a table: three significant digits, whole numbers with separators from 1000 up. */
export function fmt(v) {
  if (typeof v !== 'number') return String(v ?? '');
  if (!Number.isFinite(v)) return String(v);
  const a = Math.abs(v);
  if (a >= 1000) return Math.round(v).toLocaleString('en-US');
  if (a >= 100) return v.toFixed(0);
  if (a >= 10) return v.toFixed(1);
  if (a >= 1) return v.toFixed(2);
  return v === 0 ? '0' : v.toPrecision(3);
}
