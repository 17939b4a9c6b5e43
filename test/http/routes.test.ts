import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions } from 'fastify';
import {
  AssessmentSchema,
  GRADING_SYSTEMS,
  GRADING_SYSTEM_IDS,
  ParseReportResultSchema,
  assess,
  checkMedications,
  grade,
  parseReport,
} from '../../src/index.js';
import { FULL_PRESENTATION, REPORT_TEXT, testApp } from './_support.js';

let app: FastifyInstance;
before(async () => {
  app = await testApp();
});
after(async () => {
  await app.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({
    method: 'POST',
    url,
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    headers: { 'content-type': 'application/json', ...headers },
  });

describe('POST /api/assess', () => {
  it('answers the same assessment as assess(), valid against AssessmentSchema', async () => {
    const res = await post('/api/assess', FULL_PRESENTATION);
    assert.equal(res.statusCode, 200);
    const body = AssessmentSchema.parse(res.json());
    assert.deepEqual(body, assess(FULL_PRESENTATION));
    assert.equal(body.roots[0]?.root, 'L3');
  });

  it('answers a FHIR Bundle with ?format=fhir and with Accept: application/fhir+json', async () => {
    for (const res of [
      await post('/api/assess?format=fhir', FULL_PRESENTATION),
      await post('/api/assess', FULL_PRESENTATION, { accept: 'application/fhir+json' }),
    ]) {
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/fhir\+json/);
      assert.equal(res.json<{ resourceType: string }>().resourceType, 'Bundle');
    }
  });

  it('refuses an unknown format naming the format parameter', async () => {
    const res = await post('/api/assess?format=xml', FULL_PRESENTATION);
    assert.equal(res.statusCode, 400);
    assert.equal(res.json<{ error: { path: string } }>().error.path, 'format');
  });

  it('answers bad input in FHIR mode with an OperationOutcome naming the field', async () => {
    const res = await post('/api/assess?format=fhir', {
      symptoms: [{ kind: 'ache', region: 'buttock' }],
    });
    assert.equal(res.statusCode, 400);
    const outcome = res.json<{
      resourceType: string;
      issue: { severity: string; code: string; expression: string[] }[];
    }>();
    assert.equal(outcome.resourceType, 'OperationOutcome');
    assert.deepEqual(
      [outcome.issue[0]?.severity, outcome.issue[0]?.code, outcome.issue[0]?.expression[0]],
      ['error', 'invalid', 'symptoms[0].kind'],
    );
  });
});

describe('/api/grade', () => {
  it('lists every system with its inputs', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/grade' });
    assert.deepEqual(
      res.json<{ systems: { id: string }[] }>().systems.map((s) => s.id),
      GRADING_SYSTEM_IDS,
    );
  });

  for (const id of GRADING_SYSTEM_IDS) {
    it(`POST /api/grade/${id} grades the registry example like grade()`, async () => {
      const example = GRADING_SYSTEMS[id].example;
      const res = await post(`/api/grade/${id}`, example);
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), JSON.parse(JSON.stringify(grade(id, example))));
    });
  }
});

describe('POST /api/reports/parse', () => {
  it('takes text/plain and JSON { text } alike, like parseReport()', async () => {
    const plain = await post('/api/reports/parse', REPORT_TEXT, { 'content-type': 'text/plain' });
    const json = await post('/api/reports/parse', { text: REPORT_TEXT });
    assert.equal(plain.statusCode, 200);
    assert.deepEqual(plain.json(), json.json());
    assert.deepEqual(ParseReportResultSchema.parse(plain.json()), parseReport(REPORT_TEXT));
    const findings = plain.json<{
      findings: { level: string; finding: string; side?: string; severity: string | null }[];
    }>().findings;
    assert.ok(
      findings.some(
        (f) =>
          f.level === 'L3-L4' &&
          f.finding === 'foraminal-stenosis' &&
          f.side === 'left' &&
          f.severity === 'moderate',
      ),
    );
  });

  it('passes parser options through', async () => {
    const res = await post('/api/reports/parse', { text: REPORT_TEXT, dedupe: false });
    assert.deepEqual(res.json(), parseReport(REPORT_TEXT, { dedupe: false }));
  });

  it('answers a DiagnosticReport Bundle with ?format=fhir', async () => {
    const res = await post('/api/reports/parse?format=fhir', REPORT_TEXT, {
      'content-type': 'text/plain',
    });
    const bundle = res.json<{ entry: { resource: { resourceType: string } }[] }>();
    assert.equal(bundle.entry[0]?.resource.resourceType, 'DiagnosticReport');
    assert.ok(bundle.entry.slice(1).every((e) => e.resource.resourceType === 'Observation'));
  });
});

describe('POST /api/meds/check', () => {
  it('answers like checkMedications()', async () => {
    const input = {
      patient: { age: 72, eGFR: 38 },
      drugs: [
        { drug: 'ibuprofen', doseMg: 600, timesPerDay: 4 },
        { drug: 'Tylenol', dose: 1, unit: 'g', frequency: 'q6h' },
      ],
    };
    const res = await post('/api/meds/check', input);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), JSON.parse(JSON.stringify(checkMedications(input))));
    assert.ok(res.json<{ alerts: { code: string }[] }>().alerts.length > 0);
  });
});

