/** The work of `foramen parse-report` (declared in parse-report.ts): one report, or a batch on every core. */
import { InputError, openBatchSource, parseReport, runReportBatch } from '../../index.js';
import type { BatchProgress, ParseReportResult } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, readTextInput, wantsJson } from '../io.js';

/** The flags of `foramen parse-report`, as commander gives them. */
export interface ParseReportOptions {
  json?: boolean;
  batch?: string;
  jobs?: string;
  includeHistory?: boolean;
}

type Writable = {
  write(chunk: string | Uint8Array): unknown;
  once?: (event: 'drain', listener: () => void) => unknown;
};

const decoder = new TextDecoder();

/**
 * Writes to stdout and waits for 'drain' when the stream asks, so a slow reader slows the batch. The
 * process's own stdout takes the bytes as they are; any other sink gets text.
 */
async function writeOut(io: CliIo, chunk: Uint8Array): Promise<void> {
  const out = io.stdout as Writable;
  const ok = out.write(io.stdout === process.stdout ? chunk : decoder.decode(chunk));
  if (ok === false && typeof out.once === 'function') {
    await new Promise<void>((resolve) => out.once?.('drain', resolve));
  }
}

const pad = (s: string, n: number): string => (s.length >= n ? `${s} ` : s.padEnd(n));

/** The findings as a table for people. */
function renderTable(result: ParseReportResult): string {
  const lines: string[] = [];
  if (result.findings.length === 0 && result.vertebrae.length === 0) lines.push('no findings');
  else {
    lines.push(
      `${pad('LEVEL', 8)}${pad('FINDING', 31)}${pad('SIDE', 11)}${pad('SEVERITY', 17)}${pad('FLAGS', 18)}TEXT`,
    );
    for (const f of result.findings) {
      const flags = [
        f.negated ? 'negated' : '',
        f.uncertain ? 'uncertain' : '',
        f.root ? `root ${f.root}` : '',
        f.asymmetry ? `worse ${f.asymmetry}` : '',
      ]
        .filter((x) => x !== '')
        .join(', ');
      lines.push(
        `${pad(f.level, 8)}${pad(f.finding, 31)}${pad(f.side ?? '-', 11)}${pad(f.severity ?? 'not graded', 17)}${pad(flags, 18)}"${f.text.replace(/\s+/g, ' ')}"`,
      );
    }
    for (const v of result.vertebrae) {
      lines.push(
        `${pad(v.vertebra, 8)}${pad(v.finding, 31)}${pad('-', 11)}${pad('-', 17)}${pad([v.negated ? 'negated' : '', v.uncertain ? 'uncertain' : ''].filter(Boolean).join(', '), 18)}"${v.text}"`,
      );
    }
  }
  for (const n of result.notes) lines.push(`note: ${n.code} ("${n.text}")`);
  lines.push(`${result.findings.length} finding(s)`);
  const unread = result.coverage.unreadSentences;
  if (unread.length > 0) {
    lines.push(
      `warning: ${unread.length} sentence(s) name a level or structure but gave no finding: ${unread
        .map((u) => `"${u.text.replace(/\s+/g, ' ')}"`)
        .join('; ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const isTty = (stream: unknown): boolean =>
  typeof stream === 'object' && stream !== null && (stream as { isTTY?: unknown }).isTTY === true;

/** A one-line progress bar, redrawn in place. */
function progressLine(p: BatchProgress, started: number): string {
  const seconds = Math.max((Date.now() - started) / 1000, 0.001);
  const rate = Math.round(p.done / seconds);
  if (p.totalBytes !== undefined && p.totalBytes > 0) {
    const fraction = Math.min(1, p.bytesRead / p.totalBytes);
    const width = 30;
    const filled = Math.round(fraction * width);
    return `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${p.done} reports  ${rate}/s `;
  }
  return `\r${p.done} reports  ${rate}/s `;
}

async function runBatch(path: string, options: ParseReportOptions, io: CliIo): Promise<void> {
  let threads: number | undefined;
  if (options.jobs !== undefined) {
    const n = Number(options.jobs);
    if (!Number.isInteger(n) || n < 0 || n > 256) {
      throw new InputError('invalid-input', '--jobs', 'must be an integer from 0 to 256');
    }
    threads = n;
  }
  const source = await openBatchSource(path, io.stdin);
  const tty = isTty(io.stderr);
  const started = Date.now();
  let lastDraw = 0;
  const summary = await runReportBatch(
    source,
    async (ndjson: Uint8Array) => {
      await writeOut(io, ndjson);
    },
    {
      ...(threads !== undefined ? { threads } : {}),
      onProgress: (p) => {
        if (!tty) return;
        const now = Date.now();
        if (now - lastDraw < 100) return;
        lastDraw = now;
        io.stderr.write(progressLine(p, started));
      },
    },
  );
  if (tty) io.stderr.write('\r\x1b[K');
  const rate =
    summary.seconds > 0 ? Math.round(summary.reports / summary.seconds) : summary.reports;
  io.stderr.write(
    `parse-report: ${summary.reports} report(s), ${summary.errors} error(s), ${summary.findings} finding(s), ` +
      `${summary.unreadSentences} unread sentence(s) in ${summary.reportsWithUnread} report(s) in ${summary.seconds.toFixed(2)} s ` +
      `(${rate} reports/s, ${(summary.bytes / 1e6).toFixed(1)} MB, ${summary.threads} thread(s))\n`,
  );
}

/**
 * Parses FILE (or standard input for `-`), or the --batch source, and prints the findings.
 * @param file - a report file or `-`, unless --batch is given
 * @param options - the flags
 * @param io - the streams
 */
export async function runParseReport(
  file: string | undefined,
  options: ParseReportOptions,
  io: CliIo,
): Promise<void> {
  if (options.batch !== undefined) {
    if (file !== undefined) {
      throw new InputError('invalid-input', 'FILE', 'give either FILE or --batch, not both');
    }
    await runBatch(options.batch, options, io);
    return;
  }
  if (file === undefined) {
    throw new InputError(
      'missing-argument',
      'FILE',
      'a report file or - is required (or use --batch)',
    );
  }
  const text = await readTextInput(file, io);
  const result = parseReport(text, options.includeHistory === true ? { includeHistory: true } : {});
  if (wantsJson(options, io)) return printJson(io, result);
  io.stdout.write(renderTable(result));
}
