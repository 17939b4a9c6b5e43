import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseReport } from './parse-report.js';
import type { ParseReportResult } from './schema.js';

/** CPU time since `started`, in ms: a guard against runaway backtracking that other load on the machine does not trip. */
const cpuMs = (started: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(started);
  return Math.round((used.user + used.system) / 1000);
};

/**
 * Parses a tenth of `text` (its first tenth, or one of the same make), then all of it, and asserts the whole took at most 15 times the CPU of the
 * tenth (linear time, with room for the JIT warming on the first; a quadratic pass would take about a
 * hundred times), and under a minute whatever the machine: time measured against the same process's own
 * speed, so a busy CI machine does not fail it, while a quadratic pass still does.
 */
function assertLinear(
  text: string,
  tenth = text.slice(0, Math.floor(text.length / 10)),
): ReturnType<typeof parseReport> {
  let started = process.cpuUsage();
  parseReport(tenth);
  const small = Math.max(cpuMs(started), 100);
  started = process.cpuUsage();
  const r = parseReport(text);
  const whole = cpuMs(started);
  assert.ok(whole < 15 * small, `${whole} ms of CPU for the whole against ${small} ms for a tenth`);
  assert.ok(whole < 60_000, `${whole} ms of CPU`);
  return r;
}

const STENOSIS = new Set([
  'foraminal-stenosis',
  'central-canal-stenosis',
  'lateral-recess-stenosis',
]);

function checkInvariants(text: string, r: ParseReportResult): void {
  for (const f of [...r.findings, ...r.vertebrae, ...r.notes]) {
    assert.ok(
      f.span[0] >= 0 && f.span[0] <= f.span[1] && f.span[1] <= text.length,
      `span ${f.span.join('-')} of ${text.length}`,
    );
    assert.equal(text.slice(f.span[0], f.span[1]), f.text);
  }
  for (const f of r.findings) {
    if (f.negated && STENOSIS.has(f.finding)) assert.equal(f.severity, 'none');
  }
}

// Report-like text: the parser's own vocabulary shuffled with noise, so the rules actually fire.
const WORDS = [
  'L4-5:',
  'L5-S1',
  'L3/L4',
  'D12/L1',
  'at',
  'level',
  'mild',
  'moderate',
  'severe',
  'left',
  'Rt',
  'Lt',
  'bilateral',
  'both',
  'neural',
  'foraminal',
  'foramina',
  'exit',
  'canals',
  'nerve',
  'root',
  'roots',
  'narrowing',
  'stenosis',
  'compressing',
  'encroaching',
  'the',
  'thecal',
  'sac',
  'and',
  ',',
  '.',
  'no',
  'not',
  'without',
  'possible',
  '?',
  'disc',
  'bulge',
  'protrusion',
  'more',
  'to',
  'side',
  'patent',
  'FINDINGS:',
  'IMPRESSION:',
  '\n',
  '\n\n',
  '///',
  'L45',
  'L4_L5',
  'through',
  'L2',
  'L3',
  'of',
  'over',
  'significant',
  'greater',
  'than',
  'right',
  'mild to moderate',
  '-',
  '(',
  ')',
  'spinal',
  'canal',
];
const reportLike = fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((ws) => ws.join(' '));

describe('parseReport properties (fast-check)', () => {
  it('never throws on any string; spans stay inside the text; negated stenosis has severity none', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) =>
        checkInvariants(text, parseReport(text)),
      ),
      { numRuns: 300 },
    );
  });

  it('the same on report-like text', () => {
    fc.assert(
      fc.property(reportLike, (text) => checkInvariants(text, parseReport(text))),
      { numRuns: 500 },
    );
  });

  it('the same on arbitrary unicode, including lone surrogates and control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) =>
        checkInvariants(text, parseReport(text)),
      ),
      { numRuns: 300 },
    );
  });

  it('mirroring left and right mirrors the sides', () => {
    const swap = (s: string): string =>
      s.replace(
        /\b(left|right|Lt|Rt)\b/g,
        (w) => ({ left: 'right', right: 'left', Lt: 'Rt', Rt: 'Lt' })[w] ?? w,
      );
    const mirror = (side: string | undefined): string | undefined =>
      side === 'left' ? 'right' : side === 'right' ? 'left' : side;
    fc.assert(
      fc.property(reportLike, (text) => {
        const a = parseReport(text)
          .findings.map((f) => `${f.level} ${f.finding} ${mirror(f.side) ?? '-'}`)
          .sort();
        const b = parseReport(swap(text))
          .findings.map((f) => `${f.level} ${f.finding} ${f.side ?? '-'}`)
          .sort();
        assert.deepEqual(b, a);
      }),
      { numRuns: 200 },
    );
  });

  it('a 10 MB report parses in time linear in its length', () => {
    const paragraph =
      'L4-L5: Diffuse disc bulge noted, mildly compressing the thecal sac and both exit nerve roots. No significant central canal stenosis.\n';
    const text = paragraph.repeat(Math.ceil(10_000_000 / paragraph.length));
    const r = assertLinear(text);
    checkInvariants(text, r);
    assert.ok(r.findings.length > 0);
  });

  it('10 MB of random bytes, and one 10 MB line without spaces, parse in time linear in their length', () => {
    let seed = 7;
    const bytes = Buffer.alloc(10_000_000);
    for (let i = 0; i < bytes.length; i++) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      bytes[i] = seed >>> 24;
    }
    const random = bytes.toString('latin1');
    checkInvariants(random, assertLinear(random));
    const line = 'L'.repeat(5_000_000) + '4-5'.repeat(1_000_000);
    checkInvariants(line, assertLinear(line, 'L'.repeat(500_000) + '4-5'.repeat(100_000)));
  });
});
