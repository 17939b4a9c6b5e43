// Issue 15: a table column that holds both foramina in one cell ("Foramina L/R" over "mod/sev"),
// found in a held-out outside set where such rows read one side or none. Wordings are my own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';

const foramina = (text: string): string[] =>
  parseReport(text)
    .findings.filter((f) => f.finding === 'foraminal-stenosis')
    .map((f) => `${f.level} ${f.side} ${f.negated ? 'none' : f.severity}`)
    .sort();

describe('tables: one cell for both foramina', () => {
  it('reads "L/R" cells left then right, with nil and dashes as none', () => {
    const text =
      'Level | Canal | Foramina L/R\nL3/4 | mild | nil/mod\nL4/5 | mod | sev / mild\nL5/S1 | nil | -/-';
    assert.deepEqual(foramina(text), [
      'L3-L4 left none',
      'L3-L4 right moderate',
      'L4-L5 left severe',
      'L4-L5 right mild',
      'L5-S1 left none',
      'L5-S1 right none',
    ]);
  });

  it('follows the header when it names the right foramen first', () => {
    const text = '| Level | Stenosis (Rt/Lt) |\n| L2-3 | mild/none |\n| L4-5 | normal/moderate |';
    assert.deepEqual(foramina(text), [
      'L2-L3 left none',
      'L2-L3 right mild',
      'L4-L5 left moderate',
      'L4-L5 right none',
    ]);
  });
});
