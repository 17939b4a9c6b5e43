import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gradeSchizas, SCHIZAS_GRADES } from './schizas.js';
import type { SchizasInput } from './schizas.js';
import { itRefusesEach } from '../../test/support/refusals.js';
import type { RefusalCase } from '../../test/support/refusals.js';

// Every morphology path of schizas-2010.
const TABLE: [SchizasInput, string, string][] = [
  [{ csf: 'visible', rootlets: 'dorsal-less-than-half' }, 'A1', 'none'],
  [{ csf: 'visible', rootlets: 'dorsal-horseshoe' }, 'A2', 'none'],
  [{ csf: 'visible', rootlets: 'dorsal-more-than-half' }, 'A3', 'none'],
  [{ csf: 'visible', rootlets: 'central' }, 'A4', 'none'],
  [{ csf: 'grainy' }, 'B', 'moderate'],
  [{ csf: 'absent', posteriorEpiduralFat: true }, 'C', 'severe'],
  [{ csf: 'absent', posteriorEpiduralFat: false }, 'D', 'severe'],
];

describe('gradeSchizas: morphology', () => {
  it('reaches every grade exactly once', () => {
    assert.deepEqual(
      TABLE.map((r) => r[1]),
      [...SCHIZAS_GRADES],
    );
  });
  for (const [input, grade, severity] of TABLE) {
    it(`${JSON.stringify(input)} → ${grade} (${severity})`, () => {
      const r = gradeSchizas(input);
      assert.equal(r.system, 'schizas');
      assert.equal(r.grade, grade);
      assert.equal(r.severity, severity);
      assert.equal(r.source, 'schizas-2010');
      assert.deepEqual(r.warnings, []);
    });
  }
  it('the published severity words decide B and C; A and D are mapped by Foramen', () => {
    assert.equal(gradeSchizas({ grade: 'B' }).mapping.severity, 'scale-label');
    assert.equal(gradeSchizas({ grade: 'C' }).mapping.severity, 'scale-label');
    assert.equal(gradeSchizas({ grade: 'A2' }).mapping.severity, 'heuristic');
    assert.equal(gradeSchizas({ grade: 'D' }).label, 'extreme stenosis');
  });
  it('fields that do not apply are reported, not silently used', () => {
    const r = gradeSchizas({ csf: 'grainy', rootlets: 'central' });
    assert.equal(r.grade, 'B');
    assert.deepEqual(r.warnings, [
      'rootlets matters only when CSF is clearly visible; it was not used.',
    ]);
  });
});

describe('gradeSchizas: bad input', () => {
  const cases: RefusalCase<unknown>[] = [
    [
      'a misspelt grade',
      { grade: 'E' },
      'grade',
      'must be one of "A1", "A2", "A3", "A4", "B", "C", "D"',
    ],
    [
      'nothing given',
      {},
      'csf',
      'is required (give grade, or csf with rootlets or posteriorEpiduralFat)',
    ],
    [
      'visible CSF without the rootlets',
      { csf: 'visible' },
      'rootlets',
      'is required when csf is "visible"',
    ],
    [
      'absent CSF without the fat',
      { csf: 'absent' },
      'posteriorEpiduralFat',
      'is required when csf is "absent"',
    ],
    [
      'grade and morphology together',
      { grade: 'B', csf: 'grainy' },
      'csf',
      'give either grade or the morphology (csf, rootlets, posteriorEpiduralFat), not both',
    ],
    [
      'a misspelt CSF value',
      { csf: 'none' },
      'csf',
      'must be one of "visible", "grainy", "absent"',
    ],
  ];
  itRefusesEach(cases, (input) => gradeSchizas(input as SchizasInput));
});
