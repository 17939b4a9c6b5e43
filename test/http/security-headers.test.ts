// The app sets exactly the headers @fastify/helmet would set with the app's options (worked out once at
// start instead of on every request), on API answers, errors and static files alike.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import { HELMET_OPTIONS } from '../../src/http/security-headers.js';
import { repoRoot, testApp } from './_support.js';

let app: FastifyInstance;
let expected: Record<string, unknown>;
before(async () => {
  app = await testApp({ webRoot: `${repoRoot}web` });
  const reference = Fastify({ logger: false });
  await reference.register(helmet, HELMET_OPTIONS);
  reference.get('/', async () => '');
  const res = await reference.inject({ method: 'GET', url: '/' });
  await reference.close();
  const {
    'content-type': _t,
    'content-length': _l,
    date: _d,
    connection: _c,
    ...rest
  } = res.headers;
  expected = rest;
});
after(() => app.close());

describe('security headers', () => {
  it('equal @fastify/helmet’s on every kind of answer', async () => {
    assert.ok(Object.keys(expected).length >= 10);
    for (const url of ['/health', '/api/vocab', '/no/such/route', '/', '/openapi.json']) {
      const res = await app.inject({ method: 'GET', url });
      for (const [name, value] of Object.entries(expected)) {
        assert.equal(res.headers[name], value, `${url} ${name}`);
      }
    }
  });
});
