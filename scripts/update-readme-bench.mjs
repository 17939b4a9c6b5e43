#!/usr/bin/env node
// Refreshes the README's benchmark table from bench/results.json (written by `npm run bench`): the text
// between `<!-- bench-table:start -->` and `<!-- bench-table:end -->` (or a bare `<!-- bench-table -->`
// marker, the first time) becomes the table, the machine it ran on and the date.
// Usage: node scripts/update-readme-bench.mjs [--allow-quick] [--check]
//   --allow-quick  accept figures from `npm run bench -- --quick` (refused by default: they are noisier)
//   --check        change nothing; exit 1 if the README's table differs from results.json
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fmt } from '../bench/_measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const readmePath = `${root}README.md`;
const results = JSON.parse(readFileSync(`${root}bench/results.json`, 'utf8'));
if (results.quick && !args.includes('--allow-quick')) {
  console.error(
    'update-readme-bench: bench/results.json holds a --quick run; run `npm run bench` (or pass --allow-quick)',
  );
  process.exit(1);
}

const cell = (s) => String(s).replaceAll('|', '\\|');
const m = results.machine ?? {};
const lines = [
  `Latest figures, from \`npm run bench\`${results.quick ? ' -- --quick' : ''} on ${results.date?.slice(0, 10) ?? 'an unknown date'}: ${m.cpus} × ${m.cpuModel ?? 'unknown CPU'}, ` +
    `${m.memoryGiB} GiB, ${m.os ?? 'unknown OS'}, Node ${m.node}. Each figure is the median of several runs; each ratio ` +
    'compares it with a baseline measured in the same run (for latency and time, lower is better; for rates, higher). ' +
    'The machine is a shared development VM, so absolute figures move with its load; the same-run ratios move less. ' +
    'autocannon reports latency in whole milliseconds.',
  '',
  '| benchmark | figure | value | baseline (same run) | ratio |',
  '| --- | --- | ---: | --- | ---: |',
  ...results.results.map((r) => {
    const baseline = r.baseline ? `${r.baseline.name}: ${fmt(r.baseline.value)} ${r.unit}` : '';
    const ratio = r.ratio !== undefined ? `${fmt(r.ratio)}×` : '';
    const note = r.note ? ` (${r.note})` : '';
    return `| ${r.bench} | ${cell(r.name + note)} | ${fmt(r.value)} ${r.unit} | ${cell(baseline)} | ${ratio} |`;
  }),
  '',
  'Refresh with `npm run bench && node scripts/update-readme-bench.mjs`.',
];
const block = `<!-- bench-table:start -->\n${lines.join('\n')}\n<!-- bench-table:end -->`;

const readme = readFileSync(readmePath, 'utf8');
const between = /<!-- bench-table:start -->[\s\S]*?<!-- bench-table:end -->/;
let next;
if (between.test(readme)) next = readme.replace(between, block);
else if (readme.includes('<!-- bench-table -->'))
  next = readme.replace('<!-- bench-table -->', block);
else {
  console.error('update-readme-bench: README.md has no <!-- bench-table --> marker');
  process.exit(1);
}
if (args.includes('--check')) {
  if (next !== readme) {
    console.error(
      'update-readme-bench: README.md benchmark table is out of date with bench/results.json',
    );
    process.exit(1);
  }
  console.log('update-readme-bench: README.md is up to date');
} else if (next === readme) {
  console.log('update-readme-bench: README.md already up to date');
} else {
  writeFileSync(readmePath, next);
  console.log(`update-readme-bench: README.md table refreshed (${results.results.length} figures)`);
}
