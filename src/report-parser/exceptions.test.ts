// Unit tests of report-wide statements with exceptions (`_exceptions.ts`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { exceptedPlace, exceptionAt } from './_exceptions.js';
import { itemsOf, tokensOf } from './_test-items.js';

describe('exceptionAt', () => {
  it('finds the one-word exception of a report-wide statement and nothing else', () => {
    const text = 'No foraminal stenosis at any level except L5-S1.';
    const tokens = tokensOf(text);
    const widths = tokens.map((_, k) => exceptionAt(tokens, k, tokens.length));
    const at = tokens.findIndex((t) => t.lower === 'except');
    assert.equal(widths[at], 1);
    assert.deepEqual(
      widths.filter((_, k) => k !== at),
      widths.filter((_, k) => k !== at).map(() => 0),
    );
  });
});

describe('exceptedPlace', () => {
  it('a level and the one side an exception names', () => {
    assert.deepEqual(
      exceptedPlace(itemsOf('except L5-S1 on the left')).map((p) => ({ ...p })),
      [{ level: 'L5-S1', side: 'left' }],
    );
  });
  it('a level named without a side excepts the whole level', () => {
    assert.deepEqual(
      exceptedPlace(itemsOf('except at L4-5')).map((p) => ({ ...p })),
      [{ level: 'L4-L5', side: undefined }],
    );
  });
});
