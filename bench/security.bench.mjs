// Issue 16: what the security work costs. The login (Argon2id verify, throttle and session writes,
// audit entry) through the store, with and without a TOTP code; and the CDS Hooks order-select rate
// with JWT verification on (ES384 signature, JWKS lookup, iss/aud/exp/iat checks, jti replay cache)
// beside the same service with verification off, two server processes in the same run.
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { Secret, TOTP } from 'otpauth';
import { median } from './_measure.mjs';
import { load, startServer } from './_http.mjs';

const lib = await import('../dist/src/index.js');
const root = new URL('../', import.meta.url).pathname;
const PASSWORD = 'correct horse battery staple';
const SERVICE = 'foramen-lumbar-mri-order';
const PUBLIC_URL = 'http://bench.foramen.local';
const ISS = 'https://ehr.bench.local';
const ORDER = readFileSync(
  `${root}test/http/fixtures/cds-hooks/order-select-mri-recent.json`,
  'utf8',
);

async function loginCost(runs) {
  const dir = mkdtempSync(join(tmpdir(), 'foramen-bench-login-'));
  let t = Date.parse('2026-03-01T09:00:00Z');
  const now = () => new Date(t);
  const store = await lib.openRecordStore({ dataDir: dir }, { now });
  try {
    await lib.createUser(
      store.db,
      { kind: 'cli', name: 'bench' },
      { username: 'plain', password: PASSWORD, role: 'clinician' },
    );
    const mfaUser = await lib.createUser(
      store.db,
      { kind: 'cli', name: 'bench' },
      { username: 'mfa', password: PASSWORD, role: 'clinician' },
    );
    const actor = { kind: 'user', userId: mfaUser.id, role: 'clinician' };
    const { secret } = await lib.enrollMfa(store.db, actor, { now });
    const totp = new TOTP({
      secret: Secret.fromBase32(secret),
      digits: 6,
      period: 30,
      algorithm: 'SHA1',
    });
    await lib.verifyMfa(store.db, actor, { totp: totp.generate({ timestamp: t }) }, { now });
    const plain = [];
    const withCode = [];
    for (let i = 0; i < runs; i++) {
      t += 31_000; // a fresh TOTP step each time (a code is good once)
      let s = performance.now();
      const a = await lib.signIn(store.db, { username: 'plain', password: PASSWORD }, {}, { now });
      plain.push(performance.now() - s);
      s = performance.now();
      const b = await lib.signIn(
        store.db,
        { username: 'mfa', password: PASSWORD, totp: totp.generate({ timestamp: t }) },
        {},
        { now },
      );
      withCode.push(performance.now() - s);
      if (!('token' in a) || !('token' in b)) throw new Error('bench login refused');
    }
    return { plain: median(plain), withCode: median(withCode) };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function cdsRates({ duration, rounds }) {
  const dir = mkdtempSync(join(tmpdir(), 'foramen-bench-cds-'));
  const { publicKey, privateKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'ES384', use: 'sig' };
  const issuers = join(dir, 'issuers.json');
  writeFileSync(issuers, JSON.stringify([{ iss: ISS, jwks: { keys: [jwk] } }]));
  const env = { FORAMEN_DATA_DIR: dir, FORAMEN_PUBLIC_URL: PUBLIC_URL };
  const open = await startServer('foramen', { env: { ...env, FORAMEN_CDS_AUTH: 'off' } });
  const guarded = await startServer('foramen', {
    env: { ...env, FORAMEN_CDS_AUTH: 'required', FORAMEN_CDS_ISSUERS: issuers },
  });
  // Every call needs its own jti: sign the tokens before the clock starts (the client's cost is not
  // the server's).
  const expected = 2500 * duration * (rounds + 1);
  const tokens = [];
  const iat = Math.floor(Date.now() / 1000);
  for (let i = 0; i < expected; i++) {
    tokens.push(
      await new SignJWT({
        iss: ISS,
        aud: `${PUBLIC_URL}/cds-services/${SERVICE}`,
        iat,
        exp: iat + 300 + duration * rounds * 3,
        jti: randomUUID(),
      })
        .setProtectedHeader({ alg: 'ES384', kid: 'bench' })
        .sign(privateKey),
    );
  }
  let next = 0;
  const json = { method: 'POST', headers: { 'content-type': 'application/json' }, body: ORDER };
  const signed = (url) => ({
    ...json,
    url,
    requests: [
      {
        setupRequest: (req) => ({
          ...req,
          headers: { ...req.headers, authorization: `Bearer ${tokens[next++ % tokens.length]}` },
        }),
      },
    ],
  });
  const runs = { off: [], on: [] };
  try {
    await load({ ...json, url: `${open.url}/cds-services/${SERVICE}`, duration: 2 });
    await load({ ...signed(`${guarded.url}/cds-services/${SERVICE}`), duration: 2 });
    for (let i = 0; i < rounds; i++) {
      runs.off.push(await load({ ...json, url: `${open.url}/cds-services/${SERVICE}`, duration }));
      runs.on.push(await load({ ...signed(`${guarded.url}/cds-services/${SERVICE}`), duration }));
    }
  } finally {
    await open.stop();
    await guarded.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  for (const r of [...runs.off, ...runs.on]) {
    if (r.non2xx > 0 || r.errors > 0) {
      throw new Error(
        `CDS load: ${r.non2xx} non-2xx, ${r.errors} errors ${JSON.stringify(r.statusCodes)}`,
      );
    }
  }
  if (next > tokens.length)
    throw new Error('ran out of pre-signed tokens: replays would be refused');
  const pick = (xs, k) => median(xs.map((x) => x[k]));
  return {
    off: pick(runs.off, 'requestsPerSecond'),
    on: pick(runs.on, 'requestsPerSecond'),
    offP99: pick(runs.off, 'p99'),
    onP99: pick(runs.on, 'p99'),
  };
}

export default async function ({ quick }) {
  const login = await loginCost(quick ? 5 : 15);
  const cds = await cdsRates({ duration: quick ? 3 : 5, rounds: quick ? 1 : 3 });
  const hashRef = {
    name: 'login without MFA (Argon2id verify + throttle, session and audit writes)',
    value: login.plain,
  };
  return [
    {
      name: 'login without MFA (Argon2id verify + throttle, session and audit writes)',
      value: login.plain,
      unit: 'ms',
    },
    {
      name: 'login with a TOTP code',
      value: login.withCode,
      unit: 'ms',
      baseline: hashRef,
      ratio: login.withCode / login.plain,
    },
    {
      name: `POST /cds-services/${SERVICE} req/s, JWT verification off (FORAMEN_CDS_AUTH=off)`,
      value: cds.off,
      unit: 'req/s',
      note: `p99 ${cds.offP99} ms`,
    },
    {
      name: `POST /cds-services/${SERVICE} req/s, JWT verification on (ES384, jti replay cache)`,
      value: cds.on,
      unit: 'req/s',
      baseline: { name: 'the same service with verification off', value: cds.off },
      ratio: cds.on / cds.off,
      note: `p99 ${cds.onP99} ms`,
    },
  ];
}
