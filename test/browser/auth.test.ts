/**
 * Signing in on the timeline page in Debian's Chromium (playwright-core), on a phone-sized screen,
 * against a real server on 127.0.0.1:0 with its own SQLite records: the one-time-code field for an
 * account with two-step sign-in, the forced password change after an admin reset, and enrolment
 * from the page. The server's clock is the test's, so the codes generated here with `otpauth` match.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { buildApp } from '../../src/http/app.js';
import { createUser, openRecordStore } from '../../src/index.js';
import type { RecordStore } from '../../src/index.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const artifacts = join(repoRoot, 'test-artifacts');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'];
const PASSWORD = 'correct horse battery';

let t = Date.parse('2026-03-01T09:00:00Z');
const now = () => new Date(t);
let dataDir = '';
let store: RecordStore;
let app: FastifyInstance;
let base = '';
let browser: Browser;
let context: BrowserContext;
const consoleErrors: string[] = [];

const totpOf = (secret: string) =>
  new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' });

async function login(username: string, password = PASSWORD, totp?: string) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password, ...(totp ? { totp } : {}) },
  });
}

async function tokenOf(username: string, password = PASSWORD): Promise<string> {
  const res = await login(username, password);
  assert.equal(res.statusCode, 200, res.body);
  return res.json<{ token: string }>().token;
}

async function post(token: string, url: string, payload?: unknown) {
  const res = await app.inject({
    method: 'POST',
    url,
    headers: { authorization: `Bearer ${token}` },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
  assert.ok(res.statusCode < 300, `${url}: ${res.statusCode} ${res.body}`);
  return res;
}

before(async () => {
  mkdirSync(artifacts, { recursive: true });
  dataDir = mkdtempSync(join(tmpdir(), 'foramen-webauth-'));
  store = await openRecordStore({ dataDir }, { now });
  for (const [username, role] of [
    ['admin', 'admin'],
    ['dr-mfa', 'clinician'],
    ['dr-reset', 'clinician'],
    ['dr-enrol', 'clinician'],
  ] as const) {
    await createUser(
      store.db,
      { kind: 'cli', name: 'test' },
      { username, password: PASSWORD, role },
    );
  }
  app = await buildApp({ logger: false, rateLimitPerMinute: false, records: { store, now } });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  // axe is injected as an inline script, which the app's CSP rightly forbids; bypassCSP lets the audit run.
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  context.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});

after(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function openTimeline(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${base}/timeline.html`, { waitUntil: 'networkidle' });
  await page.locator('#signin').waitFor();
  return page;
}

const scrollWidth = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
        .documentElement.scrollWidth,
  );

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

describe('timeline sign-in in Chromium at 390 px', () => {
  it('an account with two-step sign-in: the page asks for the code, then signs in with it', async () => {
    const token = await tokenOf('dr-mfa');
    const { secret } = (await post(token, '/api/auth/mfa/enroll')).json<{ secret: string }>();
    const totp = totpOf(secret);
    await post(token, '/api/auth/mfa/verify', { totp: totp.generate({ timestamp: t }) });
    t += 60_000; // a later step: the code used to verify cannot be replayed

    const page = await openTimeline();
    assert.equal(await page.locator('#totp-field').isVisible(), false, 'no code field at first');
    await page.getByLabel('Username').fill('dr-mfa');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.getByLabel('Code from your authenticator app (6 digits)');
    await code.waitFor({ state: 'visible' });
    assert.match((await page.locator('#status').textContent()) ?? '', /6-digit code/);
    assert.equal(await page.locator('#picker').isVisible(), false);
    assert.ok((await scrollWidth(page)) <= 390, 'no sideways scroll with the code field');
    await page.screenshot({ path: join(artifacts, 'timeline-signin-code.png') });
    assert.deepEqual(await axeViolations(page), []);

    // The password field keeps its value, so the code is all the user adds.
    await code.fill(totp.generate({ timestamp: t }));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#picker').waitFor({ state: 'visible' });
    assert.match((await page.locator('#status').textContent()) ?? '', /Signed in as dr-mfa/);
    assert.equal(await page.locator('#mfa-setup').isVisible(), false, 'already enrolled');
    assert.equal(await page.locator('#signin').isVisible(), false);
    await page.close();
  });

  it('a wrong code is refused and the page stays on sign-in', async () => {
    const page = await openTimeline();
    await page.getByLabel('Username').fill('dr-mfa');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = page.getByLabel('Code from your authenticator app (6 digits)');
    await code.waitFor({ state: 'visible' });
    await code.fill('000000');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#status .error').waitFor();
    assert.match((await page.locator('#status').textContent()) ?? '', /wrong username/);
    assert.equal(await page.locator('#picker').isVisible(), false);
    await page.close();
  });

  it('after an admin reset the page asks for a new password before anything else', async () => {
    const admin = await tokenOf('admin');
    await post(admin, '/api/auth/users/dr-reset/reset-password', {
      password: 'temporary password 1',
    });
    const page = await openTimeline();
    await page.getByLabel('Username').fill('dr-reset');
    await page.getByLabel('Password', { exact: true }).fill('temporary password 1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#password-change').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#picker').isVisible(), false);
    assert.ok((await scrollWidth(page)) <= 390, 'no sideways scroll on the password screen');
    await page.screenshot({ path: join(artifacts, 'timeline-password-change.png') });
    assert.deepEqual(await axeViolations(page), []);

    await page.getByLabel('Current (temporary) password').fill('temporary password 1');
    await page.getByLabel('New password', { exact: true }).fill('my very own password');
    await page.getByLabel('New password again').fill('not the same password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    // The page writes its status after it redraws: wait for the text rather than read it once.
    await page
      .locator('#status')
      .filter({ hasText: /does not match/ })
      .waitFor();
    await page.getByLabel('New password again').fill('my very own password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.locator('#picker').waitFor({ state: 'visible' });
    await page
      .locator('#status')
      .filter({ hasText: /Password changed/ })
      .waitFor();
    await page.close();
    assert.equal((await login('dr-reset', 'temporary password 1')).statusCode, 401);
    assert.equal((await login('dr-reset', 'my very own password')).statusCode, 200);
  });

  it('set up two-step sign-in from the page: copy the secret, confirm a code', async () => {
    const page = await openTimeline();
    await page.getByLabel('Username').fill('dr-enrol');
    await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#picker').waitFor({ state: 'visible' });
    await page.getByText('Set up two-step sign-in').click();
    await page.getByRole('button', { name: 'Get a secret' }).click();
    const key = page.getByLabel('Secret (type it into the app)');
    await key.waitFor({ state: 'visible' });
    const secret = await key.inputValue();
    assert.match(secret, /^[A-Z2-7]+=*$/);
    assert.match(
      await page.getByLabel('Or paste this setup link into the app').inputValue(),
      /^otpauth:\/\/totp\/Foramen:dr-enrol\?/,
    );
    assert.ok((await scrollWidth(page)) <= 390, 'the long setup link wraps');
    await page.screenshot({ path: join(artifacts, 'timeline-mfa-setup.png'), fullPage: true });
    assert.deepEqual(await axeViolations(page), []);

    await page.getByLabel('Code the app shows now').fill(totpOf(secret).generate({ timestamp: t }));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.locator('#mfa-setup').waitFor({ state: 'hidden' });
    assert.match((await page.locator('#status').textContent()) ?? '', /Two-step sign-in is on/);
    await page.close();
    const noCode = await login('dr-enrol');
    assert.equal(noCode.statusCode, 401);
    assert.equal(noCode.json<{ error: { path: string } }>().error.path, 'totp');
  });

  it('logged no browser console errors', () => {
    // A refused sign-in is a 401 the page handles; Chromium still logs the failed request.
    assert.deepEqual(
      consoleErrors.filter((m) => !/status of 40[013]/.test(m)),
      [],
    );
  });
});
