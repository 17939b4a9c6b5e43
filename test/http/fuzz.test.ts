/**
 * Fuzzing every route with fast-check: malformed or invalid input must answer 4xx naming a field, and
 * nothing may answer 500. Valid-shaped inputs must answer 200. Seeds print on failure (fast-check does).
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import {
  BODY_REGIONS,
  FINDING_TYPES,
  FLAGS,
  GRADING_SYSTEM_IDS,
  LEVELS,
  MOVEMENTS,
  REFLEXES,
  REFLEX_STATUSES,
  SEVERITIES,
  SIDES,
  SYMPTOM_KINDS,
  ZONES,
} from '../../src/index.js';
import { testApp } from './_support.js';
import { signCdsCalls, testIssuer } from '../support/cds-issuer.js';

let app: FastifyInstance;
before(async () => {
  // CDS Hooks calls carry a JWT from a trusted test EHR, as in production.
  const ehr = await testIssuer();
  app = await testApp({ cdsHooks: { auth: ehr.auth } });
  signCdsCalls(app, ehr);
});
after(async () => {
  await app.close();
});

const RUNS = Number(process.env.FORAMEN_FUZZ_RUNS ?? 150);
const JSON_ROUTES = [
  '/api/assess',
  '/api/assess?format=fhir',
  '/api/meds/check',
  '/api/reports/parse',
  '/api/reports/parse?format=fhir',
  ...GRADING_SYSTEM_IDS.map((id) => `/api/grade/${id}`),
  '/api/grade/unknown',
  '/cds-services/foramen-patient-view',
  '/cds-services/foramen-lumbar-mri-order',
  '/cds-services/foramen-lumbar-mri-order/feedback',
];

/** The field path of an error answer: `error.path` or the OperationOutcome's `expression`. */
function errorPath(body: unknown): string | undefined {
  const b = body as { error?: { path?: string }; issue?: { expression?: string[] }[] };
  return b.error?.path ?? b.issue?.[0]?.expression?.[0];
}

async function expectClientError(
  method: 'GET' | 'POST',
  url: string,
  payload: string | undefined,
  contentType = 'application/json',
): Promise<void> {
  const res = await app.inject({
    method,
    url,
    ...(payload !== undefined ? { payload, headers: { 'content-type': contentType } } : {}),
  });
  assert.notEqual(
    res.statusCode,
    500,
    `${method} ${url} ${payload?.slice(0, 200) ?? ''} → 500 ${res.body}`,
  );
  if (res.statusCode >= 400) {
    assert.ok(res.statusCode < 500, `${url} → ${res.statusCode}`);
    if (res.statusCode === 400) {
      assert.equal(typeof errorPath(res.json()), 'string', `${url}: no path in ${res.body}`);
    }
  }
}

