import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../errors.js';
import { checkEscalation } from './escalation.js';
import type { EscalationInput } from './escalation.js';

/** An ODI course with care started on 1 January 2024, judged on `asOf`, from `[date, score]` pairs. */
const odiCourse = (asOf: string, ...odi: [at: string, score: number][]): EscalationInput => ({
  asOf,
  conservativeCareStartedOn: '2024-01-01',
  odi: odi.map(([at, score]) => ({ at, score })),
});

describe('escalation after six weeks of conservative care (sources acr-2021-low-back-pain, pro-ostelo-2008)', () => {
  const rows: { name: string; input: EscalationInput; status: string; codes: string[] }[] = [
    {
      name: 'no ODI yet',
      input: { asOf: '2024-03-01', odi: [] },
      status: 'needs-data',
      codes: ['no-odi-recorded'],
    },
    {
      name: 'three weeks in, small change',
      input: odiCourse('2024-01-22', ['2024-01-01', 40], ['2024-01-21', 36]),
      status: 'too-early',
      codes: ['too-early-to-judge'],
    },
    {
      name: 'three weeks in, already much better',
      input: odiCourse('2024-01-22', ['2024-01-01', 40], ['2024-01-21', 26]),
      status: 'on-track',
      codes: ['important-odi-improvement'],
    },
    {
      name: 'three weeks in, ODI worse by 10: escalate at once',
      input: odiCourse('2024-01-22', ['2024-01-01', 40], ['2024-01-21', 50]),
      status: 'escalate',
      codes: ['odi-important-worsening'],
    },
    {
      name: 'seven weeks, ODI 40 → 34: not an important improvement',
      input: odiCourse('2024-02-19', ['2024-01-01', 40], ['2024-02-19', 34]),
      status: 'escalate',
      codes: ['no-important-odi-improvement'],
    },
    {
      name: 'seven weeks, ODI 40 → 28: improved',
      input: odiCourse('2024-02-19', ['2024-01-01', 40], ['2024-02-19', 28]),
      status: 'on-track',
      codes: ['important-odi-improvement'],
    },
    {
      name: 'seven weeks but the last ODI is from week three',
      input: odiCourse('2024-02-19', ['2024-01-01', 40], ['2024-01-21', 38]),
      status: 'needs-data',
      codes: ['odi-follow-up-due'],
    },
    {
      name: 'start defaults to the first ODI',
      input: {
        asOf: '2024-02-19',
        odi: [
          { at: '2024-02-19T10:00:00.000Z', score: 35 },
          { at: '2024-01-01T09:00:00.000Z', score: 40 },
        ],
      },
      status: 'escalate',
      codes: ['no-important-odi-improvement'],
    },
    {
      name: 'leg pain up by 2 in week two',
      input: {
        ...odiCourse('2024-01-15', ['2024-01-01', 40]),
        legPain: [
          { at: '2024-01-01', value: 5 },
          { at: '2024-01-14', value: 7 },
        ],
      },
      status: 'escalate',
      codes: ['leg-pain-important-worsening'],
    },
    {
      name: 'scores after the day of judgement are ignored',
      input: odiCourse('2024-01-10', ['2024-01-01', 40], ['2024-03-01', 70]),
      status: 'too-early',
      codes: ['too-early-to-judge'],
    },
  ];
  for (const row of rows) {
    it(`${row.name} → ${row.status}`, () => {
      const r = checkEscalation(row.input);
      assert.equal(r.status, row.status);
      assert.equal(r.escalate, row.status === 'escalate');
      assert.deepEqual(
        r.reasons.map((x) => x.code),
        row.codes,
      );
      for (const x of r.reasons) assert.ok(x.sources.length > 0 && x.text.length > 20);
    });
  }

  it('counts whole weeks of care and reports the ODI change it used', () => {
    const r = checkEscalation(odiCourse('2024-02-19', ['2024-01-01', 40], ['2024-02-19', 34]));
    assert.equal(r.weeksOfConservativeCare, 7);
    assert.deepEqual([r.baseline?.score, r.latest?.score, r.odiChange?.change], [40, 34, -6]);
  });

  it('refuses a malformed date, naming it', () => {
    assert.throws(
      () => checkEscalation({ asOf: '19/02/2024', odi: [] }),
      (e: unknown) => e instanceof InputError && e.path === 'asOf',
    );
    assert.throws(
      () => checkEscalation({ asOf: '2024-02-19', odi: [{ at: '2024-01-01', score: 140 }] }),
      (e: unknown) => e instanceof InputError && e.path === 'odi[0].score',
    );
  });
});
