import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gradeHasegawa } from './hasegawa.js';
import type { HasegawaInput } from './hasegawa.js';
import { itRefusesEach } from '../../test/support/refusals.js';
import type { RefusalCase } from '../../test/support/refusals.js';

// Thresholds of hasegawa-1995, both inclusive: foraminal height <= 15 mm, posterior disc height <= 4 mm.
const EDGES: [number, number, string, string[]][] = [
  [20, 6, 'not-critical', []],
  [15.01, 4.01, 'not-critical', []],
  [15, 6, 'critical', ['foraminalHeightMm']],
  [14, 5, 'critical', ['foraminalHeightMm']],
  [20, 4, 'critical', ['posteriorDiscHeightMm']],
  [15, 4, 'critical', ['foraminalHeightMm', 'posteriorDiscHeightMm']],
  [0, 0, 'critical', ['foraminalHeightMm', 'posteriorDiscHeightMm']],
  [50, 30, 'not-critical', []],
];

describe('gradeHasegawa: threshold edges', () => {
  for (const [foraminalHeightMm, posteriorDiscHeightMm, grade, measures] of EDGES) {
    it(`foramen ${foraminalHeightMm} mm, disc ${posteriorDiscHeightMm} mm → ${grade}`, () => {
      const r = gradeHasegawa({ foraminalHeightMm, posteriorDiscHeightMm });
      assert.equal(r.system, 'hasegawa');
      assert.equal(r.grade, grade);
      assert.equal(r.critical, grade === 'critical');
      assert.deepEqual(r.criticalMeasures, measures);
      assert.equal(r.severity, grade === 'critical' ? 'moderate' : 'none');
      assert.equal(r.rsnaClass, grade === 'critical' ? 'moderate' : 'normal-mild');
      assert.equal(r.source, 'hasegawa-1995');
      assert.ok(r.criteria.some((c) => /not a diagnosis/.test(c)));
    });
  }
});

describe('gradeHasegawa: properties', () => {
  const h = fc.double({ min: 0, max: 30, noNaN: true });
  it('lower heights are never less critical', () => {
    fc.assert(
      fc.property(h, h, h, h, (f1, f2, d1, d2) => {
        const low = gradeHasegawa({
          foraminalHeightMm: Math.min(f1, f2),
          posteriorDiscHeightMm: Math.min(d1, d2),
        });
        const high = gradeHasegawa({
          foraminalHeightMm: Math.max(f1, f2),
          posteriorDiscHeightMm: Math.max(d1, d2),
        });
        return low.critical || !high.critical;
      }),
    );
  });
});

describe('gradeHasegawa: bad input', () => {
  const cases: RefusalCase<unknown>[] = [
    [
      'a negative height',
      { foraminalHeightMm: -1, posteriorDiscHeightMm: 5 },
      'foraminalHeightMm',
      'must be from 0 to 50 (mm)',
    ],
    [
      'an impossible disc height',
      { foraminalHeightMm: 18, posteriorDiscHeightMm: 31 },
      'posteriorDiscHeightMm',
      'must be from 0 to 30 (mm)',
    ],
    [
      'a missing disc height',
      { foraminalHeightMm: 18 },
      'posteriorDiscHeightMm',
      'is required (number)',
    ],
    [
      'a height with its unit as text',
      { foraminalHeightMm: '14 mm', posteriorDiscHeightMm: 5 },
      'foraminalHeightMm',
      'must be number, not string',
    ],
    // zod reports missing known fields before unknown ones, so a misspelt key shows as the missing field.
    [
      'the CLI flag name as a field',
      { foraminalHeightMm: 14, discHeightMm: 5 },
      'posteriorDiscHeightMm',
      'is required (number)',
    ],
    [
      'an extra field',
      { foraminalHeightMm: 14, posteriorDiscHeightMm: 5, level: 'L4-L5' },
      'level',
      'unknown field "level"',
    ],
  ];
  itRefusesEach(cases, (input) => gradeHasegawa(input as HasegawaInput));
});
