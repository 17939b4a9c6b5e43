import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../errors.js';
import { CITATIONS } from '../kb/citations/index.js';
import { KB_GUIDELINE_IDS, SCORE_CITATIONS } from './citations.js';
import { nrsBandOf, scoreNrs } from './nrs.js';
import { scoreRmdq } from './rmdq.js';
import { scoreZcq } from './zcq.js';
import {
  SCORE_INSTRUMENTS,
  SCORE_INSTRUMENT_IDS,
  describeScoreInstruments,
  score,
} from './registry.js';
import { ESCALATION_REASONS } from './escalation.js';
import { MCID_TABLE } from './mcid.js';

const rejects = (fn: () => unknown, path: string, message: RegExp) =>
  assert.throws(
    fn,
    (e: unknown) => e instanceof InputError && e.path === path && message.test(e.message),
  );

describe('NRS: every value 0–10 has one band (convention 1–3 / 4–6 / 7–10, source pro-serlin-1995)', () => {
  const expected = [
    'none',
    'mild',
    'mild',
    'mild',
    'moderate',
    'moderate',
    'moderate',
    'severe',
    'severe',
    'severe',
    'severe',
  ];
  for (let value = 0; value <= 10; value++) {
    it(`${value} → ${expected[value] ?? ''}`, () => {
      const r = scoreNrs({ value, site: 'leg' });
      assert.deepEqual([r.value, r.band, r.site], [value, expected[value], 'leg']);
      assert.equal(nrsBandOf(value), expected[value]);
    });
  }
  it('site defaults to overall and the convention is named', () => {
    const r = scoreNrs({ value: 4 });
    assert.equal(r.site, 'overall');
    assert.match(r.bandConvention, /1–3 mild/);
  });
  it('refuses values outside 0–10, fractions and unknown sites', () => {
    rejects(() => scoreNrs({ value: 11 }), 'value', /0 to 10/);
    rejects(() => scoreNrs({ value: -1 }), 'value', /0 to 10/);
    rejects(() => scoreNrs({ value: 6.5 }), 'value', /whole number/);
    rejects(() => scoreNrs({ value: 3, site: 'neck' as never }), 'site', /one of/);
  });
});

describe('RMDQ: the number of statements ticked (source pro-roland-1983)', () => {
  it('counts ticks and flags the recovery level ≤ 2 (pro-kamper-2010)', () => {
    const ticks = (n: number) => Array.from({ length: 24 }, (_, i) => (i < n ? 1 : 0));
    for (const [n, recovered] of [
      [0, true],
      [2, true],
      [3, false],
      [24, false],
    ] as const) {
      const r = scoreRmdq({ answers: ticks(n) });
      assert.deepEqual([r.score, r.atRecoveryLevel], [n, recovered]);
    }
  });
  it('refuses 23 answers and a 2', () => {
    rejects(() => scoreRmdq({ answers: Array<number>(23).fill(0) }), 'answers', /exactly 24/);
    rejects(
      () => scoreRmdq({ answers: [...Array<number>(23).fill(0), 2] }),
      'answers[23]',
      /one of 0, 1/,
    );
  });
});

describe('ZCQ: subscale means (source pro-stucki-1996, balance coding pro-zcq-stata)', () => {
  it('scores the means and leaves satisfaction null before treatment', () => {
    const r = scoreZcq({
      symptomSeverity: [3, 4, 3, 4, 2, 2, 3],
      physicalFunction: [3, 2, 2, 1, 1],
    });
    assert.ok(Math.abs(r.symptomSeverity - 21 / 7) < 1e-12);
    assert.ok(Math.abs(r.physicalFunction - 9 / 5) < 1e-12);
    assert.equal(r.satisfaction, null);
    assert.equal(r.satisfied, null);
  });
  it('satisfaction ≤ 2.5 counts as satisfied (pro-issls-2024)', () => {
    const base = { symptomSeverity: [1, 1, 1, 1, 1, 1, 1], physicalFunction: [1, 1, 1, 1, 1] };
    assert.equal(scoreZcq({ ...base, satisfaction: [2, 2, 3, 3, 2, 3] }).satisfied, true); // 2.5
    assert.equal(scoreZcq({ ...base, satisfaction: [3, 3, 3, 3, 2, 3] }).satisfied, false);
  });
  it('the balance item takes only 1, 3 or 5; the others 1–5 and 1–4', () => {
    rejects(
      () => scoreZcq({ symptomSeverity: [1, 1, 1, 1, 1, 1, 2], physicalFunction: [1, 1, 1, 1, 1] }),
      'symptomSeverity[6]',
      /1 \(none\), 3 \(sometimes\) or 5/,
    );
    rejects(
      () => scoreZcq({ symptomSeverity: [1, 1, 1, 1, 1, 1], physicalFunction: [1, 1, 1, 1, 1] }),
      'symptomSeverity',
      /exactly 7/,
    );
    rejects(
      () => scoreZcq({ symptomSeverity: [1, 1, 1, 1, 1, 1, 1], physicalFunction: [1, 1, 1, 1, 5] }),
      'physicalFunction[4]',
      /1 to 4/,
    );
    rejects(
      () =>
        scoreZcq({
          symptomSeverity: [1, 1, 1, 1, 1, 1, 1],
          physicalFunction: [1, 1, 1, 1, 1],
          satisfaction: [1],
        }),
      'satisfaction',
      /exactly 6/,
    );
  });
});

describe('registry and sources', () => {
  it('scores every instrument example and lists them all', () => {
    for (const id of SCORE_INSTRUMENT_IDS) {
      assert.equal(score(id, SCORE_INSTRUMENTS[id].example).instrument, id);
    }
    assert.deepEqual(
      describeScoreInstruments().instruments.map((i) => i.id),
      ['odi', 'startback', 'nrs', 'zcq', 'rmdq'],
    );
  });
  it('an unknown instrument names the instrument and lists the known ones', () => {
    rejects(
      () => score('sf36', {}),
      'instrument',
      /expected one of odi, startback, nrs, zcq, rmdq/,
    );
  });
  it('every source id the scores, MCIDs and escalation rule cite exists', () => {
    const known = new Set<string>([
      ...SCORE_CITATIONS.map((c) => c.id),
      ...CITATIONS.map((c) => c.id),
    ]);
    for (const id of KB_GUIDELINE_IDS) assert.ok(known.has(id), id);
    for (const id of SCORE_INSTRUMENT_IDS) assert.ok(known.has(SCORE_INSTRUMENTS[id].source), id);
    for (const row of Object.values(MCID_TABLE)) {
      for (const s of row.sources) assert.ok(known.has(s), s);
    }
    for (const r of Object.values(ESCALATION_REASONS)) {
      assert.ok(r.sources.length > 0);
      for (const s of r.sources) assert.ok(known.has(s), s);
    }
    for (const id of SCORE_INSTRUMENT_IDS) {
      for (const s of score(id, SCORE_INSTRUMENTS[id].example).sources) assert.ok(known.has(s), s);
    }
  });
  // Since issue 18 the score sources sit in the one citation registry rather than beside it.
  it('score citations are in the one citation registry, each id once', () => {
    const ids = CITATIONS.map((c) => c.id);
    for (const c of SCORE_CITATIONS) assert.equal(ids.filter((id) => id === c.id).length, 1, c.id);
  });
});
