// Issue 15: families of the third outside reviewer's misses, each tested on several wordings of my own
// (none of the reviewer's sentences is used here).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rows } from './_test-rows.js';

const canal = (text: string): string[] => rows(text, 'central-canal-stenosis');

describe('tables: columns found from the header, legends, short rows', () => {
  it('a disc column before the canal column is skipped, not read as a second level column', () => {
    const text =
      '| Level | Disc | Canal | L foramen | R foramen |\n' +
      '| L3-4 | Small bulge | Mild | Normal | Moderate |\n' +
      '| L4-5 | Protrusion | Severe | Mild | Mild |';
    assert.deepEqual(rows(text), [
      'L3-L4 left none negated current',
      'L3-L4 right moderate current',
      'L4-L5 left mild current',
      'L4-L5 right mild current',
    ]);
    assert.deepEqual(canal(text), ['L3-L4 central mild current', 'L4-L5 central severe current']);
  });

  it('a legend before the table gives its numbers their grades', () => {
    for (const legend of [
      'Grading key: 0 = none, 1 = mild, 2 = moderate, 3 = severe.',
      '(0=nil; 1=mild; 2=moderate; 3=severe)',
    ]) {
      const text = `${legend}\nLevel\tCCS\tLeft NF\tRight NF\nL4-5\t2\t1\t3\nL5-S1\t0\t0\t1`;
      assert.deepEqual(rows(text), [
        'L4-L5 left mild current',
        'L4-L5 right severe current',
        'L5-S1 left none negated current',
        'L5-S1 right mild current',
      ]);
      assert.deepEqual(canal(text), [
        'L4-L5 central moderate current',
        'L5-S1 central none negated current',
      ]);
    }
  });

  it('without a legend a number in a plain column is not a grade', () => {
    assert.deepEqual(rows('Level\tCanal\tLeft\tRight\nL4-5\t2\t1\t3'), []);
  });

  it('an abbreviated header, dashes for none, an empty cell and a short row', () => {
    const text =
      'Lvl | CCS | NFN Lt | NFN Rt | Note\n' +
      'L2-3 | – | – | mild |\n' +
      'L4-5 | mod | sev | | broad DP\n' +
      'L5-S1 | - | - | - |';
    assert.deepEqual(rows(text), [
      'L2-L3 left none negated current',
      'L2-L3 right mild current',
      'L4-L5 left severe current',
      'L5-S1 left none negated current',
      'L5-S1 right none negated current',
    ]);
    assert.deepEqual(canal(text), [
      'L2-L3 central none negated current',
      'L4-L5 central moderate current',
      'L5-S1 central none negated current',
    ]);
  });
});

describe('a structure named before a colon is the subject of what follows', () => {
  it('"Structure: predicate" lines under a level', () => {
    assert.deepEqual(rows('L2/3: Right foramen: no narrowing.'), [
      'L2-L3 right none negated current',
    ]);
    assert.deepEqual(rows('At L4-5. Foramina: severe left narrowing.'), [
      'L4-L5 left severe current',
    ]);
    assert.deepEqual(canal('L1-2: Central canal: capacious.'), [
      'L1-L2 central none negated current',
    ]);
  });

  it('a report-wide "Canal and foramina: patent …" line', () => {
    const text = 'Canal and exit foramina: patent from L1-L2 through L3-L4.';
    assert.deepEqual(rows(text), [
      'L1-L2 bilateral none negated current',
      'L2-L3 bilateral none negated current',
      'L3-L4 bilateral none negated current',
    ]);
    assert.equal(canal(text).length, 3);
  });

  it('bulleted sub-fields under a level heading of its own line keep that level', () => {
    const text =
      'L4/5:\n* Facets: moderate hypertrophy.\n* Canal: mild stenosis.\n' +
      '* Exit foramina: moderate bilateral narrowing.\nL5/S1:\n• Disc: small bulge.\n• Foramina: patent.';
    assert.deepEqual(rows(text), [
      'L4-L5 bilateral moderate current',
      'L5-S1 bilateral none negated current',
    ]);
    assert.deepEqual(canal(text), ['L4-L5 central mild current']);
  });

  it('a topic label with no level heading above still ends the carried level', () => {
    assert.deepEqual(rows('L4-5: mild left foraminal narrowing.\nMarrow: normal signal.'), [
      'L4-L5 left mild current',
    ]);
  });
});

