/**
 * Property-based tests of the patient-record routes as a signed-in admin (the route fuzz in
 * http.fuzz.test.ts only reaches them without a session, where they answer 401). Every route under
 * /api/patients, /api/auth, /api/audit and /api/questionnaires that buildApp() registers gets random and
 * schema-shaped bodies, real and made-up ids, with and without the session: never 5xx, errors carry
 * message and path. The store is a scratch SQLite file.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import {
  LoginSchema,
  NewEpisodeSchema,
  NewLinkSchema,
  NewNoteSchema,
  NewPatientSchema,
  NewUserSchema,
  CareTeamAddSchema,
  MfaVerifySchema,
  PasswordChangeSchema,
  PasswordResetSchema,
  SCORE_INSTRUMENT_IDS,
  createUser,
  login,
  openRecordStore,
} from '../../src/index.js';
import type { RecordStore } from '../../src/index.js';
import { anyJson, arbitraryFromZod, mixedInputs } from './_arbitraries.js';
import { assertCleanResponse, routesOf } from './_http.js';
import type { Route } from './_http.js';
import { presentation, scoreInputs } from './_inputs.js';
import { checkAsyncProperty } from './_support.js';

const AREAS = ['/api/patients', '/api/auth', '/api/audit', '/api/questionnaires'];
const PASSWORD = 'correct horse battery staple';

let scratch = '';
let store: RecordStore;
let app: FastifyInstance;
let token = '';
let patientId = '';

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'foramen-records-fuzz-'));
  store = await openRecordStore({ dataDir: scratch, sqliteSynchronous: 'normal' });
  const admin = await createUser(
    store.db,
    { kind: 'cli', name: 'fuzz' },
    { username: 'fuzz-admin', password: PASSWORD, role: 'admin' },
  );
  const session = await login(store.db, { username: 'fuzz-admin', password: PASSWORD });
  if (!session) throw new Error('could not sign in the fuzz admin');
  token = session.token;
  // The account lifecycle routes act on this clinician, never on the admin whose session the fuzz uses.
  await createUser(
    store.db,
    { kind: 'cli', name: 'fuzz' },
    { username: 'fuzz-victim', password: PASSWORD, role: 'clinician' },
  );
  patientId = (
    await store.createPatient(
      { kind: 'user', userId: admin.id, role: 'admin' },
      { birthYear: 1960 },
    )
  ).id;
  app = await buildApp({
    logger: false,
    rateLimitPerMinute: false,
    webRoot: false,
    records: { store },
  });
  await app.ready();
});
after(async () => {
  await app.close();
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** Bodies shaped for the route, by the last fixed segment of its URL, mixed with near misses and garbage. */
function bodyFor(url: string): fc.Arbitrary<unknown> {
  const tail =
    url
      .split('/')
      .filter((s) => s && !s.startsWith(':'))
      .at(-1) ?? '';
  const instruments = fc
    .constantFrom(...SCORE_INSTRUMENT_IDS)
    .chain((id) => scoreInputs.get(id) ?? fc.constant({}));
  switch (tail) {
    case 'patients':
      return mixedInputs(arbitraryFromZod(NewPatientSchema));
    case 'episodes':
      return mixedInputs(arbitraryFromZod(NewEpisodeSchema));
    case 'notes':
      return mixedInputs(arbitraryFromZod(NewNoteSchema));
    case 'questionnaire-links':
      return mixedInputs(arbitraryFromZod(NewLinkSchema));
    case 'assessments':
      return mixedInputs(fc.record({ input: presentation }));
    case 'scores':
      return mixedInputs(fc.record({ input: instruments }));
    case 'users':
      return mixedInputs(arbitraryFromZod(NewUserSchema));
    case 'reset-password':
      return mixedInputs(arbitraryFromZod(PasswordResetSchema));
    case 'password':
      // Never the admin's real password, so the fuzz cannot change it under its own session.
      return mixedInputs(arbitraryFromZod(PasswordChangeSchema));
    case 'verify':
      return mixedInputs(arbitraryFromZod(MfaVerifySchema));
    case 'care-team':
      return mixedInputs(
        fc.oneof(arbitraryFromZod(CareTeamAddSchema), fc.constant({ username: 'fuzz-victim' })),
      );
    case 'login':
      return mixedInputs(
        fc.oneof(
          arbitraryFromZod(LoginSchema),
          fc.constant({ username: 'fuzz-admin', password: PASSWORD }),
        ),
      );
    case 'open':
    case 'submit':
      return mixedInputs(
        fc.record(
          { token: fc.string({ minLength: 20, maxLength: 60 }), answers: anyJson },
          { requiredKeys: [] },
        ),
      );
    default:
      return anyJson;
  }
}

