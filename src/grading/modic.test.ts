import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gradeModic, MARROW_SIGNALS } from './modic.js';
import type { ModicInput } from './modic.js';
import { InputError } from '../errors.js';
import { itRefusesEach } from '../../test/support/refusals.js';
import type { RefusalCase } from '../../test/support/refusals.js';

// All nine T1/T2 pairs (modic-1988); null = no Modic type, refused as input.
const PAIRS: ['low' | 'iso' | 'high', 'low' | 'iso' | 'high', number | null][] = [
  ['low', 'low', 3],
  ['low', 'iso', null],
  ['low', 'high', 1],
  ['iso', 'low', null],
  ['iso', 'iso', 0],
  ['iso', 'high', null],
  ['high', 'low', null],
  ['high', 'iso', 2],
  ['high', 'high', 2],
];

describe('gradeModic: all nine signal pairs', () => {
  it('the table covers every pair once', () => {
    assert.equal(new Set(PAIRS.map(([a, b]) => `${a}/${b}`)).size, MARROW_SIGNALS.length ** 2);
  });
  for (const [t1, t2, type] of PAIRS) {
    if (type === null) {
      it(`T1 ${t1}, T2 ${t2} → refused: no Modic type`, () => {
        assert.throws(
          () => gradeModic({ t1, t2 }),
          (e: unknown) =>
            e instanceof InputError &&
            e.path === 't2' &&
            e.message ===
              `T1 ${t1} with T2 ${t2} matches no Modic type; allowed pairs (T1/T2): low/high (type 1), high/iso or high/high (type 2), low/low (type 3), iso/iso (no change)`,
        );
      });
    } else {
      it(`T1 ${t1}, T2 ${t2} → type ${type}`, () => {
        const r = gradeModic({ t1, t2 });
        assert.equal(r.system, 'modic');
        assert.equal(r.grade, type);
        assert.equal(r.severity, type === 0 ? 'none' : 'mild');
        assert.equal(r.rsnaClass, 'normal-mild');
        assert.equal(r.source, 'modic-1988');
        assert.equal(r.warnings.length, type === 1 ? 1 : 0);
      });
    }
  }
  it('type 1 warns that it can look like infection', () => {
    assert.match(gradeModic({ type: 1 }).warnings[0] ?? '', /discitis/);
  });
});

describe('gradeModic: bad input', () => {
  const cases: RefusalCase<unknown>[] = [
    ['type 4', { type: 4 }, 'type', 'must be one of 0, 1, 2, 3'],
    ['type as text', { type: '1' }, 'type', 'must be one of 0, 1, 2, 3'],
    ['T1 alone', { t1: 'low' }, 't2', 'is required with t1'],
    ['nothing given', {}, 't1', 'is required (give type, or t1 with t2)'],
    [
      'a type and signals',
      { type: 2, t1: 'high' },
      't1',
      'give either type or t1 with t2, not both',
    ],
    [
      'a signal word outside the list',
      { t1: 'hypointense', t2: 'high' },
      't1',
      'must be one of "low", "iso", "high"',
    ],
  ];
  itRefusesEach(cases, (input) => gradeModic(input as ModicInput));
});
