/**
 * Browser checks in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core): axe-core
 * finds no violations at all on the index, a spread of patient pages and a clinician page; a patient page
 * renders without clinician notes; the print view is the one-page handout on A4 and on Letter; no page
 * scrolls sideways at 390 px; the diagrams render (screenshots in test-artifacts/diagrams); the
 * client-side search finds pages. A missing browser fails the test: it is not skipped.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { buildArticleSite } from '../../src/articles/index.js';

const CHROMIUM = process.env.FORAMEN_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// The index and one page per zone (axe takes seconds on a long page, so a spread rather than all 72).
const PAGES = [
  'index.html',
  'l4-l5/left-foraminal.html',
  't12-l1/right-extraforaminal.html',
  'l5-s1/bilateral-central.html',
  'l2-l3/right-subarticular.html',
  'l4-l5/left-foraminal.clinician.html',
  'kb/drug-ibuprofen.html',
];
const PATIENT = 'l4-l5/left-foraminal.html';

const artifacts = join(process.cwd(), 'test-artifacts');
const siteDir = join(artifacts, 'site-browser');
let context: BrowserContext | undefined;
let profile = '';

/** The bits of the DOM the page scripts below touch (the project compiles without the DOM library). */
interface PageGlobals {
  document: { getElementById(id: string): { textContent: string | null } | null };
  axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

const MISSING = `Chromium not found at ${CHROMIUM}. Install Debian's chromium package (apt-get install -y chromium) or set FORAMEN_CHROMIUM to a Chromium binary; the browser tests need it.`;

async function open(name: string): Promise<Page> {
  // Each test fails on its own with the same clear message, so a missing browser counts as failures.
  if (!context) throw new Error(existsSync(CHROMIUM) ? 'Chromium did not start' : MISSING);
  const page = await context.newPage();
  await page.goto(pathToFileURL(join(siteDir, name)).href);
  return page;
}

describe('articles in Chromium', () => {
  before(async () => {
    if (!existsSync(CHROMIUM)) return;
    mkdirSync(join(artifacts, 'diagrams'), { recursive: true });
    rmSync(siteDir, { recursive: true, force: true });
    mkdirSync(siteDir, { recursive: true });
    for (const f of buildArticleSite()) {
      if (PAGES.includes(f.path)) {
        mkdirSync(dirname(join(siteDir, f.path)), { recursive: true });
        writeFileSync(join(siteDir, f.path), f.content);
      }
    }
    profile = mkdtempSync(join(tmpdir(), 'foramen-chromium-'));
    // A fresh profile each run; playwright passes it as --user-data-dir.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1100, height: 900 },
    });
  });
  after(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const axeSource = readFileSync(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  for (const name of PAGES) {
    it(`${name}: axe-core finds no violations`, async () => {
      const page = await open(name);
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const g = globalThis as unknown as PageGlobals;
        const result = await g.axe.run(g.document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
        }));
      });
      await page.close();
      assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
    });
    it(`${name}: no horizontal scroll at 390 px`, async () => {
      const page = await open(name);
      await page.setViewportSize({ width: 390, height: 844 });
      const width = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
            .document.documentElement.scrollWidth,
      );
      await page.close();
      assert.ok(width <= 390, `${name} is ${String(width)} px wide`);
    });
  }

  it('a patient page renders without clinician notes', async () => {
    const page = await open(PATIENT);
    assert.equal(await page.locator('details').count(), 0);
    assert.equal(await page.locator('table').count(), 0);
    const text = (await page.locator('main').innerText()).toLowerCase();
    for (const word of ['for clinicians', 'mrc', 'grade 3', 'label maximum', 'evidence (']) {
      assert.ok(!text.includes(word), word);
    }
    await page.close();
  });

  for (const format of ['A4', 'Letter'] as const) {
    it(`the print view is the one-page handout on ${format}`, async () => {
      const page = await open(PATIENT);
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.handout').isVisible(), true);
      assert.equal(await page.locator('main > article').isVisible(), false);
      assert.equal(await page.locator('.handout .callout.emergency').isVisible(), true);
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      await page.close();
      assert.equal(pages, 1, `${format}: ${String(pages)} pages`);
    });
  }

  it('draws both diagrams at full size and saves screenshots for review', async () => {
    for (const name of PAGES.filter((p) => /^[lt]\d.*-[a-z]+\.html$/.test(p))) {
      const page = await open(name);
      for (const id of ['spine-diagram', 'dermatome-diagram']) {
        const figure = page.locator(`#${id} svg`);
        if ((await figure.count()) === 0) {
          // Only T12 has no leg map; every other page must have both figures.
          assert.ok(
            name.startsWith('t12-l1/right-extraforaminal') && id === 'dermatome-diagram',
            `${name} has no ${id}`,
          );
          continue;
        }
        const box = await figure.boundingBox();
        assert.ok(box && box.width > 400 && box.height > 400, `${name} ${id} renders too small`);
        await figure.screenshot({
          path: join(
            artifacts,
            'diagrams',
            `${name.replace('.html', '').replace('/', '-')}-${id}.png`,
          ),
        });
      }
      await page.close();
    }
  });

  it('the index search finds pages as you type', async () => {
    const page = await open('index.html');
    await page.fill('#q', 'l4-l5 left foraminal');
    await page.waitForFunction(
      () =>
        ((globalThis as unknown as PageGlobals).document.getElementById('search-status')
          ?.textContent ?? '') !== '',
    );
    const links = await page
      .locator('#results a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    // "foraminal" is also inside "extraforaminal", so both left L4-L5 foraminal pages match.
    assert.deepEqual(links.sort(), ['l4-l5/left-extraforaminal.html', 'l4-l5/left-foraminal.html']);
    await page.fill('#q', 'big toe');
    await page.waitForFunction(() =>
      (
        (globalThis as unknown as PageGlobals).document.getElementById('search-status')
          ?.textContent ?? ''
      ).includes('found'),
    );
    const hits = await page
      .locator('#results a')
      .evaluateAll((as) => as.map((a) => a.textContent ?? ''));
    assert.ok(hits.length > 0 && hits.every((t) => /L4|L5/.test(t)), hits.join(' | '));
    await page.close();
  });
});
