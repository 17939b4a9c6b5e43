/**
 * `foramen grade SYSTEM FILE|-` (JSON in, JSON out), quick flags for people
 * (`foramen grade lee --superior --inferior`, `foramen grade percent 38`), and `foramen grade --list`.
 * The flags are built from the grading registry, as the web page builds its forms: every input field of
 * every system is a flag (its name, type, allowed values and help from the same zod schema that
 * validates it), so a new system or field needs no change here. All grading happens in the core
 * (`grade(system, input)`); this file only builds the input and prints.
 */
import { Option } from 'commander';
import type { Command } from 'commander';
import {
  GRADING_SYSTEMS,
  GRADING_SYSTEM_IDS,
  InputError,
  assertGradingSystemId,
  describeGradingSystems,
  grade,
} from '../../index.js';
import type {
  GradeResult,
  GradingInputField,
  GradingSystem,
  GradingSystemDescription,
  GradingSystemId,
} from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, readJsonInput, wantsJson } from '../io.js';
import { explanationLines } from '../_explained-result.js';

/** One command-line flag: the input field of one system it fills. */
export interface GradeFlag {
  readonly system: GradingSystemId;
  /** The field's path in the system's JSON input, e.g. `fatObliteration.superior`. */
  readonly field: string;
  /** The flag without `--`, e.g. `superior`. */
  readonly name: string;
  readonly input: GradingInputField;
  /** For a boolean field: the value the flag sets (false for flags such as `--free-fragment`). */
  readonly sets?: boolean;
  /** For an optional boolean field: `--no-<name>` sets it false. */
  readonly negatable?: boolean;
}

const kebab = (name: string): string => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The flags of one system, in the order of its input fields. */
function flagsOfSystem(system: GradingSystemDescription): GradeFlag[] {
  const names = (GRADING_SYSTEMS[system.id] as GradingSystem).commandLine ?? {};
  return system.inputs.map((input) => {
    const falseFlag = names.falseFlags?.[input.field];
    const name =
      falseFlag ?? names.flags?.[input.field] ?? kebab(input.field.split('.').pop() ?? '');
    const common = { system: system.id, field: input.field, name, input };
    if (input.type !== 'boolean') return common;
    return falseFlag !== undefined
      ? { ...common, sets: false }
      : { ...common, sets: true, negatable: !input.required };
  });
}

// Options of the command itself; no field may take their names.
const OWN_OPTIONS = new Set(['list', 'json', 'verbose', 'help', 'version']);

let flags: readonly GradeFlag[] | undefined;

/**
 * Every flag of every grading system, from the registry. Throws (a programmer error) when two systems
 * would give one flag name different kinds of value, or a field would take a name of the command's own.
 */
export function gradeFlags(): readonly GradeFlag[] {
  if (flags) return flags;
  const all = describeGradingSystems().systems.flatMap(flagsOfSystem);
  for (const f of all) {
    const other = all.find((g) => g.name === f.name && (g.sets ?? null) !== (f.sets ?? null));
    if (OWN_OPTIONS.has(f.name) || other) {
      throw new Error(`grade: flag --${f.name} of ${f.system}.${f.field} is already taken`);
    }
  }
  flags = all;
  return all;
}

const flagsOf = (system: GradingSystemId): GradeFlag[] =>
  gradeFlags().filter((f) => f.system === system);

const NUMBER = /^-?\d+(?:\.\d+)?%?$/;
// A bare word (no dot or slash) cannot be a file name people pass by accident; `./name` reads a file.
const WORD = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** The kind of positional value a system takes: a number, a word, or none (then it is always FILE). */
function valueKind(system: GradingSystemId): 'number' | 'word' | null {
  const field = valueField(system);
  if (!field) return null;
  return field.input.type === 'number' ? 'number' : 'word';
}

function valueField(system: GradingSystemId): GradeFlag | undefined {
  const field = (GRADING_SYSTEMS[system] as GradingSystem).commandLine?.value;
  return field === undefined ? undefined : flagsOf(system).find((f) => f.field === field);
}

/**
 * The JSON value of a typed text: one of the field's allowed values in any case (or by position where the
 * registry allows it), a number for a numeric field, else the text itself, so the schema names the field
 * and the problem.
 */
