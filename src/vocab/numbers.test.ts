import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatNumber, numberText, round3 } from './numbers.js';

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

describe('formatNumber', () => {
  it('writes a number as toLocaleString("en-US", { maximumFractionDigits }) does, for 0 to 3 decimals', () => {
    for (const places of [0, 1, 2, 3]) {
      for (const n of [
        0, -0, 1, 0.5, 2.5, -2.5, 1.005, 2.675, 999.995, 1234.5678, 4000, 1e6, -0.001,
      ]) {
        const expected = n.toLocaleString('en-US', { maximumFractionDigits: places });
        assert.equal(formatNumber(n, places), expected, `${n} to ${places}`);
      }
      fc.assert(
        fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (n) => {
          assert.equal(
            formatNumber(n, places),
            n.toLocaleString('en-US', { maximumFractionDigits: places }),
          );
        }),
        { numRuns: 2000 },
      );
    }
  });
  it('leaves exponent forms, NaN and Infinity to toLocaleString', () => {
    for (const n of [1e-7, 1e21, Number.NaN, Number.POSITIVE_INFINITY]) {
      assert.equal(formatNumber(n, 2), n.toLocaleString('en-US', { maximumFractionDigits: 2 }));
    }
  });
});
