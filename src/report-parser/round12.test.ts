// Round 12: silent misses read as families, each tested with wordings of my own.
// Rows are `level side severity [negated] temporal [max bound]` (see _test-rows.ts).
import { describe } from 'node:test';
import { clearedBut, table } from './_test-rows.js';

describe('"remaining patent" after a label-led list of levels clears the other foramina', () => {
  table([
    [
      'Exit foramina: L3/4 mild left; L4/5 moderate bilateral; remaining patent.',
      clearedBut(
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 bilateral moderate current',
      ),
    ],
    [
      'Neural foramina: L2-3 severe right; L5-S1 mild left; others patent.',
      clearedBut(
        'L2-L3 right severe current',
        'L2-L3 left none negated current',
        'L5-S1 left mild current',
        'L5-S1 right none negated current',
      ),
    ],
    [
      'Foraminal narrowing: L4-5 moderate right, L5-S1 mild bilateral, the rest normal.',
      clearedBut(
        'L4-L5 right moderate current',
        'L4-L5 left none negated current',
        'L5-S1 bilateral mild current',
      ),
    ],
    [
      'NF: L3-L4 mild bilaterally; L4-L5 severe left; remainder patent.',
      clearedBut(
        'L3-L4 bilateral mild current',
        'L4-L5 left severe current',
        'L4-L5 right none negated current',
      ),
    ],
    [
      'Foramina:\nL4/5 moderate left.\nL5/S1 mild right.\nAll others patent.',
      clearedBut(
        'L4-L5 left moderate current',
        'L4-L5 right none negated current',
        'L5-S1 right mild current',
        'L5-S1 left none negated current',
      ),
    ],
  ]);

  describe('and T12-L1 only when the report names it', () => {
    table([
      [
        'Foramina: T12/L1 normal; L4/5 moderate right; remaining patent.',
        [
          'T12-L1 bilateral none negated current',
          ...clearedBut('L4-L5 right moderate current', 'L4-L5 left none negated current'),
        ],
      ],
    ]);
  });

  describe('the canal likewise: the levels not described', () => {
    table(
      [
        [
          'Central canal: L3/4 mild; L4/5 moderate; remaining patent.',
          [
            'L1-L2 central none negated current',
            'L2-L3 central none negated current',
            'L3-L4 central mild current',
            'L4-L5 central moderate current',
            'L5-S1 central none negated current',
          ],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('a clearance over a stated range with an exception stays in that range', () => {
  table([
    [
      'L2-3 through L5-S1: no foraminal stenosis, apart from moderate left L4-5 narrowing.',
      [
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 left moderate current',
        'L4-L5 right none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    [
      'L3-L4 to L5-S1: foramina patent except at L4-L5 on the right, where there is mild narrowing.',
      [
        'L3-L4 bilateral none negated current',
        'L4-L5 right mild current',
        'L4-L5 left none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    [
      'L1/2 - L3/4: the exit foramina are patent apart from the left at L2/3 (mild).',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 left mild current',
        'L2-L3 right none negated current',
        'L3-L4 bilateral none negated current',
      ],
    ],
    [
      'From L2-L3 to L4-L5 the foramina are patent, except for severe right L4-L5 narrowing.',
      [
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 right severe current',
        'L4-L5 left none negated current',
      ],
    ],
  ]);

  describe('the canal too', () => {
    table(
      [
        [
          'L2-3 through L4-5: no canal stenosis, except at L4-5, where it is moderate.',
          [
            'L2-L3 central none negated current',
            'L3-L4 central none negated current',
            'L4-L5 central moderate current',
          ],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('a range open above or below a level ("above L3-4", "from L2/3 upwards", "below L3-4")', () => {
  table([
    [
      'Above L3-4 the spine is unremarkable.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    [
      'The foramina are patent from L2/3 upwards.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    [
      'Below L3-4 no stenosis.',
      ['L4-L5 bilateral none negated current', 'L5-S1 bilateral none negated current'],
    ],
    [
      'L3/4 and below: the canal and foramina are capacious.',
      [
        'L3-L4 bilateral none negated current',
        'L4-L5 bilateral none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    [
      'From L4-5 downwards the exit foramina are widely patent.',
      ['L4-L5 bilateral none negated current', 'L5-S1 bilateral none negated current'],
    ],
    [
      'L2-3 upwards: normal.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
  ]);

  describe('the canal with them', () => {
    table(
      [
        [
          'Above L3-4 the spine is unremarkable.',
          ['L1-L2 central none negated current', 'L2-L3 central none negated current'],
        ],
        [
          'Below L3-4 no stenosis.',
          ['L4-L5 central none negated current', 'L5-S1 central none negated current'],
        ],
      ],
      'central-canal-stenosis',
    );
  });

  describe('reaching T12-L1 only when the report names it', () => {
    table([
      [
        'T12-L1: small Schmorl node.\nAbove L3-4 the foramina are patent.',
        [
          'T12-L1 bilateral none negated current',
          'L1-L2 bilateral none negated current',
          'L2-L3 bilateral none negated current',
        ],
      ],
    ]);
  });

  describe('but a lesion that migrates up or down stays at its level', () => {
    table([
      [
        'At L4-5 a disc extrusion migrates below the disc space, with moderate left foraminal narrowing.',
        ['L4-L5 left moderate current'],
      ],
      [
        'L3-4: a right foraminal protrusion extends upwards and moderately narrows the right foramen.',
        ['L3-L4 right moderate current'],
      ],
    ]);
  });
});

describe('"other levels: no abnormality" clears the levels not described, and adds no bound there', () => {
  table([
    [
      'L4-5: moderate left foraminal stenosis.\nOther levels: no abnormality.',
      clearedBut('L4-L5 left moderate current'),
    ],
    [
      'L3/4: Broad bulge. Canal and foramina adequate.\nL4/5: Moderate left foraminal narrowing. Canal patent.\nOther levels: no abnormality.\nConclusion: no high-grade stenosis at any level.',
      clearedBut('L4-L5 left moderate current'),
    ],
    [
      'L4-5: mild left foraminal narrowing. Otherwise normal.\nImpression: No high-grade canal or foraminal stenosis at any level.',
      clearedBut('L4-L5 left mild current'),
    ],
    [
      'L5-S1: moderate right foraminal stenosis. The remaining levels are unremarkable.\nNo moderate or severe stenosis at any level.',
      clearedBut('L5-S1 right moderate current'),
    ],
  ]);

  describe('the canal of those levels neither', () => {
    table(
      [
        [
          'L3/4: Broad bulge. Canal and foramina adequate.\nL4/5: Moderate left foraminal narrowing. Canal patent.\nOther levels: no abnormality.\nConclusion: no high-grade stenosis at any level.',
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
  });

  describe('but a level not yet described still takes the bound', () => {
    table([
      [
        'L4-5: mild left foraminal narrowing.\nNo high-grade foraminal stenosis at any level.',
        [
          'L1-L2 bilateral null current max moderate',
          'L2-L3 bilateral null current max moderate',
          'L3-L4 bilateral null current max moderate',
          'L4-L5 left mild current',
          'L5-S1 bilateral null current max moderate',
        ],
      ],
    ]);
  });
});

describe('a grade written "of <grade> degree" after a narrowing is the narrowing’s', () => {
  table([
    [
      'At L4-5 the foramina are crowded by foraminal narrowing of moderate degree.',
      ['L4-L5 bilateral moderate current'],
    ],
    [
      'At L3-4 the exiting roots are compressed by foraminal narrowing of severe degree.',
      ['L3-L4 bilateral severe current'],
    ],
    [
      'L2-3: The foramina are crowded bilaterally by foraminal narrowing of mild degree.',
      ['L2-L3 bilateral mild current'],
    ],
    [
      'At L4/5 the exiting L4 roots are crowded on both sides by foraminal narrowing of severe degree.',
      ['L4-L5 bilateral severe current'],
    ],
    [
      'L5-S1: the left foramen is crowded by narrowing of mild degree.',
      ['L5-S1 left mild current'],
    ],
    [
      'L4-5: Narrowing of moderate degree involves the left neural foramen.',
      ['L4-L5 left moderate current'],
    ],
    [
      'L2-3: There is narrowing of mild degree involving both exit foramina.',
      ['L2-L3 bilateral mild current'],
    ],
    [
      'L4-5: Foraminal narrowing of moderate degree is seen on the left and of mild degree on the right.',
      ['L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
    [
      'L3/4: There is foraminal narrowing, of moderate degree, affecting the left.',
      ['L3-L4 left moderate current'],
    ],
  ]);
});

describe('a side after the first structure is not taken by the second structure after "and"', () => {
  table([
    [
      'At L4-5 there is mild foraminal narrowing on the right and severe canal stenosis.',
      ['L4-L5 right mild current'],
    ],
    [
      'At L4-5 there is mild foraminal narrowing on the right and severe canal stenosis on the left.',
      ['L4-L5 right mild current'],
    ],
    [
      'L3-4: moderate foraminal stenosis on the left and mild lateral recess narrowing on the right.',
      ['L3-L4 left moderate current'],
    ],
    [
      'L5-S1: severe neural foraminal narrowing on the right and moderate facet arthropathy on the left.',
      ['L5-S1 right severe current'],
    ],
  ]);

  describe('and the second structure keeps its own reading', () => {
    table(
      [
        [
          'At L4-5 there is mild foraminal narrowing on the right and severe canal stenosis on the left.',
          ['L4-L5 central severe current'],
        ],
      ],
      'central-canal-stenosis',
    );
    table(
      [
        [
          'L3-4: moderate foraminal stenosis on the left and mild lateral recess narrowing on the right.',
          ['L3-L4 right mild current'],
        ],
      ],
      'lateral-recess-stenosis',
    );
  });
});

describe('a clearance at one level whose exception names only a side clears the other side', () => {
  table([
    [
      'L4-5: The foramina are patent except on the right, where there is mild narrowing.',
      ['L4-L5 left none negated current', 'L4-L5 right mild current'],
    ],
    [
      'L3/4: Both exit foramina are preserved apart from the left, which is moderately narrowed.',
      ['L3-L4 right none negated current', 'L3-L4 left moderate current'],
    ],
    [
      'L5-S1: No foraminal stenosis except on the left (severe).',
      ['L5-S1 right none negated current', 'L5-S1 left severe current'],
    ],
    [
      'At L2-3 the canal and foramina are patent other than on the right, where the foramen is mildly narrowed.',
      ['L2-L3 left none negated current', 'L2-L3 right mild current'],
    ],
    [
      'L4-5: The canal and foramina are capacious except on the left.',
      ['L4-L5 right none negated current', 'L4-L5 left null current'],
    ],
  ]);

  describe('and "throughout" clears the other side at every level, placing the exception nowhere', () => {
    table([
      [
        'The neural foramina are widely patent throughout except on the right.',
        [
          'L1-L2 left none negated current',
          'L2-L3 left none negated current',
          'L3-L4 left none negated current',
          'L4-L5 left none negated current',
          'L5-S1 left none negated current',
        ],
      ],
    ]);
  });

  describe('the canal stays cleared', () => {
    table(
      [
        [
          'At L2-3 the canal and foramina are patent other than on the right, where the foramen is mildly narrowed.',
          ['L2-L3 central none negated current'],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('an open range written with "the … level", or opening a clearance with an exception', () => {
  table([
    [
      'Below the L3-4 level the canal and foramina are normal.',
      ['L4-L5 bilateral none negated current', 'L5-S1 bilateral none negated current'],
    ],
    [
      'The levels below L3-4 are normal.',
      ['L4-L5 bilateral none negated current', 'L5-S1 bilateral none negated current'],
    ],
    [
      'L3-L4 and below: no foraminal stenosis except at L4-L5 on the left (mild).',
      [
        'L3-L4 bilateral none negated current',
        'L4-L5 left mild current',
        'L4-L5 right none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    [
      'From L2-3 down the foramina are patent apart from the right at L4-5 (moderate).',
      [
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 right moderate current',
        'L4-L5 left none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
  ]);
});
