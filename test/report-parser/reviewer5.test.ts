// A fifth outside reviewer's 40 blind-labelled reports (issue 15; US, UK, Indian and Australian styles,
// CT and CT myelogram, addenda, prior studies, transitional anatomy), held out and scored first on the
// round-6 parser: foraminal strict F1 0.923 with 2 prior or withdrawn findings read as current. Round 7
// then fixed families from its misses (earlier grades, slash
// tables headed "Level: canal / …", a grading system declared on its own line, "… and patent
// elsewhere", a level called "negative"), each tested on wordings of its own in
// src/report-parser/round7.test.ts, so the set is no longer unseen. Floors a little under the level
// reached.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateStyleGold } from './_gold.js';

describe('evaluation against the fifth outside reviewer (styles/reviewer5.json)', () => {
  const { reports, evaluation } = evaluateStyleGold('reviewer5.json');

  it('holds the 40 reports as labelled', () => {
    assert.equal(reports.length, 40);
  });

  // Reached: foraminal F1 0.971, strict 0.959, central 0.965, severity 98.8 %, negation 100 %,
  // temporal 99.8 %. The misses left are mostly two convention differences. This reviewer reads
  // "throughout" and "elsewhere" as reaching T12-L1 even when the report never names it; this project
  // clears T12-L1 only when the report names it (it says nothing about a level the report does not
  // mention; the second and sixth outside reviewers read it so), which costs 22 missed negations here
  // (with T12-L1 included the set scored F1 0.992). And this reviewer gives a resolved finding its
  // earlier grade (not negated), where this project reports it negated beside a prior finding with that
  // grade, as the other reviewers label it.
  it('foraminal level + side F1 >= 0.965, strict >= 0.95, central >= 0.96, severity >= 98 %, negation >= 99 %', () => {
    const f = evaluation.perType.get('foraminal-stenosis');
    assert.ok(f && f.f1 >= 0.965, JSON.stringify(f));
    assert.ok(evaluation.foraminalStrict.f1 >= 0.95, JSON.stringify(evaluation.foraminalStrict));
    const c = evaluation.perType.get('central-canal-stenosis');
    assert.ok(c && c.f1 >= 0.96, JSON.stringify(c));
    assert.ok(
      evaluation.foraminalSeverity.accuracy >= 0.98,
      JSON.stringify(evaluation.foraminalSeverity),
    );
    assert.ok(evaluation.negation.accuracy >= 0.99, JSON.stringify(evaluation.negation));
    assert.ok(evaluation.temporal.accuracy >= 0.99, JSON.stringify(evaluation.temporal));
  });

  it('reports no prior or retracted finding as current', () => {
    assert.equal(evaluation.priorAsCurrent, 0);
  });
});
