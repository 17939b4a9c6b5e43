// Issue 15, round 4: misses of earlier rounds, each a family tested on several wordings of my own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';

const rows = (text: string, finding = 'foraminal-stenosis'): string[] =>
  parseReport(text)
    .findings.filter((f) => f.finding === finding)
    .map(
      (f) =>
        `${f.level} ${f.side ?? '-'} ${f.severity}${f.negated ? ' negated' : ''} ${f.temporal}`,
    )
    .sort();

describe('a change against the prior grade stated per side', () => {
  const cases: [string, string[]][] = [
    [
      'L4-L5: Left foraminal narrowing, previously mild, now moderate; right unchanged, mild.',
      ['L4-L5 left mild prior', 'L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
    [
      'L3-4: Right foraminal stenosis, previously severe, now moderate. Left unchanged at mild.',
      ['L3-L4 left mild current', 'L3-L4 right moderate current', 'L3-L4 right severe prior'],
    ],
    [
      'L5-S1: Left foraminal narrowing, previously moderate, now severe; right mild.',
      ['L5-S1 left moderate prior', 'L5-S1 left severe current', 'L5-S1 right mild current'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
});

describe('a sideless finding noun does not take the side of a later finding', () => {
  const cases: [string, string][] = [
    [
      'L4-5: Disc bulge with moderate left and mild right foraminal narrowing.',
      'L4-L5 - null current',
    ],
    ['L3-L4: Disc bulge with severe right foraminal stenosis.', 'L3-L4 - null current'],
    ['L5-S1: Broad disc bulge with mild left neural foraminal narrowing.', 'L5-S1 - null current'],
  ];
  for (const [text, bulge] of cases) {
    it(text, () => assert.deepEqual(rows(text, 'disc-bulge'), [bulge]));
  }
  it("the side of a place the lesion only sits in is still the lesion's", () => {
    assert.deepEqual(
      rows('L4-5: Disc protrusion extending into the left neural foramen.', 'disc-protrusion'),
      ['L4-L5 left null current'],
    );
  });
});

describe('"Otherwise no …": a negated bilateral foraminal finding at each covered level without another', () => {
  it('covers L1-L2 to L5-S1 when the report does not name T12-L1', () => {
    assert.deepEqual(
      rows('L3-L4: Mild left foraminal narrowing.\nOtherwise no foraminal stenosis.'),
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 left mild current',
        'L4-L5 bilateral none negated current',
        'L5-S1 bilateral none negated current',
      ],
    );
  });
  it('covers T12-L1 when the report names it, and skips a level with a negated foraminal finding', () => {
    assert.deepEqual(
      rows(
        'T12-L1: Normal disc.\nL4-L5: Moderate right foraminal stenosis. Left foramen patent.\nNo foraminal stenosis at the other levels.',
      ),
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 left none negated current',
        'L4-L5 right moderate current',
        'L5-S1 bilateral none negated current',
        'T12-L1 bilateral none negated current',
      ].sort(),
    );
  });
});

describe('a level called normal clears the canal and both foramina there', () => {
  const both = (text: string): string[] => [...rows(text), ...rows(text, 'central-canal-stenosis')];
  const cases: [string, string[]][] = [
    [
      'L2-L3: Normal.\nL4-L5: Mild bilateral foraminal narrowing. No canal stenosis.',
      [
        'L2-L3 bilateral none negated current',
        'L4-L5 bilateral mild current',
        'L2-L3 central none negated current',
        'L4-L5 central none negated current',
      ],
    ],
    [
      'L1/2 to L2/3: Unremarkable.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L1-L2 central none negated current',
        'L2-L3 central none negated current',
      ],
    ],
    [
      'L5-S1 is unremarkable as before.',
      ['L5-S1 bilateral none negated current', 'L5-S1 central none negated current'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(both(text), expected));
  it('"the remaining levels are unremarkable" clears each covered level without a finding of that type', () => {
    assert.deepEqual(
      rows('L4-L5: Moderate left foraminal stenosis.\nThe remaining levels are unremarkable.'),
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 left moderate current',
        'L5-S1 bilateral none negated current',
      ],
    );
  });
  it('a statement about the discs, a structure or the alignment is not a normal level', () => {
    assert.deepEqual(rows('L4-5: Disc bulge. The remaining discs are normal.'), []);
    assert.deepEqual(rows('L4-5: Disc bulge. Alignment is normal. Conus normal.'), []);
  });
});

describe('a negated "neural compromise" naming no structure clears the whole level', () => {
  const cases: [string, string][] = [
    ['L5-S1: Disc bulge with mild facet arthropathy; no neural compromise.', 'L5-S1'],
    ['L4/5: Minor bulge. No neural compromise.', 'L4-L5'],
    ['No neural compromise at L2-3.', 'L2-L3'],
  ];
  for (const [text, level] of cases) {
    it(text, () => {
      assert.deepEqual(rows(text), [`${level} bilateral none negated current`]);
      assert.deepEqual(rows(text, 'central-canal-stenosis'), [
        `${level} central none negated current`,
      ]);
    });
  }
  it('a named structure keeps its own reading (a bare "no stenosis": round5.test.ts)', () => {
    assert.deepEqual(rows('L4-5: mild left foraminal narrowing, no neural compromise.'), [
      'L4-L5 left mild current',
    ]);
  });
});

describe('a correction or addendum withdraws a finding from the level it was stated at', () => {
  it('moved: the old level keeps one resolved finding, the new level the grade the report gave', () => {
    assert.deepEqual(
      rows(
        'L4-L5: Mild right foraminal narrowing.\nL5-S1: Moderate left neural foraminal stenosis.\nADDENDUM: the left foraminal stenosis described at L5-S1 is actually at L4-L5.',
      ),
      [
        'L4-L5 left moderate current',
        'L4-L5 right mild current',
        'L5-S1 left none negated resolved',
      ],
    );
  });
  it('moved, another wording: "should read"', () => {
    assert.deepEqual(
      rows(
        'L3-4: Severe right foraminal stenosis.\nCorrection: the right foraminal stenosis reported at L3-4 should read L2-3.',
      ),
      ['L2-L3 right severe current', 'L3-L4 right none negated resolved'],
    );
  });
  it('retracted: no current statement stays at that place, not even the restated normal one', () => {
    assert.deepEqual(
      rows(
        'L3-L4: Mild right neural foraminal narrowing.\nIMPRESSION: Mild right L3-L4 foraminal narrowing.\nADDENDUM: The mild right L3-L4 foraminal narrowing mentioned above was dictated in error; the right L3-L4 foramen is normal.',
      ),
      ['L3-L4 right none negated resolved'],
    );
  });
  it('an unlateralised mention of the moved finding at the old level goes with it', () => {
    assert.deepEqual(
      rows(
        'L5-S1: Left foraminal protrusion with moderate left foraminal stenosis and mass effect on the exiting nerve root.\nADDENDUM: the left foraminal stenosis described at L5-S1 is actually at L4-L5.',
      ),
      ['L4-L5 left moderate current', 'L5-S1 left none negated resolved'],
    );
  });
  it('a sentence that only describes a finding is not a correction', () => {
    assert.deepEqual(
      rows('L4-5: Moderate left foraminal stenosis, actually worse than expected.'),
      ['L4-L5 left moderate current'],
    );
  });
});

describe('tables: Markdown rules, Lee columns, columns this reader skips', () => {
  it('a Markdown table with a rule under its header', () => {
    assert.deepEqual(
      rows(
        '| Level | Canal | Left foramen | Right foramen |\n|---|---|---|---|\n| L4-L5 | moderate | severe | normal |',
      ),
      ['L4-L5 left severe current', 'L4-L5 right none negated current'],
    );
  });
  it('a column headed with Lee holds Lee grades 0-3', () => {
    const r = parseReport('Level\tL NF (Lee)\tR NF (Lee)\nL5-S1\t3\t0');
    assert.deepEqual(
      r.findings.map(
        (f) => `${f.side} ${f.severity} ${f.grade?.system ?? ''}${f.grade?.value ?? ''}`,
      ),
      ['left severe lee3', 'right none lee0'],
    );
  });
  it('a comment column is skipped, its prose not read as a grade', () => {
    assert.deepEqual(rows('LEVEL\tCCS\tLt NF\tRt NF\tComment\nL3/4\tMild\tMod\tNil\tFacet OA'), [
      'L3-L4 left moderate current',
      'L3-L4 right none negated current',
    ]);
  });
});

describe('"above" a level', () => {
  it('"levels above L3-L4" are the lumbar levels over it', () => {
    assert.deepEqual(rows('Levels above L3-L4 were normal.'), [
      'L1-L2 bilateral none negated current',
      'L2-L3 bilateral none negated current',
    ]);
  });
  it('"L3/4 and above" includes L3-L4', () => {
    assert.deepEqual(rows('L3/4 and above: no significant NFN.'), [
      'L1-L2 bilateral none negated current',
      'L2-L3 bilateral none negated current',
      'L3-L4 bilateral none negated current',
    ]);
  });
});

describe('an unpunctuated run-on report: findings for several levels in one line', () => {
  it('is cut at each level and before a grade or negation that follows a finding', () => {
    const text =
      'mri lumbar l3 4 mild bulge no canal stenosis mild bilateral foraminal narrowing l4 5 bulge and facet arthropathy severe right and mild left foraminal narrowing l5 s1 no foraminal narrowing';
    assert.deepEqual(rows(text), [
      'L3-L4 bilateral mild current',
      'L4-L5 left mild current',
      'L4-L5 right severe current',
      'L5-S1 bilateral none negated current',
    ]);
    assert.deepEqual(rows(text, 'central-canal-stenosis'), ['L3-L4 central none negated current']);
  });
  it('dictated levels without separators: "l4 l5", "l5 s1", "L3 4"; never a measurement', () => {
    assert.deepEqual(rows('l4 l5 moderate left foraminal narrowing'), [
      'L4-L5 left moderate current',
    ]);
    assert.deepEqual(rows('l5 s1 mild right foraminal narrowing'), ['L5-S1 right mild current']);
    assert.deepEqual(
      parseReport('L4 5 mm disc protrusion at L5-S1.').findings.map((f) => f.level),
      ['L5-S1'],
    );
  });
  it('a punctuated line is read as before', () => {
    assert.deepEqual(rows('L3-4: no canal stenosis, mild bilateral foraminal narrowing.'), [
      'L3-L4 bilateral mild current',
    ]);
  });
});

describe('more ways to call a level normal, and levels written with numbers only', () => {
  const cleared = (text: string): string[] => rows(text).filter((r) => r.includes('negated'));
  it('"No significant abnormality", "NAD", "neg", "without pathology"', () => {
    assert.deepEqual(cleared('L1/2, L2/3: No significant abnormality.'), [
      'L1-L2 bilateral none negated current',
      'L2-L3 bilateral none negated current',
    ]);
    for (const text of [
      'L2-3 to L5-S1: see below. L1-2: NAD.',
      'L1-2: neg.',
      'L1-2 without pathology.',
    ]) {
      assert.deepEqual(cleared(text), ['L1-L2 bilateral none negated current'], text);
    }
  });
  it('"Otherwise NAD", "Other levels without pathology", "Upper lumbar levels are normal" clear the undescribed levels', () => {
    for (const tail of [
      'Otherwise NAD.',
      'Other levels without pathology.',
      'Upper lumbar levels are normal.',
    ]) {
      assert.deepEqual(
        cleared(`L4-5: mild bilateral NFN. L5-S1: mild left NFN, right foramen patent. ${tail}`),
        [
          'L1-L2 bilateral none negated current',
          'L2-L3 bilateral none negated current',
          'L3-L4 bilateral none negated current',
          'L5-S1 right none negated current',
        ],
        tail,
      );
    }
  });
  it('"at 4-5", "at 5-1": a level after "at"; "at 3-4 weeks" is not', () => {
    assert.deepEqual(rows('At 4-5 there is mild right foraminal narrowing.'), [
      'L4-L5 right mild current',
    ]);
    assert.deepEqual(rows('At 5-1 a herniation with mild left foraminal narrowing.'), [
      'L5-S1 left mild current',
    ]);
    assert.deepEqual(parseReport('Pain began at 3-4 weeks.').coverage.levelsMentioned, []);
  });
});