describe('which levels a statement covers', () => {
  it('"the rest of the …" is the levels not yet described', () => {
    const text =
      'L4-5: moderate left foraminal narrowing, mild canal stenosis.\n' +
      'The rest of the exit foramina and canal are unremarkable.';
    // Round 9: "the rest of the exit foramina" counts foramina, so the right L4-5 foramen, which
    // the report has not described, is one of them (the canal, one per level, is still by level).
    assert.deepEqual(rows(text), [
      'L1-L2 bilateral none negated current',
      'L2-L3 bilateral none negated current',
      'L3-L4 bilateral none negated current',
      'L4-L5 left moderate current',
      'L4-L5 right none negated current',
      'L5-S1 bilateral none negated current',
    ]);
    assert.equal(canal(text).length, 5);
  });

  it('a level called normal "on the axial images" is still called normal', () => {
    for (const text of [
      'L2-3 and L3-4 are unremarkable on the axial images.',
      'The L2/3 and L3/4 levels appear normal on sagittal imaging.',
    ]) {
      assert.deepEqual(rows(text), [
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
      ]);
    }
  });

  it('"at these levels" refers to the group just named, in the sentence or the one before', () => {
    assert.deepEqual(
      rows('Mild disc bulges from L1-2 to L3-4; the foramina are patent at these levels.'),
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
      ],
    );
    assert.deepEqual(
      rows(
        'Severe left foraminal stenosis at L5-S1. L2-3 and L3-4 discs are preserved. ' +
          'No foraminal narrowing at these levels.',
      ),
      [
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L5-S1 left severe current',
      ],
    );
  });

  it('"at all levels from X through Y" is the range named', () => {
    assert.deepEqual(rows('Foramina widely patent at all levels from L1-2 through L3-4.'), [
      'L1-L2 bilateral none negated current',
      'L2-L3 bilateral none negated current',
      'L3-L4 bilateral none negated current',
    ]);
  });

  it('a new line about another level ends a heading that had its own content', () => {
    const text =
      'L1-2, L2-3: Normal.\nThe main finding is at L4-5, where a left foraminal protrusion is seen. ' +
      'The foramen is moderately narrowed.';
    assert.deepEqual(rows(text), [
      'L1-L2 bilateral none negated current',
      'L2-L3 bilateral none negated current',
      'L4-L5 left moderate current',
    ]);
  });

  it('"the foramen" opening a sentence is the one-sided one just named', () => {
    assert.deepEqual(
      rows('L3-4: a right foraminal extrusion is seen. The foramen is severely narrowed.'),
      ['L3-L4 right severe current'],
    );
    // Plural foramina, or a side of its own, are not carried.
    assert.deepEqual(
      rows('L3-4: a right foraminal extrusion is seen. The foramina are mildly narrowed.'),
      ['L3-L4 bilateral mild current'],
    );
  });
});

describe('a "current (prior)" notation: the bracketed grade is the earlier study\'s', () => {
  it('per-level lines under the notation give a current and a prior finding per side', () => {
    const text =
      'Exit foramina, now (previous):\nL4/5: right severe (moderate), left mild (mild)\n' +
      'L5/S1: right nil (mild)\nCanal: L4/5 moderate (mild).';
    assert.deepEqual(rows(text), [
      'L4-L5 left mild current',
      'L4-L5 left mild prior',
      'L4-L5 right moderate prior',
      'L4-L5 right severe current',
      'L5-S1 right mild prior',
      'L5-S1 right none negated current',
    ]);
    assert.deepEqual(canal(text), ['L4-L5 central mild prior', 'L4-L5 central moderate current']);
  });

  it('a prior "none" is a prior negative, and the notation ends with its paragraph', () => {
    const text =
      'Grades current (prior):\nL3-4 foramina: left moderate (none)\n\nL4-5: left mild (moderate) foramen.';
    const found = rows(text);
    assert.ok(found.includes('L3-L4 left moderate current'), found.join('; '));
    assert.ok(found.includes('L3-L4 left none negated prior'), found.join('; '));
    assert.ok(!found.some((r) => r.startsWith('L4-L5') && r.endsWith('prior')), found.join('; '));
  });
});

