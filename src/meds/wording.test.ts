import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CAUTION_RULES } from './caution-rules.js';
import { DUPLICATE_RULES, INTERACTION_RULES } from './combination-rules.js';
import { toPatientContext } from './patient.js';
import type { Condition, UseContext } from './patient.js';
import { capitalise, listNames, patientFact, quantity, render, textName, word } from './wording.js';
import type { MedsMessage, TotalParams } from './wording.js';

const noUse: UseContext = { durationDays: undefined, route: undefined };
const adult = toPatientContext(undefined);
const older = toPatientContext({ age: 80, eGFR: 25, weightKg: 50 });
const kidneyBelow30: Condition = { kind: 'kidney', below: 30 };

const ibuprofenDay: TotalParams = {
  drugId: 'drug-ibuprofen',
  amount: { amount: 3600, unit: 'mg' },
  complete: true,
  per: 'day',
  parts: [],
};
const twoLines: TotalParams = {
  ...ibuprofenDay,
  complete: false,
  parts: [
    { drug: 'drug-ibuprofen', amount: { amount: 2400, unit: 'mg' } },
    { drug: 'drug-hydrocodone-ibuprofen', amount: undefined },
  ],
};

// One row per message key: the decision's parameters in, the exact sentence out.
const messages: readonly (readonly [MedsMessage, string])[] = [
  [
    {
      key: 'dose-above-usual-single-dose',
      drugId: 'drug-naproxen',
      dose: { amount: 750, unit: 'mg' },
      limit: { amount: 500, unit: 'mg' },
    },
    'One dose of naproxen is 750 mg, above the usual single dose of up to 500 mg.',
  ],
  [
    {
      key: 'dose-above-label-single-dose',
      drugId: 'drug-ketorolac',
      dose: { amount: 60, unit: 'mg' },
      limit: { amount: 30, unit: 'mg' },
    },
    'One dose of ketorolac is 60 mg, above the labelled maximum of 30 mg per dose or injection.',
  ],
  [
    { key: 'total-above-label', total: ibuprofenDay, limit: { amount: 3200, unit: 'mg' } },
    'Ibuprofen adds up to 3,600 mg a day, above the labelled maximum of 3,200 mg a day.',
  ],
  [
    { key: 'total-above-label', total: twoLines, limit: { amount: 3200, unit: 'mg' } },
    'Ibuprofen adds up to at least 3,600 mg a day (ibuprofen 2,400 mg + hydrocodone/ibuprofen unknown), above the labelled maximum of 3,200 mg a day.',
  ],
  [
    {
      key: 'total-above-review',
      total: { ...ibuprofenDay, per: 'week' },
      limit: { amount: 20000, unit: 'mg' },
    },
    'Ibuprofen adds up to 3,600 mg a week, above 20,000 mg a week. The label sets no fixed maximum; this is the level at which the dose should be reviewed.',
  ],
  [
    {
      key: 'total-above-usual-range',
      total: ibuprofenDay,
      usualMin: { amount: 600, unit: 'mg' },
      limit: { amount: 2400, unit: 'mg' },
      labelMaximum: { amount: 3200, unit: 'mg' },
    },
    'Ibuprofen adds up to 3,600 mg a day, above the usual range of 600 mg to 2,400 mg a day but within the labelled maximum of 3,200 mg.',
  ],
  [
    {
      key: 'total-above-population-limit',
      total: ibuprofenDay,
      limit: { amount: 1200, unit: 'mg' },
      population: 'over-the-counter use',
    },
    'Ibuprofen adds up to 3,600 mg a day, above the 1,200 mg a day limit for over-the-counter use.',
  ],
  [
    {
      key: 'total-above-population-limit',
      total: ibuprofenDay,
      limit: { amount: 1200, unit: 'mg' },
      population: undefined,
    },
    'Ibuprofen adds up to 3,600 mg a day, above the 1,200 mg a day limit for some patients.',
  ],
  [
    {
      key: 'total-above-patient-limit',
      total: ibuprofenDay,
      limit: { amount: 1200, unit: 'mg' },
      population: 'creatinine clearance below 30 mL/min',
      fact: { when: kidneyBelow30, patient: older },
    },
    'Ibuprofen adds up to 3,600 mg a day, above the 1,200 mg a day limit for creatinine clearance below 30 mL/min (this patient: eGFR 25 mL/min/1.73 m²).',
  ],
  [
    {
      key: 'total-within-patient-limit',
      total: { ...ibuprofenDay, amount: { amount: 800, unit: 'mg' } },
      limit: { amount: 1200, unit: 'mg' },
      population: undefined,
      fact: { when: { kind: 'age-at-least', years: 65 }, patient: older },
    },
    'Ibuprofen at 800 mg a day is within the 1,200 mg a day limit for this patient (this patient: age 80).',
  ],
  [
    {
      key: 'patient-limit-unchecked',
      drugId: 'drug-gabapentin',
      per: 'day',
      limit: { amount: 700, unit: 'mg' },
      population: 'creatinine clearance 15–29 mL/min',
      fact: { when: kidneyBelow30, patient: older },
    },
    'Gabapentin: the limit for creatinine clearance 15–29 mL/min (this patient: eGFR 25 mL/min/1.73 m²) is 700 mg a day; no dose was given, so it could not be checked.',
  ],
  [
    {
      key: 'same-medicine-on-several-lines',
      drugId: 'drug-ibuprofen',
      written: ['Advil', 'Motrin', 'Advil'],
    },
    'Ibuprofen appears on more than one line (Advil and Motrin). The amounts were added together for the limit checks; make sure this is intended.',
  ],
  [
    {
      key: 'opioid-total',
      mme: 90,
      complete: false,
      parts: [
        { drugId: 'drug-oxycodone', mgPerDay: 30, factor: 1.5 },
        { drugId: 'drug-tramadol', mgPerDay: 225, factor: 0.2 },
      ],
    },
    'Opioids add up to at least 90 morphine milligram equivalents (MME) a day (oxycodone 30 mg × 1.5 + tramadol 225 mg × 0.2). CDC 2022 asks for a careful reassessment of benefit and risk at 50 MME a day or more, where overdose risk rises without more pain relief, and for naloxone to be offered.',
  ],
  [
    { key: 'unknown-drug', written: 'xyz', lineIndex: 0, ambiguous: false, suggestions: [] },
    '"xyz" (line 1) is not a medicine Foramen recognises, so it was not checked for dose limits, duplicates or interactions. Check the spelling or give the generic name.',
  ],
  [
    {
      key: 'unknown-drug',
      written: 'ibuprofn',
      lineIndex: 2,
      ambiguous: false,
      suggestions: ['ibuprofen', 'ibuprofen gel', 'naproxen'],
    },
    '"ibuprofn" (line 3) is not a medicine Foramen recognises, so it was not checked for dose limits, duplicates or interactions. Did you mean ibuprofen, ibuprofen gel or naproxen?',
  ],
  [
    {
      key: 'unknown-drug',
      written: 'oxy',
      lineIndex: 0,
      ambiguous: true,
      suggestions: ['oxycodone', 'oxymorphone'],
    },
    '"oxy" (line 1) is not a medicine Foramen recognises, so it was not checked for dose limits, duplicates or interactions. It matches several medicines (oxycodone, oxymorphone); name the one meant.',
  ],
  [
    {
      key: 'incomplete-dose',
      drugId: 'drug-tramadol-acetaminophen',
      lineIndex: 1,
      notes: ['no frequency given', 'counted once a day'],
    },
    'Tramadol/acetaminophen (line 2): no frequency given; counted once a day. Limits were checked only as far as the amounts allow.',
  ],
  [
    {
      key: 'rule',
      template: '{drugs} together raise the risk of bleeding.',
      patient: adult,
      use: noUse,
      drugs: ['naproxen', 'ibuprofen'],
      because: 'This patient is over 75.',
    },
    'Naproxen and ibuprofen together raise the risk of bleeding. This patient is over 75.',
  ],
  [
    {
      key: 'rule',
      template: 'Taking {a} with {b} at {kidney}, age {age}, for {duration}.',
      patient: older,
      use: { durationDays: 14, route: undefined },
      sides: [['naproxen'], ['warfarin', 'apixaban']],
    },
    'Taking naproxen with warfarin and apixaban at eGFR 25 mL/min/1.73 m², age 80, for 14 days.',
  ],
];

