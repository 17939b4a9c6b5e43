import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ICD10CM_CODES } from '../codes/index.js';
import { LUMBAR_MRI_CODES, SNOMED_FOR_ICD10CM } from './codes.js';
import { stableUuid } from './ids.js';

describe('FHIR code tables', () => {
  it('has a SNOMED CT row, with a note, for every ICD-10-CM code the assessment can emit', () => {
    for (const code of Object.keys(ICD10CM_CODES)) {
      const row = SNOMED_FOR_ICD10CM[code];
      assert.ok(row, code);
      assert.match(row.code, /^\d{6,18}$/, code);
      assert.ok(row.note.length > 0, code);
    }
  });

  it('lists LOINC 30679-5 first among the lumbar MRI order codes', () => {
    assert.equal(LUMBAR_MRI_CODES[0]?.code, '30679-5');
  });

  it('mints stable, well-formed version-5 UUIDs', () => {
    const id = stableUuid('seed', 'Condition', 1);
    assert.equal(id, stableUuid('seed', 'Condition', 1));
    assert.notEqual(id, stableUuid('seed', 'Condition', 2));
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
