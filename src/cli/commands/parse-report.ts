/**
 * `foramen parse-report FILE|-`: a radiology report in, structured findings out (JSON with --json or when
 * piped, a table on a terminal). `--batch DIR|FILE.ndjson|-` parses many reports on every core and writes
 * NDJSON, one `{ id, findings }` (or `{ id, error }`) line per report, with a progress bar on a terminal and
 * a summary line at the end. All parsing happens in the core; this file declares the flags, and
 * run-parse-report.ts (loaded when the verb runs) reads, prints and reports progress.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { ParseReportOptions } from './run-parse-report.js';

/** Registers `foramen parse-report`. */
export function registerParseReport(program: Command, io: CliIo): void {
  program
    .command('parse-report')
    .description('read a lumbar MRI/CT report and print its findings per level and side')
    .argument('[file]', 'report text file, or - for standard input')
    .option('--json', 'print JSON')
    .option(
      '--batch <source>',
      'parse many reports: a directory of .txt files, an NDJSON file of {"id","text"} records, or - (NDJSON on stdin); writes NDJSON',
    )
    .option(
      '--jobs <n>',
      'threads that parse a --batch (default: every core): this one and n - 1 workers; 0 or 1 = this one',
    )
    .option(
      '--include-history',
      'also report findings stated in CLINICAL HISTORY / INDICATION sections',
    )
    .action(async (file: string | undefined, options: ParseReportOptions) => {
      const { runParseReport } = await import('./run-parse-report.js');
      await runParseReport(file, options, io);
    });
}