describe('a structure alone before a colon heads the grades after it', () => {
  it('"Foramina:" over per-level lines, and "Central canal: L4-5 moderate"', () => {
    const text = 'Foramina:\nL2-3: mild right.\nL3-4: severe left, right patent.';
    assert.deepEqual(rows(text), [
      'L2-L3 right mild current',
      'L3-L4 left severe current',
      'L3-L4 right none negated current',
    ]);
    assert.deepEqual(canal('Central canal: L4-5 moderate; L5-S1 mild.'), [
      'L4-L5 central moderate current',
      'L5-S1 central mild current',
    ]);
  });
});

describe('a bare "stenosis" made by a foraminal lesion is foraminal stenosis', () => {
  it("on the lesion's side, positive or resolved, and not the canal", () => {
    const text = 'L3-4: Left foraminal disc extrusion causing severe stenosis.';
    assert.deepEqual(rows(text), ['L3-L4 left severe current']);
    assert.deepEqual(canal(text), []);
    assert.deepEqual(
      rows('L5-S1: Extraforaminal right protrusion with mild associated stenosis.'),
      ['L5-S1 right mild current'],
    );
    assert.deepEqual(
      rows('Interval resolution of the right L4-5 foraminal herniation and its stenosis.'),
      ['L4-L5 right none negated resolved'],
    );
  });

  it('a central or plain lesion leaves bare stenosis to the canal', () => {
    assert.deepEqual(canal('L4-5: Central protrusion causing moderate stenosis.'), [
      'L4-L5 central moderate current',
    ]);
    assert.deepEqual(rows('L4-5: Central protrusion causing moderate stenosis.'), []);
  });
});

describe('vocabulary: the intervertebral foramen as IVF', () => {
  it('IVF and IVFs, with grades before or after', () => {
    assert.deepEqual(rows('At L3-L4 level, the right IVF is severely narrowed.'), [
      'L3-L4 right severe current',
    ]);
    assert.deepEqual(rows('L4-L5: disc bulge causing mild narrowing of bilateral IVF.'), [
      'L4-L5 bilateral mild current',
    ]);
    assert.deepEqual(rows('L5-S1: Both IVFs are patent.'), [
      'L5-S1 bilateral none negated current',
    ]);
  });
});

describe('"respectively" and a side negated on its own', () => {
  it('pairs sides with grades in order', () => {
    assert.deepEqual(
      rows(
        'L4-5: The left and right exit foramina are severely and mildly narrowed, respectively.',
      ),
      ['L4-L5 left severe current', 'L4-L5 right mild current'],
    );
  });

  it('pairs levels with grades in order', () => {
    assert.deepEqual(
      rows('Moderate and mild foraminal narrowing at L3/4 and L5/S1 respectively.'),
      ['L3-L4 bilateral moderate current', 'L5-S1 bilateral mild current'],
    );
    assert.deepEqual(canal('Severe and moderate canal stenosis at L4-5 and L3-4, respectively.'), [
      'L3-L4 central moderate current',
      'L4-L5 central severe current',
    ]);
  });

  it('"the right is not" after a one-sided foramen negates the other side', () => {
    assert.deepEqual(rows('L2-3: The right foramen is moderately narrowed; the left is not.'), [
      'L2-L3 left none negated current',
      'L2-L3 right moderate current',
    ]);
    assert.deepEqual(rows('L5-S1: Left foraminal narrowing is mild. The right one is not.'), [
      'L5-S1 left mild current',
      'L5-S1 right none negated current',
    ]);
  });
});

