import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../errors.js';
import { checkMedications } from './check.js';

/** One valid regimen; each test changes one field (STYLE §7). */
const valid = () => ({
  patient: { age: 58, eGFR: 75, comorbidities: ['diabetes'] },
  drugs: [
    { drug: 'ibuprofen', doseMg: 400, timesPerDay: 3 },
    { drug: 'Tylenol', dose: 1, unit: 'g', frequency: 'q6h' },
  ],
});

/** Runs the checker and returns the InputError it throws. */
function errorOf(input: unknown): InputError {
  try {
    checkMedications(input);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  assert.fail('expected an InputError');
}

describe('checkMedications input validation: one clear line naming the field', () => {
  it('accepts the valid fixture', () => {
    assert.equal(checkMedications(valid()).drugs.length, 2);
  });

  const cases: [string, (v: ReturnType<typeof valid>) => unknown, string, string][] = [
    [
      'negative doseMg',
      (v) => ({ ...v, drugs: [{ drug: 'ibuprofen', doseMg: -400, timesPerDay: 3 }] }),
      'drugs[0].doseMg',
      'must be greater than 0',
    ],
    [
      'zero doseMg',
      (v) => ({ ...v, drugs: [{ drug: 'ibuprofen', doseMg: 0, timesPerDay: 3 }] }),
      'drugs[0].doseMg',
      'must be greater than 0',
    ],
    [
      'negative dose',
      (v) => ({
        ...v,
        drugs: [v.drugs[0], { drug: 'Tylenol', dose: -1, unit: 'g', frequency: 'q6h' }],
      }),
      'drugs[1].dose',
      'must be greater than 0',
    ],
    [
      'negative dose text',
      (v) => ({
        ...v,
        drugs: [v.drugs[0], { drug: 'Tylenol', dose: '-500 mg', frequency: 'q6h' }],
      }),
      'drugs[1].dose',
      'must be greater than 0',
    ],
    [
      'unknown unit',
      (v) => ({
        ...v,
        drugs: [v.drugs[0], { drug: 'Tylenol', dose: 1, unit: 'spoonful', frequency: 'q6h' }],
      }),
      'drugs[1].unit',
      'unknown unit "spoonful"; use one of mg, g, mcg, %, patch, tablet, application, mL, IU, spray, injection',
    ],
    [
      'unknown unit inside dose text',
      (v) => ({
        ...v,
        drugs: [v.drugs[0], { drug: 'Tylenol', dose: '2 spoons', frequency: 'q6h' }],
      }),
      'drugs[1].dose',
      'unknown unit "spoons"; use one of mg, g, mcg, %, patch, tablet, application, mL, IU, spray, injection',
    ],
    [
      'unparseable frequency',
      (v) => ({
        ...v,
        drugs: [v.drugs[0], { drug: 'Tylenol', dose: 1, unit: 'g', frequency: 'whenever' }],
      }),
      'drugs[1].frequency',
      'cannot read "whenever" as a frequency; write e.g. "q6h", "tid", "every 8 hours", "3 times a day", "at bedtime" or "prn"',
    ],
    [
      'dose number without unit',
      (v) => ({ ...v, drugs: [v.drugs[0], { drug: 'Tylenol', dose: 1000, frequency: 'q6h' }] }),
      'drugs[1].unit',
      'is required when dose is a number (e.g. "mg"); use one of mg, g, mcg, %, patch, tablet, application, mL, IU, spray, injection',
    ],
    [
      'unit without dose',
      (v) => ({ ...v, drugs: [v.drugs[0], { drug: 'Tylenol', unit: 'g', frequency: 'q6h' }] }),
      'drugs[1].dose',
      'is required when unit is given',
    ],
    [
      'doseMg and dose both',
      (v) => ({
        ...v,
        drugs: [
          v.drugs[0],
          { drug: 'Tylenol', doseMg: 1000, dose: 1, unit: 'g', frequency: 'q6h' },
        ],
      }),
      'drugs[1].dose',
      'give either doseMg or dose with unit, not both',
    ],
    [
      'conflicting units',
      (v) => ({
        ...v,
        drugs: [v.drugs[0], { drug: 'Tylenol', dose: '1 g', unit: 'mg', frequency: 'q6h' }],
      }),
      'drugs[1].unit',
      '"mg" conflicts with the unit written in dose ("g")',
    ],
    [
      'timesPerDay above 24',
      (v) => ({ ...v, drugs: [{ drug: 'ibuprofen', doseMg: 400, timesPerDay: 30 }] }),
      'drugs[0].timesPerDay',
      'must be at most 24',
    ],
    [
      'timesPerDay negative',
      (v) => ({ ...v, drugs: [{ drug: 'ibuprofen', doseMg: 400, timesPerDay: -2 }] }),
      'drugs[0].timesPerDay',
      'must be greater than 0',
    ],
    [
      'doseMg as text',
      (v) => ({ ...v, drugs: [{ drug: 'ibuprofen', doseMg: '400', timesPerDay: 3 }] }),
      'drugs[0].doseMg',
      'must be number, not string',
    ],
    [
      'empty drug name',
      (v) => ({ ...v, drugs: [{ drug: '  ', doseMg: 400, timesPerDay: 3 }] }),
      'drugs[0].drug',
      'must be at least 1 character(s)',
    ],
    [
      'missing drug name',
      (v) => ({ ...v, drugs: [{ doseMg: 400, timesPerDay: 3 }] }),
      'drugs[0].drug',
      'is required (string)',
    ],
    [
      'unknown field in a drug',
      (v) => ({ ...v, drugs: [{ drug: 'ibuprofen', doseMg: 400, timesPerDay: 3, colour: 'red' }] }),
      'drugs[0].colour',
      'unknown field "colour"',
    ],
    [
      'unknown field in patient',
      (v) => ({ ...v, patient: { ...v.patient, height: 170 } }),
      'patient.height',
      'unknown field "height"',
    ],
    ['unknown top-level field', (v) => ({ ...v, extra: true }), 'extra', 'unknown field "extra"'],
    [
      'unknown route',
      (v) => ({
        ...v,
        drugs: [{ drug: 'ibuprofen', doseMg: 400, timesPerDay: 3, route: 'nasal-ish' }],
      }),
      'drugs[0].route',
      'unknown route "nasal-ish"; use one of oral, topical, transdermal, epidural, intravenous, intramuscular, subcutaneous',
    ],
    [
      'negative eGFR',
      (v) => ({ ...v, patient: { ...v.patient, eGFR: -5 } }),
      'patient.eGFR',
      'must be at least 0',
    ],
    [
      'age above 130',
      (v) => ({ ...v, patient: { ...v.patient, age: 200 } }),
      'patient.age',
      'must be at most 130',
    ],
    [
      'pregnant as text',
      (v) => ({ ...v, patient: { ...v.patient, pregnant: 'yes' } }),
      'patient.pregnant',
      'must be boolean, not string',
    ],
    [
      'bad strength',
      (v) => ({
        ...v,
        drugs: [{ drug: 'Norco', dose: 1, unit: 'tablet', strength: 'strong', frequency: 'q6h' }],
      }),
      'drugs[0].strength',
      'cannot read "strong" as a strength; write e.g. "200 mg", "5/325" or "5%"',
    ],
    ['drugs missing', () => ({ patient: {} }), 'drugs', 'is required (array)'],
    ['not an object', () => 'ibuprofen', 'input', 'must be object, not string'],
  ];
  for (const [name, mutate, path, message] of cases) {
    it(`${name}: ${path}`, () => {
      const error = errorOf(mutate(valid()));
      assert.equal(error.path, path);
      assert.equal(error.message, message);
      assert.equal(error.toLine().includes('\n'), false);
    });
  }
});
