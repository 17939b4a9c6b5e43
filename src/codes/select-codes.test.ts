import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { FindingType, Level } from '../vocab/index.js';
import { selectCodes } from './select-codes.js';
import type { CodingInput } from './select-codes.js';
import { ICD10CM_CODES } from './icd10cm.js';
import { CODE_CITATIONS } from './citations.js';

const base: CodingInput = {
  caudaEquina: false,
  roots: [],
  concordantFindings: [],
  findingsAtLevel: () => [],
  backPain: false,
  neurogenicClaudication: false,
  centralStenosis: false,
};
const codes = (over: Partial<CodingInput>): string[] =>
  selectCodes({ ...base, ...over }).map((c) => c.code);
const at = (level: Level, finding: FindingType) => ({ level, finding });

describe('selectCodes', () => {
  const table: { name: string; input: Partial<CodingInput>; expected: string[] }[] = [
    {
      name: 'L3 radiculopathy on clinical grounds → lumbar M54.16',
      input: { roots: [{ root: 'L3', side: 'left', objective: true }] },
      expected: ['M54.16'],
    },
    {
      name: 'S1 radiculopathy on clinical grounds → lumbosacral M54.17',
      input: { roots: [{ root: 'S1', side: 'right', objective: true }] },
      expected: ['M54.17'],
    },
    {
      name: 'concordant L4-L5 disc → M51.16 and no M54.16 (Excludes1)',
      input: {
        roots: [{ root: 'L5', side: 'left', objective: true }],
        concordantFindings: [at('L4-L5', 'disc-protrusion')],
      },
      expected: ['M51.16'],
    },
    {
      name: 'concordant L5-S1 extrusion → M51.17',
      input: {
        roots: [{ root: 'S1', side: 'right', objective: true }],
        concordantFindings: [at('L5-S1', 'disc-extrusion')],
      },
      expected: ['M51.17'],
    },
    {
      name: 'concordant foraminal stenosis → M48.061 + M54.16, with M99.63/M99.73 alternatives',
      input: {
        roots: [{ root: 'L3', side: 'left', objective: true }],
        concordantFindings: [at('L3-L4', 'foraminal-stenosis')],
      },
      expected: ['M48.061', 'M54.16', 'M99.63', 'M99.73'],
    },
    {
      name: 'bony foraminal stenosis → M99.63 only as the alternative',
      input: {
        roots: [{ root: 'L5', side: 'left', objective: true }],
        concordantFindings: [at('L5-S1', 'foraminal-stenosis')],
        findingsAtLevel: () => ['foraminal-stenosis', 'osteophyte'],
      },
      expected: ['M48.061', 'M54.17', 'M99.63'],
    },
    {
      name: 'neurogenic claudication → M48.062',
      input: {
        roots: [{ root: 'L5', side: 'left', objective: true }],
        concordantFindings: [at('L4-L5', 'lateral-recess-stenosis')],
        neurogenicClaudication: true,
      },
      expected: ['M48.062', 'M54.16'],
    },
    {
      name: 'concordant spondylolisthesis at L4-L5 → M43.16 + M54.16',
      input: {
        roots: [{ root: 'L4', side: 'right', objective: true }],
        concordantFindings: [at('L4-L5', 'spondylolisthesis')],
      },
      expected: ['M43.16', 'M54.16'],
    },
    {
      name: 'sciatica without objective signs and back pain → M54.41',
      input: { roots: [{ root: 'S1', side: 'right', objective: false }], backPain: true },
      expected: ['M54.41'],
    },
    {
      name: 'bilateral sciatica without back pain → M54.31 and M54.32',
      input: { roots: [{ root: 'L5', side: 'bilateral', objective: false }] },
      expected: ['M54.31', 'M54.32'],
    },
    // ICD-10-CM guidelines IV.H: a suspected syndrome is coded by its signs, not as confirmed G83.4.
    {
      name: 'suspected cauda equina, no coded feature → no G83.4',
      input: { caudaEquina: true },
      expected: [],
    },
    {
      name: 'suspected cauda equina with retention and saddle loss → R33.9, R20.0',
      input: {
        caudaEquina: true,
        caudaEquinaFeatures: ['urinary-retention', 'saddle-anaesthesia'],
      },
      expected: ['R33.9', 'R20.0'],
    },
    {
      name: 'radiculopathy unlikely (a mimic explains it) → no radiculopathy code',
      input: {
        radiculopathyUnlikely: true,
        roots: [{ root: 'L5', side: 'left', objective: true }],
      },
      expected: [],
    },
    { name: 'back pain only → M54.50', input: { backPain: true }, expected: ['M54.50'] },
    { name: 'nothing found → no code', input: {}, expected: [] },
  ];
  for (const row of table) {
    it(row.name, () => assert.deepEqual(codes(row.input), row.expected));
  }

  it('alternatives are flagged and listed after the main codes', () => {
    const out = selectCodes({
      ...base,
      roots: [{ root: 'L3', side: 'left', objective: true }],
      concordantFindings: [at('L3-L4', 'foraminal-stenosis')],
    });
    assert.deepEqual(
      out.map((c) => c.alternative === true),
      [false, false, true, true],
    );
  });

  it('every code in the table has an ICD-10-CM shape, a title and resolvable sources', () => {
    const ids = new Set<string>(CODE_CITATIONS.map((c) => c.id));
    for (const [code, entry] of Object.entries(ICD10CM_CODES)) {
      assert.equal(entry.code, code);
      assert.match(code, /^[A-Z]\d{2}(\.[0-9A-Z]{1,4})?$/);
      assert.ok(entry.display.length > 5);
      for (const s of entry.sources) assert.ok(ids.has(s), s);
    }
  });

  it('codes checked only from memory say so to the coder', () => {
    const out = selectCodes({
      ...base,
      roots: [{ root: 'S1', side: 'right', objective: true }],
      concordantFindings: [at('L5-S1', 'disc-extrusion')],
    });
    assert.match(out[0]?.note ?? '', /confirm in the current tabular/);
  });
});
