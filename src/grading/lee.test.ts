import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { gradeLee, LEE_DIRECTIONS } from './lee.js';
import type { LeeInput } from './lee.js';
import { itRefusesEach } from '../../test/support/refusals.js';
import type { RefusalCase } from '../../test/support/refusals.js';
import { GRADE_CONTRACT_FIELDS } from '../../test/support/contract-fields.js';

const T = true;
const F = false;
type Row = [
  superior: boolean,
  inferior: boolean,
  anterior: boolean,
  posterior: boolean,
  rootChanged: boolean,
  grade: number,
  branch: string,
  source: string,
];

// Every one of the 2^5 inputs. Rows on the published definitions cite Lee 2010; rows outside them
// (one direction, two adjacent, three) follow Foramen's documented decision order (clinical-rules.md §1.1).
const LEE = 'lee-2010';
const DESIGN = 'foramen-design-choice (clinical-rules.md §1.1)';
const TABLE: Row[] = [
  [F, F, F, F, F, 0, 'no-obliteration', LEE],
  [F, F, F, T, F, 0, 'partial-not-classifiable', DESIGN],
  [F, F, T, F, F, 0, 'partial-not-classifiable', DESIGN],
  [F, F, T, T, F, 1, 'opposing-pair', LEE],
  [F, T, F, F, F, 0, 'partial-not-classifiable', DESIGN],
  [F, T, F, T, F, 0, 'partial-not-classifiable', DESIGN],
  [F, T, T, F, F, 0, 'partial-not-classifiable', DESIGN],
  [F, T, T, T, F, 1, 'opposing-pair', DESIGN],
  [T, F, F, F, F, 0, 'partial-not-classifiable', DESIGN],
  [T, F, F, T, F, 0, 'partial-not-classifiable', DESIGN],
  [T, F, T, F, F, 0, 'partial-not-classifiable', DESIGN],
  [T, F, T, T, F, 1, 'opposing-pair', DESIGN],
  [T, T, F, F, F, 1, 'opposing-pair', LEE],
  [T, T, F, T, F, 1, 'opposing-pair', DESIGN],
  [T, T, T, F, F, 1, 'opposing-pair', DESIGN],
  [T, T, T, T, F, 2, 'all-four-directions', LEE],
  [F, F, F, F, T, 3, 'root-morphology-changed', LEE],
  [F, F, F, T, T, 3, 'root-morphology-changed', LEE],
  [F, F, T, F, T, 3, 'root-morphology-changed', LEE],
  [F, F, T, T, T, 3, 'root-morphology-changed', LEE],
  [F, T, F, F, T, 3, 'root-morphology-changed', LEE],
  [F, T, F, T, T, 3, 'root-morphology-changed', LEE],
  [F, T, T, F, T, 3, 'root-morphology-changed', LEE],
  [F, T, T, T, T, 3, 'root-morphology-changed', LEE],
  [T, F, F, F, T, 3, 'root-morphology-changed', LEE],
  [T, F, F, T, T, 3, 'root-morphology-changed', LEE],
  [T, F, T, F, T, 3, 'root-morphology-changed', LEE],
  [T, F, T, T, T, 3, 'root-morphology-changed', LEE],
  [T, T, F, F, T, 3, 'root-morphology-changed', LEE],
  [T, T, F, T, T, 3, 'root-morphology-changed', LEE],
  [T, T, T, F, T, 3, 'root-morphology-changed', LEE],
  [T, T, T, T, T, 3, 'root-morphology-changed', LEE],
];

const inputOf = ([
  superior,
  inferior,
  anterior,
  posterior,
  rootMorphologyChanged,
]: readonly unknown[]): LeeInput => ({
  fatObliteration: {
    superior: superior === true,
    inferior: inferior === true,
    anterior: anterior === true,
    posterior: posterior === true,
  },
  rootMorphologyChanged: rootMorphologyChanged === true,
});
const key = (row: readonly unknown[]) =>
  row
    .slice(0, 5)
    .map((b) => (b ? 1 : 0))
    .join('');

