#!/usr/bin/env node
// Copies Chart.js's UMD build from node_modules into this folder, so the timeline page loads it as a
// same-origin classic script (no build step, CSP script-src 'self'). Run after upgrading chart.js:
//   node web/timeline/vendor/update.mjs
// test/records/web-timeline.test.ts fails when the copy and the installed package differ.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// chart.js exports no ./package.json, so find it where npm installs it: the repository's node_modules.
const pkgDir = join(here, '..', '..', '..', 'node_modules', 'chart.js');
const { version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
copyFileSync(join(pkgDir, 'dist', 'chart.umd.min.js'), join(here, 'chart.umd.min.js'));
copyFileSync(join(pkgDir, 'LICENSE.md'), join(here, 'chart.js-LICENSE.md'));
writeFileSync(join(here, 'VERSIONS.json'), `${JSON.stringify({ 'chart.js': version }, null, 2)}\n`);
process.stdout.write(`vendored chart.js ${version}\n`);