describe('coordinated words that share a side or a noun', () => {
  it('a side before "traversing and exiting roots" reaches the exiting root', () => {
    for (const text of [
      'L5-S1: left paracentral protrusion compressing the left traversing and exiting nerve roots.',
      'L4-5: extrusion compressing the right descending and exiting nerve roots.',
    ]) {
      const side = text.includes('left') ? 'left' : 'right';
      const found = rows(text);
      assert.ok(found.length > 0, text);
      assert.ok(
        found.every((r) => r.includes(` ${side} `)),
        `${text}: ${found.join('; ')}`,
      );
    }
  });

  it('"central" before "or/and … foraminal stenosis" is the canal', () => {
    const text = 'L2-3: No central or foraminal stenosis.';
    assert.deepEqual(rows(text), ['L2-L3 bilateral none negated current']);
    assert.deepEqual(canal(text), ['L2-L3 central none negated current']);
    assert.deepEqual(canal('L3-4: Moderate central and mild right foraminal stenosis.'), [
      'L3-L4 central moderate current',
    ]);
    assert.deepEqual(rows('L3-4: Moderate central and mild right foraminal stenosis.'), [
      'L3-L4 right mild current',
    ]);
  });

  it('a word the lexicon does not know, said of the structure, does not cut it from "and not narrowed"', () => {
    assert.deepEqual(canal('L5-S1: The canal is trefoil and not narrowed.'), [
      'L5-S1 central none negated current',
    ]);
  });
});

describe('a sideless foraminal finding yields to a foramen the report calls normal', () => {
  it('at the same level it is the other foramen', () => {
    const text =
      'L4-5: Left foramen: patent.\nIMPRESSION: L4-5 right foraminal protrusion causing severe foraminal narrowing.';
    assert.deepEqual(rows(text), ['L4-L5 left none negated current', 'L4-L5 right severe current']);
    assert.deepEqual(
      rows('L3-4: The right neural foramen is normal. There is moderate foraminal stenosis.'),
      ['L3-L4 left moderate current', 'L3-L4 right none negated current'],
    );
  });

  it('a stated bilateral finding, or a sideless one at another level, keeps both sides', () => {
    assert.deepEqual(
      rows('L4-5: Right foramen patent. Moderate bilateral foraminal narrowing at L5-S1.'),
      ['L4-L5 right none negated current', 'L5-S1 bilateral moderate current'],
    );
  });
});

describe('grades after the noun, around a statement of their own', () => {
  it('"narrowed, severely on the left with …, and mildly on the right"', () => {
    assert.deepEqual(
      rows(
        'L4-5: The exit foramina are narrowed, moderately on the right with flattening of the ' +
          'exiting right L4 root, and slightly on the left.',
      ),
      ['L4-L5 left mild current', 'L4-L5 right moderate current'],
    );
  });

  it('"narrowing of the right foramen, moderate in degree" after a graded lesion', () => {
    assert.deepEqual(
      rows('L2-3: small disc bulge and narrowing of the left exit foramen, severe in degree.'),
      ['L2-L3 left severe current'],
    );
    assert.deepEqual(
      rows('L3-4: moderate facet arthropathy with encroachment on the right foramen, mild.'),
      ['L3-L4 right mild current'],
    );
  });
});

describe('a Lee grade in brackets before the side and level of its foramen', () => {
  it('grades that foramen instead of adding a sideless one', () => {
    assert.deepEqual(rows('IMPRESSION: Moderate (Lee grade 2) left L4-5 foraminal stenosis.'), [
      'L4-L5 left moderate current',
    ]);
    assert.deepEqual(rows('Conclusion: severe (Lee 3) right L5/S1 exit foraminal narrowing.'), [
      'L5-S1 right severe current',
    ]);
  });
});

describe('Lee grades beside a stated grade, before "stenosis", or after a leading side', () => {
  it('"Lt FS moderate (Lee 2)" grades the left foramen only', () => {
    assert.deepEqual(rows('L4/5: Lt FS moderate (Lee 2). Rt FS nil.'), [
      'L4-L5 left moderate current',
      'L4-L5 right none negated current',
    ]);
  });

  it('"grade 2 (Lee) stenosis on the left" is foraminal, not canal', () => {
    const text = 'L3/4: broad bulge with grade 2 (Lee) stenosis on the left.';
    assert.deepEqual(rows(text), ['L3-L4 left moderate current']);
    assert.deepEqual(canal(text), []);
  });

  it('a side opening the sentence is the side of its foramen or its Lee grade', () => {
    assert.deepEqual(rows('L2-3: On the left there is moderate foraminal narrowing.'), [
      'L2-L3 left moderate current',
    ]);
    assert.deepEqual(
      rows('L5/S1: On the right, the perineural fat is partly effaced, Lee grade 1.'),
      ['L5-S1 right mild current'],
    );
  });
});

