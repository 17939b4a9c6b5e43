import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  InputError,
  RecordError,
  countUsers,
  createUser,
  ensureFirstAdmin,
  listUsers,
  login,
  logout,
  readAudit,
  resolveSession,
  roleCan,
  tokenHash,
} from '../../src/index.js';
import type { Actor, RecordStore } from '../../src/index.js';
import { backends, freshStore, manualClock } from './_backends.js';

const cli: Actor = { kind: 'cli', name: 'test' };
const PASSWORD = 'correct horse battery';

for (const backend of backends()) {
  describe(`accounts on ${backend.name}`, () => {
    let store: RecordStore;
    const clock = manualClock('2024-03-01T08:00:00.000Z');
    before(async () => {
      store = await freshStore(backend, { now: clock.now });
    });
    after(async () => {
      await store.close();
      await backend.cleanup();
    });

    it('creates the first admin from the environment once, and never again', async () => {
      assert.equal(await countUsers(store.db), 0);
      assert.equal(await ensureFirstAdmin(store.db, {}), null);
      const admin = await ensureFirstAdmin(store.db, {
        FORAMEN_ADMIN_USERNAME: 'root-admin',
        FORAMEN_ADMIN_PASSWORD: PASSWORD,
      });
      assert.equal(admin?.role, 'admin');
      assert.equal(
        await ensureFirstAdmin(store.db, {
          FORAMEN_ADMIN_USERNAME: 'other',
          FORAMEN_ADMIN_PASSWORD: PASSWORD,
        }),
        null,
      );
      assert.deepEqual(
        (await listUsers(store.db)).map((u) => u.username),
        ['root-admin'],
      );
    });

    it('stores an Argon2id hash, never the password', async () => {
      await createUser(store.db, cli, {
        username: 'dr-who',
        password: PASSWORD,
        role: 'clinician',
      });
      const row = await store.db.get<{ password_hash: string }>(
        'SELECT password_hash FROM users WHERE username = ?',
        ['dr-who'],
      );
      assert.match(row?.password_hash ?? '', /^\$argon2id\$/);
      assert.ok(!(row?.password_hash ?? '').includes(PASSWORD));
    });

    it('refuses short passwords, bad usernames and duplicates, naming the field', async () => {
      await assert.rejects(
        createUser(store.db, cli, { username: 'short-pw', password: 'abc', role: 'clinician' }),
        (e: unknown) => e instanceof InputError && e.path === 'password',
      );
      await assert.rejects(
        createUser(store.db, cli, {
          username: "x' OR '1'='1",
          password: PASSWORD,
          role: 'clinician',
        }),
        (e: unknown) => e instanceof InputError && e.path === 'username',
      );
      await assert.rejects(
        createUser(store.db, cli, { username: 'dr-who', password: PASSWORD, role: 'clinician' }),
        (e: unknown) => e instanceof RecordError && e.code === 'conflict',
      );
      await assert.rejects(
        createUser(store.db, cli, {
          username: 'dr-x',
          password: PASSWORD,
          role: 'superuser' as never,
        }),
        (e: unknown) => e instanceof InputError && e.path === 'role',
      );
    });

    it('logs in with the right password only; the token is stored as a hash', async () => {
      const session = await login(
        store.db,
        { username: 'dr-who', password: PASSWORD },
        'req-login',
        { now: clock.now },
      );
      assert.ok(session);
      assert.equal(session.user.role, 'clinician');
      assert.equal(
        session.expiresAt,
        new Date(clock.now().getTime() + 12 * 3_600_000).toISOString(),
      );
      assert.equal(
        await store.db.get('SELECT 1 AS x FROM sessions WHERE token_hash = ?', [session.token]),
        undefined,
      );
      assert.ok(
        await store.db.get('SELECT 1 AS x FROM sessions WHERE token_hash = ?', [
          tokenHash(session.token),
        ]),
      );
      assert.equal(
        (await resolveSession(store.db, session.token, { now: clock.now }))?.username,
        'dr-who',
      );
      for (const wrong of [
        { username: 'dr-who', password: 'wrong password!!' },
        { username: 'nobody', password: PASSWORD },
        { username: "dr-who' --", password: 'x' },
        { username: "' OR 1=1 --", password: "' OR 1=1 --" },
      ]) {
        assert.equal(await login(store.db, wrong), null, wrong.username);
      }
      const failures = (await readAudit(store.db, { limit: 10 })).filter(
        (e) => e.action === 'login-failed',
      );
      assert.equal(failures.length, 4);
      assert.ok(!JSON.stringify(failures).includes('nobody'));
    });

    it('sessions expire, can be revoked, and die with a disabled account', async () => {
      const session = await login(store.db, { username: 'dr-who', password: PASSWORD }, undefined, {
        now: clock.now,
      });
      assert.ok(session);
      const actor: Actor = { kind: 'user', userId: session.user.id, role: session.user.role };
      clock.advanceHours(13);
      assert.equal(await resolveSession(store.db, session.token, { now: clock.now }), null);
      const second = await login(store.db, { username: 'dr-who', password: PASSWORD }, undefined, {
        now: clock.now,
      });
      assert.ok(second);
      await logout(store.db, second.token, actor);
      assert.equal(await resolveSession(store.db, second.token, { now: clock.now }), null);
      const third = await login(store.db, { username: 'dr-who', password: PASSWORD }, undefined, {
        now: clock.now,
      });
      await store.db.run('UPDATE users SET disabled_at = ? WHERE username = ?', [
        clock.now().toISOString(),
        'dr-who',
      ]);
      assert.equal(await resolveSession(store.db, third?.token ?? '', { now: clock.now }), null);
      assert.equal(await login(store.db, { username: 'dr-who', password: PASSWORD }), null);
      assert.equal(await resolveSession(store.db, 'x'.repeat(43)), null);
    });

    it('roles: clinicians reach patient data only; admins also accounts and the audit log', () => {
      assert.deepEqual(
        [
          roleCan('clinician', 'patient-data'),
          roleCan('clinician', 'manage-accounts'),
          roleCan('clinician', 'read-audit-log'),
        ],
        [true, false, false],
      );
      assert.deepEqual(
        [
          roleCan('admin', 'patient-data'),
          roleCan('admin', 'manage-accounts'),
          roleCan('admin', 'read-audit-log'),
        ],
        [true, true, true],
      );
    });
  });

  describe(`one-time questionnaire links on ${backend.name}`, () => {
    let store: RecordStore;
    let clinician: Actor;
    let patientId = '';
    const clock = manualClock('2024-03-01T08:00:00.000Z');
    before(async () => {
      store = await freshStore(backend, { now: clock.now });
      const user = await createUser(store.db, cli, {
        username: 'dr-link',
        password: PASSWORD,
        role: 'clinician',
      });
      clinician = { kind: 'user', userId: user.id, role: 'clinician' };
      patientId = (await store.createPatient(clinician, {})).id;
    });
    after(async () => {
      await store.close();
      await backend.cleanup();
    });

    const odi = {
      instrument: 'odi' as const,
      input: { answers: [2, 1, 2, 2, 1, 2, 1, null, 1, 1] },
    };
    const leg = { instrument: 'nrs' as const, input: { value: 6, site: 'leg' } };

    it('a patient opens and submits once; the answers are scored and stored', async () => {
      const link = await store.createLink(clinician, patientId, { instruments: ['odi', 'nrs'] });
      assert.equal(link.expiresAt, '2024-03-08T08:00:00.000Z');
      assert.equal(
        await store.db.get('SELECT 1 AS x FROM questionnaire_links WHERE token_hash = ?', [
          link.token,
        ]),
        undefined,
      );
      assert.deepEqual(await store.openLink({ token: link.token }), {
        instruments: ['odi', 'nrs'],
        expiresAt: link.expiresAt,
      });
      const out = await store.submitLink({ token: link.token, responses: [odi, leg] });
      assert.deepEqual(
        out.submissions.map((s) => s.instrument),
        ['odi', 'nrs'],
      );
      const stored = await store.listSubmissions(clinician, patientId);
      assert.deepEqual(stored.map((s) => [s.instrument, s.source, s.linkId]).sort(), [
        ['nrs', 'patient-link', link.id],
        ['odi', 'patient-link', link.id],
      ]);
      await assert.rejects(
        store.submitLink({ token: link.token, responses: [odi, leg] }),
        (e: unknown) => e instanceof RecordError && e.code === 'link-invalid',
      );
      await assert.rejects(
        store.openLink({ token: link.token }),
        (e: unknown) => e instanceof RecordError && e.code === 'link-invalid',
      );
      const audit = await readAudit(store.db, { patientId, limit: 20 });
      assert.ok(
        audit.some(
          (e) => e.actorKind === 'patient-link' && e.actorId === link.id && e.action === 'submit',
        ),
      );
    });

    it('bad answers name the response and leave the link usable', async () => {
      const link = await store.createLink(clinician, patientId, { instruments: ['odi'] });
      await assert.rejects(
        store.submitLink({
          token: link.token,
          responses: [{ instrument: 'odi', input: { answers: [9] } }],
        }),
        (e: unknown) => e instanceof InputError && e.path === 'responses[0].input.answers[0]',
      );
      await assert.rejects(
        store.submitLink({ token: link.token, responses: [leg] }),
        (e: unknown) => e instanceof InputError && e.path === 'responses',
      );
      assert.equal(
        (await store.submitLink({ token: link.token, responses: [odi] })).submissions.length,
        1,
      );
    });

    it('pain may be rated once per site through one link, never twice for the same site', async () => {
      const link = await store.createLink(clinician, patientId, { instruments: ['nrs'] });
      const back = { instrument: 'nrs' as const, input: { value: 3, site: 'back' } };
      await assert.rejects(
        store.submitLink({ token: link.token, responses: [leg, leg] }),
        (e: unknown) => e instanceof InputError && e.path === 'responses',
      );
      assert.equal(
        (await store.submitLink({ token: link.token, responses: [leg, back] })).submissions.length,
        2,
      );
    });

    it('an expired or unknown link is refused', async () => {
      const link = await store.createLink(clinician, patientId, {
        instruments: ['nrs'],
        expiresInHours: 1,
      });
      clock.advanceHours(2);
      await assert.rejects(
        store.openLink({ token: link.token }),
        (e: unknown) => e instanceof RecordError && e.code === 'link-invalid',
      );
      await assert.rejects(
        store.submitLink({ token: 'A'.repeat(43), responses: [leg] }),
        (e: unknown) => e instanceof RecordError && e.code === 'link-invalid',
      );
      await assert.rejects(
        store.openLink({ token: "' OR used_at IS NULL --" }),
        (e: unknown) => e instanceof RecordError && e.code === 'link-invalid',
      );
    });

    it('two submissions racing on one link: exactly one is stored', async () => {
      const link = await store.createLink(clinician, patientId, { instruments: ['nrs'] });
      const before = (await store.listSubmissions(clinician, patientId)).length;
      const results = await Promise.allSettled(
        Array.from({ length: 8 }, () => store.submitLink({ token: link.token, responses: [leg] })),
      );
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
      assert.equal((await store.listSubmissions(clinician, patientId)).length, before + 1);
    });
  });
}
