/**
 * The timeline page and the patient's questionnaire page in Debian's Chromium (playwright-core), against
 * a real server with a fresh SQLite store: sign in, see the charts drawn by Chart.js with the escalation
 * prompt, record a score, issue a one-time link and answer it as the patient.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { createUser, openRecordStore } from '../../src/index.js';
import type { Actor, RecordStore } from '../../src/index.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PASSWORD = 'correct horse battery';
const TODAY = new Date('2024-02-20T10:00:00.000Z');

describe('vendored chart library', () => {
  it('web/timeline/vendor holds the installed Chart.js build, unchanged', () => {
    const installed = join(repoRoot, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js');
    const vendored = join(repoRoot, 'web', 'timeline', 'vendor', 'chart.umd.min.js');
    const versions = JSON.parse(
      readFileSync(join(repoRoot, 'web', 'timeline', 'vendor', 'VERSIONS.json'), 'utf8'),
    ) as Record<string, string>;
    const pkg = JSON.parse(
      readFileSync(join(repoRoot, 'node_modules', 'chart.js', 'package.json'), 'utf8'),
    ) as { version: string };
    assert.equal(versions['chart.js'], pkg.version, 'run node web/timeline/vendor/update.js');
    const [banner, ...rest] = readFileSync(vendored, 'utf8').split('\n');
    assert.match(banner ?? '', /^\/\* eslint-disable \*\/ \/\* Chart\.js /);
    assert.equal(
      rest.join('\n'),
      readFileSync(installed, 'utf8'),
      'run node web/timeline/vendor/update.js',
    );
  });
});

const haveBrowser = existsSync(CHROMIUM);
describe(
  'timeline and questionnaire pages in Chromium',
  { skip: haveBrowser ? false : `no browser at ${CHROMIUM}` },
  () => {
    let dir = '';
    let store: RecordStore;
    let app: FastifyInstance;
    let base = '';
    let context: BrowserContext;
    let profile = '';
    let patientId = '';
    const consoleErrors: string[] = [];

    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'foramen-web-timeline-'));
      store = await openRecordStore({ dataDir: dir }, { now: () => TODAY });
      const user = await createUser(
        store.db,
        { kind: 'cli', name: 'test' },
        { username: 'dr-web', password: PASSWORD, role: 'clinician' },
      );
      const actor: Actor = { kind: 'user', userId: user.id, role: 'clinician' };
      patientId = (await store.createPatient(actor, { pseudonym: 'WEB-01' })).id;
      await store.createEpisode(actor, patientId, {
        label: 'left L5 radicular pain',
        startedOn: '2024-01-01',
        conservativeCareStartedOn: '2024-01-01',
      });
      await store.recordSubmission(actor, patientId, 'odi', {
        takenAt: '2024-01-02',
        input: { answers: [4, 2, 3, 2, 2, 2, 1, 2, 1, 1] },
      });
      await store.recordSubmission(actor, patientId, 'odi', {
        takenAt: '2024-02-19',
        input: { answers: [3, 2, 3, 2, 2, 2, 1, 1, 1, 1] },
      });
      await store.recordSubmission(actor, patientId, 'nrs', {
        takenAt: '2024-01-02',
        input: { value: 8, site: 'leg' },
      });
      await store.recordSubmission(actor, patientId, 'nrs', {
        takenAt: '2024-02-19',
        input: { value: 5, site: 'leg' },
      });
      await store.recordAssessment(actor, patientId, {
        input: {
          symptoms: [
            { kind: 'pain', region: 'lateral-leg', side: 'left' },
            { kind: 'numbness', region: 'dorsum-foot', side: 'left' },
          ],
        },
      });
      app = await buildApp({
        logger: false,
        rateLimitPerMinute: false,
        records: { store, now: () => TODAY },
      });
      base = await app.listen({ host: '127.0.0.1', port: 0 });
      profile = mkdtempSync(join(tmpdir(), 'foramen-chromium-'));
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        args: ARGS,
        headless: true,
        bypassCSP: true,
        viewport: { width: 1280, height: 1000 },
      });
      context.on('console', (m) => {
        if (m.type() === 'error') consoleErrors.push(m.text());
      });
    });

    after(async () => {
      await context?.close();
      await app?.close();
      await store?.close();
      for (const d of [dir, profile]) if (d) rmSync(d, { recursive: true, force: true });
    });

    const signIn = async (page: Page) => {
      await page.goto(`${base}/timeline.html?patient=${patientId}`, { waitUntil: 'networkidle' });
      await page.fill('#username', 'dr-web');
      await page.fill('#password', PASSWORD);
      await page.click('#signin-form button[type="submit"]');
      await page.waitForSelector('#escalation .banner');
    };

    it('signs in, draws ODI and pain with Chart.js, marks the changes and prompts escalation', async () => {
      const page = await context.newPage();
      await signIn(page);
      assert.match((await page.textContent('#escalation')) ?? '', /Escalation threshold reached/);
      assert.equal(await page.getAttribute('#escalation .banner', 'role'), 'alert');
      const charts = await page.evaluate(() => {
        const chart = (
          globalThis as unknown as {
            Chart: {
              getChart(
                id: string,
              ): { data: { datasets: { label: string; data: unknown[] }[] } } | undefined;
            };
          }
        ).Chart;
        return ['odi-chart', 'pain-chart'].map((id) =>
          chart.getChart(id)?.data.datasets.map((d) => `${d.label}:${d.data.length}`),
        );
      });
      assert.deepEqual(charts[0], [
        'ODI:2',
        'important improvement below:2',
        'important worsening above:2',
        'six-week review:2',
      ]);
      assert.ok(charts[1]?.includes('leg pain:2'));
      assert.equal(await page.locator('#odi-table tbody tr').count(), 2);
      assert.match((await page.textContent('#pain-table')) ?? '', /important improvement/);
      assert.match((await page.textContent('#triage-table')) ?? '', /L5/);
      assert.equal(await page.textContent('#patient-name'), 'WEB-01');
      await page
        .screenshot({ path: join(repoRoot, 'test-artifacts', 'timeline.png'), fullPage: true })
        .catch(() => undefined);
      await page.close();
    });

    it('records a pain rating from the page and redraws', async () => {
      const page = await context.newPage();
      await signIn(page);
      await page.selectOption('#pain-site', 'back');
      await page.fill('#pain-value', '6');
      await page.fill('#pain-date', '2024-02-20');
      await page.click('#pain-form button[type="submit"]');
      await page.waitForFunction("document.querySelectorAll('#pain-table tbody tr').length === 3");
      const bad = await page.evaluate(async () => (await fetch('/api/patients')).status);
      assert.equal(bad, 401, 'the API needs the bearer token, not a cookie');
      await page.close();
    });

    it('issues a one-time link that the patient answers without an account, once', async () => {
      const page = await context.newPage();
      await signIn(page);
      await page.uncheck('#link-form input[value="nrs"]');
      await page.check('#link-form input[value="startback"]');
      await page.click('#link-form button[type="submit"]');
      const url = await page.inputValue('#link-output input');
      assert.match(url, /\/timeline\/fill\.html#token=[A-Za-z0-9_-]{40,}$/);

      const patient = await context.newPage();
      await patient.goto(url, { waitUntil: 'networkidle' });
      await patient.waitForSelector('#questions:not([hidden])');
      assert.ok(!patient.url().includes('token='), 'the token leaves the address bar');
      for (let i = 0; i < 10; i++) {
        if (i !== 7) await patient.check(`input[name="odi-${i}"][value="1"]`);
      }
      for (let i = 0; i < 8; i++) {
        await patient.check(`input[name="sb-${i}"][value="${i < 5 ? 1 : 0}"]`);
      }
      await patient.check('input[name="sb-8"][value="1-3"]');
      await patient.click('#questions button[type="submit"]');
      await patient.waitForSelector('text=your answers have reached your clinician');
      const again = await context.newPage();
      await again.goto(url, { waitUntil: 'networkidle' });
      await again.waitForSelector('#status p');
      assert.match((await again.textContent('#status')) ?? '', /already been used or has expired/);
      await again.close();

      await page.reload({ waitUntil: 'networkidle' });
      await page.waitForSelector('#startback-table tbody tr');
      assert.match((await page.textContent('#startback-table')) ?? '', /2024-02-2062medium/); // total 6, psychosocial 2
      assert.match((await page.textContent('#odi-table')) ?? '', /patient-link/);
      await page.close();
      await patient.close();
    });

    it('has no serious accessibility violations and no console errors', async () => {
      const page = await context.newPage();
      await signIn(page);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: {
              run: (
                ctx: unknown,
                opts: unknown,
              ) => Promise<{ violations: { id: string; impact: string }[] }>;
            };
          }
        ).axe;
        return (await axe.run(globalThis, { resultTypes: ['violations'] })).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id);
      });
      assert.deepEqual(violations, []);
      assert.deepEqual(
        consoleErrors.filter((e) => !/401|410/.test(e)),
        [],
      );
      await page.close();
    });
  },
);
