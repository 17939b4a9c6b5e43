import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SEVERITY_TERMS } from './data/severity-terms.js';
import { PARSER_SOURCES } from './data/sources.js';
import { parseReport } from './parse-report.js';

const severityOf = (text: string): string | null | undefined =>
  parseReport(text).findings.find((f) => f.finding === 'foraminal-stenosis')?.severity;

describe('severity words on the common scale', () => {
  for (const term of SEVERITY_TERMS) {
    it(`"${term.literal}" → ${term.severity} (${term.source})`, () => {
      assert.ok(term.source in PARSER_SOURCES);
      assert.equal(severityOf(`L4-L5: ${term.literal} left foraminal narrowing.`), term.severity);
    });
  }

  const ranges: [string, string][] = [
    ['mild to moderate', 'mild-moderate'],
    ['mild-moderate', 'mild-moderate'],
    ['mild/moderate', 'mild-moderate'],
    ['moderate to severe', 'moderate-severe'],
    ['moderate-to-severe', 'moderate-severe'],
    ['moderately severe', 'moderate-severe'],
    ['minimal to mild', 'mild'],
    ['mild to severe', 'moderate'],
  ];
  for (const [words, expected] of ranges) {
    it(`range "${words}" → ${expected}`, () =>
      assert.equal(severityOf(`L3-L4: ${words} right foraminal stenosis.`), expected));
  }

  it('absence words give none: "no significant", "patent", "normal", "without"', () => {
    for (const text of [
      'L4-L5: no significant foraminal narrowing.',
      'L4-L5: the neural foramina are patent.',
      'L4-L5: normal neural foramina.',
      'L4-L5: bulge without foraminal stenosis.',
    ]) {
      const f = parseReport(text).findings.find((x) => x.finding === 'foraminal-stenosis');
      assert.equal(f?.negated, true, text);
      assert.equal(f?.severity, 'none', text);
    }
  });

  it('an ungraded statement has severity null', () => {
    assert.equal(severityOf('L5-S1: disc bulge compressing the left exit canal.'), null);
  });

  it('a grade on the lesion does not grade the foramen ("mild disc bulge ... encroaching the exit canals")', () => {
    assert.equal(
      severityOf(
        'Mild disc bulge noted at L4-L5 level, abutting the thecal sac and encroaching upon the exit canals.',
      ),
      null,
    );
  });

  it('a predicate adverb grades every object it governs', () => {
    const f = parseReport(
      'Diffuse disc bulge noted at L4/L5 level, mildly compressing the thecal sac and exit nerve roots.',
    ).findings;
    assert.equal(f.find((x) => x.finding === 'foraminal-stenosis')?.severity, 'mild');
    assert.equal(f.find((x) => x.finding === 'nerve-root-compression')?.severity, 'mild');
  });

  it('grades after the statement: "to a mild degree", "which is quite severe"', () => {
    assert.equal(
      parseReport('There is disc space narrowing to a mild degree at L2-3.').findings[0]?.severity,
      'mild',
    );
    assert.equal(
      severityOf('At L5-S1, right-sided neuroforaminal stenosis, which is quite severe.'),
      'severe',
    );
  });
});