describe('wording: one sentence per message key', () => {
  for (const [message, text] of messages) {
    it(`${message.key} → ${text.slice(0, 60)}…`, () => {
      assert.equal(word(message), text);
    });
  }

  it('has a row above for every key the checker can produce', () => {
    const keys = new Set(messages.map(([m]) => m.key));
    const all: Record<MedsMessage['key'], true> = {
      'dose-above-usual-single-dose': true,
      'dose-above-label-single-dose': true,
      'total-above-label': true,
      'total-above-review': true,
      'total-above-usual-range': true,
      'total-above-population-limit': true,
      'total-above-patient-limit': true,
      'total-within-patient-limit': true,
      'patient-limit-unchecked': true,
      'same-medicine-on-several-lines': true,
      'opioid-total': true,
      'unknown-drug': true,
      'incomplete-dose': true,
      rule: true,
    };
    assert.deepEqual([...keys].sort(), Object.keys(all).sort());
  });
});

describe('wording helpers', () => {
  const cases = [
    [quantity({ amount: 1, unit: 'patch' }), '1 patch'],
    [quantity({ amount: 3, unit: 'patch' }), '3 patches'],
    [quantity({ amount: 2, unit: 'application' }), '2 applications'],
    [quantity({ amount: 4000, unit: 'mg' }), '4,000 mg'],
    [quantity({ amount: 0.125, unit: 'g' }), '0.13 g'],
    [textName('drug-hydrocodone-acetaminophen'), 'hydrocodone/acetaminophen'],
    [textName('drug-diclofenac-gel'), 'diclofenac gel'],
    [textName('drug-lidocaine-patch'), 'lidocaine patch'],
    [listNames([]), ''],
    [listNames(['a', 'a']), 'a'],
    [listNames(['a', 'b', 'c', 'b']), 'a, b and c'],
    [capitalise(''), ''],
    [capitalise('naproxen'), 'Naproxen'],
    [
      render('{drugs} first. Then {drugs}; {missing}.', { drugs: 'x' }),
      'X first. Then x; {missing}.',
    ],
  ] as const;
  for (const [got, want] of cases) {
    it(`→ ${JSON.stringify(want)}`, () => assert.equal(got, want));
  }

  it('patientFact names the measured fact behind a condition, and nothing for a population', () => {
    assert.equal(patientFact(kidneyBelow30, older), 'eGFR 25 mL/min/1.73 m²');
    assert.equal(patientFact({ kind: 'weight-below', kg: 60 }, older), '50 kg');
    assert.equal(patientFact({ kind: 'age-above', years: 64 }, adult), undefined);
    assert.equal(patientFact({ kind: 'always' }, older), undefined);
    // Of several conditions, the fact behind the first one that holds.
    const either: Condition = {
      kind: 'any',
      of: [{ kind: 'age-below', years: 18 }, kidneyBelow30],
    };
    assert.equal(patientFact(either, older), 'eGFR 25 mL/min/1.73 m²');
  });

  it('every rule template fills all its placeholders', () => {
    const patient = toPatientContext({ age: 70, pregnant: true, pregnancyWeeks: 22 });
    const use = { durationDays: 10, route: undefined };
    for (const rule of [...DUPLICATE_RULES, ...INTERACTION_RULES]) {
      const text = word({
        key: 'rule',
        template: rule.text,
        patient,
        use,
        ...(rule.groups.length === 1
          ? { drugs: ['naproxen', 'ibuprofen'] }
          : { sides: rule.groups.map(() => ['naproxen']) }),
      });
      assert.doesNotMatch(text, /\{\w+\}/, rule.id);
    }
    for (const rule of CAUTION_RULES) {
      const text = word({ key: 'rule', template: rule.text, patient, use, drugs: ['naproxen'] });
      assert.doesNotMatch(text, /\{\w+\}/, rule.id);
    }
  });
});
