/**
 * Issue 16, points 2 and 4, from outside over HTTP, on SQLite and (with FORAMEN_TEST_DATABASE_URL)
 * PostgreSQL: account lifecycle, MFA, per-account back-off shared through the database, session
 * timeouts, care teams and break-glass.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { Secret, TOTP } from 'otpauth';
import { buildApp } from '../../src/http/app.js';
import { createUser, openRecordStore, readAudit } from '../../src/index.js';
import type { RecordStore, StoreConfig } from '../../src/index.js';
import { backends } from '../records/_backends.js';

const PASSWORD = 'correct horse battery';

for (const backend of backends()) {
  describe(`accounts and care teams over HTTP on ${backend.name}`, () => {
    let config: StoreConfig;
    let store: RecordStore;
    let app: FastifyInstance;
    let t = Date.parse('2026-03-01T09:00:00Z');
    const now = () => new Date(t);
    const call = (token: string, request: InjectOptions) =>
      app.inject({
        ...request,
        headers: {
          'user-agent': 'security-test/1',
          ...request.headers,
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      });
    const login = async (username: string, password = PASSWORD, totp?: string) =>
      app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password, ...(totp ? { totp } : {}) },
      });
    const tokenOf = async (username: string, password = PASSWORD) => {
      const res = await login(username, password);
      assert.equal(res.statusCode, 200, res.body);
      return res.json<{ token: string }>().token;
    };
    let admin = '';

    before(async () => {
      config = backend.fresh();
      store = await openRecordStore(config, { now });
      for (const [username, role] of [
        ['admin', 'admin'],
        ['dr-a', 'clinician'],
        ['dr-b', 'clinician'],
        ['dr-leaver', 'clinician'],
        ['dr-mfa', 'clinician'],
        ['dr-reset', 'clinician'],
        ['dr-guess', 'clinician'],
      ] as const) {
        await createUser(
          store.db,
          { kind: 'cli', name: 'test' },
          { username, password: PASSWORD, role },
        );
      }
      app = await buildApp({
        logger: false,
        webRoot: false,
        rateLimitPerMinute: false,
        records: { store, now },
      });
      admin = await tokenOf('admin');
    });
    after(async () => {
      await app.close();
      await store.close();
      await backend.cleanup();
    });

    it("a disabled user's live token → 401 on the next request; enabling lets them sign in again", async () => {
      const token = await tokenOf('dr-leaver');
      assert.equal((await call(token, { method: 'GET', url: '/api/patients' })).statusCode, 200);
      const off = await call(admin, { method: 'POST', url: '/api/auth/users/dr-leaver/disable' });
      assert.equal(off.statusCode, 200, off.body);
      assert.equal(off.json<{ disabled: boolean }>().disabled, true);
      assert.equal((await call(token, { method: 'GET', url: '/api/patients' })).statusCode, 401);
      assert.equal((await login('dr-leaver')).statusCode, 401);
      const on = await call(admin, { method: 'POST', url: '/api/auth/users/dr-leaver/enable' });
      assert.equal(on.statusCode, 200);
      assert.equal(
        (await call(token, { method: 'GET', url: '/api/patients' })).statusCode,
        401,
        'old sessions stay ended',
      );
      await tokenOf('dr-leaver');
      const clinician = await tokenOf('dr-a');
      assert.equal(
        (await call(clinician, { method: 'POST', url: '/api/auth/users/dr-leaver/disable' }))
          .statusCode,
        403,
      );
    });

    it('admin reset: sessions end, the user must change the password before anything else', async () => {
      const before = await tokenOf('dr-reset');
      const reset = await call(admin, {
        method: 'POST',
        url: '/api/auth/users/dr-reset/reset-password',
        payload: { password: 'temporary password 1' },
      });
      assert.equal(reset.statusCode, 200, reset.body);
      assert.equal((await call(before, { method: 'GET', url: '/api/auth/me' })).statusCode, 401);
      const temp = await tokenOf('dr-reset', 'temporary password 1');
      const blocked = await call(temp, { method: 'GET', url: '/api/patients' });
      assert.equal(blocked.statusCode, 403);
      assert.equal(blocked.json<{ error: { path: string } }>().error.path, 'password');
      const wrong = await call(temp, {
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: 'not it at all', newPassword: 'my own new password' },
      });
      assert.equal(wrong.statusCode, 400);
      const changed = await call(temp, {
        method: 'POST',
        url: '/api/auth/password',
        payload: { currentPassword: 'temporary password 1', newPassword: 'my own new password' },
      });
      assert.equal(changed.statusCode, 204, changed.body);
      assert.equal((await call(temp, { method: 'GET', url: '/api/patients' })).statusCode, 200);
      assert.equal((await login('dr-reset', 'temporary password 1')).statusCode, 401);
      await tokenOf('dr-reset', 'my own new password');
    });

    it('TOTP (RFC 6238): enrol, verify, then sign-in needs a code, and a code works once', async () => {
      const token = await tokenOf('dr-mfa');
      const enrol = await call(token, { method: 'POST', url: '/api/auth/mfa/enroll' });
      assert.equal(enrol.statusCode, 200, enrol.body);
      const { secret, otpauthUrl } = enrol.json<{ secret: string; otpauthUrl: string }>();
      assert.match(otpauthUrl, /^otpauth:\/\/totp\/Foramen:dr-mfa\?/);
      const totp = new TOTP({
        secret: Secret.fromBase32(secret),
        digits: 6,
        period: 30,
        algorithm: 'SHA1',
      });
      const codeAt = (ms: number) => totp.generate({ timestamp: ms });
      const bad = await call(token, {
        method: 'POST',
        url: '/api/auth/mfa/verify',
        payload: { totp: '000000' === codeAt(t) ? '111111' : '000000' },
      });
      assert.equal(bad.statusCode, 400);
      const ok = await call(token, {
        method: 'POST',
        url: '/api/auth/mfa/verify',
        payload: { totp: codeAt(t) },
      });
      assert.equal(ok.statusCode, 204, ok.body);
      t += 60_000;
      const noCode = await login('dr-mfa');
      assert.equal(noCode.statusCode, 401);
      assert.equal(noCode.json<{ error: { path: string } }>().error.path, 'totp');
      const code = codeAt(t);
      const signedIn = await login('dr-mfa', PASSWORD, code);
      assert.equal(signedIn.statusCode, 200, signedIn.body);
      assert.equal(signedIn.json<{ user: { mfa: boolean } }>().user.mfa, true);
      assert.equal(
        (await login('dr-mfa', PASSWORD, code)).statusCode,
        401,
        'a used code is refused',
      );
    });

    it('per-account back-off lives in the database: a second server sees the lock; the per-address limit is separate', async () => {
      for (let i = 0; i < 5; i++) {
        assert.equal((await login('dr-guess', 'wrong password!')).statusCode, 401);
      }
      const locked = await login('dr-guess');
      assert.equal(locked.statusCode, 429, 'even the right password waits');
      assert.ok(Number(locked.headers['retry-after']) >= 1);
      // Another server process on the same database.
      const otherStore = await openRecordStore(config, { now });
      const other = await buildApp({
        logger: false,
        webRoot: false,
        rateLimitPerMinute: false,
        records: { store: otherStore, now },
      });
      const there = await other.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'dr-guess', password: PASSWORD },
      });
      assert.equal(there.statusCode, 429);
      await other.close();
      await otherStore.close();
      // Unknown names are throttled the same way, so the answer does not reveal which names exist.
      for (let i = 0; i < 5; i++) await login('no-such-user', 'wrong password!');
      assert.equal((await login('no-such-user', 'wrong password!')).statusCode, 429);
      t += 16_000;
      assert.equal((await login('dr-guess')).statusCode, 200, 'the lock expires');
    });

    it('sessions end after 30 idle minutes and after 12 hours in any case', async () => {
      const idle = await tokenOf('dr-b');
      t += 31 * 60_000;
      assert.equal((await call(idle, { method: 'GET', url: '/api/auth/me' })).statusCode, 401);
      const busy = await tokenOf('dr-b');
      for (let h = 0; h < 12 * 4; h++) {
        t += 15 * 60_000;
        const res = await call(busy, { method: 'GET', url: '/api/auth/me' });
        if (h < 12 * 4 - 1) assert.equal(res.statusCode, 200, `quarter-hour ${h}`);
        else assert.equal(res.statusCode, 401);
      }
    });

    it('care team: outside it 403 (audited); X-Break-Glass 200 (audited with the reason, listed for review); added member reads', async () => {
      admin = await tokenOf('admin'); // the clock has moved on past the earlier sessions
      const a = await tokenOf('dr-a');
      const b = await tokenOf('dr-b');
      const created = await call(a, {
        method: 'POST',
        url: '/api/patients',
        payload: { pseudonym: 'CT-001' },
      });
      assert.equal(created.statusCode, 201);
      const id = created.json<{ id: string }>().id;
      assert.equal((await call(a, { method: 'GET', url: `/api/patients/${id}` })).statusCode, 200);
      const refused = await call(b, { method: 'GET', url: `/api/patients/${id}/timeline` });
      assert.equal(refused.statusCode, 403);
      assert.ok(!(await call(b, { method: 'GET', url: '/api/patients' })).body.includes(id));
      const glass = await call(b, {
        method: 'GET',
        url: `/api/patients/${id}`,
        headers: { 'x-break-glass': 'patient collapsed in clinic, on-call review' },
      });
      assert.equal(glass.statusCode, 200, glass.body);
      const review = await call(admin, { method: 'GET', url: '/api/audit?breakGlass=true' });
      assert.equal(review.statusCode, 200);
      const entries = review.json<{
        entries: { patientId: string; reason: string; userAgent: string; clientAddress: string }[];
      }>().entries;
      assert.ok(
        entries.some(
          (e) =>
            e.patientId === id &&
            e.reason === 'patient collapsed in clinic, on-call review' &&
            e.userAgent === 'security-test/1' &&
            e.clientAddress === '127.0.0.1',
        ),
        JSON.stringify(entries),
      );
      const denied = (await readAudit(store.db, { patientId: id, limit: 50 })).filter(
        (e) => e.action === 'denied',
      );
      assert.equal(denied.length, 1);
      assert.equal(
        (
          await call(b, {
            method: 'GET',
            url: `/api/patients/${id}`,
            headers: { 'x-break-glass': '' },
          })
        ).statusCode,
        400,
        'an empty reason is refused',
      );
      const added = await call(a, {
        method: 'POST',
        url: `/api/patients/${id}/care-team`,
        payload: { username: 'dr-b' },
      });
      assert.equal(added.statusCode, 201, added.body);
      assert.equal(
        (await call(b, { method: 'GET', url: `/api/patients/${id}/timeline` })).statusCode,
        200,
      );
      assert.equal(
        (
          await call(a, {
            method: 'POST',
            url: `/api/patients/${id}/care-team`,
            payload: { username: 'nobody-here' },
          })
        ).statusCode,
        404,
      );
    });

    it('failed logins, 401s, 403s, unknown link tokens and account reads are audited with address and user agent', async () => {
      admin = await tokenOf('admin');
      await call('', { method: 'GET', url: '/api/patients' });
      await call('', {
        method: 'POST',
        url: '/api/questionnaires/open',
        payload: { token: 'x'.repeat(43) },
      });
      await call(admin, { method: 'GET', url: '/api/auth/users' });
      const log = await readAudit(store.db, { limit: 20 });
      const kinds = log.map((e) => `${e.action}/${e.resourceType}/${e.outcome}`);
      assert.ok(kinds.includes('denied/patient/denied'), kinds.join(' '));
      assert.ok(kinds.includes('denied/questionnaire-link/failed'), kinds.join(' '));
      assert.ok(kinds.includes('list/user/ok'), kinds.join(' '));
      assert.ok(log.every((e) => e.hash !== null && e.prevHash !== null));
      assert.ok(
        log.filter((e) => e.actorKind !== 'cli').every((e) => e.clientAddress === '127.0.0.1'),
      );
    });
  });
}
