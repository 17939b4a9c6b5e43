// Issue 15, round 9: families behind the misses of a seventh held-out outside set, each tested on
// wordings of my own (not the set's sentences).
import { describe } from 'node:test';
import { table } from './_test-rows.js';

describe('a bound "at any level" after the levels are described is a summary', () => {
  describe('foramina', () => {
    table([
      [
        'L2/3: The canal and exit foramina are normal.\nL4/5: Mild left foraminal narrowing.\nCONCLUSION: No high-grade canal or foraminal stenosis at any level.',
        [
          'L1-L2 bilateral null current max moderate',
          'L2-L3 bilateral none negated current',
          'L3-L4 bilateral null current max moderate',
          'L4-L5 left mild current',
          'L5-S1 bilateral null current max moderate',
        ],
      ],
      [
        'At L3-L4 there is no foraminal narrowing. At L5-S1 moderate right foraminal stenosis. Impression: there is no severe foraminal stenosis at any level.',
        [
          'L1-L2 bilateral null current max moderate',
          'L2-L3 bilateral null current max moderate',
          'L3-L4 bilateral none negated current',
          'L4-L5 bilateral null current max moderate',
          'L5-S1 right moderate current',
        ],
      ],
      [
        // Stated first, the bound still covers a level described after it.
        'No moderate or severe foraminal stenosis at any level.\nL4-5: mild left foraminal narrowing.',
        [
          'L1-L2 bilateral null current max mild',
          'L2-L3 bilateral null current max mild',
          'L3-L4 bilateral null current max mild',
          'L4-L5 bilateral null current max mild',
          'L4-L5 left mild current',
          'L5-S1 bilateral null current max mild',
        ],
      ],
    ]);
  });
  describe('canal', () => {
    table(
      [
        [
          'L1-2 through L3-4: canal patent.\nL4-5: mild central canal stenosis.\nImpression: No high-grade spinal canal stenosis at any level.',
          [
            'L1-L2 central none negated current',
            'L2-L3 central none negated current',
            'L3-L4 central none negated current',
            'L4-L5 central mild current',
            'L5-S1 central null current max moderate',
          ],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('a table whose column names are bracketed after the level label', () => {
  describe('foramina', () => {
    table([
      [
        'Level (canal / left foramen / right foramen):\nL3/4: mild / 0 / mild\nL4/5: moderate / severe / 0',
        [
          'L3-L4 left none negated current',
          'L3-L4 right mild current',
          'L4-L5 left severe current',
          'L4-L5 right none negated current',
        ],
      ],
      [
        'Levels (central canal | Lt NF | Rt NF)\nL2-L3 | none | mild | none\nL5-S1 | mild | none | moderate',
        [
          'L2-L3 left mild current',
          'L2-L3 right none negated current',
          'L5-S1 left none negated current',
          'L5-S1 right moderate current',
        ],
      ],
      [
        'Lvl (CCS / R NF / L NF):\nL4-5: mod / mild / sev\nL5-S1: 0 / 0 / mild',
        [
          'L4-L5 right mild current',
          'L4-L5 left severe current',
          'L5-S1 right none negated current',
          'L5-S1 left mild current',
        ],
      ],
    ]);
  });
  describe('canal', () => {
    table(
      [
        [
          'Level (canal / left foramen / right foramen):\nL3/4: mild / 0 / mild\nL4/5: moderate / severe / 0',
          ['L3-L4 central mild current', 'L4-L5 central moderate current'],
        ],
        [
          'Lvl (CCS / R NF / L NF):\nL4-5: mod / mild / sev\nL5-S1: 0 / 0 / mild',
          ['L4-L5 central moderate current', 'L5-S1 central none negated current'],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('time: what has resolved, and a grade the earlier study did not have', () => {
  describe('"resolved X with Y": only X has gone', () => {
    table([
      [
        'IMPRESSION:\n2. Resolved left L4-5 foraminal protrusion with improved left foraminal narrowing, now mild.',
        ['L4-L5 left mild current'],
      ],
      [
        'L5-S1: Interval resolution of the right foraminal extrusion with persistent moderate right foraminal stenosis.',
        ['L5-S1 right moderate current'],
      ],
      [
        'L5/S1: The previously described left foraminal disc protrusion has resolved, with mild residual left foraminal narrowing.',
        ['L5-S1 left mild current'],
      ],
    ]);
  });
  describe('"previously none/normal" is a negated prior finding beside the current grade', () => {
    table([
      [
        'At L4-L5 there is moderate right foraminal narrowing, previously none.',
        ['L4-L5 right moderate current', 'L4-L5 right none negated prior'],
      ],
      [
        'L3/4: The right foramen, previously normal, is now moderately narrowed.',
        ['L3-L4 right moderate current', 'L3-L4 right none negated prior'],
      ],
      [
        'L3-L4: The left exit foramen, previously patent, is now severely narrowed.',
        ['L3-L4 left severe current', 'L3-L4 left none negated prior'],
      ],
    ]);
    table(
      [
        [
          'L2/3: Mild central canal stenosis, previously none.',
          ['L2-L3 central mild current', 'L2-L3 central none negated prior'],
        ],
      ],
      'central-canal-stenosis',
    );
  });
  describe('an earlier report named by its modality ("the 2019 CT report, which described …") is prior', () => {
    table(
      [
        [
          'L4-5: severe central canal stenosis.\nComment: Progression since the 2018 CT report, which described mild central stenosis at L4-5.',
          ['L4-L5 central severe current', 'L4-L5 central mild prior'],
        ],
        [
          'L3-4: moderate canal stenosis. The outside CT report described mild canal stenosis at this level.',
          ['L3-L4 central moderate current', 'L3-L4 central mild prior'],
        ],
      ],
      'central-canal-stenosis',
    );
    table([
      [
        'L4/5: Moderate left foraminal narrowing.\nConclusion: Worse than on the 2020 MRI report, which described mild left foraminal narrowing at L4/5.',
        ['L4-L5 left moderate current', 'L4-L5 left mild prior'],
      ],
    ]);
  });
});

describe('a root spared says nothing against the foramen graded the sentence before', () => {
  table([
    [
      'L4/5: The right intervertebral foramen is mildly narrowed; the exiting right L4 nerve root is not compressed.',
      ['L4-L5 right mild current'],
    ],
    [
      'L5-S1: Moderate left foraminal narrowing. The exiting left L5 root is not impinged.',
      ['L5-S1 left moderate current'],
    ],
    [
      'At L3-4 the left exit foramen is severely narrowed. There is no compression of the exiting left L3 nerve root.',
      ['L3-L4 left severe current'],
    ],
    [
      // The other side's root, spared, still clears its own foramen.
      'L4-5: The right foramen is patent. The exiting left L4 root is not compressed.',
      ['L4-L5 right none negated current', 'L4-L5 left none negated current'],
    ],
  ]);
});

describe('a foramen graded without a verb, then the other side stated normal', () => {
  table([
    [
      'L5/S1 - small protrusion; canal adequate; foramina - mild left, right normal.',
      ['L5-S1 left mild current', 'L5-S1 right none negated current'],
    ],
    [
      'L4-5: neural foramina moderate right, left normal.',
      ['L4-L5 right moderate current', 'L4-L5 left none negated current'],
    ],
    [
      'L4-L5: exit foramina - severe on the right, left patent.',
      ['L4-L5 right severe current', 'L4-L5 left none negated current'],
    ],
  ]);
});

describe('a narrowing after "with" narrows the foramen a lesion was said to reach', () => {
  table([
    [
      'L5/S1: Left disc protrusion extending into the lower part of the foramen, with narrowing of moderate degree affecting the left; the right side is preserved.',
      ['L5-S1 left moderate current', 'L5-S1 right none negated current'],
    ],
    [
      'L4-5: A right foraminal protrusion extends into the right foramen, with moderate narrowing.',
      ['L4-L5 right moderate current'],
    ],
    [
      'At L3/4 a disc bulge extending into both foramina with mild narrowing on the right. The left is preserved.',
      ['L3-L4 right mild current', 'L3-L4 left none negated current'],
    ],
    [
      // A foramen reached, with no narrowing stated, is still not a stenosis.
      'L4-L5: Left protrusion extending into the foramen, with contact of the exiting left L4 root.',
      [],
    ],
  ]);
});

describe('a gapped clause about the other foramen ("…, the left mildly narrowed")', () => {
  table([
    [
      'L3/4: The right exit foramen is moderately narrowed, the left mildly narrowed.',
      ['L3-L4 right moderate current', 'L3-L4 left mild current'],
    ],
    [
      'L4-5: The left foramen is severely narrowed, the right moderately.',
      ['L4-L5 left severe current', 'L4-L5 right moderate current'],
    ],
    [
      'At L5/S1 the left neural foramen is mildly narrowed, and the right severely narrowed by a protrusion.',
      ['L5-S1 left mild current', 'L5-S1 right severe current'],
    ],
    [
      // A side before another structure is not a gapped foramen.
      'L4-5: The left foramen is severely narrowed, the right mild disc bulge noted.',
      ['L4-L5 left severe current'],
    ],
  ]);
});

describe('a sided root compressed within the foramen: that side’s foramen, not both', () => {
  table([
    [
      'L4/5: The foramina are narrowed, severely on the left and slightly on the right. The left L4 nerve root is compressed within the foramen.',
      ['L4-L5 left severe current', 'L4-L5 right mild current'],
    ],
    [
      'L4-L5: The left L4 nerve root is compressed within the foramen.',
      ['L4-L5 left null current'],
    ],
    [
      'L5/S1: Moderate right foraminal stenosis. The exiting right L5 root is compressed in the foramen.',
      ['L5-S1 right moderate current'],
    ],
  ]);
});

describe('"the thoracolumbar junction" names T12-L1', () => {
  table([
    [
      'The canal and foramina are patent throughout the lumbar spine, including at the thoracolumbar junction.',
      [
        'T12-L1 bilateral none negated current',
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 bilateral none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    [
      'Thoracolumbar junction: mild left foraminal narrowing.\nL4-5: normal.',
      ['T12-L1 left mild current', 'L4-L5 bilateral none negated current'],
    ],
    [
      'At the thoracolumbar level there is moderate right neural foraminal stenosis.',
      ['T12-L1 right moderate current'],
    ],
  ]);
});

describe('"the examination is otherwise normal" clears the levels not described', () => {
  const cleared = (except: string): string[] =>
    ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']
      .filter((l) => l !== except)
      .map((l) => `${l} bilateral none negated current`);
  table([
    [
      'L4-5: mild left foraminal narrowing.\nThe examination is otherwise normal.',
      ['L4-L5 left mild current', ...cleared('L4-L5')],
    ],
    [
      'L2/3: Moderate right exit foraminal stenosis.\nThe study is otherwise unremarkable.',
      ['L2-L3 right moderate current', ...cleared('L2-L3')],
    ],
    [
      'At L5-S1 there is severe bilateral foraminal narrowing. Otherwise unremarkable MRI.',
      ['L5-S1 bilateral severe current', ...cleared('L5-S1')],
    ],
  ]);
});

describe('speech-recognition forms of foramen, foramina and foraminal, and homophones', () => {
  table([
    [
      'L4/5: Disc bulge. The exit for Raymond are patent.',
      ['L4-L5 bilateral none negated current'],
    ],
    [
      'L5-S1: Moderate narrowing of the left exit foramen. The right exit Foreman is normal.',
      ['L5-S1 left moderate current', 'L5-S1 right none negated current'],
    ],
    [
      'L2 3: No significant narrowing of the canal or for Amina.',
      ['L2-L3 bilateral none negated current'],
    ],
    [
      'At L5-S1 mile write neural for a middle narrowing is present; the left neural foramen is patent.',
      ['L5-S1 right mild current', 'L5-S1 left none negated current'],
    ],
    ['L4 5: severe left neural for aminal stenosis.', ['L4-L5 left severe current']],
  ]);
  describe('"L3 for:" is the L3-4 heading', () => {
    table([
      ['L3 for: Mild bulge. Neural foramina are patent.', ['L3-L4 bilateral none negated current']],
      [
        // "for" elsewhere is the preposition.
        'L3-4: Mild left foraminal narrowing, for correlation.',
        ['L3-L4 left mild current'],
      ],
    ]);
  });
});

describe('a clause opening with an earlier study is that study’s, never this one’s', () => {
  table([
    [
      'L5-S1: Mild right foraminal narrowing. On the prior MRI, the right foramen was severely narrowed.',
      ['L5-S1 right mild current', 'L5-S1 right severe prior'],
    ],
    [
      'L5-S1: On the prior MRI, the right foramen was severely narrowed.',
      ['L5-S1 right severe prior'],
    ],
    [
      'At L3/4 the left exit foramen is patent; at the preoperative examination the left foramen was moderately narrowed.',
      ['L3-L4 left none negated current', 'L3-L4 left moderate prior'],
    ],
    [
      // Stated normal then, it is a negated prior finding, not a resolution or this study's negation.
      'L3-L4: moderate right foraminal stenosis. On the previous study the right foramen was patent.',
      ['L3-L4 right moderate current', 'L3-L4 right none negated prior'],
    ],
    [
      'L4-5: In 2021 the left foramen was mildly narrowed. The left foramen is severely narrowed.',
      ['L4-L5 left mild prior', 'L4-L5 left severe current'],
    ],
  ]);
  table(
    [
      [
        'L3/4: new moderate canal stenosis; the canal was normal at this level in 2019.',
        ['L3-L4 central moderate current', 'L3-L4 central none negated prior'],
      ],
      [
        // A year that dates an operation, not a state, changes nothing.
        'L4/5: Laminectomy in 2020. Moderate canal stenosis.',
        ['L4-L5 central moderate current'],
      ],
    ],
    'central-canal-stenosis',
  );
  table(
    [
      [
        'L4-5: The canal is now patent; on the pre-operative study there was severe stenosis at this level.',
        ['L4-L5 central none negated current', 'L4-L5 central severe prior'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('"…, as is the right": the other foramen, stated the same', () => {
  table([
    [
      'L4-L5: the left foramen is now patent, as is the right.',
      ['L4-L5 left none negated current', 'L4-L5 right none negated current'],
    ],
    [
      'L3-4: The right foramen is moderately narrowed, as is the left.',
      ['L3-L4 right moderate current', 'L3-L4 left moderate current'],
    ],
    [
      // "as is" another structure is that structure's statement, not a foramen's.
      'L2-3: the right foramen is patent, as is the canal.',
      ['L2-L3 right none negated current'],
    ],
  ]);
});

describe('an upper-case finding label heads its grades; "Else none" is "otherwise none"', () => {
  table(
    [
      [
        'CCS: L4-5 mild. Else none.',
        [
          'L1-L2 central none negated current',
          'L2-L3 central none negated current',
          'L3-L4 central none negated current',
          'L4-L5 central mild current',
          'L5-S1 central none negated current',
        ],
      ],
      [
        'Central canal: L3/4 moderate. Else normal.',
        [
          'L1-L2 central none negated current',
          'L2-L3 central none negated current',
          'L3-L4 central moderate current',
          'L4-L5 central none negated current',
          'L5-S1 central none negated current',
        ],
      ],
      ['SPINAL CANAL: L4/5 severe.', ['L4-L5 central severe current']],
    ],
    'central-canal-stenosis',
  );
  table([
    ['NFN: L4-5 mild left.', ['L4-L5 left mild current']],
    ['NEURAL FORAMINA: moderate right at L5-S1.', ['L5-S1 right moderate current']],
    [
      // "else" inside a sentence says nothing of other levels.
      'L4-5: mild left NFN, nothing else.',
      ['L4-L5 left mild current'],
    ],
  ]);
});

describe('a side heading a line of per-level grades grades every level on it', () => {
  table([
    [
      'NFN by side:\n  Left - L3-4 mild; L4-5 mod; L5-S1 sev.\n  Right - L4-5 mild.',
      [
        'L3-L4 left mild current',
        'L4-L5 left moderate current',
        'L5-S1 left severe current',
        'L4-L5 right mild current',
      ],
    ],
    [
      'Foraminal stenosis by side:\nRight: L2/3 mild; L3/4 moderate.\nLeft: L4/5 severe; L5/S1 none.',
      [
        'L2-L3 right mild current',
        'L3-L4 right moderate current',
        'L4-L5 left severe current',
        'L5-S1 left none negated current',
      ],
    ],
    [
      // The side ends with its line.
      'Neural foraminal narrowing:\nLt - L4-L5 moderate; L5-S1 mild\nL3-L4 mild bilaterally',
      ['L4-L5 left moderate current', 'L5-S1 left mild current', 'L3-L4 bilateral mild current'],
    ],
  ]);
});

describe('a finding named before a colon, then one level and its grade per comma clause', () => {
  table(
    [
      [
        'Spinal canal: L3-4 moderate, L4-5 severe.',
        ['L3-L4 central moderate current', 'L4-L5 central severe current'],
      ],
      [
        'Central canal stenosis: L2/3 mild, L3/4 moderate, L4/5 severe.',
        [
          'L2-L3 central mild current',
          'L3-L4 central moderate current',
          'L4-L5 central severe current',
        ],
      ],
    ],
    'central-canal-stenosis',
  );
  table([
    [
      'Foramina: L3-L4 mild left, L4-L5 moderate right.',
      ['L3-L4 left mild current', 'L4-L5 right moderate current'],
    ],
    [
      'Neural foraminal narrowing: L4/5 mild bilaterally, L5/S1 none.',
      ['L4-L5 bilateral mild current', 'L5-S1 bilateral none negated current'],
    ],
  ]);
});

describe('a side before its grade, then the other side normal, stays one per-side statement', () => {
  table([
    [
      'L4-5: Foramina right mild, left normal.',
      ['L4-L5 right mild current', 'L4-L5 left none negated current'],
    ],
    [
      'L3-L4 neural foramina: mild right, left preserved.',
      ['L3-L4 right mild current', 'L3-L4 left none negated current'],
    ],
    [
      'L5/S1: exit foramina left moderate, right normal.',
      ['L5-S1 left moderate current', 'L5-S1 right none negated current'],
    ],
  ]);
});
