// Round 10: the seventh outside set's families and the silent misreadings round 9 left, each tested
// as a family of wordings of my own (side-first and level-first, "L4/5" and "L4-L5", prose and
// level-headed lines). Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe } from 'node:test';
import { clearedBut, table } from './_test-rows.js';

describe('an exception that names a structure and then says what it is keeps that level', () => {
  table([
    [
      'The foramina are patent apart from the left L4/5 foramen, which is moderately narrowed.',
      clearedBut('L4-L5 left moderate current', 'L4-L5 right none negated current'),
    ],
    [
      'Neural foramina are widely patent except the right L3-L4 foramen, which is severely narrowed by a protrusion.',
      clearedBut('L3-L4 right severe current', 'L3-L4 left none negated current'),
    ],
    [
      'The exit foramina are patent other than the left L5/S1 foramen that is mildly narrowed.',
      clearedBut('L5-S1 left mild current', 'L5-S1 right none negated current'),
    ],
    // Named and left undescribed: narrowed to an unknown grade, never cleared.
    [
      'The foramina are patent apart from the right L2-3 foramen.',
      clearedBut('L2-L3 right null current', 'L2-L3 left none negated current'),
    ],
  ]);
});

describe('a later exception of a list may name its side first', () => {
  table([
    [
      'The exit foramina are patent except at L4/5 on the left, where there is mild narrowing, and on the right at L5/S1, where it is moderate.',
      clearedBut(
        'L4-L5 left mild current',
        'L4-L5 right none negated current',
        'L5-S1 right moderate current',
        'L5-S1 left none negated current',
      ),
    ],
    [
      'Neural foramina are widely patent other than at L3-L4 on the right, where narrowing is mild, and left L5-S1, which is severely narrowed.',
      clearedBut(
        'L3-L4 right mild current',
        'L3-L4 left none negated current',
        'L5-S1 left severe current',
        'L5-S1 right none negated current',
      ),
    ],
    [
      'Foramina patent apart from the left at L2/3 (mild), and the right at L4/5 (moderate).',
      clearedBut(
        'L2-L3 left mild current',
        'L2-L3 right none negated current',
        'L4-L5 right moderate current',
        'L4-L5 left none negated current',
      ),
    ],
  ]);
});

describe('a Lee grade with its system after a comma, or after a foramen and its verb, grades that foramen', () => {
  table([
    ['L5-S1: The left foramen is severely narrowed (grade 3, Lee).', ['L5-S1 left severe current']],
    [
      'L4-5: right foraminal stenosis grade 2, Lee classification',
      ['L4-L5 right moderate current'],
    ],
    [
      'L3/4: Right foramen narrowed (grade 1, Lee); left normal.',
      ['L3-L4 right mild current', 'L3-L4 left none negated current'],
    ],
    ['L2-L3: The right foramen is mildly narrowed (Lee grade 1).', ['L2-L3 right mild current']],
    [
      'L5/S1: the left exit foramen is moderately narrowed, grade 2 (Lee).',
      ['L5-S1 left moderate current'],
    ],
  ]);
});

describe('a part of a level labelled on its own line stays under the level heading above it', () => {
  table([
    [
      'L4-5:\nDisc: bulge.\nForamina right mild, left normal.',
      ['L4-L5 right mild current', 'L4-L5 left none negated current'],
    ],
    [
      'L3/4\nFacets: moderate arthropathy.\nForamina: moderate left, right normal.',
      ['L3-L4 left moderate current', 'L3-L4 right none negated current'],
    ],
    [
      'L5-S1:\nDisc: central protrusion.\nForamina: normal.\nL4-L5:\nAnnulus: fissure.\nForamina: mild bilateral narrowing.',
      ['L5-S1 bilateral none negated current', 'L4-L5 bilateral mild current'],
    ],
  ]);
});

