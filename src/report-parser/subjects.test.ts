// Unit tests of findings named once and the clauses that leave them out (`_subjects.ts`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isElliptical, isLeanOnly, isLevelGrade, subjectOf, withSubject } from './_subjects.js';
import { itemsOf, picture } from './_test-items.js';

describe('subjectOf', () => {
  it('a finding named alone is the subject of the lines after it', () => {
    const subject = subjectOf(itemsOf('Neural foraminal narrowing'));
    assert.equal(subject && picture([subject.target, subject.pred]), 'target:foramen pred:narrow');
  });
  it('a structure named alone stands for its narrowing', () => {
    const subject = subjectOf(itemsOf('Foramina'));
    assert.equal(
      subject && picture([subject.target, subject.pred]),
      'target:foramen[pl] pred:narrow',
    );
  });
  it('a whole statement is no subject', () => {
    assert.equal(subjectOf(itemsOf('Mild foraminal narrowing at L4-5')), undefined);
  });
});

describe('withSubject', () => {
  it('a per-level line takes the subject it leaves out', () => {
    const subject = subjectOf(itemsOf('Neural foraminal narrowing'));
    assert.ok(subject);
    assert.equal(
      picture(withSubject(itemsOf('L2-L3: minimal right'), subject)),
      'level:L2-L3 severity:mild side:right target:foramen pred:narrow',
    );
  });
});

describe('clause shapes', () => {
  it('elliptical clauses hold only grades, sides and negations', () => {
    assert.deepEqual(
      ['sev rt', 'none (right)', 'mild foraminal narrowing'].map((s) => isElliptical(itemsOf(s))),
      [true, true, false],
    );
  });
  it('a level and its grade, a side at most', () => {
    assert.deepEqual(
      ['L3-4 moderate', 'L4-5 mild left', 'L4-5 mild left foraminal narrowing'].map((s) =>
        isLevelGrade(itemsOf(s)),
      ),
      [true, true, false],
    );
  });
  it('"R>L" only says which side is worse', () => {
    assert.deepEqual(
      ['R>L', 'left worse', 'mild left'].map((s) => isLeanOnly(itemsOf(s))),
      [true, false, false],
    );
  });
});
