// Round 29: families found in the thirty-sixth and thirty-seventh outside sets, each tested with
// wordings of my own. Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table } from './_test-rows.js';

describe('a final read after a preliminary one replaces what the preliminary said', () => {
  table([
    [
      '*** PRELIMINARY READ (night cover) ***\nL3-4: moderate right foraminal narrowing.\n\n*** FINAL REPORT ***\nL3-4: the right foraminal narrowing is mild rather than moderate.',
      ['L3-L4 right mild current'],
    ],
    [
      'Prelim (resident): Severe left L5-S1 foraminal stenosis.\nFinal read (attending, 07:50): L5-S1: the left foramen is only mildly narrowed.',
      ['L5-S1 left mild current'],
    ],
    [
      'PRELIMINARY REPORT\nModerate left L4/5 foraminal stenosis.\nFINAL REPORT (Dr Okafor, consultant)\nL4/5: the left foraminal stenosis described in the preliminary report is not confirmed.',
      ['L4-L5 left none negated resolved'],
    ],
    // The final read's own finding at another side leaves the preliminary's other side as it was.
    [
      'PRELIMINARY REPORT:\nL2-3: mild bilateral foraminal narrowing.\nFINAL REPORT:\nL2-3: the right foramen is moderately narrowed.',
      ['L2-L3 left mild current', 'L2-L3 right moderate current'],
    ],
  ]);
  // With no preliminary read a "FINAL REPORT" banner is only a title, and "final report to follow" no
  // heading at all: the body is read as it stands.
  table([
    [
      'MRI LUMBAR SPINE - FINAL REPORT\nL4-5: moderate left foraminal stenosis.\nIMPRESSION: Moderate left L4-5 foraminal stenosis.',
      ['L4-L5 left moderate current'],
    ],
    [
      'Preliminary interpretation only. Final report to follow.\nL5-S1: severe right foraminal stenosis.',
      ['L5-S1 right severe current'],
    ],
  ]);
});

describe('a finding an earlier read left out is this study’s, and present', () => {
  table([
    [
      'L4-5: there is also mild right foraminal narrowing, not mentioned on the preliminary report.',
      ['L4-L5 right mild current'],
    ],
    [
      'L3/4: moderate left foraminal stenosis, not seen on the previous MRI.',
      ['L3-L4 left moderate current'],
    ],
    [
      'Mild bilateral L2-L3 foraminal narrowing was not reported on the prior study.',
      ['L2-L3 bilateral mild current'],
    ],
    [
      'L5-S1: severe right foraminal stenosis, not previously described.',
      ['L5-S1 right severe current'],
    ],
    // Said after the earlier study's finding, the negation still withdraws it.
    [
      'The moderate left L4-5 foraminal stenosis described on the outside report is not seen.',
      ['L4-L5 left moderate prior', 'L4-L5 left none negated current'],
    ],
  ]);
});

describe('a year on the comparison line dates an earlier study', () => {
  table([
    [
      'COMPARISON: MRI 14 June 2020 and CT 2 February 2023.\nFINDINGS:\nL3-4: the 2023 report described mild left foraminal narrowing; on review I do not confirm this.',
      ['L3-L4 left mild prior', 'L3-L4 left none negated resolved'],
    ],
    [
      'Comparison: MRI lumbar spine 2021.\nL4-5: the 2021 MRI showed moderate right foraminal stenosis. Today the right foramen is mildly narrowed.',
      ['L4-L5 right moderate prior', 'L4-L5 right mild current'],
    ],
    // A statement that compares with the dated study, or dates only its bracketed grades, is this one's.
    [
      'Comparison: CT 2018.\nL5-S1: moderate bilateral foraminal stenosis, similar to the 2018 CT.',
      ['L5-S1 bilateral moderate current'],
    ],
    [
      'Comparison: MRI 2019; CT 2022.\nL3-L4:\n- Left foramen: severe narrowing (mild in 2019, moderate in 2022).',
      ['L3-L4 left severe current', 'L3-L4 left mild prior', 'L3-L4 left moderate prior'],
    ],
    [
      'Comparison: myelogram 06/2022.\nL3-4: the right foramen is moderately narrowed, previously mild on the 2022 myelogram.',
      ['L3-L4 right moderate current', 'L3-L4 right mild prior'],
    ],
  ]);
});

