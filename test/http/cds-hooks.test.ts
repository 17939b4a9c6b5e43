import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import {
  CARD_INDICATORS,
  CdsDiscoveryResponseSchema,
  CdsResponseSchema,
  KB_VERSION,
} from '../../src/index.js';
import type { CdsCard } from '../../src/index.js';
import { fhirProblems } from './_fhir-validator.js';
import { repoRoot, testApp } from './_support.js';
import { testIssuer } from '../support/cds-issuer.js';
import type { TestIssuer } from '../support/cds-issuer.js';

const NOW = new Date('2026-03-01T12:00:00Z');
type Json = Record<string, unknown>;
const fixture = (name: string): Json =>
  JSON.parse(readFileSync(`${repoRoot}test/http/fixtures/cds-hooks/${name}`, 'utf8')) as Json;
const clone = <T>(v: T): T => structuredClone(v);

let app: FastifyInstance;
let ehr: TestIssuer;
const fetched: string[] = [];
before(async () => {
  // Every call carries a JWT signed by a test EHR the app trusts, as the specification requires.
  ehr = await testIssuer();
  app = await testApp({
    cdsHooks: {
      auth: ehr.auth,
      now: () => NOW,
      fhirAccess: {
        allowedServers: ['https://trusted.example.org/fhir'],
        fetcher: async (url) => {
          fetched.push(url);
          if (url.includes('/Condition?')) {
            return (fixture('order-select-mri-recent.json')['prefetch'] as Json)['conditions'];
          }
          return { resourceType: 'Bundle', type: 'searchset', total: 0 };
        },
      },
    },
  });
});
after(async () => {
  await app.close();
});

async function call(id: string, body: unknown): Promise<{ status: number; body: Json }> {
  const res = await app.inject({
    method: 'POST',
    url: `/cds-services/${id}`,
    payload: JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...(await ehr.headers(id)) },
  });
  return { status: res.statusCode, body: res.json<Json>() };
}

/** Checks a response against the spec: schema (indicator, source, summary length, invariants) and the KB version in every source. */
function cardsOf(body: Json): CdsCard[] {
  const response = CdsResponseSchema.parse(body);
  for (const card of response.cards) {
    assert.ok((CARD_INDICATORS as readonly string[]).includes(card.indicator));
    assert.ok(card.source.label.includes(`KB ${KB_VERSION}`), card.source.label);
    assert.ok(card.summary.length < 140);
  }
  return response.cards as CdsCard[];
}

describe('CDS Hooks discovery', () => {
  it('lists patient-view and order-select services with prefetch templates', async () => {
    const res = await app.inject({ method: 'GET', url: '/cds-services' });
    assert.equal(res.statusCode, 200);
    const discovery = CdsDiscoveryResponseSchema.parse(res.json());
    assert.deepEqual(
      discovery.services.map((s) => [s.id, s.hook]),
      [
        ['foramen-patient-view', 'patient-view'],
        ['foramen-lumbar-mri-order', 'order-select'],
      ],
    );
    for (const s of discovery.services) {
      assert.equal(s.prefetch['patient'], 'Patient/{{context.patientId}}');
      assert.match(
        s.prefetch['conditions'] ?? '',
        /^Condition\?patient=\{\{context\.patientId\}\}/,
      );
    }
  });

  it('allows browser-based CDS clients (CORS)', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/cds-services',
      headers: { origin: 'https://sandbox.example.org' },
    });
    assert.equal(res.headers['access-control-allow-origin'], '*');
    const preflight = await app.inject({
      method: 'OPTIONS',
      url: '/cds-services/foramen-patient-view',
      headers: { origin: 'https://sandbox.example.org', 'access-control-request-method': 'POST' },
    });
    assert.equal(preflight.statusCode, 204);
    assert.match(String(preflight.headers['access-control-allow-methods']), /POST/);
  });
});

