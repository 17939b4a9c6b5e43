/**
 * `foramen assess FILE|-`: a patient presentation in, an assessment out (CONTRACTS.md). This file only
 * declares the verb; the work is in run-assess.ts, loaded when the verb runs, so `assess --help` does not
 * load the rules.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';

/** Registers `foramen assess`. */
export function registerAssess(program: Command, io: CliIo): void {
  program
    .command('assess')
    .description(
      'assess a presentation: root localisation, lesion sites, imaging concordance, triage, work-up, plan, codes',
    )
    .argument('<file>', 'presentation JSON file, or - for standard input')
    .option('--json', 'print JSON (the default when stdout is not a terminal)')
    .action(async (file: string, options: { json?: boolean }) => {
      const { runAssess } = await import('./run-assess.js');
      await runAssess(file, options, io);
    });
}
