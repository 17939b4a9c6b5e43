/**
 * Every CLI operation is reachable over HTTP with identical results: the same input through
 * `foramen <verb> - --json` (in-process) and through the HTTP route gives the same JSON, and the same
 * bad input names the same field.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { runForamen } from '../support/memory-io.js';
import { FULL_PRESENTATION, REPORT_TEXT, testApp, vignettes } from './_support.js';

let app: FastifyInstance;
before(async () => {
  app = await testApp();
});
after(async () => {
  await app.close();
});

async function cli(args: readonly string[], stdin = ''): Promise<unknown> {
  const run = await runForamen(args, stdin);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as unknown;
}

async function http(
  method: 'GET' | 'POST',
  url: string,
  payload?: string,
  contentType = 'application/json',
): Promise<unknown> {
  const res = await app.inject({
    method,
    url,
    ...(payload !== undefined ? { payload, headers: { 'content-type': contentType } } : {}),
  });
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}

const MEDS = {
  patient: { age: 72, eGFR: 38, comorbidities: ['ckd', 'peptic-ulcer'] },
  drugs: [
    { drug: 'ibuprofen', doseMg: 600, timesPerDay: 4 },
    { drug: 'Tylenol', dose: 1, unit: 'g', frequency: 'q6h' },
    { drug: 'tramadol', doseMg: 50, frequency: 'every 6 hours as needed' },
  ],
};

describe('CLI and HTTP give identical results', () => {
  it('assess (full presentation)', async () => {
    const body = JSON.stringify(FULL_PRESENTATION);
    assert.deepEqual(
      await http('POST', '/api/assess', body),
      await cli(['assess', '-', '--json'], body),
    );
  });

  for (const v of vignettes()) {
    it(`assess: vignette ${v.id}`, async () => {
      const body = JSON.stringify(v.presentation);
      assert.deepEqual(
        await http('POST', '/api/assess', body),
        await cli(['assess', '-', '--json'], body),
      );
    });
  }

  it('grade (every system, its example)', async () => {
    const systems = (await cli(['grade', '--list', '--json'])) as {
      systems: { id: string; example: unknown }[];
    };
    assert.deepEqual(await http('GET', '/api/grade'), systems);
    for (const s of systems.systems) {
      const body = JSON.stringify(s.example);
      assert.deepEqual(
        await http('POST', `/api/grade/${s.id}`, body),
        await cli(['grade', s.id, '-', '--json'], body),
        s.id,
      );
    }
  });

  it('parse-report (text/plain and JSON { text })', async () => {
    const expected = await cli(['parse-report', '-', '--json'], REPORT_TEXT);
    assert.deepEqual(await http('POST', '/api/reports/parse', REPORT_TEXT, 'text/plain'), expected);
    assert.deepEqual(
      await http('POST', '/api/reports/parse', JSON.stringify({ text: REPORT_TEXT })),
      expected,
    );
  });

  it('meds', async () => {
    const body = JSON.stringify(MEDS);
    assert.deepEqual(
      await http('POST', '/api/meds/check', body),
      await cli(['meds', '-', '--json'], body),
    );
  });

  it('article (JSON, Markdown and HTML)', async () => {
    assert.deepEqual(
      await http('GET', '/api/articles/L4-L5?side=left&zone=foraminal'),
      await cli(['article', 'L4-L5', '--side', 'left', '--zone', 'foraminal', '--format', 'json']),
    );
    for (const format of ['md', 'html']) {
      const run = await runForamen([
        'article',
        'L4-L5',
        '--side',
        'left',
        '--zone',
        'foraminal',
        '--format',
        format,
      ]);
      const res = await app.inject({
        method: 'GET',
        url: `/api/articles/L4-L5?side=left&zone=foraminal&format=${format}`,
      });
      assert.equal(res.body, run.stdout, format);
    }
  });

  it('kb find and show', async () => {
    assert.deepEqual(
      await http('GET', '/api/kb/search?q=sciatica'),
      await cli(['kb', 'find', 'sciatica', '--json']),
    );
    assert.deepEqual(
      await http('GET', '/api/kb/drug-ibuprofen'),
      await cli(['kb', 'show', 'drug-ibuprofen', '--json']),
    );
  });
});

describe('CLI and HTTP name the same bad field', () => {
  const cases: [string, readonly string[], string, string][] = [
    [
      'assess',
      ['assess', '-', '--json'],
      '/api/assess',
      JSON.stringify({ symptoms: [{ kind: 'pain', region: 'elbow' }] }),
    ],
    [
      'grade',
      ['grade', 'percent', '-', '--json'],
      '/api/grade/percent',
      JSON.stringify({ reductionPercent: 120 }),
    ],
    [
      'meds',
      ['meds', '-', '--json'],
      '/api/meds/check',
      JSON.stringify({ drugs: [{ drug: 'ibuprofen', doseMg: -1 }] }),
    ],
  ];
  for (const [name, args, url, body] of cases) {
    it(name, async () => {
      const run = await runForamen(args, body);
      assert.equal(run.code, 1);
      const res = await app.inject({
        method: 'POST',
        url,
        payload: body,
        headers: { 'content-type': 'application/json' },
      });
      assert.equal(res.statusCode, 400);
      const error = res.json<{ error: { path: string; message: string } }>().error;
      assert.equal(run.stderr.trim(), `foramen: ${error.path}: ${error.message}`);
    });
  }
});
