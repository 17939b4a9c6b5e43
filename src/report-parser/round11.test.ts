// Round 11: families found on the ninth outside set (review/r9), each tested with wordings of my own.
// Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table } from './_test-rows.js';

describe('prose that moves to another level mid-sentence keeps each finding at its own level', () => {
  table([
    [
      'At L2/3 the bulge results in mild left foraminal narrowing, and at L3/4 a protrusion results in moderate canal stenosis.',
      ['L2-L3 left mild current'],
    ],
    [
      'At L4-5 facet hypertrophy gives moderate bilateral foraminal narrowing, whereas at L5-S1 a right foraminal protrusion gives severe right foraminal stenosis.',
      ['L4-L5 bilateral moderate current', 'L5-S1 right severe current'],
    ],
    [
      'At L3-L4 a bulge with facet arthropathy produces mild right foraminal narrowing, but at L4-L5 a broad protrusion causes severe left foraminal stenosis.',
      ['L3-L4 right mild current', 'L4-L5 left severe current'],
    ],
    [
      'At L1-2 osteophytes cause minimal right foraminal narrowing while at L2-3 the left foramen is moderately narrowed.',
      ['L1-L2 right mild current', 'L2-L3 left moderate current'],
    ],
  ]);

  describe('and the canal of the first level stays there', () => {
    table(
      [
        [
          'At L2/3 the bulge results in mild canal stenosis, and at L3/4 a protrusion results in moderate left foraminal narrowing.',
          ['L2-L3 central mild current'],
        ],
      ],
      'central-canal-stenosis',
    );
  });

  describe('but one finding at two levels, and the exceptions of one clearance, are not cut', () => {
    table([
      [
        'Mild foraminal narrowing at L3-4 and at L4-5.',
        ['L3-L4 bilateral mild current', 'L4-L5 bilateral mild current'],
      ],
      [
        'L3-4: bulge. The foramina are patent except at L4-5 on the left, where there is mild narrowing, and at L5-S1 on the left, where there is moderate narrowing.',
        [
          'L1-L2 bilateral none negated current',
          'L2-L3 bilateral none negated current',
          'L3-L4 bilateral none negated current',
          'L4-L5 left mild current',
          'L4-L5 right none negated current',
          'L5-S1 left moderate current',
          'L5-S1 right none negated current',
        ],
      ],
    ]);
  });
});

describe('an earlier or a present grade belongs to the finding of its own clause', () => {
  table([
    [
      'Facet arthropathy causes severe left foraminal stenosis at L4-5, previously moderate, and mild right foraminal stenosis at L5-S1, unchanged.',
      ['L4-L5 left severe current', 'L4-L5 left moderate prior', 'L5-S1 right mild current'],
    ],
    [
      'At L4-L5 the right foramen is severely narrowed, increased from mild, and the left foramen is mildly narrowed.',
      ['L4-L5 right severe current', 'L4-L5 right mild prior', 'L4-L5 left mild current'],
    ],
    [
      'There is moderate canal stenosis (previously mild) and mild bilateral foraminal narrowing at L3-L4.',
      ['L3-L4 bilateral mild current'],
    ],
    [
      'At L3-4 the canal is now severely narrowed, and there is mild to moderate bilateral foraminal narrowing.',
      ['L3-L4 bilateral mild-moderate current'],
    ],
  ]);

  describe('the canal keeps its own earlier grade', () => {
    table(
      [
        [
          'There is moderate canal stenosis (previously mild) and mild bilateral foraminal narrowing at L3-L4.',
          ['L3-L4 central moderate current', 'L3-L4 central mild prior'],
        ],
        [
          'The narrow canal shows moderate stenosis at L2-L3, stable, and severe stenosis at L3-L4, formerly moderate.',
          [
            'L2-L3 central moderate current',
            'L3-L4 central severe current',
            'L3-L4 central moderate prior',
          ],
        ],
      ],
      'central-canal-stenosis',
    );
  });

  describe('and a time grade with no finding in or just before its clause still reaches the sentence', () => {
    table([
      [
        'L4-5: previously mild, now moderate bilateral foraminal stenosis.',
        ['L4-L5 bilateral moderate current', 'L4-L5 bilateral mild prior'],
      ],
      [
        'Moderate left foraminal narrowing at L5-S1, previously mild.',
        ['L5-S1 left moderate current', 'L5-S1 left mild prior'],
      ],
    ]);
  });
});

