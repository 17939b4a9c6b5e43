import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseFrequency } from './frequency.js';

// [text, most doses a day, fewest doses a day, as needed]
const CASES: readonly (readonly [string, number | null, number | null, boolean])[] = [
  ['q6h', 4, 4, false],
  ['Q6H', 4, 4, false],
  ['q 8 h', 3, 3, false],
  ['q4-6h', 6, 4, false],
  ['q4–6h', 6, 4, false],
  ['q4-6h prn', 6, 4, true],
  ['every 4 to 6 hours', 6, 4, false],
  ['every 6-8 hours as needed', 4, 3, true],
  ['every 8 hours', 3, 3, false],
  ['every 12 hours', 2, 2, false],
  ['every six hours', 4, 4, false],
  ['q12h', 2, 2, false],
  ['qd', 1, 1, false],
  ['od', 1, 1, false],
  ['daily', 1, 1, false],
  ['once daily', 1, 1, false],
  ['once a day', 1, 1, false],
  ['bid', 2, 2, false],
  ['BID', 2, 2, false],
  ['b.i.d.', 2, 2, false],
  ['twice daily', 2, 2, false],
  ['twice a day', 2, 2, false],
  ['tid', 3, 3, false],
  ['t.i.d.', 3, 3, false],
  ['tds', 3, 3, false],
  ['qid', 4, 4, false],
  ['3x/day', 3, 3, false],
  ['3x daily', 3, 3, false],
  ['3 times a day', 3, 3, false],
  ['three times daily', 3, 3, false],
  ['4 times per day', 4, 4, false],
  ['2-3 times a day', 3, 2, false],
  ['3-4×/day', 4, 3, false],
  ['at bedtime', 1, 1, false],
  ['qhs', 1, 1, false],
  ['nightly', 1, 1, false],
  ['in the morning and at bedtime', 2, 2, false],
  ['tid and at bedtime', 4, 4, false],
  ['as needed up to 4 times a day', 4, 4, true],
  ['prn up to 3 times daily', 3, 3, true],
  ['every 6 hours, max 3 doses a day', 3, 3, false],
  ['every 6 hours as needed', 4, 4, true],
  ['prn', null, null, true],
  ['as needed', null, null, true],
  ['weekly', 1 / 7, 1 / 7, false],
  ['once a week', 1 / 7, 1 / 7, false],
  ['twice a week', 2 / 7, 2 / 7, false],
  ['every other day', 0.5, 0.5, false],
  ['every 3 months', 4 / 365, 4 / 365, false],
  ['12 hours on, 12 hours off', 1, 1, false],
  ['with meals', 3, 3, false],
  ['8-hourly', 3, 3, false],
  ['4-6 hourly prn', 6, 4, true],
  ['before bed', 1, 1, false],
  ['1 tab po q6h prn pain', 4, 4, true],
  ['QDS', 4, 4, false],
  ['mane', 1, 1, false],
  ['every 12 hours (twice daily)', 2, 2, false],
  ['bid with meals', 2, 2, false],
];

describe('parseFrequency reads frequencies the way people write them', () => {
  for (const [text, max, min, prn] of CASES) {
    it(`${JSON.stringify(text)} → ${max === null ? 'open' : max.toFixed(3)}/day${prn ? ', as needed' : ''}`, () => {
      const f = parseFrequency(text);
      assert.ok(f, `${text} should parse`);
      if (max === null) assert.equal(f.timesPerDay, null);
      else {
        assert.ok(
          Math.abs((f.timesPerDay ?? NaN) - max) < 1e-5,
          `${String(f.timesPerDay)} ≠ ${String(max)}`,
        );
      }
      if (min === null) assert.equal(f.minTimesPerDay, null);
      else {
        assert.ok(
          Math.abs((f.minTimesPerDay ?? NaN) - min) < 1e-5,
          `${String(f.minTimesPerDay)} ≠ ${String(min)}`,
        );
      }
      assert.equal(f.asNeeded, prn);
    });
  }

  for (const text of ['', 'sometimes', 'xyz', 'whenever', 'as directed', 'every 0 hours']) {
    it(`${JSON.stringify(text)} cannot be read`, () => {
      assert.equal(parseFrequency(text), undefined);
    });
  }

  it('never throws, and any count it returns is positive and finite', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const f = parseFrequency(text);
        if (typeof f?.timesPerDay === 'number') {
          assert.ok(Number.isFinite(f.timesPerDay) && f.timesPerDay > 0);
        }
        if (typeof f?.timesPerDay === 'number' && typeof f.minTimesPerDay === 'number') {
          assert.ok(f.minTimesPerDay <= f.timesPerDay);
        }
      }),
      { seed: 20261121, numRuns: 500 },
    );
  });

  it('a shorter interval never gives fewer doses a day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 24 }), fc.integer({ min: 1, max: 24 }), (a, b) => {
        const [short, long] = a <= b ? [a, b] : [b, a];
        assert.ok(
          (parseFrequency(`q${String(short)}h`)?.timesPerDay ?? 0) >=
            (parseFrequency(`q${String(long)}h`)?.timesPerDay ?? 0),
        );
      }),
      { seed: 7, numRuns: 200 },
    );
  });
});
