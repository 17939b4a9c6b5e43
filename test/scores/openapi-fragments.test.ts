import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/http/app.js';
import { scoresOpenApi } from '../../src/http/routes/scores.js';
import { recordsOpenApi } from '../../src/http/routes/records.js';

describe('OpenAPI fragments of the scores and records routes', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildApp({ logger: false, webRoot: false });
  });
  after(() => app.close());

  for (const [name, fragment] of [
    ['scores', scoresOpenApi()],
    ['records', recordsOpenApi()],
  ] as const) {
    it(`${name}: every documented operation is served, has a unique id, and every $ref resolves`, () => {
      const ids: string[] = [];
      for (const [path, item] of Object.entries(fragment.paths)) {
        for (const [method, op] of Object.entries(
          item as Record<string, { operationId: string }>,
        )) {
          ids.push(op.operationId);
          const url = path.replace(/\{(\w+)\}/g, ':$1');
          assert.ok(
            app.hasRoute({ method: method.toUpperCase() as 'GET', url }) ||
              app.hasRoute({ method: method.toUpperCase() as 'GET', url: `${url}/` }),
            `${method} ${path}`,
          );
        }
      }
      assert.equal(new Set(ids).size, ids.length);
      for (const r of JSON.stringify(fragment).match(
        /"\$ref":"#\/components\/schemas\/([^"]+)"/g,
      ) ?? []) {
        const target = r.slice(r.lastIndexOf('/') + 1, -1);
        assert.ok(target === 'Error' || target in fragment.schemas, target);
      }
    });
  }
});
