/**
 * `foramen grade SYSTEM FILE|-` (JSON in, JSON out), quick flags for people
 * (`foramen grade lee --superior --inferior`, `foramen grade percent 38`), and `foramen grade --list`.
 * This file only declares the verb and its flags (built from the grading registry, see grade-flags.ts);
 * the work is in run-grade.ts, loaded when the verb runs, so `grade --help` does not load the rules. All
 * grading happens in the core (`grade(system, input)`).
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import {
  flagsFor,
  gradeFlags,
  gradingSystemIds,
  gradingSystems,
  valueField,
} from '../grade-flags.js';
import type { GradeFlag } from '../grade-flags.js';

export { flagsFor, gradeFlags } from '../grade-flags.js';
export type { GradeFlag } from '../grade-flags.js';

/** Help text of one flag name, shared by the systems that have it. */
function helpOf(same: readonly GradeFlag[]): string {
  return [...new Set(same.map((f) => f.system))]
    .map((system) => {
      const f = same.find((g) => g.system === system) as GradeFlag;
      const values = f.input.values ? ` (${f.input.values.map(String).join(' | ')})` : '';
      const about = f.input.description ?? f.field;
      const says = f.sets === false ? `sets ${f.field} false (${f.field}: ${about})` : about;
      return `${system}: ${says}${values}`;
    })
    .join('; ');
}

/** Adds one option per flag name, and `--no-<name>` where a boolean may be said false. */
function addFlagOptions(command: Command): Map<string, string> {
  const byAttribute = new Map<string, string>();
  const names = [...new Set(gradeFlags().map((f) => f.name))];
  for (const name of names) {
    const same = gradeFlags().filter((f) => f.name === name);
    const first = same[0] as GradeFlag;
    const placeholder = first.input.type === 'number' ? ' <number>' : ' <value>';
    // The command's own factory, not commander's Option class: importing the class would put a second
    // copy of commander into this verb's bundle.
    const option = command.createOption(
      `--${name}${first.sets === undefined ? placeholder : ''}`,
      helpOf(same),
    );
    command.addOption(option);
    byAttribute.set(option.attributeName(), name);
    if (same.some((f) => f.negatable)) {
      const fields = same.filter((f) => f.negatable).map((f) => `${f.system}: ${f.field} false`);
      command.addOption(command.createOption(`--no-${name}`, fields.join('; ')));
    }
  }
  return byAttribute;
}

/**
 * Registers `foramen grade`.
 * @param program - the root command
 * @param io - the streams to read and print with
 */
export function registerGrade(program: Command, io: CliIo): void {
  const ids = gradingSystemIds();
  const withValue = gradingSystems().flatMap(({ description: s }) => {
    const field = valueField(s.id);
    const example = s.example as Record<string, unknown>;
    const sample = field && (example[field.field] ?? field.input.values?.[1]);
    return sample === undefined ? [] : [`${s.id} ${String(sample)}`];
  });
  // Flag examples from the registry's own examples, where they show more than the quick value does.
  const examples = gradingSystems()
    .map(({ description: s }) => {
      const given = flagsFor(s.id, s.example);
      const quick = valueField(s.id);
      const more = given.some((a) => a.startsWith('--') && a !== `--${quick?.name ?? ''}`);
      return more ? `  foramen grade ${s.id} ${given.join(' ')}` : undefined;
    })
    .filter((line) => line !== undefined);
  const command = program
    .command('grade')
    .description('grade imaging findings with a published system (see --list)')
    .argument('[system]', `one of ${ids.join(', ')}`)
    .argument(
      '[input]',
      `JSON FILE, - for standard input, or a quick value (${withValue.join(', ')})`,
    )
    .option('--list', 'describe every system (or the one named), its inputs and its source')
    .option('--json', 'print JSON');
  const flagOf = addFlagOptions(command);
  command
    .addHelpText(
      'after',
      `\nExamples:\n${[
        ...withValue.map((w) => `  foramen grade ${w}`),
        ...examples,
        '  foramen grade lee finding.json --json',
        '  foramen grade --list',
      ].join('\n')}`,
    )
    .action(
      async (
        system: string | undefined,
        arg: string | undefined,
        options: Record<string, unknown>,
      ) => {
        const { runGrade } = await import('./run-grade.js');
        await runGrade(system, arg, options, flagOf, io);
      },
    );
}
