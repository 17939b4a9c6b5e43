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

/** Rows for every lumbar level cleared on both sides but the levels of `stated`, which replace them. */
export const clearedBut = (...stated: readonly string[]): string[] => {
  const levels = ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'];
  const named = new Set(stated.map((row) => row.split(' ')[0]));
  return [
    ...levels.filter((l) => !named.has(l)).map((l) => `${l} bilateral none negated current`),
    ...stated,
  ];
};
