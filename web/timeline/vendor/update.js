#!/usr/bin/env node
/* global process */
// Copies Chart.js's UMD build from node_modules into this folder, so the timeline page loads it as a
// same-origin classic script (no build step, CSP script-src 'self'). Run after upgrading chart.js:
//   node web/timeline/vendor/update.js
// test/records/web-timeline.test.ts fails when the copy and the installed package differ.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// chart.js exports no ./package.json, so find it where npm installs it: the repository's node_modules.
const pkgDir = join(here, '..', '..', '..', 'node_modules', 'chart.js');
const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
// The first line keeps the linter off a minified third-party file; the rest is the package's file as is.
const banner = `/* eslint-disable */ /* Chart.js ${version}, vendored by web/timeline/vendor/update.js: do not edit */\n`;
writeFileSync(join(here, 'chart.umd.min.js'), banner + readFileSync(join(pkgDir, 'dist', 'chart.umd.min.js'), 'utf8'));
copyFileSync(join(pkgDir, 'LICENSE.md'), join(here, 'chart.js-LICENSE.md'));
writeFileSync(join(here, 'VERSIONS.json'), `${JSON.stringify({ 'chart.js': version }, null, 2)}\n`);
process.stdout.write(`vendored chart.js ${version}\n`);