describe('GET /api/articles', () => {
  it('lists all 72 level, side and zone combinations', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/articles' });
    assert.equal(res.json<{ items: unknown[] }>().items.length, 72);
  });

  it('answers JSON, Markdown and HTML', async () => {
    const base = '/api/articles/L4-L5?side=left&zone=foraminal';
    const json = await app.inject({ method: 'GET', url: base });
    assert.equal(json.json<{ slug: string; root: string }>().slug, 'l4-l5-left-foraminal');
    const md = await app.inject({ method: 'GET', url: `${base}&format=md` });
    assert.match(String(md.headers['content-type']), /^text\/markdown/);
    assert.match(md.body, /^# /);
    const html = await app.inject({ method: 'GET', url: `${base}&format=html` });
    assert.match(String(html.headers['content-type']), /^text\/html/);
    assert.match(html.body, /<h1>/);
  });

  it('forgives level spellings the way the CLI does', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/articles/l5s1?side=right&zone=subarticular',
    });
    assert.equal(res.json<{ level: string; root: string }>().level, 'L5-S1');
  });
});

describe('GET /api/diagrams', () => {
  it('draws the spine as JSON and as SVG', async () => {
    const json = await app.inject({
      method: 'GET',
      url: '/api/diagrams/spine?level=L4-L5&side=left&zone=foraminal',
    });
    const diagram = json.json<{ svg: string; title: string; description: string }>();
    assert.match(diagram.svg, /^<svg/);
    assert.match(diagram.title, /L4 nerve root/);
    const svg = await app.inject({
      method: 'GET',
      url: '/api/diagrams/spine?level=L4-L5&side=left&zone=foraminal&format=svg',
    });
    assert.match(String(svg.headers['content-type']), /^image\/svg\+xml/);
  });

  it('draws a dermatome', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/diagrams/dermatome?root=L5&side=right',
    });
    assert.match(res.json<{ svg: string }>().svg, /^<svg/);
  });
});

describe('GET /api/vocab', () => {
  it('gives the closed vocabularies', async () => {
    const body = (await app.inject({ method: 'GET', url: '/api/vocab' })).json<{
      levels: string[];
      bodyRegions: string[];
      flags: string[];
    }>();
    assert.deepEqual(body.levels, ['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']);
    assert.equal(body.bodyRegions.length, 20);
    assert.ok(body.flags.includes('saddle-anesthesia'));
  });
});

describe('bad input answers 400 with the path of the field', () => {
  const cases: [string, InjectOptions, string][] = [
    ['assess: missing symptoms', { method: 'POST', url: '/api/assess', payload: {} }, 'symptoms'],
    [
      'assess: unknown field',
      { method: 'POST', url: '/api/assess', payload: { symptoms: [], colour: 'red' } },
      'colour',
    ],
    [
      'assess: MRC out of range',
      {
        method: 'POST',
        url: '/api/assess',
        payload: {
          symptoms: [],
          exam: { motor: [{ movement: 'knee-extension', side: 'left', mrc: 7 }] },
        },
      },
      'exam.motor[0].mrc',
    ],
    [
      'assess: not an object',
      {
        method: 'POST',
        url: '/api/assess',
        payload: [1, 2],
        headers: { 'content-type': 'application/json' },
      },
      'input',
    ],
    [
      'assess: malformed JSON',
      {
        method: 'POST',
        url: '/api/assess',
        payload: '{"symptoms":',
        headers: { 'content-type': 'application/json' },
      },
      'body',
    ],
    ['grade: unknown system', { method: 'POST', url: '/api/grade/tarot', payload: {} }, 'system'],
    [
      'grade: bad field',
      { method: 'POST', url: '/api/grade/wildermuth', payload: { epiduralFat: 'gone' } },
      'epiduralFat',
    ],
    [
      'grade: percent over 100',
      { method: 'POST', url: '/api/grade/percent', payload: { reductionPercent: 140 } },
      'reductionPercent',
    ],
    [
      'reports: empty text',
      { method: 'POST', url: '/api/reports/parse', payload: { text: '' } },
      'text',
    ],
    [
      'reports: unknown option',
      { method: 'POST', url: '/api/reports/parse', payload: { text: 'x', colour: 1 } },
      'colour',
    ],
    [
      'meds: drugs missing',
      { method: 'POST', url: '/api/meds/check', payload: { patient: {} } },
      'drugs',
    ],
    [
      'articles: bad side',
      { method: 'GET', url: '/api/articles/L4-L5?side=up&zone=foraminal' },
      'side',
    ],
    [
      'articles: bad level',
      { method: 'GET', url: '/api/articles/L9-L10?side=left&zone=foraminal' },
      'level',
    ],
    [
      'articles: bad format',
      { method: 'GET', url: '/api/articles/L4-L5?side=left&zone=foraminal&format=pdf' },
      'format',
    ],
    [
      'diagrams: bad zone',
      { method: 'GET', url: '/api/diagrams/spine?level=L4-L5&side=left&zone=outer' },
      'zone',
    ],
    ['diagrams: missing root', { method: 'GET', url: '/api/diagrams/dermatome?side=left' }, 'root'],
    ['kb: repeated query key', { method: 'GET', url: '/api/kb/search?q=a&q=b' }, 'q'],
    ['malformed %-escape in the URL', { method: 'GET', url: '/api/kb/%E0%A4%A' }, 'url'],
    [
      'articles: unknown query field',
      { method: 'GET', url: '/api/articles/L4-L5?side=left&zone=foraminal&constructor=1' },
      'constructor',
    ],
  ];
  for (const [name, request, path] of cases) {
    it(`${name} → 400 path "${path}"`, async () => {
      const res = await app.inject(request);
      assert.equal(res.statusCode, 400, res.body);
      const body = res.json<{ error: { message: string; path: string } }>();
      assert.equal(body.error.path, path);
      assert.ok(body.error.message.length > 0);
    });
  }
});

describe('router limits answer in the contract shape', () => {
  it('a path parameter over the limit → 414 { error: { message, path: "url" } }', async () => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/grade/${'x'.repeat(150)}`,
      payload: '{}',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.statusCode, 414);
    assert.equal(res.json<{ error: { path: string } }>().error.path, 'url');
  });
});
