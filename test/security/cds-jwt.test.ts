/**
 * Issue 16, point 1, from outside: the CDS services answer only calls carrying a JWT signed by a
 * trusted EHR for this service, once; card links never come from the Host header; chart text cannot
 * inject Markdown; absurdly deep JSON is a 400, not a crash.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { InputError, MemoryReplayCache, cdsAuthFromEnv } from '../../src/index.js';
import { repoRoot, testApp } from '../http/_support.js';
import { TEST_PUBLIC_URL, testIssuer } from '../support/cds-issuer.js';
import type { TestIssuer } from '../support/cds-issuer.js';
import { readFileSync } from 'node:fs';

type Json = Record<string, unknown>;
const SERVICE = 'foramen-patient-view';
const chart = (): Json =>
  JSON.parse(
    readFileSync(`${repoRoot}test/http/fixtures/cds-hooks/patient-view-radiculopathy.json`, 'utf8'),
  ) as Json;

let app: FastifyInstance;
let ehr: TestIssuer;
let stranger: TestIssuer;
before(async () => {
  ehr = await testIssuer();
  // Same iss and kid, another key: a forged token.
  stranger = await testIssuer(ehr.issuer.iss);
  app = await testApp({ cdsHooks: { auth: ehr.auth } });
});
after(async () => {
  await app.close();
});

const post = (headers: Record<string, string>, body: unknown = chart(), service = SERVICE) =>
  app.inject({
    method: 'POST',
    url: `/cds-services/${service}`,
    headers: { 'content-type': 'application/json', ...headers },
    payload: JSON.stringify(body),
  });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const now = () => Math.floor(Date.now() / 1000);

describe('CDS Hooks JWT: refused unless signed by a trusted EHR, for this service, once', () => {
  it('a valid JWT → 200 with cards', async () => {
    const res = await post(await ehr.headers(SERVICE));
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(res.json<{ cards: unknown[] }>().cards.length > 0);
  });

  const refusals: [string, () => Promise<Record<string, string>>][] = [
    ['no Authorization header', async () => ({})],
    [
      'an unsigned JWT (alg none)',
      async () => {
        const part = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
        const claims = {
          iss: ehr.issuer.iss,
          aud: `${TEST_PUBLIC_URL}/cds-services/${SERVICE}`,
          exp: now() + 300,
          iat: now(),
          jti: 'unsigned-1',
        };
        return bearer(`${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`);
      },
    ],
    ['a JWT signed with another key', () => stranger.headers(SERVICE)],
    ['an expired JWT', () => ehr.headers(SERVICE, { exp: now() - 120, iat: now() - 400 })],
    [
      'a JWT for another audience',
      () =>
        ehr.headers(SERVICE, { aud: 'https://other.example/cds-services/foramen-patient-view' }),
    ],
    ['a JWT for the other service', () => ehr.headers('foramen-lumbar-mri-order')],
    ['a JWT from an untrusted issuer', () => ehr.headers(SERVICE, { iss: 'https://evil.example' })],
    ['a JWT without jti', () => ehr.headers(SERVICE, { jti: null })],
    ['a JWT issued in the future', () => ehr.headers(SERVICE, { iat: now() + 3600 })],
    ['a JWT issued an hour ago', () => ehr.headers(SERVICE, { iat: now() - 3600 })],
    ['a Basic header', async () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
  ];
  for (const [name, headers] of refusals) {
    it(`${name} → 401 OperationOutcome`, async () => {
      const res = await post(await headers());
      assert.equal(res.statusCode, 401, res.body);
      assert.equal(res.json<Json>()['resourceType'], 'OperationOutcome');
      assert.match(String(res.headers['www-authenticate']), /^Bearer/);
    });
  }

  it('a replayed JWT → 401 the second time', async () => {
    const token = await ehr.sign(SERVICE);
    assert.equal((await post(bearer(token))).statusCode, 200);
    const again = await post(bearer(token));
    assert.equal(again.statusCode, 401);
    assert.match(again.body, /replay/);
  });

  it('feedback needs a JWT too; discovery stays open', async () => {
    const feedback = {
      feedback: [{ card: 'x', outcome: 'overridden', outcomeTimestamp: '2026-03-01T12:00:00Z' }],
    };
    const url = '/cds-services/foramen-lumbar-mri-order/feedback';
    assert.equal((await app.inject({ method: 'POST', url, payload: feedback })).statusCode, 401);
    const signed = await app.inject({
      method: 'POST',
      url,
      payload: feedback,
      headers: await ehr.headers('foramen-lumbar-mri-order'),
    });
    assert.equal(signed.statusCode, 200);
    assert.equal((await app.inject({ method: 'GET', url: '/cds-services' })).statusCode, 200);
  });

  it('card links use FORAMEN_PUBLIC_URL whatever the Host header says', async () => {
    const res = await post({ ...(await ehr.headers(SERVICE)), host: 'evil.example' });
    assert.equal(res.statusCode, 200);
    assert.ok(!res.body.includes('evil.example'));
    assert.match(res.body, /https:\/\/foramen\.test\.example\/assess\.html/);
  });

  it('chart text cannot become a link, image or heading in card Markdown', async () => {
    const body = chart() as { prefetch: { conditions: { entry: { resource: Json }[] } } };
    const first = body.prefetch.conditions.entry[0]?.resource as { code: Json };
    first.code = {
      ...first.code,
      text: '![x](https://evil.example/t.png) [click](https://evil.example)\n# hi',
    };
    const res = await post(await ehr.headers(SERVICE), body);
    assert.equal(res.statusCode, 200);
    const details = res
      .json<{ cards: { detail: string }[] }>()
      .cards.map((c) => c.detail)
      .join('\n');
    assert.ok(!/\]\(https/.test(details), details);
    assert.ok(details.includes('\\!\\[x\\]\\(https\\://evil.example/t.png\\)'), details);
    assert.ok(!/\n# hi/.test(details));
  });

  it('a 200,000-deep prefetch → 400, not a crash', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const res = await app.inject({
      method: 'POST',
      url: `/cds-services/${SERVICE}`,
      headers: { 'content-type': 'application/json', ...(await ehr.headers(SERVICE)) },
      payload: `{"hook":"patient-view","hookInstance":"x","context":{"patientId":"1"},"prefetch":{"conditions":${deep}}}`,
    });
    assert.equal(res.statusCode, 400, res.body.slice(0, 300));
    assert.match(res.body, /nested more than 100 levels/);
  });
});

describe('CDS Hooks settings', () => {
  it('FORAMEN_CDS_AUTH=off answers without a JWT and says so at start', async () => {
    const settings = cdsAuthFromEnv({
      FORAMEN_CDS_AUTH: 'off',
      FORAMEN_PUBLIC_URL: TEST_PUBLIC_URL,
    });
    assert.ok(settings.warnings.some((w) => /local demos only/.test(w)));
    const lines: string[] = [];
    const demo = await testApp({
      cdsHooks: { auth: settings },
      logger: { level: 'warn', stream: { write: (l: string) => void lines.push(l) } },
    });
    const res = await demo.inject({
      method: 'POST',
      url: `/cds-services/${SERVICE}`,
      payload: chart(),
    });
    await demo.close();
    assert.equal(res.statusCode, 200);
    assert.ok(lines.some((l) => l.includes('FORAMEN_CDS_AUTH=off')));
  });

  it('a fresh machine (no settings) starts: discovery open, calls refused until an issuer is trusted', async () => {
    const settings = cdsAuthFromEnv({});
    assert.equal(settings.mode, 'required');
    assert.equal(settings.publicUrl, 'http://127.0.0.1:8080');
    const fresh = await testApp({ cdsHooks: { auth: settings } });
    assert.equal((await fresh.inject({ method: 'GET', url: '/cds-services' })).statusCode, 200);
    assert.equal(
      (await fresh.inject({ method: 'POST', url: `/cds-services/${SERVICE}`, payload: chart() }))
        .statusCode,
      401,
    );
    await fresh.close();
  });

  it('FORAMEN_CDS_ISSUERS is read from a file, and a bad file is one clear error naming it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'foramen-issuers-'));
    try {
      const file = join(dir, 'issuers.json');
      writeFileSync(
        file,
        JSON.stringify([
          ehr.issuer,
          { iss: 'https://b.example', jwksUrl: 'https://b.example/jwks' },
        ]),
      );
      assert.equal(cdsAuthFromEnv({ FORAMEN_CDS_ISSUERS: file }).issuers.length, 2);
      writeFileSync(file, JSON.stringify([{ iss: 'x' }]));
      const named = (variable: string) => (e: unknown) =>
        e instanceof InputError && e.path.startsWith(variable) && e.message.length > 0;
      assert.throws(
        () => cdsAuthFromEnv({ FORAMEN_CDS_ISSUERS: file }),
        named('FORAMEN_CDS_ISSUERS'),
      );
      assert.throws(
        () => cdsAuthFromEnv({ FORAMEN_CDS_ISSUERS: join(dir, 'missing.json') }),
        named('FORAMEN_CDS_ISSUERS'),
      );
      assert.throws(() => cdsAuthFromEnv({ FORAMEN_CDS_AUTH: 'maybe' }), named('FORAMEN_CDS_AUTH'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the in-memory replay cache refuses a second sighting, forgets expired ids and stays bounded', async () => {
    let t = 1_000;
    const cache = new MemoryReplayCache(3, () => t);
    assert.equal(await cache.firstSeen('a', 2_000), true);
    assert.equal(await cache.firstSeen('a', 2_000), false);
    t = 2_500;
    assert.equal(await cache.firstSeen('a', 3_000), true, 'an expired id may come again');
    for (const id of ['b', 'c', 'd', 'e']) await cache.firstSeen(id, 10_000);
    assert.ok(cache.size <= 3);
  });
});
