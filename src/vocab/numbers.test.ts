import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { numberText, round3 } from './numbers.js';

describe('numberText', () => {
  it('writes a number exactly as String() does, remembered or not', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (x) => {
        assert.equal(numberText(x), String(x));
        assert.equal(numberText(x), String(x)); // the remembered text is the same
      }),
    );
  });
  it('stays right past its bound (the memo is cleared, not grown)', () => {
    for (let i = 0; i < 10_000; i++) assert.equal(numberText(i / 1000), String(i / 1000));
  });
  it('writes rounded scores as the trace shows them', () => {
    assert.equal(numberText(round3(0.19549)), '0.195');
    assert.equal(numberText(-0.07), '-0.07');
  });
});
