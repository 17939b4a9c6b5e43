// Issue 15, round 5: families of the second outside reviewer's remaining misses, each tested on
// several wordings of my own.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';
import { rows } from './_test-rows.js';

describe('a negated bare "stenosis" that names no structure clears the canal and both foramina', () => {
  const cases: [string, string][] = [
    ['L3-4: Minimal bulge. No stenosis.', 'L3-L4'],
    ['L2/3: No significant stenosis.', 'L2-L3'],
    ['At L5-S1 there is a tiny central annular fissure, without stenosis.', 'L5-S1'],
    ['l4 5 no stenosis', 'L4-L5'],
    ['L1-L2: No evidence of stenosis.', 'L1-L2'],
    ['L4-5: disc bulge touching the left L5 nerve root without stenosis.', 'L4-L5'],
  ];
  for (const [text, level] of cases) {
    it(text, () => {
      assert.deepEqual(rows(text), [`${level} bilateral none negated current`]);
      assert.deepEqual(rows(text, 'central-canal-stenosis'), [
        `${level} central none negated current`,
      ]);
    });
  }

  it('a bounded bare stenosis bounds both too ("no severe stenosis")', () => {
    for (const [text, level] of [
      ['L1-2: no severe stenosis.', 'L1-L2'],
      ['L3/4: Without high-grade stenosis.', 'L3-L4'],
    ] as const) {
      assert.deepEqual(rows(text), [`${level} bilateral null current max moderate`]);
      assert.deepEqual(rows(text, 'central-canal-stenosis'), [
        `${level} central null current max moderate`,
      ]);
    }
  });

  it('a named place keeps its own reading, and a positive bare stenosis is the canal', () => {
    assert.deepEqual(rows('L4-5: Facet arthropathy, no canal stenosis.'), []);
    assert.deepEqual(rows('L2-3: No stenosis of the canal.'), []);
    assert.deepEqual(rows('L3-4: Moderate stenosis.'), []);
    assert.deepEqual(rows('L3-4: Moderate stenosis.', 'central-canal-stenosis'), [
      'L3-L4 central moderate current',
    ]);
  });

  it('the negation of both foramina yields to a foraminal finding stated at the level', () => {
    assert.deepEqual(
      rows('L4-5: Disc bulge. No significant stenosis. Mild left foraminal narrowing.'),
      ['L4-L5 left mild current', 'L4-L5 right none negated current'],
    );
    assert.deepEqual(rows('L2-3: Bulge without stenosis. Slight bilateral foraminal narrowing.'), [
      'L2-L3 bilateral mild current',
    ]);
    assert.deepEqual(rows('L5-S1: Unremarkable. Mild right exit foraminal narrowing.'), [
      'L5-S1 left none negated current',
      'L5-S1 right mild current',
    ]);
  });
});

