// Round 23: families from the twenty-first outside set (styles/reviewer21.json: the reports an archive
// holds, in many voices: US macros, UK and Irish prose, Australian and New Zealand shorthand, Indian,
// Middle-Eastern, Canadian and South African reports, CT, follow-ups, post-operative spines), each
// tested with wordings of my own beside the report's. Rows are `level side severity [negated]
// temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table } from './_test-rows.js';

const NORMAL = (...levels: string[]): string[] =>
  levels.flatMap((l) => [`${l} bilateral none negated current`]);

describe('"nil" after a level says the level is normal', () => {
  table([
    ['L1/2 - L3/4: nil significant.', NORMAL('L1-L2', 'L2-L3', 'L3-L4')],
    [
      'L1/2 to L3/4 nil.\nL4/5: Minor bulge. No stenosis.',
      NORMAL('L1-L2', 'L2-L3', 'L3-L4', 'L4-L5'),
    ],
    // Under a finding named once, "nil" denies that finding only (tested for foramina here).
    [
      'Foraminal stenosis: L3/4 mild. L4/5: nil.',
      ['L3-L4 bilateral mild current', ...NORMAL('L4-L5')],
    ],
  ]);
  table(
    [
      ['L2/3: nil.', ['L2-L3 central none negated current']],
      // A table row's "nil" is one cell, not the level.
      [
        'Summary (central canal / left NF / right NF):\nL5-S1: nil / severe / mild',
        ['L5-S1 central none negated current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a study that names no disc level: a clearance speaks of the whole lumbar spine', () => {
  table([
    [
      'The intervertebral discs are well hydrated at all levels. No disc prolapse. No spinal canal or foraminal stenosis. The conus is normal.',
      NORMAL('L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'),
    ],
    [
      'No significant spinal canal stenosis at any level as can be assessed by CT. Neural foramina are patent.',
      NORMAL('L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'),
    ],
    // A sentence that points at levels it does not name still places nothing.
    ['No canal stenosis or foraminal narrowing at both levels.', []],
  ]);
});

describe('"nerve root canal" is the lateral recess, beside the central canal', () => {
  table(
    [
      [
        'The central canal and nerve root canals are clear at all levels.',
        ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'].map(
          (l) => `${l} central none negated current`,
        ),
      ],
    ],
    'central-canal-stenosis',
  );
  table(
    [
      [
        'L4/5: compression of the right L5 nerve root in the right nerve root canal.',
        ['L4-L5 right null current'],
      ],
    ],
    'lateral-recess-stenosis',
  );
});

describe('an earlier study named with "previously" at the head of a clause told in the past', () => {
  table(
    [
      // Safety: the earlier stenosis stayed as a current narrowing of no grade.
      [
        'L4/5: The central canal is adequate at this level, previously it was moderately stenosed by the large extrusion.',
        ['L4-L5 central moderate prior', 'L4-L5 central none negated current'],
      ],
    ],
    'central-canal-stenosis',
  );
  table([
    [
      'L4-5: Previously there was mild left foraminal stenosis. It is now moderate.',
      ['L4-L5 left mild prior', 'L4-L5 left moderate current'],
    ],
    [
      'L4/5: mild left foraminal stenosis, previously moderate.',
      ['L4-L5 left mild current', 'L4-L5 left moderate prior'],
    ],
  ]);
});

describe('"on that study" names the earlier study', () => {
  table([
    // Safety: the earlier study's moderate narrowing read as current.
    [
      'L5-S1: Normal.\nADDENDUM: An outside MRI dated 2/3/2019 is now available. On that study there was a left paracentral disc protrusion at L5-S1 with moderate left neural foraminal narrowing which is no longer present.',
      ['L5-S1 bilateral none negated current', 'L5-S1 left moderate prior'],
    ],
    [
      'L4-5: On that study the left foramen was moderately narrowed; it is now mildly narrowed.',
      ['L4-L5 left mild current', 'L4-L5 left moderate prior'],
    ],
  ]);
});

describe('a bound where every side it covers has its grade says nothing more', () => {
  table([
    [
      'FINDINGS: Mild bilateral foraminal narrowing at L4-L5 and L5-S1. No high-grade spinal canal stenosis or neural foraminal narrowing at any level.\nIMPRESSION: Mild bilateral foraminal narrowing at L4-L5 and L5-S1. No high-grade stenosis.',
      [
        'L1-L2 bilateral null current max moderate',
        'L2-L3 bilateral null current max moderate',
        'L3-L4 bilateral null current max moderate',
        'L4-L5 bilateral mild current',
        'L5-S1 bilateral mild current',
      ],
    ],
  ]);
});
