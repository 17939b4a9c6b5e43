/**
 * What the `grade` and `score` verbs declare their arguments and flags from: the grading systems as
 * `describeGradingSystems()` gives them (plus each system's command-line names) and the score instrument
 * ids. Built from the registries here; scripts/bundle-cli.mjs replaces this module in the CLI bundle with
 * the values its functions return at build time (checked deep-equal), so `grade --help` and `score --help`
 * build their flags without constructing every system's zod schema and JSON Schema first.
 */
import { GRADING_SYSTEMS, SCORE_INSTRUMENT_IDS, describeGradingSystems } from '../index.js';
import type {
  GradingCommandLine,
  GradingSystem,
  GradingSystemDescription,
  ScoreInstrumentId,
} from '../index.js';

/** A grading system as `grade --list --json` prints it, with its command-line names. */
export interface CliGradingSystem {
  readonly description: GradingSystemDescription;
  readonly commandLine: GradingCommandLine;
}

let grading: readonly CliGradingSystem[] | undefined;

/** The grading systems, in registry order (built once, on first use). */
export function cliGradingSystems(): readonly CliGradingSystem[] {
  grading ??= describeGradingSystems().systems.map((description) => ({
    description,
    commandLine: (GRADING_SYSTEMS[description.id] as GradingSystem).commandLine ?? {},
  }));
  return grading;
}

/** The score instrument ids, in registry order. */
export function cliScoreInstrumentIds(): readonly ScoreInstrumentId[] {
  return SCORE_INSTRUMENT_IDS;
}
