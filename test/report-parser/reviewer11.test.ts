// An eleventh outside reviewer's 40 blind-labelled reports (issue 15): messy real-world dictation (all caps, no
// punctuation, typos, "L45"/"L4 5" levels), English written by German, Dutch, Scandinavian, Italian, Japanese,
// Korean, Chinese and Brazilian radiologists, post-operative and transitional anatomy, tables and synoptic
// forms, and hard statements. Held out until scored on the parser of session 7's start: foraminal F1 0.895 on
// first run (precision 0.917, recall 0.873), severity 97.7 %, negation 98.2 %, none read as current. The
// reviewer labelled a grade that changed, stayed or is new with "changed", "unchanged" and "new", which the
// contract folds into `current`; the fixture holds the contract's values.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertStyleGoldFloors, evaluateStyleGold } from './_gold.js';

describe('evaluation against outside reviewer 11 (styles/reviewer11.json)', () => {
  const { reports, evaluation } = evaluateStyleGold('reviewer11.json');

  it('holds the 40 reports as labelled', () => {
    assert.equal(reports.length, 40);
  });

  // First run: foraminal F1 0.895, strict 0.874, central 0.907, severity 97.7 %, negation 98.2 %,
  // temporal 99.6 %, 0 prior finding(s) read as current. After the round-13 families of reports 19 to
  // 40 (round13.test.ts): foraminal 0.951, strict 0.938, central 0.954, severity 98.7 %, negation
  // 98.7 %, temporal 99.8 %, none read as current. Floors a little under what is reached.
  it('holds its floors, with no prior or retracted finding read as current', () => {
    assertStyleGoldFloors(evaluation, {
      foraminal: 0.94,
      strict: 0.93,
      central: 0.945,
      severity: 0.98,
      negation: 0.98,
      temporal: 0.99,
    });
  });
});
