import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gradeDiscContour } from './disc-contour.js';
import type { DiscContourInput } from './disc-contour.js';
import { itRefusesEach } from '../../test/support/refusals.js';
import type { RefusalCase } from '../../test/support/refusals.js';

// Nomenclature 2.0 (fardon-2014): > 25 % bulge; otherwise dome > base extrusion, else
// protrusion; no continuity sequestration.
const TABLE: [DiscContourInput, string, string, number][] = [
  [{ circumferencePercent: 0 }, 'normal', 'none', 0],
  [{ circumferencePercent: 100 }, 'bulge', 'mild', 0],
  [{ circumferencePercent: 25.01 }, 'bulge', 'mild', 0],
  [{ circumferencePercent: 25, baseWidthMm: 10, domeWidthMm: 6 }, 'protrusion', 'mild-moderate', 1],
  [
    { circumferencePercent: 24.99, baseWidthMm: 10, domeWidthMm: 6 },
    'protrusion',
    'mild-moderate',
    0,
  ],
  [{ circumferencePercent: 10, baseWidthMm: 6, domeWidthMm: 6 }, 'protrusion', 'mild-moderate', 1],
  [{ circumferencePercent: 10, baseWidthMm: 6, domeWidthMm: 6.01 }, 'extrusion', 'moderate', 0],
  [
    { circumferencePercent: 5, baseWidthMm: 4, domeWidthMm: 9, continuity: true },
    'extrusion',
    'moderate',
    0,
  ],
  [{ circumferencePercent: 5, continuity: false }, 'sequestration', 'moderate-severe', 0],
  [{ circumferencePercent: 0, continuity: false }, 'sequestration', 'moderate-severe', 0],
];

describe('gradeDiscContour: edges', () => {
  for (const [input, contour, severity, warnings] of TABLE) {
    it(`${JSON.stringify(input)} → ${contour}`, () => {
      const r = gradeDiscContour(input);
      assert.equal(r.system, 'disc-contour');
      assert.equal(r.grade, contour);
      assert.equal(r.label, contour === 'normal' ? 'normal contour' : contour);
      assert.equal(r.severity, severity);
      assert.equal(r.source, 'fardon-2014');
      assert.equal(r.warnings.length, warnings, r.warnings.join(' | '));
    });
  }
  it('exactly 25 % is treated as a herniation, with a boundary warning', () => {
    assert.match(
      gradeDiscContour({ circumferencePercent: 25, baseWidthMm: 10, domeWidthMm: 6 }).warnings[0] ??
        '',
      /^Exactly 25 % lies on the boundary/,
    );
  });
  it('widths given with a bulge are not used, and say so', () => {
    const r = gradeDiscContour({ circumferencePercent: 40, baseWidthMm: 3, domeWidthMm: 9 });
    assert.equal(r.grade, 'bulge');
    assert.match(r.warnings[0] ?? '', /not used for a bulge/);
  });
});

describe('gradeDiscContour: properties', () => {
  it('a herniation wider at the dome than at the base is always an extrusion', () => {
    const w = fc.double({ min: 0.1, max: 50, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 25, noNaN: true }), w, w, (pct, a, b) => {
        const r = gradeDiscContour({
          circumferencePercent: pct,
          baseWidthMm: Math.min(a, b),
          domeWidthMm: Math.max(a, b),
        });
        return a === b ? r.grade === 'protrusion' : r.grade === 'extrusion';
      }),
    );
  });
});

describe('gradeDiscContour: bad input', () => {
  const cases: RefusalCase<unknown>[] = [
    [
      '140 % of the circumference',
      { circumferencePercent: 140 },
      'circumferencePercent',
      'must be from 0 to 100 (%)',
    ],
    [
      'a herniation without its base width',
      { circumferencePercent: 15, domeWidthMm: 4 },
      'baseWidthMm',
      'is required when circumferencePercent is 25 or less (a herniation: protrusion or extrusion by base versus dome width)',
    ],
    [
      'a herniation without its dome width',
      { circumferencePercent: 15, baseWidthMm: 4 },
      'domeWidthMm',
      'is required when circumferencePercent is 25 or less (a herniation: protrusion or extrusion by base versus dome width)',
    ],
    [
      'a width of 0',
      { circumferencePercent: 15, baseWidthMm: 0, domeWidthMm: 3 },
      'baseWidthMm',
      'must be greater than 0 and at most 100 (mm)',
    ],
    [
      'continuity as text',
      { circumferencePercent: 15, continuity: 'no' },
      'continuity',
      'must be boolean, not string',
    ],
    [
      'the contour name instead of measurements',
      { contour: 'extrusion' },
      'circumferencePercent',
      'is required (number)',
    ],
  ];
  itRefusesEach(cases, (input) => gradeDiscContour(input as DiscContourInput));
});
