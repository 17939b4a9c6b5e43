// Issue 15 (report parser, round 2): one test per abbreviation, and unit tests of the passes added for
// it (qualifiers, tables, finding-first subjects, coverage) through their own functions and parseReport.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';
import { ABBREVIATIONS } from './data/abbreviations.js';
import { readQualifiers, qualifyFindings } from './_qualifiers.js';
import { readTableHeader, readTableRow } from './_tables.js';
import { buildItems } from './_items.js';
import { buildPhraseTrie } from './_trie.js';
import { createNormaliser } from './_normalise.js';
import { scanLine } from './_scan.js';
import { reportToFhir } from '../fhir/report.js';
import { assess } from '../assess/assess.js';

const trie = buildPhraseTrie();
const normalise = createNormaliser(trie.words);
const itemsOf = (text: string) => {
  const tokens = scanLine(text, 0, text.length);
  return buildItems(text, tokens, 0, tokens.length, trie, normalise);
};
const foraminal = (text: string) =>
  parseReport(text)
    .findings.filter((f) => f.finding === 'foraminal-stenosis')
    .map(
      (f) =>
        `${f.level} ${f.side} ${f.severity}${f.negated ? ' negated' : ''} ${f.temporal}${f.maxSeverity ? ` max:${f.maxSeverity}` : ''}`,
    );

describe('abbreviation lexicon (data/abbreviations.ts)', () => {
  for (const a of ABBREVIATIONS) {
    it(`${a.abbr} = ${a.expansion}: "${a.example}"`, () => {
      const found = parseReport(a.example).findings.filter((f) => f.finding === a.expect.finding);
      assert.ok(found.length > 0, JSON.stringify(parseReport(a.example).findings));
      const f = found.find((x) => a.expect.side === undefined || x.side === a.expect.side);
      assert.ok(f, `side ${a.expect.side}: ${JSON.stringify(found)}`);
      if (a.expect.severity !== undefined) assert.equal(f.severity, a.expect.severity);
      assert.equal(f.negated, a.expect.negated ?? false);
    });
  }
  it('a lower-case lone "l" is not a side ("l exit nerve roots" is a typo)', () => {
    assert.deepEqual(foraminal('L4-5: disc bulge compressing the l exit nerve roots.'), [
      'L4-L5 bilateral null current',
    ]);
  });
});

