// Round 28: families found in the thirty-fifth outside set, each tested with wordings of my own. Rows
// are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table } from './_test-rows.js';

const ALL_CLEAR = (levels: readonly string[]): string[] =>
  levels.map((level) => `${level} bilateral none negated current`);

describe('a technique naming the thoracolumbar junction brings T12-L1 under report-wide clearances', () => {
  table([
    [
      'Technique: axial T2 images from T12/L1 to L5/S1.\n\nFindings:\nL4/5: mild right foraminal narrowing.\nOtherwise no foraminal stenosis.',
      [...ALL_CLEAR(['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L5-S1']), 'L4-L5 right mild current'],
    ],
    [
      'TECHNIQUE: Sagittal sequences T11 to the sacrum.\nFINDINGS: The neural foramina are patent at all levels.',
      ALL_CLEAR(['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']),
    ],
    // A technique that stops at L1 says nothing of T12-L1: the five lumbar discs only.
    [
      'Technique: axial T2 from L1/2 to L5/S1.\n\nFindings: The neural foramina are patent at all levels.',
      ALL_CLEAR(['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']),
    ],
    // "T1" and "T2" are sequences, not vertebrae.
    [
      'Technique: sagittal T1 and T2.\n\nFindings: No foraminal narrowing at any level.',
      ALL_CLEAR(['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']),
    ],
  ]);
});

