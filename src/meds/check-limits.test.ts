import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getKb } from '../kb/index.js';
import { makeAlert } from './alerts.js';
import { drugEntry } from './check-context.js';
import {
  checkLimits,
  checkOpioidDose,
  displayUnit,
  isPatientFact,
  strongestPerCodeAndDrug,
  tabletCeilingMg,
} from './check-limits.js';
import type { LimitAlert } from './check-limits.js';
import { contextFor } from '../../test/support/meds.js';
import { INDICATION_CEILINGS } from './indication-limits.js';
import { TABLET_MAXIMA } from './limit-rules.js';
import { DAYS_PER, LIMIT_TOLERANCE, exceeds, isAtMost, roundMme } from './tolerances.js';

/** The limit alerts of the first drug total. */
function limitAlertsFor(input: unknown) {
  const ctx = contextFor(input);
  return ctx.totals.flatMap((t) => checkLimits(t, ctx)).map((a) => a.alert);
}

describe('tolerances', () => {
  it('a product of exact doses equals its limit despite floating-point error', () => {
    const computed = 0.1 * 3; // 0.30000000000000004
    assert.ok(computed > 0.3);
    assert.equal(exceeds(computed, 0.3), false);
    assert.equal(isAtMost(computed, 0.3), true);
  });
  it('any real excess, down to a microgram, still counts', () => {
    assert.equal(exceeds(1200.001, 1200), true);
    assert.equal(isAtMost(5.001, 5), false);
    assert.ok(LIMIT_TOLERANCE < 0.001 / 1000);
  });
  it('weekly and yearly limits count 7 and 365 days', () => {
    assert.deepEqual(DAYS_PER, { day: 1, week: 7, year: 365 });
  });
  it('MME is reported to a tenth', () => {
    assert.equal(roundMme(67.46), 67.5);
    assert.equal(roundMme(49.94), 49.9);
  });
});

describe('dose arithmetic against limits', () => {
  it('tablet-counted labels: 8 tablets up to 5 mg, 6 up to 10 mg, the strictest product wins', () => {
    const bands = TABLET_MAXIMA['drug-hydrocodone-acetaminophen']?.bands ?? [];
    assert.equal(tabletCeilingMg(bands, [5]), 40);
    assert.equal(tabletCeilingMg(bands, [7.5]), 45);
    assert.equal(tabletCeilingMg(bands, [10]), 60);
    assert.equal(tabletCeilingMg(bands, [5, 10]), 40);
    // A strength above every band takes the smallest tablet count.
    assert.equal(tabletCeilingMg(bands, [12]), 72);
  });

  it('shows gels in g and vitamin B12 in mcg, everything else in its limit unit', () => {
    const kb = getKb();
    assert.deepEqual(displayUnit(drugEntry(kb, 'drug-diclofenac-gel'), 'mg'), {
      unit: 'g',
      factor: 1 / 1000,
    });
    assert.deepEqual(displayUnit(drugEntry(kb, 'drug-ibuprofen'), 'mg'), { unit: 'mg', factor: 1 });
    assert.deepEqual(displayUnit(undefined, 'patch'), { unit: 'patch', factor: 1 });
  });

  it('patient facts are kidney, age, weight and conditions, not populations or uses', () => {
    assert.equal(isPatientFact({ kind: 'kidney', below: 30 }), true);
    assert.equal(isPatientFact({ kind: 'always' }), false);
    assert.equal(isPatientFact({ kind: 'duration-above', days: 5 }), false);
    assert.equal(
      isPatientFact({
        kind: 'any',
        of: [{ kind: 'route', routes: ['oral'] }, { kind: 'pregnant' }],
      }),
      true,
    );
  });

  const rows = [
    // [input, rule, severity, text fragment]
    [
      { drugs: [{ drug: 'ibuprofen', doseMg: 800, timesPerDay: 5 }] },
      'drug-ibuprofen-max',
      'critical',
      'above the labelled maximum of 3,200 mg a day',
    ],
    [
      { drugs: [{ drug: 'acetaminophen', doseMg: 1000, timesPerDay: 4 }] },
      'drug-acetaminophen-usual-range',
      'warning',
      'within the labelled maximum of 4,000 mg',
    ],
    [
      { drugs: [{ drug: 'duloxetine', doseMg: 60, timesPerDay: 2 }] },
      'drug-duloxetine-pain-ceiling',
      'warning',
      'limit for pain (usual ceiling for this indication; the label maximum is for depression',
    ],
    [
      {
        drugs: [
          { drug: 'ibuprofen', doseMg: 600, timesPerDay: 3 },
          { drug: 'Advil', doseMg: 400, timesPerDay: 4 },
        ],
      },
      'drug-ibuprofen-max',
      'critical',
      '(ibuprofen 1,800 mg + ibuprofen 1,600 mg)',
    ],
  ] as const;
  for (const [input, rule, severity, fragment] of rows) {
    it(`${rule}: ${severity}, "${fragment}"`, () => {
      const alert = limitAlertsFor(input).find((a) => a.rule === rule);
      assert.equal(alert?.severity, severity);
      assert.ok(alert.text.includes(fragment), alert.text);
    });
  }

  it('a kidney limit that applies is noted even when the dose is within it', () => {
    const within = limitAlertsFor({
      patient: { eGFR: 20 },
      drugs: [{ drug: 'gabapentin', doseMg: 100, timesPerDay: 3 }],
    }).filter((a) => a.code === 'renal');
    assert.ok(within.length > 0);
    assert.ok(within.every((a) => a.severity === 'info' && a.text.includes('is within the')));
  });

  it('a single dose above the usual single dose is a warning', () => {
    const alert = limitAlertsFor({
      drugs: [{ drug: 'naproxen', doseMg: 750, timesPerDay: 1 }],
    }).find((a) => a.code === 'max-single-dose');
    assert.equal(alert?.severity, 'warning');
    assert.match(alert.text, /^One dose of naproxen is 750 mg, above the usual single dose/);
  });

  it('keeps the most severe alert per code and drug, then the strictest limit', () => {
    const alert = (severity: 'critical' | 'warning', rule: string, amount: number): LimitAlert => ({
      alert: makeAlert({
        severity,
        code: 'max-daily-dose',
        drugs: ['x'],
        text: rule,
        sources: ['s'],
        rule,
      }),
      drugId: 'drug-x',
      amount,
    });
    const kept = strongestPerCodeAndDrug([
      alert('warning', 'loose', 3000),
      alert('critical', 'label', 4000),
      alert('critical', 'strict', 2000),
    ]);
    assert.deepEqual(
      kept.map((a) => a.rule),
      ['strict'],
    );
  });
});