describe('"the other discs" with the canal or foramina named clear the levels not described', () => {
  const otherLevels = (described: string): string[] =>
    ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']
      .filter((l) => l !== described)
      .map((l) => `${l} bilateral none negated current`);
  table([
    [
      'L3-4: moderate left foraminal stenosis. Other lumbar discs are unremarkable with preserved canal and foramina.',
      [...otherLevels('L3-L4'), 'L3-L4 left moderate current'],
    ],
    [
      'L5-S1: severe right foraminal narrowing. The remaining discs show normal canal and foramina.',
      [...otherLevels('L5-S1'), 'L5-S1 right severe current'],
    ],
    [
      'L4/5: mild bilateral foraminal narrowing. At the other disc levels the canal and foramina are patent.',
      [...otherLevels('L4-L5'), 'L4-L5 bilateral mild current'],
    ],
    [
      'L4/5: mild bilateral foraminal narrowing. The remaining intervertebral discs are desiccated but the foramina are preserved.',
      [...otherLevels('L4-L5'), 'L4-L5 bilateral mild current'],
    ],
  ]);

  describe('but "the remaining discs are preserved" alone is about the discs', () => {
    table([
      [
        'L4/5: mild bilateral foraminal narrowing. The remaining discs are preserved.',
        ['L4-L5 bilateral mild current'],
      ],
      [
        'L2-3: moderate right foraminal stenosis. Other discs are normal in height and signal.',
        ['L2-L3 right moderate current'],
      ],
    ]);
  });
});

describe('a finding gone since the earlier study keeps the grade that study gave it as a prior finding', () => {
  table([
    [
      'L5-S1: The moderate right foraminal narrowing seen on the prior exam has resolved.',
      ['L5-S1 right none negated resolved', 'L5-S1 right moderate prior'],
    ],
    [
      'L4-L5: the severe left foraminal stenosis noted on the previous study is no longer seen.',
      ['L4-L5 left none negated resolved', 'L4-L5 left severe prior'],
    ],
    [
      'L3-4: The mild bilateral foraminal narrowing described previously has resolved; both foramina are now patent.',
      [
        'L3-L4 bilateral none negated resolved',
        'L3-L4 bilateral mild prior',
        'L3-L4 bilateral none negated current',
      ],
    ],
    [
      'IMPRESSION: Resolution of the previously moderate right L5-S1 foraminal stenosis.',
      ['L5-S1 right none negated resolved', 'L5-S1 right moderate prior'],
    ],
  ]);

  // Round 27: a grade the earlier reading gave and this study does not confirm is kept as that
  // study's finding too (the earlier reading did report it; every outside reviewer labels it prior).
  describe('and so does a grade the earlier reading gave that this study does not confirm', () => {
    table([
      [
        'At L2-3, the mild left foraminal narrowing reported previously is not confirmed.',
        ['L2-L3 left none negated resolved', 'L2-L3 left mild prior'],
      ],
    ]);
  });

  describe('and without a stated earlier grade there is no prior finding', () => {
    table([
      [
        'L4-5: The previously seen left foraminal narrowing has resolved.',
        ['L4-L5 left none negated resolved'],
      ],
    ]);
  });
});

describe('a whole-spine report’s "Lumbar:" label does not hide a lumbar level called normal', () => {
  table([
    [
      'Cervical: mild spondylosis at C5/6.\nLumbar: L1/2, L2/3 and L3/4 are normal. At L4/5 the left exit foramen is moderately narrowed.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 left moderate current',
      ],
    ],
    [
      'Lumbar spine: L1-2 to L3-4 unremarkable. L4-5: mild bilateral foraminal narrowing.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 bilateral mild current',
      ],
    ],
    [
      'Thoracic: no canal stenosis.\nLumbar: L2-3 and L3-4 are unremarkable.',
      ['L2-L3 bilateral none negated current', 'L3-L4 bilateral none negated current'],
    ],
  ]);
});

