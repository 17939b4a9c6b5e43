// A tenth outside reviewer's 30 blind-labelled reports (issue 15; US teleradiology templates and shorthand, UK
// and Australian prose, Indian dictation, tables, Lee grades beside Meyerding grades, comparisons, bounded and
// hedged grades), written after rounds 9 to 11 and held out until scored on their merged parser: foraminal F1
// 0.971 on first run (0.961 recall, 0.980 precision), none read as current. One family was then fixed (a level
// added by "including (at)" joins the range before it: round11.test.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertStyleGoldFloors, evaluateStyleGold } from './_gold.js';

describe('evaluation against outside reviewer 10 (styles/reviewer10.json)', () => {
  const { reports, evaluation } = evaluateStyleGold('reviewer10.json');

  it('holds the 30 reports as labelled', () => {
    assert.equal(reports.length, 30);
  });

  // Reached: foraminal F1 0.981, strict 0.974, central 0.981, severity 99.3 %, negation 100.0 %,
  // temporal 99.8 %, 0 prior finding(s) read as current. Floors a little under.
  it('holds its floors, with no prior or retracted finding read as current', () => {
    assertStyleGoldFloors(evaluation, {
      foraminal: 0.97,
      strict: 0.96,
      central: 0.97,
      severity: 0.98,
      negation: 0.99,
      temporal: 0.99,
    });
  });
});
