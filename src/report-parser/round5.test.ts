// Issue 15, round 5: families of the second outside reviewer's remaining misses, each tested on
// several wordings of my own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';

const rows = (text: string, finding = 'foraminal-stenosis'): string[] =>
  parseReport(text)
    .findings.filter((f) => f.finding === finding)
    .map(
      (f) =>
        `${f.level} ${f.side ?? '-'} ${f.severity}${f.negated ? ' negated' : ''} ${f.temporal}` +
        (f.maxSeverity ? ` max ${f.maxSeverity}` : ''),
    )
    .sort();

describe('a negated bare "stenosis" that names no structure clears the canal and both foramina', () => {
  const cases: [string, string][] = [
    ['L3-4: Minimal bulge. No stenosis.', 'L3-L4'],
    ['L2/3: No significant stenosis.', 'L2-L3'],
    ['At L5-S1 there is a tiny central annular fissure, without stenosis.', 'L5-S1'],
    ['l4 5 no stenosis', 'L4-L5'],
    ['L1-L2: No evidence of stenosis.', 'L1-L2'],
    ['L4-5: disc bulge touching the left L5 nerve root without stenosis.', 'L4-L5'],
  ];
  for (const [text, level] of cases) {
    it(text, () => {
      assert.deepEqual(rows(text), [`${level} bilateral none negated current`]);
      assert.deepEqual(rows(text, 'central-canal-stenosis'), [
        `${level} central none negated current`,
      ]);
    });
  }

  it('a bounded bare stenosis bounds both too ("no severe stenosis")', () => {
    for (const [text, level] of [
      ['L1-2: no severe stenosis.', 'L1-L2'],
      ['L3/4: Without high-grade stenosis.', 'L3-L4'],
    ] as const) {
      assert.deepEqual(rows(text), [`${level} bilateral null current max moderate`]);
      assert.deepEqual(rows(text, 'central-canal-stenosis'), [
        `${level} central null current max moderate`,
      ]);
    }
  });

  it('a named place keeps its own reading, and a positive bare stenosis is the canal', () => {
    assert.deepEqual(rows('L4-5: Facet arthropathy, no canal stenosis.'), []);
    assert.deepEqual(rows('L2-3: No stenosis of the canal.'), []);
    assert.deepEqual(rows('L3-4: Moderate stenosis.'), []);
    assert.deepEqual(rows('L3-4: Moderate stenosis.', 'central-canal-stenosis'), [
      'L3-L4 central moderate current',
    ]);
  });

  it('the negation of both foramina yields to a foraminal finding stated at the level', () => {
    assert.deepEqual(
      rows('L4-5: Disc bulge. No significant stenosis. Mild left foraminal narrowing.'),
      ['L4-L5 left mild current', 'L4-L5 right none negated current'],
    );
    assert.deepEqual(rows('L2-3: Bulge without stenosis. Slight bilateral foraminal narrowing.'), [
      'L2-L3 bilateral mild current',
    ]);
    assert.deepEqual(rows('L5-S1: Unremarkable. Mild right exit foraminal narrowing.'), [
      'L5-S1 left none negated current',
      'L5-S1 right mild current',
    ]);
  });
});

describe('per-side grades after a bilateral finding, the side first ("(R mod, L mild)")', () => {
  const cases: [string, string[]][] = [
    [
      'L4-5: Bilateral foraminal stenosis (L severe, R mild).',
      ['L4-L5 left severe current', 'L4-L5 right mild current'],
    ],
    [
      'L2/3: B/L NFN (Rt mild, Lt mod).',
      ['L2-L3 left moderate current', 'L2-L3 right mild current'],
    ],
    [
      'L5-S1: Foramina narrowed bilaterally, right moderate and left mild.',
      ['L5-S1 left mild current', 'L5-S1 right moderate current'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
});

describe('a graded foramen with no predicate is narrowed ("sev L NF", "R NF mild")', () => {
  const cases: [string, string[]][] = [
    ['L4/5: mod R NF, mild L NF.', ['L4-L5 left mild current', 'L4-L5 right moderate current']],
    [
      'L5-S1: Lt foramen severe, Rt foramen mild.',
      ['L5-S1 left severe current', 'L5-S1 right mild current'],
    ],
    ['L3-4: minimal left foramen.', ['L3-L4 left mild current']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
  it('an ungraded foramen, or a foraminal lesion, states no stenosis', () => {
    assert.deepEqual(rows('L2-3: Mild right foraminal disc protrusion.'), []);
    assert.deepEqual(rows('L4-5: The right foramen contains a small cyst.'), []);
  });
});

describe('"ok", "okay", "fine" say a structure is normal; "looks" joins it to its structure', () => {
  const cases: [string, string[], string[]][] = [
    ['L4/5: NFs OK.', ['L4-L5 bilateral none negated current'], []],
    ['L3-4: Foramina are fine bilaterally.', ['L3-L4 bilateral none negated current'], []],
    [
      'L2-3: canal fine, foramina ok.',
      ['L2-L3 bilateral none negated current'],
      ['L2-L3 central none negated current'],
    ],
    [
      'L5-S1: the right foramen looks okay; the left is moderately narrowed.',
      ['L5-S1 left moderate current', 'L5-S1 right none negated current'],
      [],
    ],
  ];
  for (const [text, foramina, canal] of cases) {
    it(text, () => {
      assert.deepEqual(rows(text), foramina);
      assert.deepEqual(rows(text, 'central-canal-stenosis'), canal);
    });
  }
});