describe('"trace" and "borderline" narrowing is the lowest grade, not none', () => {
  table([
    ['L4-L5: Trace bilateral neural foraminal narrowing.', ['L4-L5 bilateral mild current']],
    ['L3-4: borderline narrowing of the left foramen.', ['L3-L4 left mild current']],
    ['Trace right L5-S1 foraminal stenosis.', ['L5-S1 right mild current']],
  ]);
  describe('for the canal too', () => {
    table(
      [
        ['L4-L5: Borderline central canal stenosis.', ['L4-L5 central mild current']],
        ['Borderline canal stenosis at L2/3.', ['L2-L3 central mild current']],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('an earlier grade that names its structure is only that structure’s', () => {
  table([
    [
      'Severe L4-5 canal stenosis and severe right L4-5 foraminal stenosis, progressed since 2021 (right foramen previously moderate).',
      ['L4-L5 right severe current', 'L4-L5 right moderate prior'],
    ],
    [
      'L3-4: moderate canal stenosis and mild left foraminal narrowing (canal previously mild).',
      ['L3-L4 left mild current'],
    ],
    [
      'L5-S1: severe left foraminal stenosis and mild canal stenosis, worse than before (the foramen previously mild).',
      ['L5-S1 left severe current', 'L5-S1 left mild prior'],
    ],
    [
      'L5-S1: mild canal stenosis and severe left foraminal narrowing, both progressed (left foramen previously mild).',
      ['L5-S1 left severe current', 'L5-S1 left mild prior'],
    ],
  ]);
  describe('and the canal’s likewise', () => {
    table(
      [
        [
          'Severe L4-5 canal stenosis and severe right L4-5 foraminal stenosis, progressed since 2021 (right foramen previously moderate).',
          ['L4-L5 central severe current'],
        ],
        [
          'L3-4: moderate canal stenosis and mild left foraminal narrowing (canal previously mild).',
          ['L3-L4 central moderate current', 'L3-L4 central mild prior'],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('a foramen graded on one side, then "and <grade> on the <other side>", grades both sides', () => {
  table([
    [
      'L4-5: moderate foraminal narrowing on the right and mild on the left.',
      ['L4-L5 right moderate current', 'L4-L5 left mild current'],
    ],
    [
      'L2/3: severe foraminal stenosis on the left, minimal on the right.',
      ['L2-L3 left severe current', 'L2-L3 right mild current'],
    ],
    [
      'At L5-S1 facet arthropathy causes moderate-severe foraminal narrowing on the right and moderate on the left.',
      ['L5-S1 right moderate-severe current', 'L5-S1 left moderate current'],
    ],
    [
      'L3/4: there is foraminal narrowing on the left and moderate to severe on the right.',
      ['L3-L4 left null current', 'L3-L4 right moderate-severe current'],
    ],
  ]);
});

describe('"at both levels" after a single level is still the pair of levels the sentence opened with', () => {
  table([
    [
      'At L2-3 and L3-4 there are small bulges with mild canal narrowing at L3-4 but none at L2-3, and the foramina at both levels are patent.',
      ['L2-L3 bilateral none negated current', 'L3-L4 bilateral none negated current'],
    ],
    [
      'At L1/2 and L2/3 the discs bulge, more so at L2/3, and the exit foramina at both levels are preserved.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    [
      'L4-L5 and L5-S1 show facet arthropathy, worst at L5-S1, with mild foraminal narrowing at both levels.',
      ['L4-L5 bilateral mild current', 'L5-S1 bilateral mild current'],
    ],
  ]);
});

describe('a foramen "unaffected", "spared" or "uninvolved" is normal, not narrowed with the one before', () => {
  table([
    [
      'L5-S1: a protrusion mildly narrows the left foramen, the right foramen being unaffected.',
      ['L5-S1 left mild current', 'L5-S1 right none negated current'],
    ],
    ['L4-5: the right foramen is spared.', ['L4-L5 right none negated current']],
    [
      'L3-4: moderate right foraminal stenosis with the left foramen uninvolved.',
      ['L3-L4 right moderate current', 'L3-L4 left none negated current'],
    ],
  ]);
});

describe('a level added by "including (at)" joins the levels named before it', () => {
  table([
    [
      'L3/4 and above: no stenosis, including at T12/L1.',
      [
        'T12-L1 bilateral none negated current',
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
      ],
    ],
    [
      'No foraminal narrowing at L1-2 or L2-3, including at T12-L1.',
      [
        'T12-L1 bilateral none negated current',
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
      ],
    ],
    [
      'L2-3 and above: exit foramina patent, including at the T12-L1 level.',
      [
        'T12-L1 bilateral none negated current',
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
      ],
    ],
  ]);
});

describe('a side statement before "and" and a structure of its own is about the foramen before', () => {
  table([
    [
      'L4/5: moderate right foraminal narrowing. The left side is normal and the central canal is capacious.',
      ['L4-L5 right moderate current', 'L4-L5 left none negated current'],
    ],
    [
      'L3-4: Mild left foraminal stenosis. The right is patent and there is no canal stenosis.',
      ['L3-L4 left mild current', 'L3-L4 right none negated current'],
    ],
    [
      'L5-S1: severe left foraminal stenosis. Right side preserved and the canal is mildly narrowed.',
      ['L5-S1 left severe current', 'L5-S1 right none negated current'],
    ],
  ]);
});
