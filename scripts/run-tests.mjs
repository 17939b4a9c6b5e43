#!/usr/bin/env node
// Runs every compiled *.test.js under dist/ with node's own test runner. Node 20's `--test` takes no
// globs, and pointing it at a directory would also run fixtures, so the list is built here.
//
//   node scripts/run-tests.mjs [--coverage | --no-coverage] [path-filter ...]
//
// A full run (no filter) measures coverage unless --no-coverage (or FORAMEN_COVERAGE=0) says otherwise:
// V8 coverage of every process the tests start (NODE_V8_COVERAGE), reported by c8 over dist/src, with a
// floor of 90% of lines in each core rule folder (CORE below). The output ends, as CI expects, with the
// test runner's summary followed by the coverage table and one plain line `N passed, N failed`: the
// runner's own counts, plus one failure when the coverage floor is not met, and one when .ci/run says
// the soak test failed (FORAMEN_SOAK_RESULT=failed). Coverage is of the compiled
// JavaScript (tsc keeps statements line for line; type-only lines do not count), as HTML and lcov in
// coverage/ for a closer look.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The core rule folders held to the line-coverage floor (issue 10). */
const CORE = ['anatomy', 'grading', 'localisation', 'triage', 'assess', 'meds'];
const FLOOR = 90;

function collect(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const filter = args.filter((a) => !a.startsWith('--'));
const coverage =
  args.includes('--coverage') ||
  (!args.includes('--no-coverage') && filter.length === 0 && process.env.FORAMEN_COVERAGE !== '0');
const distDir = process.env.FORAMEN_DIST ?? 'dist';
const files = collect(distDir, [])
  .filter((f) => filter.length === 0 || filter.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error(`run-tests: no test files under ${distDir}/ (did the build run?)`);
  process.exit(1);
}

const coverageDir = join(root, 'coverage');
const rawDir = join(coverageDir, 'v8');
if (coverage) {
  rmSync(coverageDir, { recursive: true, force: true });
  mkdirSync(rawDir, { recursive: true });
}

// The runner's output passes straight through; its summary lines are also read for the final count.
const child = spawn(
  process.execPath,
  ['--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  {
    stdio: ['inherit', 'pipe', 'inherit'],
    env: { ...process.env, FORAMEN_TEST: '1', ...(coverage ? { NODE_V8_COVERAGE: rawDir } : {}) },
  },
);
let tail = '';
child.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  tail = (tail + chunk.toString('utf8')).slice(-200_000);
});
const status = await new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));
const count = (label) => {
  const m = new RegExp(`^(?:ℹ |# )${label} (\\d+)`, 'm').exec(tail);
  return m ? Number(m[1]) : undefined;
};
let passed = count('pass') ?? 0;
let failed = count('fail') ?? (status === 0 ? 0 : 1);
if (status !== 0 && failed === 0) failed = 1; // the runner failed without saying which test (a crash)

// .ci/run runs the soak test first and passes its outcome on, so a failed soak shows in the final line too.
if (process.env.FORAMEN_SOAK_RESULT === 'failed') {
  console.log(
    '\nsoak: the soak test before this run FAILED (see its output above); counted as one failure',
  );
  failed += 1;
}
if (coverage) {
  const ok = reportCoverage();
  // The floor judges the whole suite; a filtered run only shows what its tests reach.
  if (!ok && filter.length === 0) failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);

/** Prints line coverage per src folder (core folders first) and checks the floor; true when it holds. */
function reportCoverage() {
  const c8 = join(root, 'node_modules', 'c8', 'bin', 'c8.js');
  if (!existsSync(c8)) {
    console.log('\ncoverage: c8 is not installed (npm ci installs it); no coverage floor checked');
    return false;
  }
  const report = spawnSync(
    process.execPath,
    [
      c8,
      'report',
      '--temp-directory',
      rawDir,
      '--reports-dir',
      coverageDir,
      '--all',
      '--src',
      join(distDir, 'src'),
      '--include',
      `${distDir}/src/**/*.js`,
      '--exclude',
      '**/*.test.js',
      '--exclude',
      '**/*.d.ts',
      '--reporter',
      'json-summary',
      '--reporter',
      'lcov',
      '--reporter',
      'html',
    ],
    { cwd: root, encoding: 'utf8' },
  );
  const summaryFile = join(coverageDir, 'coverage-summary.json');
  if (report.status !== 0 || !existsSync(summaryFile)) {
    console.log(
      `\ncoverage: c8 report failed: ${(report.stderr || report.stdout || '').split('\n')[0]}`,
    );
    return false;
  }
  rmSync(rawDir, { recursive: true, force: true });
  const summary = JSON.parse(readFileSync(summaryFile, 'utf8'));
  const folders = new Map();
  for (const [file, data] of Object.entries(summary)) {
    if (file === 'total') continue;
    const parts = relative(join(root, distDir, 'src'), file).split(sep);
    const folder = parts.length > 1 ? parts[0] : '(top level)';
    const f = folders.get(folder) ?? { covered: 0, total: 0, branchesCovered: 0, branches: 0 };
    f.covered += data.lines.covered;
    f.total += data.lines.total;
    f.branchesCovered += data.branches.covered;
    f.branches += data.branches.total;
    folders.set(folder, f);
  }
  const pct = (f) => (f.total === 0 ? 100 : (100 * f.covered) / f.total);
  const rows = [...folders.entries()].sort(
    ([a], [b]) => Number(!CORE.includes(a)) - Number(!CORE.includes(b)) || a.localeCompare(b),
  );
  console.log(
    `\ncoverage (lines of the compiled src/, by folder; core rules need ${FLOOR}%; details in coverage/index.html):`,
  );
  console.log('| folder | lines | covered / total | branches | floor |');
  console.log('| --- | ---: | ---: | ---: | --- |');
  const below = [];
  for (const [folder, f] of rows) {
    const core = CORE.includes(folder);
    if (core && pct(f) < FLOOR) below.push(`src/${folder} ${pct(f).toFixed(1)}%`);
    const branches = f.branches === 0 ? 100 : (100 * f.branchesCovered) / f.branches;
    console.log(
      `| src/${folder} | ${pct(f).toFixed(1)}% | ${f.covered} / ${f.total} | ${branches.toFixed(1)}% | ${core ? (pct(f) >= FLOOR ? `≥ ${FLOOR}% ok` : `BELOW ${FLOOR}%`) : ''} |`,
    );
  }
  const missing = CORE.filter((c) => !folders.has(c));
  for (const m of missing) below.push(`src/${m} not measured`);
  const t = summary.total.lines;
  console.log(
    `| all of src/ | ${t.pct.toFixed(1)}% | ${t.covered} / ${t.total} | ${summary.total.branches.pct.toFixed(1)}% | |`,
  );
  if (below.length > 0 && filter.length > 0)
    console.log(`coverage: filtered run, floor not applied (under ${FLOOR}%: ${below.join(', ')})`);
  else if (below.length > 0)
    console.log(`coverage: FAILED, core rules under ${FLOOR}% of lines: ${below.join(', ')}`);
  else
    console.log(
      `coverage: core rules (src/${CORE.join(', src/')}) all at or above ${FLOOR}% of lines`,
    );
  return below.length === 0;
}
