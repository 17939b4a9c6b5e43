/**
 * Browser checks in headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core): axe-core
 * finds no serious or critical accessibility problems on the index and a spread of article pages, the
 * diagrams render (screenshots go to test-artifacts/diagrams for people to look at), the print style
 * hides navigation, and the client-side search finds pages. A missing browser fails the test: it is
 * not skipped.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  'l4-l5-left-foraminal.html',
  't12-l1-right-extraforaminal.html',
  'l5-s1-bilateral-central.html',
  'l2-l3-right-subarticular.html',
];

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
      if (PAGES.includes(f.path)) writeFileSync(join(siteDir, f.path), f.content);
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
    it(`${name}: axe-core finds no serious or critical violations`, async () => {
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
      const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad, [], JSON.stringify(bad, null, 2));
    });
  }

  it('draws both diagrams at full size and saves screenshots for review', async () => {
    for (const name of PAGES.filter((p) => p !== 'index.html')) {
      const page = await open(name);
      for (const id of ['spine-diagram', 'dermatome-diagram']) {
        const figure = page.locator(`#${id} svg`);
        if ((await figure.count()) === 0) {
          // Only T12 has no leg map; every other page must have both figures.
          assert.ok(
            name.startsWith('t12-l1-right-extraforaminal') && id === 'dermatome-diagram',
            `${name} has no ${id}`,
          );
          continue;
        }
        const box = await figure.boundingBox();
        assert.ok(box && box.width > 400 && box.height > 400, `${name} ${id} renders too small`);
        await figure.screenshot({
          path: join(artifacts, 'diagrams', `${name.replace('.html', '')}-${id}.png`),
        });
      }
      await page.close();
    }
  });

  it('the print style hides the navigation and keeps the emergency box', async () => {
    const page = await open('l4-l5-left-foraminal.html');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('nav.toc').isVisible(), false);
    assert.equal(await page.locator('.callout.emergency').first().isVisible(), true);
    await page.close();
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
    assert.deepEqual(links.sort(), ['l4-l5-left-extraforaminal.html', 'l4-l5-left-foraminal.html']);
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
