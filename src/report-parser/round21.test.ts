// Round 21: families from the eighteenth outside set (styles/reviewer18.json: ordinary everyday reports
// from US, UK, Australian, Canadian, Indian, German and Dutch practices), each tested with wordings of
// my own beside the report's. Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table, clearedBut } from './_test-rows.js';

describe('every level, in the words of a normal study', () => {
  table([
    ['Spinal canal and neuroforamina of normal width in all segments.', clearedBut()],
    // A normal study that names no level at all: its canal and foramina are the whole lumbar spine's.
    [
      'Discs normally hydrated throughout. No canal stenosis. No foraminal narrowing. Conus ends at L1.',
      clearedBut(),
    ],
    [
      'L5-S1: small protrusion, foramina free. The higher lumbar levels are normal.',
      clearedBut('L5-S1 bilateral none negated current'),
    ],
  ]);
});

describe('a canal decompressed after surgery, and an earlier grade in a bracket or a closing sentence', () => {
  // Safety: "now adequately decompressed" had read as a narrowing (a negated normal).
  table(
    [
      ['L4/5: Spinal canal now adequately decompressed.', ['L4-L5 central none negated current']],
      [
        'The spinal canal at L4/5 is now adequately wide (preoperatively moderate stenosis).',
        ['L4-L5 central moderate prior', 'L4-L5 central none negated current'],
      ],
      [
        'L4-L5: The canal is widely decompressed (severe stenosis preoperatively).',
        ['L4-L5 central none negated current', 'L4-L5 central severe prior'],
      ],
    ],
    'central-canal-stenosis',
  );
  table([
    [
      'L4-L5: New moderate right foraminal narrowing. The right foramen was mildly narrowed previously.',
      ['L4-L5 right mild prior', 'L4-L5 right moderate current'],
    ],
  ]);
});

describe('a summary "as detailed above" adds nothing at levels it does not name', () => {
  table([
    [
      'L5-S1: moderate left foraminal narrowing.\nIMPRESSION: Additional multilevel foraminal narrowing as detailed above, up to moderate on the left at L5-S1.',
      ['L5-S1 left moderate current'],
    ],
  ]);
});

describe("grade changes with hyphenated ranges, and two earlier studies' grades", () => {
  // "from moderate-severe to mild" had been read as a change from moderate to severe (current severe).
  table([
    [
      'L4-5: improvement of the right foraminal stenosis from moderate-severe to mild.',
      ['L4-L5 right mild current', 'L4-L5 right moderate-severe prior'],
    ],
    [
      'L4-5: right foraminal stenosis has progressed from mild to moderate-severe.',
      ['L4-L5 right mild prior', 'L4-L5 right moderate-severe current'],
    ],
    ['L4-5: moderate-severe right foraminal stenosis.', ['L4-L5 right moderate-severe current']],
    [
      'MRI 2018: mild left L5-S1 foraminal narrowing.\nMRI 2021: left L5-S1 foraminal narrowing progressed to moderate.\nMRI 2024: severe left L5-S1 foraminal stenosis.',
      ['L5-S1 left mild prior', 'L5-S1 left moderate prior', 'L5-S1 left severe current'],
    ],
  ]);
});

describe('the nineteenth set: "neural exit foraminal", "the rest of the intervertebral spaces", remarks', () => {
  table([
    // "neural" alone had been read as the nerve root, losing the grade.
    ['L2/3: Mild bilateral neural exit foraminal narrowing.', ['L2-L3 bilateral mild current']],
    [
      'L4-5: mild left foraminal stenosis. The rest of the intervertebral spaces without findings of interest.',
      clearedBut('L4-L5 left mild current'),
    ],
    // A remark on what a sign can go with states no stenosis anywhere.
    [
      'Note is made of mild redundancy of the cauda equina nerve roots above the L4-L5 level, which can be seen with high-grade stenosis.',
      [],
    ],
  ]);
  table(
    [
      ['L4-5: The spinal canal is wide.', ['L4-L5 central none negated current']],
      ['L4-5: mild canal stenosis, which may be seen with age.', ['L4-L5 central mild current']],
      [
        'Note is made of mild redundancy of the cauda equina nerve roots above the L4-L5 level, which can be seen with high-grade stenosis.',
        [],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a narrowing denied in a sentence that names no structure', () => {
  table([
    ['L5-S1: Normal disc. No narrowing.', ['L5-S1 bilateral none negated current']],
    ['L5-S1: mild bulge without narrowing.', ['L5-S1 bilateral none negated current']],
    // A structure named keeps the denial to itself.
    ['L5-S1: no disc space narrowing.', []],
    [
      'L4-5: narrowing of the disc space, no narrowing of the foramina.',
      ['L4-L5 bilateral none negated current'],
    ],
  ]);
});

describe('a width word before the canal and foramina', () => {
  table([
    [
      'L1-L2, L2-L3: Normal discs. Wide spinal canal and foramina.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    // Before a disc word "wide" is a shape.
    [
      'L4-5: Wide based disc bulge with mild foraminal narrowing.',
      ['L4-L5 bilateral mild current'],
    ],
  ]);
  table([['L4-5: wide canal.', ['L4-L5 central none negated current']]], 'central-canal-stenosis');
});