describe('patient-view', () => {
  it('turns a radiculopathy and a cancer history into triage, red-flag and next-step cards', async () => {
    const { status, body } = await call(
      'foramen-patient-view',
      fixture('patient-view-radiculopathy.json'),
    );
    assert.equal(status, 200);
    const cards = cardsOf(body);
    assert.equal(cards.length, 3);
    const [triage, flags, next] = cards;
    assert.match(triage?.summary ?? '', /triage (urgent|soon)/);
    assert.match(flags?.summary ?? '', /history of cancer/);
    assert.notEqual(flags?.indicator, 'info');
    assert.equal(next?.indicator, 'info');
    // A resolved fever and a normal temperature are not red flags.
    assert.doesNotMatch(flags?.summary ?? '', /fever/);
    // Links come from the configured public URL, never the Host header.
    assert.equal(triage?.links?.[0]?.url, 'https://foramen.test.example/assess.html');
  });

  it('makes cauda equina syndrome a critical card', async () => {
    const cards = cardsOf(
      (await call('foramen-patient-view', fixture('patient-view-cauda-equina.json'))).body,
    );
    assert.equal(cards[0]?.indicator, 'critical');
    assert.match(cards[0]?.summary ?? '', /[Cc]auda equina/);
  });

  it('stays quiet for a chart with no lumbar problem', async () => {
    assert.deepEqual(
      (await call('foramen-patient-view', fixture('patient-view-unrelated.json'))).body,
      { cards: [] },
    );
  });
});

describe('order-select: lumbar spine MRI', () => {
  const recent = fixture('order-select-mri-recent.json');

  it('answers the recorded response for a 2-week sciatica with no red flags: warning, defer suggestion', async () => {
    const { status, body } = await call('foramen-lumbar-mri-order', recent);
    assert.equal(status, 200);
    const cards = cardsOf(body);
    assert.deepEqual(body, fixture('order-select-mri-recent.response.json'));
    const card = cards[0];
    assert.equal(card?.indicator, 'warning');
    assert.equal(card?.selectionBehavior, 'at-most-one');
    assert.deepEqual(card?.suggestions?.[0]?.actions[0], {
      type: 'delete',
      resourceId: 'ServiceRequest/mri-1',
      description:
        'Remove the draft lumbar spine MRI order; order it again if symptoms persist after 6 weeks or red flags appear.',
    });
    assert.ok((card?.overrideReasons ?? []).every((r) => r.display.length > 0));
  });

  it('gives an info card when a red flag makes imaging appropriate', async () => {
    const body = clone(recent) as { prefetch: { conditions: { entry: unknown[] } } };
    body.prefetch.conditions.entry.push({
      resource: {
        resourceType: 'Condition',
        code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'C50.911' }] },
        subject: { reference: 'Patient/1288992' },
      },
    });
    const cards = cardsOf((await call('foramen-lumbar-mri-order', body)).body);
    assert.equal(cards[0]?.indicator, 'info');
    assert.match(cards[0]?.summary ?? '', /appropriate: red flags .*history of cancer/);
    assert.equal(cards[0]?.suggestions, undefined);
  });

  it('gives an info card after 6 weeks or more', async () => {
    const body = clone(recent) as {
      prefetch: { conditions: { entry: { resource: { onsetDateTime: string } }[] } };
    };
    const first = body.prefetch.conditions.entry[0];
    if (first) first.resource.onsetDateTime = '2025-12-01';
    const cards = cardsOf((await call('foramen-lumbar-mri-order', body)).body);
    assert.equal(cards[0]?.indicator, 'info');
    assert.match(
      cards[0]?.summary ?? '',
      /candidate for injection or surgery \(symptoms for 13 weeks\)/,
    );
  });

  it('recognises an MRI order by its words, and ignores other orders', async () => {
    const byText = clone(recent) as {
      context: { draftOrders: { entry: { resource: { code?: unknown } }[] } };
    };
    const sr = byText.context.draftOrders.entry[0];
    if (sr) sr.resource.code = { text: 'MRI L-spine without contrast' };
    assert.equal(
      cardsOf((await call('foramen-lumbar-mri-order', byText)).body)[0]?.indicator,
      'warning',
    );
    if (sr) {
      sr.resource.code = {
        coding: [
          { system: 'http://loinc.org', code: '30620-9', display: 'CT Lumbar spine WO contrast' },
        ],
      };
    }
    assert.deepEqual((await call('foramen-lumbar-mri-order', byText)).body, { cards: [] });
  });

  it('the suggested action names a resource in the draft orders', async () => {
    const cards = cardsOf((await call('foramen-lumbar-mri-order', recent)).body);
    const ids = (
      (recent['context'] as Json)['draftOrders'] as {
        entry: { resource: { resourceType: string; id: string } }[];
      }
    ).entry.map((e) => `${e.resource.resourceType}/${e.resource.id}`);
    assert.ok(ids.includes(cards[0]?.suggestions?.[0]?.actions[0]?.resourceId ?? ''));
  });
});

