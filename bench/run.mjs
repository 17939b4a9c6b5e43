#!/usr/bin/env node
// `npm run bench [-- --quick] [-- name-filter]`: runs every bench/*.bench.mjs, prints a table and writes
// bench/results.json. Each bench module default-exports `async ({ quick }) => rows`, where a row is
// { name, value, unit, baseline?: { name, value }, ratio?, note? }. Figures are medians of several runs;
// ratios are taken against a baseline measured in the same run.
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const filters = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(here).filter((f) => f.endsWith('.bench.mjs') && (filters.length === 0 || filters.some((s) => f.includes(s)))).sort();
const results = [];
for (const file of files) {
  const mod = await import(pathToFileURL(join(here, file)).href);
  const started = Date.now();
  const rows = await mod.default({ quick });
  for (const row of rows) results.push({ bench: file.replace('.bench.mjs', ''), ...row });
  process.stderr.write(`${file}: ${rows.length} figure(s) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
const fmt = (v) => (typeof v === 'number' ? (Math.abs(v) >= 100 ? v.toFixed(0) : v.toFixed(3)) : String(v));
console.log('| benchmark | figure | value | unit | baseline | ratio |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of results) {
  console.log(`| ${r.bench} | ${r.name} | ${fmt(r.value)} | ${r.unit} | ${r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value)}` : ''} | ${r.ratio !== undefined ? fmt(r.ratio) : ''} |`);
}
const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
writeFileSync(join(here, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), quick, machine, results }, null, 2)}\n`);
console.log(`\nmachine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, node ${machine.node}`);