describe('fuzz: nothing answers 500', () => {
  it('arbitrary JSON bodies on every POST route', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...JSON_ROUTES), fc.jsonValue(), async (url, value) => {
        await expectClientError('POST', url, JSON.stringify(value));
      }),
      { numRuns: RUNS * 4 },
    );
  });

  it('arbitrary strings as JSON and as text/plain', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...JSON_ROUTES),
        fc.string({ maxLength: 300 }),
        fc.constantFrom('application/json', 'text/plain'),
        async (url, text, type) => {
          await expectClientError('POST', url, text, type);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('presentations with random (often wrong) fields answer 200 or 400 with a path', async () => {
    const maybe = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.anything());
    const presentation = fc.record(
      {
        age: maybe(fc.integer({ min: -5, max: 130 })),
        symptoms: maybe(
          fc.array(
            fc.record(
              {
                kind: maybe(fc.constantFrom(...SYMPTOM_KINDS)),
                region: maybe(fc.constantFrom(...BODY_REGIONS)),
                side: maybe(fc.constantFrom(...SIDES)),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 4 },
          ),
        ),
        exam: maybe(
          fc.record(
            {
              motor: fc.array(
                fc.record({
                  movement: maybe(fc.constantFrom(...MOVEMENTS)),
                  side: fc.constantFrom(...SIDES),
                  mrc: maybe(fc.integer({ min: -1, max: 6 })),
                }),
                { maxLength: 3 },
              ),
              reflexes: fc.array(
                fc.record({
                  reflex: fc.constantFrom(...REFLEXES),
                  side: fc.constantFrom(...SIDES),
                  status: maybe(fc.constantFrom(...REFLEX_STATUSES)),
                }),
                { maxLength: 2 },
              ),
            },
            { requiredKeys: [] },
          ),
        ),
        flags: maybe(fc.subarray([...FLAGS])),
        imaging: maybe(
          fc.array(
            fc.record(
              {
                level: maybe(fc.constantFrom(...LEVELS)),
                zone: fc.constantFrom(...ZONES),
                finding: maybe(fc.constantFrom(...FINDING_TYPES)),
                severity: maybe(fc.constantFrom(...SEVERITIES)),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 3 },
          ),
        ),
        medications: maybe(
          fc.array(
            fc.record(
              {
                drug: fc.constantFrom('ibuprofen', 'Tylenol', 'tramadol', 'xyzzy', ''),
                doseMg: maybe(fc.double({ min: -10, max: 5000, noNaN: true })),
                timesPerDay: maybe(fc.integer({ min: 0, max: 12 })),
              },
              { requiredKeys: ['drug'] },
            ),
            { maxLength: 3 },
          ),
        ),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(presentation, fc.boolean(), async (p, fhir) => {
        const res = await app.inject({
          method: 'POST',
          url: `/api/assess${fhir ? '?format=fhir' : ''}`,
          payload: p,
        });
        assert.ok(
          res.statusCode === 200 || res.statusCode === 400,
          `${res.statusCode} ${res.body.slice(0, 300)} for ${JSON.stringify(p)}`,
        );
        if (res.statusCode === 400) assert.equal(typeof errorPath(res.json()), 'string');
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('valid presentations always answer 200', async () => {
    const valid = fc.record({
      symptoms: fc.array(
        fc.record({
          kind: fc.constantFrom(...SYMPTOM_KINDS),
          region: fc.constantFrom(...BODY_REGIONS),
          side: fc.constantFrom(...SIDES),
        }),
        { maxLength: 5 },
      ),
      flags: fc.subarray([...FLAGS]),
      durationWeeks: fc.double({ min: 0, max: 520, noNaN: true }),
      imaging: fc.array(
        fc.record({
          level: fc.constantFrom(...LEVELS),
          zone: fc.constantFrom(...ZONES),
          side: fc.constantFrom('left', 'right', 'bilateral'),
          finding: fc.constantFrom(...FINDING_TYPES),
          severity: fc.constantFrom(...SEVERITIES),
        }),
        { maxLength: 3 },
      ),
    });
    await fc.assert(
      fc.asyncProperty(valid, async (p) => {
        const res = await app.inject({ method: 'POST', url: '/api/assess', payload: p });
        assert.equal(res.statusCode, 200, res.body.slice(0, 300));
      }),
      { numRuns: RUNS },
    );
  });

  it('article and diagram queries with random values', async () => {
    const token = fc.oneof(
      fc.constantFrom(...LEVELS, ...SIDES, ...ZONES, 'L4-5', 'l5s1', ''),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(
        token,
        token,
        token,
        fc.constantFrom('json', 'md', 'html', 'svg', 'pdf'),
        fc.constantFrom('/api/articles/', '/api/diagrams/spine', '/api/diagrams/dermatome'),
        async (a, b, c, format, route) => {
          const q = (k: string, v: string) => `${k}=${encodeURIComponent(v)}`;
          const url =
            route === '/api/articles/'
              ? `${route}${encodeURIComponent(a) || 'x'}?${q('side', b)}&${q('zone', c)}&${q('format', format)}`
              : route.endsWith('spine')
                ? `${route}?${q('level', a)}&${q('side', b)}&${q('zone', c)}&${q('format', format)}`
                : `${route}?${q('root', a)}&${q('side', b)}`;
          await expectClientError('GET', url, undefined);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('CDS hook calls with random prefetch resources', async () => {
    const coding = fc.record(
      {
        system: fc.constantFrom(
          'http://hl7.org/fhir/sid/icd-10-cm',
          'http://snomed.info/sct',
          'http://loinc.org',
          'urn:foramen:code-system:flag',
          'urn:foramen:code-system:finding',
        ),
        code: fc.oneof(
          fc.constantFrom(
            'M54.16',
            'G83.4',
            'C50.9',
            '192970008',
            '8310-5',
            'fever',
            'foraminal-stenosis',
          ),
          fc.string({ maxLength: 8 }),
        ),
      },
      { requiredKeys: [] },
    );
    const resource = fc.record(
      {
        resourceType: fc.constantFrom(
          'Condition',
          'Observation',
          'Patient',
          'ServiceRequest',
          'Bogus',
        ),
        id: fc.string({ maxLength: 6 }),
        code: fc.record(
          { coding: fc.array(coding, { maxLength: 2 }), text: fc.string({ maxLength: 20 }) },
          { requiredKeys: [] },
        ),
        onsetDateTime: fc.oneof(
          fc.constantFrom('2026-01-01', 'not a date', '1900-01-01'),
          fc.string({ maxLength: 10 }),
        ),
        birthDate: fc.oneof(fc.constantFrom('1960-02-29', 'x'), fc.string({ maxLength: 10 })),
        bodySite: fc.record({ text: fc.constantFrom('L4-L5, left, foraminal zone', 'nowhere') }),
        valueQuantity: fc.record(
          {
            value: fc.oneof(fc.double({ noNaN: false }), fc.constant(39)),
            unit: fc.constantFrom('Cel', '°F'),
          },
          { requiredKeys: [] },
        ),
        valueCodeableConcept: fc.record({ coding: fc.array(coding, { maxLength: 2 }) }),
      },
      { requiredKeys: ['resourceType'] },
    );
    const bundle = fc.record({
      resourceType: fc.constant('Bundle'),
      entry: fc.array(fc.record({ resource: resource }), { maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('foramen-patient-view', 'foramen-lumbar-mri-order'),
        bundle,
        bundle,
        bundle,
        async (id, conditions, observations, orders) => {
          const body = {
            hook: id === 'foramen-patient-view' ? 'patient-view' : 'order-select',
            hookInstance: 'fuzz',
            context: { patientId: '1', draftOrders: orders, selections: [] },
            prefetch: { conditions, observations },
          };
          const res = await app.inject({
            method: 'POST',
            url: `/cds-services/${id}`,
            payload: body,
          });
          assert.equal(res.statusCode, 200, res.body.slice(0, 400));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('oversized bodies answer 413, not 500', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/reports/parse',
      payload: 'x'.repeat(2 * 1024 * 1024),
      headers: { 'content-type': 'text/plain' },
    });
    assert.equal(res.statusCode, 413);
  });
});