describe('per-side grades after a bilateral finding, the side first ("(R mod, L mild)")', () => {
  const cases: [string, string[]][] = [
    [
      'L4-5: Bilateral foraminal stenosis (L severe, R mild).',
      ['L4-L5 left severe current', 'L4-L5 right mild current'],
    ],
    [
      'L2/3: B/L NFN (Rt mild, Lt mod).',
      ['L2-L3 left moderate current', 'L2-L3 right mild current'],
    ],
    [
      'L5-S1: Foramina narrowed bilaterally, right moderate and left mild.',
      ['L5-S1 left mild current', 'L5-S1 right moderate current'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
});

describe('a graded foramen with no predicate is narrowed ("sev L NF", "R NF mild")', () => {
  const cases: [string, string[]][] = [
    ['L4/5: mod R NF, mild L NF.', ['L4-L5 left mild current', 'L4-L5 right moderate current']],
    [
      'L5-S1: Lt foramen severe, Rt foramen mild.',
      ['L5-S1 left severe current', 'L5-S1 right mild current'],
    ],
    ['L3-4: minimal left foramen.', ['L3-L4 left mild current']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
  it('an ungraded foramen, or a foraminal lesion, states no stenosis', () => {
    assert.deepEqual(rows('L2-3: Mild right foraminal disc protrusion.'), []);
    assert.deepEqual(rows('L4-5: The right foramen contains a small cyst.'), []);
  });
});

describe('"ok", "okay", "fine" say a structure is normal; "looks" joins it to its structure', () => {
  const cases: [string, string[], string[]][] = [
    ['L4/5: NFs OK.', ['L4-L5 bilateral none negated current'], []],
    ['L3-4: Foramina are fine bilaterally.', ['L3-L4 bilateral none negated current'], []],
    [
      'L2-3: canal fine, foramina ok.',
      ['L2-L3 bilateral none negated current'],
      ['L2-L3 central none negated current'],
    ],
    [
      'L5-S1: the right foramen looks okay; the left is moderately narrowed.',
      ['L5-S1 left moderate current', 'L5-S1 right none negated current'],
      [],
    ],
  ];
  for (const [text, foramina, canal] of cases) {
    it(text, () => {
      assert.deepEqual(rows(text), foramina);
      assert.deepEqual(rows(text, 'central-canal-stenosis'), canal);
    });
  }
});

describe('"at each level" after named levels is each of those levels', () => {
  const cases: [string, string[]][] = [
    [
      'From L2-L3 to L4-L5 there are bulges and facet arthrosis with mild foraminal narrowing at each level.',
      [
        'L2-L3 bilateral mild current',
        'L3-L4 bilateral mild current',
        'L4-L5 bilateral mild current',
      ],
    ],
    [
      'Disc bulges at L3-4 and L4-5 with moderate foraminal narrowing at each level.',
      ['L3-L4 bilateral moderate current', 'L4-L5 bilateral moderate current'],
    ],
    [
      'L4 through S1: facet hypertrophy narrows the foramina slightly at every level.',
      ['L4-L5 bilateral mild current', 'L5-S1 bilateral mild current'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
  it('with no levels named it is still every lumbar level', () => {
    assert.equal(rows('Mild foraminal narrowing at each level.').length, 5);
  });
});

describe('a grade that changed "from" one grade "to" another: the first is the prior study\'s', () => {
  const cases: [string, string, string[]][] = [
    [
      'L4-5: Right foraminal stenosis has increased from moderate to severe.',
      'foraminal-stenosis',
      ['L4-L5 right moderate prior', 'L4-L5 right severe current'],
    ],
    [
      'L3-4: The canal stenosis has improved from severe to moderate.',
      'central-canal-stenosis',
      ['L3-L4 central moderate current', 'L3-L4 central severe prior'],
    ],
    [
      'L2-3: left NF narrowing progressed from minimal to moderate since 2020.',
      'foraminal-stenosis',
      ['L2-L3 left mild prior', 'L2-L3 left moderate current'],
    ],
  ];
  for (const [text, finding, expected] of cases) {
    it(text, () => assert.deepEqual(rows(text, finding), expected));
  }
  it('a range with no change word stays a range of this study', () => {
    assert.deepEqual(rows('L4-5: Narrowing of the left foramen, from mild to moderate.'), [
      'L4-L5 left mild-moderate current',
    ]);
  });
});

describe('a resolved finding with the grade the earlier study gave it keeps a prior finding', () => {
  const cases: [string, string, string[]][] = [
    [
      'L4-5: the previously severe canal stenosis has resolved.',
      'central-canal-stenosis',
      ['L4-L5 central none negated resolved', 'L4-L5 central severe prior'],
    ],
    [
      'L5-S1: Previously described moderate left foraminal stenosis is no longer seen.',
      'foraminal-stenosis',
      ['L5-S1 left moderate prior', 'L5-S1 left none negated resolved'],
    ],
    [
      'L3-4: the previously mild right foraminal narrowing is no longer present.',
      'foraminal-stenosis',
      ['L3-L4 right mild prior', 'L3-L4 right none negated resolved'],
    ],
  ];
  for (const [text, finding, expected] of cases) {
    it(text, () => assert.deepEqual(rows(text, finding), expected));
  }
  it('without a stated grade only the resolution', () => {
    assert.deepEqual(rows('L3-4: The right foraminal stenosis seen in 2019 has resolved.'), [
      'L3-L4 right none negated resolved',
    ]);
  });
});

describe('a grade after the foramen it grades, "grade N/M", "(Lee)", and an unnamed grade 0', () => {
  const lee = (text: string): string[] =>
    parseReport(text)
      .findings.filter((f) => f.finding === 'foraminal-stenosis')
      .map(
        (f) =>
          `${f.side} ${f.severity}${f.negated ? ' negated' : ''}` +
          (f.grade ? ` ${f.grade.system} ${f.grade.value}` : ''),
      )
      .sort();
  const cases: [string, string[]][] = [
    [
      'L4-5: Right foraminal narrowing, Lee grade 2, contacting the exiting root.',
      ['right moderate lee 2'],
    ],
    [
      'L5-S1: Bilateral foraminal stenosis, grade 1/3 on the left and grade 3/3 on the right (Lee).',
      ['left mild lee 1', 'right severe lee 3'],
    ],
    ['L3-4: Left foramen Lee 2.', ['left moderate lee 2']],
    ['L2-3: Neural foramina grade 0.', ['bilateral none negated']],
    [
      'L5-S1: Lee 2 right foraminal narrowing, Lee 0 on the left.',
      ['left none negated lee 0', 'right moderate lee 2'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(lee(text), expected));
  it('an unnamed grade leaves the grade to the words beside it', () => {
    assert.deepEqual(rows('L4-5: Canal stenosis grade 2 (moderate).', 'central-canal-stenosis'), [
      'L4-L5 central moderate current',
    ]);
  });
});

describe('"No other …" on a line of its own is about the levels not described', () => {
  it('a named structure: the other levels of that finding', () => {
    const text =
      'L3-4: Mild left foraminal narrowing.\nL4-5: Moderate canal stenosis.\nNo other foraminal stenosis.';
    assert.deepEqual(rows(text), [
      'L1-L2 bilateral none negated current',
      'L2-L3 bilateral none negated current',
      'L3-L4 left mild current',
      'L4-L5 bilateral none negated current',
      'L5-S1 bilateral none negated current',
    ]);
  });
  it('"no other significant findings" clears the canal and foramina where none was stated', () => {
    const text =
      'L4/5: broad bulge, mild canal stenosis, bilateral NFN.\nNo other significant findings.';
    assert.deepEqual(rows(text, 'central-canal-stenosis'), [
      'L1-L2 central none negated current',
      'L2-L3 central none negated current',
      'L3-L4 central none negated current',
      'L4-L5 central mild current',
      'L5-S1 central none negated current',
    ]);
    assert.equal(rows(text).filter((r) => r.includes('negated')).length, 4);
  });
  it('a line opened by a level heading keeps its level', () => {
    assert.deepEqual(rows('L4-5: Left foraminal stenosis. No other stenosis.'), [
      'L4-L5 left null current',
      'L4-L5 right none negated current',
    ]);
  });
  it('not in a paragraph that names no lumbar level', () => {
    assert.deepEqual(
      parseReport('KNEE MRI:\nJoint effusion. No other abnormality seen.').findings,
      [],
    );
  });
});

describe('"… of the right foramen and mild narrowing of the left": the foramen is understood', () => {
  const cases: [string, string[]][] = [
    [
      'L4-5: facet hypertrophy causes severe narrowing of the right neural exit foramen and mild narrowing of the left.',
      ['L4-L5 left mild current', 'L4-L5 right severe current'],
    ],
    [
      'L3-4: severe compression of the left exit foramen and slight narrowing of the right.',
      ['L3-L4 left severe current', 'L3-L4 right mild current'],
    ],
    [
      'L5/S1: moderate narrowing of the left foramen (Lee grade 2) and mild narrowing of the right (Lee grade 1).',
      ['L5-S1 left moderate current', 'L5-S1 right mild current'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
  it('not after another structure', () => {
    assert.deepEqual(rows('L4-5: moderate narrowing of the canal and of the left.'), []);
  });
});

describe('a lean between commas ("R>L") does not cut the finding from its grades', () => {
  const cases: [string, string[]][] = [
    [
      'L3-4: Foraminal narrowing bilaterally, L > R, moderate on the left and mild on the right.',
      ['L3-L4 left moderate current', 'L3-L4 right mild current'],
    ],
    [
      'L5/S1: Bilateral foraminal stenosis, Lt>Rt: severe on the left, moderate on the right.',
      ['L5-S1 left severe current', 'L5-S1 right moderate current'],
    ],
    ['L2/3: B/L NF narrowing, R>L, minimal.', ['L2-L3 bilateral mild current']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
});

describe('a foramen compared with the other side ("more narrowed than the left") adds no finding', () => {
  const cases: [string, string[]][] = [
    [
      'L4/5: moderate narrowing of both exit foramina, with the right exit foramen slightly more narrowed than the left.',
      ['L4-L5 bilateral moderate current'],
    ],
    [
      'L3/4: Both foramina are mildly narrowed, the left foramen being more narrowed than the right.',
      ['L3-L4 bilateral mild current'],
    ],
    [
      'L2/3: bilateral foraminal stenosis, severe, the right foramen somewhat more narrowed than the left.',
      ['L2-L3 bilateral severe current'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
});

describe('"the foramen itself" is the foramen of the side just described', () => {
  const cases: [string, string[]][] = [
    [
      'L2-3: Left extraforaminal protrusion abutting the exiting left L2 root. The foramen per se is patent.',
      ['L2-L3 left none negated current'],
    ],
    [
      'L4-5: Right far lateral disc extrusion touching the right L4 root; the foramen itself is not narrowed.',
      ['L4-L5 right none negated current'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
  it('with no one-sided finding before it, a sideless foramen stays bilateral', () => {
    assert.deepEqual(rows('L4-5: Mild bulge. The foramen itself is patent.'), [
      'L4-L5 bilateral none negated current',
    ]);
  });
});

describe('an apparent finding refuted after "however" or "but" is not a finding', () => {
  const cases: [string, string[]][] = [
    [
      'L3-4: Sagittal images suggest left foraminal narrowing, but on axial images the left foramen is normal.',
      ['L3-L4 left none negated current'],
    ],
    [
      'L5-S1: There seems to be narrowing of the right exit foramen; however, this is volume averaging and the right foramen is widely patent.',
      ['L5-S1 right none negated current'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
  it('a graded finding, or one on another side, is not refuted', () => {
    assert.deepEqual(
      rows('L3-4: Moderate left foraminal narrowing. However the right foramen is patent.'),
      ['L3-L4 left moderate current', 'L3-L4 right none negated current'],
    );
  });
});

describe('"the upper lumbar levels" are the undescribed levels above the highest one described', () => {
  it('not a lower level the report leaves out', () => {
    const text =
      'MRI L-spine.\nL3-4: Mild canal stenosis.\nL4-5: Moderate left foraminal narrowing.\nUpper lumbar levels are normal.';
    assert.deepEqual(rows(text), [
      'L1-L2 bilateral none negated current',
      'L2-L3 bilateral none negated current',
      'L4-L5 left moderate current',
    ]);
    assert.deepEqual(rows(text, 'central-canal-stenosis'), [
      'L1-L2 central none negated current',
      'L2-L3 central none negated current',
      'L3-L4 central mild current',
    ]);
  });
  it('"the upper levels" before the levels are described', () => {
    const text =
      'The upper levels are well preserved.\nL4/5: Mild disc bulge, minimal bilateral NF narrowing.';
    assert.deepEqual(rows(text), [
      'L1-L2 bilateral none negated current',
      'L2-L3 bilateral none negated current',
      'L3-L4 bilateral none negated current',
      'L4-L5 bilateral mild current',
    ]);
  });
});

describe('level headings closed by a dash, and the lumbosacral junction named in words', () => {
  it('"L3/4 - DB, …" carries its level to the next line as "L3/4:" does', () => {
    const text = 'L3/4 - DB, mild bilat NFN.\nNo CCS.\nL4/5 – DP, mod L NFN.';
    assert.deepEqual(rows(text), ['L3-L4 bilateral mild current', 'L4-L5 left moderate current']);
    assert.deepEqual(rows(text, 'central-canal-stenosis'), ['L3-L4 central none negated current']);
  });
  it('"Lumbosacral junction (L5/S1):" is a heading for the sentences after it', () => {
    const text =
      'L4/5: Mild bulge. Canal OK.\nLumbosacral junction (L5/S1): Small bulge. The canal is normal in calibre.';
    assert.deepEqual(rows(text, 'central-canal-stenosis'), [
      'L4-L5 central none negated current',
      'L5-S1 central none negated current',
    ]);
    assert.deepEqual(rows('Lumbosacral level: moderate right foraminal narrowing.'), [
      'L5-S1 right moderate current',
    ]);
  });
});

describe('the canal named as the "vertebral canal" or, in non-native English, the "spinal channel"', () => {
  const cases: [string, string][] = [
    ['L4-5: Spinal channel is narrowed moderately.', 'L4-L5 central moderate current'],
    ['L3-4: The vertebral canal is capacious.', 'L3-L4 central none negated current'],
    ['L2-3: Central channel not narrowed.', 'L2-L3 central none negated current'],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(rows(text, 'central-canal-stenosis'), [expected]));
  }
});

describe('"the right one" after a foramen is the right foramen', () => {
  const cases: [string, string[]][] = [
    [
      'L3-4: the right foramen is patent, the left one moderately narrowed.',
      ['L3-L4 left moderate current', 'L3-L4 right none negated current'],
    ],
    [
      'L4-5: Left intervertebral foramen narrowed severely, right one free.',
      ['L4-L5 left severe current', 'L4-L5 right none negated current'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
});

describe('run-on dictation: "impression" opens a new section, so what runs into it keeps its level', () => {
  it("the last level's negation is not cut off by the impression that follows it", () => {
    const text =
      'mri lumbar l3 l4 mild bulge l4 l5 moderate canal stenosis l5 s1 mild left nf narrowing no canal stenosis impression multilevel spondylosis worst at l4 l5';
    assert.deepEqual(rows(text, 'central-canal-stenosis'), [
      'L4-L5 central moderate current',
      'L5-S1 central none negated current',
    ]);
  });
  it('"conclusion" too', () => {
    const text =
      'l2 l3 normal l4 l5 severe right foraminal narrowing no canal stenosis conclusion degenerative change at l4 l5';
    assert.deepEqual(rows(text, 'central-canal-stenosis'), [
      'L2-L3 central none negated current',
      'L4-L5 central none negated current',
    ]);
  });
});

describe('a structure stated normal after a comma ends a negation ("no CCS, NFs OK")', () => {
  const cases: [string, string[]][] = [
    ['L5/S1: small DP, no CCS, NFs OK.', ['L5-S1 bilateral none negated current']],
    ['L2-3: no canal stenosis, the foramina are patent.', ['L2-L3 bilateral none negated current']],
    [
      'L4-5: no significant canal narrowing, right foramen preserved.',
      ['L4-L5 right none negated current'],
    ],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      assert.deepEqual(rows(text), expected);
      assert.equal(rows(text, 'central-canal-stenosis').length, 1);
      assert.ok(rows(text, 'central-canal-stenosis')[0]?.includes('negated'));
    });
  }
  it('a list under one negation stays negated', () => {
    assert.deepEqual(rows('L3-4: No disc herniation, canal or foraminal stenosis.'), [
      'L3-L4 bilateral none negated current',
    ]);
  });
});

describe('"Foramina:" as a label, and a graded bilateral finding refined by grades per side', () => {
  const cases: [string, string[]][] = [
    [
      'L3-L4: Bulge. Foramina: mild on the right, moderate on the left.',
      ['L3-L4 left moderate current', 'L3-L4 right mild current'],
    ],
    ['L4-5: Exit foramina: patent.', ['L4-L5 bilateral none negated current']],
    [
      'L4/5: Moderate bilateral exit foraminal narrowing: severe on the left, moderate on the right.',
      ['L4-L5 left severe current', 'L4-L5 right moderate current'],
    ],
    [
      'L2/3: Mild bilateral NF narrowing, R>L: mild-moderate on the right, mild on the left.',
      ['L2-L3 left mild current', 'L2-L3 right mild-moderate current'],
    ],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
  it('a lone grade after a graded bilateral finding does not split it', () => {
    assert.deepEqual(rows('L2-3: Moderate bilateral foraminal narrowing, worse on the left.'), [
      'L2-L3 bilateral moderate current',
    ]);
  });
});

describe('a past participle after "," or "and" still states its structure ("foramen unchanged, mildly narrowed")', () => {
  const cases: [string, string[]][] = [
    ['L4-5: Right foramen unchanged, mildly narrowed.', ['L4-L5 right mild current']],
    ['L3-4: Left exit foramen, moderately compressed.', ['L3-L4 left moderate current']],
    ['L5-S1: The right foramen is stable and severely narrowed.', ['L5-S1 right severe current']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(rows(text), expected));
  it('an "-ing" verb after "and" starts its own phrase', () => {
    assert.deepEqual(rows('L4-5: bulge compressing the root and narrowing the right foramen.'), [
      'L4-L5 right null current',
    ]);
  });
});
