// Round 26: families found after round 25 and in the twenty-eighth and twenty-ninth outside sets, each
// tested with wordings of my own. Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rows, table } from './_test-rows.js';

describe('a bracket saying the earlier study had no such finding leaves the grade current', () => {
  table([
    // Safety: "mild (previously none)" read mild as the earlier study's grade and gave no current grade.
    ['L3-L4: mild (previously none) left foraminal narrowing.', ['L3-L4 left mild current']],
    ['Left foraminal narrowing at L3-4, mild (prior: none).', ['L3-L4 left mild current']],
    [
      'L4-5: moderate (not seen on prior) right foraminal stenosis.',
      ['L4-L5 right moderate current'],
    ],
    ['L4-5: moderate (none in 2021) right foraminal stenosis.', ['L4-L5 right moderate current']],
    [
      'L4-5: Right foraminal stenosis, moderate (previously normal).',
      ['L4-L5 right moderate current'],
    ],
    ['L5-S1: severe (was absent) left foraminal stenosis.', ['L5-S1 left severe current']],
  ]);
});

describe("sides named as the patient's or the image's are the patient's", () => {
  table([
    [
      "L4-5: moderate narrowing of the patient's left neural foramen; the foramen on the patient’s right is mildly narrowed.",
      ['L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
    // Axial images are shown in the radiological convention: the image's left is the patient's right.
    [
      'L5-S1: severe narrowing of the image-left foramen. The opposite foramen is normal.',
      ['L5-S1 right severe current', 'L5-S1 left none negated current'],
    ],
    [
      "L3-4: the image right foramen (patient's left) is moderately narrowed.",
      ['L3-L4 left moderate current'],
    ],
    [
      'Images are displayed in neurological convention.\nL3-4: the image-right foramen is moderately narrowed.',
      ['L3-L4 right moderate current'],
    ],
  ]);
});

describe("an answer's bare denial denies what the question before it asked", () => {
  table([
    [
      'L5-S1: severe right foraminal stenosis.\nQ: Any foraminal stenosis at the other levels?\nA: No, apart from mild left foraminal narrowing at L3-4.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 left mild current',
        'L4-L5 bilateral none negated current',
        'L5-S1 right severe current',
      ],
    ],
    [
      'Question 2. Is there foraminal narrowing at L4-5?\nAnswer. No.',
      ['L4-L5 bilateral none negated current'],
    ],
    [
      'Referrer: Is there foraminal stenosis?\nReply: Not at L2-3.',
      ['L2-L3 bilateral none negated current'],
    ],
    // A denial that names its own subject, or an answer that is not a denial, is read as written.
    [
      'Is there foraminal narrowing at L4-5?\nYes, moderate on the right.',
      ['L4-L5 right moderate current'],
    ],
    [
      'Any canal stenosis?\nNo foraminal stenosis at L3-4.',
      ['L3-L4 bilateral none negated current'],
    ],
  ]);
});

describe("a bracket opened by the earlier study's word holds that study's named grade", () => {
  table([
    // Safety: "(prior Lee 2)" had been read as a second, current, bilateral finding.
    [
      'Foraminal grading (Lee).\nLeft L4-L5: Lee 3 (prior Lee 1)',
      ['L4-L5 left severe current', 'L4-L5 left mild prior'],
    ],
    [
      'Right L3-4 foramen: grade 2 (before: grade 1), Lee classification.',
      ['L3-L4 right moderate current', 'L3-L4 right mild prior'],
    ],
    [
      'Lee grades.\nRight L5-S1: Lee 2 (baseline Lee 2)',
      ['L5-S1 right moderate current', 'L5-S1 right moderate prior'],
    ],
  ]);
});

describe('a sentence that only names a foramen labels the sentences after it', () => {
  table([
    [
      '1. Right L5-S1 foramen. The older report called this severe. Today the foramen is moderately narrowed.',
      ['L5-S1 right moderate current'],
    ],
    [
      'Left L3-4 foramen. Disc material and facet hypertrophy are seen. The foramen is mildly narrowed.',
      ['L3-L4 left mild current'],
    ],
    // Without a label the sideless foramen stays bilateral.
    ['L3-4: The foramen is mildly narrowed.', ['L3-L4 bilateral mild current']],
  ]);
});

describe('arrow histories and declared now/then cells give this study the last grade', () => {
  table([
    // Safety: "none -> mild -> mild" had been read as a current negative.
    [
      'Foraminal stenosis (2018 -> 2021 -> now):\nL3-4 right: none -> mild -> mild\nL4-5 left: none -> none -> moderate',
      ['L3-L4 right mild current', 'L3-L4 right mild prior', 'L4-L5 left moderate current'],
    ],
    ['L2-3 left foramen: mild -> none', ['L2-L3 left none negated current']],
    // "(grade now / grade 2019)" declares the cells' slashes: "mod/mild" is not mild-moderate.
    [
      'Overview (grade now / grade 2019):\n              L2-L3      L3-L4      L4-L5\nforamen left   none/none  none/none  mod/mild\nforamen right  none/none  mild/mild  sev/mod',
      [
        'L2-L3 left none negated current',
        'L2-L3 right none negated current',
        'L3-L4 left none negated current',
        'L3-L4 right mild current',
        'L4-L5 left moderate current',
        'L4-L5 left mild prior',
        'L4-L5 right severe current',
        'L4-L5 right moderate prior',
      ],
    ],
    [
      'Grades are given as current/prior.\n| Level | Left NF | Right NF |\n| L4-5 | mod/mild | mild/mild |',
      ['L4-L5 left moderate current', 'L4-L5 left mild prior', 'L4-L5 right mild current'],
    ],
    // Without the declaration a slash is a range.
    [
      '| Level | Left NF | Right NF |\n| L4-5 | mild/mod | none |',
      ['L4-L5 left mild-moderate current', 'L4-L5 right none negated current'],
    ],
  ]);
});

describe("a dictated run-on's next structure statement does not take the earlier grades before it", () => {
  table([
    [
      'At L4-L5 a bulge causes moderate canal stenosis which was mild in 2020 and mild to moderate on the 2023 myelogram the left foramen is severely narrowed compared with moderate on both prior exams and the right foramen is mildly narrowed unchanged.',
      ['L4-L5 left severe current', 'L4-L5 left moderate prior', 'L4-L5 right mild current'],
    ],
    // The same side's statement after "and" stays with the sentence it answers.
    [
      'L5-S1: The Rt foramen was reported as mod narrowed on the prior exam, but this is not confirmed today and the Rt foramen is patent.',
      ['L5-S1 right moderate prior', 'L5-S1 right none negated resolved'],
    ],
  ]);
});

describe("a dated study named in a relative clause leaves the finding before it this study's", () => {
  table([
    // Safety: the finding had been read as the 2020 study's because the text names studies of two years.
    [
      'Comparison: MRI 2020, CT myelogram 2023.\nAt L3-L4 there is mild left foraminal narrowing which on the 2020 MRI was read as minimal. The right foramen is patent.',
      ['L3-L4 left mild current', 'L3-L4 right none negated current'],
    ],
    // A statement about the earlier dated study alone is still that study's.
    [
      'Comparison: MRI 2020, CT myelogram 2023.\nThe 2020 MRI showed mild left L3-L4 foraminal narrowing.',
      ['L3-L4 left mild prior'],
    ],
  ]);
});

describe('Roman-numeral levels, "wide" structures and levels "without remarks"', () => {
  table([
    [
      'L IV-L V: Spinal canal wide. Foramina wide.\nL V-S I: Moderate foraminal narrowing on the right. Left foramen wide.',
      [
        'L4-L5 bilateral none negated current',
        'L5-S1 left none negated current',
        'L5-S1 right moderate current',
      ],
    ],
    ['L IV/V: moderate right foraminal stenosis.', ['L4-L5 right moderate current']],
    [
      'Upper levels (Th XII-L I to L I-L II) without remarks.',
      ['T12-L1 bilateral none negated current', 'L1-L2 bilateral none negated current'],
    ],
    // A wide-based bulge keeps "wide" as its own word.
    [
      'L4-5: wide based disc bulge with mild left foraminal narrowing.',
      ['L4-L5 left mild current'],
    ],
  ]);
});

describe('a statement told in the past, or an aside about the earlier study, gives no current narrowing', () => {
  table([
    // Safety: each of these had also given a current, ungraded narrowing of the foramen.
    ['L5-S1: The right foramen was previously severely narrowed.', ['L5-S1 right severe prior']],
    ['L5-S1: The right foramen was previously narrowed.', ['L5-S1 right null prior']],
    [
      'L5-S1: The right foramen, which was previously severely narrowed, is now patent.',
      ['L5-S1 right none negated current', 'L5-S1 right severe prior'],
    ],
    [
      'L4-5: The left foramen, which was moderately narrowed preoperatively in 2018, is now patent.',
      ['L4-L5 left none negated current', 'L4-L5 left moderate prior'],
    ],
    // Still a current finding with an earlier grade.
    [
      'L5-S1: Right foraminal stenosis, previously moderate.',
      ['L5-S1 right null current', 'L5-S1 right moderate prior'],
    ],
    [
      'L5-S1: The right foramen was previously moderately narrowed and is now severely narrowed.',
      ['L5-S1 right severe current', 'L5-S1 right moderate prior'],
    ],
  ]);
});

describe('a regrade "better characterised as" gives the new grade', () => {
  table([
    [
      'L3-L4: severe left foraminal narrowing.\nADDENDUM: the left L3-L4 foraminal narrowing is better characterised as moderate-to-severe rather than severe.',
      ['L3-L4 left moderate-severe current'],
    ],
    [
      'L5-S1: the right foraminal narrowing is best described as moderate.',
      ['L5-S1 right moderate current'],
    ],
  ]);
});

describe("grades of Spanish and Italian English: 'today', 'of moderate degree' with a date, named rests", () => {
  table([
    // Safety: the oldest grade had been read as this study's.
    [
      'At L4-L5 the stenosis of the left neural foramen, which was of severe degree in 2019 and of moderate degree in 2022, today appears of mild degree.',
      ['L4-L5 left mild current', 'L4-L5 left severe prior', 'L4-L5 left moderate prior'],
    ],
    [
      'L4-L5: the left foraminal stenosis, actually moderate (previously mild).',
      ['L4-L5 left moderate current', 'L4-L5 left mild prior'],
    ],
    [
      'L4-L5: moderate left foraminal stenosis.\nRest of levels, from D12-L1 to L1-L2, without alterations.',
      [
        'T12-L1 bilateral none negated current',
        'L1-L2 bilateral none negated current',
        'L4-L5 left moderate current',
      ],
    ],
    [
      'At L4-L5 moderate left foraminal stenosis.\nNormal aspect of the remaining intervertebral spaces (L1-L2, L2-L3).',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L4-L5 left moderate current',
      ],
    ],
  ]);
});