describe('key=value lines whose level is one of the pairs', () => {
  table([
    [
      'level=L2-L3; canal=none; foramen_left=mild; foramen_right=none\nlevel=L4-L5; canal=severe; foramen_left=moderate; foramen_right=mild-moderate',
      [
        'L2-L3 left mild current',
        'L2-L3 right none negated current',
        'L4-L5 left moderate current',
        'L4-L5 right mild-moderate current',
      ],
    ],
    [
      'level = L5-S1 | nf_left = severe | nf_right = none',
      ['L5-S1 left severe current', 'L5-S1 right none negated current'],
    ],
  ]);
  table(
    [
      [
        'level=L3-L4; canal=moderate; foramen_left=none; foramen_right=none',
        ['L3-L4 central moderate current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('words announcing a "current (prior)" notation go with it', () => {
  table([
    [
      'Neural foramina, grades shown as current (prior):\nL2-L3: left moderate (mild); right none (none).\nL4-L5: right severe (moderate).',
      [
        'L2-L3 left moderate current',
        'L2-L3 left mild prior',
        'L2-L3 right none negated current',
        'L2-L3 right none negated prior',
        'L4-L5 right severe current',
        'L4-L5 right moderate prior',
      ],
    ],
    [
      'FORAMINAL NARROWING - severity given as current (prior):\nL5-S1: left mild (moderate).',
      ['L5-S1 left mild current', 'L5-S1 left moderate prior'],
    ],
  ]);
});

describe('bare grades under a heading that names Wildermuth are Wildermuth grades', () => {
  table([
    [
      'Foramina (graded after Wildermuth):\nL2-L3: grade 0.\nL3-L4: left grade 2, right grade 1.\nL5-S1: grade 3 on the right.',
      [
        'L2-L3 bilateral none negated current',
        'L3-L4 left moderate current',
        'L3-L4 right mild current',
        'L5-S1 right severe current',
      ],
    ],
    // The declaration ends at the blank line: a bare grade after it names no system and is not
    // guessed (as before this round).
    [
      'Foramina (Wildermuth grade):\nL3-L4: grade 2 on the left.\n\nL4-L5: left foramen grade 2.',
      ['L3-L4 left moderate current'],
    ],
  ]);
});

describe('outline numbers ("4.1") open an item, not a sentence', () => {
  table([
    [
      '3. Neural foramina:\n 3.1 L3-L4: mild on the left.\n 3.2 L4-L5: moderate bilaterally.\n 3.3 L5-S1: patent.',
      [
        'L3-L4 left mild current',
        'L4-L5 bilateral moderate current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    // A measurement at a line's start is not an outline number.
    [
      '4.5 mm right foraminal protrusion at L4-L5 with severe right foraminal narrowing.',
      ['L4-L5 right severe current'],
    ],
  ]);
});

describe('a slash list of columns in a sentence heads the rows of slash-joined grades below it', () => {
  table([
    [
      'Scale: 0 = none, 1 = mild, 2 = moderate, 3 = severe. Columns: canal / left foramen / right foramen.\nL3-L4  1/0/2\nL4/5  2/3/1\nL5-S1: 0/1/0',
      [
        'L3-L4 left none negated current',
        'L3-L4 right moderate current',
        'L4-L5 left severe current',
        'L4-L5 right mild current',
        'L5-S1 left mild current',
        'L5-S1 right none negated current',
      ],
    ],
  ]);
});

describe('side lines under a capitalised FORAMINA heading give the grades below them their side', () => {
  table([
    // Safety: the grades had been read as bilateral, inventing a grade for the other foramen.
    [
      'NEURAL FORAMINA\nLeft:\n- L4-5 moderate\n- L5-S1 patent\nRight:\n- L4-5 mild\n- L5-S1 severe',
      [
        'L4-L5 left moderate current',
        'L4-L5 right mild current',
        'L5-S1 left none negated current',
        'L5-S1 right severe current',
      ],
    ],
    [
      'FORAMINA\nRight side:\n* L3-4 severe\nBilateral:\n* L5-S1 mild',
      ['L3-L4 right severe current', 'L5-S1 bilateral mild current'],
    ],
  ]);
});

describe('"respectively" pairs the levels with the grades under one side', () => {
  table([
    // Safety: the second grade had become a bilateral finding at the first level.
    [
      'Left foraminal stenosis at L3-L4 and L4-L5 is mild and severe, respectively, with contact of the exiting left L3 root at L3-L4.',
      ['L3-L4 left mild current', 'L4-L5 left severe current'],
    ],
    [
      'Moderate and severe right foraminal narrowing at L4-5 and L5-S1 respectively.',
      ['L4-L5 right moderate current', 'L5-S1 right severe current'],
    ],
  ]);
});

describe('a lesion placed in one foramen narrows that foramen', () => {
  table([
    [
      'L3-L4: left foraminal disc protrusion with mild foraminal narrowing.',
      ['L3-L4 left mild current'],
    ],
    [
      'Right L5/S1 foraminal/extraforaminal disc-osteophyte complex causing severe foraminal stenosis.',
      ['L5-S1 right severe current'],
    ],
    // A paracentral lesion is not in the foramen: its narrowing stays bilateral (with its lean).
    [
      'L4-L5: left paracentral protrusion with mild foraminal narrowing.',
      ['L4-L5 bilateral mild current'],
    ],
  ]);
});

describe('"this" or "it" after an earlier grade, stated not confirmed or resolved, is that foramen', () => {
  table([
    [
      'L3-L4: The referral letter reported moderate right foraminal stenosis; this is not confirmed today.',
      ['L3-L4 right moderate prior', 'L3-L4 right none negated resolved'],
    ],
    [
      'The outside MRI described mild bilateral foraminal narrowing at L1-L2. It has since resolved.',
      ['L1-L2 bilateral mild prior', 'L1-L2 bilateral none negated resolved'],
    ],
    // "It" with no resolution keeps the round 27 reading (the grade is this study's).
    ['L4-5: Mild left foraminal narrowing. It is unchanged.', ['L4-L5 left mild current']],
  ]);
});

describe('a letter that reported a grade reports an earlier reading, not this study', () => {
  table([
    // Safety: the letter's grade had been read as this study's current finding.
    [
      'L3-L4: The referral letter reported moderate right foraminal stenosis.',
      ['L3-L4 right moderate prior'],
    ],
    [
      'The GP letter mentions severe left foraminal stenosis at L5-S1.',
      ['L5-S1 left severe prior'],
    ],
  ]);
});

describe('under a finding-first heading a grade before a comma keeps the subject when a root follows', () => {
  table([
    [
      'Neural foramina:\nL4-L5: severe, exiting L4 nerve root flattened.\nL5-S1: mild on the left.',
      ['L4-L5 bilateral severe current', 'L5-S1 left mild current'],
    ],
    // A side after the comma is the grade's own ("slight, left only").
    ['Neural foramina:\nL2/3: slight, left only.', ['L2-L3 left mild current']],
  ]);
});

describe("a Lee grade in brackets after a graded foramen names that grade's system", () => {
  table([
    // Safety: "(Lee 2)" had been read again as a second, bilateral finding, inventing a grade for the
    // other foramen.
    ['L4-L5: Mild left neural foraminal narrowing (Lee 1).', ['L4-L5 left mild current']],
    ['L5-S1: mod Rt NFN (Lee grade 2).', ['L5-S1 right moderate current']],
    ['L3-4: severe L FS, grade 3 (Lee).', ['L3-L4 left severe current']],
    // A grade given after a side alone still makes that side's finding.
    [
      'L4-L5: moderate right foraminal stenosis (Lee 2) and mild left (Lee 1).',
      ['L4-L5 left mild current', 'L4-L5 right moderate current'],
    ],
  ]);
});

describe('a side heading in capitals under the foramina is not a new section', () => {
  table([
    [
      'NEURAL FORAMINA\nLEFT SIDE:\n1. L5-S1 moderate\nRIGHT SIDE:\n1. L5-S1 normal',
      ['L5-S1 left moderate current', 'L5-S1 right none negated current'],
    ],
  ]);
});
