// Unit tests of statements about earlier studies (`_earlier-studies.ts`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  GENERIC_REMARK,
  SUMMARY_OF_ABOVE,
  citesImaging,
  declaresBracketsPrior,
  withEarlierAdjective,
  withEarlierLesionGrades,
  withoutPriorNotation,
} from './_earlier-studies.js';
import { itemsOf, picture, tokensOf } from './_test-items.js';

const cites = (text: string): boolean => {
  const tokens = tokensOf(text);
  return citesImaging(tokens, 0, tokens.length);
};
const declares = (text: string): boolean => {
  const tokens = tokensOf(text);
  return declaresBracketsPrior(tokens, 0, tokens.length);
};

describe('citesImaging', () => {
  it('a study named with its date and what it showed is cited', () => {
    assert.equal(cites('MRI of 3 March 2023 showed severe L4-5 stenosis'), true);
    assert.equal(cites('CT myelogram 8/1/24: severe stenosis'), true);
  });
  it('a finding stated on its own cites no study', () => {
    assert.equal(cites('Severe stenosis at L4-5'), false);
  });
});

describe('declaresBracketsPrior', () => {
  it('a sentence that says brackets hold the prior grades declares them', () => {
    assert.equal(declares('Current grades are given with prior grades in brackets.'), true);
    assert.equal(declares('Moderate stenosis (mild).'), false);
  });
});

describe('withoutPriorNotation', () => {
  it('"current (prior)" before a pair of grades is notation, not words of the finding', () => {
    const text = 'L4-5 left foramen current (prior): moderate (mild)';
    const out = withoutPriorNotation(itemsOf(text), text);
    assert.ok(out);
    assert.doesNotMatch(picture(out), /time:/);
    assert.ok(out.length < itemsOf(text).length);
  });
  it('a sentence without it is left alone', () => {
    const text = 'L4-5 left foramen moderate (previously mild)';
    assert.equal(withoutPriorNotation(itemsOf(text), text), undefined);
  });
});

describe('remarks that report nothing', () => {
  it('a remark on what a sign goes with, and a summary of what was described above', () => {
    assert.equal(GENERIC_REMARK.test('which can be seen with high-grade stenosis'), true);
    assert.equal(GENERIC_REMARK.test('mild stenosis'), false);
    assert.equal(SUMMARY_OF_ABOVE.test('as detailed above, up to moderate'), true);
    assert.equal(SUMMARY_OF_ABOVE.test('moderate'), false);
  });
});

describe('withEarlierLesionGrades', () => {
  it('a past-tense relative clause in a sentence about a lesion that changed size is the earlier study', () => {
    const text =
      'The extrusion, which was seen with severe left foraminal narrowing, has decreased in size';
    assert.equal(withEarlierLesionGrades(itemsOf(text), text)?.whole, true);
  });
  it('with a grade after the change, only the relative clause grades are marked earlier', () => {
    const text =
      'The extrusion, which was seen with severe left foraminal narrowing, has decreased in size, now with mild narrowing';
    const out = withEarlierLesionGrades(itemsOf(text), text);
    assert.equal(out?.whole, false);
    assert.match(picture(out?.items ?? []), /time:prior severity:severe/);
    assert.doesNotMatch(picture(out?.items ?? []), /time:prior severity:mild/);
  });
  it('a relative clause in a sentence whose lesion did not change size is left alone', () => {
    const text = 'Moderate left foraminal stenosis, which was also seen on the prior study';
    assert.equal(withEarlierLesionGrades(itemsOf(text), text), undefined);
  });
});

describe('withEarlierAdjective', () => {
  it('marks a grade right after "prior" as the earlier study\'s', () => {
    const text = 'prior severe canal stenosis';
    assert.match(picture(withEarlierAdjective(itemsOf(text), text)), /^time:prior severity:severe/);
  });
  it('leaves "prior" before a study noun alone', () => {
    const text = 'moderate stenosis unchanged from the prior study';
    assert.doesNotMatch(picture(withEarlierAdjective(itemsOf(text), text)), /time:prior severity/);
  });
});