describe('qualifiers pass (_qualifiers.ts): time, bounds, named grades', () => {
  it('takes a prior grade and a now grade out of the items', () => {
    const { items, qualifiers } = readQualifiers(
      itemsOf('left foraminal stenosis, previously mild and now moderate'),
      'left foraminal stenosis, previously mild and now moderate',
    );
    assert.equal(qualifiers.priorGrade, 'mild');
    assert.equal(qualifiers.nowGrade, 'moderate');
    assert.ok(!items.some((x) => x.kind === 'severity' || x.kind === 'time'));
  });
  it('a prior grade gives a prior finding beside the current one; never a current one with the old grade', () => {
    assert.deepEqual(
      foraminal('L4-L5: Moderate bilateral foraminal narrowing (previously mild).'),
      ['L4-L5 bilateral moderate current', 'L4-L5 bilateral mild prior'],
    );
    assert.deepEqual(foraminal('Previously moderate right L4-5 foraminal stenosis is now mild.'), [
      'L4-L5 right mild current',
      'L4-L5 right moderate prior',
    ]);
  });
  it('resolution triggers make a negated finding resolved', () => {
    assert.deepEqual(foraminal('Interval resolution of the left L4-5 foraminal narrowing.'), [
      'L4-L5 left none negated resolved',
    ]);
    assert.deepEqual(
      foraminal('The severe left L4-5 foraminal stenosis of the outside CT is not confirmed.'),
      // The outside CT's own grade stays as its finding (round 27).
      ['L4-L5 left none negated resolved', 'L4-L5 left severe prior'],
    );
  });
  it('a COMPARISON line and "the outside report described" are an earlier study', () => {
    assert.deepEqual(
      foraminal(
        'COMPARISON: CT 2021 reported moderate right L3-4 foraminal stenosis.\nL3-4: Mild right foraminal narrowing.',
      ),
      ['L3-L4 right moderate prior', 'L3-L4 right mild current'],
    );
    assert.deepEqual(
      foraminal('The outside report described severe bilateral L4-5 foraminal stenosis.'),
      ['L4-L5 bilateral severe prior'],
    );
  });
  it('bounded statements: maxSeverity, not negated, uncertain, severity null', () => {
    for (const text of [
      'L4-5: No moderate or severe foraminal stenosis.',
      'L4-5: no more than mild foraminal narrowing.',
      'L4-5: the foramina are at most minimally narrowed.',
      'L4-5: without evidence of moderate or high-grade foraminal stenosis.',
    ]) {
      const [f] = parseReport(text).findings.filter((x) => x.finding === 'foraminal-stenosis');
      assert.ok(f, text);
      assert.equal(f.negated, false, text);
      assert.equal(f.uncertain, true, text);
      assert.equal(f.severity, null, text);
      assert.equal(f.maxSeverity, 'mild', text);
    }
    // "No significant" stays a plain negation.
    assert.deepEqual(foraminal('L3-L4: no significant moderate foraminal narrowing.'), [
      'L3-L4 bilateral none negated current',
    ]);
  });
  it('Lee grades map through the grading module and carry `grade`', () => {
    const f = parseReport(
      'L4-5: Lee grade 2 right foraminal stenosis. L5-S1: grade 3 (Lee) left; Lee 0 right.',
    ).findings;
    assert.deepEqual(
      f.map((x) => `${x.level} ${x.side} ${x.severity} ${x.grade?.system}:${x.grade?.value}`),
      ['L4-L5 right moderate lee:2', 'L5-S1 left severe lee:3', 'L5-S1 right none lee:0'],
    );
  });
  it('Meyerding grades a listhesis', () => {
    const [f] = parseReport('Meyerding grade II anterolisthesis of L5 on S1.').findings;
    assert.equal(f?.finding, 'spondylolisthesis');
    assert.deepEqual(f?.grade, { system: 'meyerding', value: 2 });
    assert.equal(f?.severity, 'moderate');
  });
  it('qualifyFindings leaves a finding without qualifiers current', () => {
    const { qualifiers } = readQualifiers(
      itemsOf('mild left foraminal narrowing'),
      'mild left foraminal narrowing',
    );
    const out = qualifyFindings([], qualifiers, false);
    assert.deepEqual(out, []);
  });
});

describe('tables (_tables.ts)', () => {
  it('reads a header and rows written with pipes, tabs or spaced slashes', () => {
    const header = 'Level | Canal | Left foramen | Right foramen';
    const h = readTableHeader(header, 0, header.length);
    assert.deepEqual(h?.columns, ['level', 'canal', 'left', 'right']);
    const row = 'L4-L5 | moderate | severe | normal';
    const cells = h ? readTableRow(row, 0, row.length, h) : undefined;
    assert.deepEqual(
      cells?.map((c) => `${c.finding} ${c.side} ${c.severity} ${c.negated}`),
      [
        'central-canal-stenosis central moderate false',
        'foraminal-stenosis left severe false',
        'foraminal-stenosis right null true',
      ],
    );
    assert.deepEqual(foraminal('Canal / L foramen / R foramen:\nL5-S1: none / severe / none'), [
      'L5-S1 left severe current',
      'L5-S1 right none negated current',
    ]);
    assert.deepEqual(foraminal('Foraminal narrowing\tLeft\tRight\nL3-4\tmild\tnil'), [
      'L3-L4 left mild current',
      'L3-L4 right none negated current',
    ]);
  });
  it('prose with a slash is not a table', () => {
    const line = 'L4/5 disc bulge with mild left foraminal narrowing';
    assert.equal(readTableHeader(line, 0, line.length), undefined);
  });
});

