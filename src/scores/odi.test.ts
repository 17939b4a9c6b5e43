import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { InputError } from '../errors.js';
import { ODI_BANDS, odiBandOf, scoreOdi } from './odi.js';

type Answers = (number | null)[];
/** Ten answers summing to `sum` with `skipped` trailing sections left blank. */
const answersFor = (sum: number, skipped = 0): Answers => {
  const out: Answers = [];
  let left = sum;
  for (let i = 0; i < 10 - skipped; i++) {
    const v = Math.min(5, left);
    out.push(v);
    left -= v;
  }
  return [...out, ...Array<null>(skipped).fill(null)];
};

describe('ODI: published worked examples (source pro-fairbank-2000)', () => {
  const rows: {
    name: string;
    answers: Answers;
    score: number;
    answered: number;
    band: string;
    source: string;
  }[] = [
    {
      name: 'all ten answered, total 16 → 16/50 = 32 %',
      answers: [3, 2, 3, 2, 2, 2, 1, 0, 1, 0],
      score: 32,
      answered: 10,
      band: 'moderate disability',
      source: 'pro-fairbank-2000',
    },
    {
      name: 'one section skipped, total 16 → 16/45 = 35.6 %',
      answers: [3, 2, 3, 2, 2, 2, 1, null, 1, 0],
      score: (16 / 45) * 100,
      answered: 9,
      band: 'moderate disability',
      source: 'pro-fairbank-2000',
    },
    {
      name: 'contract example: total 21 → 42 %, severe disability',
      answers: [5, 3, 3, 2, 2, 2, 1, 1, 1, 1],
      score: 42,
      answered: 10,
      band: 'severe disability',
      source: 'pro-odi-bands',
    },
    {
      name: 'all zero → 0 %',
      answers: Array<number>(10).fill(0),
      score: 0,
      answered: 10,
      band: 'minimal disability',
      source: 'pro-fairbank-2000',
    },
    {
      name: 'all five → 100 %',
      answers: Array<number>(10).fill(5),
      score: 100,
      answered: 10,
      band: 'bed-bound or exaggerating symptoms',
      source: 'pro-odi-bands',
    },
    {
      name: 'two skipped, total 20 → 20/40 = 50 %',
      answers: [4, 4, 4, 4, 4, 0, 0, 0, null, null],
      score: 50,
      answered: 8,
      band: 'severe disability',
      source: 'pro-fairbank-2000',
    },
  ];
  for (const row of rows) {
    it(`${row.name} [${row.source}]`, () => {
      const r = scoreOdi({ answers: row.answers });
      assert.ok(Math.abs(r.score - row.score) < 1e-9, `score ${r.score} ≠ ${row.score}`);
      assert.equal(r.answered, row.answered);
      assert.equal(r.band, row.band);
      assert.equal(r.scoreRounded, Math.round(row.score));
      assert.equal(r.instrument, 'odi');
      assert.equal(r.source, 'pro-fairbank-2000');
    });
  }

  it('keeps the contract fields first: score, band, answered', () => {
    const keys = Object.keys(scoreOdi({ answers: answersFor(21) }));
    assert.deepEqual(keys.slice(0, 4), ['instrument', 'score', 'band', 'answered']);
  });

  it('names the skipped sections', () => {
    assert.deepEqual(scoreOdi({ answers: [1, 1, 1, 1, 1, 1, 1, null, 1, null] }).skipped, [
      'sex-life',
      'travelling',
    ]);
  });
});

describe('ODI bands, inclusive at the upper bound (source pro-odi-bands)', () => {
  const rows: [number, string][] = [
    [0, 'minimal disability'],
    [20, 'minimal disability'],
    [20.5, 'moderate disability'],
    [22, 'moderate disability'],
    [40, 'moderate disability'],
    [42, 'severe disability'],
    [60, 'severe disability'],
    [62, 'crippled'],
    [80, 'crippled'],
    [82, 'bed-bound or exaggerating symptoms'],
    [100, 'bed-bound or exaggerating symptoms'],
  ];
  for (const [score, band] of rows) {
    it(`${score} % → ${band}`, () => assert.equal(odiBandOf(score), band));
  }
  it('every even total from 0 to 50 lands in the band the table gives', () => {
    for (let sum = 0; sum <= 50; sum++) {
      const r = scoreOdi({ answers: answersFor(sum) });
      assert.equal(r.score, sum * 2);
      assert.equal(r.band, ODI_BANDS.find((b) => sum * 2 <= b.upTo)?.band);
    }
  });
});

