import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseUnit, parseDoseText, parseStrength, strengthInName } from './dose.js';

describe('normaliseUnit', () => {
  const cases: [string, string | undefined][] = [
    ['mg', 'mg'],
    ['MG', 'mg'],
    ['milligrams', 'mg'],
    ['g', 'g'],
    ['grams', 'g'],
    ['mcg', 'mcg'],
    ['µg', 'mcg'],
    ['μg', 'mcg'],
    ['ug', 'mcg'],
    ['%', '%'],
    ['patch', 'patch'],
    ['patches', 'patch'],
    ['tablet', 'tablet'],
    ['Tabs', 'tablet'],
    ['capsules', 'tablet'],
    ['application', 'application'],
    ['mL', 'mL'],
    ['IU', 'IU'],
    ['spray', 'spray'],
    ['teaspoon', undefined],
    ['kg', undefined],
    ['', undefined],
  ];
  for (const [text, unit] of cases) {
    it(`${JSON.stringify(text)} → ${String(unit)}`, () => assert.equal(normaliseUnit(text), unit));
  }
});

describe('parseDoseText', () => {
  const cases: [string, { max: number; min: number; unit: string | undefined }][] = [
    ['600 mg', { max: 600, min: 600, unit: 'mg' }],
    ['600mg', { max: 600, min: 600, unit: 'mg' }],
    ['1 g', { max: 1, min: 1, unit: 'g' }],
    ['1,000 mg', { max: 1000, min: 1000, unit: 'mg' }],
    ['0.5 mg', { max: 0.5, min: 0.5, unit: 'mg' }],
    ['1-2 tablets', { max: 2, min: 1, unit: 'tablet' }],
    ['1 to 2 tabs', { max: 2, min: 1, unit: 'tablet' }],
    ['5%', { max: 5, min: 5, unit: '%' }],
    ['3 patches', { max: 3, min: 3, unit: 'patch' }],
    ['½ tablet', { max: 0.5, min: 0.5, unit: 'tablet' }],
    ['1000 mcg', { max: 1000, min: 1000, unit: 'mcg' }],
    ['400', { max: 400, min: 400, unit: undefined }],
  ];
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)}`, () => assert.deepEqual(parseDoseText(text), expected));
  }
  it('reports a negative dose, an unknown unit and a non-dose', () => {
    assert.deepEqual(parseDoseText('-5 mg'), { problem: 'not-positive' });
    assert.deepEqual(parseDoseText('0 mg'), { problem: 'not-positive' });
    assert.deepEqual(parseDoseText('5 spoons'), { problem: 'unknown-unit', unit: 'spoons' });
    assert.deepEqual(parseDoseText('a little'), { problem: 'not-a-dose' });
  });
});

describe('strengths', () => {
  it('reads single, combination and percentage strengths', () => {
    assert.deepEqual(parseStrength('200 mg'), { kind: 'mass', mgPerUnit: [200] });
    assert.deepEqual(parseStrength('5/325'), { kind: 'mass', mgPerUnit: [5, 325] });
    assert.deepEqual(parseStrength('7.5/325 mg'), { kind: 'mass', mgPerUnit: [7.5, 325] });
    assert.deepEqual(parseStrength('0.5 g'), { kind: 'mass', mgPerUnit: [500] });
    assert.deepEqual(parseStrength('5%'), { kind: 'percent', percent: 5 });
    assert.equal(parseStrength('strong'), undefined);
    assert.equal(parseStrength('150%'), undefined);
  });
  it('finds a strength written inside a name and returns the rest', () => {
    assert.deepEqual(strengthInName('Norco 10/325'), {
      strength: { kind: 'mass', mgPerUnit: [10, 325] },
      rest: 'Norco',
    });
    assert.deepEqual(strengthInName('ibuprofen 400mg tablets'), {
      strength: { kind: 'mass', mgPerUnit: [400] },
      rest: 'ibuprofen tablets',
    });
    assert.deepEqual(strengthInName('lidocaine 5% patch'), {
      strength: { kind: 'percent', percent: 5 },
      rest: 'lidocaine patch',
    });
    assert.equal(strengthInName('Tylenol #3'), undefined);
    assert.equal(strengthInName('gabapentin'), undefined);
  });
});