describe('gradeLee: all 2^5 inputs', () => {
  it('the table covers every input exactly once', () => {
    assert.equal(TABLE.length, 32);
    assert.equal(new Set(TABLE.map((r) => key(r))).size, 32);
  });

  for (const row of TABLE) {
    const [s, i, a, p, m, grade, branch, source] = row;
    const name = `S${+s} I${+i} A${+a} P${+p} root${+m} → grade ${grade} (${branch}; ${source})`;
    it(name, () => {
      const r = gradeLee(inputOf(row));
      assert.equal(r.system, 'lee');
      assert.equal(r.grade, grade);
      assert.equal(r.branch, branch);
      assert.equal(r.label, ['none', 'mild', 'moderate', 'severe'][grade]);
      assert.equal(r.severity, ['none', 'mild', 'moderate', 'severe'][grade]);
      assert.equal(r.rsnaClass, grade <= 1 ? 'normal-mild' : grade === 2 ? 'moderate' : 'severe');
      assert.equal(r.source, 'lee-2010');
      assert.ok(r.criteria.length >= 1);
      assert.deepEqual(
        r.obliteratedDirections,
        LEE_DIRECTIONS.filter((_, k) => row[k]),
      );
      // Partial patterns always carry the warning; the published ones carry none.
      if (branch === 'partial-not-classifiable') {
        assert.equal(r.warnings.length, 1);
        assert.match(r.warnings[0] ?? '', /not classifiable in Lee 2010/);
        assert.ok(
          r.criteria.some((c) => /Partial obliteration is not classifiable in Lee 2010/.test(c)),
        );
        assert.ok(r.sources.includes('sartoretti-2021'));
      }
      if (source === LEE && grade !== 3) assert.deepEqual(r.warnings, []);
    });
  }

  it('three-direction patterns are grade 1 with a warning naming the pattern', () => {
    const r = gradeLee({
      fatObliteration: { superior: T, inferior: T, anterior: T, posterior: F },
      rootMorphologyChanged: F,
    });
    assert.equal(r.grade, 1);
    assert.match(
      r.warnings[0] ?? '',
      /Three directions are obliterated \(superior, inferior, anterior\)/,
    );
  });

  it('a changed root with no fat obliteration is still grade 3, with a warning to check', () => {
    const r = gradeLee({
      fatObliteration: { superior: F, inferior: F, anterior: F, posterior: F },
      rootMorphologyChanged: T,
    });
    assert.equal(r.grade, 3);
    assert.match(r.warnings[0] ?? '', /no fat obliteration/);
  });

  it('the seed article\'s "one direction = grade 1" is not followed', () => {
    for (const d of LEE_DIRECTIONS) {
      const fat = { superior: F, inferior: F, anterior: F, posterior: F, [d]: T };
      assert.equal(gradeLee({ fatObliteration: fat, rootMorphologyChanged: F }).grade, 0, d);
    }
  });

  it('prints the contract fields first', () => {
    const r = gradeLee(inputOf([T, T, T, T, F]));
    assert.deepEqual(Object.keys(r).slice(0, 6), GRADE_CONTRACT_FIELDS);
  });
});

describe('gradeLee: properties', () => {
  const arbInput = fc.tuple(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean());
  it('more obliteration (or a changed root) never lowers the grade', () => {
    fc.assert(
      fc.property(arbInput, arbInput, (a, b) => {
        const more = a.map((x, k) => x || (b[k] ?? false));
        return gradeLee(inputOf(more)).grade >= gradeLee(inputOf(a)).grade;
      }),
    );
  });
  it('mirroring the pattern (swapping superior/inferior and anterior/posterior) keeps the grade', () => {
    fc.assert(
      fc.property(
        arbInput,
        ([s, i, a, p, m]) =>
          gradeLee(inputOf([i, s, p, a, m])).grade === gradeLee(inputOf([s, i, a, p, m])).grade,
      ),
    );
  });
});

describe('gradeLee: bad input', () => {
  const valid = () => inputOf([T, T, F, F, F]) as unknown as Record<string, unknown>;
  const cases: RefusalCase<(v: Record<string, unknown>) => unknown>[] = [
    [
      'a missing direction',
      (v) => ({ ...v, fatObliteration: { superior: true, inferior: true, anterior: false } }),
      'fatObliteration.posterior',
      'is required (boolean)',
    ],
    [
      'a string for a boolean',
      (v) => ({ ...v, rootMorphologyChanged: 'yes' }),
      'rootMorphologyChanged',
      'must be boolean, not string',
    ],
    [
      'a misspelt direction',
      (v) => ({
        ...v,
        fatObliteration: {
          superior: true,
          inferior: true,
          anterior: false,
          posterior: false,
          lateral: true,
        },
      }),
      'fatObliteration.lateral',
      'unknown field "lateral"',
    ],
    ['an unknown field', (v) => ({ ...v, level: 'L4-L5' }), 'level', 'unknown field "level"'],
    ['no object at all', () => 'grade 2', 'input', 'must be object, not string'],
  ];
  itRefusesEach(cases, (mutate) => gradeLee(mutate(valid()) as LeeInput));
});
