/**
 * The work of `foramen grade` (declared in grade.ts): list the systems, or build a system's input from
 * FILE/- or from the quick value and flags, grade it in the core and print.
 */
import { GRADING_SYSTEM_IDS, InputError, assertGradingSystemId, grade } from '../../index.js';
import type {
  GradeResult,
  GradingInputField,
  GradingSystemDescription,
  GradingSystemId,
} from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, readJsonInput, wantsJson } from '../io.js';
import { explanationLines } from '../_explained-result.js';
import { flagsOf, gradeFlags, gradingSystem, gradingSystems, valueField } from '../grade-flags.js';

const NUMBER = /^-?\d+(?:\.\d+)?%?$/;
// A bare word (no dot or slash) cannot be a file name people pass by accident; `./name` reads a file.
const WORD = /^[A-Za-z0-9][A-Za-z0-9-]*$/;

/** The kind of positional value a system takes: a number, a word, or none (then it is always FILE). */
function valueKind(system: GradingSystemId): 'number' | 'word' | null {
  const field = valueField(system);
  if (!field) return null;
  return field.input.type === 'number' ? 'number' : 'word';
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
  const byPosition = gradingSystem(system).commandLine.valueByPosition;
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
 * Runs `foramen grade` as commander parsed it.
 * @param system - the system named, if any
 * @param arg - FILE, `-` or a quick value, if any
 * @param options - commander's options: `--list`, `--json` and the flags by attribute name
 * @param flagOf - flag name by commander attribute name
 * @param io - the streams
 */
export async function runGrade(
  system: string | undefined,
  arg: string | undefined,
  options: Record<string, unknown>,
  flagOf: ReadonlyMap<string, string>,
  io: CliIo,
): Promise<void> {
  const json = wantsJson(options, io);
  if (options['list'] === true) {
    if (system !== undefined) assertGradingSystemId(system);
    // The registry's own description (describeGradingSystems), as the CLI bundle holds it.
    const systems = gradingSystems()
      .map((s) => s.description)
      .filter((s) => system === undefined || s.id === system);
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
}
