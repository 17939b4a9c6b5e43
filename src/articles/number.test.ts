import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatNumber } from './_number.js';

describe('formatNumber', () => {
  it('matches toLocaleString("en-US") on doses and on any double', () => {
    for (const n of [
      0, 1, 7.5, 12.5, 1000, 1234.5678, 4000, 0.0005, 2.0005, 1e6, 999.9995, 3200.25,
    ]) {
      assert.equal(formatNumber(n), n.toLocaleString('en-US'), String(n));
    }
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (n) => {
        assert.equal(formatNumber(n), n.toLocaleString('en-US'));
      }),
      { numRuns: 5000 },
    );
  });
});
