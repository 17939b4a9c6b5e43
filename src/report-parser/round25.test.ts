// Round 25: families from the twenty-fourth and twenty-fifth outside sets (styles/reviewer24.json: new
// styles on purpose; styles/reviewer25.json: an archive's ordinary reports), each tested with wordings
// of my own. Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { rows, table } from './_test-rows.js';

describe('a grade that carries its own date or study is an earlier grade', () => {
  table([
    // Safety: each of these read the earlier grade as the only, current one.
    [
      'Comparison: MRI 2022.\nL4-L5: Moderate right foraminal narrowing (was mild).',
      ['L4-L5 right moderate current', 'L4-L5 right mild prior'],
    ],
    [
      'Comparison: MRI 2022.\nL3-L4: Severe left foraminal stenosis (prior: moderate).',
      ['L3-L4 left severe current', 'L3-L4 left moderate prior'],
    ],
    [
      'Comparison: MRI 2022.\nL4-L5: Moderate right foraminal narrowing (2022: mild).',
      ['L4-L5 right moderate current', 'L4-L5 right mild prior'],
    ],
    [
      'Comparison: MRI 2022.\nL5-S1: Right foraminal narrowing is moderate (mild on prior).',
      ['L5-S1 right moderate current', 'L5-S1 right mild prior'],
    ],
    [
      'Comparison: MRI 2022.\nL2-L3: Mild left foraminal narrowing and moderate right foraminal narrowing (mild in 2022).',
      ['L2-L3 left mild current', 'L2-L3 right mild prior', 'L2-L3 right moderate current'],
    ],
  ]);
});

describe('three-step histories give every earlier grade', () => {
  table([
    [
      'Comparison: MRI 2019 and 2022.\nL5-S1: Left foraminal stenosis, mild in 2019, moderate in 2022 and now severe.',
      ['L5-S1 left mild prior', 'L5-S1 left moderate prior', 'L5-S1 left severe current'],
    ],
    [
      'Comparison: MRI 2020 and 2023.\nImpression: Progressive right L4-L5 foraminal stenosis: mild (2020), moderate (2023), severe (current).',
      ['L4-L5 right mild prior', 'L4-L5 right moderate prior', 'L4-L5 right severe current'],
    ],
    [
      'Comparisons: two earlier MRIs.\nL3-L4: Right foraminal narrowing was mild on the first study and moderate on the second; it is moderate today.',
      ['L3-L4 right mild prior', 'L3-L4 right moderate prior', 'L3-L4 right moderate current'],
    ],
    // Two earlier grades of two structures are one each, not two of each.
    [
      'Comparison: MRI 2021.\nL5/S1: The left foramen is now severely narrowed (previously moderate) and the right foramen is moderately narrowed (previously mild).',
      [
        'L5-S1 left severe current',
        'L5-S1 left moderate prior',
        'L5-S1 right moderate current',
        'L5-S1 right mild prior',
      ],
    ],
  ]);
});

describe("a structure's past relative clause is the earlier study's", () => {
  table([
    [
      'Comparison: MRI of three months ago.\nL4/5: The left foramen, which was moderately narrowed, is now only mildly narrowed.',
      ['L4-L5 left mild current', 'L4-L5 left moderate prior'],
    ],
    [
      'Comparison: MRI of three months ago.\nL4/5: The left foramen, which was severely narrowed on the last examination, is now patent.',
      ['L4-L5 left none negated current', 'L4-L5 left severe prior'],
    ],
  ]);
  table(
    [
      [
        'Comparison: MRI 2021.\nL5/S1: The central canal, which had been moderately narrowed, is now mildly narrowed.',
        ['L5-S1 central mild current', 'L5-S1 central moderate prior'],
      ],
    ],
    'central-canal-stenosis',
  );
  // A lesion's past is not the foramen's.
  table([
    [
      'L5/S1: Mild disc bulge, which was moderate, and moderate left foraminal stenosis.',
      ['L5-S1 left moderate current'],
    ],
  ]);
});

describe('a bracket opened by the earlier study is that study’s statement', () => {
  table([
    [
      'Comparison: MR of 05/2022.\nL4-L5: Disc bulging narrowing the neural foramina, slightly at left and moderately at right (in the previous study the right narrowing was slight).',
      ['L4-L5 left mild current', 'L4-L5 right moderate current', 'L4-L5 right mild prior'],
    ],
  ]);
});

