import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gradeMeyerding, MEYERDING_GRADES } from './meyerding.js';
import type { MeyerdingInput } from './meyerding.js';
import { InputError } from '../errors.js';

// Quarters of the vertebral width, upper edges inclusive (chiro-2020 table; V from meyerding-1932).
const EDGES: [number, string, string][] = [
  [0, 'none', 'none'],
  [0.01, 'I', 'mild'],
  [24.99, 'I', 'mild'],
  [25, 'I', 'mild'],
  [25.01, 'II', 'moderate'],
  [50, 'II', 'moderate'],
  [50.01, 'III', 'moderate-severe'],
  [75, 'III', 'moderate-severe'],
  [75.01, 'IV', 'severe'],
  [100, 'IV', 'severe'],
  [100.01, 'V', 'severe'],
  [200, 'V', 'severe'],
];

describe('gradeMeyerding: band edges', () => {
  for (const [slipPercent, grade, severity] of EDGES) {
    it(`${slipPercent} % → ${grade} (${severity})`, () => {
      const r = gradeMeyerding({ slipPercent });
      assert.equal(r.system, 'meyerding');
      assert.equal(r.grade, grade);
      assert.equal(r.severity, severity);
      assert.equal(r.ordinal, MEYERDING_GRADES.indexOf(grade as (typeof MEYERDING_GRADES)[number]));
      assert.equal(r.slipPercent, slipPercent);
      assert.equal(r.source, 'meyerding-1932');
      assert.equal(r.mapping.severity, 'heuristic');
    });
  }
  it('from millimetres: 10 mm over 40 mm is 25 % (grade I), 10.01 mm is II', () => {
    assert.deepEqual(
      [
        gradeMeyerding({ slipMm: 10, vertebralWidthMm: 40 }).grade,
        gradeMeyerding({ slipMm: 10.01, vertebralWidthMm: 40 }).grade,
      ],
      ['I', 'II'],
    );
    assert.equal(gradeMeyerding({ slipMm: 12, vertebralWidthMm: 40 }).slipPercent, 30);
    assert.match(
      gradeMeyerding({ slipMm: 12, vertebralWidthMm: 40 }).criteria[0] ?? '',
      /12 mm over a vertebral width of 40 mm is 30 %/,
    );
  });
});

describe('gradeMeyerding: properties', () => {
  it('more slip never gives a lower grade', () => {
    const slip = fc.double({ min: 0, max: 200, noNaN: true });
    fc.assert(
      fc.property(
        slip,
        slip,
        (a, b) =>
          gradeMeyerding({ slipPercent: Math.max(a, b) }).ordinal >=
          gradeMeyerding({ slipPercent: Math.min(a, b) }).ordinal,
      ),
    );
  });
});

describe('gradeMeyerding: bad input', () => {
  const cases: [string, unknown, string, string][] = [
    ['a negative slip', { slipPercent: -3 }, 'slipPercent', 'must be from 0 to 200 (%)'],
    ['an impossible slip', { slipPercent: 250 }, 'slipPercent', 'must be from 0 to 200 (%)'],
    ['nothing given', {}, 'slipPercent', 'is required (or give slipMm with vertebralWidthMm)'],
    ['slip mm without the width', { slipMm: 8 }, 'vertebralWidthMm', 'is required with slipMm'],
    [
      'the width without the slip',
      { vertebralWidthMm: 40 },
      'slipMm',
      'is required with vertebralWidthMm',
    ],
    [
      'both forms',
      { slipPercent: 20, slipMm: 8, vertebralWidthMm: 40 },
      'slipMm',
      'give either slipPercent or slipMm with vertebralWidthMm, not both',
    ],
    [
      'a width of 0',
      { slipMm: 8, vertebralWidthMm: 0 },
      'vertebralWidthMm',
      'must be greater than 0 and at most 100 (mm)',
    ],
    [
      'a slip beyond 200 % of the width',
      { slipMm: 90, vertebralWidthMm: 40 },
      'slipMm',
      'gives a slip above 200 % of vertebralWidthMm; check the measurements',
    ],
  ];
  for (const [name, input, path, message] of cases) {
    it(`${name} → ${path}: ${message}`, () => {
      assert.throws(
        () => gradeMeyerding(input as MeyerdingInput),
        (e: unknown) => e instanceof InputError && e.path === path && e.message === message,
      );
    });
  }
});
