/**
 * The web app in Debian's Chromium, driven by playwright-core against a real server on 127.0.0.1:0.
 * Screenshots go to test-artifacts/ (gitignored) for people to look at.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const artifacts = join(repoRoot, 'test-artifacts');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
const MAX_SCRIPT_BYTES = 300 * 1024;

let app: FastifyInstance;
let base = '';
let context: BrowserContext;
let profile = '';
const consoleErrors: string[] = [];

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  app = await buildApp({ logger: false, rateLimitPerMinute: false });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  profile = mkdtempSync(join(tmpdir(), 'foramen-chromium-'));
  // axe is injected as an inline script, which the app's CSP rightly forbids; bypassCSP lets the audit run.
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
  });
  context.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});

after(async () => {
  await context?.close();
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Opens a page and records how many bytes of script it loaded. */
async function open(path: string): Promise<{ page: Page; scriptBytes: () => number }> {
  const page = await context.newPage();
  let bytes = 0;
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') {
      void response.body().then(
        (b) => {
          bytes += b.length;
        },
        () => undefined,
      );
    }
  });
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  return { page, scriptBytes: () => bytes };
}

/** Serious or critical accessibility violations found by axe-core. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    return axe.run(globalThis, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.nodes.length})`);
}

describe('web app in Chromium', () => {
  it('assessment: fill the body map, examination and imaging, and see the triage', async () => {
    const { page, scriptBytes } = await open('/assess.html');
    await page.locator('[data-region="anterior-thigh"][data-side="left"]').click();
    // Keyboard: focus a region and press Space.
    await page.locator('[data-region="medial-knee"][data-side="left"]').focus();
    await page.keyboard.press('Space');
    assert.equal(
      await page
        .locator('[data-region="medial-knee"][data-side="left"]')
        .getAttribute('aria-checked'),
      'true',
    );
    await page.selectOption('select[aria-label="knee extension, left"]', '4');
    await page.selectOption('select[aria-label="patellar, left"]', 'reduced');
    await page.selectOption('select[aria-label="femoral nerve stretch, left"]', 'positive');
    await page.fill('#duration', '8');
    await page.click('#add-imaging');
    const row = page.locator('#imaging-rows tr').first();
    await row.locator('select[aria-label="Level"]').selectOption('L3-L4');
    await row.locator('select[aria-label="Zone"]').selectOption('foraminal');
    await row.locator('select[aria-label="Side"]').selectOption('left');
    await row.locator('select[aria-label="Severity"]').selectOption('moderate');
    await page.click('#assess-submit');
    const banner = page.locator('#triage-banner');
    await banner.waitFor();
    assert.match((await banner.textContent()) ?? '', /Triage:/);
    assert.match((await page.locator('.root h3').first().textContent()) ?? '', /left L3/);
    await page.locator('#diagram svg').waitFor();
    // The likely root's skin areas are shaded on the same body map, on its side only.
    assert.ok((await page.locator('.region[data-dermatome="main"][data-side="left"]').count()) > 0);
    assert.equal(await page.locator('.region[data-dermatome][data-side="right"]').count(), 0);
    assert.match(
      (await page.locator('.dermatome-legend').textContent()) ?? '',
      /L3 root on the left/,
    );
    await page.screenshot({ path: join(artifacts, 'assess-results.png'), fullPage: true });
    assert.ok(scriptBytes() < MAX_SCRIPT_BYTES, `script ${scriptBytes()} bytes`);
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('assessment body map: the dermatome outline, every region clickable and keyboard-operable', async () => {
    const { page } = await open('/assess.html');
    const boxes = page.locator('#bodymap [role="checkbox"]');
    const n = await boxes.count();
    // 19 regions on each side plus the saddle, one checkbox each.
    assert.equal(n, 39);
    for (let i = 0; i < n; i++) {
      const box = boxes.nth(i);
      await box.scrollIntoViewIfNeeded();
      // A real click on a visible part of the region (a point where it, or its twin in the other view, is on top).
      const point = await box.evaluate((el) => {
        type El = {
          dataset: Record<string, string | undefined>;
          getBoundingClientRect(): { left: number; top: number; width: number; height: number };
        };
        const d = (
          globalThis as unknown as {
            document: { elementFromPoint(x: number, y: number): El | null };
          }
        ).document;
        const me = el as unknown as El;
        const key = `${me.dataset.region ?? ''}|${me.dataset.side ?? ''}`;
        const r = me.getBoundingClientRect();
        for (let a = 1; a < 12; a++) {
          for (let b = 1; b < 12; b++) {
            const x = r.left + (r.width * a) / 12;
            const y = r.top + (r.height * b) / 12;
            const t = d.elementFromPoint(x, y);
            if (t && `${t.dataset.region ?? ''}|${t.dataset.side ?? ''}` === key) return { x, y };
          }
        }
        return undefined;
      });
      const name = (await box.getAttribute('aria-label')) ?? '';
      assert.ok(point, `${name} has no visible part to click`);
      await page.mouse.click(point.x, point.y);
      assert.equal(await box.getAttribute('aria-checked'), 'true', name);
    }
    // Keyboard: Tab moves between regions; Space and Enter toggle.
    const first = boxes.first();
    await first.focus();
    await page.keyboard.press('Enter');
    assert.equal(await first.getAttribute('aria-checked'), 'false');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const d = (
        globalThis as unknown as {
          document: { activeElement: { getAttribute(n: string): string | null } | null };
        }
      ).document;
      return d.activeElement?.getAttribute('role') ?? '';
    });
    assert.equal(focused, 'checkbox');
    await page.keyboard.press('Space');
    assert.equal(await boxes.nth(1).getAttribute('aria-checked'), 'false');
    assert.ok((await page.locator('#bodymap .outline').count()) >= 4, 'the body outline is drawn');
    await page.close();
  });

  for (const path of [
    '/',
    '/assess.html',
    '/report.html',
    '/grade.html',
    '/learn.html',
    '/check.html',
    '/docs',
    '/timeline.html',
  ]) {
    it(`${path}: no horizontal scroll at 390 px`, async () => {
      const { page } = await open(path);
      await page.setViewportSize({ width: 390, height: 844 });
      const width = await page.evaluate(
        () =>
          (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
            .document.documentElement.scrollWidth,
      );
      await page.close();
      assert.ok(width <= 390, `${path} is ${String(width)} px wide`);
    });
  }

  it('assessment: a cauda equina red flag gives an emergency banner', async () => {
    const { page } = await open('/assess.html');
    await page.locator('#flags input[value="saddle-anesthesia"]').check();
    await page.click('#assess-submit');
    await page.locator('#triage-banner.emergency').waitFor();
    await page.screenshot({ path: join(artifacts, 'assess-emergency.png') });
    await page.close();
  });

  it('report reader: paste a report and see the findings highlighted and tabulated', async () => {
    const { page } = await open('/report.html');
    await page.fill(
      '#report-text',
      'MRI LUMBAR SPINE\nFINDINGS:\nL4-5: Moderate left neural foraminal narrowing. No central canal stenosis.\nL5-S1: Mild bilateral facet arthropathy.',
    );
    await page.click('#report-submit');
    await page.locator('#findings-table tbody tr').first().waitFor();
    assert.ok((await page.locator('#highlighted mark').count()) >= 2);
    const rows = await page.locator('#findings-table tbody tr').allTextContents();
    assert.ok(
      rows.some((r) => /L4-L5/.test(r) && /foraminal stenosis/.test(r) && /moderate/.test(r)),
      rows.join('\n'),
    );
    assert.ok(
      rows.some((r) => /central canal stenosis/.test(r) && /absent/.test(r)),
      rows.join('\n'),
    );
    await page.screenshot({ path: join(artifacts, 'report-findings.png'), fullPage: true });
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('education library: open an article', async () => {
    const { page } = await open('/learn.html');
    await page.selectOption('#learn-level', 'L5-S1');
    await page.selectOption('#learn-side', 'right');
    await page.selectOption('#learn-zone', 'subarticular');
    await page.click('#learn-open');
    await page.locator('#article-title').waitFor();
    assert.match((await page.locator('#article-title').textContent()) ?? '', /L5-S1/);
    assert.ok((await page.locator('#article section').count()) >= 8);
    assert.equal(await page.locator('#article details').count(), 0, 'no clinician notes');
    assert.ok((await page.locator('#article a[href^="/api/kb/"]').count()) >= 8, 'linked KB pages');
    await page.screenshot({ path: join(artifacts, 'article.png') });
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('symptom checker: an emergency answer ends in emergency advice', async () => {
    const { page } = await open('/check.html');
    await page.locator('input[name="where"][value="back-thigh"]').check();
    await page.locator('input[name="emergency"][value="urinary-retention"]').check();
    await page.click('#check-submit');
    await page.locator('#advice').waitFor();
    assert.match(
      (await page.locator('#advice h2').textContent()) ?? '',
      /emergency department now/,
    );
    await page.screenshot({ path: join(artifacts, 'symptom-checker.png') });
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('symptom checker: recent sciatica without warning signs ends in self-care advice', async () => {
    const { page } = await open('/check.html');
    await page.locator('input[name="where"][value="back-thigh"]').check();
    await page.locator('input[name="where"][value="calf"]').check();
    await page.click('#check-submit');
    await page.locator('#advice').waitFor();
    assert.match((await page.locator('#advice h2').textContent()) ?? '', /home|GP/);
    await page.close();
  });

  it('grading calculator: grade Lee from its criteria', async () => {
    const { page } = await open('/grade.html');
    await page.selectOption('#system', 'lee');
    await page.check('#in-fatObliteration-superior');
    await page.check('#in-fatObliteration-inferior');
    await page.click('#grade-submit');
    await page.locator('#grade-result h2').waitFor();
    assert.match((await page.locator('#grade-result h2').textContent()) ?? '', /Grade 1/);
    await page.screenshot({ path: join(artifacts, 'grade.png') });
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('docs page renders the OpenAPI operations without a CDN', async () => {
    const { page } = await open('/docs');
    await page.locator('.op').first().waitFor();
    assert.ok((await page.locator('.op').count()) >= 15);
    const external: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base)) external.push(r.url());
    });
    await page.reload({ waitUntil: 'networkidle' });
    assert.deepEqual(external, []);
    await page.close();
  });

  it('home page is usable on a phone-sized screen', async () => {
    const { page } = await open('/');
    await page.setViewportSize({ width: 375, height: 740 });
    const width = await page.evaluate(
      () =>
        (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
          .document.documentElement.scrollWidth,
    );
    assert.ok(width <= 375, `page is ${width}px wide`);
    await page.screenshot({ path: join(artifacts, 'home-mobile.png') });
    assert.deepEqual(await axeViolations(page), []);
    await page.close();
  });

  it('logged no browser console errors', () => {
    assert.deepEqual(consoleErrors, []);
  });
});
