// Round 19: families from the sixteenth outside set (styles/reviewer16.json: how reports say "no",
// "maybe" and "where": negation forms, hedges, whole-spine studies, scoliosis, structure-first layouts,
// foramina named by their root, level ranges), each tested with wordings of my own beside the report's.
// Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table, clearedBut } from './_test-rows.js';

describe('the concave and convex side of a scoliosis', () => {
  table([
    [
      'Degenerative scoliosis convex to the left. L2/3: Foraminal narrowing on the concave side of the curve, moderate. The convex-side foramen is patent.',
      ['L2-L3 left none negated current', 'L2-L3 right moderate current'],
    ],
    [
      'Mild levoscoliosis. L3-4: foraminal narrowing on the concave side, severe; the foramen on the convex side is widened.',
      ['L3-L4 left none negated current', 'L3-L4 right severe current'],
    ],
    [
      'Dextroconvex curvature. L2-3: foraminal narrowing on the concave side, mild.',
      ['L2-L3 left mild current'],
    ],
    [
      'Degenerative scoliosis, convex right. L3-4: the left foramen, on the concave side, is moderately narrowed.',
      ['L3-L4 left moderate current'],
    ],
    // The curve's sides in grades after the noun, read by the clause cuts too.
    [
      'Mild dextroscoliosis. L3-4: foraminal narrowing, moderate on the concave side and mild on the convex side.',
      ['L3-L4 left moderate current', 'L3-L4 right mild current'],
    ],
    [
      'Mild dextroscoliosis. L3-4: moderate foraminal narrowing on the concave side, mild on the convex side.',
      ['L3-L4 left moderate current', 'L3-L4 right mild current'],
    ],
    // No convexity stated, or curves both ways: no side is guessed (the sideless reading stays).
    [
      'Mild scoliosis. L2/3: foraminal narrowing on the concave side of the curve, mild.',
      ['L2-L3 bilateral mild current'],
    ],
    [
      'Levoscoliosis with a right convex lumbosacral curve. L4-5: foraminal narrowing on the concave side, mild.',
      ['L4-L5 bilateral mild current'],
    ],
  ]);
});

describe('a foramen named by the root that exits it', () => {
  table([
    ['The right L5 exit foramen is moderately narrowed.', ['L5-S1 right moderate current']],
    ['Mild narrowing of the right L3 neural foramen.', ['L3-L4 right mild current']],
    ['Left L4 foramen: severely narrowed.', ['L4-L5 left severe current']],
    // A level of the sentence's own still places it; a root alone is no foramen.
    ['L4-5: the left L4 foramen is mildly narrowed.', ['L4-L5 left mild current']],
    ['The L5 nerve root is compressed in the left foramen.', []],
  ]);
});