describe('a numeric scale printed below its table grades the table', () => {
  table([
    [
      'Level | Canal | L NF | R NF\nL3-L4 | 1 | 0 | 2\nL4-L5 | 2 | 3 | 1\nScale: 0 none, 1 mild, 2 moderate, 3 severe.',
      [
        'L3-L4 left none negated current',
        'L3-L4 right moderate current',
        'L4-L5 left severe current',
        'L4-L5 right mild current',
      ],
    ],
  ]);
});

describe('"not observed", "not detected", "not appreciated" negate', () => {
  table([
    // Safety: "not observed" under a finding's heading had been read as the finding present.
    ['Foraminal stenosis:\n- L2-L3: not observed.', ['L2-L3 bilateral none negated current']],
    ['L3-L4: foraminal narrowing is not detected.', ['L3-L4 bilateral none negated current']],
    ['L4-L5: left foraminal stenosis is not appreciated.', ['L4-L5 left none negated current']],
  ]);
});

describe('a titled column list heads the rows below it', () => {
  table([
    [
      'Stenosis grid - canal / L NF / R NF (0 = nil, 1 = mild, 2 = moderate, 3 = severe)\nL2-3     1 / 0 / 1\nL4-5     3 / 3 / 2',
      [
        'L2-L3 left none negated current',
        'L2-L3 right mild current',
        'L4-L5 left severe current',
        'L4-L5 right moderate current',
      ],
    ],
    [
      'Summary: canal / right foramen / left foramen\nL3-L4: mild / moderate / none',
      ['L3-L4 left none negated current', 'L3-L4 right moderate current'],
    ],
  ]);
});