function valueOf(input: GradingInputField, text: string, byPosition: boolean): unknown {
  if (input.values) {
    const hit = input.values.find((v) => String(v).toLowerCase() === text.toLowerCase());
    if (hit !== undefined) return hit;
    const position = /^[1-9]\d*$/.test(text) ? Number(text) : 0;
    if (byPosition && position <= input.values.length) return input.values[position - 1];
  }
  return input.type === 'number' && NUMBER.test(text) ? Number.parseFloat(text) : text;
}

/** Sets `value` at a dotted path, creating the objects on the way. */
function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1] ?? path] = value;
}

/** Builds a system's JSON input from a positional value and its flags (flag name → commander's value). */
function inputFromFlags(
  system: GradingSystemId,
  value: string | undefined,
  given: ReadonlyMap<string, unknown>,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const positional = value === undefined ? undefined : valueField(system);
  if (positional && given.has(positional.name)) {
    throw new InputError(
      'invalid-input',
      `--${positional.name}`,
      `give ${positional.field} once, as the value after the system or with --${positional.name}`,
    );
  }
  const byPosition = (GRADING_SYSTEMS[system] as GradingSystem).commandLine?.valueByPosition;
  for (const f of flagsOf(system)) {
    const text = f === positional ? value : given.get(f.name);
    if (f.sets !== undefined) {
      // A switch: on sets what it says (`--no-x` gives false); a required field left unsaid is the opposite.
      if (text !== undefined) setPath(input, f.field, text === true ? f.sets : !f.sets);
      else if (f.input.required) setPath(input, f.field, !f.sets);
    } else if (typeof text === 'string') {
      setPath(input, f.field, valueOf(f.input, text, f === positional && byPosition === true));
    }
  }
  return input;
}

/** Reads the input from FILE/-, or builds it from the quick value and flags. */
async function inputFor(
  system: GradingSystemId,
  arg: string | undefined,
  given: ReadonlyMap<string, unknown>,
  io: CliIo,
): Promise<unknown> {
  const own = flagsOf(system);
  const stray = [...given.keys()].find((name) => !own.some((f) => f.name === name));
  if (stray) {
    const owners = [
      ...new Set(
        gradeFlags()
          .filter((f) => f.name === stray)
          .map((f) => f.system),
      ),
    ];
    throw new InputError(
      'invalid-input',
      `--${stray}`,
      `applies only to ${owners.join(', ')}, not ${system}`,
    );
  }
  const kind = valueKind(system);
  const isQuickValue =
    arg !== undefined &&
    arg !== '-' &&
    ((kind === 'number' && NUMBER.test(arg)) || (kind === 'word' && WORD.test(arg)));
  if (arg !== undefined && !isQuickValue) {
    const first = [...given.keys()][0];
    if (first !== undefined) {
      throw new InputError(
        'invalid-input',
        `--${first}`,
        'give JSON (FILE or -) or quick flags, not both',
      );
    }
    return readJsonInput(arg, io);
  }
  if (arg === undefined && given.size === 0) {
    const names = [...new Set(own.map((f) => `--${f.name}`))].join(' ');
    const hint = [
      kind ? `a ${kind === 'number' ? 'number' : 'value'}` : '',
      names ? `flags (${names})` : '',
    ]
      .filter(Boolean)
      .join(' or ');
    throw new InputError(
      'missing-argument',
      'FILE',
      `give a JSON file, - for standard input${hint ? `, or ${hint}` : ''}`,
    );
  }
  return inputFromFlags(system, isQuickValue ? arg : undefined, given);
}

/**
 * The command-line arguments that give a system `input` by flags (the help's examples, and tests that
 * check flags and JSON agree). Fields the flags cannot say are left out.
 * @param system - a system id
 * @param input - a JSON input of that system
 */
export function flagsFor(system: GradingSystemId, input: unknown): string[] {
  const args: string[] = [];
  for (const f of flagsOf(system)) {
    let v: unknown = input;
    for (const key of f.field.split('.')) v = (v as Record<string, unknown> | undefined)?.[key];
    if (v === undefined) continue;
    if (f.sets === undefined) args.push(`--${f.name}`, String(v));
    else if (v === f.sets) args.push(`--${f.name}`);
    else if (f.negatable) args.push(`--no-${f.name}`);
  }
  return args;
}

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
    const option = new Option(
      `--${name}${first.sets === undefined ? placeholder : ''}`,
      helpOf(same),
    );
    command.addOption(option);
    byAttribute.set(option.attributeName(), name);
    if (same.some((f) => f.negatable)) {
      const fields = same.filter((f) => f.negatable).map((f) => `${f.system}: ${f.field} false`);
      command.addOption(new Option(`--no-${name}`, fields.join('; ')));
    }
  }
  return byAttribute;
}

