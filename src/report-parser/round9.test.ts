// Round 9: silent misreadings found by reading the parser's output on wordings of my own, each
// tested as a family (side-first and level-first orders, "L4/5" and "L4-L5", prose and level-headed
// lines). Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';
import { clearedBut, table } from './_test-rows.js';

describe('a clearance whose exception names its side first keeps the exception’s grade', () => {
  table([
    [
      'L3-4: mild disc bulge.\n\nFindings: Foramina patent except on the left at L5-S1, where there is moderate narrowing.',
      clearedBut('L5-S1 left moderate current', 'L5-S1 right none negated current'),
    ],
    [
      'L3-4: mild disc bulge. L4-5: small protrusion. L5-S1: disc bulge. Foramina patent except on the left at L5-S1, where there is moderate narrowing.',
      clearedBut('L5-S1 left moderate current', 'L5-S1 right none negated current'),
    ],
    [
      'L4/5: disc bulge. L5/S1: disc bulge.\n\nThe exit foramina are patent, apart from the right at L4/5 (mild).',
      clearedBut('L4-L5 right mild current', 'L4-L5 left none negated current'),
    ],
    [
      'L4-L5 and L5-S1 disc bulges. Neural foramina are widely patent except for severe left L5-S1 narrowing.',
      clearedBut('L5-S1 left severe current', 'L5-S1 right none negated current'),
    ],
    [
      'The canal and foramina are widely patent throughout, except on the right at L4-L5 where there is mild foraminal narrowing.',
      clearedBut('L4-L5 right mild current', 'L4-L5 left none negated current'),
    ],
  ]);

  describe('and a level-first exception that gives only its grade is the cleared structure’s', () => {
    table([
      [
        'Disc bulges at L3-4, L4-5 and L5-S1. There is no foraminal stenosis except at L4-5 on the right where it is mild.',
        clearedBut('L4-L5 right mild current', 'L4-L5 left none negated current'),
      ],
      [
        'The neural foramina are patent other than at L2/3 on the left (moderate).',
        clearedBut('L2-L3 left moderate current', 'L2-L3 right none negated current'),
      ],
    ]);
  });

  it('covers T12-L1 only when the report names it', () => {
    const text =
      'T12-L1: normal. The neural foramina are patent except on the right at L3-L4, where a protrusion causes moderate foraminal narrowing.';
    const foraminal = parseReport(text).findings.filter((f) => f.finding === 'foraminal-stenosis');
    assert.deepEqual(
      foraminal.map((f) => `${f.level} ${f.side} ${f.severity}${f.negated ? ' negated' : ''}`),
      [
        'T12-L1 bilateral none negated',
        'L1-L2 bilateral none negated',
        'L2-L3 bilateral none negated',
        'L3-L4 left none negated',
        'L3-L4 right moderate',
        'L4-L5 bilateral none negated',
        'L5-S1 bilateral none negated',
      ],
    );
  });
});

describe('a bracketed Lee grade before "narrowing of the <side> foramen" keeps the side', () => {
  table([
    ['L4-5: (Lee grade 2) narrowing of the right exit foramen.', ['L4-L5 right moderate current']],
    ['L4-5: mild (Lee 1) narrowing of the left neural foramen.', ['L4-L5 left mild current']],
    [
      'At L5/S1 there is a disc bulge with moderate (Lee grade 2) narrowing of the right exit foramen and mild narrowing of the left.',
      ['L5-S1 right moderate current', 'L5-S1 left mild current'],
    ],
    ['Lee grade 3 narrowing of the left L5-S1 foramen.', ['L5-S1 left severe current']],
    [
      'There is (Lee 2) narrowing of the right L3-L4 neural foramen.',
      ['L3-L4 right moderate current'],
    ],
  ]);

  it('and the Lee grade stays on the finding', () => {
    const [f] = parseReport('L4-5: (Lee grade 2) narrowing of the right exit foramen.').findings;
    assert.deepEqual(f?.grade, { system: 'lee', value: 2 });
  });
});