describe('total opioid dose', () => {
  it('no opioid: no MME', () => {
    assert.deepEqual(checkOpioidDose(contextFor({ drugs: [{ drug: 'ibuprofen', doseMg: 400 }] })), {
      mme: null,
      alerts: [],
    });
  });
  it('adds each opioid × its factor, and warns at 50 MME a day or more', () => {
    const below = checkOpioidDose(
      contextFor({ drugs: [{ drug: 'oxycodone', doseMg: 5, timesPerDay: 4 }] }),
    );
    assert.equal(below.mme, 30);
    assert.deepEqual(below.alerts, []);
    const above = checkOpioidDose(
      contextFor({
        drugs: [
          { drug: 'oxycodone', doseMg: 10, timesPerDay: 3 },
          { drug: 'tramadol', doseMg: 100, timesPerDay: 3 },
        ],
      }),
    );
    // 30 mg oxycodone × 1.5 + 300 mg tramadol × 0.2 (CDC 2022 factors).
    assert.equal(above.mme, 105);
    assert.equal(above.alerts[0]?.code, 'opioid-dose');
    assert.match(above.alerts[0]?.text ?? '', /105 morphine milligram equivalents/);
  });
});

describe('label maximum and usual ceiling for pain are told apart', () => {
  const kb = getKb();
  const splitRows = INDICATION_CEILINGS.filter((r) => r.usualMaxMg < r.labelMaxMg && !r.selfCare);

  it('the KB maxDaily is the label maximum of every row (diclofenac 200 mg, rheumatoid arthritis)', () => {
    const differing = INDICATION_CEILINGS.filter(
      (r) => drugEntry(kb, r.drug)?.maxDaily.amount !== r.labelMaxMg,
    ).map((r) => r.drug);
    assert.deepEqual(differing, []);
  });

  for (const row of splitRows) {
    it(`${row.drug}: between ${String(row.usualMaxMg)} and ${String(row.labelMaxMg)} mg the alert names the pain ceiling; above, the label maximum`, () => {
      const daily = (mg: number) =>
        limitAlertsFor({ drugs: [{ drug: row.drug.replace(/^drug-/, ''), doseMg: mg }] }).filter(
          (a) => a.code === 'max-daily-dose',
        );
      const between = daily((row.usualMaxMg + row.labelMaxMg) / 2);
      assert.ok(between.length > 0 && between.every((a) => a.severity !== 'critical'));
      assert.ok(
        between.some((a) => /limit for pain|usual range/.test(a.text)),
        between.map((a) => a.text).join('\n'),
      );
      const above = daily(row.labelMaxMg * 1.5).find((a) => a.severity === 'critical');
      assert.ok(above?.text.includes('above the labelled maximum'), above?.text);
    });
  }
});
