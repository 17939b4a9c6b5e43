import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { runCli } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { runForamen } from '../support/memory-io.js';

const REPORT =
  'L4-L5: Diffuse disc bulge, mildly compressing the thecal sac and both exit nerve roots.\nL5-S1: Lt exit canal is moderately narrowed.';

interface Line {
  id: string;
  findings?: { level: string; finding: string; side?: string; severity: string | null }[];
  error?: string;
}
const lines = (stdout: string): Line[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);

describe('foramen parse-report (in-process)', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'foramen-parse-report-'));
    writeFileSync(join(dir, 'report.txt'), REPORT);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('FILE --json prints the contract shape', async () => {
    const r = await runForamen(['parse-report', join(dir, 'report.txt'), '--json']);
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as {
      findings: {
        level: string;
        finding: string;
        side?: string;
        severity: string | null;
        span: [number, number];
        text: string;
      }[];
    };
    const foraminal = out.findings
      .filter((f) => f.finding === 'foraminal-stenosis')
      .map((f) => `${f.level} ${f.side} ${f.severity}`);
    assert.deepEqual(foraminal, ['L4-L5 bilateral mild', 'L5-S1 left moderate']);
    for (const f of out.findings) assert.equal(REPORT.slice(f.span[0], f.span[1]), f.text);
  });

  it('reads standard input with -, and prints JSON when piped', async () => {
    const r = await runForamen(['parse-report', '-'], REPORT);
    assert.equal(r.code, 0, r.stderr);
    assert.ok((JSON.parse(r.stdout) as { findings: unknown[] }).findings.length >= 4);
  });

  it('prints a table on a terminal', async () => {
    const r = await runForamen(['parse-report', '-'], REPORT, { tty: true });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^LEVEL +FINDING +SIDE +SEVERITY +FLAGS +TEXT\n/);
    assert.match(
      r.stdout,
      /L5-S1 +foraminal-stenosis +left +moderate +"Lt exit canal is moderately narrowed"/,
    );
    assert.match(r.stdout, /\d+ finding\(s\)\n$/);
  });

  it('the table warns about sentences that name a level or structure but gave no finding (issue 15)', async () => {
    const text = 'L4-5: moderate left foraminal stenosis.\nClumping of the roots at L2-3.';
    const r = await runForamen(['parse-report', '-'], text, { tty: true });
    assert.equal(r.code, 0);
    assert.match(
      r.stdout,
      /warning: 1 sentence\(s\) name a level or structure but gave no finding: "Clumping of the roots at L2-3"\n$/,
    );
  });

  it('a missing file, a missing argument and a bad --jobs are one stderr line each, exit 1', async () => {
    for (const args of [
      ['parse-report', join(dir, 'nope.txt')],
      ['parse-report'],
      ['parse-report', '--batch', dir, '--jobs', 'many'],
    ]) {
      const r = await runForamen(args);
      assert.equal(r.code, 1, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.match(r.stderr, /^foramen: /);
      assert.equal(r.stdout, '');
    }
  });
});