describe('"the remaining foramina are patent" clears the foramina not yet described, side by side', () => {
  table([
    [
      'L4-5: moderate left foraminal narrowing. The remaining exit foramina are patent.',
      clearedBut('L4-L5 left moderate current', 'L4-L5 right none negated current'),
    ],
    [
      'L3-4: disc bulge. L4-5: moderate left foraminal narrowing. Remaining foramina are widely patent.',
      clearedBut('L4-L5 left moderate current', 'L4-L5 right none negated current'),
    ],
    [
      'At L3/4 a right foraminal protrusion narrows the right exit foramen moderately. The left L3/4 foramen is unremarkable. At L4/5 there is slight narrowing of both exit foramina. The remaining exit foramina are patent.',
      clearedBut(
        'L3-L4 right moderate current',
        'L3-L4 left none negated current',
        'L4-L5 bilateral mild current',
      ),
    ],
    [
      'Moderate right L5-S1 foraminal stenosis. All other foramina are patent.',
      clearedBut('L5-S1 right moderate current', 'L5-S1 left none negated current'),
    ],
    [
      'Severe left L4-L5 foraminal narrowing. The rest of the foramina are patent.',
      clearedBut('L4-L5 left severe current', 'L4-L5 right none negated current'),
    ],
  ]);

  describe('but "the other foramen" is the opposite one, and "the other levels’ foramina" name levels', () => {
    table([
      [
        'Moderate right L5-S1 foraminal stenosis. The other foramen is patent.',
        ['L5-S1 right moderate current', 'L5-S1 left none negated current'],
      ],
      [
        'L3-L4: mild right foraminal stenosis. L4-L5: disc bulge. L5-S1: disc bulge. The other levels’ foramina are normal.',
        [
          'L1-L2 bilateral none negated current',
          'L2-L3 bilateral none negated current',
          'L3-L4 right mild current',
          'L4-L5 bilateral none negated current',
          'L5-S1 bilateral none negated current',
        ],
      ],
    ]);
  });
});

describe('grades given side by side in one clause keep their own sides', () => {
  table([
    [
      'L3-4: Lee grade 2 right, grade 0 left.',
      ['L3-L4 right moderate current', 'L3-L4 left none negated current'],
    ],
    [
      'L4-5: foraminal narrowing, Lee 1 on the left and Lee 3 on the right.',
      ['L4-L5 left mild current', 'L4-L5 right severe current'],
    ],
    [
      'L4-5 foramina: R grade 2, L grade 1 (Lee).',
      ['L4-L5 right moderate current', 'L4-L5 left mild current'],
    ],
    [
      'L4-5: moderate right, mild left foraminal narrowing.',
      ['L4-L5 right moderate current', 'L4-L5 left mild current'],
    ],
    [
      'At L4/5 there is moderate right and mild left foraminal narrowing.',
      ['L4-L5 right moderate current', 'L4-L5 left mild current'],
    ],
    [
      'L5/S1 foramina: moderate right, mild left.',
      ['L5-S1 right moderate current', 'L5-S1 left mild current'],
    ],
    [
      'L3-L4:\nForamina Lee grade 1 right, grade 0 left.',
      ['L3-L4 right mild current', 'L3-L4 left none negated current'],
    ],
    [
      'L2-3: Lee 0 on the right and Lee 2 on the left.',
      ['L2-L3 right none negated current', 'L2-L3 left moderate current'],
    ],
  ]);

  it('each side keeps its Lee grade, grade 0 included', () => {
    const found = parseReport('L3-4: Lee grade 2 right, grade 0 left.').findings;
    assert.deepEqual(
      found.map((f) => `${f.side} ${f.grade?.system ?? '-'} ${f.grade?.value ?? '-'}`).sort(),
      ['left lee 0', 'right lee 2'],
    );
  });

  describe('a side that belongs to the noun after the grade is not moved', () => {
    table([
      [
        'L4-5: Lee grade 1 left foraminal stenosis, Lee 0 right.',
        ['L4-L5 left mild current', 'L4-L5 right none negated current'],
      ],
      ['Severe (Lee grade 3) right L3-L4 foraminal stenosis.', ['L3-L4 right severe current']],
    ]);
  });
});
