// Round 18: the rest of the fourteenth outside set's families (styles/reviewer14.json) and the fifteenth
// set's (styles/reviewer15.json: archive reports with speech-recognition errors, run-on dictation, CT
// wording), each tested with wordings of my own beside the report's. Rows are `level side severity
// [negated] temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table, clearedBut } from './_test-rows.js';

describe('the undescribed levels named in any of the ways reports name a level', () => {
  table([
    [
      'L4-5: mild bilateral foraminal stenosis. The other lumbar intervertebral disc levels are unremarkable.',
      clearedBut('L4-L5 bilateral mild current'),
    ],
    [
      'L4-5: mild bilateral foraminal stenosis. Other intervertebral spaces without relevant alterations.',
      clearedBut('L4-L5 bilateral mild current'),
    ],
    [
      'L4-5: mild bilateral foraminal stenosis. No further significant findings at the other explored levels.',
      clearedBut('L4-L5 bilateral mild current'),
    ],
    [
      'L4-5: mild bilateral foraminal stenosis. The rest of the levels evaluated are without alterations.',
      clearedBut('L4-L5 bilateral mild current'),
    ],
    [
      'L4-5: mild bilateral foraminal stenosis. All the remaining imaged segments are normal.',
      clearedBut('L4-L5 bilateral mild current'),
    ],
    // The discs alone ("the remaining discs are normal") are their height and signal, not the levels.
    [
      'L4-5: mild bilateral foraminal stenosis. The remaining discs are normal.',
      ['L4-L5 bilateral mild current'],
    ],
  ]);
});

describe('named levels called normal with a level noun after them', () => {
  table([
    [
      'L1-2, L2-3 and L3-4 intervertebral disc levels are in normal appearance.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
      ],
    ],
    [
      'The levels L1-L2 and L2-L3 without significant alterations.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    [
      'The discal stages L1-L2 to L3-L4 are unremarkable.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
      ],
    ],
    ['L2-3 disc level: no significant findings.', ['L2-L3 bilateral none negated current']],
    // A finding at a disc level is still that level's.
    ['The L4-5 disc level shows mild left foraminal stenosis.', ['L4-L5 left mild current']],
  ]);
});