describe('levels counted from the sacrum or the top', () => {
  table([
    [
      'Neural foramina: mild bilateral narrowing at each of the lower three levels.',
      [
        'L3-L4 bilateral mild current',
        'L4-L5 bilateral mild current',
        'L5-S1 bilateral mild current',
      ],
    ],
    [
      'The upper two lumbar levels are normal.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    [
      'Mild foraminal narrowing at the two lowest levels.',
      ['L4-L5 bilateral mild current', 'L5-S1 bilateral mild current'],
    ],
  ]);
  table(
    [
      [
        'L4-5: mild canal stenosis. No canal stenosis at L5-S1 or above L3-L4.',
        [
          'L1-L2 central none negated current',
          'L2-L3 central none negated current',
          'L4-L5 central mild current',
          'L5-S1 central none negated current',
        ],
      ],
      // "and above" after a level opens its range; before another level it does not.
      [
        'L3/4 and above: no canal stenosis.',
        [
          'L1-L2 central none negated current',
          'L2-L3 central none negated current',
          'L3-L4 central none negated current',
        ],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a grade closing the sentence', () => {
  table([
    [
      'Foraminal narrowing is present bilaterally at L3/4 and L4/5, moderate at both levels.',
      ['L3-L4 bilateral moderate current', 'L4-L5 bilateral moderate current'],
    ],
    ['Foraminal narrowing at L3/4, moderate.', ['L3-L4 bilateral moderate current']],
    ['L4-5: disc bulge with foraminal narrowing, mild.', ['L4-L5 bilateral mild current']],
    // A side after the grade is read as before.
    ['L4-5: foraminal narrowing, moderate on the left.', ['L4-L5 left moderate current']],
  ]);
  table(
    [['L4-5: canal stenosis, severe.', ['L4-L5 central severe current']]],
    'central-canal-stenosis',
  );
});

describe('exceptions: a finding other than the clearance, a finding at every level but one', () => {
  table([
    [
      'Mild foraminal stenosis at all levels except L5-S1.',
      [
        'L1-L2 bilateral mild current',
        'L2-L3 bilateral mild current',
        'L3-L4 bilateral mild current',
        'L4-L5 bilateral mild current',
      ],
    ],
    [
      'No foraminal stenosis at any level other than L5-S1, where it is mild.',
      clearedBut('L5-S1 bilateral mild current'),
    ],
  ]);
  table(
    [
      [
        'There is no canal stenosis other than mild narrowing at L4-5.',
        [
          'L1-L2 central none negated current',
          'L2-L3 central none negated current',
          'L3-L4 central none negated current',
          'L4-L5 central mild current',
          'L5-S1 central none negated current',
        ],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('an earlier grade after the words of this study, and a finding decompressed', () => {
  table([
    [
      'L4-5: The left neural foramen, moderately narrowed previously, is not significantly narrowed now.',
      ['L4-L5 left moderate prior', 'L4-L5 left none negated current'],
    ],
    [
      'L4-5: The left neural foramen, moderately narrowed previously, is now patent.',
      ['L4-L5 left moderate prior', 'L4-L5 left none negated current'],
    ],
    // Safety: "seen pre-operatively is absent" had been read as a current severe stenosis, previously none.
    [
      'The severe right L5/S1 foraminal stenosis seen pre-operatively is absent.',
      ['L5-S1 right none negated current', 'L5-S1 right severe prior'],
    ],
    [
      'The severe right L5/S1 exit foraminal stenosis seen pre-operatively has been decompressed and the right L5/S1 foramen is now widely patent.',
      ['L5-S1 right none negated current', 'L5-S1 right severe prior'],
    ],
    // "previously none" right after its grade is still the earlier study's none.
    [
      'L4-5: the left foramen, previously normal, is now moderately narrowed.',
      ['L4-L5 left moderate current', 'L4-L5 left none negated prior'],
    ],
  ]);
  table(
    [
      [
        'L4-5: The previously severe central canal stenosis has been decompressed.',
        ['L4-L5 central none negated current', 'L4-L5 central severe prior'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a template cell "left none" after its subject, a side graded apart at one level of a range', () => {
  table([
    [
      'L3-L4: Foraminal stenosis: right mild. Left none.',
      ['L3-L4 left none negated current', 'L3-L4 right mild current'],
    ],
    [
      'L3-L4 - Disc: mild bulge. Foraminal stenosis: right mild; left none.',
      ['L3-L4 left none negated current', 'L3-L4 right mild current'],
    ],
    [
      'L4-5: The left foramen is severely narrowed; the right is not.',
      ['L4-L5 left severe current', 'L4-L5 right none negated current'],
    ],
    [
      'Mild foraminal stenosis from L3/4 to L5/S1, moderate on the right at L4/5.',
      [
        'L3-L4 bilateral mild current',
        'L4-L5 left mild current',
        'L4-L5 right moderate current',
        'L5-S1 bilateral mild current',
      ],
    ],
    [
      'Mild bilateral foraminal narrowing at L3-4 and L4-5, severe on the left at L4-5.',
      ['L3-L4 bilateral mild current', 'L4-L5 left severe current', 'L4-L5 right mild current'],
    ],
  ]);
});
