import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { createUser, readAudit } from '../../src/index.js';
import type { RecordStore } from '../../src/index.js';
import { backends, freshStore } from './_backends.js';

const PASSWORD = 'correct horse battery';
const FAKE_ID = '00000000-0000-4000-8000-000000000000';

for (const backend of backends()) {
  describe(`records over HTTP on ${backend.name}`, () => {
    let store: RecordStore;
    let app: FastifyInstance;
    const logs: string[] = [];
    let admin = '';
    let clinician = '';
    const day = new Date('2024-02-20T10:00:00.000Z');
    const call = (token: string, request: InjectOptions) =>
      app.inject({
        ...request,
        headers: { ...request.headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });

    before(async () => {
      store = await freshStore(backend);
      await createUser(
        store.db,
        { kind: 'cli', name: 'test' },
        { username: 'admin', password: PASSWORD, role: 'admin' },
      );
      app = await buildApp({
        logger: { level: 'info', stream: { write: (line: string) => void logs.push(line) } },
        webRoot: false,
        records: { store, now: () => day },
      });
      admin = (
        await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'admin', password: PASSWORD },
        })
      ).json<{ token: string }>().token;
      const created = await call(admin, {
        method: 'POST',
        url: '/api/auth/users',
        payload: { username: 'dr-http', password: PASSWORD, role: 'clinician' },
      });
      assert.equal(created.statusCode, 201);
      clinician = (
        await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'dr-http', password: PASSWORD },
        })
      ).json<{ token: string }>().token;
    });
    after(async () => {
      await app.close();
      await store.close();
      await backend.cleanup();
    });

    const guarded: InjectOptions[] = [
      { method: 'GET', url: '/api/patients' },
      { method: 'POST', url: '/api/patients', payload: {} },
      { method: 'GET', url: `/api/patients/${FAKE_ID}` },
      { method: 'GET', url: `/api/patients/${FAKE_ID}/timeline` },
      {
        method: 'POST',
        url: `/api/patients/${FAKE_ID}/scores/odi`,
        payload: { input: { answers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] } },
      },
      { method: 'GET', url: `/api/patients/${FAKE_ID}/scores` },
      { method: 'POST', url: `/api/patients/${FAKE_ID}/notes`, payload: { body: 'x' } },
      { method: 'GET', url: `/api/patients/${FAKE_ID}/notes` },
      { method: 'POST', url: `/api/patients/${FAKE_ID}/assessments`, payload: { input: {} } },
      {
        method: 'POST',
        url: `/api/patients/${FAKE_ID}/episodes`,
        payload: { startedOn: '2024-01-01' },
      },
      {
        method: 'POST',
        url: `/api/patients/${FAKE_ID}/questionnaire-links`,
        payload: { instruments: ['odi'] },
      },
      { method: 'GET', url: '/api/auth/users' },
      { method: 'POST', url: '/api/auth/users', payload: {} },
      { method: 'GET', url: '/api/audit' },
      { method: 'GET', url: '/api/auth/me' },
    ];
    for (const request of guarded) {
      it(`${request.method} ${String(request.url)} without a valid session → 401`, async () => {
        for (const authorization of [
          undefined,
          'Bearer',
          'Basic YWRtaW46YWRtaW4=',
          `Bearer ${'A'.repeat(43)}`,
          "Bearer ' OR 1=1 --",
        ]) {
          const res = await app.inject({
            ...request,
            headers: authorization ? { authorization } : {},
          });
          assert.equal(res.statusCode, 401, authorization);
          assert.equal(res.headers['www-authenticate'], 'Bearer');
          assert.equal(res.json<{ error: { path: string } }>().error.path, 'authorization');
        }
      });
    }

    for (const request of guarded.filter(
      (r) => String(r.url).startsWith('/api/auth/users') || String(r.url).startsWith('/api/audit'),
    )) {
      it(`${request.method} ${String(request.url)} as a clinician → 403, and the refusal is audited`, async () => {
        const res = await call(clinician, request);
        assert.equal(res.statusCode, 403);
        assert.equal(res.json<{ error: { path: string } }>().error.path, 'role');
        const [last] = await readAudit(store.db, { limit: 1 });
        assert.deepEqual([last?.action, last?.outcome], ['denied', 'denied']);
      });
    }

    it('login: wrong passwords and injection attempts answer 401; a good one gives a working token', async () => {
      for (const payload of [
        { username: 'admin', password: 'nope nope nope' },
        { username: "admin' --", password: 'x' },
        { username: "' OR '1'='1", password: "' OR '1'='1" },
      ]) {
        const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload });
        assert.equal(res.statusCode, 401);
        assert.equal(res.json<{ error: { path: string } }>().error.path, 'password');
      }
      const bad = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin' },
      });
      assert.equal(bad.statusCode, 400);
      const me = await call(clinician, { method: 'GET', url: '/api/auth/me' });
      assert.deepEqual(
        [me.statusCode, me.json<{ username: string; role: string }>().role],
        [200, 'clinician'],
      );
      assert.ok(!('password_hash' in me.json<Record<string, unknown>>()));
    });

    it('follows a patient: scores, assessment, notes and a timeline that prompts escalation', async () => {
      const patient = (
        await call(clinician, {
          method: 'POST',
          url: '/api/patients',
          payload: { pseudonym: 'HTTP-7', birthYear: 1960 },
        })
      ).json<{ id: string }>();
      const episode = await call(clinician, {
        method: 'POST',
        url: `/api/patients/${patient.id}/episodes`,
        payload: {
          label: 'right L5',
          startedOn: '2024-01-01',
          conservativeCareStartedOn: '2024-01-01',
        },
      });
      assert.equal(episode.statusCode, 201);
      const score = (instrument: string, takenAt: string, input: unknown) =>
        call(clinician, {
          method: 'POST',
          url: `/api/patients/${patient.id}/scores/${instrument}`,
          payload: { takenAt, input },
        });
      assert.equal(
        (await score('odi', '2024-01-02', { answers: [4, 2, 3, 2, 2, 2, 1, 2, 1, 1] })).statusCode,
        201,
      );
      assert.equal(
        (await score('odi', '2024-02-19', { answers: [3, 2, 3, 2, 2, 2, 1, 1, 1, 1] })).statusCode,
        201,
      );
      assert.equal((await score('nrs', '2024-01-02', { value: 7, site: 'leg' })).statusCode, 201);
      const bad = await score('odi', '2024-01-02', { answers: [9] });
      assert.deepEqual(
        [bad.statusCode, bad.json<{ error: { path: string } }>().error.path],
        [400, 'answers[0]'],
      );
      const assessed = await call(clinician, {
        method: 'POST',
        url: `/api/patients/${patient.id}/assessments`,
        payload: {
          input: {
            symptoms: [{ kind: 'pain', region: 'lateral-leg', side: 'right' }],
            flags: ['saddle-anesthesia'],
          },
        },
      });
      assert.equal(assessed.statusCode, 201);
      assert.equal(
        (
          await call(clinician, {
            method: 'POST',
            url: `/api/patients/${patient.id}/notes`,
            payload: { body: 'discussed injection options' },
          })
        ).statusCode,
        201,
      );
      const timeline = await call(clinician, {
        method: 'GET',
        url: `/api/patients/${patient.id}/timeline`,
      });
      assert.equal(timeline.statusCode, 200);
      const t = timeline.json<{
        series: { odi: { value: number }[]; legPain: unknown[] };
        escalation: { status: string; reasons: { code: string }[] };
        triage: { level: string }[];
        patient: { pseudonym: string };
      }>();
      assert.deepEqual(
        t.series.odi.map((p) => p.value),
        [40, 36],
      );
      assert.equal(t.series.legPain.length, 1);
      assert.equal(t.escalation.status, 'escalate');
      assert.deepEqual(
        t.escalation.reasons.map((r) => r.code),
        ['no-important-odi-improvement'],
      );
      assert.deepEqual(
        t.triage.map((x) => x.level),
        ['emergency'],
      );
      const list = await call(clinician, { method: 'GET', url: '/api/patients?limit=10' });
      assert.ok(
        list.json<{ patients: { id: string }[] }>().patients.some((p) => p.id === patient.id),
      );
    });

    it('missing records answer 404, malformed ids and injection in the path 400', async () => {
      const missing = await call(clinician, { method: 'GET', url: `/api/patients/${FAKE_ID}` });
      assert.deepEqual(
        [missing.statusCode, missing.json<{ error: { path: string } }>().error.path],
        [404, 'patientId'],
      );
      for (const id of ["1'%20OR%20'1'%3D'1", '1%3B%20DROP%20TABLE%20patients', 'abc']) {
        const res = await call(clinician, { method: 'GET', url: `/api/patients/${id}/timeline` });
        assert.deepEqual(
          [res.statusCode, res.json<{ error: { path: string } }>().error.path],
          [400, 'patientId'],
          id,
        );
      }
      const evilName = await call(clinician, {
        method: 'POST',
        url: '/api/patients',
        payload: { pseudonym: "x'); DELETE FROM patients; --" },
      });
      assert.deepEqual(
        [evilName.statusCode, evilName.json<{ error: { path: string } }>().error.path],
        [400, 'pseudonym'],
      );
      assert.ok(
        (await call(clinician, { method: 'GET', url: '/api/patients' })).json<{
          patients: unknown[];
        }>().patients.length > 0,
      );
      const dup = await call(clinician, {
        method: 'POST',
        url: '/api/patients',
        payload: { pseudonym: 'HTTP-7' },
      });
      assert.equal(dup.statusCode, 409);
    });

    it('a patient answers through a one-time link without an account; the link then dies', async () => {
      const patient = (
        await call(clinician, { method: 'POST', url: '/api/patients', payload: {} })
      ).json<{ id: string }>();
      const link = (
        await call(clinician, {
          method: 'POST',
          url: `/api/patients/${patient.id}/questionnaire-links`,
          payload: { instruments: ['odi', 'nrs'] },
        })
      ).json<{ token: string; path: string }>();
      assert.equal(link.path, `/timeline/fill.html#token=${link.token}`);
      const open = await app.inject({
        method: 'POST',
        url: '/api/questionnaires/open',
        payload: { token: link.token },
      });
      assert.deepEqual(open.json<{ instruments: string[] }>().instruments, ['odi', 'nrs']);
      const responses = [
        { instrument: 'odi', input: { answers: [1, 1, 1, 1, 1, 1, 1, null, 1, 1] } },
        { instrument: 'nrs', input: { value: 3, site: 'back' } },
      ];
      const submitted = await app.inject({
        method: 'POST',
        url: '/api/questionnaires/submit',
        payload: { token: link.token, responses },
      });
      assert.deepEqual(
        [submitted.statusCode, submitted.json<{ stored: string[] }>().stored],
        [201, ['odi', 'nrs']],
      );
      const again = await app.inject({
        method: 'POST',
        url: '/api/questionnaires/submit',
        payload: { token: link.token, responses },
      });
      assert.deepEqual(
        [again.statusCode, again.json<{ error: { path: string } }>().error.path],
        [410, 'token'],
      );
      // The link reaches its own questionnaire only: it is no bearer token for the records.
      assert.equal(
        (await call(link.token, { method: 'GET', url: `/api/patients/${patient.id}` })).statusCode,
        401,
      );
      const scores = (
        await call(clinician, { method: 'GET', url: `/api/patients/${patient.id}/scores` })
      ).json<{ submissions: { source: string }[] }>().submissions;
      assert.deepEqual(
        scores.map((s) => s.source),
        ['patient-link', 'patient-link'],
      );
    });

    it('an admin reads the audit log; every patient read and write is in it', async () => {
      const res = await call(admin, { method: 'GET', url: '/api/audit?limit=1000' });
      assert.equal(res.statusCode, 200);
      const entries = res.json<{
        entries: { action: string; resourceType: string; actorKind: string }[];
      }>().entries;
      for (const kind of [
        'create patient',
        'create questionnaire-submission',
        'create assessment',
        'create note',
        'read timeline',
        'list patient',
        'submit questionnaire-submission',
        'read questionnaire-link',
        'login session',
        'login-failed session',
        'denied user',
      ]) {
        assert.ok(
          entries.some((e) => `${e.action} ${e.resourceType}` === kind),
          kind,
        );
      }
      assert.equal(
        (await call(admin, { method: 'GET', url: '/api/audit?limit=0' })).statusCode,
        400,
      );
    });

    it('logs name requests and statuses but never patient data or secrets', () => {
      const text = logs.join('');
      assert.ok(text.includes('"statusCode":201'));
      for (const secret of [
        'HTTP-7',
        'discussed injection',
        'lateral-leg',
        PASSWORD,
        clinician,
        admin,
        'right L5',
      ]) {
        assert.ok(!text.includes(secret), secret);
      }
    });

    it('logout ends the session', async () => {
      const token = (
        await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'dr-http', password: PASSWORD },
        })
      ).json<{ token: string }>().token;
      assert.equal(
        (await call(token, { method: 'POST', url: '/api/auth/logout' })).statusCode,
        204,
      );
      assert.equal((await call(token, { method: 'GET', url: '/api/patients' })).statusCode, 401);
    });
  });
}

describe('records routes without a configured store', () => {
  it('the calculators and health never open a database; the first records request does', async () => {
    const dir = join(tmpdir(), `foramen-unused-${process.pid}`);
    const app = await buildApp({
      logger: false,
      webRoot: false,
      records: { env: { FORAMEN_DATA_DIR: dir } },
    });
    try {
      assert.equal((await app.inject({ method: 'GET', url: '/health' })).statusCode, 200);
      assert.equal(
        (await app.inject({ method: 'POST', url: '/api/scores/nrs', payload: { value: 2 } }))
          .statusCode,
        200,
      );
      assert.ok(!existsSync(dir));
      assert.equal((await app.inject({ method: 'GET', url: '/api/patients' })).statusCode, 401);
      assert.ok(existsSync(dir), 'the first records request opens (and creates) the store');
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
