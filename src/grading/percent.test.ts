import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gradePercent, percentBand, thirdsBand, PERCENT_BANDS } from './percent.js';
import type { PercentInput } from './percent.js';
import { itRefusesEach } from '../../test/support/refusals.js';
import type { RefusalCase } from '../../test/support/refusals.js';

// Band edges of the contract (grading-foramen-percent-bands): 0 none; above 0 and below 25 mild;
// 25 to 50 inclusive moderate; above 50 severe.
const EDGES: [number, string, string][] = [
  [0, 'none', 'none'],
  [0.01, 'mild', 'mild'],
  [24.99, 'mild', 'mild'],
  [25, 'moderate', 'mild'],
  [33.33, 'moderate', 'mild'],
  [38, 'moderate', 'moderate'],
  [50, 'moderate', 'moderate'],
  [50.01, 'severe', 'moderate'],
  [66.66, 'severe', 'moderate'],
  [66.67, 'severe', 'severe'],
  [100, 'severe', 'severe'],
];

describe('gradePercent: band edges from reductionPercent', () => {
  for (const [pct, band, thirds] of EDGES) {
    it(`${pct} % → ${band} (thirds alternative: ${thirds})`, () => {
      const r = gradePercent({ reductionPercent: pct });
      assert.equal(r.system, 'percent');
      assert.equal(r.grade, band);
      assert.equal(r.label, band);
      assert.equal(r.severity, band);
      assert.equal(r.rsnaClass, band === 'none' || band === 'mild' ? 'normal-mild' : band);
      assert.equal(r.reductionPercent, pct);
      assert.deepEqual(r.alternative, { scheme: 'lurie-thirds', band: thirds });
      assert.equal(r.source, 'grading-foramen-percent-bands');
      assert.ok(r.sources.includes('radiopaedia-lss-grading'));
      assert.ok(r.criteria.some((c) => c.includes('not a validated foraminal scale')));
    });
  }
});

describe('gradePercent: from sizes', () => {
  const cases: [PercentInput, number, string][] = [
    [{ normalAreaMm2: 100, measuredAreaMm2: 100 }, 0, 'none'],
    [{ normalAreaMm2: 100, measuredAreaMm2: 75 }, 25, 'moderate'],
    [{ normalAreaMm2: 100, measuredAreaMm2: 75.01 }, 24.99, 'mild'],
    [{ normalAreaMm2: 100, measuredAreaMm2: 50 }, 50, 'moderate'],
    [{ normalAreaMm2: 100, measuredAreaMm2: 49.99 }, 50.01, 'severe'],
    [{ normalAreaMm2: 100, measuredAreaMm2: 0 }, 100, 'severe'],
    [{ normalAreaMm2: 65, measuredAreaMm2: 40 }, 38.461538, 'moderate'],
    // 0.7/0.1-style floating error must not move a value off its edge.
    [{ normalAreaMm2: 0.4, measuredAreaMm2: 0.3 }, 25, 'moderate'],
    [{ normalMm: 20, measuredMm: 15, dimension: 'height' }, 25, 'moderate'],
    [{ normalMm: 10, measuredMm: 4 }, 60, 'severe'],
  ];
  for (const [input, reduction, band] of cases) {
    it(`${JSON.stringify(input)} → ${reduction} % → ${band}`, () => {
      const r = gradePercent(input);
      assert.equal(r.reductionPercent, reduction);
      assert.equal(r.grade, band);
    });
  }
  it('names the dimension in the criteria', () => {
    assert.match(
      gradePercent({ normalMm: 20, measuredMm: 15, dimension: 'width' }).criteria[0] ?? '',
      /^Foraminal width 15 mm against a normal 20 mm/,
    );
  });
});