describe('a report-wide "current (prior)" declaration in a sentence of its own', () => {
  table([
    [
      'COMPARISON: MRI 3/2021. Grades are given as current (prior).\nFINDINGS:\nL3-4: R NFN mod (mild). L NFN mild (mild).\nL4-5: R NFN sev (mod).',
      [
        'L3-L4 left mild current',
        'L3-L4 left mild prior',
        'L3-L4 right mild prior',
        'L3-L4 right moderate current',
        'L4-L5 right moderate prior',
        'L4-L5 right severe current',
      ],
    ],
  ]);
});

describe('resolution words', () => {
  table([
    // "together with" carries a resolution over to the finding after it.
    [
      'Comparison: MRI 2023.\nL3/4: The right foraminal protrusion has resolved, together with the mild right foraminal narrowing it caused.',
      ['L3-L4 right none negated resolved'],
    ],
    [
      'Comparison: MRI 2022.\nL2/3: The left foraminal narrowing described before has disappeared.',
      ['L2-L3 left none negated resolved'],
    ],
    // ", and the … root is no longer compressed" does not reach back over the foramen's own statement.
    [
      'Comparison: MRI 2024.\nL5/S1: The right foramen, previously severely stenosed, now shows mild narrowing, and the exiting right L5 root is no longer compressed.',
      ['L5-S1 right mild current', 'L5-S1 right severe prior'],
    ],
  ]);
});

describe("a letter's past perfect is the earlier study's", () => {
  table([
    [
      'Dear colleague,\nA CT in 2018 had reported "moderate left L3/4 foraminal narrowing"; the new MRI shows that this is no longer evident.',
      ['L3-L4 left moderate prior'],
    ],
  ]);
});

describe('non-native grade and side wordings', () => {
  table([
    // "discretely the left neural foramen" grades that foramen; it is no lean.
    [
      'L5-S1: Left posterolateral protrusion reducing discretely the left neural foramen.',
      ['L5-S1 left mild current'],
    ],
    // "at left" / "at right" name the sides of a plural foramina, as "on the left" does.
    [
      'L4-L5: Disc bulge narrowing the neural foramina, mildly at left and severely at right.',
      ['L4-L5 left mild current', 'L4-L5 right severe current'],
    ],
  ]);
});

describe('German level names and grade words', () => {
  table([
    [
      'LWK 3/4: Slight disc bulging. Neuroforamina free.\nLWK 4/5: Medium-grade neuroforaminal stenosis right (previously low-grade), low-grade on the left (unchanged).\nLWK 5/SWK 1: High-grade neuroforaminal stenosis left. Right neuroforamen: no stenosis.',
      [
        'L3-L4 bilateral none negated current',
        'L4-L5 left mild current',
        'L4-L5 right mild prior',
        'L4-L5 right moderate current',
        'L5-S1 left severe current',
        'L5-S1 right none negated current',
      ],
    ],
    ['BWK 12/LWK 1: No neuroforaminal stenosis.', ['T12-L1 bilateral none negated current']],
  ]);
  table(
    [['LWK 4/5: Spinal canal: low-grade relative stenosis.', ['L4-L5 central mild current']]],
    'central-canal-stenosis',
  );
});

describe('tables: a timeline with a column per study', () => {
  table([
    [
      'Key: 0 = none, 1 = mild, 2 = moderate, 3 = severe\n\nTIMELINE\nStructure | 2019-02-01 | 2022-03-04 | 2025-01-10\n---|---|---|---\nL4-L5 right foramen | 1 | 2 | 3\nL4-L5 left foramen | 0 | 1 | 1\nL5-S1 left foramen | 2 | 1 | 0',
      [
        'L4-L5 left mild current',
        'L4-L5 right mild prior',
        'L4-L5 right moderate prior',
        'L4-L5 right severe current',
        'L5-S1 left mild prior',
        'L5-S1 left moderate prior',
        'L5-S1 left none negated current',
      ],
    ],
    // A column called current is this study's wherever it stands.
    [
      'Key: 0 = none, 1 = mild, 2 = moderate, 3 = severe\nStructure | current | 2021\nL3-L4 left foramen | 2 | 1',
      ['L3-L4 left mild prior', 'L3-L4 left moderate current'],
    ],
  ]);
});

