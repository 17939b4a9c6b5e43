#!/usr/bin/env node
// Compares `assess` speed of this checkout's build with another checkout's build (for example the commit
// before a change: `git worktree add /tmp/before <rev> && (cd /tmp/before && npm ci && npm run build)`).
// Each build runs in its own process, alternating, so the two never share a JIT or a zod instance (in one
// process they would slow each other down); each figure is the median over the runs.
// Usage: npm run build && node scripts/compare-assess-builds.mjs <other-checkout> [runs=5]
//        node scripts/compare-assess-builds.mjs <other-checkout> --instructions
// `--instructions` counts machine instructions per call under valgrind (callgrind, node
// --single-threaded): the same number for the same build and inputs whatever else the machine is
// doing (whole runs agree within about 1 %), so it compares builds on a busy machine where times do
// not. Steady state: a run with 20,000 warm-up calls is subtracted from one with 20,000 more, which
// leaves a few per cent of run-to-run spread: repeat it before trusting a small difference. Takes
// minutes per build (valgrind is slow).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = resolve(import.meta.dirname, '..');
const [otherArg, runsArg] = process.argv.slice(2);

if (process.env.FORAMEN_COMPARE_CHILD) {
  // Child: time `assess` over the dev and extra vignettes of this checkout (same inputs for both builds).
  const { assess } = await import(pathToFileURL(resolve(otherArg, 'dist/src/index.js')).href);
  const instructionCalls = process.env.FORAMEN_COMPARE_CALLS;
  const inputs = ['dev', 'extra'].flatMap(
    (f) =>
      JSON.parse(readFileSync(resolve(here, `test/fixtures/vignettes/${f}.json`), 'utf8')).cases,
  );
  const presentations = inputs.map((c) => c.presentation);
  const deps = { checkMedications: null };
  const time = (n) => {
    const lat = new Float64Array(n);
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) {
      const s = process.hrtime.bigint();
      assess(presentations[i % presentations.length], deps);
      lat[i] = Number(process.hrtime.bigint() - s) / 1e6;
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    lat.sort();
    // CPU time per call depends far less on other load than wall time does.
    const cpuMicros = (cpu.user + cpu.system) / n;
    return { perSecond: n / seconds, cpuMicros, p50: lat[n >> 1], p99: lat[Math.floor(n * 0.99)] };
  };
  if (instructionCalls !== undefined) {
    // Under valgrind: only the calls, no timing (the counts are read from callgrind's summary).
    const n = Number(instructionCalls);
    for (let i = 0; i < n; i++) assess(presentations[i % presentations.length], deps);
    process.exit(0);
  }
  time(40000); // warm-up: let the JIT settle before measuring
  console.log(JSON.stringify(time(100000)));
  process.exit(0);
}

if (!otherArg) {
  console.error('usage: node scripts/compare-assess-builds.mjs <other-checkout> [runs]');
  process.exit(2);
}
if (runsArg === '--instructions') {
  const WARM = 20000;
  const MEASURED = 20000;
  const instructions = (checkout, calls) => {
    const r = spawnSync(
      'valgrind',
      [
        '--tool=callgrind',
        '--callgrind-out-file=/dev/null',
        process.execPath,
        // One thread and fixed seeds: the JIT and hash tables then behave the same on every run.
        '--single-threaded',
        '--predictable',
        '--hash-seed=42',
        '--random-seed=42',
        import.meta.filename,
        checkout,
      ],
      {
        env: { ...process.env, FORAMEN_COMPARE_CHILD: '1', FORAMEN_COMPARE_CALLS: String(calls) },
        encoding: 'utf8',
      },
    );
    const collected = /Collected : (\d+)/.exec(r.stderr ?? '');
    if (r.status !== 0 || !collected) {
      throw new Error(`${checkout}: valgrind failed (is it installed?) ${r.error?.message ?? ''}`);
    }
    return Number(collected[1]);
  };
  const perCall = (checkout) =>
    (instructions(checkout, WARM + MEASURED) - instructions(checkout, WARM)) / MEASURED;
  const theirs = perCall(resolve(otherArg));
  const mine = perCall(here);
  console.log(
    `instructions per call  this ${Math.round(mine)}  other ${Math.round(theirs)}  this/other ${(mine / theirs).toFixed(3)}`,
  );
  process.exit(0);
}
const runs = Number(runsArg ?? 5);
const measure = (checkout) => {
  const r = spawnSync(process.execPath, [import.meta.filename, checkout], {
    env: { ...process.env, FORAMEN_COMPARE_CHILD: '1' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${checkout}: ${r.stderr.split('\n')[0]}`);
  return JSON.parse(r.stdout);
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const results = { this: [], other: [] };
for (let i = 0; i < runs; i++) {
  results.other.push(measure(resolve(otherArg)));
  results.this.push(measure(here));
}
for (const key of ['perSecond', 'cpuMicros', 'p50', 'p99']) {
  const mine = median(results.this.map((r) => r[key]));
  const theirs = median(results.other.map((r) => r[key]));
  console.log(
    `${key.padEnd(9)} this ${mine.toFixed(key === 'perSecond' ? 0 : 4)}  other ${theirs.toFixed(key === 'perSecond' ? 0 : 4)}  this/other ${(mine / theirs).toFixed(3)}`,
  );
}
