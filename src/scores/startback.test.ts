import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../errors.js';
import { STARTBACK_RISK_TABLE, scoreStartBack, startBackRiskOf } from './startback.js';

/** The nine answers (1 = agree) and the expected total, psychosocial subscore and risk, with why. */
type KeeleExample = [
  answers: string,
  total: number,
  psychosocial: number,
  risk: string,
  why: string,
];

describe('STarT Back: Keele scoring examples (source pro-keele-sbst-scoring)', () => {
  const rows: KeeleExample[] = [
    ['000000000', 0, 0, 'low', 'nothing agreed'],
    ['111000000', 3, 0, 'low', 'total 3 is low whatever the items'],
    ['000011100', 3, 3, 'low', 'total 3 with psychosocial 3 is still low'],
    ['100011100', 4, 3, 'medium', 'total 4, psychosocial 3'],
    ['111111100', 7, 3, 'medium', 'a high total with psychosocial 3 stays medium'],
    ['000011110', 4, 4, 'high', 'psychosocial 4'],
    ['111111111', 9, 5, 'high', 'everything agreed'],
    ['101110100', 5, 2, 'medium', 'the registry example'],
  ];
  for (const [pattern, total, psychosocial, risk, why] of rows) {
    it(`${pattern} → total ${total}, psychosocial ${psychosocial}, ${risk} (${why})`, () => {
      const r = scoreStartBack({ answers: [...pattern].map(Number) });
      assert.deepEqual([r.total, r.psychosocial, r.risk], [total, psychosocial, risk]);
      assert.deepEqual(Object.keys(r).slice(0, 4), ['instrument', 'total', 'psychosocial', 'risk']);
    });
  }

  it('all 512 answer patterns follow the published rule (exhaustive)', () => {
    const seen = new Set<string>();
    for (let mask = 0; mask < 512; mask++) {
      const answers = Array.from({ length: 9 }, (_, i) => (mask >> i) & 1);
      seen.add(answers.join(''));
      const total = answers.reduce((a, b) => a + b, 0);
      const psychosocial = answers.slice(4).reduce((a, b) => a + b, 0);
      const expected = total <= 3 ? 'low' : psychosocial <= 3 ? 'medium' : 'high';
      const r = scoreStartBack({ answers });
      assert.deepEqual(
        [r.total, r.psychosocial, r.risk],
        [total, psychosocial, expected],
        answers.join(''),
      );
      assert.equal(r.positiveItems.length, total);
    }
    assert.equal(seen.size, 512);
  });

  it('every risk row carries its source', () => {
    for (const row of STARTBACK_RISK_TABLE) assert.equal(row.source, 'pro-keele-sbst-scoring');
    assert.equal(startBackRiskOf(9, 5), 'high');
  });
});

describe('STarT Back bad input names the field', () => {
  const rows: { input: unknown; path: string; message: RegExp }[] = [
    { input: { answers: [0, 0, 0, 0, 2, 0, 0, 0, 0] }, path: 'answers[4]', message: /one of 0, 1/ },
    { input: { answers: [0, 0, 0, 0, 0, 0, 0, 0] }, path: 'answers', message: /exactly 9/ },
    {
      input: { answers: [true, 0, 0, 0, 0, 0, 0, 0, 0] },
      path: 'answers[0]',
      message: /must be number/,
    },
    {
      input: { answers: [0, 0, 0, 0, 0, 0, 0, 0, 0], risk: 'low' },
      path: 'risk',
      message: /unknown field/,
    },
  ];
  for (const row of rows) {
    it(`${JSON.stringify(row.input)} → ${row.path}`, () => {
      assert.throws(
        () => scoreStartBack(row.input as never),
        (e: unknown) =>
          e instanceof InputError && e.path === row.path && row.message.test(e.message),
      );
    });
  }
});
