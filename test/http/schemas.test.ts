// Issue 18: every route declares zod schemas; requests are validated by them with the contract's error
// shape, and the answers are sent whole (the response schemas describe them and drop nothing).
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import {
  AssessmentSchema,
  CdsDiscoveryResponseSchema,
  GRADING_SYSTEMS,
  ParseReportResultSchema,
  assess,
  checkMedications,
  grade,
  parseReport,
} from '../../src/index.js';
import { GradeResultSchema } from '../../src/http/routes/grade.js';
import { MedsResultSchema } from '../../src/http/routes/meds.js';
import { FULL_PRESENTATION, testApp, vignettes } from './_support.js';

let app: FastifyInstance;
before(async () => {
  app = await testApp();
});
after(() => app.close());

const post = (url: string, payload: unknown) =>
  app.inject({ method: 'POST', url, payload: payload as object });

describe('answers are sent whole and match their response schemas', () => {
  it('POST /api/assess: every vignette and the full presentation', async () => {
    for (const presentation of [FULL_PRESENTATION, ...vignettes().map((v) => v.presentation)]) {
      const res = await post('/api/assess', presentation);
      assert.equal(res.statusCode, 200);
      // Same bytes as the core's answer: no field dropped, renamed or reordered by serialisation.
      assert.equal(res.body, JSON.stringify(assess(presentation)));
      assert.ok(AssessmentSchema.safeParse(res.json()).success);
    }
  });

  it('POST /api/grade/:system: every system example', async () => {
    for (const [id, system] of Object.entries(GRADING_SYSTEMS)) {
      const res = await post(`/api/grade/${id}`, system.example);
      assert.equal(res.statusCode, 200, id);
      assert.equal(res.body, JSON.stringify(grade(id, system.example)), id);
      assert.ok(GradeResultSchema.safeParse(res.json()).success, id);
    }
  });

  it('POST /api/reports/parse and POST /api/meds/check', async () => {
    const text =
      'L4-L5: moderate left foraminal stenosis with contact of the exiting left L4 root.';
    const report = await post('/api/reports/parse', { text });
    assert.equal(report.body, JSON.stringify(parseReport(text)));
    assert.ok(ParseReportResultSchema.safeParse(report.json()).success);
    const regimen = { drugs: [{ drug: 'ibuprofen', doseMg: 800, timesPerDay: 4 }] };
    const meds = await post('/api/meds/check', regimen);
    assert.equal(meds.body, JSON.stringify(checkMedications(regimen)));
    assert.ok(MedsResultSchema.safeParse(meds.json()).success);
  });

  it('GET /cds-services', async () => {
    const res = await app.inject({ method: 'GET', url: '/cds-services' });
    assert.ok(CdsDiscoveryResponseSchema.safeParse(res.json()).success);
  });
});

describe('bad input caught by a route schema keeps the contract shape', () => {
  it('POST /api/assess: 400 naming the field, one line, never fastify’s shape', async () => {
    const res = await post('/api/assess', { symptoms: 'leg pain' });
    assert.equal(res.statusCode, 400);
    const body = res.json<{ error: { message: string; path: string; code: string } }>();
    assert.deepEqual(Object.keys(body), ['error']);
    assert.equal(body.error.path, 'symptoms');
    assert.equal(body.error.code, 'invalid-input');
    assert.doesNotMatch(body.error.message, /\n/);
  });

  it('POST /api/assess?format=fhir: the same error as an OperationOutcome', async () => {
    const res = await post('/api/assess?format=fhir', { symptoms: 'leg pain' });
    assert.equal(res.statusCode, 400);
    assert.match(String(res.headers['content-type']), /application\/fhir\+json/);
    const outcome = res.json<{ resourceType: string; issue: { expression?: string[] }[] }>();
    assert.equal(outcome.resourceType, 'OperationOutcome');
    assert.deepEqual(outcome.issue[0]?.expression, ['symptoms']);
  });

  it('GET /api/diagrams/spine: a query value outside the vocabulary names the key', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/diagrams/spine?level=L9-L10&side=left&zone=foraminal',
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json<{ error: { path: string } }>().error.path, 'level');
  });
});
