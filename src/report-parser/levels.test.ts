import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseReport } from './parse-report.js';

const levelsOf = (text: string): string[] => [
  ...new Set(parseReport(text).findings.map((f) => f.level)),
];

describe('level notations', () => {
  const rows: [string, string[]][] = [
    ['L4-5: mild disc bulge.', ['L4-L5']],
    ['L4/5: mild disc bulge.', ['L4-L5']],
    ['L4-L5: mild disc bulge.', ['L4-L5']],
    ['L4–L5: mild disc bulge.', ['L4-L5']],
    ['L4—L5: mild disc bulge.', ['L4-L5']],
    ['L45: mild disc bulge.', ['L4-L5']],
    ['L4_L5: mild disc bulge.', ['L4-L5']],
    ['mild disc bulge atL4/L5 level.', ['L4-L5']],
    ['L5-S1: mild disc bulge.', ['L5-S1']],
    ['L5S1: mild disc bulge.', ['L5-S1']],
    ['mild disc bulge at L5/S 1.', ['L5-S1']],
    ['mild disc bulge at the lumbosacral level.', ['L5-S1']],
    ['D12/L1: mild disc bulge.', ['T12-L1']],
    ['T12 - L1: mild disc bulge.', ['T12-L1']],
    ['Mild disc bulges from L3 through L5.', ['L3-L4', 'L4-L5']],
    ['Mild disc bulges L2 to L4.', ['L2-L3', 'L3-L4']],
    ['Multilevel disc bulges (L4-S1).', ['L4-L5', 'L5-S1']],
    ['L1-L3: mild disc bulges.', ['L1-L2', 'L2-L3']],
    ['T12-L1 through L2-L3: mild disc bulges.', ['T12-L1', 'L1-L2', 'L2-L3']],
    ['Mild disc bulges at L2-L3, L3-L4 and L4-L5 levels.', ['L2-L3', 'L3-L4', 'L4-L5']],
    ['Mild disc bulges at L3/L4 & L4/L5 levels.', ['L3-L4', 'L4-L5']],
    ['Mild disc bulges at L3/L4/&L4/L5 levels.', ['L3-L4', 'L4-L5']],
    ['Mild disc bulges at L4/L5 level and L2/L3 levels.', ['L2-L3', 'L4-L5']],
    ['L4-l5 L5-S1: diffuse disc bulges.', ['L4-L5', 'L5-S1']],
    ['Grade I spondylolisthesis of L4 over L5.', ['L4-L5']],
    ['Retrolisthesis of L2 on L3.', ['L2-L3']],
  ];
  for (const [text, expected] of rows) {
    it(`${text} → ${expected.join(', ')}`, () =>
      assert.deepEqual(levelsOf(text).sort(), [...expected].sort()));
  }

  it('non-lumbar levels yield nothing (cervical, thoracic)', () => {
    assert.deepEqual(
      levelsOf('C5/C6: disc bulge encroaching exit neural canal. D11/D12: disc protrusion.'),
      [],
    );
  });

  it('a level heading carries to the next sentences until a blank line', () => {
    const f = parseReport(
      'L4-5: broad disc bulge. Moderate left foraminal narrowing.\n\nMild right foraminal narrowing.',
    ).findings;
    assert.deepEqual(
      f.map((x) => `${x.level} ${x.finding}`),
      ['L4-L5 disc-bulge', 'L4-L5 foraminal-stenosis'],
    );
  });

  it('a line holding only a level is a heading for the lines below it', () => {
    const f = parseReport(
      'L3-L4\nDiffuse disc bulge compressing the thecal sac and exit canals\nL4-L5\nNo stenosis.',
    ).findings;
    assert.deepEqual(
      f.map((x) => `${x.level} ${x.finding}`),
      [
        'L3-L4 disc-bulge',
        'L3-L4 foraminal-stenosis',
        'L4-L5 foraminal-stenosis',
        'L4-L5 central-canal-stenosis',
      ],
    );
  });

  it("a finding without a level of its own takes the previous sentence's levels", () => {
    const f = parseReport(
      'Diffuse disc bulge noted at L4-L5 level\nMildly compressing the thecal sac and the exit neural canals',
    ).findings;
    assert.ok(
      f.some(
        (x) => x.level === 'L4-L5' && x.finding === 'foraminal-stenosis' && x.severity === 'mild',
      ),
    );
  });

  it('a positive "elsewhere" and "multilevel" without a level are not placed at a level', () => {
    assert.deepEqual(levelsOf('Mild disc bulges elsewhere.'), []);
    assert.deepEqual(levelsOf('L5-S1: bulge.\nMultilevel disc desiccation.'), ['L5-S1']);
  });

  it('a negated "at other levels" / "otherwise no" covers only the levels not already described (issue 15)', () => {
    assert.deepEqual(levelsOf('L5-S1: bulge. No disc herniation at other levels.').sort(), [
      'L1-L2',
      'L2-L3',
      'L3-L4',
      'L4-L5',
      'L5-S1',
    ]);
    const f = parseReport(
      'L4-5: moderate bilateral foraminal stenosis.\nOtherwise no foraminal stenosis.',
    ).findings;
    assert.deepEqual(
      f.map((x) => `${x.level} ${x.negated ? 'no' : 'yes'}`),
      ['L1-L2 no', 'L2-L3 no', 'L3-L4 no', 'L4-L5 yes', 'L5-S1 no'],
    );
  });

  it('"at each level" covers L1-L2 to L5-S1, and T12-L1 when the report names it', () => {
    assert.deepEqual(levelsOf('The neural foramina are patent at each level.'), [
      'L1-L2',
      'L2-L3',
      'L3-L4',
      'L4-L5',
      'L5-S1',
    ]);
    assert.equal(
      levelsOf('T12-L1: normal. The neural foramina are patent at all levels.').length,
      6,
    );
  });

  it('a transitional vertebra is noted', () => {
    const r = parseReport('There is a transitional lumbosacral vertebra. L4-5: mild disc bulge.');
    assert.equal(r.notes[0]?.code, 'transitional-vertebra');
    assert.equal(parseReport('L5-L6: disc bulge.').notes[0]?.code, 'transitional-vertebra');
  });
});
