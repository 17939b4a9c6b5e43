import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assembleKb } from '../kb/load.js';
import { validateKb } from '../kb/validate.js';
import type { Citation, EntryInputOf } from '../kb/schema.js';
import { checkMedications } from './check.js';
import { hasAlert } from '../../test/support/meds.js';

// A two-drug test KB: the checker reads drug data only through the KB it is given.
const CITATIONS: Citation[] = [
  { id: 'test-label', kind: 'label', title: 'Test label for a made-up drug' },
];

const base = {
  category: 'drug' as const,
  levels: 'all' as const,
  seedDocs: [],
  sources: ['test-label'],
  reviewed: '2026-11-21',
  route: 'oral' as const,
  doseText: '10 mg twice daily',
  frequency: 'twice daily',
  timing: 'with food',
  sideEffects: ['nausea'],
  cautions: ['none known'],
};

const ENTRIES: EntryInputOf<'drug'>[] = [
  {
    ...base,
    id: 'drug-zentofen',
    name: 'Zentofen',
    synonyms: ['zento'],
    summary: 'A made-up NSAID used to test the checker.',
    drugClass: 'nsaid',
    brandNames: ['Zentax'],
    perDoseMg: { min: 10, max: 20 },
    usualDailyMg: { min: 20, max: 55 },
    maxDaily: { amount: 60, unit: 'mg', per: 'day', sources: ['test-label'] },
    specialMaxima: [
      {
        population: 'creatinine clearance 20–49 mL/min',
        amount: 30,
        unit: 'mg',
        per: 'day',
        sources: ['test-label'],
      },
      { population: 'age 70 or over', amount: 40, unit: 'mg', per: 'day', sources: ['test-label'] },
      {
        population: 'hospital use only',
        amount: 50,
        unit: 'mg',
        per: 'day',
        sources: ['test-label'],
      },
    ],
  },
  {
    ...base,
    id: 'drug-morbicol',
    name: 'Morbicol',
    synonyms: [],
    summary: 'A made-up opioid used to test the checker.',
    drugClass: 'opioid',
    brandNames: [],
    maxDaily: { amount: 100, unit: 'mg', per: 'day', sources: ['test-label'] },
  },
];

const kb = assembleKb(ENTRIES, CITATIONS);

describe('checkMedications with an injected test KB', () => {
  it('the test KB is valid', () => {
    assert.deepEqual(validateKb(ENTRIES, CITATIONS), []);
  });

  it('recognises the test drugs by name, brand and synonym, and knows nothing else', () => {
    const r = checkMedications(
      {
        drugs: [{ drug: 'ZENTAX' }, { drug: 'zento' }, { drug: 'morbicol' }, { drug: 'ibuprofen' }],
      },
      kb,
    );
    assert.deepEqual(
      r.drugs.map((d) => d.drug),
      ['zentofen', 'zentofen', 'morbicol', null],
    );
    assert.ok(r.alerts.some((a) => a.code === 'unknown-drug' && a.drugs.includes('ibuprofen')));
  });

  it('applies the labelled maximum and the usual range from the given KB', () => {
    const over = checkMedications(
      { drugs: [{ drug: 'zentofen', doseMg: 20, frequency: 'q6h' }] },
      kb,
    );
    assert.ok(
      hasAlert(over, 'critical', 'max-daily-dose', (a) => a.sources.includes('test-label')),
    );
    const usual = checkMedications(
      { drugs: [{ drug: 'zentofen', doseMg: 28, frequency: 'bid' }] },
      kb,
    );
    assert.ok(hasAlert(usual, 'warning', 'max-daily-dose'));
    assert.ok(hasAlert(usual, 'warning', 'max-single-dose'));
  });

  it('reads special-maximum populations it has no table row for: kidney band, age, and a context', () => {
    const kidney = checkMedications(
      { patient: { eGFR: 35 }, drugs: [{ drug: 'zentofen', doseMg: 20, frequency: 'bid' }] },
      kb,
    );
    assert.ok(hasAlert(kidney, 'critical', 'renal'));
    const age = checkMedications(
      { patient: { age: 72 }, drugs: [{ drug: 'zentofen', doseMg: 15, frequency: 'tid' }] },
      kb,
    );
    assert.ok(hasAlert(age, 'critical', 'age'));
    const context = checkMedications(
      { patient: { age: 40 }, drugs: [{ drug: 'zentofen', doseMg: 18, frequency: 'tid' }] },
      kb,
    );
    assert.ok(
      hasAlert(context, 'info', 'max-daily-dose', (a) => a.text.includes('hospital use only')),
    );
  });

  it('applies group rules through the classes of the given KB (an opioid and an NSAID are not a duplicate)', () => {
    const r = checkMedications(
      {
        drugs: [
          { drug: 'zentofen', doseMg: 10, frequency: 'bid' },
          { drug: 'morbicol', doseMg: 10, frequency: 'bid' },
        ],
      },
      kb,
    );
    assert.equal(r.alerts.filter((a) => a.code === 'duplicate-class').length, 0);
    const twice = checkMedications(
      {
        drugs: [
          { drug: 'zentofen', doseMg: 10, frequency: 'bid' },
          { drug: 'Zentax', doseMg: 10, frequency: 'bid' },
        ],
      },
      kb,
    );
    assert.ok(
      twice.alerts.some(
        (a) => a.code === 'duplicate-class' && a.rule === 'duplicate-same-medicine',
      ),
    );
  });
});
