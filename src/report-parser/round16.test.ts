// Round 16: families found on the thirteenth outside set (styles/reviewer13.json: structured templates,
// teleradiology reads, level-naming variants, post-operative and CT reports), each tested with wordings
// of my own beside the report's. Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';
import { table } from './_test-rows.js';

describe('a grid aligned with spaces is a table, with its legend above a blank line', () => {
  const grid = [
    'Grades (0 = none, 1 = mild, 2 = moderate, 3 = severe):',
    '',
    'Level     Canal    Lt NF    Rt NF',
    'L3-L4     0        1        1',
    'L4-L5     1        1        2',
    'L5-S1     2        0        3',
  ].join('\n');
  table([
    [
      grid,
      [
        'L3-L4 left mild current',
        'L3-L4 right mild current',
        'L4-L5 left mild current',
        'L4-L5 right moderate current',
        'L5-S1 left none negated current',
        'L5-S1 right severe current',
      ],
    ],
    [
      'LEVEL      CANAL      LEFT FORAMEN     RIGHT FORAMEN\nL1-L2      normal     mild             normal\nL2-L3      mild       severe           moderate',
      [
        'L1-L2 left mild current',
        'L1-L2 right none negated current',
        'L2-L3 left severe current',
        'L2-L3 right moderate current',
      ],
    ],
  ]);
  table(
    [
      [
        grid,
        [
          'L3-L4 central none negated current',
          'L4-L5 central mild current',
          'L5-S1 central moderate current',
        ],
      ],
    ],
    'central-canal-stenosis',
  );
  it('leaves prose with a double space after a full stop alone', () => {
    assert.deepEqual(
      parseReport('L4-5: Mild disc bulge.  No canal stenosis.  Moderate left foraminal narrowing.')
        .findings.filter((f) => f.finding === 'foraminal-stenosis')
        .map((f) => `${f.level} ${f.side} ${f.severity}`),
      ['L4-L5 left moderate'],
    );
  });
  it('keeps a legend across one blank line only for a table right after it', () => {
    const text =
      'Key: 0 = none, 1 = mild, 2 = moderate, 3 = severe.\n\nL4-5: 2 small disc bulges, no foraminal narrowing.';
    assert.deepEqual(
      parseReport(text)
        .findings.filter((f) => f.finding === 'foraminal-stenosis')
        .map((f) => `${f.level} ${f.severity}`),
      ['L4-L5 none'],
    );
  });
});

describe('a bound over the levels not described ("other levels without high-grade stenosis")', () => {
  table([
    [
      'L4-5: mild bilateral foraminal narrowing. Other levels without high-grade stenosis.',
      [
        'L1-L2 bilateral null current max moderate',
        'L2-L3 bilateral null current max moderate',
        'L3-L4 bilateral null current max moderate',
        'L4-L5 bilateral mild current',
        'L5-S1 bilateral null current max moderate',
      ],
    ],
    [
      'L2-3: severe right foraminal stenosis. Otherwise no moderate or severe foraminal narrowing.',
      [
        'L1-L2 bilateral null current max mild',
        'L2-L3 right severe current',
        'L3-L4 bilateral null current max mild',
        'L4-L5 bilateral null current max mild',
        'L5-S1 bilateral null current max mild',
      ],
    ],
  ]);
});

describe('"between L4 and L5" and "the LS junction" name disc levels', () => {
  table([
    [
      'Between L4 and L5 there is moderate left foraminal narrowing.',
      ['L4-L5 left moderate current'],
    ],
    [
      'Between the L3 and L4 vertebrae the right exit foramen is mildly narrowed.',
      ['L3-L4 right mild current'],
    ],
    ['At the LS junction the left foramen is severely narrowed.', ['L5-S1 left severe current']],
    // Not adjacent: no disc level.
    ['Between L2 and L4 the foramina are narrowed.', []],
  ]);
});

