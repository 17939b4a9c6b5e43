// Unit tests of where sentences and clauses break (`_sentence-bounds.ts`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isBoundary, opensSentence, runOnBreak } from './_sentence-bounds.js';
import { itemsOf, tokensOf } from './_test-items.js';

/** Whether each full stop of `text` ends a sentence, in order. */
const stops = (text: string): boolean[] => {
  const tokens = tokensOf(text);
  return tokens.flatMap((t, i) => (t.lower === '.' ? [isBoundary(text, tokens, i)] : []));
};

describe('isBoundary', () => {
  it('the full stop of a side abbreviation does not end the sentence', () => {
    assert.deepEqual(stops('L4-5 Lt. neural foramen is narrowed.'), [false, true]);
  });
  it('a full stop before a capital ends it', () => {
    assert.deepEqual(stops('Moderate stenosis. Next'), [true]);
  });
});

describe('runOnBreak', () => {
  it('a grade opening a new statement in a dictated run-on line is where it breaks', () => {
    const text =
      'no canal stenosis mild foraminal narrowing at L4-5 and L5-S1 the foramina are otherwise patent';
    const at = runOnBreak(itemsOf(text));
    assert.equal(at && text.slice(at.start, at.end), 'mild');
  });
  it('an ordinary sentence does not break', () => {
    assert.equal(runOnBreak(itemsOf('Mild foraminal narrowing at L4-5 on the left.')), undefined);
  });
});

describe('opensSentence', () => {
  it('a capital opens a sentence, a lower-case word continues one', () => {
    assert.equal(opensSentence('Mild narrowing', 0), true);
    assert.equal(opensSentence('mild narrowing', 0), false);
  });
});