describe('a clearance of the other levels with a finding as its exception', () => {
  table([
    [
      'L5-S1: severe left foraminal stenosis. The other levels are satisfactory apart from mild canal stenosis at L4-5.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 bilateral none negated current',
        'L5-S1 left severe current',
      ],
    ],
    [
      'All levels are normal except for moderate right foraminal narrowing at L3-L4.',
      clearedBut('L3-L4 right moderate current'),
    ],
  ]);
  table(
    [
      [
        'The other levels are satisfactory apart from mild canal stenosis at L4-5.',
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

describe('dictated run-ons: a negation ends where the next finding starts', () => {
  // Safety: "no significant canal stenosis mild bilateral foraminal narrowing" had negated the foramina.
  table([
    [
      'L3 4: Mild disc bulge and facet arthropathy no significant canal stenosis mild bilateral foraminal narrowing.',
      ['L3-L4 bilateral mild current'],
    ],
    [
      'L4-5 no canal stenosis moderate left neural foraminal narrowing',
      ['L4-L5 left moderate current'],
    ],
    [
      'L3-4: the canal is patent there is mild bilateral foraminal narrowing unchanged',
      ['L3-L4 bilateral mild current'],
    ],
    [
      'L3/4 NO CANAL STENOSIS MILD LEFT NFN RIGHT FORAMEN PATENT',
      ['L3-L4 left mild current', 'L3-L4 right none negated current'],
    ],
    [
      'L5-S1 disc bulge with mild left foraminal narrowing the right foramen is patent no canal stenosis',
      ['L5-S1 left mild current', 'L5-S1 right none negated current'],
    ],
    // A grade after its finding that opens nothing new stays the finding's; a verb keeps its object.
    [
      'L4-5: foraminal narrowing moderate right and mild left.',
      ['L4-L5 left mild current', 'L4-L5 right moderate current'],
    ],
    ['L4-5: moderate stenosis left neural foramen.', ['L4-L5 left moderate current']],
    [
      'The fourth lumbar disc narrows both foramina to a mild degree.',
      ['L4-L5 bilateral mild current'],
    ],
  ]);
  table(
    [
      [
        'L4-5: mild canal stenosis moderate right and mild left neural foraminal narrowing.',
        ['L4-L5 central mild current'],
      ],
      [
        'L3 4: no significant canal stenosis mild bilateral foraminal narrowing.',
        ['L3-L4 central none negated current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('speech recognition: levels, grades and words as they were heard', () => {
  table([
    ['L 5 S1: mild foraminal narrowing.', ['L5-S1 bilateral mild current']],
    ['L 5 S 1: mild foraminal narrowing.', ['L5-S1 bilateral mild current']],
    ['At L 4 5 there is mild foraminal narrowing.', ['L4-L5 bilateral mild current']],
    ['T 12 L 1: mild right foraminal narrowing.', ['T12-L1 right mild current']],
    ['L4 five there is moderate left foraminal narrowing.', ['L4-L5 left moderate current']],
    ['L3 for there is mild bilateral foraminal narrowing.', ['L3-L4 bilateral mild current']],
    ['L2-3: the right foramen is patient.', ['L2-L3 right none negated current']],
    [
      'L4-5: there is moderate left for a minute narrowing and mild right for a minute narrowing',
      ['L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
    ['L5-S1: both neural for Amina are widely patent.', ['L5-S1 bilateral none negated current']],
    // "for" and "patient" elsewhere keep their meaning.
    [
      'The patient is in pain. L4-5: mild left foraminal narrowing for 2 years.',
      ['L4-L5 left mild current'],
    ],
    ['Compression fracture of L 1.', []],
  ]);
  table(
    [['L4-5: moderate too severe canal stenosis.', ['L4-L5 central moderate-severe current']]],
    'central-canal-stenosis',
  );
});

describe('CT wording: bony narrowing, and grades after the cause', () => {
  table([
    [
      'T12-L1 through L2-L3: No significant canal or bony foraminal narrowing.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'T12-L1 bilateral none negated current',
      ],
    ],
    [
      'L4/5: Osteophyte-disc complex with moderate bony encroachment on the left exit foramen.',
      ['L4-L5 left moderate current'],
    ],
    [
      'L4-L5: Neural foraminal encroachment by osteophytes and disc, moderate on the right and mild on the left.',
      ['L4-L5 left mild current', 'L4-L5 right moderate current'],
    ],
    [
      'L4-5: foraminal narrowing from disc bulge and facet hypertrophy, severe on the left and mild on the right.',
      ['L4-L5 left severe current', 'L4-L5 right mild current'],
    ],
  ]);
  table(
    [
      [
        'T12-L1 through L2-L3: No significant canal or bony foraminal narrowing.',
        [
          'L1-L2 central none negated current',
          'L2-L3 central none negated current',
          'T12-L1 central none negated current',
        ],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a grade per side written "to the right", "to the left"', () => {
  // "mild to the left" had been read as a lean ("slightly to the left"), dropping the left grade.
  table([
    [
      'L4-5: the foramina are narrowed, moderate to the right and mild to the left.',
      ['L4-L5 left mild current', 'L4-L5 right moderate current'],
    ],
    [
      'L4-L5: disc protrusion reducing the neural foramina, more on the right (moderate to the right and mild to the left).',
      ['L4-L5 left mild current', 'L4-L5 right moderate current'],
    ],
    // An adverb still leans: the narrowing is bilateral, worse on the right, ungraded.
    [
      'L4-5: bilateral foraminal narrowing, slightly to the right.',
      ['L4-L5 bilateral null current'],
    ],
  ]);
});

describe("a report that declares its bracketed grades the earlier study's", () => {
  const declared = 'Comparison: MRI 2021. Grades from the prior study are given in brackets.\n\n';
  table([
    [
      `${declared}L5-S1: Moderate left foraminal stenosis (mild). Right foramen patent (patent).`,
      [
        'L5-S1 left mild prior',
        'L5-S1 left moderate current',
        'L5-S1 right none negated current',
        'L5-S1 right none negated prior',
      ],
    ],
    [
      `${declared}L4-L5: Moderate-to-severe bilateral foraminal stenosis (mild-to-moderate).`,
      ['L4-L5 bilateral mild-moderate prior', 'L4-L5 bilateral moderate-severe current'],
    ],
    // "(no change)" gives no grade; without the declaration a bracket after a grade is an aside.
    [
      `${declared}L2-L3: No foraminal stenosis (no change).`,
      ['L2-L3 bilateral none negated current'],
    ],
    ['L5-S1: Mild right foraminal stenosis (none).', ['L5-S1 right mild current']],
  ]);
  table(
    [
      [
        `${declared}L3-L4: Mild central canal stenosis (none).`,
        ['L3-L4 central mild current', 'L3-L4 central none negated prior'],
      ],
    ],
    'central-canal-stenosis',
  );
});
