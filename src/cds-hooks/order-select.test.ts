import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ServiceRequest } from '@medplum/fhirtypes';
import { isLumbarMriOrder, selectedServiceRequests } from './order-select.js';

const order = (code: NonNullable<ServiceRequest['code']>): ServiceRequest => ({
  resourceType: 'ServiceRequest',
  status: 'draft',
  intent: 'order',
  subject: { reference: 'Patient/1' },
  code,
});

describe('isLumbarMriOrder', () => {
  // Each row: how the order is coded → whether it is a lumbar spine MRI.
  const rows: [string, NonNullable<ServiceRequest['code']>, boolean][] = [
    ['LOINC 30679-5', { coding: [{ system: 'http://loinc.org', code: '30679-5' }] }, true],
    ['LOINC 24967-2', { coding: [{ system: 'http://loinc.org', code: '24967-2' }] }, true],
    ['CPT 72148', { coding: [{ system: 'http://www.ama-assn.org/go/cpt', code: '72148' }] }, true],
    ['text MRI L-spine', { text: 'MRI L-spine w/o contrast' }, true],
    [
      'display MR lumbosacral',
      { coding: [{ system: 'urn:local', code: 'x', display: 'MR Lumbosacral spine' }] },
      true,
    ],
    [
      'LOINC CT lumbar 30620-9',
      {
        coding: [
          { system: 'http://loinc.org', code: '30620-9', display: 'CT Lumbar spine WO contrast' },
        ],
      },
      false,
    ],
    ['MRI brain', { text: 'MRI brain' }, false],
    ['X-ray lumbar', { text: 'XR lumbar spine 2 views' }, false],
    [
      'CPT code in the wrong system',
      { coding: [{ system: 'http://loinc.org', code: '72148' }] },
      false,
    ],
  ];
  for (const [name, code, expected] of rows) {
    it(`${name} → ${expected}`, () => assert.equal(isLumbarMriOrder(order(code)), expected));
  }
});

describe('selectedServiceRequests', () => {
  const bundle = {
    resourceType: 'Bundle',
    entry: [
      { resource: { ...order({ text: 'a' }), id: 'a' } },
      { resource: { ...order({ text: 'b' }), id: 'b' } },
      { resource: { resourceType: 'MedicationRequest', id: 'm' } },
    ],
  };
  it('keeps the selected ServiceRequests only', () => {
    assert.deepEqual(
      selectedServiceRequests(bundle, ['ServiceRequest/b', 'MedicationRequest/m']).map((r) => r.id),
      ['b'],
    );
  });
  it('takes every draft ServiceRequest when nothing is selected', () => {
    assert.deepEqual(
      selectedServiceRequests(bundle, undefined).map((r) => r.id),
      ['a', 'b'],
    );
  });
});