describe('a bracketed grade after a grade: the earlier one when declared (square brackets too), else set aside', () => {
  table([
    // Safety: "moderate [mild]" had been read as mild-moderate, "moderate (mild)" as mild.
    [
      'Comparison: MRI 2022 (grades in square brackets).\nSummary, current [previous]:\nLevel | Left foramen | Right foramen\nL4/5 | moderate [mild] | normal',
      ['L4-L5 left moderate current', 'L4-L5 left mild prior', 'L4-L5 right none negated current'],
    ],
    // Undeclared, the bracket's grade is of no known study; the grade before it stays this study's,
    // in a table cell as in a sentence.
    [
      '| Level | Left NF | Right NF |\n| L4-5 | moderate [mild] | mild |',
      ['L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
    ['L4-5: moderate (mild) left foraminal narrowing.', ['L4-L5 left moderate current']],
    ['L4-5: left foraminal narrowing, moderate [mild].', ['L4-L5 left moderate current']],
    [
      'L4-5: moderate left foraminal narrowing [previously mild].',
      ['L4-L5 left moderate current', 'L4-L5 left mild prior'],
    ],
    // The same grade restated in a bracket is not an earlier one.
    ['Conclusion: severe (W3) right L4-L5 foraminal stenosis.', ['L4-L5 right severe current']],
  ]);
});

describe('sides implied by a foraminal lesion, by "ipsilateral"/"contralateral" and by "where the foramen"', () => {
  table([
    [
      'L3-4: A right foraminal disc protrusion narrows the foramen moderately. The opposite foramen is normal.',
      ['L3-L4 right moderate current', 'L3-L4 left none negated current'],
    ],
    [
      'L5-S1: Left paracentral disc extrusion compresses the traversing left S1 root. The ipsilateral foramen is moderately narrowed, and the contralateral foramen mildly so.',
      ['L5-S1 left moderate current', 'L5-S1 right mild current'],
    ],
    [
      'L4-5: Facet hypertrophy is asymmetric, worse on the left, where the foramen is mildly narrowed. Contralaterally the foramen is patent.',
      ['L4-L5 left mild current', 'L4-L5 right none negated current'],
    ],
    // A paracentral lesion's foramen stays bilateral (the lesion leans, the foramen is not its).
    [
      'L4-5: A left paracentral protrusion narrows the foramina mildly.',
      ['L4-L5 bilateral mild current'],
    ],
  ]);
});

describe('a finding named before a dash heads the level lines under it', () => {
  table([
    [
      'Spinal canal stenosis: L4-L5 moderate; none elsewhere from T12-L1 to L5-S1.\nNeural foraminal narrowing -\n  L2-L3: minimal right.\n  L5-S1: severe left (moderate on the 2022 MRI); right patent.',
      [
        'L2-L3 right mild current',
        'L5-S1 left severe current',
        'L5-S1 left moderate prior',
        'L5-S1 right none negated current',
      ],
    ],
  ]);
});

describe('"mildly so" after a second foramen is its own grade', () => {
  table([
    [
      'L5-S1: The left foramen is moderately narrowed, and the right foramen mildly so.',
      ['L5-S1 left moderate current', 'L5-S1 right mild current'],
    ],
    // "narrowed, moderately so" grades the foramen before it.
    ['L3/4: The right exit foramen is narrowed, moderately so.', ['L3-L4 right moderate current']],
  ]);
});

describe('"before" dates a grade; "(prev. grade 1)" stays in its bracket', () => {
  table([
    // Safety: the earlier grade had been read as this study's.
    [
      'The left L4/5 foramen was moderately narrowed before and is now not narrowed.',
      ['L4-L5 left none negated current', 'L4-L5 left moderate prior'],
    ],
    ['L5-S1: the right foramen remains slightly narrowed as before.', ['L5-S1 right mild current']],
  ]);
});

describe('"(prev. grade 1)": the stop of the abbreviation does not end the sentence in its bracket', () => {
  it('keeps the earlier grade in the bracket and no sideless current grade', () => {
    const found = rows(
      'Neural foraminal stenosis (Lee)\n - L4-5: Rt grade 2 (prev. grade 1), Lt grade 1',
    );
    for (const row of [
      'L4-L5 right moderate current',
      'L4-L5 right mild prior',
      'L4-L5 left mild current',
    ]) {
      assert.ok(found.includes(row), found.join('; '));
    }
    assert.ok(!found.some((r) => r.includes('bilateral')), found.join('; '));
  });
});

describe("a grade after a comma or a placed finding's colon, with earlier grades beside it", () => {
  table([
    ['- Rt NF stenosis at L4-5: mild.', ['L4-L5 right mild current']],
    [
      'Right foraminal stenosis at L4-5: severe -> mild (residual).',
      ['L4-L5 right mild current', 'L4-L5 right severe prior'],
    ],
    [
      'L3-4: foraminal stenosis, moderate (previously mild).',
      ['L3-L4 bilateral moderate current', 'L3-L4 bilateral mild prior'],
    ],
  ]);
});

describe('a finding named alone before its colon still heads the values after it', () => {
  it('grades each level of "Central canal stenosis: Mild at L3/4. Moderate at L4/5."', () => {
    assert.deepEqual(
      rows('Central canal stenosis: Mild at L3/4. Moderate at L4/5.', 'central-canal-stenosis'),
      ['L3-L4 central mild current', 'L4-L5 central moderate current'],
    );
  });
});

describe('a trailing grade after ", and <finding>," grades that finding', () => {
  table([
    [
      'L3-4: disc bulging with mild central canal stenosis, and both NF stenosis, moderate (previous: mild).',
      ['L3-L4 bilateral moderate current', 'L3-L4 bilateral mild prior'],
    ],
  ]);
});

describe('"neither X nor Y" negates both findings; the foraminal opening is the foramen', () => {
  table([
    // Safety: the finding after "nor" had been read as present at every level of the list.
    [
      'Neither stenosis of the spinal canal nor narrowing of the intervertebral foramina is detected at levels L1-L2, L2-L3.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    [
      'At the L5-S1 level the left foraminal opening is moderately narrowed; the right is not narrowed.',
      ['L5-S1 left moderate current', 'L5-S1 right none negated current'],
    ],
  ]);
});

describe('columns headed "2021 -> 2025" hold the earlier grade and this one', () => {
  table([
    [
      'Level   L foramen 2021 -> 2025    R foramen 2021 -> 2025\nL4-5    moderate -> severe        none -> mild',
      ['L4-L5 left severe current', 'L4-L5 left moderate prior', 'L4-L5 right mild current'],
    ],
  ]);
});

describe('a legend listing "+ mild, ++ moderate" without "=" grades symbol cells', () => {
  table([
    [
      'Legend: 0 absent, + mild, ++ moderate, +++ severe\n          Canal   Foramen L   Foramen R\nL3-L4       +        +           0\nL4-L5       ++       +++         ++',
      [
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 left severe current',
        'L4-L5 right moderate current',
      ],
    ],
  ]);
});

describe("a report's declared word scale grades its lines; bounds like 'does not exceed mild'", () => {
  table([
    [
      'Foraminal scale used here: patent / slightly narrow / narrow / very narrow (= none / mild / moderate / severe).\nL3-L4: right foramen slightly narrow; left patent.\nL5-S1: left foramen very narrow (2021: narrow).',
      [
        'L3-L4 right mild current',
        'L3-L4 left none negated current',
        'L5-S1 left severe current',
        'L5-S1 left moderate prior',
      ],
    ],
    [
      'At the L1-L2 and L2-L3 intervertebral spaces, the stenosis of the neural foramina does not exceed mild degree.',
      ['L1-L2 bilateral null current max mild', 'L2-L3 bilateral null current max mild'],
    ],
  ]);
});

describe('a sentence opened by a year speaks of that year\'s study, its ", so" comment aside', () => {
  table([
    // Safety: the 2021 grades had been read as this study's.
    [
      'L4-L5: both foramina moderately narrowed. In 2021 the right was mildly narrowed and the left moderately narrowed, so the right has progressed.',
      ['L4-L5 bilateral moderate current', 'L4-L5 right mild prior', 'L4-L5 left moderate prior'],
    ],
  ]);
});

describe('"relieved" says a finding is gone, as "decompressed" does', () => {
  table([
    // Safety: the relieved stenosis had stood as a current, ungraded finding.
    [
      'L4-5 decompression.\n- Previous severe left foraminal stenosis at L4-5: relieved.',
      ['L4-L5 left none negated current', 'L4-L5 left severe prior'],
    ],
  ]);
});

describe("an attending's addendum to a preliminary read replaces its grades", () => {
  table([
    [
      'PRELIMINARY: L4-5 moderate bilateral foraminal stenosis.\nATTENDING ADDENDUM: L4-5 foraminal narrowing is mild on the left and moderate on the right.',
      ['L4-L5 left mild current', 'L4-L5 right moderate current'],
    ],
  ]);
});

describe('"… and the foramina there are …" opens the other structure\'s statement', () => {
  table([
    [
      'The canal at L4-5 is narrowed to a moderate degree and the foramina there are narrowed bilaterally, L>R: the left severely, the right moderately.',
      ['L4-L5 left severe current', 'L4-L5 right moderate current'],
    ],
  ]);
  it('keeps the canal its own grade, and a bound on the foramina off the canal', () => {
    assert.deepEqual(
      rows(
        'The canal at L4-5 is narrowed to a moderate degree and the foramina there are patent.',
        'central-canal-stenosis',
      ),
      ['L4-L5 central moderate current'],
    );
    assert.deepEqual(
      rows(
        'L2/3: no more than mild foraminal narrowing bilaterally, and the canal is preserved.',
        'central-canal-stenosis',
      ),
      ['L2-L3 central none negated current'],
    );
  });
});

describe('"For comparison, her 2019 MRI described …" is the earlier study\'s statement', () => {
  table([
    // Safety: the 2019 grade had been read as this study's.
    [
      'Her MRI of 2 June 2025 shows moderate narrowing of the foramina at L4-5. For comparison, her 2019 MRI described only mild bilateral foraminal narrowing at L4-5.',
      ['L4-L5 bilateral moderate current', 'L4-L5 bilateral mild prior'],
    ],
  ]);
});

describe('"previously minimal on the right and absent on the left" gives the sides their earlier grades', () => {
  table([
    // Safety: "absent" had negated this study's grade of both sides.
    [
      'L3-L4: Mild bilateral neural foraminal narrowing, previously minimal on the right and absent on the left.',
      ['L3-L4 bilateral mild current', 'L3-L4 right mild prior'],
    ],
  ]);
});

describe('a column list in the bracket after a title heads the rows; tab and slash cells', () => {
  table([
    [
      'FINDINGS (canal / left foramen / right foramen):\nL3/4\tmoderate / mild / normal\nL4/5\tsevere, near-complete block / moderate / severe',
      [
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 left moderate current',
        'L4-L5 right severe current',
      ],
    ],
    [
      'Summary of stenosis (central canal / left NF / right NF):\nL3-L4: mild / nil / mild',
      ['L3-L4 left none negated current', 'L3-L4 right mild current'],
    ],
  ]);
});

describe("a side's grade with its bracketed earlier grade, then the other side's", () => {
  table([
    // The bracket's earlier grade had gone to both sides and replaced the left's current grade.
    [
      'L4-5: foraminal stenosis, moderate on the left (previously mild) and mild on the right.',
      ['L4-L5 left moderate current', 'L4-L5 left mild prior', 'L4-L5 right mild current'],
    ],
    [
      'L4-5: the foramina are narrowed, severely on the left (moderate in 2021) and mildly on the right.',
      ['L4-L5 left severe current', 'L4-L5 left moderate prior', 'L4-L5 right mild current'],
    ],
  ]);
});
