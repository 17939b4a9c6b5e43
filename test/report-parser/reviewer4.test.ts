// A fourth outside reviewer's 40 blind-labelled reports (issue 15), written after the second and third
// sets were in use and held out from the parser work: scored first on main (foraminal F1 0.850) and
// on the round-5 parser (0.926). One family was then fixed from its misses (a one-line history or
// technique section swallowed the findings of a report without a FINDINGS heading: whole reports read
// as empty), and a second (one table cell for both foramina, 'L/R': 'mod/sev'), so it is no longer
// unseen; the rest is kept as found. Floors at the level reached.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateStyleGold } from './_gold.js';

describe('evaluation against the fourth outside reviewer (styles/reviewer4.json)', () => {
  const { reports, evaluation } = evaluateStyleGold('reviewer4.json');

  it('holds the 40 reports as labelled', () => {
    assert.equal(reports.length, 40);
  });

  // Reached: foraminal F1 0.953 (P 0.967, R 0.940), central 0.985, severity 99.5 %, negation 98.9 %,
  // temporal 99.7 %.
  it('foraminal level + side F1 >= 0.95, central >= 0.98, severity >= 99 %, negation >= 98.5 %', () => {
    const f = evaluation.perType.get('foraminal-stenosis');
    assert.ok(f && f.f1 >= 0.95, JSON.stringify(f));
    const c = evaluation.perType.get('central-canal-stenosis');
    assert.ok(c && c.f1 >= 0.98, JSON.stringify(c));
    assert.ok(
      evaluation.foraminalSeverity.accuracy >= 0.99,
      JSON.stringify(evaluation.foraminalSeverity),
    );
    assert.ok(evaluation.negation.accuracy >= 0.985, JSON.stringify(evaluation.negation));
  });

  it('reports no prior or retracted finding as current', () => {
    assert.equal(evaluation.priorAsCurrent, 0);
  });
});
