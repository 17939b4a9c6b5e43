import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../../src/http/app.js';

describe('HTTP app', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildApp({ logger: false });
  });
  after(async () => {
    await app.close();
  });

  it('GET /health answers 200 with versions', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    assert.equal(res.statusCode, 200);
    const body = res.json<{ status: string; version: string; kbVersion: string }>();
    assert.equal(body.status, 'ok');
    assert.match(body.version, /^\d+\.\d+\.\d+$/);
  });

  it('sends security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/health' });
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.ok(res.headers['content-security-policy']);
  });

  it('GET /api/kb/search finds like the CLI', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/kb/search?q=L5%20root' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json<{ results: { id: string }[] }>().results[0]?.id, 'root-l5');
  });

  it('GET /api/kb/:id returns the entry with citations', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/kb/level-l3-l4' });
    assert.equal(res.statusCode, 200);
    assert.ok(res.json<{ citations: unknown[] }>().citations.length > 0);
  });

  const bad: [string, InjectOptions, number, string][] = [
    ['unknown id', { method: 'GET', url: '/api/kb/nope' }, 400, 'id'],
    ['unknown category', { method: 'GET', url: '/api/kb?category=potions' }, 400, 'category'],
    ['empty search', { method: 'GET', url: '/api/kb/search?q=' }, 400, 'text'],
    [
      'malformed JSON',
      {
        method: 'POST',
        url: '/api/kb',
        headers: { 'content-type': 'application/json' },
        payload: '{bad',
      },
      400,
      'body',
    ],
    ['unknown route', { method: 'GET', url: '/api/nothing-here' }, 404, 'url'],
  ];
  for (const [name, request, status, path] of bad) {
    it(`${name} → ${status} { error: { message, path: "${path}" } }`, async () => {
      const res = await app.inject(request);
      assert.equal(res.statusCode, status);
      const body = res.json<{ error: { message: string; path: string } }>();
      assert.equal(body.error.path, path);
      assert.ok(body.error.message.length > 0);
    });
  }

  it('refuses bodies over the limit with 413', async () => {
    const small = await buildApp({ logger: false, bodyLimit: 100 });
    const res = await small.inject({
      method: 'POST',
      url: '/api/kb',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ text: 'x'.repeat(500) }),
    });
    assert.equal(res.statusCode, 413);
    await small.close();
  });

  it('rate-limits a client that sends too much', async () => {
    const limited = await buildApp({ logger: false, rateLimitPerMinute: 3 });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await limited.inject({ method: 'GET', url: '/health' })).statusCode);
    }
    assert.deepEqual(codes, [200, 200, 200, 429, 429]);
    await limited.close();
  });
});
