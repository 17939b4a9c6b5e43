/**
 * `foramen meds FILE|-`: a medication regimen in, safety alerts out (CONTRACTS.md). This file only
 * declares the verb; the work is in run-meds.ts, loaded when the verb runs.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';

export function registerMeds(program: Command, io: CliIo): void {
  program
    .command('meds')
    .description(
      'check a medication regimen: maximum doses, duplicates, interactions, kidney, liver, age and pregnancy cautions',
    )
    .argument('<file>', 'JSON file with { patient, drugs }, or - for standard input')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const { runMeds } = await import('./run-meds.js');
      await runMeds(file, options, io);
    });
}