describe('per-side grades written with their own noun of narrowing keep their sides', () => {
  table([
    [
      'L4-5: Exit foramina: right mild narrowing, left normal.',
      ['L4-L5 right mild current', 'L4-L5 left none negated current'],
    ],
    [
      'L4-5: Foramina: right moderate narrowing, left mild narrowing.',
      ['L4-L5 right moderate current', 'L4-L5 left mild current'],
    ],
    [
      'L3/4: Foramina: moderate right narrowing, mild left narrowing.',
      ['L3-L4 right moderate current', 'L3-L4 left mild current'],
    ],
    [
      'L5-S1: Foramina right severe narrowing, left mild narrowing.',
      ['L5-S1 right severe current', 'L5-S1 left mild current'],
    ],
  ]);
});

describe('a foramen graded on one side, then the other side’s grade alone', () => {
  table([
    [
      'L4-5: Left foraminal stenosis severe, right mild.',
      ['L4-L5 left severe current', 'L4-L5 right mild current'],
    ],
    [
      'L2/3: Right foraminal narrowing moderate, left minimal.',
      ['L2-L3 right moderate current', 'L2-L3 left mild current'],
    ],
    [
      'L5-S1: Right foraminal narrowing moderate, left normal.',
      ['L5-S1 right moderate current', 'L5-S1 left none negated current'],
    ],
  ]);
});

describe('an earlier Lee grade after "previously" is the prior study’s, never this study’s', () => {
  table([
    [
      'Foraminal grading (Lee):\nL4-5: Right grade 2, previously grade 1. Left grade 0.',
      ['L4-L5 right moderate current', 'L4-L5 right mild prior', 'L4-L5 left none negated current'],
    ],
    [
      'L5-S1: left foramen Lee grade 3, previously Lee grade 1.',
      ['L5-S1 left severe current', 'L5-S1 left mild prior'],
    ],
    [
      'L3/4: Right grade 2 (Lee), previously grade 2 (Lee); left grade 1 (Lee).',
      ['L3-L4 right moderate current', 'L3-L4 right moderate prior', 'L3-L4 left mild current'],
    ],
    // An earlier grade 0 leaves no prior finding, and no current one either.
    ['L2-L3: Left grade 1 (Lee), previously grade 0.', ['L2-L3 left mild current']],
    [
      'Impression: Progression of left L5-S1 foraminal stenosis, now severe (Lee grade 3).',
      ['L5-S1 left severe current'],
    ],
  ]);
});

describe('a history written on its heading’s line ends at that line when the next starts a sentence', () => {
  table([
    [
      'MRI LUMBAR SPINE\nIndication: Fall. Back pain.\nAt L4-5 there is moderate left foraminal narrowing.',
      ['L4-L5 left moderate current'],
    ],
    [
      'History: Left leg pain for six weeks.\nNormal alignment. L5/S1: mild bilateral foraminal narrowing.',
      ['L5-S1 bilateral mild current'],
    ],
    [
      'Clinical history: Right L5 radiculopathy.\nThe L3-L4 foramina are patent. At L4-L5 the right foramen is severely narrowed.',
      ['L3-L4 bilateral none negated current', 'L4-L5 right severe current'],
    ],
    // A history line that runs on, or does not end a sentence, is still the history.
    ['History: Prior severe left L4-5 foraminal stenosis,\ntreated with injections.', []],
    ['Indication: Known moderate L5-S1 foraminal stenosis\nNow worse.', []],
  ]);
});

describe('an addendum that corrects a grade with "X, not Y" keeps only the corrected grade', () => {
  table([
    [
      'L3/4: Moderate right foraminal narrowing.\n\nAddendum (same day): The right L3/4 foramen is only mildly narrowed, not moderately as reported.',
      ['L3-L4 right mild current'],
    ],
    [
      'L4/5: Mild left foraminal narrowing.\n\nADDENDUM: the left L4/5 foramen is moderately, not mildly, narrowed.',
      ['L4-L5 left moderate current'],
    ],
    [
      'L5-S1: severe right foraminal stenosis.\n\nAddendum (after review): the right L5-S1 foraminal stenosis is moderate, not severe.',
      ['L5-S1 right moderate current'],
    ],
    [
      'L2-3: moderate left foraminal narrowing.\n\nAddendum: The left L2-3 foramen is severely, not moderately, narrowed on the sagittal images.',
      ['L2-L3 left severe current'],
    ],
  ]);
});
