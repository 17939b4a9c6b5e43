// Issue 15, round 3: families of wordings the outside reviewer's set showed were misread. Each family is
// tested on several wordings, none of them copied from a gold set.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';

const foraminal = (text: string): string[] =>
  parseReport(text)
    .findings.filter((f) => f.finding === 'foraminal-stenosis')
    .map((f) => `${f.level} ${f.side} ${f.severity}${f.negated ? ' negated' : ''}`)
    .sort();

describe('a pronoun takes the side of the previous sentence ("It narrows the foramen")', () => {
  const cases: [string, string[]][] = [
    [
      'L4-5: A right foraminal disc protrusion is seen. It narrows the foramen moderately.',
      ['L4-L5 right moderate'],
    ],
    [
      'L3-L4: Left foraminal protrusion. This severely narrows the foramen. The opposite foramen is patent.',
      ['L3-L4 left severe', 'L3-L4 right none negated'],
    ],
    [
      'L5-S1: There is a small left extraforaminal protrusion. It mildly narrows the neural foramen.',
      ['L5-S1 left mild'],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(foraminal(text), expected));
  }
  it('a pronoun with its own side keeps it', () => {
    assert.deepEqual(
      foraminal('L4-5: Left disc protrusion. It also narrows the right foramen mildly.'),
      ['L4-L5 right mild'],
    );
  });
  it('without a one-sided finding before it, the foramen stays unlateralised', () => {
    assert.deepEqual(foraminal('L4-5: Broad disc bulge. It narrows the foramina mildly.'), [
      'L4-L5 bilateral mild',
    ]);
  });
});

describe('coordinated pairs: one side graded, the other stated normal', () => {
  const cases: [string, string[]][] = [
    [
      'L3-L4: Foraminal stenosis: mild right, left-sided foramen normal.',
      ['L3-L4 left none negated', 'L3-L4 right mild'],
    ],
    [
      'L2-L3: foraminal narrowing severe right, left foramen preserved.',
      ['L2-L3 left none negated', 'L2-L3 right severe'],
    ],
    [
      'L4-L5: moderate narrowing on the left; right foramen is patent.',
      ['L4-L5 left moderate', 'L4-L5 right none negated'],
    ],
    [
      'L5-S1: severe narrowing on the right; the left foramen is normal.',
      ['L5-S1 left none negated', 'L5-S1 right severe'],
    ],
    [
      'Neural foraminal narrowing:\nL4-L5: mild right, left-sided foramen normal.',
      ['L4-L5 left none negated', 'L4-L5 right mild'],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text.replace('\n', ' / '), () => assert.deepEqual(foraminal(text), expected));
  }
});

describe('elliptical clauses after a finding-first subject', () => {
  const cases: [string, string[]][] = [
    ['L4-5: NF narrowing, mod rt, mild lt.', ['L4-L5 left mild', 'L4-L5 right moderate']],
    [
      'L3-4: Foraminal stenosis: mild (left), moderate (right).',
      ['L3-L4 left mild', 'L3-L4 right moderate'],
    ],
    [
      'L5-S1: Foraminal narrowing: none (left), severe (right).',
      ['L5-S1 left none negated', 'L5-S1 right severe'],
    ],
    [
      'L2-3: Foraminal narrowing: moderate left, mild right.',
      ['L2-L3 left moderate', 'L2-L3 right mild'],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(foraminal(text), expected));
  }
});

describe('the exception to a report-wide negation ("patent at all levels except L5-S1, where …")', () => {
  it('the excepted level takes the finding of its own clause, the others are cleared', () => {
    assert.deepEqual(
      foraminal(
        'The foramina are widely patent at every level except L4-L5, where there is mild bilateral narrowing.',
      ),
      [
        'L1-L2 bilateral none negated',
        'L2-L3 bilateral none negated',
        'L3-L4 bilateral none negated',
        'L4-L5 bilateral mild',
        'L5-S1 bilateral none negated',
      ],
    );
  });
  it('"except at" with a structure of its own in the exception', () => {
    assert.deepEqual(
      foraminal(
        'Neural foramina are patent at all levels except at L3-4, where the right foramen is severely narrowed.',
      ),
      [
        'L1-L2 bilateral none negated',
        'L2-L3 bilateral none negated',
        'L3-L4 right severe',
        'L4-L5 bilateral none negated',
        'L5-S1 bilateral none negated',
      ],
    );
  });
  it('"excluding" reads the same', () => {
    const found = foraminal(
      'Foramina are patent at all levels excluding L5-S1, where there is moderate narrowing on the left.',
    );
    assert.ok(found.includes('L5-S1 left moderate'), found.join('; '));
    assert.ok(!found.some((f) => f.startsWith('L5-S1') && f.includes('negated')), found.join('; '));
  });
});