describe('prefetch', () => {
  it('answers 412 with an OperationOutcome when prefetch is missing and there is no FHIR server', async () => {
    const body = clone(recent());
    delete (body as { fhirServer?: string }).fhirServer;
    delete (body as { prefetch?: unknown }).prefetch;
    const { status, body: outcome } = await call('foramen-lumbar-mri-order', body);
    assert.equal(status, 412);
    assert.equal(outcome['resourceType'], 'OperationOutcome');
    assert.deepEqual(fhirProblems(outcome as never), []);
  });

  it('treats null prefetch values as missing, and an untrusted FHIR server as none', async () => {
    const body = clone(recent()) as Json & { prefetch: Json };
    body.prefetch['conditions'] = null;
    body['fhirServer'] = 'https://attacker.example.net/fhir';
    const before = fetched.length;
    assert.equal((await call('foramen-lumbar-mri-order', body)).status, 412);
    assert.equal(fetched.length, before, 'an untrusted server is never contacted');
  });

  it('fetches missing keys from a trusted FHIR server with the client token', async () => {
    const body = clone(recent()) as Json & { prefetch: Json };
    delete body.prefetch['conditions'];
    body['fhirServer'] = 'https://trusted.example.org/fhir';
    const { status, body: response } = await call('foramen-lumbar-mri-order', body);
    assert.equal(status, 200);
    assert.ok(
      fetched.includes(
        'https://trusted.example.org/fhir/Condition?patient=1288992&clinical-status=active',
      ),
    );
    assert.equal(cardsOf(response)[0]?.indicator, 'warning');
  });
});

describe('feedback', () => {
  it('accepts the spec feedback body', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/cds-services/foramen-lumbar-mri-order/feedback',
      payload: fixture('feedback.json'),
      headers: await ehr.headers('foramen-lumbar-mri-order'),
    });
    assert.equal(res.statusCode, 200);
  });

  it('refuses an accepted card without acceptedSuggestions', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/cds-services/foramen-lumbar-mri-order/feedback',
      headers: await ehr.headers('foramen-lumbar-mri-order'),
      payload: {
        feedback: [{ card: 'x', outcome: 'accepted', outcomeTimestamp: '2026-03-01T12:00:00Z' }],
      },
    });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json<{ issue: { expression: string[] }[] }>().issue[0]?.expression, [
      'feedback[0].acceptedSuggestions',
    ]);
  });
});

describe('CDS Hooks errors are OperationOutcomes', () => {
  const cases: [string, string, unknown, number, string][] = [
    ['unknown service', 'nope', recent(), 404, 'id'],
    ['wrong hook', 'foramen-patient-view', recent(), 400, 'hook'],
    [
      'missing patientId',
      'foramen-patient-view',
      { hook: 'patient-view', hookInstance: 'x', context: {} },
      400,
      'context.patientId',
    ],
    [
      'missing hookInstance',
      'foramen-patient-view',
      { hook: 'patient-view', context: { patientId: '1' } },
      400,
      'hookInstance',
    ],
  ];
  for (const [name, id, body, status, expression] of cases) {
    it(`${name} → ${status} (${expression})`, async () => {
      const res = await call(id, body);
      assert.equal(res.status, status);
      assert.equal(res.body['resourceType'], 'OperationOutcome');
      assert.deepEqual((res.body['issue'] as { expression: string[] }[])[0]?.expression, [
        expression,
      ]);
    });
  }

  it('malformed JSON → 400 OperationOutcome', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/cds-services/foramen-patient-view',
      payload: '{"hook":',
      headers: {
        'content-type': 'application/json',
        ...(await ehr.headers('foramen-patient-view')),
      },
    });
    assert.equal(res.statusCode, 400);
    assert.equal(res.json<Json>()['resourceType'], 'OperationOutcome');
  });
});

function recent(): Json {
  return fixture('order-select-mri-recent.json');
}
