// Round 20: families from the seventeenth outside set (styles/reviewer17.json: imaging findings quoted
// in letters, clinic notes, operation and injection notes, meeting summaries and teaching cases), each
// tested with wordings of my own beside the text's. Rows are `level side severity [negated] temporal`
// (see _test-rows.ts).
import { describe } from 'node:test';
import { table } from './_test-rows.js';

describe("studies named by their year: what an older one showed is the earlier study's", () => {
  // Safety: "the severe stenosis seen on the 2020 CT" had been read as this study's.
  table(
    [
      [
        'I compared his new MRI (12/4/24) with his CT from November 2020. At L4/5 there is no residual stenosis; the severe L4/5 central stenosis seen on the 2020 CT has been treated surgically.',
        ['L4-L5 central none negated current', 'L4-L5 central severe prior'],
      ],
    ],
    'central-canal-stenosis',
  );
  table([
    [
      'MRI 2018: mild left L5-S1 foraminal narrowing.\nMRI 2021: left L5-S1 foraminal narrowing progressed to moderate.\nMRI 2024: severe left L5-S1 foraminal stenosis.',
      ['L5-S1 left mild prior', 'L5-S1 left moderate prior', 'L5-S1 left severe current'],
    ],
    [
      'Her 2019 MRI showed moderate right L4-5 foraminal stenosis. The 2023 MRI shows mild right L5-S1 foraminal stenosis.',
      ['L4-L5 right moderate prior', 'L5-S1 right mild current'],
    ],
    // One year alone names the study the text is about.
    ['MRI 2023: moderate right L4-5 foraminal stenosis.', ['L4-L5 right moderate current']],
    // A statement that compares ("now", "has progressed") is left to its time words.
    [
      'Compared with the 2019 MRI, the 2023 MRI shows the left L4-5 foraminal stenosis is now severe.',
      ['L4-L5 left severe current'],
    ],
  ]);
});

describe('imaging quoted in the history of a letter or an operation note', () => {
  table(
    [
      [
        'Indication: Right L5 radicular pain. MRI 11/12/2023: severe right L5/S1 foraminal stenosis. No central canal stenosis at any level.\nConsent: obtained.',
        [
          'L1-L2 central none negated current',
          'L2-L3 central none negated current',
          'L3-L4 central none negated current',
          'L4-L5 central none negated current',
          'L5-S1 central none negated current',
        ],
      ],
    ],
    'central-canal-stenosis',
  );
  table([
    [
      'History: Her MRI showed moderate left L4-5 foraminal stenosis.',
      ['L4-L5 left moderate current'],
    ],
    [
      'Indication: 61F. CT myelogram 8/1/24: sev L and mod R L4/5 foraminal stenosis.',
      ['L4-L5 left severe current', 'L4-L5 right moderate current'],
    ],
    // A history that only asks for imaging states nothing.
    ['History: back pain. MRI requested to exclude stenosis at L4-5.', []],
    // In a radiology report the study cited in the history is an earlier one.
    [
      'TECHNIQUE: sagittal T1.\nHISTORY: Prior MRI showed severe left L4-5 foraminal stenosis.\nFINDINGS: L4-5: moderate left foraminal stenosis.',
      ['L4-L5 left moderate current', 'L4-L5 left severe prior'],
    ],
  ]);
});

describe('a teaching case\'s discussion, the levels above, "w/o"', () => {
  table([
    [
      'Findings: L3-4: severe right foraminal stenosis.\n\nCase discussion\nIn general, degenerative foraminal stenosis is most common at L4-5 and L5-S1.',
      ['L3-L4 right severe current'],
    ],
    [
      'At L4/L5 mild bilateral foraminal narrowing. The levels above are unremarkable.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 bilateral mild current',
      ],
    ],
    // "Levels above L3-L4" is still a range the level reader opens.
    [
      'Levels above L3-L4 were normal.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
  ]);
  table(
    [['L4-5 mild disc bulge w/o stenosis.', ['L4-L5 central none negated current']]],
    'central-canal-stenosis',
  );
});
