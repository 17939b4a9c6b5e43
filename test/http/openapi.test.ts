import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { GRADING_SYSTEM_IDS, PresentationSchema } from '../../src/index.js';
import { repoRoot, testApp } from './_support.js';

interface OpenApi {
  openapi: string;
  paths: Record<
    string,
    Record<string, { operationId: string; responses: Record<string, unknown> }>
  >;
  components: {
    schemas: Record<
      string,
      { properties?: Record<string, unknown>; additionalProperties?: unknown; required?: string[] }
    >;
  };
}

/** The routes this API offers (scores, records and auth are documented by their own issue). */
const ROUTES = [
  'POST /api/assess',
  'GET /api/grade',
  'POST /api/grade/:system',
  'POST /api/reports/parse',
  'POST /api/meds/check',
  'GET /api/articles',
  'GET /api/articles/:level',
  'GET /api/diagrams/spine',
  'GET /api/diagrams/dermatome',
  'GET /api/vocab',
  'GET /api/kb',
  'GET /api/kb/search',
  'GET /api/kb/:id',
  'GET /cds-services',
  'POST /cds-services/:id',
  'POST /cds-services/:id/feedback',
  'GET /health',
];

let app: FastifyInstance;
let doc: OpenApi;
before(async () => {
  app = await testApp({ webRoot: `${repoRoot}web` });
  doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json<OpenApi>();
});
after(async () => {
  await app.close();
});

describe('GET /openapi.json', () => {
  it('is OpenAPI 3.1 with unique operation ids', () => {
    assert.equal(doc.openapi, '3.1.0');
    const ids = Object.values(doc.paths).flatMap((item) =>
      Object.values(item).map((op) => op.operationId),
    );
    assert.equal(new Set(ids).size, ids.length);
  });

  it('describes every route of this API, each of which the app serves', () => {
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([p, item]) =>
        Object.keys(item).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );
    for (const route of ROUTES) {
      const [method, url] = route.split(' ') as ['GET' | 'POST', string];
      assert.ok(documented.has(route), `${route} is not in /openapi.json`);
      assert.ok(
        app.hasRoute({ method, url }) || app.hasRoute({ method, url: `${url}/` }),
        `${route} is not served`,
      );
    }
  });

  it('takes its request schemas from the zod schemas', () => {
    const presentation = doc.components.schemas['Presentation'];
    assert.deepEqual(
      Object.keys(presentation?.properties ?? {}).sort(),
      Object.keys(PresentationSchema.shape).sort(),
    );
    assert.equal(presentation?.additionalProperties, false, 'strict objects refuse unknown fields');
    assert.deepEqual(presentation?.required, ['symptoms']);
    for (const id of GRADING_SYSTEM_IDS) assert.ok(doc.components.schemas[`GradeInput-${id}`], id);
  });

  it('includes the scores and records fragments', () => {
    assert.ok(doc.paths['/api/scores/{instrument}']?.['post'], 'scores');
    assert.ok(
      Object.keys(doc.paths).some((p) => p.startsWith('/api/patients')),
      'records',
    );
  });

  it('every $ref resolves', () => {
    const refs = JSON.stringify(doc).match(/"\$ref":"#\/components\/schemas\/([^"]+)"/g) ?? [];
    assert.ok(refs.length > 10);
    for (const r of refs) {
      const name = r.slice(r.lastIndexOf('/') + 1, -1);
      assert.ok(doc.components.schemas[name], name);
    }
  });

  it('every documented GET without parameters answers 200', async () => {
    for (const [path, item] of Object.entries(doc.paths)) {
      const get = item['get'] as
        { parameters?: { required?: boolean }[]; security?: unknown[] } | undefined;
      // Operations behind a session (records) answer 401 without one; they are tested by their own suite.
      if (
        !get ||
        path.includes('{') ||
        (get.parameters ?? []).some((p) => p.required) ||
        get.security
      ) {
        continue;
      }
      const res = await app.inject({ method: 'GET', url: path });
      assert.equal(res.statusCode, 200, path);
    }
  });
});

describe('GET /docs', () => {
  it('serves the readable reference page, which loads only its own script', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs' });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<script type="module" src="\/js\/docs.js"><\/script>/);
    assert.doesNotMatch(res.body, /https?:\/\/(?!www\.w3\.org)/);
  });
});
