import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gradeWildermuth, EPIDURAL_FAT_PATTERNS } from './wildermuth.js';
import type { EpiduralFatPattern, WildermuthInput } from './wildermuth.js';
import { itRefusesEach } from '../../test/support/refusals.js';
import type { RefusalCase } from '../../test/support/refusals.js';

// All four values; the grade words are Wildermuth's, the severity mapping Foramen's (one step each).
const TABLE: [EpiduralFatPattern, number, string, string, string][] = [
  ['normal', 0, 'normal', 'none', 'normal-mild'],
  ['deformed-encircling', 1, 'slight', 'mild', 'normal-mild'],
  ['partial', 2, 'marked', 'moderate', 'moderate'],
  ['obliterated', 3, 'advanced', 'severe', 'severe'],
];

describe('gradeWildermuth: all four fat patterns (wildermuth-1998)', () => {
  it('the table covers every pattern exactly once', () => {
    assert.deepEqual(
      TABLE.map((r) => r[0]),
      [...EPIDURAL_FAT_PATTERNS],
    );
  });
  for (const [epiduralFat, grade, label, severity, rsnaClass] of TABLE) {
    it(`${epiduralFat} → grade ${grade} (${label}, ${severity})`, () => {
      const r = gradeWildermuth({ epiduralFat });
      assert.deepEqual(
        {
          system: r.system,
          grade: r.grade,
          label: r.label,
          severity: r.severity,
          rsnaClass: r.rsnaClass,
          source: r.source,
          basis: r.mapping.severity,
        },
        {
          system: 'wildermuth',
          grade,
          label,
          severity,
          rsnaClass,
          source: 'wildermuth-1998',
          basis: 'heuristic',
        },
      );
      assert.match(r.criteria[0] ?? '', new RegExp(`^Epidural fat "${epiduralFat}"`));
      assert.deepEqual(r.warnings, []);
    });
  }
  it('grades rise with each step of obliteration', () => {
    const grades = EPIDURAL_FAT_PATTERNS.map(
      (epiduralFat) => gradeWildermuth({ epiduralFat }).grade,
    );
    assert.deepEqual(grades, [0, 1, 2, 3]);
  });
});

describe('gradeWildermuth: bad input', () => {
  const allowed = 'must be one of "normal", "deformed-encircling", "partial", "obliterated"';
  const cases: RefusalCase<unknown>[] = [
    ['a misspelt value ("gone")', { epiduralFat: 'gone' }, 'epiduralFat', allowed],
    ['a grade number instead of the pattern', { epiduralFat: 2 }, 'epiduralFat', allowed],
    ['the field missing', {}, 'epiduralFat', allowed],
    ['an unknown field', { epiduralFat: 'partial', side: 'left' }, 'side', 'unknown field "side"'],
  ];
  itRefusesEach(cases, (input) => gradeWildermuth(input as WildermuthInput));
});