describe('ODI skipped sections', () => {
  it('the score is the answered total over 5 × answered, for any form with one answer or more', () => {
    const answer = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5 }));
    fc.assert(
      fc.property(
        fc.array(answer, { minLength: 10, maxLength: 10 }).filter((a) => a.some((x) => x !== null)),
        (answers) => {
          const given = answers.filter((a): a is number => a !== null);
          const r = scoreOdi({ answers });
          assert.equal(r.answered, given.length);
          assert.ok(
            Math.abs(r.score - (given.reduce((a, b) => a + b, 0) / (5 * given.length)) * 100) <
              1e-9,
          );
          assert.ok(r.score >= 0 && r.score <= 100);
        },
      ),
    );
  });

  it('warns beyond two skipped sections but still scores, as published', () => {
    const r = scoreOdi({ answers: answersFor(10, 3) });
    assert.equal(r.answered, 7);
    assert.equal(r.warnings.length, 1);
    assert.equal(scoreOdi({ answers: answersFor(10, 2) }).warnings.length, 0);
  });

  it('maxSkipped refuses forms with more skipped sections, naming answers', () => {
    assert.throws(
      () => scoreOdi({ answers: answersFor(10, 3), maxSkipped: 2 }),
      (e: unknown) =>
        e instanceof InputError && e.path === 'answers' && /3 sections are skipped/.test(e.message),
    );
    assert.equal(scoreOdi({ answers: answersFor(10, 2), maxSkipped: 2 }).answered, 8);
  });

  it('refuses a form with no answer', () => {
    assert.throws(
      () => scoreOdi({ answers: Array<null>(10).fill(null) }),
      (e: unknown) =>
        e instanceof InputError && e.path === 'answers' && /no section/.test(e.message),
    );
  });

  it('records the modified version and its source', () => {
    const r = scoreOdi({ answers: answersFor(20), version: 'modified' });
    assert.equal(r.version, 'modified');
    assert.ok(r.sources.includes('pro-fritz-2001'));
  });
});

describe('ODI bad input names the field', () => {
  const valid = { answers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] as unknown[] };
  const rows: { name: string; input: unknown; path: string; message: RegExp }[] = [
    {
      name: 'an answer above 5',
      input: { answers: [1, 1, 1, 6, 1, 1, 1, 1, 1, 1] },
      path: 'answers[3]',
      message: /whole number from 0 to 5/,
    },
    {
      name: 'a negative answer',
      input: { answers: [-1, 1, 1, 1, 1, 1, 1, 1, 1, 1] },
      path: 'answers[0]',
      message: /from 0 to 5/,
    },
    {
      name: 'a fractional answer',
      input: { answers: [1, 1, 1, 1, 1, 1, 1, 1, 1, 2.5] },
      path: 'answers[9]',
      message: /whole number/,
    },
    {
      name: 'a string answer',
      input: { answers: [1, 1, '2', 1, 1, 1, 1, 1, 1, 1] },
      path: 'answers[2]',
      message: /must be number/,
    },
    {
      name: 'nine answers',
      input: { answers: [1, 1, 1, 1, 1, 1, 1, 1, 1] },
      path: 'answers',
      message: /exactly 10/,
    },
    {
      name: 'eleven answers',
      input: { answers: [...valid.answers, 1] },
      path: 'answers',
      message: /exactly 10/,
    },
    { name: 'no answers field', input: {}, path: 'answers', message: /required/ },
    {
      name: 'an unknown field',
      input: { ...valid, total: 10 },
      path: 'total',
      message: /unknown field/,
    },
    {
      name: 'a bad version',
      input: { ...valid, version: '3' },
      path: 'version',
      message: /one of/,
    },
    { name: 'not an object', input: [1, 2], path: 'input', message: /must be object/ },
  ];
  for (const row of rows) {
    it(`${row.name} → ${row.path}`, () => {
      assert.throws(
        () => scoreOdi(row.input as never),
        (e: unknown) =>
          e instanceof InputError && e.path === row.path && row.message.test(e.message),
      );
    });
  }
});
