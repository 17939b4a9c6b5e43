import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Condition, Observation } from '@medplum/fhirtypes';
import { conditionMeaning, readChart } from './from-fhir.js';

const NOW = new Date('2026-03-01T00:00:00Z');
const icd = (code: string) => ({ coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code }] });
const condition = (code: string, extra: Partial<Condition> = {}): Condition => ({
  resourceType: 'Condition',
  subject: { reference: 'Patient/1' },
  code: icd(code),
  ...extra,
});

describe('conditionMeaning: ICD-10-CM rows', () => {
  // Each row: code on the chart → what Foramen reads (undefined: ignored).
  const rows: [string, string | undefined][] = [
    ['M54.16', 'spine'],
    ['M54.17', 'spine'],
    ['M54.42', 'spine'],
    ['M54.50', 'spine'],
    ['M51.16', 'spine'],
    ['M48.061', 'spine'],
    ['M99.63', 'spine'],
    ['M43.16', 'spine'],
    ['G83.4', 'cauda-equina'],
    ['C50.911', 'history-of-cancer'],
    ['Z85.3', 'history-of-cancer'],
    ['M81.0', 'osteoporosis'],
    ['B20', 'immunosuppression'],
    ['Z79.52', 'prolonged-steroid-use'],
    ['R50.9', 'fever'],
    ['R63.4', 'unexplained-weight-loss'],
    ['R33.9', 'urinary-retention'],
    ['R32', 'urinary-incontinence'],
    ['R15.9', 'fecal-incontinence'],
    ['E11.9', undefined],
    ['M54.2', undefined],
    ['C98', undefined],
  ];
  for (const [code, expected] of rows) {
    it(`${code} → ${expected ?? 'ignored'}`, () => {
      const m = conditionMeaning(icd(code));
      assert.equal(m === undefined ? undefined : m.kind === 'flag' ? m.flag : m.kind, expected);
    });
  }

  it('reads SNOMED CT cauda equina syndrome and Foramen flag codes', () => {
    assert.deepEqual(
      conditionMeaning({ coding: [{ system: 'http://snomed.info/sct', code: '192970008' }] }),
      { kind: 'cauda-equina' },
    );
    assert.deepEqual(
      conditionMeaning({ coding: [{ system: 'urn:foramen:code-system:flag', code: 'fever' }] }),
      { kind: 'flag', flag: 'fever' },
    );
  });
});

describe('readChart', () => {
  it('dates the problem from the earliest onset and ignores resolved or refuted conditions', () => {
    const chart = readChart(
      {
        conditions: [
          condition('M54.16', { onsetDateTime: '2026-02-01' }),
          condition('M54.42', { onsetDateTime: '2026-02-15' }),
          condition('R50.9', { clinicalStatus: { coding: [{ code: 'resolved' }] } }),
          condition('C50.9', { verificationStatus: { coding: [{ code: 'refuted' }] } }),
        ],
        observations: [],
      },
      NOW,
    );
    assert.equal(chart.lumbarProblem, true);
    assert.equal(chart.presentation.durationWeeks, 4);
    assert.equal(chart.presentation.flags, undefined);
  });

  it('reads fever from a body temperature of 38 °C or more, in °C or °F', () => {
    const temp = (value: number, unit: string): Observation => ({
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '8310-5' }] },
      valueQuantity: { value, unit },
    });
    assert.deepEqual(
      readChart({ conditions: [], observations: [temp(38.2, 'Cel')] }, NOW).presentation.flags,
      ['fever'],
    );
    assert.deepEqual(
      readChart({ conditions: [], observations: [temp(101.2, '°F')] }, NOW).presentation.flags,
      ['fever'],
    );
    assert.equal(
      readChart({ conditions: [], observations: [temp(37.4, 'Cel')] }, NOW).presentation.flags,
      undefined,
    );
  });

  it('reads age at the call date and sex from the Patient', () => {
    const chart = readChart(
      {
        patient: { resourceType: 'Patient', birthDate: '1966-03-02', gender: 'female' },
        conditions: [],
        observations: [],
      },
      NOW,
    );
    assert.equal(chart.presentation.age, 59);
    assert.equal(chart.presentation.sex, 'female');
  });

  it('reads back the imaging findings Foramen writes', () => {
    const o: Observation = {
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'urn:foramen:code-system:finding', code: 'foraminal-stenosis' }] },
      bodySite: { text: 'L4-L5, left, foraminal zone' },
      valueCodeableConcept: {
        coding: [{ system: 'urn:foramen:code-system:severity', code: 'moderate' }],
      },
    };
    assert.deepEqual(readChart({ conditions: [], observations: [o] }, NOW).presentation.imaging, [
      {
        level: 'L4-L5',
        finding: 'foraminal-stenosis',
        side: 'left',
        zone: 'foraminal',
        severity: 'moderate',
      },
    ]);
  });
});
