import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { InputError } from '../errors.js';
import { CHANGE_MEASURES, MCID_TABLE, classifyChange, isImportantImprovement } from './mcid.js';
import type { ChangeCriterion, ChangeMeasure } from './mcid.js';

describe('minimal important change (Ostelo 2008 table, source pro-ostelo-2008)', () => {
  it('carries the published thresholds', () => {
    const thresholds = Object.fromEntries(
      CHANGE_MEASURES.map((m) => [m, [MCID_TABLE[m].absolute, MCID_TABLE[m].relativePercent]]),
    );
    assert.deepEqual(thresholds, {
      odi: [10, 30],
      nrs: [2, 30],
      vas: [15, 30],
      rmdq: [5, 30],
      'zcq-symptom-severity': [0.5, null],
      'zcq-physical-function': [0.5, null],
    });
  });

  const rows: {
    measure: ChangeMeasure;
    baseline: number;
    followUp: number;
    criterion?: ChangeCriterion;
    improvement: boolean;
    worsening: boolean;
    why: string;
  }[] = [
    {
      measure: 'odi',
      baseline: 40,
      followUp: 30,
      improvement: true,
      worsening: false,
      why: '10 points exactly',
    },
    {
      measure: 'odi',
      baseline: 40,
      followUp: 31,
      improvement: false,
      worsening: false,
      why: '9 points, 22.5 %',
    },
    {
      measure: 'odi',
      baseline: 20,
      followUp: 14,
      improvement: true,
      worsening: false,
      why: '6 points but 30 %',
    },
    {
      measure: 'odi',
      baseline: 20,
      followUp: 14,
      criterion: 'absolute',
      improvement: false,
      worsening: false,
      why: '30 % alone fails the absolute criterion',
    },
    {
      measure: 'odi',
      baseline: 60,
      followUp: 48,
      criterion: 'both',
      improvement: false,
      worsening: false,
      why: '12 points is 20 %, not both',
    },
    {
      measure: 'odi',
      baseline: 60,
      followUp: 40,
      criterion: 'both',
      improvement: true,
      worsening: false,
      why: '20 points and 33 %',
    },
    {
      measure: 'odi',
      baseline: 30,
      followUp: 40,
      improvement: false,
      worsening: true,
      why: 'worse by 10',
    },
    {
      measure: 'odi',
      baseline: (16 / 45) * 100,
      followUp: (16 / 45) * 100 - 10,
      improvement: true,
      worsening: false,
      why: 'rounding noise does not hide a 10-point change',
    },
    {
      measure: 'nrs',
      baseline: 7,
      followUp: 5,
      improvement: true,
      worsening: false,
      why: '2 points',
    },
    {
      measure: 'nrs',
      baseline: 7,
      followUp: 6,
      improvement: false,
      worsening: false,
      why: '1 point, 14 %',
    },
    {
      measure: 'nrs',
      baseline: 4,
      followUp: 6,
      improvement: false,
      worsening: true,
      why: 'worse by 2',
    },
    {
      measure: 'nrs',
      baseline: 0,
      followUp: 0,
      improvement: false,
      worsening: false,
      why: 'no pain, no change',
    },
    {
      measure: 'rmdq',
      baseline: 14,
      followUp: 9,
      improvement: true,
      worsening: false,
      why: '5 points',
    },
    {
      measure: 'vas',
      baseline: 60,
      followUp: 46,
      improvement: false,
      worsening: false,
      why: '14 of 15 points, 23 %',
    },
    {
      measure: 'zcq-symptom-severity',
      baseline: 3.4,
      followUp: 2.9,
      improvement: true,
      worsening: false,
      why: '0.5 points',
    },
    {
      measure: 'zcq-physical-function',
      baseline: 2.6,
      followUp: 2.2,
      improvement: false,
      worsening: false,
      why: '0.4 points',
    },
  ];
  for (const row of rows) {
    it(`${row.measure} ${row.baseline.toFixed(1)} → ${row.followUp.toFixed(1)}${row.criterion ? ` (${row.criterion})` : ''}: ${row.why}`, () => {
      const r = classifyChange({
        measure: row.measure,
        baseline: row.baseline,
        followUp: row.followUp,
        ...(row.criterion ? { criterion: row.criterion } : {}),
      });
      assert.equal(r.importantImprovement, row.improvement);
      assert.equal(r.importantWorsening, row.worsening);
      assert.equal(r.clinicallyImportant, row.improvement || row.worsening);
      assert.ok(r.sources.length > 0);
    });
  }

  it('a relative change from a zero baseline is null, and the direction is reported', () => {
    const r = classifyChange({ measure: 'nrs', baseline: 0, followUp: 3 });
    assert.equal(r.percentImprovement, null);
    assert.equal(r.direction, 'worsened');
    assert.equal(
      classifyChange({ measure: 'odi', baseline: 30, followUp: 30 }).direction,
      'unchanged',
    );
  });

  it('the unverified ZCQ threshold carries a warning', () => {
    assert.equal(
      classifyChange({ measure: 'zcq-symptom-severity', baseline: 3, followUp: 2 }).warnings.length,
      1,
    );
    assert.equal(classifyChange({ measure: 'odi', baseline: 30, followUp: 10 }).warnings.length, 0);
  });

  it('improvement and worsening never hold together, and a larger improvement never loses importance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (baseline, a, b) => {
          const [near, far] = a >= b ? [a, b] : [b, a]; // far ≤ near: the far follow-up is the better one
          const r1 = classifyChange({ measure: 'odi', baseline, followUp: near });
          const r2 = classifyChange({ measure: 'odi', baseline, followUp: far });
          assert.ok(!(r1.importantImprovement && r1.importantWorsening));
          if (r1.importantImprovement) assert.ok(r2.importantImprovement);
        },
      ),
    );
  });

  it('refuses scores outside the measure range, naming the field', () => {
    assert.throws(
      () => classifyChange({ measure: 'nrs', baseline: 12, followUp: 3 }),
      (e: unknown) => e instanceof InputError && e.path === 'baseline' && /0 to 10/.test(e.message),
    );
    assert.throws(
      () => classifyChange({ measure: 'sf36' as never, baseline: 1, followUp: 3 }),
      (e: unknown) => e instanceof InputError && e.path === 'measure',
    );
    assert.equal(isImportantImprovement('odi', 50, 38), true);
  });
});