describe('grades and sides after a clause that names the finding', () => {
  const cases: [string, string[]][] = [
    [
      'L4-L5: Foraminal stenosis is seen bilaterally, severe on the left and mild on the right.',
      ['L4-L5 left severe', 'L4-L5 right mild'],
    ],
    [
      'L3-4: Bilateral foraminal narrowing, moderate on the right, mild on the left.',
      ['L3-L4 left mild', 'L3-L4 right moderate'],
    ],
    [
      'L2-3: The neural foramina are narrowed, moderately on the right and mildly on the left.',
      ['L2-L3 left mild', 'L2-L3 right moderate'],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(foraminal(text), expected));
  }
});

describe('side abbreviations with a full stop ("Lt.", "Rt.") do not end the sentence', () => {
  const cases: [string, string[]][] = [
    ['L4-5: Moderate narrowing of Lt. neural foramen.', ['L4-L5 left moderate']],
    ['L5-S1: Rt. neural foramen is severely narrowed.', ['L5-S1 right severe']],
    [
      'L3-4: Disc bulge narrowing the Rt. exit foramen mildly. Lt. foramen is patent.',
      ['L3-L4 left none negated', 'L3-L4 right mild'],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(foraminal(text), expected));
  }
});

describe('"at both levels", "at these levels" refer to the levels described so far', () => {
  const central = (text: string): string[] =>
    parseReport(text)
      .findings.filter((f) => f.finding === 'central-canal-stenosis')
      .map((f) => `${f.level} ${f.severity}${f.negated ? ' negated' : ''}`)
      .sort();
  it('"both levels" is the last two levels named', () => {
    assert.deepEqual(
      central(
        'L3-4: Disc bulge.\nL4-5: Mild left foraminal narrowing.\nL5-S1: Moderate right foraminal narrowing.\nThe spinal canal is adequate at both levels.',
      ),
      ['L4-L5 none negated', 'L5-S1 none negated'],
    );
  });
  it('"these levels" is every level named so far', () => {
    assert.deepEqual(
      central(
        'L2-3: Mild bilateral foraminal narrowing.\nL3-4: Left foraminal narrowing.\nNo canal stenosis at these levels.',
      ),
      ['L2-L3 none negated', 'L3-L4 none negated'],
    );
  });
  it('"the above levels" reads the same; with no level named yet, nothing is placed', () => {
    assert.deepEqual(
      central('L4-L5: Severe right foraminal stenosis. No canal stenosis at the above levels.'),
      ['L4-L5 none negated'],
    );
    assert.deepEqual(central('No canal stenosis at both levels.'), []);
  });
});

describe('paired sides and paired grades ("Lt/Rt NF narrowing: none/mild")', () => {
  const cases: [string, string[]][] = [
    [
      'L2-3: Rt/Lt NF narrowing: moderate/none.',
      ['L2-L3 left none negated', 'L2-L3 right moderate'],
    ],
    ['L4-5: Left/right foramina: severe/mild.', ['L4-L5 left severe', 'L4-L5 right mild']],
    [
      'L5-S1: R/L foraminal stenosis: normal/moderate.',
      ['L5-S1 left moderate', 'L5-S1 right none negated'],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(foraminal(text), expected));
  }
  it('a slash that is not a pair of sides is left alone', () => {
    assert.deepEqual(foraminal('L4/5: mild left foraminal narrowing.'), ['L4-L5 left mild']);
  });
});

describe('intensifiers between a structure and its predicate ("the foramen itself is patent")', () => {
  it('"itself", "themselves", "per se" do not cut the structure from what is said of it', () => {
    assert.deepEqual(foraminal('L3-4: The left neural foramen itself is patent.'), [
      'L3-L4 left none negated',
    ]);
    assert.deepEqual(foraminal('L2-3: The foramina themselves are mildly narrowed.'), [
      'L2-L3 bilateral mild',
    ]);
    assert.deepEqual(foraminal('L5-S1: The right foramen per se is severely narrowed.'), [
      'L5-S1 right severe',
    ]);
  });
});

describe('a topic label ("Other:", "Alignment:") ends a finding-first subject', () => {
  it('the sentences after the label are not read as grades of the finding named before', () => {
    assert.deepEqual(
      foraminal(
        'Foraminal stenosis:\nL4-L5: mild left.\nMarrow: no suspicious lesion.\nMuscles: unremarkable.',
      ),
      ['L4-L5 left mild'],
    );
  });
  it('a label that names a finding is still a subject', () => {
    assert.deepEqual(foraminal('Foraminal narrowing:\nL3-L4: moderate right.'), [
      'L3-L4 right moderate',
    ]);
  });
});

describe('a grade alone between commas after the finding ("encroachment, moderate, by …")', () => {
  it('belongs to the foraminal finding before it', () => {
    assert.deepEqual(
      foraminal('L4-5: Right foraminal narrowing, severe, due to facet hypertrophy.'),
      ['L4-L5 right severe'],
    );
    assert.deepEqual(foraminal('L3-4: Left exit foramen encroachment, mild, from a bulge.'), [
      'L3-L4 left mild',
    ]);
  });
  it('a grade with other words after it is not alone', () => {
    assert.deepEqual(
      foraminal('L5-S1: Disc bulge compressing the exit canals, slightly migrating downward.'),
      ['L5-S1 bilateral null'],
    );
  });
});