/** Readable text of one result for people. */
function renderResult(r: GradeResult): string {
  const lines = [
    `${r.system}: grade ${String(r.grade)}${r.label === String(r.grade) ? '' : ` (${r.label})`}`,
    `severity: ${r.severity} (${r.mapping.severity === 'heuristic' ? 'Foramen mapping' : "the system's own word"}); RSNA class: ${r.rsnaClass} (heuristic)`,
    'criteria:',
    ...explanationLines(r),
  ];
  return `${lines.join('\n')}\n`;
}

/** Readable text of the registry for people. */
function renderList(systems: readonly GradingSystemDescription[]): string {
  const width = Math.max(...systems.map((s) => s.id.length));
  const pad = ' '.repeat(width + 2);
  const out: string[] = [];
  for (const s of systems) {
    out.push(`${s.id.padEnd(width)}  ${s.name}`);
    out.push(`${pad}${s.description}`);
    out.push(`${pad}input: ${s.forms.join(' | ')}`);
    for (const f of s.inputs) {
      const range =
        f.values !== undefined
          ? f.values.map((v) => String(v)).join('|')
          : f.minimum !== undefined || f.exclusiveMinimum !== undefined
            ? `${f.exclusiveMinimum !== undefined ? `>${f.exclusiveMinimum}` : String(f.minimum)}..${String(f.maximum ?? '')}`
            : f.type;
      const flag = gradeFlags().find((g) => g.system === s.id && g.field === f.field);
      out.push(
        `${pad}  ${f.field}${f.required ? '' : '?'}  ${range}${f.description ? `  ${f.description}` : ''}${flag ? `  (--${flag.name})` : ''}`,
      );
    }
    out.push(`${pad}grades: ${s.grades.map((g) => String(g)).join(', ')}`);
    out.push(`${pad}source: ${s.source}: ${s.reference}`);
    out.push('');
  }
  return out.join('\n');
}

/**
 * Registers `foramen grade`.
 * @param program - the root command
 * @param io - the streams to read and print with
 */
export function registerGrade(program: Command, io: CliIo): void {
  const withValue = GRADING_SYSTEM_IDS.flatMap((id) => {
    const field = valueField(id);
    const example = (GRADING_SYSTEMS[id] as GradingSystem).example as Record<string, unknown>;
    const sample = field && (example[field.field] ?? field.input.values?.[1]);
    return sample === undefined ? [] : [`${id} ${String(sample)}`];
  });
  // Flag examples from the registry's own examples, where they show more than the quick value does.
  const examples = GRADING_SYSTEM_IDS.map((id) => {
    const given = flagsFor(id, (GRADING_SYSTEMS[id] as GradingSystem).example);
    const quick = valueField(id);
    const more = given.some((a) => a.startsWith('--') && a !== `--${quick?.name ?? ''}`);
    return more ? `  foramen grade ${id} ${given.join(' ')}` : undefined;
  }).filter((line) => line !== undefined);
  const command = program
    .command('grade')
    .description('grade imaging findings with a published system (see --list)')
    .argument('[system]', `one of ${GRADING_SYSTEM_IDS.join(', ')}`)
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
        const json = wantsJson(options, io);
        if (options['list'] === true) {
          if (system !== undefined) assertGradingSystemId(system);
          const systems = describeGradingSystems().systems.filter(
            (s) => system === undefined || s.id === system,
          );
          if (json) return printJson(io, { systems });
          io.stdout.write(renderList(systems));
          return;
        }
        if (system === undefined) {
          throw new InputError(
            'missing-argument',
            'SYSTEM',
            `give a grading system (${GRADING_SYSTEM_IDS.join(', ')}) or --list`,
          );
        }
        assertGradingSystemId(system);
        const given = new Map<string, unknown>();
        for (const [attribute, value] of Object.entries(options)) {
          const name = flagOf.get(attribute);
          if (name !== undefined && value !== undefined) given.set(name, value);
        }
        const result = grade(system, await inputFor(system, arg, given, io));
        if (json) return printJson(io, result);
        io.stdout.write(renderResult(result));
      },
    );
}
