// Round 17: first families from the fourteenth outside set (styles/reviewer14.json: English written by
// radiologists in Europe, the Middle East and Latin America, measurement-led reports, clinic letters),
// each tested with wordings of my own beside the report's. Rows are `level side severity [negated]
// temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table } from './_test-rows.js';

describe('a lumbar disc named by the vertebra above it', () => {
  table([
    [
      'The fourth lumbar disc bulges and narrows both foramina to a mild degree.',
      ['L4-L5 bilateral mild current'],
    ],
    [
      'At the fifth lumbar disc level the right foramen is severely narrowed.',
      ['L5-S1 right severe current'],
    ],
    ['The L3 disc shows a small bulge without stenosis.', ['L3-L4 bilateral none negated current']],
    ['L4 disc: moderate left foraminal narrowing.', ['L4-L5 left moderate current']],
    [
      'Mild bilateral foraminal narrowing at the third and fourth lumbar disc levels.',
      ['L3-L4 bilateral mild current', 'L4-L5 bilateral mild current'],
    ],
    // A disc called normal says nothing of the canal or foramina, in words as in "the L3 disc".
    ['The third lumbar disc is normal. The L3 disc is normal.', []],
    // A vertebra alone is not a disc level.
    ['Old wedge fracture of L1. The L1 vertebral body is mildly narrowed.', []],
    ['The fourth lumbar vertebra is normal.', []],
  ]);
});

describe('a negation inside a bracket after a graded statement is an aside', () => {
  // "(none)" is an earlier study's grade here: read as a negation it had turned a current mild
  // stenosis into none.
  table([
    [
      'L5-S1: Moderate left foraminal stenosis (moderate). Mild right foraminal stenosis (none).',
      ['L5-S1 left moderate current', 'L5-S1 right mild current'],
    ],
    ['L2-3: Mild bilateral foraminal narrowing (no narrowing).', ['L2-L3 bilateral mild current']],
    // A bracket that grades the level before it still does.
    [
      'Foraminal stenosis: L3-4 (none), L4-5 (mild).',
      ['L3-L4 bilateral none negated current', 'L4-L5 bilateral mild current'],
    ],
    ['L4-5: foraminal stenosis (none).', ['L4-L5 bilateral none negated current']],
  ]);
  table(
    [['L3-L4: Mild central canal stenosis (none).', ['L3-L4 central mild current']]],
    'central-canal-stenosis',
  );
});

describe('French-English wordings of a level and of normal', () => {
  table([
    [
      'At the L4-L5 stage, moderate left foraminal narrowing. The left foramen is free at the L5-S1 stage.',
      ['L4-L5 left moderate current', 'L5-S1 left none negated current'],
    ],
    ['L2-L3 is without particularity.', ['L2-L3 bilateral none negated current']],
    ['L4-L5: foraminal space reduced on the left.', ['L4-L5 left null current']],
    ['L3-L4: the foraminal spaces are preserved.', ['L3-L4 bilateral none negated current']],
    [
      'L5-S1: right foraminal disc protrusion. Left foraminal space conserved.',
      ['L5-S1 left none negated current'],
    ],
  ]);
  table(
    [
      [
        'At L4-L5 the lumbar canal keeps a satisfactory caliber.',
        ['L4-L5 central none negated current'],
      ],
    ],
    'central-canal-stenosis',
  );
});