describe('a finding named before its first value heads the sentences of values after it', () => {
  it('"Central canal stenosis: Mild at L3/4. Moderate at L4/5. Nil elsewhere."', () => {
    const text = 'Canal stenosis: moderate at L2/3. Severe at L3/4. None elsewhere.';
    assert.deepEqual(canal(text), [
      'L1-L2 central none negated current',
      'L2-L3 central moderate current',
      'L3-L4 central severe current',
      'L4-L5 central none negated current',
      'L5-S1 central none negated current',
    ]);
  });

  it('the same with a structure named alone, and a new topic ends it', () => {
    const text =
      'Exit foramina: mild on the left at L4-5. Moderate on the right at L5-S1.\n' +
      'Facets: moderate arthropathy at L5-S1.';
    assert.deepEqual(rows(text), ['L4-L5 left mild current', 'L5-S1 right moderate current']);
  });
});

describe('per-side grades after a lean, and an ungraded bilateral restatement', () => {
  it('"bilateral foramina, worse on the right (severe on right, mild on left)"', () => {
    assert.deepEqual(
      rows(
        'L4-L5: narrowing of bilateral exit foramina, worse on the right (severe on right, mild on left).',
      ),
      ['L4-L5 left mild current', 'L4-L5 right severe current'],
    );
  });

  it('an ungraded bilateral mention in the impression adds nothing to graded sides', () => {
    const text =
      'FINDINGS: L4/5: moderate left and mild right foraminal stenosis.\n' +
      'IMPRESSION: L4/5 bilateral foraminal stenosis (L > R).';
    assert.deepEqual(rows(text), ['L4-L5 left moderate current', 'L4-L5 right mild current']);
    // With one side only graded elsewhere, the bilateral mention stays.
    assert.deepEqual(
      rows(
        'FINDINGS: L4/5: moderate left foraminal stenosis.\nIMPRESSION: L4/5 bilateral foraminal stenosis.',
      ),
      ['L4-L5 bilateral null current', 'L4-L5 left moderate current'],
    );
  });
});

describe('an earlier grade named after its statement, as a noun of change, or with "then"', () => {
  it('"… was mildly narrowed on the previous study and is now moderately narrowed"', () => {
    assert.deepEqual(
      rows(
        'L1-2: The left foramen was mildly narrowed on the previous study and is now moderately narrowed.',
      ),
      ['L1-L2 left mild prior', 'L1-L2 left moderate current'],
    );
    assert.deepEqual(
      rows('L2-3: Right foraminal stenosis, moderate on the prior study, is now mild.'),
      ['L2-L3 right mild current', 'L2-L3 right moderate prior'],
    );
  });

  it('"improvement/worsening of … from X to Y" is a change of grade, not a range', () => {
    assert.deepEqual(
      rows('L4-5: Interval improvement of right foraminal narrowing from severe to moderate.'),
      ['L4-L5 right moderate current', 'L4-L5 right severe prior'],
    );
    assert.deepEqual(rows('L5-S1: Worsening of the left foraminal stenosis from mild to severe.'), [
      'L5-S1 left mild prior',
      'L5-S1 left severe current',
    ]);
    // A range stays a range.
    assert.deepEqual(rows('L3-4: Foraminal narrowing, mild to moderate.'), [
      'L3-L4 bilateral mild-moderate current',
    ]);
  });

  it('"was severe then, now moderate"', () => {
    assert.deepEqual(canal('L3-4: canal stenosis was severe then, now moderate.'), [
      'L3-L4 central moderate current',
      'L3-L4 central severe prior',
    ]);
  });

  it('a root no longer compressed does not clear a foramen the sentence describes', () => {
    assert.deepEqual(
      rows(
        'L5/S1: The right foramen remains mildly narrowed, but the exiting right L5 root is no longer compressed.',
      ),
      ['L5-S1 right mild current'],
    );
  });
});

