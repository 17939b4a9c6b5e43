import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from '../../src/index.js';
import type { GoldFinding } from '../../src/report-parser/evaluate.js';
import { loadGold } from './_gold.js';

// Every synthetic hard case must yield exactly its hand-written findings (level, type, side, severity,
// negation, uncertainty, root, and the worse side of a bilateral finding).
const key = (f: {
  level: string | null;
  finding: string;
  side?: string | null | undefined;
  severity: string | null;
  negated: boolean;
  uncertain: boolean;
  root?: string | null | undefined;
  asymmetry?: string | null | undefined;
}): string =>
  [
    f.level ?? '-',
    f.finding,
    f.side ?? '-',
    f.severity ?? '-',
    f.negated ? 'negated' : '',
    f.uncertain ? 'uncertain' : '',
    f.root ?? '',
    f.asymmetry ?? '',
  ].join(' ');

const goldKey = (g: GoldFinding): string =>
  key(g.level === null ? { ...g, level: `vertebra:${g.vertebra ?? '?'}`, side: null } : g);

describe('hard cases (synthetic, hand-labelled)', () => {
  const cases = loadGold('hard');
  it('there are at least 30', () => assert.ok(cases.length >= 30, `${cases.length}`));
  for (const { gold, text } of cases) {
    it(`${gold.id}: ${gold.note ?? ''}`, () => {
      const r = parseReport(text ?? '');
      const got = [
        ...r.findings.map(key),
        ...r.vertebrae.map((v) =>
          key({
            level: `vertebra:${v.vertebra}`,
            finding: v.finding,
            severity: v.negated ? 'none' : null,
            negated: v.negated,
            uncertain: v.uncertain,
          }),
        ),
      ].sort();
      assert.deepEqual(got, gold.findings.map(goldKey).sort());
    });
  }
});
