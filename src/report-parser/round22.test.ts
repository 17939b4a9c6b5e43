// Round 22: families from the twentieth outside set (styles/reviewer20.json: everyday reports, reports
// written in English by French, German, Italian, Portuguese and Arabic-speaking radiologists, synoptic
// templates, follow-ups with one or two earlier studies, post-operative spines, pronouns and
// back-references), each tested with wordings of my own beside the report's. Rows are
// `level side severity [negated] temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { table } from './_test-rows.js';

describe('an earlier finding that has gone, in the words of non-native English', () => {
  table([
    // Safety: this read as a current mild stenosis.
    [
      'L3/4: The in the pre-examination described slight left neuroforaminal stenosis is not more detectable.',
      ['L3-L4 left mild prior', 'L3-L4 left none negated resolved'],
    ],
    [
      'L3-L4: The left foraminal narrowing is no more visible.',
      ['L3-L4 left none negated resolved'],
    ],
    [
      'L5-S1: The right foraminal stenosis is not seen anymore.',
      ['L5-S1 right none negated resolved'],
    ],
  ]);
});

describe('the earlier study named with its own preposition', () => {
  table([
    // Safety: the earlier moderate grade read as current.
    [
      'L5-S1: Reduction of the right extrusion, which in the previous study determined moderate reduction of the right neural foramen; currently the right neural foramen presents only discrete reduction.',
      ['L5-S1 right mild current', 'L5-S1 right moderate prior'],
    ],
    [
      'L4-L5: Moderate left foraminal stenosis, mild at the preceding examination.',
      ['L4-L5 left mild prior', 'L4-L5 left moderate current'],
    ],
  ]);
});

describe('a past-tense relative clause in a sentence about a lesion that changed size', () => {
  table([
    // Safety: the severe grade of the earlier study read as current and hid the current mild one.
    [
      'L4-5: The left disc extrusion, which was seen compressing the left exiting nerve root with severe left neural foraminal narrowing, has decreased in size; at present it is a small protrusion with mild left neural foraminal narrowing.',
      ['L4-L5 left mild current', 'L4-L5 left severe prior'],
    ],
    [
      'L4-5: The right protrusion, which was causing moderate right foraminal narrowing, has regressed, now with mild right foraminal narrowing.',
      ['L4-L5 right mild current', 'L4-L5 right moderate prior'],
    ],
    // Still there: "also seen on the prior study" keeps the current grade.
    [
      'L4-5: Moderate left foraminal stenosis, which was also seen on the prior study.',
      ['L4-L5 left moderate current'],
    ],
  ]);
});

describe('"no longer seen, and the foramen is patent" invents no narrowing', () => {
  table([
    // Safety: the "no longer" reached over "patent" and made a current narrowing.
    [
      'L5/S1: The small right foraminal protrusion described in 2021, which caused mild right foraminal narrowing, is no longer seen, and the right foramen is now patent.',
      ['L5-S1 right none negated resolved'],
    ],
    [
      'L4/5: The left foraminal disc fragment is no longer seen, and the left foramen is patent.',
      ['L4-L5 left none negated resolved'],
    ],
  ]);
});

describe('grade and width words of non-native English', () => {
  table([
    [
      'L5/S1: Osteochondrosis with discrete bilateral neuroforaminal narrowing; the spinal canal is free.',
      ['L5-S1 bilateral mild current'],
    ],
    [
      'L4-L5: Reduction of amplitude of the right neural foramen of discrete degree.',
      ['L4-L5 right mild current'],
    ],
    ['L3-L4: the left foramen is narrowed in a light manner.', ['L3-L4 left mild current']],
    ['L4/5: middle-grade foraminal stenosis on the right.', ['L4-L5 right moderate current']],
    [
      'L3-L4: On the right the foramen is of regular amplitude. L4-L5: Foramina with preserved amplitude.',
      ['L3-L4 right none negated current', 'L4-L5 bilateral none negated current'],
    ],
    [
      'The segments L1/2 and L2/3 are inconspicuous.',
      ['L1-L2 bilateral none negated current', 'L2-L3 bilateral none negated current'],
    ],
    [
      'L2-L3: light discal bulging, without repercussion on the canal or on the foramina.',
      ['L2-L3 bilateral none negated current'],
    ],
    // Not a grade: "in light of".
    [
      'L4-5: In light of the symptoms, foraminal narrowing on the left is noted.',
      ['L4-L5 left null current'],
    ],
  ]);
});

