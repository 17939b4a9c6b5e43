import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  gradePfirrmann,
  PFIRRMANN_GRADES,
  DISC_STRUCTURES,
  NUCLEUS_DISTINCTIONS,
  DISC_SIGNALS,
  DISC_HEIGHTS,
} from './pfirrmann.js';
import type { PfirrmannInput } from './pfirrmann.js';
import { itRefusesEach } from '../../test/support/refusals.js';
import type { RefusalCase } from '../../test/support/refusals.js';

type Features = Required<Pick<PfirrmannInput, 'structure' | 'distinction' | 'signal' | 'height'>>;

// The published description of each grade (pfirrmann-2001, table as reproduced in chiro-2020).
const TYPICAL: [Features, string, string][] = [
  [
    { structure: 'homogeneous', distinction: 'clear', signal: 'hyperintense', height: 'normal' },
    'I',
    'none',
  ],
  [
    { structure: 'inhomogeneous', distinction: 'clear', signal: 'hyperintense', height: 'normal' },
    'II',
    'none',
  ],
  [
    {
      structure: 'inhomogeneous',
      distinction: 'unclear',
      signal: 'intermediate',
      height: 'normal',
    },
    'III',
    'mild',
  ],
  [
    {
      structure: 'inhomogeneous',
      distinction: 'unclear',
      signal: 'intermediate',
      height: 'slightly-decreased',
    },
    'III',
    'mild',
  ],
  [
    { structure: 'inhomogeneous', distinction: 'lost', signal: 'intermediate', height: 'normal' },
    'IV',
    'moderate',
  ],
  [
    {
      structure: 'inhomogeneous',
      distinction: 'lost',
      signal: 'hypointense',
      height: 'moderately-decreased',
    },
    'IV',
    'moderate',
  ],
  [
    { structure: 'inhomogeneous', distinction: 'lost', signal: 'hypointense', height: 'collapsed' },
    'V',
    'severe',
  ],
];

describe('gradePfirrmann: published descriptions', () => {
  for (const [features, grade, severity] of TYPICAL) {
    it(`${Object.values(features).join(', ')} → ${grade}`, () => {
      const r = gradePfirrmann(features);
      assert.equal(r.system, 'pfirrmann');
      assert.equal(r.grade, grade);
      assert.equal(r.severity, severity);
      assert.equal(
        r.ordinal,
        PFIRRMANN_GRADES.indexOf(grade as (typeof PFIRRMANN_GRADES)[number]) + 1,
      );
      assert.equal(r.source, 'pfirrmann-2001');
      assert.deepEqual(r.warnings, [], 'a textbook reading is consistent');
    });
  }
});

describe('gradePfirrmann: every feature combination', () => {
  const all: Features[] = [];
  for (const structure of DISC_STRUCTURES) {
    for (const distinction of NUCLEUS_DISTINCTIONS) {
      for (const signal of DISC_SIGNALS) {
        for (const height of DISC_HEIGHTS) all.push({ structure, distinction, signal, height });
      }
    }
  }
  it('covers 2 × 3 × 3 × 4 = 72 readings, each graded without throwing', () => {
    assert.equal(all.length, 72);
    for (const f of all) assert.ok(PFIRRMANN_GRADES.includes(gradePfirrmann(f).grade));
  });
  it('follows the algorithm order: homogeneous → I before anything else', () => {
    for (const f of all.filter((x) => x.structure === 'homogeneous')) {
      assert.equal(gradePfirrmann(f).grade, 'I');
    }
  });
  it('inhomogeneous: clear → II, unclear → III, lost → V if collapsed else IV', () => {
    for (const f of all.filter((x) => x.structure === 'inhomogeneous')) {
      const expected =
        f.distinction === 'clear'
          ? 'II'
          : f.distinction === 'unclear'
            ? 'III'
            : f.height === 'collapsed'
              ? 'V'
              : 'IV';
      assert.equal(gradePfirrmann(f).grade, expected, JSON.stringify(f));
    }
  });
  it('flags features that do not fit the decided grade', () => {
    const r = gradePfirrmann({
      structure: 'homogeneous',
      distinction: 'clear',
      signal: 'hypointense',
      height: 'collapsed',
    });
    assert.equal(r.grade, 'I');
    assert.deepEqual(r.warnings, [
      'signal "hypointense" does not fit grade I (expected hyperintense); check the reading.',
      'height "collapsed" does not fit grade I (expected normal); check the reading.',
    ]);
  });
});

describe('gradePfirrmann: a grade already read', () => {
  for (const grade of PFIRRMANN_GRADES) {
    it(`grade ${grade} maps onto the common scale`, () => {
      const r = gradePfirrmann({ grade });
      assert.equal(r.grade, grade);
      assert.equal(r.branch, 'grade-given');
      assert.equal(
        r.severity,
        { I: 'none', II: 'none', III: 'mild', IV: 'moderate', V: 'severe' }[grade],
      );
    });
  }
});

describe('gradePfirrmann: bad input', () => {
  const cases: RefusalCase<unknown>[] = [
    [
      'a grade in Arabic numerals',
      { grade: 3 },
      'grade',
      'must be one of "I", "II", "III", "IV", "V"',
    ],
    ['a misspelt grade', { grade: 'VI' }, 'grade', 'must be one of "I", "II", "III", "IV", "V"'],
    [
      'nothing given',
      {},
      'structure',
      'is required (give grade, or structure, distinction, signal and height)',
    ],
    [
      'a feature missing',
      { structure: 'inhomogeneous', distinction: 'lost', signal: 'hypointense' },
      'height',
      'is required with the other features',
    ],
    [
      'grade and features together',
      { grade: 'II', structure: 'inhomogeneous' },
      'structure',
      'give either grade or the four features (structure, distinction, signal, height), not both',
    ],
    [
      'a misspelt signal',
      { structure: 'inhomogeneous', distinction: 'lost', signal: 'dark', height: 'normal' },
      'signal',
      'must be one of "hyperintense", "intermediate", "hypointense"',
    ],
  ];
  itRefusesEach(cases, (input) => gradePfirrmann(input as PfirrmannInput));
});
