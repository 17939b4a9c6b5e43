#!/usr/bin/env node
// Runs every compiled *.test.js under dist/ with node's own test runner. Node 20's `--test` takes no
// globs, and pointing it at a directory would also run fixtures, so the list is built here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function collect(dir, out) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) collect(path, out);
    else if (name.endsWith('.test.js')) out.push(path);
  }
  return out;
}

const filter = process.argv.slice(2);
const distDir = process.env.FORAMEN_DIST ?? 'dist';
const files = collect(distDir, []).filter((f) => filter.length === 0 || filter.some((s) => f.includes(s))).sort();
if (files.length === 0) {
  console.error(`run-tests: no test files under ${distDir}/ (did the build run?)`);
  process.exit(1);
}
const reporter = process.env.CI ? 'spec' : 'spec';
const result = spawnSync(
  process.execPath,
  ['--test', `--test-reporter=${reporter}`, '--test-concurrency=2', ...files],
  { stdio: 'inherit', env: { ...process.env, FORAMEN_TEST: '1' } },
);
process.exit(result.status ?? 1);
