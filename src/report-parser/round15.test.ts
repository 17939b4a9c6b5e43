// Round 15: families found on the twelfth outside set (styles/reviewer12.json: reports written as found in
// hospital archives, US, UK, Commonwealth, short and unusual layouts), each tested with wordings of my own
// beside the report's. Rows are `level side severity [negated] temporal` (see _test-rows.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';
import { table } from './_test-rows.js';

describe('a finding-first heading with its abbreviation in brackets still heads the list below it', () => {
  table([
    [
      'FINDINGS:\n- Neural foraminal narrowing (NFN):\n  • L3-4: mild B/L\n  • L4-5: mod Rt, mild Lt\n  • remaining levels: none',
      [
        'L1-L2 bilateral none negated current',
        'L2-L3 bilateral none negated current',
        'L3-L4 bilateral mild current',
        'L4-L5 right moderate current',
        'L4-L5 left mild current',
        'L5-S1 bilateral none negated current',
      ],
    ],
    [
      'FINDINGS:\nNeural foraminal narrowing (NFN):\nL3-4: mild B/L\nL4-5: mod Rt, mild Lt',
      ['L3-L4 bilateral mild current', 'L4-L5 right moderate current', 'L4-L5 left mild current'],
    ],
    [
      'Foraminal stenosis (FS):\nL2/3 - severe left\nL5/S1 - moderate right',
      ['L2-L3 left severe current', 'L5-S1 right moderate current'],
    ],
  ]);
  describe('and the canal', () => {
    table(
      [
        [
          'FINDINGS:\n- Canal stenosis (CCS):\n  • L3-4: mild\n  • L4-5: mod\n  • elsewhere: none',
          [
            'L1-L2 central none negated current',
            'L2-L3 central none negated current',
            'L3-L4 central mild current',
            'L4-L5 central moderate current',
            'L5-S1 central none negated current',
          ],
        ],
      ],
      'central-canal-stenosis',
    );
  });
  describe('while a bracket that says more than a name is kept ("(Lee classification)")', () => {
    table([
      [
        'Foraminal stenosis grading (Lee classification):\nL3-4: Lee 0 bilaterally (unchanged).\nL4-5: Left grade 1. Right grade 0.',
        [
          'L3-L4 bilateral none negated current',
          'L4-L5 left mild current',
          'L4-L5 right none negated current',
        ],
      ],
    ]);
  });
});

describe('a table column that names the earlier study ("vs 2022 CT") does not hide the table', () => {
  table([
    [
      'Level\tCanal\tForamina R/L\tvs 2022 CT\nL1-2\tN\tN/N\tstable\nL3-4\tmild\tN/mild\tstable',
      [
        'L1-L2 left none negated current',
        'L1-L2 right none negated current',
        'L3-L4 left mild current',
        'L3-L4 right none negated current',
      ],
    ],
    [
      '| Level | Canal | Left NF | Right NF | Prior (03/2021) |\n| L4-5 | mod | mild | sev | unchanged |',
      ['L4-L5 left mild current', 'L4-L5 right severe current'],
    ],
  ]);
});

describe("a foramen's measurement beside its grade is not a second finding", () => {
  table([
    [
      'L4-5: Left foramen: severe narrowing, foraminal height 11 mm, effacement of perineural fat. Right foramen: moderate narrowing.',
      ['L4-L5 left severe current', 'L4-L5 right moderate current'],
    ],
    [
      'L4-5: left foramen moderately narrowed foraminal height 12mm right foramen is mildly narrowed.',
      ['L4-L5 left moderate current', 'L4-L5 right mild current'],
    ],
    ['L4-5: mild right foraminal stenosis (foraminal height 14 mm).', ['L4-L5 right mild current']],
  ]);
});

describe('"no longer" about a root does not reach back past "and the …" to the foramen before it', () => {
  table([
    [
      'The right L3/4 exit foramen, previously severely narrowed, now shows only mild narrowing and the exiting right L3 root is no longer compressed.',
      ['L3-L4 right mild current', 'L3-L4 right severe prior'],
    ],
    [
      'L3/4: the right foramen is mildly narrowed and the exiting right L3 root is no longer compressed.',
      ['L3-L4 right mild current'],
    ],
    [
      'L4-5: the left foramen is moderately narrowed and the left L4 root is no longer seen to be compressed.',
      ['L4-L5 left moderate current'],
    ],
  ]);
  describe('while one "no longer" over two coordinated findings still covers both', () => {
    table([
      [
        'L4-5: Canal stenosis and foraminal narrowing are no longer seen.',
        ['L4-L5 bilateral none negated resolved'],
      ],
    ]);
  });
});

describe('"at this level" inside an earlier-study clause keeps the present statement in reach', () => {
  table(
    [
      [
        'L4/5: the canal, previously severely narrowed at this level, is now of normal calibre.',
        ['L4-L5 central none negated current', 'L4-L5 central severe prior'],
      ],
      [
        'L3/4: the canal, previously moderately narrowed at that level, is now normal.',
        ['L3-L4 central none negated current', 'L3-L4 central moderate prior'],
      ],
    ],
    'central-canal-stenosis',
  );
  table([
    [
      'L4/5: There is moderate narrowing of the left foramen at this level.',
      ['L4-L5 left moderate current'],
    ],
  ]);
});

describe('a grading system named by a method sentence grades the bare grades of the section, past blank lines', () => {
  table([
    [
      'FINDINGS:\nMild disc height loss at L4-L5.\nForaminal stenosis is graded according to Lee et al. (AJR 2010).\n\nL3-L4: No canal stenosis. Foramina: right grade 1, left grade 0.\n\nL4-L5: Right foramen grade 2. Left foramen grade 1.',
      [
        'L3-L4 right mild current',
        'L3-L4 left none negated current',
        'L4-L5 right moderate current',
        'L4-L5 left mild current',
      ],
    ],
    [
      'Neural foraminal stenosis was graded using the Lee classification.\n\nL5-S1: right foramen grade 3, left foramen grade 1.',
      ['L5-S1 right severe current', 'L5-S1 left mild current'],
    ],
  ]);
  describe('and the method sentence is neither a finding nor an unread sentence', () => {
    it('reads "Foraminal stenosis is graded according to Lee." after a level as a method note', () => {
      const report = parseReport(
        'L4-L5: bulge.\nForaminal stenosis is graded according to Lee et al. (AJR 2010).',
      );
      assert.deepEqual(
        report.findings.filter((f) => f.finding === 'foraminal-stenosis'),
        [],
      );
      assert.deepEqual(report.coverage.unreadSentences, []);
    });
  });
});

describe('a "where …" clause between two sides\' grades does not end the list of grades', () => {
  table([
    [
      'L4/5: The exit foramina are narrowed, severely on the left where there is loss of the perineural fat around the exiting L4 root, and slightly on the right.',
      ['L4-L5 left severe current', 'L4-L5 right mild current'],
    ],
    [
      'L4/5: the foramina are narrowed, moderately on the right where the exiting L4 root is contacted, and mildly on the left.',
      ['L4-L5 right moderate current', 'L4-L5 left mild current'],
    ],
  ]);
});
