import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FINDING_TYPES } from '../vocab/index.js';
import { InputError } from '../errors.js';
import { parseReport } from './parse-report.js';
import { ParseReportResultSchema } from './schema.js';

const REPORT = `EXAM: MRI lumbar spine.
CLINICAL HISTORY: Known right L4-5 foraminal stenosis. Left leg pain.
TECHNIQUE: Sagittal and axial T1 and T2.
FINDINGS:
L3-L4: Mild diffuse disc bulge. No spinal canal stenosis. Neural foramina are patent.
L4-L5: Broad-based disc bulge with a left paracentral protrusion contacting the descending left L5 nerve root.
Moderate left and mild right neural foraminal narrowing.
L5-S1: Severe right foraminal stenosis compressing the exiting right L5 nerve root.

IMPRESSION:
1. L4-L5 left paracentral protrusion with moderate left neural foraminal narrowing.
2. L5-S1 severe right foraminal stenosis.`;

describe('parseReport: the CONTRACTS.md shape', () => {
  const result = parseReport(REPORT);

  it('passes the output schema, with every field the contract names', () => {
    ParseReportResultSchema.parse(result);
    for (const f of result.findings) {
      assert.ok((FINDING_TYPES as readonly string[]).includes(f.finding));
      assert.equal(typeof f.negated, 'boolean');
      assert.equal(typeof f.uncertain, 'boolean');
      assert.ok(f.severity === null || typeof f.severity === 'string');
    }
  });

  it('spans are offsets into the original text and text is that slice', () => {
    for (const f of result.findings) {
      assert.equal(REPORT.slice(f.span[0], f.span[1]), f.text);
      assert.ok(f.span[0] < f.span[1]);
    }
  });

  it('reads the findings per level and side', () => {
    const keys = result.findings.map(
      (f) =>
        `${f.level} ${f.finding} ${f.side ?? '-'} ${f.severity ?? '-'}${f.negated ? ' negated' : ''}${f.root ? ` ${f.root}` : ''}`,
    );
    assert.deepEqual(keys, [
      'L3-L4 disc-bulge - mild',
      'L3-L4 central-canal-stenosis central none negated',
      'L3-L4 foraminal-stenosis bilateral none negated',
      'L4-L5 disc-bulge - -',
      'L4-L5 disc-protrusion left -',
      'L4-L5 nerve-root-contact left - L5',
      'L4-L5 foraminal-stenosis left moderate',
      'L4-L5 foraminal-stenosis right mild',
      'L5-S1 foraminal-stenosis right severe',
      'L5-S1 nerve-root-compression right - L5',
    ]);
  });

  it('CLINICAL HISTORY is not a finding; with includeHistory it is', () => {
    assert.equal(
      result.findings.some((f) => f.text.includes('Known')),
      false,
    );
    const withHistory = parseReport(REPORT, { includeHistory: true, dedupe: false });
    assert.ok(
      withHistory.findings.some(
        (f) =>
          f.text === 'right L4-5 foraminal stenosis' && f.level === 'L4-L5' && f.side === 'right',
      ),
    );
  });

  it('FINDINGS and IMPRESSION are merged, keeping the graded statement; dedupe: false keeps both', () => {
    const foraminalL5 = result.findings.filter(
      (f) => f.level === 'L5-S1' && f.finding === 'foraminal-stenosis',
    );
    assert.equal(foraminalL5.length, 1);
    assert.equal(
      parseReport(REPORT, { dedupe: false }).findings.filter(
        (f) => f.level === 'L5-S1' && f.finding === 'foraminal-stenosis',
      ).length,
      3,
    );
  });

  it('zone is set for stenosis findings, and the exiting root is foraminal', () => {
    assert.equal(
      result.findings.find((f) => f.finding === 'foraminal-stenosis')?.zone,
      'foraminal',
    );
    assert.equal(
      result.findings.find((f) => f.finding === 'nerve-root-compression')?.zone,
      'foraminal',
    );
    assert.equal(
      result.findings.find((f) => f.finding === 'central-canal-stenosis')?.zone,
      'central',
    );
  });

  it('"left greater than right" is one bilateral finding that names the worse side', () => {
    const [f] = parseReport('L4-L5: left greater than right neural foraminal narrowing.').findings;
    assert.equal(f?.side, 'bilateral');
    assert.equal(f?.asymmetry, 'left');
  });

  it('vertebral-body fractures are listed apart from disc levels', () => {
    const r = parseReport(
      'Old L1 compression fracture. Wedging fractures of L2 & L4 vertebral bodies.',
    );
    assert.deepEqual(
      r.vertebrae.map((v) => v.vertebra),
      ['L1', 'L2', 'L4'],
    );
    assert.equal(r.findings.length, 0);
  });

  it('empty and whitespace input give no findings', () => {
    assert.deepEqual(parseReport(''), {
      findings: [],
      vertebrae: [],
      notes: [],
      coverage: { levelsMentioned: [], levelsWithFindings: [], unreadSentences: [] },
    });
    assert.deepEqual(parseReport(' \n\n\t ').findings, []);
  });

  it('refuses a non-string and unknown options with an InputError naming the field', () => {
    assert.throws(
      () => parseReport(42 as unknown as string),
      (e: unknown) => e instanceof InputError && e.path === 'text',
    );
    assert.throws(
      () => parseReport('x', { colour: true } as never),
      (e: unknown) => e instanceof InputError && e.path === 'colour',
    );
  });
});
