// The third outside reviewer's 60 blind-labelled reports (issue 15), scored before any change made for
// them and kept as a fixture afterwards: floors at the level the parser reached, so a change that loses
// one of the families fixed for them fails here. The labels the parser disagrees with by convention are
// listed in test/fixtures/reports/styles/README.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateStyleGold } from './_gold.js';

/**
 * Labels left unmatched on purpose (styles/README.md): a canal called normal in the same breath as a
 * resolved or withdrawn stenosis is read as a current negative, which the reviewer does not label.
 */
const CURRENT_NEGATIVES_BESIDE_A_RESOLUTION = new Set([
  'rr3-12 spurious L4-L5 central-canal-stenosis central negated',
  'rr3-26 spurious L5-S1 central-canal-stenosis central negated',
]);

describe('evaluation against the third outside reviewer (styles/reviewer3.json)', () => {
  const { reports, evaluation } = evaluateStyleGold('reviewer3.json');

  it('holds the 60 reports as labelled', () => {
    assert.equal(reports.length, 60);
  });

  // Reached: foraminal F1 0.978 (precision 1.000), central 0.969, strict 0.978, severity, negation and
  // temporal 100 %; every foraminal miss left is a T12-L1 label (see the next test).
  it('foraminal level + side F1 >= 0.975, central >= 0.965, severity >= 99 %, negation >= 99 %', () => {
    const f = evaluation.perType.get('foraminal-stenosis');
    assert.ok(f && f.f1 >= 0.975, JSON.stringify(f));
    const c = evaluation.perType.get('central-canal-stenosis');
    assert.ok(c && c.f1 >= 0.965, JSON.stringify(c));
    assert.ok(evaluation.foraminalStrict.f1 >= 0.975, JSON.stringify(evaluation.foraminalStrict));
    assert.ok(
      evaluation.foraminalSeverity.accuracy >= 0.99,
      JSON.stringify(evaluation.foraminalSeverity),
    );
    assert.ok(evaluation.negation.accuracy >= 0.99, JSON.stringify(evaluation.negation));
    assert.ok(evaluation.temporal.accuracy >= 0.99, JSON.stringify(evaluation.temporal));
  });

  it('reports no prior or retracted finding as current', () => {
    assert.equal(evaluation.priorAsCurrent, 0);
  });

  it('disagrees only where the README says the conventions differ', () => {
    const namesT12 = new Set(reports.filter((r) => /\b[TD]12\b/.test(r.text)).map((r) => r.id));
    const unexplained = evaluation.mismatches
      .map((m) => `${m.id} ${m.kind} ${m.key}`)
      .filter((line) => {
        const [id, , key] = line.split(' ', 3);
        // "Throughout", "otherwise", "at any level" cover T12-L1 only when the report names it.
        const t12 = key === 'T12-L1' && id !== undefined && !namesT12.has(id);
        return !t12 && !CURRENT_NEGATIVES_BESIDE_A_RESOLUTION.has(line);
      });
    assert.deepEqual(unexplained, []);
  });
});
