// Small timing helpers shared by the bench modules.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** Median wall time in ms of running `node ...args` as a whole process. */
export function processMs(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}`);
  }
  return median(times);
}

/** Operations per second and latency percentiles (ms) of a synchronous function over `iterations`. */
export function throughput(fn, iterations) {
  for (let i = 0; i < Math.min(1000, iterations); i++) fn(i);
  const lat = new Float64Array(iterations);
  const start = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    fn(i);
    lat[i] = performance.now() - t;
  }
  const total = performance.now() - start;
  return { perSecond: (iterations / total) * 1000, p50: percentile(lat, 50), p99: percentile(lat, 99) };
}
