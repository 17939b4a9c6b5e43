import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { entriesOf, getKb } from '../kb/index.js';
import { checkMedications } from './check.js';
import { INDICATION_CEILINGS, indicationCeiling } from './indication-limits.js';

const alertsFor = (drug: string, doseMg: number, timesPerDay: number) =>
  checkMedications({ drugs: [{ drug, doseMg, timesPerDay }] }).alerts.filter(
    (a) => a.code === 'max-daily-dose',
  );

describe('usual ceiling for pain, apart from the label maximum', () => {
  const kb = getKb();
  const drugs = new Map(entriesOf(kb, 'drug').map((d) => [d.id, d]));

  for (const row of INDICATION_CEILINGS) {
    it(`${row.drug}: cited, pain ceiling ${String(row.usualMaxMg)} mg ≤ label ${String(row.labelMaxMg)} mg`, () => {
      assert.ok(drugs.has(row.drug), 'a KB drug');
      assert.ok(row.sources.length > 0);
      for (const s of row.sources) assert.ok(kb.citations.has(s), `citation ${s}`);
      assert.ok(row.usualMaxMg <= row.labelMaxMg);
      if (row.perDoseMg) assert.ok(row.perDoseMg.max <= row.usualMaxMg);
      // A lower pain ceiling must say which indication the higher label maximum is for.
      if (row.usualMaxMg < row.labelMaxMg) assert.ok(row.labelFor, 'labelFor');
    });
  }

  // Cases from issue 18: each higher figure belongs to another indication (source: the label row).
  const cases = [
    ['drug-duloxetine', 60, 120, 'depression'],
    ['drug-clonazepam', 4, 20, 'epilepsy'],
    ['drug-etoricoxib', 90, 120, 'gout'],
    ['drug-diclofenac', 150, 200, 'rheumatoid'],
  ] as const;
  for (const [drug, pain, label, other] of cases) {
    it(`${drug}: ${String(pain)} mg for pain, ${String(label)} mg only for ${other}`, () => {
      const row = indicationCeiling(drug, 'pain');
      assert.equal(row?.usualMaxMg, pain);
      assert.equal(row.labelMaxMg, label);
      assert.match(row.labelFor ?? '', new RegExp(other, 'i'));
    });
  }

  it('the checker warns above the pain ceiling and names it (duloxetine 120 mg)', () => {
    const alerts = alertsFor('duloxetine', 60, 2);
    const pain = alerts.find((a) => a.rule === 'drug-duloxetine-pain-ceiling');
    assert.equal(pain?.severity, 'warning');
    assert.match(pain.text, /60 mg a day limit for pain/);
    assert.match(pain.text, /depression/);
  });

  it('no pain-ceiling alert at the pain dose (duloxetine 60 mg)', () => {
    assert.deepEqual(alertsFor('duloxetine', 60, 1), []);
  });

  it('clonazepam 6 mg a day is above the non-epilepsy ceiling', () => {
    const alerts = alertsFor('clonazepam', 2, 3);
    assert.ok(alerts.some((a) => a.severity === 'warning'));
  });
});