describe('tables: a header in a sentence, cells with their earlier grade', () => {
  table([
    [
      'Summary (level: canal / left NF / right NF); earlier grades follow "was".\n\nL3-L4: mild / normal / mild\nL4-L5: moderate / severe (was moderate) / mild (prev. none)',
      [
        'L3-L4 left none negated current',
        'L3-L4 right mild current',
        'L4-L5 left moderate prior',
        'L4-L5 left severe current',
        'L4-L5 right mild current',
      ],
    ],
  ]);
});

describe("a structured report's key=value lines", () => {
  table([
    [
      'Scale: 0=none 1=mild 2=moderate 3=severe; NR = not reported\n[L3-L4] canal=1 nf_left=1 nf_right=0 disc=bulge\n[L4-L5] canal=2 nf_left=NR nf_right=3',
      ['L3-L4 left mild current', 'L3-L4 right none negated current', 'L4-L5 right severe current'],
    ],
    // "Free text:" is a label, and a foramen that could not be graded is neither narrowed nor clear.
    ['Free text: the left L4-L5 foramen is degraded by motion and could not be graded.', []],
  ]);
});

describe('tables: percentages graded by the report’s own bands, Wildermuth codes, sides as "L / R"', () => {
  table([
    [
      'Foramina: Wildermuth grade, written left / right.\nCanal: <30% = mild, 30-60% = moderate, >60% = severe; 0% = no stenosis.\n\nLevel    Foramina (L / R)    Canal\nL3-L4    W1 / W0             45%\nL4-L5    W3 / W2             0%',
      [
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 left severe current',
        'L4-L5 right moderate current',
      ],
    ],
  ]);
  table(
    [
      [
        'Canal: <30% = mild, 30-60% = moderate, >60% = severe; 0% = no stenosis.\n\nLevel    Foramina (L / R)    Canal\nL3-L4    W1 / W0             45%\nL4-L5    W3 / W2             0%\nL5-S1    W0 / W0             75%',
        [
          'L3-L4 central moderate current',
          'L4-L5 central none negated current',
          'L5-S1 central severe current',
        ],
      ],
      [
        'Legend (percent reduction of area): <25% = no stenosis; 25-49% = mild; 50-74% = moderate; >=75% = severe.\n| Level | Canal reduction | L foramen reduction |\n|---|---|---|\n| L2-L3 | 10% | 30% |\n| L4-L5 | 80% | 55% |',
        ['L2-L3 central none negated current', 'L4-L5 central severe current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('dictation: misheard words and a level said to be the same as the one before', () => {
  table([
    [
      'L1 2: No canal or for a minimal stenosis.\nL2 3: Same.\nL3 for: Mild bilateral neural for a minimal narrowing.\nL4 5: Moderate write neural for a minimal narrowing. L5-S1: Ditto.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral mild current',
        'L4-L5 right moderate current',
        'L5-S1 right moderate current',
      ],
    ],
  ]);
});

describe('translated wordings: conjunction foramina, the rest of the disc spaces', () => {
  table([
    [
      'L4-L5: Protrusion that conditions moderate stenosis of the left conjunction foramen. The right foramen is of normal amplitude.\nL5-S1: Bulging with slight decrease of the amplitude of both conjunction foramina.\nRest of the disc spaces without alterations.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 left moderate current',
        'L4-L5 right none negated current',
        'L5-S1 bilateral mild current',
      ],
    ],
    // "Discs" stay discs: their height and signal, not the level's canal and foramina.
    [
      'L4-L5: Mild left foraminal narrowing.\nOther intervertebral discs without alterations.',
      ['L4-L5 left mild current'],
    ],
  ]);
});

describe('a resolution closes its statement before ", and the"', () => {
  table([
    [
      'Comparison: 2021.\nComment: The right L5-S1 foraminal narrowing seen in 2021 has resolved, and the left L5-S1 foramen has improved as the extrusion regressed.',
      ['L5-S1 right none negated resolved'],
    ],
  ]);
});

describe('markdown emphasis, "within the norm", a side after a bracketed earlier grade', () => {
  table([
    [
      '- **L4–L5:**\n  - left neural foramen: *mild-to-moderate* narrowing\n  - right neural foramen: patent\n- **L5–S1:** canal and foramina **not** narrowed.',
      [
        'L4-L5 left mild-moderate current',
        'L4-L5 right none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    [
      'At L4-L5 the left neuroforamen is reduced in a marked way.\nRemaining levels within the norm.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 left severe current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    [
      'Comparison: MRI 2021.\nL4-5: Bilateral neural foramina are mildly narrowed (previously moderately narrowed on right side).',
      ['L4-L5 bilateral mild current', 'L4-L5 right moderate prior'],
    ],
  ]);
});

describe('"neither … nor" after the statement it negates', () => {
  table(
    [
      [
        'The central canal is narrowed neither at L4-5 nor at L5-S1.',
        ['L4-L5 central none negated current', 'L5-S1 central none negated current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('double negatives and "this side"', () => {
  table([
    [
      'L4/5: The left exit foramen is not spared: there is mild foraminal narrowing on this side. The right foramen is not narrowed.',
      ['L4-L5 left mild current', 'L4-L5 right none negated current'],
    ],
    [
      'L3/4: Moderate right foraminal narrowing. The exiting root is flattened and there is also mild lateral recess narrowing. L5/S1: The right foramen is patent.',
      ['L3-L4 right moderate current', 'L5-S1 right none negated current'],
    ],
  ]);
  table(
    [
      [
        'L4/5: The canal is not without compromise either, with mild to moderate central stenosis.',
        ['L4-L5 central mild-moderate current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('earlier studies named by their date', () => {
  table([
    // A notation declared in words, with the study in the bracket.
    [
      'Comparison: MRI 2018 and MRI 2021.\nGrades are written as: grade now (grade on the 2021 MRI), where they differ.\nL2-L3: right foraminal stenosis mild (moderate), improved. Left foramen normal.',
      ['L2-L3 left none negated current', 'L2-L3 right mild current', 'L2-L3 right moderate prior'],
    ],
    // "On the 2018 MRI this foramen was …, so there has been progression": that study's, this foramen's.
    [
      'Comparison: MRI 2018 and MRI 2021.\nL4-L5: left foraminal stenosis severe. On the 2018 MRI this foramen was only mildly narrowed, so there has been steady progression.',
      ['L4-L5 left mild prior', 'L4-L5 left severe current'],
    ],
    // "seen in 2021" is the earlier study's time word.
    [
      'Comparison: MRI 2021.\nL5-S1: the moderate right foraminal stenosis seen in 2021 is no longer present, and the right foramen is now patent.',
      ['L5-S1 right moderate prior', 'L5-S1 right none negated resolved'],
    ],
  ]);
});

describe('presence marks and symbol legends', () => {
  table([
    [
      'L2/3: disc bulging (+), canal stenosis (-), foraminal stenosis (-).\nL4/5: Foraminal stenosis: Rt (+) mild, Lt (+) moderate.\nL5/S1: Foraminal stenosis: Rt (-), Lt (-).\nOther: Th12/L1 and L1/2, no particular findings.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L4-L5 left moderate current',
        'L4-L5 right mild current',
        'L5-S1 left none negated current',
        'L5-S1 right none negated current',
        'T12-L1 bilateral none negated current',
      ],
    ],
    [
      'Key to grades: 0 = no stenosis; + = mild; ++ = moderate; +++ = severe; +/++ = mild to moderate.\nLevel | Central canal | Left foramen | Right foramen\nL3-L4 | + | 0 | +/++\nL4-L5 | +++ | ++ | +++',
      [
        'L3-L4 left none negated current',
        'L3-L4 right mild-moderate current',
        'L4-L5 left moderate current',
        'L4-L5 right severe current',
      ],
    ],
  ]);
});

describe('tables: a row per structure, and a grid with the levels as columns', () => {
  table([
    [
      'Structure | Finding\nT12-L1 to L1-L2, all structures | normal\nL3-L4 left neural foramen | normal\nL3-L4 right neural foramen | mild stenosis\nL4-L5 left lateral recess | severe stenosis\nL4-L5 left neural foramen | moderate-to-severe stenosis (facets)\nL4-L5 disc | extrusion',
      [
        'L1-L2 left none negated current',
        'L1-L2 right none negated current',
        'L3-L4 left none negated current',
        'L3-L4 right mild current',
        'L4-L5 left moderate-severe current',
        'T12-L1 left none negated current',
        'T12-L1 right none negated current',
      ],
    ],
    [
      '       | L2-3  | L3-4  | L4-5\nCanal  |  -    | mild  | mod\nLt NF  |  -    |  -    | sev\nRt NF  | mild  |  -    | mod\nFacets |  -    | mild  | sev',
      [
        'L2-L3 left none negated current',
        'L2-L3 right mild current',
        'L3-L4 left none negated current',
        'L3-L4 right none negated current',
        'L4-L5 left severe current',
        'L4-L5 right moderate current',
      ],
    ],
  ]);
});

describe('a negation closing a sentence over asides', () => {
  it('reaches its subject past sides, levels and a remark on how it was reviewed', () => {
    const found = rows(
      'Foraminal stenosis, whether on the left, where the symptoms are, or on the right, and whether at L4-L5 or at L5-S1, is, after review of the oblique reformats on two occasions, not seen.',
    );
    assert.ok(found.length > 0, 'no finding');
    assert.ok(
      found.every((r) => r.includes('negated')),
      found.join('; '),
    );
    assert.deepEqual([...new Set(found.map((r) => r.split(' ')[0]))], ['L4-L5', 'L5-S1']);
  });
});

describe('checklists whose unticked boxes are declared absent', () => {
  table([
    [
      '(Unchecked boxes = finding absent.)\n[x] Foraminal stenosis: L4-5 left (mild; right foramen normal)\n[ ] Foraminal stenosis at any other level\n[ ] Fracture',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 left mild current',
        'L4-L5 right none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    // Without the declaration an unticked box says nothing.
    [
      '[x] Foraminal stenosis: L4-5 left (mild)\n[ ] Foraminal stenosis at any other level',
      ['L4-L5 left mild current'],
    ],
  ]);
});

describe('arrows of change and spelled-out punctuation', () => {
  table([
    // Safety: the grade before the arrow had been read as this study's.
    [
      'Comparison 2021. Summary, 2021 read -> 2025 read:\nL4-L5 right foramen: moderate -> severe\nL4-L5 left foramen: mild → normal',
      [
        'L4-L5 left mild prior',
        'L4-L5 left none negated current',
        'L4-L5 right moderate prior',
        'L4-L5 right severe current',
      ],
    ],
    [
      'findings colon new paragraph l4 dash 5 colon moderate left foraminal narrowing comma previously mild comma and mild right foraminal narrowing comma unchanged period new paragraph l5 dash s1 colon left foramen normal period',
      [
        'L4-L5 left mild prior',
        'L4-L5 left moderate current',
        'L4-L5 right mild current',
        'L5-S1 left none negated current',
      ],
    ],
  ]);
});

describe('levels written as bare numbers under a "Lumbar spine:" label', () => {
  table([
    [
      'Cervical spine:\nLevels 2-3 to 4-5: normal.\n5-6: moderate left foraminal narrowing.\n\nLumbar spine:\nLevels 1-2 to 3-4: normal.\n4-5: severe left foraminal narrowing, mild right.\n5-S1: no stenosis.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 left severe current',
        'L4-L5 right mild current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    // A grade joined to a side over a colon is no lean: "Only mildly: the left L5-S1 foramen …".
    ['Only mildly: the left L5-S1 foramen shows mild narrowing.', ['L5-S1 left mild current']],
  ]);
});

describe('table cells: a bracketed earlier grade under a declared notation, change words, bounds', () => {
  table([
    [
      "Grades are given as current (prior) where they have changed; 'stable' otherwise.\n\nLevel / Canal / Right foramen / Left foramen\nL2-3 / none / none / moderate (mild)\nL3-4 / mild / mild / mild - stable\nL5-S1 / none / no more than mild / none",
      [
        'L2-L3 left mild prior',
        'L2-L3 left moderate current',
        'L2-L3 right none negated current',
        'L3-L4 left mild current',
        'L3-L4 right mild current',
        'L5-S1 left none negated current',
        'L5-S1 right null current max mild',
      ],
    ],
    // Without a notation, a bracket's grade is not mixed into the cell's ("mild-moderate").
    [
      'Level / Canal / Right foramen / Left foramen\nL2-3 / none / none / moderate (mild)',
      ['L2-L3 left moderate current', 'L2-L3 right none negated current'],
    ],
  ]);
});

describe('questions assert nothing; their answers do', () => {
  table([
    [
      'Surgeon: Is the L3/4 canal stenosis reported in 2023 still there?\nRadiologist: No, the L3/4 canal is now normal. The foramina at L3/4 are normal too.\nQ2. Any foraminal stenosis at L4-L5?\nA2. Yes: mild right L4-L5 foraminal narrowing.',
      ['L3-L4 bilateral none negated current', 'L4-L5 right mild current'],
    ],
    // A clinical query is no question of this kind: "? L5 radiculopathy" keeps what follows.
    [
      'Clinical: ? L5 radiculopathy.\nL4-5: moderate left foraminal stenosis.',
      ['L4-L5 left moderate current'],
    ],
  ]);
});

describe('a sided "now" grade of a bilateral finding, and fractions of three', () => {
  table([
    [
      'Comparison: MRI 01/2019 and MRI 07/2022.\nL5-S1: Bilateral foraminal narrowing has progressed from mild in 2019 to moderate in 2022 and is now severe on the right; the left remains moderate.',
      [
        'L5-S1 bilateral mild prior',
        'L5-S1 bilateral moderate prior',
        'L5-S1 left moderate current',
        'L5-S1 right severe current',
      ],
    ],
    [
      'Comparison MRI 03/2019.\nL3-4: The previously mild bilateral foraminal narrowing is now moderate on the left and unchanged mild on the right.',
      ['L3-L4 bilateral mild prior', 'L3-L4 left moderate current', 'L3-L4 right mild current'],
    ],
    [
      'Foraminal stenosis grade is given out of 3 (1/3 mild, 2/3 moderate, 3/3 severe).\nL5-S1: grade 3/3 right foraminal stenosis (previously 2/3).',
      ['L5-S1 right moderate prior', 'L5-S1 right severe current'],
    ],
    // Without the legend a fraction is no grade.
    ['L5-S1: 2/3 of the right foramen is filled by disc.', []],
    // A normal state told in the past is the earlier studies'.
    [
      'Comparison: MRI 2019 and 2022.\nL3-L4: new severe left neural foraminal stenosis; the left foramen was patent on both prior studies.',
      ['L3-L4 left none negated prior', 'L3-L4 left severe current'],
    ],
  ]);
});

describe('Lee grades written as bare numbers after the sides', () => {
  table([
    [
      'Foramina, Lee grade (0 normal, 1 mild, 2 moderate, 3 severe): L3-4 right 0, left 1; L4-5 right 2, left 2; L5-S1 right 3, left 1.',
      [
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 left moderate current',
        'L4-L5 right moderate current',
        'L5-S1 left mild current',
        'L5-S1 right severe current',
      ],
    ],
    // Another system named on an earlier line does not make the foramina's numbers its grades.
    [
      'L2-L3: Pfirrmann grade II disc. No stenosis.\nL3-L4: Left foraminal narrowing, grade 1 (Lee). Right foramen grade 0.',
      [
        'L2-L3 bilateral none negated current',
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
      ],
    ],
  ]);
});

describe('software output under "[L3-L4]" block lines, and Lee grades in table cells', () => {
  table([
    [
      '[L3-L4]\n  canal.stenosis        = NONE\n  foramen.left.grade    = 1 (Lee)     MILD\n  foramen.right.grade   = 0 (Lee)     NONE\n[L4-L5]\n  foramen.left.grade    = 2 (Lee)',
      [
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 left moderate current',
      ],
    ],
    [
      'Level\tLEFT\tRIGHT\nL3-L4\tLee 1\tLee 0\nL5-S1\tLee 3\tLee 2',
      [
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L5-S1 left severe current',
        'L5-S1 right moderate current',
      ],
    ],
  ]);
});

describe('review: dating words after the noun phrase, a grade alone between commas', () => {
  table(
    [
      [
        'L4-L5: Severe canal stenosis in 2019 treated by decompression; today the canal is patent.',
        [
          'L4-L5 central none negated current',
          'L4-L5 central null current',
          'L4-L5 central severe prior',
        ],
      ],
    ],
    'central-canal-stenosis',
  );
  table([
    [
      'L5-S1: The left exit foramen, previously moderate, is now severely narrowed.',
      ['L5-S1 left moderate prior', 'L5-S1 left severe current'],
    ],
    // Without a word of now the year may be this study's own.
    ['L4-L5: Severe right foraminal stenosis in 2019.', ['L4-L5 right severe current']],
  ]);
});
