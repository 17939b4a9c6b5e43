#!/usr/bin/env node
// `npm run bench [-- --quick] [-- name-filter ...]`: runs every bench/*.bench.mjs, prints a table and writes
// bench/results.json (a filtered run replaces only its own benches' rows there).
//
// Each bench module default-exports `async ({ quick }) => rows`, where a row is
// { name, value, unit, baseline?: { name, value }, ratio?, note? }. Figures are medians of several runs
// (see _measure.mjs); ratios are taken against a baseline measured in the same run. `--quick` asks every
// bench for a smaller run; the whole quick suite should finish in under a minute, and the runner says
// which bench is slow when it does not. A bench that throws is reported and makes the exit code 1, but
// the others still run.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, type } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fmt } from './_measure.mjs';

const QUICK_BUDGET_S = 60;
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filters = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(here)
  .filter(
    (f) => f.endsWith('.bench.mjs') && (filters.length === 0 || filters.some((s) => f.includes(s))),
  )
  .sort();
if (files.length === 0) {
  console.error(`bench: no bench/*.bench.mjs matches ${filters.join(', ')}`);
  process.exit(1);
}

const results = [];
const timings = [];
const failures = [];
const suiteStart = performance.now();
for (const file of files) {
  const bench = file.replace('.bench.mjs', '');
  const started = performance.now();
  try {
    const mod = await import(pathToFileURL(join(here, file)).href);
    const rows = await mod.default({ quick });
    for (const row of rows) results.push({ bench, ...row });
    const seconds = (performance.now() - started) / 1000;
    timings.push({ bench, seconds });
    process.stderr.write(`bench: ${file}: ${rows.length} figure(s) in ${seconds.toFixed(1)} s\n`);
  } catch (error) {
    const seconds = (performance.now() - started) / 1000;
    timings.push({ bench, seconds, failed: true });
    failures.push({ bench, error: error instanceof Error ? error.message : String(error) });
    process.stderr.write(
      `bench: ${file} FAILED after ${seconds.toFixed(1)} s: ${failures.at(-1).error}\n`,
    );
  }
}
const totalSeconds = (performance.now() - suiteStart) / 1000;

const cell = (s) => String(s).replaceAll('|', '\\|');
console.log('| benchmark | figure | value | unit | baseline (same run) | ratio | note |');
console.log('| --- | --- | ---: | --- | --- | ---: | --- |');
for (const r of results) {
  const baseline = r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value)}` : '';
  const ratio = r.ratio !== undefined ? `${fmt(r.ratio)}×` : '';
  console.log(
    `| ${r.bench} | ${cell(r.name)} | ${fmt(r.value)} | ${r.unit} | ${cell(baseline)} | ${ratio} | ${cell(r.note ?? '')} |`,
  );
}

const cpu = cpus();
const machine = {
  cpus: cpu.length,
  cpuModel: cpu[0]?.model?.trim(),
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  os: `${type()} ${release()}`,
  node: process.version,
};
const out = join(here, 'results.json');
// A filtered run keeps the other benches' figures from the last run, so results.json stays complete.
let kept = [];
if (filters.length > 0 && existsSync(out)) {
  try {
    const previous = JSON.parse(readFileSync(out, 'utf8'));
    const ran = new Set(files.map((f) => f.replace('.bench.mjs', '')));
    kept = (previous.results ?? []).filter((r) => !ran.has(r.bench));
  } catch {
    kept = [];
  }
}
const document = {
  date: new Date().toISOString(),
  quick,
  machine,
  seconds: Math.round(totalSeconds * 10) / 10,
  timings: timings.map((t) => ({ ...t, seconds: Math.round(t.seconds * 10) / 10 })),
  ...(failures.length > 0 ? { failures } : {}),
  results: [...kept, ...results],
};
writeFileSync(out, `${JSON.stringify(document, null, 2)}\n`);
console.log(
  `\nmachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}, node ${machine.node}`,
);
console.log(
  `${quick ? 'quick run' : 'full run'}: ${files.length} bench file(s) in ${totalSeconds.toFixed(1)} s; wrote bench/results.json`,
);
if (quick && totalSeconds > QUICK_BUDGET_S) {
  const slow = [...timings]
    .sort((a, b) => b.seconds - a.seconds)
    .slice(0, 3)
    .map((t) => `${t.bench} ${t.seconds.toFixed(1)} s`)
    .join(', ');
  console.error(
    `bench: --quick took ${totalSeconds.toFixed(0)} s, over the ${QUICK_BUDGET_S} s budget (slowest: ${slow})`,
  );
}
if (failures.length > 0) {
  console.error(
    `bench: ${failures.length} bench file(s) failed: ${failures.map((f) => f.bench).join(', ')}`,
  );
  process.exitCode = 1;
}
