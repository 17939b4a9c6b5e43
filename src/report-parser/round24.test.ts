// Round 24: families from the twenty-second outside set (styles/reviewer22.json: new styles: ALL-CAPS
// and telegraphic teleradiology, markdown and key-value reports, grades as numbers of named systems,
// tables in unusual column orders, surgeons' and pain clinics' letters quoting MRIs, several earlier
// studies, distant negations), each tested with wordings of my own beside the report's. Rows are
// `level side severity [negated] temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table } from './_test-rows.js';

describe('a letter names an earlier study as the subject of its past-tense verb', () => {
  table([
    // Safety: the pre-operative MRI's grades read as current beside the post-operative study.
    [
      'His pre-operative MRI last year had shown moderate bilateral foraminal narrowing at L4-5. The post-operative CT myelogram demonstrates that the L4-5 foramina are now only mildly narrowed.',
      ['L4-L5 bilateral mild current', 'L4-L5 bilateral moderate prior'],
    ],
    [
      'Imaging: Her first MRI (August 2021) showed moderate right L4-5 foraminal stenosis. The repeat MRI of 11 March shows that the right L4-5 foraminal stenosis has progressed and is now described as severe.',
      ['L4-L5 right moderate prior', 'L4-L5 right severe current'],
    ],
    [
      'MRI LUMBAR SPINE\nL5-S1: fused.\nPre-operative MRI (2017), report quoted for reference: "severe bilateral L5-S1 foraminal stenosis".',
      ['L5-S1 bilateral severe prior'],
    ],
    // An operation note whose one study is the pre-operative MRI: that study's findings are the ones
    // it acts on, current.
    [
      'INDICATIONS: Preoperative MRI demonstrated moderate bilateral L4-5 foraminal stenosis.',
      ['L4-L5 bilateral moderate current'],
    ],
  ]);
});

describe('tables whose level column comes last', () => {
  table([
    [
      'Grading: 0 = none, 1 = mild, 2 = moderate, 3 = severe.\n R foramen | L foramen | Canal | Level\n ----------|-----------|-------|------\n 0 | 0 | 0 | L1-2\n 3 | 2 | 2 | L4-5',
      [
        'L1-L2 left none negated current',
        'L1-L2 right none negated current',
        'L4-L5 left moderate current',
        'L4-L5 right severe current',
      ],
    ],
    [
      'Rt NF / Lt NF / CC / level\nnil / mild / nil / L2-L3\nmod-sev / mild / sev / L4-L5',
      [
        'L2-L3 left mild current',
        'L2-L3 right none negated current',
        'L4-L5 left mild current',
        'L4-L5 right moderate-severe current',
      ],
    ],
  ]);
  table(
    [
      [
        'Rt NF / Lt NF / CC / level\nnil / mild / nil / L2-L3\nmod-sev / mild / sev / L4-L5',
        ['L2-L3 central none negated current', 'L4-L5 central severe current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a negation far from its nouns, and a range named by "between"', () => {
  table([
    [
      'There is no evidence, at any lumbar level between L1-L2 and L3-L4 inclusive, of disc herniation, spinal canal stenosis or neural foraminal narrowing.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
      ],
    ],
    ['Mild foraminal narrowing between L4 and L5.', ['L4-L5 bilateral mild current']],
  ]);
});

describe('an ungraded aside about the earlier study', () => {
  table([
    // Safety: "previously effaced" stayed as a current narrowing.
    [
      'L4-5: The left L4-5 foramen, previously effaced by phlegmon, is now patent.',
      ['L4-L5 left none negated current'],
    ],
    [
      'L4-5: The left foramen, moderately narrowed previously, is now patent.',
      ['L4-L5 left moderate prior', 'L4-L5 left none negated current'],
    ],
  ]);
});

describe('Lee grades of the central canal, telegraphic "NML", markdown level headings', () => {
  table(
    [
      [
        'Central canal stenosis is graded according to Lee et al. (2011): grade 0 none, 1 mild, 2 moderate, 3 severe.\nL3-L4: central grade 1. Right foramen Lee 1; left foramen Lee 2.\nL2-L3: central grade 0.',
        ['L2-L3 central none negated current', 'L3-L4 central mild current'],
      ],
    ],
    'central-canal-stenosis',
  );
  table([
    // The canal's grade had graded both foramina.
    [
      'Foraminal stenosis is graded according to Lee et al.\nL3-L4: central grade 1. Right foramen Lee 1; left foramen Lee 2.',
      ['L3-L4 left moderate current', 'L3-L4 right mild current'],
    ],
    [
      'L1-2: NML.\nL2-3: WNL.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    [
      '**L1-L2**\n- [x] Normal\n- [ ] Disc bulge\n**L2-L3**\n- [x] Foraminal stenosis — Right: mild; Left: none',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 left none negated current',
        'L2-L3 right mild current',
      ],
    ],
  ]);
});

describe('a hedged exception, and "anywhere"', () => {
  table([
    [
      'Foramina: patent at all levels apart from possible mild left L5-S1 narrowing.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 bilateral none negated current',
        'L5-S1 left mild current',
        'L5-S1 right none negated current',
      ],
    ],
  ]);
  table(
    [
      [
        'Facet arthropathy L3-4 to L5-S1. No significant canal stenosis anywhere.',
        ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'].map(
          (l) => `${l} central none negated current`,
        ),
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a grade after "prior" or "previous" is the earlier study\'s', () => {
  table(
    [
      // Safety: the earlier severe grade read as current and outranked this study's moderate one.
      [
        'L4-5: PRIOR SEVERE CANAL STENOSIS HAS BEEN TREATED BY INTERSPINOUS SPACER; CANAL NOW MODERATELY NARROWED.',
        ['L4-L5 central moderate current', 'L4-L5 central severe prior'],
      ],
      [
        'L4-5: The previous moderate canal stenosis is now severe.',
        ['L4-L5 central moderate prior', 'L4-L5 central severe current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a letter\'s "for comparison, an earlier CT … mentioned"', () => {
  table([
    // Safety: the earlier CT's grade read as current (the twenty-third set).
    [
      'His MRI (18/08/24) reported: "Moderate left L5/S1 exit foraminal stenosis." For comparison, an earlier CT in 2021 (done after a fall) mentioned "mild bilateral L5/S1 foraminal narrowing" and nothing else.',
      ['L5-S1 bilateral mild prior', 'L5-S1 left moderate current'],
    ],
  ]);
});

describe('"resolution of X and of Y" resolves both', () => {
  table([
    // Safety: the second object stayed as a current narrowing of no grade.
    [
      'Conclusion: Resolution of the left L4/5 disc extrusion and of the previously reported left L4/5 foraminal narrowing.',
      ['L4-L5 left none negated resolved'],
    ],
  ]);
});

describe('an adverb of degree beside a change is not a grade', () => {
  // Safety: "has improved significantly" had made a current moderate-severe grade nobody wrote.
  table([
    ['L4-5: The left foraminal stenosis has improved significantly.', ['L4-L5 left null current']],
    ['L4-5: Left foraminal narrowing, slightly improved.', ['L4-L5 left null current']],
    [
      'L3-4: The extrusion, which had caused severe right foraminal narrowing, has regressed considerably.',
      ['L3-L4 right severe prior'],
    ],
    // A grade that is a grade stays: "moderately narrowed, unchanged".
    ['L4-5: The left foramen is moderately narrowed, unchanged.', ['L4-L5 left moderate current']],
  ]);
  table(
    [['L3-4: The canal is mildly reduced in calibre.', ['L3-L4 central mild current']]],
    'central-canal-stenosis',
  );
});
