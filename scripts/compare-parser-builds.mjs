#!/usr/bin/env node
// Compares `parseReport` speed of this checkout's build with another checkout's build (for example the
// commit before a change: `git worktree add /tmp/before <rev> && (cd /tmp/before && npm ci && npm run
// build)`). Both builds are loaded in one process and take turns over the same corpus reports, a few
// thousand at a time, so load on a shared machine falls on both alike; figures are reports per
// CPU-second after two warm-up turns, and their ratio. Run it twice with the order swapped: the build
// loaded second pays a little more for the shared heap.
// Usage: npm run build && node scripts/compare-parser-builds.mjs <other-checkout> [turns=14]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const here = resolve(import.meta.dirname, '..');
const [otherArg, turnsArg] = process.argv.slice(2);
if (!otherArg) {
  process.stderr.write('usage: node scripts/compare-parser-builds.mjs <other-checkout> [turns]\n');
  process.exit(2);
}
const turns = Number(turnsArg ?? 14);
if (!Number.isInteger(turns) || turns < 3) {
  process.stderr.write('compare-parser-builds: turns must be an integer of at least 3\n');
  process.exit(2);
}
const builds = [here, resolve(otherArg)];
for (const root of builds) {
  if (!existsSync(resolve(root, 'dist/src/index.js'))) {
    process.stderr.write(`compare-parser-builds: ${root} has no build (run npm run build there)\n`);
    process.exit(2);
  }
}
const parsers = [];
for (const root of builds) {
  parsers.push((await import(pathToFileURL(resolve(root, 'dist/src/index.js')).href)).parseReport);
}
const corpus = resolve(here, '../shared/corpus/lumbar-mri-reports');
const texts = readdirSync(corpus)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(resolve(corpus, f), 'utf8'));
const PER_TURN = 3000;
const cpu = builds.map(() => 0);
for (let turn = 0; turn < turns; turn++) {
  parsers.forEach((parse, b) => {
    const started = process.cpuUsage();
    for (let i = 0; i < PER_TURN; i++) parse(texts[(i + turn * 7) % texts.length]);
    const used = process.cpuUsage(started);
    if (turn >= 2) cpu[b] += (used.user + used.system) / 1e6;
  });
}
const rates = cpu.map((s) => ((turns - 2) * PER_TURN) / s);
builds.forEach((root, b) =>
  console.log(`${root}: ${Math.round(rates[b] ?? 0)} reports per CPU-second`),
);
console.log(`this build / other: ${((rates[0] ?? 0) / (rates[1] ?? 1)).toFixed(3)}×`);
