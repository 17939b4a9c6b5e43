import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editDistance } from './edit-distance.js';

describe('editDistance (optimal string alignment, bounded)', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps', () => {
    assert.equal(editDistance('gabapentin', 'gabapentin'), 0);
    assert.equal(editDistance('gabapentn', 'gabapentin'), 1);
    assert.equal(editDistance('ibuprofen', 'ibuprofin'), 1);
    assert.equal(editDistance('tramadol', 'tramdaol'), 1);
    assert.equal(editDistance('tehcal', 'thecal'), 1);
    assert.equal(editDistance('encraoching', 'encroaching'), 1);
    assert.equal(editDistance('abc', 'xyz'), 3);
    assert.equal(editDistance('', 'abc'), 3);
  });

  it('gives limit + 1 as soon as the distance passes the limit', () => {
    assert.equal(editDistance('abcdef', 'uvwxyz', 2), 3);
    assert.equal(editDistance('abc', 'xyz', 1), 2);
    assert.equal(editDistance('a', 'abcdef', 2), 3);
    assert.equal(editDistance('thecal', 'thecal', 0), 0);
  });

  it('is symmetric, and a limit never changes a distance within it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.nat(4), (a, b, limit) => {
        const d = editDistance(a, b);
        assert.equal(editDistance(b, a), d);
        assert.equal(editDistance(a, b, limit), d <= limit ? d : limit + 1);
      }),
      { seed: 18 },
    );
  });
});
