/** The work of `foramen assess` (declared in assess.ts): read the presentation, assess it, print. */
import { assess, renderAssessmentText } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, readJsonInput, wantsJson } from '../io.js';

/**
 * Assesses the presentation in FILE (or standard input for `-`) and prints it.
 * @param file - a JSON file or `-`
 * @param options - `--json`
 * @param io - the streams
 */
export async function runAssess(
  file: string,
  options: { json?: boolean },
  io: CliIo,
): Promise<void> {
  const assessment = assess(await readJsonInput(file, io));
  if (wantsJson(options, io)) return printJson(io, assessment);
  io.stdout.write(renderAssessmentText(assessment));
}