describe('an addendum replaces what the body said at the same place', () => {
  it('a changed grade, with a bracketed note in the heading', () => {
    const text =
      'FINDINGS: L3-4: Moderate right foraminal stenosis.\nIMPRESSION: Moderate right L3-4 foraminal stenosis.\n\n' +
      'ADDENDUM (phoned to Dr Lee 10:15): On review, the right L3-4 foraminal stenosis is severe.';
    assert.deepEqual(rows(text), ['L3-L4 right severe current']);
  });

  it('one side of a bilateral statement, the other side kept', () => {
    const text =
      'L4-5: Mild bilateral foraminal narrowing.\nAddendum: the left L4-5 foramen is moderately narrowed.';
    assert.deepEqual(rows(text), ['L4-L5 left moderate current', 'L4-L5 right mild current']);
  });

  it('a finding the original report left out, "not mentioned" being no negation', () => {
    const text =
      'No foraminal stenosis at any level.\n' +
      'ADDENDUM: A left foraminal protrusion at L2-3, not mentioned in the original report, causes mild left foraminal stenosis.';
    const found = rows(text);
    assert.ok(found.includes('L2-L3 left mild current'), found.join('; '));
    assert.ok(!found.some((r) => r.startsWith('L2-L3 left none')), found.join('; '));
  });

  it('"only" between a structure and its grade', () => {
    assert.deepEqual(rows('L1-2: The right foramen is only minimally narrowed.'), [
      'L1-L2 right mild current',
    ]);
  });
});

describe('found on a probe of fresh reports labelled before the run', () => {
  it('"Nil …" opening a sentence negates forward; "Lt foramen nil" has no verb', () => {
    const text =
      'L3/4: Nil canal or exit foraminal stenosis.\nL4/5: Lt exit foramen nil. Rt exit foramen mild.';
    assert.deepEqual(rows(text), [
      'L3-L4 bilateral none negated current',
      'L4-L5 left none negated current',
      'L4-L5 right mild current',
    ]);
    assert.deepEqual(canal(text), ['L3-L4 central none negated current']);
    assert.deepEqual(canal('L2/3: central canal none.'), ['L2-L3 central none negated current']);
  });

  it('"left slightly more than right" after one grade is bilateral', () => {
    assert.deepEqual(
      rows('L4-5: the foramina are moderately narrowed, left slightly more than right.'),
      ['L4-L5 bilateral moderate current'],
    );
  });

  it('"neither central nor foraminal stenosis" clears the canal too', () => {
    const text = 'At L1-L2 there is neither central nor foraminal narrowing.';
    assert.deepEqual(rows(text), ['L1-L2 bilateral none negated current']);
    assert.deepEqual(canal(text), ['L1-L2 central none negated current']);
  });

  it('a level heading opening a line ends a one-line history', () => {
    assert.deepEqual(rows('Hx: back pain, rt leg sx.\nL4-5: sev Rt NFN.'), [
      'L4-L5 right severe current',
    ]);
  });

  it('", previously X," is the earlier study\'s, its predicate too', () => {
    assert.deepEqual(
      rows('L2-3: The right foramen, previously severely narrowed, is now patent.'),
      ['L2-L3 right none negated current', 'L2-L3 right severe prior'],
    );
    // With a positive finding beside it, the earlier grade is that finding's.
    const text =
      'L4-5: The canal, previously moderately narrowed, is now mildly narrowed, and the foramina are patent.';
    assert.deepEqual(rows(text), ['L4-L5 bilateral none negated current']);
    assert.deepEqual(canal(text), ['L4-L5 central mild current', 'L4-L5 central moderate prior']);
  });

  it('a thecal sac of normal calibre is a canal without stenosis', () => {
    assert.deepEqual(canal('L3-4: The thecal sac is of normal calibre.'), [
      'L3-L4 central none negated current',
    ]);
    // Compression of the sac alone is still not a canal finding.
    assert.deepEqual(canal('L3-4: No compression of the thecal sac.'), []);
  });
});