describe('a negation does not reach a structure stated normal after "and"', () => {
  // A "no" read over "patent" would turn the foramina into a narrowing of unknown grade.
  table([
    [
      'L4-5: There is no canal stenosis, and the neural foramina appear patent.',
      ['L4-L5 bilateral none negated current'],
    ],
    [
      'L3/4: No central stenosis and the exit foramina are clear.',
      ['L3-L4 bilateral none negated current'],
    ],
    [
      'There is no canal stenosis at these levels, and the foramina at L4-L5 and L5-S1 appear patent.',
      ['L4-L5 bilateral none negated current', 'L5-S1 bilateral none negated current'],
    ],
    // Still one list under the "no".
    ['L2-3: no canal stenosis or foraminal narrowing.', ['L2-L3 bilateral none negated current']],
  ]);
});

describe('a Lee grade that is the whole statement about a foramen ("Left foramen: Lee 1")', () => {
  table([
    [
      'Foramina graded by Lee.\nL4/5\n  Left foramen: Lee 1\n  Right foramen: Lee 2',
      ['L4-L5 left mild current', 'L4-L5 right moderate current'],
    ],
    [
      'L5-S1: Right foramen: Lee grade 3. Left foramen: Lee grade 0.',
      ['L5-S1 left none negated current', 'L5-S1 right severe current'],
    ],
    // The side before or after the grade keeps its own grade.
    [
      'L5/S1: Foramina: left grade 1 (Lee), right grade 0.',
      ['L5-S1 left mild current', 'L5-S1 right none negated current'],
    ],
    [
      'L2-L3: Foramina Lee grade 1 right, grade 0 left.',
      ['L2-L3 left none negated current', 'L2-L3 right mild current'],
    ],
  ]);
});

describe('an exiting root is on one side', () => {
  table([
    // What the narrowing does to the root is not a second, sideless foraminal finding.
    [
      'L4-5: Moderate narrowing of the left foramen, with mild displacement of the exiting L4 nerve root.',
      ['L4-L5 left moderate current'],
    ],
    [
      'L4-5: A left-sided far lateral protrusion. This results in moderate narrowing of the ipsilateral foramen, with contact and mild displacement of the exiting L4 root. The contralateral foramen is patent.',
      ['L4-L5 left moderate current', 'L4-L5 right none negated current'],
    ],
    // A root with no side of its own takes the side of the lesion that reaches it.
    [
      'L4-5: Left foraminal protrusion compressing the exiting L4 nerve root.',
      ['L4-L5 left null current'],
    ],
    // A central lesion, or both roots, stay bilateral.
    [
      'L4-5: Central protrusion compressing the exiting L4 nerve root.',
      ['L4-L5 bilateral null current'],
    ],
    [
      'L4-5: Left foraminal protrusion compressing both exiting roots.',
      ['L4-L5 bilateral null current'],
    ],
  ]);
});

describe('"the last lumbar level" is L5-S1', () => {
  table([
    [
      'At the last lumbar level the canal and foramina are adequate.',
      ['L5-S1 bilateral none negated current'],
    ],
    [
      'The lowest lumbar level shows severe right foraminal narrowing.',
      ['L5-S1 right severe current'],
    ],
  ]);
});

describe('an ungraded bilateral mention beside both sides graded says nothing more', () => {
  table([
    [
      'Foramina: mild narrowing on each side at L3-L4; at L4-L5, moderate on the left and mild on the right.',
      ['L3-L4 bilateral mild current', 'L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
    [
      'L2-3: The foramina are narrowed, more on the right: severe on the right and mild on the left.',
      ['L2-L3 left mild current', 'L2-L3 right severe current'],
    ],
    // One side graded: the bilateral mention still speaks for the other.
    [
      'L4-5: The foramina are narrowed. Moderate on the left.',
      ['L4-L5 bilateral null current', 'L4-L5 left moderate current'],
    ],
  ]);
});

describe('a grade restated after the verb ("narrowed, moderately so")', () => {
  table([
    [
      'L3/4: The right exit foramen is narrowed, moderately so; the left is slightly narrowed.',
      ['L3-L4 left mild current', 'L3-L4 right moderate current'],
    ],
    ['L5-S1: The left foramen is narrowed, severely so.', ['L5-S1 left severe current']],
  ]);
});
