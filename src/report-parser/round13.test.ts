// Round 13: families found on the eleventh outside set (post-operative and complex reports, tables and
// synoptic forms, hard statements), each tested with the report's wording and wordings of my own.
// Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';
import { clearedBut, table } from './_test-rows.js';

describe('a sixth lumbar segment’s level heading ("L5-L6:", "L6-S1:") holds its own findings', () => {
  table([
    [
      'L4-L5: Moderate left and mild right foraminal stenosis.\nL5-L6: Fused. Severe left foraminal narrowing from a laterally placed cage. Right foramen patent.\nL6-S1: Rudimentary disc. No stenosis.',
      ['L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
    [
      'L4/5: Mild bilateral foraminal narrowing.\nL5/6: Severe bilateral foraminal stenosis. No canal stenosis.\nL6/S1: Normal.',
      ['L4-L5 bilateral mild current'],
    ],
    [
      'L4-5: mild canal stenosis.\nL5-6 - moderate right foraminal narrowing, left foramen patent.',
      [],
    ],
  ]);

  describe('so the canal of the level before is not cleared by them', () => {
    table(
      [
        [
          'L4-L5: Moderate central canal stenosis.\nL6-S1: Rudimentary disc. No stenosis.',
          ['L4-L5 central moderate current'],
        ],
      ],
      'central-canal-stenosis',
    );
  });

  it('and the heading still notes the transitional vertebra', () => {
    const { notes } = parseReport('L4/5: Mild bilateral foraminal narrowing.\nL5/6: Normal.');
    assert.deepEqual(
      notes.map((n) => [n.code, n.text]),
      [['transitional-vertebra', 'L5/6']],
    );
  });
});

describe('a table row whose first cell holds its level and a dash reads the dash as none', () => {
  table([
    [
      'LUMBAR MRI - LEVEL SUMMARY (canal / left foramen / right foramen)\nL1-2: - / - / -\nL3-4: mild / mild / -\nL4-5: mod / sev / mild\nKey: - = no stenosis.',
      [
        'L1-L2 left none negated current',
        'L1-L2 right none negated current',
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 left severe current',
        'L4-L5 right mild current',
      ],
    ],
    [
      'Level: canal / right foramen / left foramen\nL2/3: - / - / -\nL4/5: moderate / - / mild',
      [
        'L2-L3 left none negated current',
        'L2-L3 right none negated current',
        'L4-L5 left mild current',
        'L4-L5 right none negated current',
      ],
    ],
    [
      'Levels (CCS / L NF / R NF):\nL3-L4: - / - / mild\nL4-L5: mild / — / —',
      [
        'L3-L4 left none negated current',
        'L3-L4 right mild current',
        'L4-L5 left none negated current',
        'L4-L5 right none negated current',
      ],
    ],
  ]);

  describe('and its canal cell too', () => {
    table(
      [
        [
          'Level: canal / right foramen / left foramen\nL2/3: - / - / -\nL4/5: moderate / - / mild',
          ['L2-L3 central none negated current', 'L4-L5 central moderate current'],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('a legend that lists numbers and grades without "=" grades the numbers of the table after it', () => {
  table([
    [
      'Grading: foramina per Lee et al. 2010 (0 normal, 1 mild, 2 moderate, 3 severe); central canal per Lee et al. 2011 (0-3).\nFindings table (note column order: right before left):\nLevel\tCentral canal\tRight foramen\tLeft foramen\tComment\nL1-L2\t0\t0\t0\t\nL2-L3\t0\t0\t1\tsmall L foraminal bulge\nL3-L4\t1\t1\t1\t\nL4-L5\t2\t3\t1\tR foraminal extrusion',
      [
        'L1-L2 left none negated current',
        'L1-L2 right none negated current',
        'L2-L3 left mild current',
        'L2-L3 right none negated current',
        'L3-L4 left mild current',
        'L3-L4 right mild current',
        'L4-L5 left mild current',
        'L4-L5 right severe current',
      ],
    ],
    [
      'Grades: 0: none; 1: mild; 2: moderate; 3: severe\n| Level | Canal | L NF | R NF |\n| L3-4 | 1 | 0 | 2 |\n| L4-5 | 2 | 3 | 1 |',
      [
        'L3-L4 left none negated current',
        'L3-L4 right moderate current',
        'L4-L5 left severe current',
        'L4-L5 right mild current',
      ],
    ],
    [
      'Scale (0 none, 1 mild, 2 moderate, 3 severe).\nLevel: canal / left foramen / right foramen\nL4-5: 2 / 1 / 0\nL5-S1: 0 / 3 / 2',
      [
        'L4-L5 left mild current',
        'L4-L5 right none negated current',
        'L5-S1 left severe current',
        'L5-S1 right moderate current',
      ],
    ],
  ]);

  describe('the canal column too', () => {
    table(
      [
        [
          'Scale (0 none, 1 mild, 2 moderate, 3 severe).\nLevel: canal / left foramen / right foramen\nL4-5: 2 / 1 / 0\nL5-S1: 0 / 3 / 2',
          ['L4-L5 central moderate current', 'L5-S1 central none negated current'],
        ],
      ],
      'central-canal-stenosis',
    );
  });

  describe('but a sentence with one or two numbered grades is no legend', () => {
    table([
      [
        'Disc bulges at 2 levels, 1 mild, 1 moderate.\n| Level | L NF | R NF |\n| L4-5 | 2 | 1 |',
        [],
      ],
    ]);
  });
});

describe('a bilateral restatement of the grade both foramina were given elsewhere adds no finding', () => {
  table([
    [
      'Grading: foramina per Lee (0 normal, 1 mild, 2 moderate, 3 severe).\nLevel\tRight foramen\tLeft foramen\nL5-S1\t2\t2\nImpression: Lee grade 2 foraminal stenosis bilaterally at L5-S1.',
      ['L5-S1 left moderate current', 'L5-S1 right moderate current'],
    ],
    [
      'FINDINGS:\nL4-5: Moderate left foraminal stenosis. Moderate right foraminal stenosis.\nIMPRESSION:\nModerate bilateral L4-5 foraminal stenosis.',
      ['L4-L5 left moderate current', 'L4-L5 right moderate current'],
    ],
    [
      'FINDINGS: At L5-S1 there is mild narrowing of the right foramen, and the left foramen is mildly narrowed too.\nCONCLUSION: Mild bilateral foraminal narrowing at L5-S1.',
      ['L5-S1 left mild current', 'L5-S1 right mild current'],
    ],
  ]);
});

describe('a table whose header says "prior -> now" gives each cell’s present grade and a changed earlier one', () => {
  table([
    [
      'Level | Canal prior -> now | Left NF prior -> now | Right NF prior -> now\nL2-L3 | none -> none | none -> none | none -> none\nL3-L4 | mild -> mild | none -> mild | mild -> mild\nL4-L5 | moderate -> severe | moderate -> moderate | mild -> moderate\nL5-S1 | none -> none | severe -> none (post foraminotomy) | none -> none',
      [
        'L2-L3 left none negated current',
        'L2-L3 right none negated current',
        'L3-L4 left mild current',
        'L3-L4 right mild current',
        'L4-L5 left moderate current',
        'L4-L5 right moderate current',
        'L4-L5 right mild prior',
        'L5-S1 left none negated current',
        'L5-S1 left severe prior',
        'L5-S1 right none negated current',
      ],
    ],
    [
      'Level | CCS previous → current | L NF previous → current | R NF previous → current\nL4-5 | mild → moderate | none → none | moderate → moderate\nL5-S1 | none → none | none → mild | severe → moderate',
      [
        'L4-L5 left none negated current',
        'L4-L5 right moderate current',
        'L5-S1 left mild current',
        'L5-S1 right moderate current',
        'L5-S1 right severe prior',
      ],
    ],
    [
      'Level\tCanal (then -> now)\tLeft foramen (then -> now)\tRight foramen (then -> now)\nL3-L4\tnone -> mild\tmild -> none\tmild -> mild',
      ['L3-L4 left mild prior', 'L3-L4 left none negated current', 'L3-L4 right mild current'],
    ],
  ]);

  describe('the canal’s cells likewise', () => {
    table(
      [
        [
          'Level | CCS previous → current | L NF previous → current | R NF previous → current\nL4-5 | mild → moderate | none → none | moderate → moderate\nL5-S1 | none → none | none → mild | severe → moderate',
          [
            'L4-L5 central moderate current',
            'L4-L5 central mild prior',
            'L5-S1 central none negated current',
          ],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('Wildermuth’s codes W0 to W3 grade a foramen with the grading module’s severities', () => {
  table([
    [
      'Foraminal grading: Wildermuth (0 = normal, 1 = slight, 2 = marked, 3 = advanced).\nL3-L4:\n  central_canal: normal\n  foramen_left: W1\n  foramen_right: W0\nL4-L5:\n  central_canal: mild narrowing (AP 10 mm)\n  foramen_left: W2\n  foramen_right: W2\nOther levels: not assessed (outside the field of view above L3).',
      [
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 left moderate current',
        'L4-L5 right moderate current',
      ],
    ],
    [
      'L4-5: Foramina W2 on the left, W0 on the right.',
      ['L4-L5 left moderate current', 'L4-L5 right none negated current'],
    ],
    [
      'L3/4: right NF W1; left NF W0.',
      ['L3-L4 right mild current', 'L3-L4 left none negated current'],
    ],
  ]);
});

describe('a grade just after a structure’s label is the label’s, whatever the comment after it says', () => {
  table([
    [
      'L5-S1:\n  foramen_left: W3 - complete obliteration of perineural fat around the exiting L5 root\n  foramen_right: W1',
      ['L5-S1 left severe current', 'L5-S1 right mild current'],
    ],
    [
      'L5-S1: foramen left: severe, obliteration of fat around the exiting root',
      ['L5-S1 left severe current'],
    ],
    [
      'L4-5:\n  foramen_right: moderate - fat partly effaced\n  foramen_left: mild - small osteophyte',
      ['L4-L5 right moderate current', 'L4-L5 left mild current'],
    ],
  ]);

  describe('but a grade that goes on as one phrase with its noun is read with it', () => {
    table(
      [
        [
          'L5-S1: Spinal canal: patent. Neural foramina: mild bilateral stenosis.',
          ['L5-S1 central none negated current'],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('a "Level:" label before a level group makes it the heading of what follows on the line', () => {
  table([
    [
      'Level: T12-L1, L1-2 | normal\nLevel: L2-3 | DB: N | CCS: none | NFN L: none | NFN R: mild',
      [
        'T12-L1 bilateral none negated current',
        'L1-L2 bilateral none negated current',
        'L2-L3 left none negated current',
        'L2-L3 right mild current',
      ],
    ],
    [
      'Level: L1-2, L2-3 | normal\nLevel: L4-5 | CCS: mild | NFN L: mod | NFN R: none',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L4-L5 left moderate current',
        'L4-L5 right none negated current',
      ],
    ],
    ['Lvl: L3-4 | normal', ['L3-L4 bilateral none negated current']],
  ]);

  describe('and clears the canal of a level called normal', () => {
    table(
      [
        [
          'Level: L1-2, L2-3 | normal',
          ['L1-L2 central none negated current', 'L2-L3 central none negated current'],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('a checkbox form states only its ticked options', () => {
  table([
    [
      'L4-L5\n  Disc: [ ] Normal [ ] Bulge [x] Protrusion [ ] Extrusion - left subarticular\n  Central canal stenosis: [ ] None [x] Mild [ ] Moderate [ ] Severe\n  Left foraminal stenosis: [ ] None [ ] Mild [x] Moderate [ ] Severe\n  Right foraminal stenosis: [ ] None [x] Mild [ ] Moderate [ ] Severe\n  Change from prior: [ ] New [x] Unchanged [ ] Progressed [ ] Improved',
      ['L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
    [
      'L3-4\n  Canal: [X] Normal [ ] Stenosis\n  Left foramen: [ ] Normal [X] Narrowed - moderate\n  Right foramen: [X] Normal [ ] Narrowed',
      ['L3-L4 left moderate current', 'L3-L4 right none negated current'],
    ],
    [
      'L5-S1 left foraminal stenosis: ☐ none ☒ severe\nL5-S1 right foraminal stenosis: ☒ none ☐ mild',
      ['L5-S1 left severe current', 'L5-S1 right none negated current'],
    ],
  ]);

  describe('for the canal too', () => {
    table(
      [
        [
          'L4-L5\n  Central canal stenosis: [ ] None [x] Mild [ ] Moderate [ ] Severe',
          ['L4-L5 central mild current'],
        ],
        ['L3-4\n  Canal: [X] Normal [ ] Stenosis', ['L3-L4 central none negated current']],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('a finding gone since the earlier study keeps the grade its phrase gave it', () => {
  describe('with the phrase’s level between the finding and the earlier study’s words', () => {
    table(
      [
        [
          'L4-L5: Diffuse disc bulge. The mild central canal stenosis at L4-L5 described on the preoperative study is no longer seen.',
          ['L4-L5 central none negated resolved', 'L4-L5 central mild prior'],
        ],
      ],
      'central-canal-stenosis',
    );
    table([
      [
        'The severe left foraminal stenosis at L5-S1 noted on the previous study has resolved.',
        ['L5-S1 left none negated resolved', 'L5-S1 left severe prior'],
      ],
      [
        'The moderate right foraminal narrowing at L4-L5 seen on the prior exam has resolved.',
        ['L4-L5 right none negated resolved', 'L4-L5 right moderate prior'],
      ],
    ]);
  });

  describe('or with "previously described" opening the phrases that have gone', () => {
    table([
      [
        'L4-L5: Small disc bulge. The previously described right foraminal disc protrusion and the associated mild right foraminal narrowing have resolved.',
        ['L4-L5 right none negated resolved', 'L4-L5 right mild prior'],
      ],
      [
        'L3-4: The previously reported left foraminal disc extrusion and the resulting severe left foraminal stenosis are no longer seen.',
        ['L3-L4 left none negated resolved', 'L3-L4 left severe prior'],
      ],
    ]);
  });
});

describe('a resolution restated in another section with no side of its own adds no finding', () => {
  table([
    [
      'FINDINGS:\nL4-L5: The previously described right foraminal disc protrusion and the associated mild right foraminal narrowing have resolved.\nIMPRESSION:\n2. Resolution of the right L4-L5 foraminal disc protrusion and of the associated foraminal narrowing.',
      ['L4-L5 right none negated resolved', 'L4-L5 right mild prior'],
    ],
    [
      'FINDINGS:\nL5-S1: The moderate left foraminal narrowing seen on the prior exam has resolved.\nIMPRESSION:\nInterval resolution of the left L5-S1 foraminal disc protrusion and of the associated foraminal narrowing.',
      ['L5-S1 left none negated resolved', 'L5-S1 left moderate prior'],
    ],
    [
      'FINDINGS:\nL4-5: The right foraminal stenosis described previously has resolved.\nIMPRESSION: Resolved foraminal stenosis at L4-5.',
      ['L4-L5 right none negated resolved'],
    ],
  ]);
});

describe('a grade set against another ("mild rather than moderate") or upheld ("confirmed as moderate") is the grade', () => {
  table([
    [
      'L4-L5: Moderate left foraminal stenosis.\nL5-S1: Mild right and moderate left foraminal stenosis.\nADDENDUM (same day): On review with the referring surgeon, the left L4-L5 foraminal stenosis is mild rather than moderate; the protrusion is predominantly extraforaminal. The left L5-S1 foraminal stenosis is confirmed as moderate. The remainder of the report is unchanged.',
      ['L4-L5 left mild current', 'L5-S1 left moderate current', 'L5-S1 right mild current'],
    ],
    [
      'L3-4: The right foramen is mildly rather than moderately narrowed.',
      ['L3-L4 right mild current'],
    ],
  ]);

  describe('for the canal too', () => {
    table(
      [['L4-5: the canal stenosis is confirmed to be severe.', ['L4-L5 central severe current']]],
      'central-canal-stenosis',
    );
  });
});

describe('a side opening the sentence is the side of each of its foramina and exiting roots', () => {
  table([
    [
      'On the right at L5-S1, a foraminal disc protrusion narrows the neural foramen severely and compresses the exiting L5 root. The opposite foramen is normal.',
      ['L5-S1 right severe current', 'L5-S1 left none negated current'],
    ],
  ]);

  describe('the exiting root too', () => {
    table(
      [
        [
          'On the left at L4-5, the exiting L4 root is compressed by a foraminal osteophyte and the foramen is moderately narrowed. The opposite foramen is normal.',
          ['L4-L5 left null current'],
        ],
        [
          'On the right at L5-S1, a foraminal disc protrusion narrows the neural foramen severely and compresses the exiting L5 root.',
          ['L5-S1 right null current'],
        ],
      ],
      'nerve-root-compression',
    );
    table(
      [
        [
          'On the right at L3/4 there is mild foraminal narrowing with contact of the exiting root. The opposite foramen is patent.',
          ['L3-L4 right null current'],
        ],
      ],
      'nerve-root-contact',
    );
  });
});

describe('a structure’s label with a graded narrowing as its first value heads the values after it', () => {
  table(
    [
      [
        'Canal: mild stenosis at L4-L5; none at L5-S1.',
        ['L4-L5 central mild current', 'L5-S1 central none negated current'],
      ],
      [
        'Central canal: moderate narrowing at L3/4. None at L4/5.',
        ['L3-L4 central moderate current', 'L4-L5 central none negated current'],
      ],
      [
        'Canal: severe stenosis at L4-5; moderate at L3-4.',
        ['L3-L4 central moderate current', 'L4-L5 central severe current'],
      ],
    ],
    'central-canal-stenosis',
  );
  table([
    [
      'Foramina: mild bilateral narrowing at L4-5; none at L5-S1.',
      ['L4-L5 bilateral mild current', 'L5-S1 bilateral none negated current'],
    ],
  ]);
});

describe('such a label heads the rest of its own line only', () => {
  table([
    [
      'Canal: mild stenosis at L4-L5; none at L5-S1.\nUpper lumbar levels (L1-L2, L2-L3): unremarkable.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    [
      'Central canal: moderate stenosis at L4-L5; no stenosis at L3-L4 or L5-S1.\nUpper lumbar levels L1-L2 and L2-L3: normal.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
  ]);
});

describe('"Others:" or "Rest:" in a finding-first list is that finding at the levels not described', () => {
  table([
    [
      'Central canal: Mild stenosis at L4-L5. Remaining levels patent.\nNeural foramina:\n- L3-L4: minimal left, none on the right.\n- Others: patent.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 bilateral none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    [
      'Foraminal narrowing:\n- L3/4: mild bilaterally.\n- Others: none.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral mild current',
        'L4-L5 bilateral none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    [
      'Neural foramina:\n- L4-5: moderate right.\n- Rest: patent.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 right moderate current',
        'L5-S1 bilateral none negated current',
      ],
    ],
  ]);
});

describe('"neither L3-L4 nor L4-L5", "…, nor at L3-4" lists levels as "or" does', () => {
  table(
    [
      [
        'Central canal: neither L3-L4 nor L4-L5 shows canal stenosis.',
        ['L3-L4 central none negated current', 'L4-L5 central none negated current'],
      ],
      [
        'Neither L1/2 nor L2/3 shows any canal or foraminal narrowing.',
        ['L1-L2 central none negated current', 'L2-L3 central none negated current'],
      ],
    ],
    'central-canal-stenosis',
  );
  table([
    [
      'There is no foraminal stenosis at L2-3, nor at L3-4.',
      ['L2-L3 bilateral none negated current', 'L3-L4 bilateral none negated current'],
    ],
  ]);
});

describe('an exception to a clearance keeps its side when the side opens its own clause', () => {
  table([
    [
      'The neural foramina are patent at all levels except at L4-L5 on the left, which is moderately narrowed by a far lateral disc protrusion contacting the exiting left L4 root, and at L3-L4, where on the left there is mild narrowing.',
      clearedBut(
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 left moderate current',
        'L4-L5 right none negated current',
      ),
    ],
    [
      'The foramina are patent except at L5-S1, where on the right there is moderate narrowing.',
      clearedBut('L5-S1 right moderate current', 'L5-S1 left none negated current'),
    ],
    [
      'Foramina patent throughout apart from L4/5, where on the left a protrusion causes severe narrowing.',
      clearedBut('L4-L5 left severe current', 'L4-L5 right none negated current'),
    ],
  ]);

  describe('and the narrowing of its clause is the excepted foramen’s, though a root is named there too', () => {
    table([
      [
        'The foramina are patent at all levels except at L5-S1 on the right, which is severely narrowed by an osteophyte abutting the exiting right L5 root.',
        clearedBut('L5-S1 right severe current', 'L5-S1 left none negated current'),
      ],
    ]);
  });
});

describe('a finding stated at named levels leaves the level, or the one side, it excepts to the exception', () => {
  table([
    [
      'Degenerative disc disease from L3-L4 to L5-S1 with mild bilateral foraminal narrowing at each of these levels, except at L4-L5 where the right foramen is moderately to severely narrowed by a foraminal protrusion.',
      [
        'L3-L4 bilateral mild current',
        'L4-L5 left mild current',
        'L4-L5 right moderate-severe current',
        'L5-S1 bilateral mild current',
      ],
    ],
    [
      'Moderate bilateral foraminal stenosis at L4-5 and L5-S1, except at L5-S1 where the left foramen is only mildly narrowed.',
      [
        'L4-L5 bilateral moderate current',
        'L5-S1 left mild current',
        'L5-S1 right moderate current',
      ],
    ],
    [
      'Mild bilateral foraminal narrowing at L3-4, L4-5 and L5-S1, except at L4-5 on the left, where it is severe.',
      [
        'L3-L4 bilateral mild current',
        'L4-L5 left severe current',
        'L4-L5 right mild current',
        'L5-S1 bilateral mild current',
      ],
    ],
    [
      'Moderate canal stenosis and mild bilateral foraminal narrowing from L2-3 to L4-5, apart from L3-4, which is normal.',
      ['L2-L3 bilateral mild current', 'L4-L5 bilateral mild current'],
    ],
  ]);

  describe('its canal too, unless the exception names only a side', () => {
    table(
      [
        [
          'Moderate canal stenosis and mild bilateral foraminal narrowing from L2-3 to L4-5, apart from L3-4, which is normal.',
          ['L2-L3 central moderate current', 'L4-L5 central moderate current'],
        ],
        [
          'Mild canal stenosis and mild bilateral foraminal narrowing at L3-4 and L4-5, except at L4-5 on the right, where the narrowing is severe.',
          ['L3-L4 central mild current', 'L4-L5 central mild current'],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});