describe('foramen parse-report --batch', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'foramen-batch-'));
    const reports = join(dir, 'reports');
    mkdirSync(reports);
    writeFileSync(join(reports, 'a.txt'), 'L4-5: moderate left foraminal narrowing.');
    writeFileSync(join(reports, 'b.txt'), 'L5-S1: no significant foraminal narrowing.');
    writeFileSync(
      join(reports, 'c.TXT'),
      'Diffuse disc bulges noted at L3/L4 & L4/L5 levels, compressing the thecal sac and exit canals.',
    );
    writeFileSync(join(reports, 'notes.md'), 'not a report');
    const records = [
      JSON.stringify({ id: 'r1', text: 'L4-5: severe right foraminal stenosis.' }),
      '{ this is not json',
      '',
      JSON.stringify({ id: 'r2' }),
      JSON.stringify([1, 2]),
      JSON.stringify({ text: 'no id' }),
      JSON.stringify({ id: 7, text: 'L2-3: mild bilateral foraminal narrowing.' }),
      ...Array.from({ length: 300 }, (_, i) =>
        JSON.stringify({
          id: `bulk-${i}`,
          text: `L${(i % 4) + 1}-${(i % 4) + 2}: mild left foraminal narrowing.`,
        }),
      ),
    ];
    writeFileSync(join(dir, 'records.ndjson'), `${records.join('\n')}\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a directory of .txt files: one NDJSON line per report named by file, a summary on stderr', async () => {
    const r = await runForamen(['parse-report', '--batch', join(dir, 'reports'), '--jobs', '2']);
    assert.equal(r.code, 0, r.stderr);
    const out = lines(r.stdout);
    assert.deepEqual(out.map((l) => l.id).sort(), ['a.txt', 'b.txt', 'c.TXT']);
    const a = out.find((l) => l.id === 'a.txt');
    assert.deepEqual(
      a?.findings?.map((f) => `${f.level} ${f.finding} ${f.side} ${f.severity}`),
      ['L4-L5 foraminal-stenosis left moderate'],
    );
    assert.match(
      r.stderr,
      /^parse-report: 3 report\(s\), 0 error\(s\), \d+ finding\(s\), \d+ unread sentence\(s\) in \d+ report\(s\) in [\d.]+ s \(\d+ reports\/s, [\d.]+ MB, 2 thread\(s\)\)\n$/,
    );
  });

  it('NDJSON: malformed records are reported and skipped, the rest parsed in input order', async () => {
    for (const jobs of ['0', '2']) {
      const r = await runForamen([
        'parse-report',
        '--batch',
        join(dir, 'records.ndjson'),
        '--jobs',
        jobs,
      ]);
      assert.equal(r.code, 0, r.stderr);
      const out = lines(r.stdout);
      assert.deepEqual(
        out.slice(0, 6).map((l) => [l.id, l.error ?? 'ok']),
        [
          ['r1', 'ok'],
          ['line:2', 'not valid JSON'],
          ['r2', 'text: must be a string'],
          ['line:5', 'not a JSON object'],
          ['line:6', 'id: must be a non-empty string or a number'],
          ['7', 'ok'],
        ],
      );
      assert.equal(out.length, 306);
      assert.deepEqual(
        out.slice(6).map((l) => l.id),
        Array.from({ length: 300 }, (_, i) => `bulk-${i}`),
      );
      assert.match(r.stderr, /306 report\(s\), 4 error\(s\)/);
      assert.match(r.stderr, /\d+ finding\(s\), 0 unread sentence\(s\) in 0 report\(s\)/);
    }
  });

  it('NDJSON on standard input with --batch -', async () => {
    const r = await runForamen(
      ['parse-report', '--batch', '-', '--jobs', '1'],
      `${JSON.stringify({ id: 'x', text: 'L4-L5: right exit canal narrowing.' })}\n`,
    );
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      lines(r.stdout).map((l) => l.findings?.map((f) => `${f.level} ${f.side}`)),
      [['L4-L5 right']],
    );
  });

  it('a progress bar on stderr only when stderr is a terminal', async () => {
    let stderr = '';
    const io: CliIo = {
      stdin: Readable.from(['']),
      stdout: { write: () => true },
      stderr: Object.assign({ write: (s: string) => (stderr += s) }, { isTTY: true }),
    };
    const code = await runCli(
      ['parse-report', '--batch', join(dir, 'records.ndjson'), '--jobs', '0'],
      io,
    );
    assert.equal(code, 0);
    assert.ok(stderr.includes('\r\u001b[K'), 'the progress line is cleared');
    assert.match(stderr, /parse-report: 306 report\(s\)/);
    const piped = await runForamen([
      'parse-report',
      '--batch',
      join(dir, 'records.ndjson'),
      '--jobs',
      '0',
    ]);
    assert.doesNotMatch(piped.stderr, /\r/);
  });

  it('FILE and --batch together are refused; a missing batch source names --batch', async () => {
    const both = await runForamen(['parse-report', 'x.txt', '--batch', dir]);
    assert.equal(both.code, 1);
    const missing = await runForamen(['parse-report', '--batch', join(dir, 'absent')]);
    assert.match(missing.stderr, /^foramen: --batch: .*absent: no such file or directory\n$/);
  });

  it('spawned: the real process parses a directory on worker threads', () => {
    const run = fileURLToPath(new URL('../../src/cli/run.js', import.meta.url));
    const r = spawnSync(process.execPath, [run, 'parse-report', '--batch', join(dir, 'reports')], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(lines(r.stdout).length, 3);
    assert.match(r.stderr, /3 report\(s\), 0 error\(s\)/);
  });
});