describe('gradePercent: properties', () => {
  const rank = (b: string) => PERCENT_BANDS.indexOf(b as (typeof PERCENT_BANDS)[number]);
  const pct = fc.double({ min: 0, max: 100, noNaN: true });
  it('a larger reduction never gives a lower band', () => {
    fc.assert(
      fc.property(
        pct,
        pct,
        (a, b) =>
          rank(gradePercent({ reductionPercent: Math.max(a, b) }).grade) >=
          rank(gradePercent({ reductionPercent: Math.min(a, b) }).grade),
      ),
    );
  });
  it('a smaller measured area never gives a lower band', () => {
    const area = fc.double({ min: 0, max: 200, noNaN: true });
    fc.assert(
      fc.property(area, area, (x, y) => {
        const [small, large] = x <= y ? [x, y] : [y, x];
        return (
          rank(gradePercent({ normalAreaMm2: 200, measuredAreaMm2: small }).grade) >=
          rank(gradePercent({ normalAreaMm2: 200, measuredAreaMm2: large }).grade)
        );
      }),
    );
  });
  it('the thirds alternative is never milder than the contract band below 25 % and never harsher above 50 %', () => {
    fc.assert(
      fc.property(
        pct,
        (p) =>
          (p < 25 ? thirdsBand(p) === percentBand(p) : true) &&
          (p > 50 ? rank(thirdsBand(p)) <= rank(percentBand(p)) : true),
      ),
    );
  });
});

describe('gradePercent: bad input', () => {
  const either =
    'give one of reductionPercent, normalAreaMm2 with measuredAreaMm2, or normalMm with measuredMm';
  const cases: RefusalCase<unknown>[] = [
    ['140 %', { reductionPercent: 140 }, 'reductionPercent', 'must be from 0 to 100 (%)'],
    [
      'a negative percentage',
      { reductionPercent: -5 },
      'reductionPercent',
      'must be from 0 to 100 (%)',
    ],
    [
      'a percentage as text',
      { reductionPercent: '38' },
      'reductionPercent',
      'must be number, not string',
    ],
    [
      'nothing given',
      {},
      'reductionPercent',
      'is required (or give normalAreaMm2 with measuredAreaMm2, or normalMm with measuredMm)',
    ],
    [
      'two forms at once',
      { reductionPercent: 30, normalAreaMm2: 100, measuredAreaMm2: 70 },
      'normalAreaMm2',
      `${either}, not reductionPercent and normalAreaMm2`,
    ],
    [
      'a normal area of 0',
      { normalAreaMm2: 0, measuredAreaMm2: 0 },
      'normalAreaMm2',
      'must be greater than 0 and at most 1000 (mm²)',
    ],
    [
      'a negative measured area',
      { normalAreaMm2: 100, measuredAreaMm2: -1 },
      'measuredAreaMm2',
      'must be from 0 to 1000 (mm²)',
    ],
    [
      'the measured area alone',
      { measuredAreaMm2: 60 },
      'normalAreaMm2',
      'is required with measuredAreaMm2',
    ],
    [
      'the normal area alone',
      { normalAreaMm2: 60 },
      'measuredAreaMm2',
      'is required with normalAreaMm2',
    ],
    [
      'measured above normal (swapped fields)',
      { normalAreaMm2: 60, measuredAreaMm2: 100 },
      'measuredAreaMm2',
      'must be at most normalAreaMm2 (60 mm²); a larger size is not a reduction',
    ],
    [
      'a dimension with areas',
      { normalAreaMm2: 100, measuredAreaMm2: 60, dimension: 'height' },
      'dimension',
      'applies only with normalMm and measuredMm',
    ],
    [
      'a misspelt dimension',
      { normalMm: 20, measuredMm: 15, dimension: 'length' },
      'dimension',
      'must be one of "height", "width"',
    ],
    [
      'an unknown field',
      { reductionPercent: 30, percent: 30 },
      'percent',
      'unknown field "percent"',
    ],
  ];
  itRefusesEach(cases, (input) => gradePercent(input as PercentInput));
});
