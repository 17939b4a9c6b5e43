/**
 * `foramen score INSTRUMENT FILE|-` (JSON in, JSON out), a quick form for a pain rating
 * (`foramen score nrs 7 --site leg`), and `foramen score --list`. This file only declares the verb; the
 * work is in run-score.ts, loaded when the verb runs, so `score --help` does not load the instruments.
 * Scoring happens in the core (`score(instrument, input)`).
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { cliScoreInstrumentIds } from '../registries.js';

/**
 * Registers `foramen score`.
 * @param program - the root command
 * @param io - the streams to read and print with
 */
export function registerScore(program: Command, io: CliIo): void {
  program
    .command('score')
    .description('score a patient-reported outcome questionnaire (ODI, STarT Back, NRS, ZCQ, RMDQ)')
    .argument('[instrument]', `one of ${cliScoreInstrumentIds().join(', ')}`)
    .argument('[input]', 'JSON FILE, - for standard input, or (nrs only) a number 0–10')
    .option('--list', 'describe every instrument, its outputs and its source')
    .option('--site <site>', 'nrs quick form: back | leg | overall')
    .option('--json', 'print JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  foramen score odi answers.json --json\n  echo \'{"answers":[1,0,1,1,1,0,1,0,0]}\' | foramen score startback -\n  foramen score nrs 7 --site leg\n  foramen score --list',
    )
    .action(
      async (
        instrument: string | undefined,
        arg: string | undefined,
        options: { list?: boolean; json?: boolean; site?: string },
      ) => {
        const { runScore } = await import('./run-score.js');
        await runScore(instrument, arg, options, io);
      },
    );
}