/** A request for `route` as the admin (mostly), anonymous, or with a made-up token. */
function requestFor(route: Route): fc.Arbitrary<InjectOptions> {
  const id = fc.oneof(
    { weight: 3, arbitrary: fc.constant(patientId) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  const instrument = fc.oneof(
    fc.constantFrom(...SCORE_INSTRUMENT_IDS),
    fc.string({ maxLength: 8 }),
  );
  // Signing out would end the session the other requests use, so logout only ever gets a made-up token.
  const auth = route.url.endsWith('/logout')
    ? fc.constant(`Bearer ${'x'.repeat(40)}`)
    : fc.oneof(
        { weight: 6, arbitrary: fc.constant(`Bearer ${token}`) },
        { weight: 1, arbitrary: fc.constant(undefined) },
        { weight: 1, arbitrary: fc.string({ maxLength: 30 }).map((t) => `Bearer ${t}`) },
      );
  const username = fc.oneof(
    { weight: 3, arbitrary: fc.constant('fuzz-victim') },
    { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
  );
  const glass = fc.option(fc.string({ maxLength: 40 }), { nil: undefined });
  const query = fc.dictionary(
    fc.constantFrom(
      'limit',
      'offset',
      'instrument',
      'episodeId',
      'patientId',
      'beforeId',
      'breakGlass',
    ),
    fc.oneof(fc.constantFrom('1', '0', '-1', '10', 'x', 'odi'), fc.string({ maxLength: 6 })),
    { maxKeys: 2 },
  );
  const hasBody = ['POST', 'PUT', 'PATCH'].includes(route.method);
  return fc
    .tuple(
      id,
      instrument,
      auth,
      query,
      hasBody ? bodyFor(route.url) : fc.constant(undefined),
      username,
      glass,
    )
    .map(([pid, inst, authorization, q, body, user, breakGlass]) => {
      const path = route.url
        .replace(':id', encodeURIComponent(pid))
        .replace(':instrument', encodeURIComponent(inst))
        .replace(':username', encodeURIComponent(user));
      const qs = Object.entries(q)
        .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
        .join('&');
      const headers: Record<string, string> = {
        ...(authorization === undefined ? {} : { authorization }),
        // Header values cannot hold control characters; those are fuzzed in the body instead.
        ...(breakGlass === undefined
          ? {}
          : { 'x-break-glass': breakGlass.replace(/[^\x20-\x7e]/g, '?') }),
        ...(hasBody ? { 'content-type': 'application/json' } : {}),
      };
      const request: InjectOptions = {
        method: route.method as NonNullable<InjectOptions['method']>,
        url: `${path}${qs ? `?${qs}` : ''}`,
        headers,
        ...(hasBody ? { payload: JSON.stringify(body) ?? 'null' } : {}),
      };
      return request;
    });
}

describe('patient-record routes under fuzzing, signed in', () => {
  it('every records route answers without 5xx, and errors carry message and path', async () => {
    const routes = routesOf(app).filter(
      (r) =>
        r.method !== 'HEAD' && r.method !== 'OPTIONS' && AREAS.some((a) => r.url.startsWith(a)),
    );
    assert.ok(
      routes.some((r) => r.url.startsWith('/api/patients')),
      'no patient-record routes registered',
    );
    for (const url of [
      '/api/auth/users/:username/disable',
      '/api/auth/users/:username/enable',
      '/api/auth/users/:username/reset-password',
      '/api/auth/password',
      '/api/auth/mfa/enroll',
      '/api/auth/mfa/verify',
      '/api/patients/:id/care-team',
    ]) {
      assert.ok(
        routes.some((r) => r.url === url),
        `${url} is not fuzzed`,
      );
    }
    for (const route of routes) {
      await checkAsyncProperty(
        fc.asyncProperty(requestFor(route), async (request) => {
          assertCleanResponse(request, await app.inject(request));
        }),
        15,
      );
    }
  });
});
