/**
 * Test helpers shared by the parser's round tests: a report's findings of one type as sortable lines
 * ("L4-L5 left moderate current"), and a table of report texts against the lines they must give.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';

export const rows = (text: string, finding = 'foraminal-stenosis'): string[] =>
  parseReport(text)
    .findings.filter((f) => f.finding === finding)
    .map(
      (f) =>
        `${f.level} ${f.side ?? '-'} ${f.severity}${f.negated ? ' negated' : ''} ${f.temporal}` +
        (f.maxSeverity ? ` max ${f.maxSeverity}` : ''),
    )
    .sort();

export const table = (
  cases: readonly (readonly [string, readonly string[]])[],
  finding?: string,
): void => {
  for (const [text, expected] of cases) {
    it(text.replace(/\n/g, ' / '), () => {
      assert.deepEqual(rows(text, finding), [...expected].sort());
    });
  }
};
