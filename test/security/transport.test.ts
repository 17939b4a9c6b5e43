/**
 * Issue 16, point 5, from outside: no-store on every /api response, readiness checks the database,
 * the client address comes from a trusted proxy only, timeouts are set, deep JSON is refused.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { createUser, readAudit } from '../../src/index.js';
import type { RecordStore } from '../../src/index.js';
import { trustProxyOf } from '../../src/http/app.js';
import { testApp, FULL_PRESENTATION } from '../http/_support.js';
import { backends, freshStore } from '../records/_backends.js';

const PASSWORD = 'correct horse battery';
const sqlite = backends()[0];

describe('transmission and deployment', () => {
  let store: RecordStore;
  let app: FastifyInstance;
  before(async () => {
    if (!sqlite) throw new Error('no SQLite backend');
    store = await freshStore(sqlite);
    await createUser(
      store.db,
      { kind: 'cli', name: 'test' },
      { username: 'admin', password: PASSWORD, role: 'admin' },
    );
    app = await testApp({ records: { store }, trustProxy: 1 });
  });
  after(async () => {
    await app.close();
    await store.close();
    await sqlite?.cleanup();
  });

  it('every /api response carries Cache-Control: no-store (200, 400, 401, 404); /health does not need it', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: PASSWORD },
    });
    const responses = [
      login,
      await app.inject({ method: 'POST', url: '/api/assess', payload: FULL_PRESENTATION }),
      await app.inject({ method: 'POST', url: '/api/assess', payload: { age: 'x' } }),
      await app.inject({ method: 'GET', url: '/api/patients' }),
      await app.inject({ method: 'GET', url: '/api/nothing-here' }),
      await app.inject({ method: 'GET', url: '/api/kb/search?q=ibuprofen' }),
    ];
    assert.deepEqual(
      responses.map((r) => r.statusCode),
      [200, 200, 400, 401, 404, responses[5]?.statusCode],
    );
    for (const r of responses) assert.equal(r.headers['cache-control'], 'no-store', r.raw.req.url);
  });

  it('GET /health/ready answers 200 when the database answers', async () => {
    const res = await app.inject({ method: 'GET', url: '/health/ready' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json<{ status: string }>().status, 'ready');
  });

  it('GET /health/ready answers 503 when the database cannot be reached; /health stays 200', async () => {
    const down = await testApp({
      records: { env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' } },
    });
    try {
      const res = await down.inject({ method: 'GET', url: '/health/ready' });
      assert.equal(res.statusCode, 503);
      assert.deepEqual(res.json(), {
        status: 'unavailable',
        error: { message: 'the database is unreachable', path: 'database' },
      });
      assert.equal((await down.inject({ method: 'GET', url: '/health' })).statusCode, 200);
    } finally {
      await down.close();
    }
  });

  it('behind a trusted proxy the audit records the client address from X-Forwarded-For', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'wrong password!' },
      headers: { 'x-forwarded-for': '203.0.113.7', 'user-agent': 'ProxyTest/2' },
    });
    const [entry] = await readAudit(store.db, { limit: 1 });
    assert.equal(entry?.action, 'login-failed');
    assert.equal(entry?.clientAddress, '203.0.113.7');
    assert.equal(entry?.userAgent, 'ProxyTest/2');
  });

  it('without FORAMEN_TRUST_PROXY a forwarded address is ignored', async () => {
    const direct = await testApp({ records: { store } });
    try {
      await direct.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'admin', password: 'wrong password!' },
        headers: { 'x-forwarded-for': '203.0.113.7' },
      });
      const [entry] = await readAudit(store.db, { limit: 1 });
      assert.equal(entry?.clientAddress, '127.0.0.1');
    } finally {
      await direct.close();
    }
    assert.equal(trustProxyOf(undefined), undefined);
    assert.equal(trustProxyOf('2'), 2);
    assert.equal(trustProxyOf('true'), true);
    assert.equal(trustProxyOf('10.0.0.0/8, 127.0.0.1'), '10.0.0.0/8, 127.0.0.1');
  });

  it('a slow client cannot hold a socket: request and connection timeouts are set', async () => {
    await app.ready();
    assert.equal(app.server.requestTimeout, 30_000);
    assert.equal(app.initialConfig.connectionTimeout, 10_000);
  });

  it('JSON nested 200,000 deep → 400 on any route, never a RangeError', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    for (const url of ['/api/assess', '/api/meds/check', '/api/auth/login']) {
      const res = await app.inject({
        method: 'POST',
        url,
        payload: `{"x":${deep}}`,
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(res.statusCode, 400, `${url}: ${res.body.slice(0, 200)}`);
      assert.equal(res.json<{ error: { path: string } }>().error.path, 'body');
    }
  });
});
