import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';

interface Doc {
  paths: Record<string, Record<string, { operationId: string; security?: unknown[] }>>;
  components: { schemas: Record<string, unknown> };
}

// The scores and records routes describe themselves with their route schemas (issue 18); the generated
// document covers them like every other route.
describe('OpenAPI of the scores and records routes', () => {
  let app: FastifyInstance;
  let doc: Doc;
  before(async () => {
    app = await buildApp({ logger: false, webRoot: false });
    doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<Doc>();
  });
  after(() => app.close());

  for (const [name, prefixes] of [
    ['scores', ['/api/scores']],
    ['records', ['/api/patients', '/api/auth', '/api/audit', '/api/questionnaires']],
  ] as const) {
    it(`${name}: every documented operation is served, has a unique id, and every $ref resolves`, () => {
      const ids: string[] = [];
      const paths = Object.entries(doc.paths).filter(([p]) =>
        prefixes.some((x) => p.startsWith(x)),
      );
      assert.ok(paths.length > 0, name);
      for (const [path, item] of paths) {
        for (const [method, op] of Object.entries(item)) {
          ids.push(op.operationId);
          const url = path.replace(/\{(\w+)\}/g, ':$1');
          assert.ok(
            app.hasRoute({ method: method.toUpperCase() as 'GET', url }) ||
              app.hasRoute({ method: method.toUpperCase() as 'GET', url: `${url}/` }),
            `${method} ${path}`,
          );
        }
        for (const r of JSON.stringify(item).match(/"\$ref":"#\/components\/schemas\/([^"]+)"/g) ??
          []) {
          const target = r.slice(r.lastIndexOf('/') + 1, -1);
          assert.ok(target in doc.components.schemas, target);
        }
      }
      assert.ok(ids.every(Boolean));
      assert.equal(new Set(ids).size, ids.length);
    });
  }

  it('records operations other than sign-in and the patient link need a bearer token', () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      if (!path.startsWith('/api/patients') && !path.startsWith('/api/audit')) continue;
      for (const op of Object.values(item)) assert.ok(op.security, path);
    }
    assert.equal(doc.paths['/api/auth/login']?.['post']?.security, undefined);
  });
});