describe('finding-first lists, opposite sides, report-wide and list-wide negation', () => {
  it('a finding named once, then grades and sides per level', () => {
    assert.deepEqual(
      foraminal(
        'Neural foraminal narrowing:\n- L3-L4: minimal right.\n- L4-L5: moderate left, mild right.\n- L5-S1: severe right; left normal.',
      ),
      [
        'L3-L4 right mild current',
        'L4-L5 left moderate current',
        'L4-L5 right mild current',
        'L5-S1 right severe current',
        'L5-S1 left none negated current',
      ],
    );
    assert.deepEqual(foraminal('Foraminal stenosis — L2-L3: mild left; L5-S1: none.'), [
      'L2-L3 left mild current',
      'L5-S1 bilateral none negated current',
    ]);
  });
  it('"the opposite foramen" is the other side, never a bilateral contradiction', () => {
    assert.deepEqual(
      foraminal(
        'At L4-5 a left foraminal protrusion causes severe left foraminal stenosis. The opposite foramen is normal.',
      ),
      ['L4-L5 left severe current', 'L4-L5 right none negated current'],
    );
  });
  it('one negation over a list of levels clears them all; "widely patent throughout" clears every level', () => {
    assert.deepEqual(foraminal('No foraminal narrowing at L2-3, L3-4 or L4-5.'), [
      'L2-L3 bilateral none negated current',
      'L3-L4 bilateral none negated current',
      'L4-L5 bilateral none negated current',
    ]);
    assert.equal(
      foraminal('The canal and neural foramina are widely patent throughout.').length,
      5,
    );
  });
  it('severity does not leak across "and" into a phrase with its own side', () => {
    assert.deepEqual(
      foraminal('At L4-5 there is severe central canal stenosis and left foraminal narrowing.'),
      ['L4-L5 left null current'],
    );
  });
  it('a root that cannot be at the level is not attached (anatomy module: exiting root of the foramen)', () => {
    const f = parseReport(
      'L2-L3: left foraminal stenosis compressing the exiting left L3 nerve root.',
    ).findings;
    assert.ok(f.length > 0);
    assert.ok(
      f.every((x) => x.root !== 'L3'),
      JSON.stringify(f),
    );
  });
});

describe('coverage', () => {
  it('lists levels mentioned, levels with findings and unread sentences', () => {
    const text =
      'L4-5: moderate left foraminal stenosis.\nClumping of the roots at L2-3 suggests arachnoiditis.';
    const c = parseReport(text).coverage;
    assert.deepEqual(c.levelsMentioned, ['L2-L3', 'L4-L5']);
    assert.deepEqual(c.levelsWithFindings, ['L4-L5']);
    assert.equal(c.unreadSentences.length, 1);
    const [u] = c.unreadSentences;
    assert.equal(u && text.slice(u.span[0], u.span[1]), u?.text);
  });
  it('crowding of the cauda equina is ungraded canal stenosis', () => {
    const f = parseReport('L4-5: Crowding of the cauda equina roots.').findings;
    assert.deepEqual(
      f.map((x) => `${x.finding} ${x.severity}`),
      ['central-canal-stenosis null'],
    );
  });
});

describe('only current findings feed FHIR and assess', () => {
  const result = parseReport('L4-L5: Moderate right foraminal narrowing (previously severe).');
  it('parseReport keeps the prior finding, marked prior', () => {
    assert.deepEqual(
      result.findings.map((f) => `${f.severity} ${f.temporal}`),
      ['moderate current', 'severe prior'],
    );
  });
  it('the FHIR bundle maps only the current finding', () => {
    const bundle = reportToFhir(result);
    const observations = (bundle.entry ?? []).filter(
      (e) => e.resource?.resourceType === 'Observation',
    );
    assert.equal(observations.length, 1);
  });
  it('assess accepts parse-report findings with temporal and maxSeverity', () => {
    const a = assess({ symptoms: [], imaging: result.findings });
    assert.ok(a);
  });
});
