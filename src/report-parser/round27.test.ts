// Round 27: families left open after round 26 and found in the thirty-second outside set, each tested
// with wordings of my own. Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table } from './_test-rows.js';

describe('under a finding-first heading a grade followed by a lean keeps its grade', () => {
  table([
    // The lean had taken the subject's place, leaving "moderate," cut off from its noun: ungraded.
    [
      'Foraminal stenosis:\n- L4-L5: moderate, worse on the right.',
      ['L4-L5 bilateral moderate current'],
    ],
    [
      'Neural foraminal narrowing:\nL3-4: mild, worse right.\nL4-5: severe, left worse than right.',
      ['L3-L4 bilateral mild current', 'L4-L5 bilateral severe current'],
    ],
    [
      'Foraminal stenosis:\n- L4-L5: moderate bilaterally, worse on the right.',
      ['L4-L5 bilateral moderate current'],
    ],
    [
      'Foraminal stenosis:\n- L5-S1: moderate, bilateral, predominantly right.',
      ['L5-S1 bilateral moderate current'],
    ],
    // Grades per side still go to their sides.
    [
      'Foraminal stenosis:\n- L4-L5: moderate left, mild right.',
      ['L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
  ]);
});

describe("a bracket opened by 'was' or 'prior' holds the earlier study's word grade", () => {
  table([
    // Safety: "(was mild) and mild on the right" had left the left foramen ungraded and lost the right.
    [
      'L4-L5: Foraminal narrowing, moderate on the left (was mild) and mild on the right.',
      ['L4-L5 left moderate current', 'L4-L5 left mild prior', 'L4-L5 right mild current'],
    ],
    [
      'L4-L5: Foraminal narrowing, moderate on the left (was mild).',
      ['L4-L5 left moderate current', 'L4-L5 left mild prior'],
    ],
    [
      'L3-4: severe right foraminal stenosis (prior moderate).',
      ['L3-L4 right severe current', 'L3-L4 right moderate prior'],
    ],
    [
      'L5-S1: moderate left foraminal narrowing (before: mild).',
      ['L5-S1 left moderate current', 'L5-S1 left mild prior'],
    ],
    [
      'L2-3: Foraminal stenosis, mild on the right (mild in 2021) and moderate on the left.',
      ['L2-L3 right mild current', 'L2-L3 right mild prior', 'L2-L3 left moderate current'],
    ],
  ]);
});

describe("'it' after a sentence about one foramen is that foramen", () => {
  table([
    // Safety: the current patency after a past statement was lost, leaving only the earlier grade.
    [
      'L4-L5: The left foramen was moderately narrowed on the preoperative study; it is now widely patent.',
      ['L4-L5 left moderate prior', 'L4-L5 left none negated current'],
    ],
    [
      'L4-L5: The right foramen was severely narrowed before surgery. It is now patent.',
      ['L4-L5 right severe prior', 'L4-L5 right none negated current'],
    ],
    [
      'L3-4: The left foramen is moderately narrowed. It was mildly narrowed in 2020.',
      ['L3-L4 left moderate current', 'L3-L4 left mild prior'],
    ],
    // The sentence before spoke of the canal: "it" is not a foramen.
    [
      'L4-5: Mild left foraminal narrowing. The canal is moderately narrowed. It was normal in 2020.',
      ['L4-L5 left mild current'],
    ],
  ]);
});

describe('a past grade dated by an operation is the earlier grade', () => {
  table([
    // Safety: "prior to surgery" had been read as this study's grade; "before surgery" lost the finding.
    [
      'L4-L5: The right foramen was severely narrowed prior to surgery.',
      ['L4-L5 right severe prior'],
    ],
    [
      'L4-L5: The right foramen was severely narrowed before the operation.',
      ['L4-L5 right severe prior'],
    ],
    [
      'L4-L5: The right foramen, which was severely narrowed before surgery, is now widely patent.',
      ['L4-L5 right severe prior', 'L4-L5 right none negated current'],
    ],
    [
      'L3-4: Left foraminal stenosis, moderate prior to decompression, now mild.',
      ['L3-L4 left moderate prior', 'L3-L4 left mild current'],
    ],
  ]);
});

describe('a table column for both foramina reads each side from its cell', () => {
  table([
    // Such tables had given no foraminal finding at all.
    [
      '| Level | Disc | CCS | NFN |\n|---|---|---|---|\n| L2-L3 | bulge | - | mild R |\n| L3-L4 | bulge | mild | mild B/L, L>R |\n| L4-L5 | protrusion | mod-sev | mod L / mild R |\n| L5-S1 | - | - | sev R; L patent |',
      [
        'L2-L3 right mild current',
        'L3-L4 bilateral mild current',
        'L4-L5 left moderate current',
        'L4-L5 right mild current',
        'L5-S1 left none negated current',
        'L5-S1 right severe current',
      ],
    ],
    [
      'Level\tCanal\tForamina\nL3-4\tnil\tmild L\nL4-5\tmoderate\tsevere right, moderate left\nL5-S1\tnil\tnil',
      [
        'L3-L4 left mild current',
        'L4-L5 left moderate current',
        'L4-L5 right severe current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    [
      '| Level | Canal stenosis | Neural foraminal stenosis |\n| L4-5 | mild | Rt moderate; Lt mild |',
      ['L4-L5 left mild current', 'L4-L5 right moderate current'],
    ],
  ]);
});

describe("a side's foramina named once head a list of levels", () => {
  table([
    // Only the first level had been read, and a later "patent" cleared both sides.
    [
      'Right neural foramina: L3-4 mild; L4-5 mild; L5-S1 patent.\nLeft neural foramina: L3-4 patent; L4-5 moderate; L5-S1 mildly narrowed due to facet hypertrophy.',
      [
        'L3-L4 left none negated current',
        'L3-L4 right mild current',
        'L4-L5 left moderate current',
        'L4-L5 right mild current',
        'L5-S1 left mild current',
        'L5-S1 right none negated current',
      ],
    ],
    [
      'Right foramen: L3-4 mild, L4-5 moderate, L5-S1 patent.',
      [
        'L3-L4 right mild current',
        'L4-L5 right moderate current',
        'L5-S1 right none negated current',
      ],
    ],
    // A comma list ending in a word of normality keeps every grade before it.
    [
      'Foramina: L3-4 mild, L4-5 mild, L5-S1 patent.',
      [
        'L3-L4 bilateral mild current',
        'L4-L5 bilateral mild current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    // A cause named after the narrowing is not the structure narrowed.
    [
      'Foraminal narrowing:\nL5-S1: mildly narrowed by facet hypertrophy.',
      ['L5-S1 bilateral mild current'],
    ],
    // Brackets naming columns are not a side's heading.
    ['Measurements (canal AP; right foramen; left foramen):\nL4-L5: 8.6 mm; 2.5 mm; 1.8 mm', []],
  ]);
});

describe('each side of a pair keeps its own statement', () => {
  table([
    // Safety: after "Foramina:" the right's narrowing went to the left and the left's normality to the right.
    [
      'L5/S1: Foramina: the right is moderately narrowed and the left is normal.',
      ['L5-S1 left none negated current', 'L5-S1 right moderate current'],
    ],
    [
      'L5/S1: The right foramen is moderately narrowed and the left is patent.',
      ['L5-S1 left none negated current', 'L5-S1 right moderate current'],
    ],
    [
      'L5/S1: Regarding the foramina, the left is severely narrowed and the right is mildly narrowed.',
      ['L5-S1 left severe current', 'L5-S1 right mild current'],
    ],
    [
      'L5/S1: As for the foramina, the right shows narrowing of moderate degree; the left is unremarkable.',
      ['L5-S1 left none negated current', 'L5-S1 right moderate current'],
    ],
    [
      'L4/5: The exit foramina are both compromised, markedly so on the right, and to a minor degree on the left.',
      ['L4-L5 left mild current', 'L4-L5 right severe current'],
    ],
    [
      'Neural foraminal narrowing -\n  L5/S1: left severe; right not affected.',
      ['L5-S1 left severe current', 'L5-S1 right none negated current'],
    ],
    ['L4/5: The right foramen was and remains normal.', ['L4-L5 right none negated current']],
  ]);
});

describe('what is not a finding of this study stays out', () => {
  table([
    // Safety: the scale's definition had been read as a mild bilateral finding at the level before.
    [
      'L5-S1: right Lee II, left Lee II.\nNote on the scale: Lee grade 1 = perineural fat obliteration in two directions; grade 2 = in four directions.',
      ['L5-S1 left moderate current', 'L5-S1 right moderate current'],
    ],
    // A question on the request form is not a finding.
    [
      'Request: ?foraminal stenosis L5/S1 ?surgical.\nFindings:\nL4-5: mild left foraminal narrowing.',
      ['L4-L5 left mild current'],
    ],
    [
      'Clinical: ? L3-4 foraminal stenosis.\nL4-5: normal foramina.',
      ['L4-L5 bilateral none negated current'],
    ],
  ]);
  table(
    [
      // "(not severe)" denies a higher grade; the stated grade stands.
      [
        'Conclusion: Moderate (not severe) L4-5 canal stenosis.',
        ['L4-L5 central moderate current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe("a grade an earlier study gave that this one does not confirm stays that study's", () => {
  table([
    [
      'L5-S1: The severe left foraminal stenosis described on the outside report is not confirmed; the left L5-S1 foramen shows only mild narrowing.',
      ['L5-S1 left none negated resolved', 'L5-S1 left severe prior', 'L5-S1 left mild current'],
    ],
    [
      'L4-5: The moderate right foraminal narrowing of the outside MRI is not confirmed.',
      ['L4-L5 right none negated resolved', 'L4-L5 right moderate prior'],
    ],
    // "it" after the earlier study's statement, with a grade alone.
    [
      'L4-5: The outside MRI showed severe right foraminal stenosis; today it is moderate.',
      ['L4-L5 right severe prior', 'L4-L5 right moderate current'],
    ],
    [
      'L4-5: The right foramen was severely narrowed in 2019. It is now mild.',
      ['L4-L5 right severe prior', 'L4-L5 right mild current'],
    ],
  ]);
});

describe("a spaced dash after the foramina before a side is the label's colon", () => {
  table([
    // The grades had gone to the root named after "with", leaving no foraminal finding.
    [
      'L4-L5: foramina - right grade 2 (Lee), left grade 3 (Lee) with L4 root morphological change.',
      ['L4-L5 left severe current', 'L4-L5 right moderate current'],
    ],
    [
      'L4-L5: foramina - right moderate, left severe with compression of the L4 root.',
      ['L4-L5 left severe current', 'L4-L5 right moderate current'],
    ],
    // A side with a colon of its own is read side by side, as before.
    [
      'L2-L3: Foraminal stenosis — Right: mild; Left: none',
      ['L2-L3 left none negated current', 'L2-L3 right mild current'],
    ],
  ]);
});

describe("'N' alone is normal in shorthand", () => {
  table([
    [
      '- D12-L1 to L2-3: N.\n- L3-4: mild B/L NF narrowing.',
      [
        'T12-L1 bilateral none negated current',
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral mild current',
      ],
    ],
  ]);
});

describe('a negation before a colon does not reach a structure stated normal after it', () => {
  table([
    // Safety: the "not" over "normal" had made a current narrowing of the retracted one.
    [
      'L5-S1: Having reviewed those images, we do not confirm it: the right L5-S1 foramen was and remains normal.',
      ['L5-S1 right none negated current'],
    ],
    [
      'L4-5: No evidence of: canal stenosis or foraminal narrowing.',
      ['L4-L5 bilateral none negated current'],
    ],
  ]);
});

describe('forms and shorthand of the thirty-third set', () => {
  table([
    // Radio buttons: only the filled one is what the form says (every option had been read, and
    // the first, "none", had won).
    [
      'LEVEL: L4-L5\n  Foraminal stenosis, left: ( ) none ( ) mild ( ) moderate (•) severe\n  Foraminal stenosis, right: ( ) none (•) mild ( ) moderate ( ) severe',
      ['L4-L5 left severe current', 'L4-L5 right mild current'],
    ],
    ['L4-L5: Foraminal stenosis, left: severe.', ['L4-L5 left severe current']],
    // A zero after a structure or side is nil; after "grade" it stays a grade.
    [
      'L3-4: DB, mild FA. CCS 0. NF: L mild, R 0.\nL5-S1: DDD, DB. CCS 0, NF 0 b/l.',
      [
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    ['L4-5: right foramen Lee grade 0.', ['L4-L5 right none negated current']],
    // An arrow between two levels is a range.
    [
      'T12-L1 -> L2-3: nad',
      [
        'T12-L1 bilateral none negated current',
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
      ],
    ],
    // A grade before the agent's "from" is the narrowing's, not the osteophyte's.
    [
      'L5/S1: The right foramen shows narrowing of moderate degree from endplate osteophyte.',
      ['L5-S1 right moderate current'],
    ],
  ]);
});

describe('a prior -> current arrow in a cell reads in time order without a header saying so', () => {
  table([
    [
      'Grades below are written prior -> current.\n\nLevel    Canal              L foramen          R foramen\nL2-3     nil -> nil         nil -> nil         nil -> nil\nL4-5     mod -> mod-sev     mild -> mod        mild -> mild\nL5-S1    nil -> nil         sev -> mod         nil -> nil',
      [
        'L2-L3 left none negated current',
        'L2-L3 right none negated current',
        'L4-L5 left mild prior',
        'L4-L5 left moderate current',
        'L4-L5 right mild current',
        'L5-S1 left severe prior',
        'L5-S1 left moderate current',
        'L5-S1 right none negated current',
      ],
    ],
  ]);
});

describe('more of the thirty-third set: named Wildermuth grades, retractions and finding records', () => {
  table([
    [
      'L3-L4: Schizas B. Foramina: right Wildermuth 1, left Wildermuth 0.\nL4-L5: Foramina: right Wildermuth grade 2, left Wildermuth 3.',
      [
        'L3-L4 left none negated current',
        'L3-L4 right mild current',
        'L4-L5 left severe current',
        'L4-L5 right moderate current',
      ],
    ],
    // Safety: a retracted earlier finding had been read as a current mild one.
    [
      'Impression: The 2021 mild left L3-4 foraminal narrowing is retracted.',
      ['L3-L4 left none negated resolved'],
    ],
    [
      '#2 finding=foraminal stenosis; level=L4/L5; laterality=right; severity=mild; change=new (prior: none)\n#3 finding=foraminal stenosis; level=L5/S1; laterality=left; severity=moderate; change=increased (prior: mild)\n#6 finding=foraminal stenosis; level=L3/L4; laterality=bilateral; severity=none; change=stable',
      [
        'L3-L4 bilateral none negated current',
        'L4-L5 right mild current',
        'L5-S1 left mild prior',
        'L5-S1 left moderate current',
      ],
    ],
  ]);
});

describe('side headings with the side last, causes in brackets and reasons after a comma', () => {
  table([
    [
      'Neural foramina, LEFT side:\n  L3-L4 - patent\n  L4-L5 - moderately narrowed (disc-osteophyte complex)\n  L5-S1 - severely narrowed; L5 root flattened against the pedicle\nNeural foramina, RIGHT side:\n  L3-L4 - mild narrowing\n  L4-L5 - patent',
      [
        'L3-L4 left none negated current',
        'L3-L4 right mild current',
        'L4-L5 left moderate current',
        'L4-L5 right none negated current',
        'L5-S1 left severe current',
      ],
    ],
    [
      'The left L4-L5 foraminal narrowing is better described as moderate, as the L4 root is flattened in the foramen on sagittal images.',
      ['L4-L5 left moderate current'],
    ],
  ]);
});

describe('the thirty-fourth set: a level before the verb, named block levels, disc fragments', () => {
  table([
    ['Left foraminal narrowing at L4/5 is severe.', ['L4-L5 left severe current']],
    ['The left foraminal narrowing at L4-5 is moderate.', ['L4-L5 left moderate current']],
    [
      '[LEVEL L3-L4]\n  canal.stenosis = NONE\n  foramen.L.stenosis = MILD\n  foramen.R.stenosis = NONE\n[LEVEL L4-L5]\n  foramen.L.stenosis = SEVERE\n  foramen.R.stenosis = MODERATE',
      [
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
        'L4-L5 left severe current',
        'L4-L5 right moderate current',
      ],
    ],
    // The fragment is the lesion; its foramen had been read as a resolved foraminal stenosis.
    [
      'L5/S1: The left foraminal stenosis has improved from severe to moderate following resorption of the foraminal disc fragment.',
      ['L5-S1 left moderate current', 'L5-S1 left severe prior'],
    ],
  ]);
  table(
    [
      // Graded level by level after a colon: the first grade must not go to every level (these
      // grades are still left unread: ungraded, not wrongly graded).
      [
        'There is central canal stenosis at each level from L2/3 through L4/5: mild at L2/3, severe at L3/4, and moderate at L4/5.',
        ['L2-L3 central null current', 'L3-L4 central null current', 'L4-L5 central null current'],
      ],
    ],
    'central-canal-stenosis',
  );
});

describe('a grade alone before the sides it is given at, "down to" ranges and unchanged labels', () => {
  table([
    ['Foraminal narrowing: slight, on the left at L4-L5.', ['L4-L5 left mild current']],
    [
      'The upper lumbar discs, from T12/L1 down to L2/3, are healthy and I see nothing compressive there at all - canal and exit foramina are roomy.',
      [
        'T12-L1 bilateral none negated current',
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
      ],
    ],
    ['L4/5: Foramina unchanged: mild bilaterally.', ['L4-L5 bilateral mild current']],
    ['L4/5: Foramina stable: mild bilaterally.', ['L4-L5 bilateral mild current']],
  ]);
});

describe('speech recognition writes "know" for "no"', () => {
  table([
    ['L2-L3: Know stenosis.', ['L2-L3 bilateral none negated current']],
    [
      'L3 4: Know central canal stenosis. Mild bilateral neural foraminal narrowing.',
      ['L3-L4 bilateral mild current'],
    ],
  ]);
});

describe('a finding given at one side and level, "and" another side and level, is given at both', () => {
  table([
    // The second group had been dropped.
    [
      'Mild foraminal narrowing on the left at L3-4 and bilaterally at L4-5.',
      ['L3-L4 left mild current', 'L4-L5 bilateral mild current'],
    ],
    [
      'Moderate foraminal narrowing on the right at L4-5 and on the left at L5-S1.',
      ['L4-L5 right moderate current', 'L5-S1 left moderate current'],
    ],
    [
      'Mild foraminal narrowing at L3-4 on the left and at L4-5 bilaterally.',
      ['L3-L4 left mild current', 'L4-L5 bilateral mild current'],
    ],
    // A second group with a grade of its own keeps it.
    [
      'Mild foraminal narrowing on the left at L3-4 and moderate on the right at L4-5.',
      ['L3-L4 left mild current', 'L4-L5 right moderate current'],
    ],
  ]);
});

describe('"or above" and "at or above" open a range that takes the level in', () => {
  table([
    [
      'No foraminal stenosis at L3-L4 or above.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
      ],
    ],
    // L3-L4 itself had been left out.
    [
      'No foraminal stenosis at or above L3-L4.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
      ],
    ],
    // Two levels joined by "or" stay two levels.
    [
      'Mild foraminal stenosis at L4-5 or L5-S1.',
      ['L4-L5 bilateral mild current', 'L5-S1 bilateral mild current'],
    ],
  ]);
});

describe("an answer opening with a grade gives the question's finding that grade", () => {
  table([
    [
      'Slight foraminal narrowing, on the left at L4-L5 and on both sides at L5-S1.',
      ['L4-L5 left mild current', 'L5-S1 bilateral mild current'],
    ],
    // Nothing had been read from such an answer. (After "Any other foraminal narrowing?" the first
    // place's grade is still lost: README, round 27, still open.)
    [
      'Q: Any foraminal narrowing?\nA: Slight, on the left at L4-L5 and on both sides at L5-S1.',
      ['L4-L5 left mild current', 'L5-S1 bilateral mild current'],
    ],
  ]);
});

describe('"the other side" after a sided foramen is the opposite foramen', () => {
  table([
    [
      'L3/4: Mild left foraminal narrowing; the other side is clear.',
      ['L3-L4 left mild current', 'L3-L4 right none negated current'],
    ],
    [
      'L5/S1: Moderate right foraminal stenosis. The other side is normal.',
      ['L5-S1 left none negated current', 'L5-S1 right moderate current'],
    ],
  ]);
});

describe('a side opening the sentence as the subject of "shows" or "has" is the finding\'s side', () => {
  table([
    // The finding had been read as bilateral.
    ['L3/4: The left shows mild foraminal narrowing.', ['L3-L4 left mild current']],
    ['L3/4: The right side has moderate foraminal narrowing.', ['L3-L4 right moderate current']],
    [
      'L3/4: The right has moderate foraminal narrowing and the left is normal.',
      ['L3-L4 left none negated current', 'L3-L4 right moderate current'],
    ],
  ]);
});