describe('a grading key in the method sentence declares the system of the bare grades below', () => {
  table([
    [
      'Foraminal stenosis is graded with the Lee classification (grade 0 normal, 1 mild, 2 moderate, 3 severe).\nL3-L4: Foramina: right grade 1, left grade 0.\nL5-S1: Right foramen grade 3, left foramen grade 2.',
      [
        'L3-L4 right mild current',
        'L3-L4 left none negated current',
        'L5-S1 right severe current',
        'L5-S1 left moderate current',
      ],
    ],
    [
      'Neural foramina graded after Lee (0 = normal, 1 = mild, 2 = moderate, 3 = severe).\nL4-5: foramina right grade 2, left grade 1.',
      ['L4-L5 right moderate current', 'L4-L5 left mild current'],
    ],
  ]);
  // A Meyerding grade in a sentence without a level is no key: "grade 1" below stays the canal's.
  table(
    [
      [
        'Meyerding grade I anterolisthesis of L5 on S1.\nL4-5: Central canal stenosis grade 1 (mild).',
        ['L4-L5 central mild current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a table written as a delimited export', () => {
  table([
    [
      'Grades (none / mild / moderate / severe):\nLevel;Canal;Left NF;Right NF;Note\nL3-L4;mild;none;moderate;facet cyst\nL4-L5;severe;mild;none;',
      [
        'L3-L4 left none negated current',
        'L3-L4 right moderate current',
        'L4-L5 left mild current',
        'L4-L5 right none negated current',
      ],
    ],
    [
      'level,canal,left foramen,right foramen\nL2-L3,none,mild,mild\nL5-S1,moderate,severe,none',
      [
        'L2-L3 left mild current',
        'L2-L3 right mild current',
        'L5-S1 left severe current',
        'L5-S1 right none negated current',
      ],
    ],
  ]);
  // The scale listed above a table is no statement, even after a level was named.
  table([
    [
      'Planned L4-5 decompression.\nStenosis grid (values: none / mild / moderate / severe):\nL4-5 severe canal stenosis.',
      [],
    ],
  ]);
  table(
    [
      [
        'Planned L4-5 decompression.\nScale used: nil, mild, moderate, severe.\nL4-5: severe canal stenosis.',
        ['L4-L5 central severe current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a heading naming its list’s columns in brackets', () => {
  table([
    [
      'Foraminal narrowing (level, side, grade):\n1) L3-L4, left, moderate\n2) L5-S1, bilateral, mild',
      ['L3-L4 left moderate current', 'L5-S1 bilateral mild current'],
    ],
    ['Foramina (level / side / severity):\n- L2-L3, right, severe', ['L2-L3 right severe current']],
  ]);
  table(
    [
      [
        'Canal (level, grade):\n1) L4-L5, moderate to severe\n2) L3-L4, mild',
        ['L3-L4 central mild current', 'L4-L5 central moderate-severe current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('"all other levels from … to …" clears only the levels of the range not described', () => {
  table([
    [
      'L3-L4: moderate canal stenosis and mild left foraminal narrowing.\nAll other levels from L1-L2 to L5-S1 are normal.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 bilateral none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
  ]);
  table(
    [
      [
        'L4-L5: severe canal stenosis.\nThe remaining levels from T12-L1 to L5-S1 show no canal stenosis.',
        [
          'T12-L1 central none negated current',
          'L1-L2 central none negated current',
          'L2-L3 central none negated current',
          'L3-L4 central none negated current',
          'L4-L5 central severe current',
          'L5-S1 central none negated current',
        ],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a root said to be in its foramen places the foramen at its exiting level', () => {
  table([
    ['Left L2 root: mildly compressed within its foramen.', ['L2-L3 left mild current']],
    [
      'The exiting right L5 nerve root is severely compressed in the foramen.',
      ['L5-S1 right severe current'],
    ],
    // "its foramen" is the named root's, on its side (it had made a second, bilateral finding).
    [
      'L3-4: the exiting right L3 root is moderately compressed in its foramen.',
      ['L3-L4 right moderate current'],
    ],
  ]);
  // A list of foramina by root: each bullet's root names its level, whatever the bullet before said.
  table([
    [
      'Foramina, by exiting root:\n- T12 and L1 roots: normal foramina (T12-L1, L1-L2).\n- L4 roots: the exiting right L4 root is moderately compressed in its foramen.\n- L5 roots: both exiting L5 roots are mildly impinged.',
      [
        'T12-L1 bilateral none negated current',
        'L1-L2 bilateral none negated current',
        'L4-L5 right moderate current',
        'L5-S1 bilateral mild current',
      ],
    ],
  ]);
  // A root named as the object of a finding under a level heading takes nothing from it.
  table(
    [
      [
        'L5-L6 (six lumbar-type vertebrae): severe left foraminal narrowing compressing the exiting left L5 root.',
        [],
      ],
    ],
    'nerve-root-compression',
  );
});

describe('under a "current (prior)" notation a bracketed number after a Lee grade is the prior Lee grade', () => {
  table([
    [
      'Grades are given as current (prior 2021).\nL4-L5: left foramen Lee 3 (2); right foramen Lee 1 (0).',
      [
        'L4-L5 left severe current',
        'L4-L5 left moderate prior',
        'L4-L5 right mild current',
        'L4-L5 right none negated prior',
      ],
    ],
    [
      'Grades: current (prior).\nL2-L3: right foramen Lee 2 (Lee 1).',
      ['L2-L3 right moderate current', 'L2-L3 right mild prior'],
    ],
  ]);
  // Without the notation a bracket after a grade says nothing of an earlier study.
  table([['L3-L4: left foramen Lee 2 (1).', ['L3-L4 left moderate current']]]);
});

describe('a structured form’s Yes/No answers', () => {
  // Safety: every "No" had been read as a stenosis present.
  table([
    [
      'L2-L3 - Central canal stenosis: No. Left foraminal stenosis: Yes [moderate]. Right foraminal stenosis: No.',
      ['L2-L3 left moderate current', 'L2-L3 right none negated current'],
    ],
    [
      'L5-S1: Left neural foraminal narrowing - no. Right neural foraminal narrowing? Yes (severe).',
      ['L5-S1 left none negated current', 'L5-S1 right severe current'],
    ],
  ]);
  table(
    [
      ['L4-L5 - Central canal stenosis: No.', ['L4-L5 central none negated current']],
      ['L3-L4 - Central canal stenosis: Yes [mild].', ['L3-L4 central mild current']],
    ],
    'central-canal-stenosis',
  );
  // A "no" that opens the next finding is that finding's.
  table([['L4-5: mild foraminal stenosis, no disc herniation.', ['L4-L5 bilateral mild current']]]);
});

describe('word order kept from a translated report', () => {
  // Safety: the foramina after an inverted "are not observed" had been read as narrowed.
  table([
    [
      'In the space T12-L1 and in the spaces L1-L2 and L2-L3 are not observed alterations of the disc nor stenosis of the canal or of the foramina.',
      [
        'T12-L1 bilateral none negated current',
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
      ],
    ],
    ['At L3-L4 there is not seen foraminal stenosis.', ['L3-L4 bilateral none negated current']],
    [
      'L5-S1: Foramina of conjunction of amplitude conserved.',
      ['L5-S1 bilateral none negated current'],
    ],
  ]);
  // "resolved" and "negative" keep their backward reach: the canal after them is this study's.
  table(
    [
      [
        'The epidural collection has resolved, and the canal at L4-5 is now mildly narrowed.',
        ['L4-L5 central mild current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('percentages of foraminal height lost under the report’s key', () => {
  const KEY =
    'Foraminal narrowing is given as the percentage of foraminal height lost (key: under 30% = mild, 30-60% = moderate, over 60% = severe).\n';
  table([
    [
      `${KEY}L2-L3: 0% bilaterally.\nL4-L5: left 25%, right 45%.\nL5-S1: right 70%, left 0%.`,
      [
        'L2-L3 bilateral none negated current',
        'L4-L5 left mild current',
        'L4-L5 right moderate current',
        'L5-S1 left none negated current',
        'L5-S1 right severe current',
      ],
    ],
    // With no key a percentage grades nothing.
    ['L4-L5: left 25%, right 45%.', []],
  ]);
  // A percentage said of the canal is the canal's, not a foramen's (50% would be moderate).
  table([
    [
      `${KEY}L3-L4: canal narrowed by 50%. Foramina 10% bilaterally.`,
      ['L3-L4 bilateral mild current'],
    ],
  ]);
});

describe('clipped lines: a graded structure with its noun left out', () => {
  table([
    ['L2-3: mild canal, no foraminal.', ['L2-L3 bilateral none negated current']],
    [
      'L3-4: mild-moderate canal, mild left and moderate right foraminal.',
      ['L3-L4 left mild current', 'L3-L4 right moderate current'],
    ],
  ]);
  table(
    [
      ['L1-2: no canal, no foraminal.', ['L1-L2 central none negated current']],
      ['L2-3: mild canal, no foraminal.', ['L2-L3 central mild current']],
      // "Decompressed canal." names an operation, not a narrowing: no ungraded stenosis is made of it.
      ['L4-L5: Decompressed canal. The foramina are patent.', []],
    ],
    'central-canal-stenosis',
  );
});

describe('a grade said of a structure as its predicate', () => {
  // Safety: "tight" had gone to the other side, and the named side had taken the other's grade.
  table([
    [
      'L3-4: the right foramen is tight, the left slightly narrowed.',
      ['L3-L4 right severe current', 'L3-L4 left mild current'],
    ],
    ['L5-S1: the left foramen is critical.', ['L5-S1 left severe current']],
    // Grades that share the predicate after them are left to it.
    [
      'L3-L4: the right and left foramina are mildly and moderately narrowed, respectively.',
      ['L3-L4 right mild current', 'L3-L4 left moderate current'],
    ],
  ]);
  table(
    [
      [
        'L4-5: the canal is moderate and the foramina are patent.',
        ['L4-L5 central moderate current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('speech-recognition forms', () => {
  table([
    [
      'At L3 for there is a disc bulge with moderate bilateral neural for a minimal narrowing.',
      ['L3-L4 bilateral moderate current'],
    ],
    ['At L4 five, the neural for a mean are patent.', ['L4-L5 bilateral none negated current']],
  ]);
});

describe('an "Exiting roots" list names each foramen by its root', () => {
  table([
    [
      'Exiting roots\nL2: the left L2 root is mildly compressed in its foramen.\nL3: the L3 roots lie in moderately narrowed foramina bilaterally.\nL4: normal.\n\nTraversing roots\nL5: contacted in the left lateral recess.',
      [
        'L2-L3 left mild current',
        'L3-L4 bilateral moderate current',
        'L4-L5 bilateral none negated current',
      ],
    ],
  ]);
  // Without such a heading "L3:" is no level (a vertebra: "L3: normal height").
  table([
    [
      'L3: normal height and signal.\nL3-4: mild left foraminal stenosis.',
      ['L3-L4 left mild current'],
    ],
  ]);
});

describe('grades given side by side after the canal are the foramina’s', () => {
  // Safety: the canal had been graded by the first sided grade after it ("severe"), beside its own.
  table(
    [
      [
        'L4-5: moderate canal stenosis, severe left and mild right foraminal stenosis.',
        ['L4-L5 central moderate current'],
      ],
      [
        'L4-L5: moderate spinal canal stenosis and moderate-severe left and mild right neural foraminal narrowing.',
        ['L4-L5 central moderate current'],
      ],
    ],
    'central-canal-stenosis',
  );
  table([
    [
      'L4-5: moderate canal stenosis, severe left and mild right foraminal stenosis.',
      ['L4-L5 left severe current', 'L4-L5 right mild current'],
    ],
  ]);
});

describe('review of round 29: forms of the same families in other wordings', () => {
  table([
    // Single-letter answers, and an answer after a dash (no item of its own).
    [
      'L5-S1: Right foraminal stenosis? N. Left foraminal stenosis? Y [moderate].',
      ['L5-S1 right none negated current', 'L5-S1 left moderate current'],
    ],
    ['L3-L4 - Left foraminal stenosis — no.', ['L3-L4 left none negated current']],
    // A percentage key with no "=" between band and grade, sides as letters.
    [
      'Foraminal narrowing (% height loss; key: <25% mild, 25-50% moderate, >50% severe)\nL5-S1: R 60%, L 10%.',
      ['L5-S1 right severe current', 'L5-S1 left mild current'],
    ],
    // "Prior …" prose in a history is no comparison line: the year it names dates no study.
    [
      'History: Prior L4-5 laminectomy 2018.\nFindings: L4-5: the 2018 laminectomy defect. Mild left foraminal stenosis.',
      ['L4-L5 left mild current'],
    ],
  ]);
});
