// Round 14: families found on the eleventh outside set (styles/reviewer11.json, reports rr11-01 to rr11-18:
// messy dictation and English written by European and Asian radiologists), each tested with wordings of
// my own beside the report's. Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table } from './_test-rows.js';

describe('"Th12" is the thoracic vertebra, as Scandinavian and German reports write it', () => {
  table([
    [
      'Th12-L1 and L1-L2: Normal conditions.',
      ['T12-L1 bilateral none negated current', 'L1-L2 bilateral none negated current'],
    ],
    ['Th12-L1: no stenosis.', ['T12-L1 bilateral none negated current']],
    [
      'TH12/L1 and L1/2: normal.',
      ['T12-L1 bilateral none negated current', 'L1-L2 bilateral none negated current'],
    ],
  ]);
});

describe('a level or structure called normal in other words is cleared', () => {
  table([
    [
      'L1-L2 and L2-L3: no abnormalities.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    ['L2-L3: no significant abnormalities.', ['L2-L3 bilateral none negated current']],
    ['L4-L5: Foramina of normal width.', ['L4-L5 bilateral none negated current']],
    ['L2/3: normal findings.', ['L2-L3 bilateral none negated current']],
  ]);
  describe('and the canal too', () => {
    table(
      [
        ['L4-L5: Spinal canal of sufficient width.', ['L4-L5 central none negated current']],
        ['L3/4: the spinal canal is of normal width.', ['L3-L4 central none negated current']],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('a grade for each side joined by ">" or "greater than" grades each side', () => {
  table([
    [
      'L5-S1: DB, FA, LFH. B/L NFN, mod L > mild R.',
      ['L5-S1 left moderate current', 'L5-S1 right mild current'],
    ],
    [
      'L3-4: bilateral foraminal narrowing, severe R > mild L.',
      ['L3-L4 right severe current', 'L3-L4 left mild current'],
    ],
    [
      'L3-4: bilateral foraminal narrowing, moderate right greater than mild left.',
      ['L3-L4 right moderate current', 'L3-L4 left mild current'],
    ],
  ]);
  describe('while a lean without grades stays one bilateral finding', () => {
    table([
      ['L3-4: mild-mod bilat NF narrowing, L>R.', ['L3-L4 bilateral mild-moderate current']],
      [
        'L4-5: bilateral foraminal narrowing, worse on the left than the right.',
        ['L4-L5 bilateral null current'],
      ],
    ]);
  });
});

describe('"worse on the right than on the left" names both sides, and the grades after it are per side', () => {
  table([
    [
      'L5/S1: foraminal stenosis on both sides, worse on the right than on the left (right moderate, left mild).',
      ['L5-S1 right moderate current', 'L5-S1 left mild current'],
    ],
    [
      'L4-5: foramina narrowed bilaterally, worse on the left than on the right (left severe, right moderate).',
      ['L4-L5 left severe current', 'L4-L5 right moderate current'],
    ],
    [
      'L5/S1: Neuroforaminal stenosis on both sides, on the right higher grade than on the left (right moderate to high grade, left mild).',
      ['L5-S1 right moderate-severe current', 'L5-S1 left mild current'],
    ],
    [
      'L5/S1: bilateral foraminal stenosis, right worse than left (right moderate, left mild).',
      ['L5-S1 right moderate current', 'L5-S1 left mild current'],
    ],
    [
      'L5/S1: foraminal stenosis on both sides (right moderate, left mild).',
      ['L5-S1 right moderate current', 'L5-S1 left mild current'],
    ],
  ]);
});

describe("a summary's graded bilateral finding gives way to sides graded one by one elsewhere", () => {
  table([
    [
      'FINDINGS:\nL4-5: the foramina are narrowed, moderately on the right and severely on the left.\nIMPRESSION:\nSevere bilateral foraminal narrowing at L4-5.',
      ['L4-L5 right moderate current', 'L4-L5 left severe current'],
    ],
    [
      'FINDINGS:\nL5-S1: moderate left and mild right foraminal stenosis.\nIMPRESSION:\nL5-S1 bilateral foraminal stenosis, moderate.',
      ['L5-S1 left moderate current', 'L5-S1 right mild current'],
    ],
    [
      'FINDINGS:\nL45: canal AP 7mm = moderate to severe canal stenosis. foramina: Rt moderate, Lt moderate-severe\nIMPRESSION: Grade 1 anterolisthesis L4-5 with mod-sev canal stenosis and foraminal narrowing as above',
      ['L4-L5 right moderate current', 'L4-L5 left moderate-severe current'],
    ],
  ]);
  describe('and one bilateral grade stated in both sections stays one finding', () => {
    table([
      [
        'FINDINGS:\nL5-S1: bilateral moderate foraminal stenosis.\nIMPRESSION:\nL5-S1 bilateral foraminal stenosis, moderate.',
        ['L5-S1 bilateral moderate current'],
      ],
    ]);
  });
});

describe('a grade after the noun keeps its place when the both-sides word follows it', () => {
  table([
    [
      'L5-S1: Bilateral neural foraminal stenosis, moderate on both sides.',
      ['L5-S1 bilateral moderate current'],
    ],
    ['L5-S1: foraminal stenosis, severe bilaterally.', ['L5-S1 bilateral severe current']],
    ['L5-S1: bilateral foraminal narrowing, mild on each side.', ['L5-S1 bilateral mild current']],
    ['L4-5: right foraminal stenosis, moderate.', ['L4-L5 right moderate current']],
  ]);
});

describe('"without reducing" and "preserved dimensions" clear, as Portuguese-English reports write them', () => {
  table([
    [
      'L3-L4: Diffuse disc bulging touching the dural sac, without reducing the foramina.',
      ['L3-L4 bilateral none negated current'],
    ],
    [
      'L3-4: the disc bulges without reducing the foramina.',
      ['L3-L4 bilateral none negated current'],
    ],
    ['L3-4: foramina of normal dimensions.', ['L3-L4 bilateral none negated current']],
  ]);
  describe('and the canal', () => {
    table(
      [
        [
          'L3-4: Vertebral canal with preserved dimensions.',
          ['L3-L4 central none negated current'],
        ],
        ['L2-3: canal of normal dimensions.', ['L2-L3 central none negated current']],
      ],
      'central-canal-stenosis',
    );
  });
  describe('while "reducing" a foramen narrows it', () => {
    table([['L3-4: bulge reducing the left foramen.', ['L3-L4 left null current']]]);
  });
});

describe("a side stated normal after a finding stays the foramen's when the canal follows in the same sentence", () => {
  table([
    [
      'L3 4 mild disc bulge, mild facet changes, mild narrowing of the rt neural foramen, left is patent, canal adequate.',
      ['L3-L4 right mild current', 'L3-L4 left none negated current'],
    ],
    [
      'L3-4: mild right foraminal narrowing, left normal, canal adequate.',
      ['L3-L4 right mild current', 'L3-L4 left none negated current'],
    ],
    [
      'L4-5: moderate left foraminal stenosis, right patent, the canal is roomy.',
      ['L4-L5 left moderate current', 'L4-L5 right none negated current'],
    ],
  ]);
  describe('and the canal keeps its own statement', () => {
    table(
      [
        [
          'L4-5: moderate left foraminal stenosis, right patent, mild canal stenosis.',
          ['L4-L5 central mild current'],
        ],
        [
          'L3-4: mild right foraminal narrowing, left normal, canal adequate.',
          ['L3-L4 central none negated current'],
        ],
      ],
      'central-canal-stenosis',
    );
  });
});

describe('in dictation without punctuation, structures stated normal after a negated lesion are cleared', () => {
  table([
    [
      'At L1 2 and L2 3 disc spaces are preserved no herniation canal and forminal are patent.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    ['L2-3: no herniation foramina patent', ['L2-L3 bilateral none negated current']],
    ['L3-4: no disc bulge the foramina are normal', ['L3-L4 bilateral none negated current']],
  ]);
  describe('while one "no" over a list without commas still negates each of them', () => {
    table([
      [
        'at L one two no disc herniation canal stenosis or foraminal narrowing.',
        ['L1-L2 bilateral none negated current'],
      ],
    ]);
  });
});
