// Issue 15: one-line history, technique and comparison sections before findings that have no
// FINDINGS heading. Before, the history section ran on to the end of the report and every finding in
// it was silently dropped; a line that opens with a level or an anatomy label now begins this study's
// findings. Wordings are my own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';

const foramina = (text: string): string[] =>
  parseReport(text)
    .findings.filter((f) => f.finding === 'foraminal-stenosis')
    .map((f) => `${f.level} ${f.side} ${f.negated ? 'none' : f.severity} ${f.temporal}`)
    .sort();

describe('one-line sections before headless findings', () => {
  it('a level line after a one-line history begins the findings', () => {
    for (const history of [
      'Hx: R sciatica.',
      'History: L leg pain x 3/12.',
      'Indication: ?L5 root.',
    ]) {
      const text = `${history}\nL4-5: DB. Mod R NFN.\nL5-S1: mild bilat NFN.`;
      assert.deepEqual(
        foramina(text),
        ['L4-L5 right moderate current', 'L5-S1 bilateral mild current'],
        history,
      );
    }
  });

  it('"Comp:" is a comparison line, and the lines after it describe this study', () => {
    const text = 'Hx: LBP.\nComp: none.\nL3-4: severe left NFN.';
    assert.deepEqual(foramina(text), ['L3-L4 left severe current']);
  });

  it('an anatomy label after a technique line begins the findings', () => {
    for (const label of ['Alignment/vertebrae: Normal.', 'Conus: ends at L1.', 'Marrow: normal.']) {
      const text = `Technique: Sagittal and axial T1 and T2.\n${label}\nL2-3: moderate right foraminal narrowing.`;
      assert.deepEqual(foramina(text), ['L2-L3 right moderate current'], label);
    }
  });

  it('a history paragraph that mentions a level in its text stays history', () => {
    const text =
      'Clinical history: known moderate L4-5 foraminal stenosis on an outside scan.\n' +
      'Worse over 2 weeks.\nFindings:\nL4-5: mild right foraminal narrowing.';
    assert.deepEqual(foramina(text), ['L4-L5 right mild current']);
  });
});
