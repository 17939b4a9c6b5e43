/** `foramen assess FILE|-`: a patient presentation in, an assessment out (CONTRACTS.md). */
import type { Command } from 'commander';
import { assess, renderAssessmentText } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, readJsonInput, wantsJson } from '../io.js';

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
      const assessment = assess(await readJsonInput(file, io));
      if (wantsJson(options, io)) return printJson(io, assessment);
      io.stdout.write(renderAssessmentText(assessment));
    });
}
