// A sixth outside reviewer's 40 blind-labelled reports (issue 15; US prose, templated and voice-dictated,
// teleradiology, UK, Indian, Australian and Canadian styles; MRI, CT and CT myelogram), held out and
// scored first on the round-7 parser: foraminal strict F1 0.817 with 1 resolved finding read as current.
// Round 8 then fixed families from its misses (levels, roots and punctuation dictated as words, "Resolved
// X", a retraction of "the previously reported stenosis", clearances with sided exceptions, a finding
// graded level by level, "and none at L5-S1", "mild left and no right", "R patent", spaced-slash rows,
// a root caught beyond the foramen), each tested on wordings of its own in
// src/report-parser/round8.test.ts, so the set is no longer unseen. Floors a little under the level
// reached.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateStyleGold } from './_gold.js';

describe('evaluation against the sixth outside reviewer (styles/reviewer6.json)', () => {
  const { reports, evaluation } = evaluateStyleGold('reviewer6.json');

  it('holds the 40 reports as labelled', () => {
    assert.equal(reports.length, 40);
  });

  // Reached: foraminal F1 0.892, strict 0.882, central 0.857, severity 98.9 %, negation 93.7 %,
  // temporal 100 %. Most misses left are convention differences this project keeps. (a) This reviewer
  // labels "no significant stenosis" as a bound (at most mild); this project, with every other reviewer,
  // reads it as a negation (six reports). (b) A level called "normal", "unremarkable", "L3/4 and above:
  // Normal" or "the remaining levels are unremarkable" clears canal and foramina here; this reviewer
  // leaves it unlabelled. (c) "Otherwise, no stenosis" clears only the levels not described here; this
  // reviewer also clears the undescribed side and canal of described levels (rr6-10). (d) A resolved
  // finding is reported negated beside a prior finding with its earlier grade; this reviewer gives the
  // resolved entry the earlier grade. T12-L1 is covered by a report-wide clearance only when the report
  // names it, as this reviewer labels it.
  it('foraminal level + side F1 >= 0.88, strict >= 0.87, central >= 0.84, severity >= 98 %, negation >= 92 %', () => {
    const f = evaluation.perType.get('foraminal-stenosis');
    assert.ok(f && f.f1 >= 0.88, JSON.stringify(f));
    assert.ok(evaluation.foraminalStrict.f1 >= 0.87, JSON.stringify(evaluation.foraminalStrict));
    const c = evaluation.perType.get('central-canal-stenosis');
    assert.ok(c && c.f1 >= 0.84, JSON.stringify(c));
    assert.ok(
      evaluation.foraminalSeverity.accuracy >= 0.98,
      JSON.stringify(evaluation.foraminalSeverity),
    );
    assert.ok(evaluation.negation.accuracy >= 0.92, JSON.stringify(evaluation.negation));
    assert.ok(evaluation.temporal.accuracy >= 0.99, JSON.stringify(evaluation.temporal));
  });

  it('reports no prior or retracted finding as current', () => {
    assert.equal(evaluation.priorAsCurrent, 0);
  });
});
