/** The report parser's findings feed the assessment engine unchanged (issue 4 imaging, issue 6 output). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assess, parseReport } from '../../src/index.js';

const REPORT = `FINDINGS:
L4-5: Broad-based disc bulge with moderate left greater than right neural foraminal narrowing.
L5-S1: No significant canal or foraminal stenosis.
IMPRESSION: Moderate bilateral L4-5 foraminal narrowing, left greater than right.`;

describe('parse-report output is valid assess imaging input', () => {
  const findings = parseReport(REPORT).findings;

  it('the parser finds the L4-L5 foraminal stenosis', () => {
    assert.ok(
      findings.some((f) => f.level === 'L4-L5' && f.finding === 'foraminal-stenosis' && !f.negated),
    );
  });

  it('a left L4 presentation with those findings is concordant at L4-L5 foraminal', () => {
    const result = assess({
      symptoms: [
        { kind: 'pain', region: 'medial-leg', side: 'left' },
        { kind: 'numbness', region: 'medial-ankle', side: 'left' },
      ],
      exam: {
        motor: [{ movement: 'ankle-dorsiflexion', side: 'left', mrc: 4 }],
        reflexes: [{ reflex: 'patellar', side: 'left', status: 'reduced' }],
      },
      imaging: findings,
    });
    assert.equal(result.roots[0]?.root, 'L4');
    const foraminal = findings.findIndex(
      (f) => f.level === 'L4-L5' && f.finding === 'foraminal-stenosis' && !f.negated,
    );
    const verdict = result.concordance.find((c) => c.imagingIndex === foraminal);
    assert.equal(verdict?.concordant, true, JSON.stringify(result.concordance));
  });
});
