import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Bundle, CarePlan, Condition, Observation, Resource } from '@medplum/fhirtypes';
import {
  ICD10CM_CODES,
  SNOMED_FOR_ICD10CM,
  assessmentToFhir,
  assess,
  badRequestOutcome,
  reportToFhir,
  parseReport,
  PresentationSchema,
} from '../../src/index.js';
import { fhirProblems } from './_fhir-validator.js';
import { FULL_PRESENTATION, REPORT_TEXT, testApp, vignettes } from './_support.js';

let app: FastifyInstance;
before(async () => {
  app = await testApp();
});
after(async () => {
  await app.close();
});

const resources = (bundle: Bundle): Resource[] =>
  (bundle.entry ?? []).map((e) => e.resource).filter((r): r is Resource => r !== undefined);
const ofType = <T extends Resource>(bundle: Bundle, type: T['resourceType']): T[] =>
  resources(bundle).filter((r): r is T => r.resourceType === type);

describe('FHIR R4 output of /api/assess?format=fhir', () => {
  let bundle: Bundle;
  before(async () => {
    bundle = (
      await app.inject({
        method: 'POST',
        url: '/api/assess?format=fhir',
        payload: FULL_PRESENTATION,
      })
    ).json<Bundle>();
  });

  it('is a valid R4 Bundle (structure, cardinality, required bindings)', () => {
    assert.deepEqual(fhirProblems(bundle), []);
  });

  it('the validator does catch invalid resources (it is not a no-op)', () => {
    assert.ok(
      fhirProblems({
        resourceType: 'Observation',
        status: 'done',
        code: { text: 'x' },
      } as unknown as Resource).some((p) => p.includes('Observation.status')),
    );
    assert.ok(
      fhirProblems({ resourceType: 'Condition', code: { text: 'x' } } as unknown as Resource).some(
        (p) => p.includes('subject'),
      ),
    );
  });

  it('has Conditions coded in ICD-10-CM and SNOMED CT', () => {
    const conditions = ofType<Condition>(bundle, 'Condition');
    assert.ok(conditions.length > 0);
    for (const c of conditions) {
      const systems = (c.code?.coding ?? []).map((x) => x.system);
      assert.ok(systems.includes('http://hl7.org/fhir/sid/icd-10-cm'), JSON.stringify(c.code));
      assert.ok(systems.includes('http://snomed.info/sct'), JSON.stringify(c.code));
      assert.equal(c.verificationStatus?.coding?.[0]?.code, 'provisional');
    }
  });

  it('has Observations for the imaging finding, its grade, the roots, the red flag and the triage', () => {
    const codes = ofType<Observation>(bundle, 'Observation').map((o) => o.code.coding?.[0]?.code);
    for (const code of [
      'imaging-finding',
      'imaging-grade',
      'root-involvement',
      'red-flag',
      'triage-level',
    ]) {
      assert.ok(codes.includes(code), code);
    }
    const grade = ofType<Observation>(bundle, 'Observation').find(
      (o) => o.code.coding?.[0]?.code === 'imaging-grade',
    );
    assert.equal(grade?.valueInteger, 2);
  });

  it('has a CarePlan with the plan steps and work-up, and DetectedIssues for medication alerts', () => {
    const plan = ofType<CarePlan>(bundle, 'CarePlan')[0];
    const assessment = assess(FULL_PRESENTATION);
    assert.equal(plan?.activity?.length, assessment.plan.steps.length + assessment.workup.length);
    assert.equal(ofType(bundle, 'DetectedIssue').length, assessment.medicationAlerts.length);
  });

  it('every reference points at an entry of the Bundle', () => {
    const urls = new Set((bundle.entry ?? []).map((e) => e.fullUrl));
    const refs = JSON.stringify(bundle).match(/"reference":"([^"]+)"/g) ?? [];
    for (const r of refs) assert.ok(urls.has(r.slice('"reference":"'.length, -1)), r);
  });

  it('is deterministic: the same input gives the same Bundle', async () => {
    const again = (
      await app.inject({
        method: 'POST',
        url: '/api/assess?format=fhir',
        payload: FULL_PRESENTATION,
      })
    ).json<Bundle>();
    assert.deepEqual(again, bundle);
  });
});

describe('FHIR output is valid for every development vignette', () => {
  for (const v of vignettes()) {
    it(v.id, () => {
      const presentation = PresentationSchema.parse(v.presentation);
      assert.deepEqual(fhirProblems(assessmentToFhir(assess(presentation), presentation)), []);
    });
  }
});

describe('SNOMED CT table', () => {
  it('gives a concept for every ICD-10-CM code the assessment can emit', () => {
    for (const code of Object.keys(ICD10CM_CODES)) assert.ok(SNOMED_FOR_ICD10CM[code], code);
  });
});

describe('FHIR output of /api/reports/parse?format=fhir', () => {
  it('is a valid DiagnosticReport Bundle with one Observation per finding', () => {
    const parsed = parseReport(REPORT_TEXT);
    const bundle = reportToFhir(parsed);
    assert.deepEqual(fhirProblems(bundle), []);
    assert.equal(
      ofType<Observation>(bundle, 'Observation').length,
      parsed.findings.length + parsed.vertebrae.length,
    );
  });

  it('answers invalid input with a valid OperationOutcome', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/reports/parse?format=fhir',
      payload: { text: 42 },
    });
    assert.equal(res.statusCode, 400);
    const outcome = res.json<Resource>();
    assert.deepEqual(fhirProblems(outcome), []);
    assert.deepEqual(outcome, badRequestOutcome('must be string, not number', 'text'));
  });
});
