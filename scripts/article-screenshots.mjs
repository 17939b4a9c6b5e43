// Saves the README screenshots of one patient page and one clinician page (docs/screenshots/), taken in
// Debian's Chromium from the static site build. Run after `npm run build`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildArticleSite } from '../dist/src/index.js';

const out = new URL('../docs/screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });
const dir = mkdtempSync(join(tmpdir(), 'foramen-shots-'));
for (const f of buildArticleSite()) {
  mkdirSync(dirname(join(dir, f.path)), { recursive: true });
  writeFileSync(join(dir, f.path), f.content);
}
const browser = await chromium.launch({
  executablePath: process.env.FORAMEN_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu'],
});
const page = await browser.newPage({ viewport: { width: 900, height: 1400 } });
for (const [file, name] of [
  ['l4-l5/left-foraminal.html', 'patient-l4-l5-left-foraminal.png'],
  ['l4-l5/left-foraminal.clinician.html', 'clinician-l4-l5-left-foraminal.png'],
]) {
  await page.goto(pathToFileURL(join(dir, file)).href);
  await page.screenshot({ path: new URL(name, out).pathname });
}
await browser.close();
rmSync(dir, { recursive: true, force: true });