describe('a technique paragraph ends at its blank line', () => {
  table([
    [
      'Technique: Sagittal T1, T2, STIR; axial T2.\n\nAt L5-S1 there is mild right foraminal narrowing.',
      ['L5-S1 right mild current'],
    ],
    [
      'PROTOCOL: axial and sagittal T2.\n\nL4-5: Moderate bilateral foraminal stenosis.',
      ['L4-L5 bilateral moderate current'],
    ],
  ]);
});

describe('a pronoun and a grade grade the finding before them', () => {
  table([
    [
      'L2-L3: This level demonstrates right neural foraminal stenosis. It is probably mild, although the exiting right L2 root may be contacted.',
      ['L2-L3 right mild current'],
    ],
    ['L3-4: There is left foraminal narrowing; this is moderate.', ['L3-L4 left moderate current']],
    // A finding graded already keeps its grade.
    ['L3-4: Moderate left foraminal narrowing. It is mild.', ['L3-L4 left moderate current']],
  ]);
});

describe('"the level above" and "the level below"', () => {
  table([
    [
      'The L5/S1 level is the most abnormal, with moderate right foraminal narrowing. The level above shows a broad disc bulge. At that level both exit foramina show mild narrowing.',
      ['L4-L5 bilateral mild current', 'L5-S1 right moderate current'],
    ],
    [
      'L4-5: Severe right foraminal stenosis. The level below is normal.',
      ['L4-L5 right severe current', 'L5-S1 bilateral none negated current'],
    ],
    // A comparison, or a level above something else the sentence names, places nothing.
    [
      'L3-L4: Mild bilateral foraminal stenosis.\nL4-L5: Similar appearance to the level above, with moderate right foraminal narrowing.',
      ['L3-L4 bilateral mild current', 'L4-L5 right moderate current'],
    ],
    [
      'L2-L3: Disc bulge at the level above the laminectomy with mild bilateral foraminal narrowing.',
      ['L2-L3 bilateral mild current'],
    ],
    [
      'The L3/4 level is unremarkable, as are the levels above. L4/5: mild bilateral foraminal narrowing. L5/S1: normal.',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral none negated current',
        'L4-L5 bilateral mild current',
        'L5-S1 bilateral none negated current',
      ],
    ],
  ]);
});

describe('a clause ending with its side, then the other side', () => {
  table([
    [
      'L4/5: Hereby moderate stenosis of the neuroforamen left, on the right side discrete neuroforaminal narrowing.',
      ['L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
    [
      'L4/5: Foraminal narrowing is moderate on the left, on the right it is mild.',
      ['L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
  ]);
});

describe('a synoptic template headed "Segment:"', () => {
  table([
    [
      'Segment: L2-L3\n  Right foramen: [x] none [ ] mild [ ] moderate [ ] severe\n  Left foramen: [ ] none [x] mild [ ] moderate [ ] severe\nSegment: L3-L4\n  Right foramen: [ ] none [ ] mild [x] moderate [ ] severe',
      [
        'L2-L3 left mild current',
        'L2-L3 right none negated current',
        'L3-L4 right moderate current',
      ],
    ],
  ]);
});

describe('two sides each graded in a bracket', () => {
  table([
    [
      'L5-S1: discarthrosis responsible of a bi-foraminal stenosis, more marked on the left (moderate) than on the right (light).',
      ['L5-S1 left moderate current', 'L5-S1 right mild current'],
    ],
    [
      'L4-5: bilateral foraminal stenosis, left (moderate) greater than right (mild).',
      ['L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
    [
      'L3-4: bilateral foraminal narrowing, right (severe) more than left (moderate).',
      ['L3-L4 left moderate current', 'L3-L4 right severe current'],
    ],
  ]);
});
