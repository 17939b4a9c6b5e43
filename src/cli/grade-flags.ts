/**
 * The flags of `foramen grade`, built from the grading registry as the web page builds its forms: every
 * input field of every system is a flag (its name, type, allowed values and help from the same zod schema
 * that validates it), so a new system or field needs no change in the CLI. Shared by the verb's
 * declaration (commands/grade.ts) and its work (commands/run-grade.ts).
 */
import type { GradingInputField, GradingSystemId } from '../index.js';
import { cliGradingSystems } from './registries.js';
import type { CliGradingSystem } from './registries.js';

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

/** The systems, in registry order, as the CLI declares them. */
export const gradingSystems = (): readonly CliGradingSystem[] => cliGradingSystems();

/** The ids of the grading systems, in registry order. */
export const gradingSystemIds = (): GradingSystemId[] =>
  gradingSystems().map((s) => s.description.id);

/** One system by id (ids come from the registry, so it exists). */
export const gradingSystem = (id: GradingSystemId): CliGradingSystem =>
  gradingSystems().find((s) => s.description.id === id) as CliGradingSystem;

/** The flags of one system, in the order of its input fields. */
function flagsOfSystem({ description: system, commandLine: names }: CliGradingSystem): GradeFlag[] {
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
  const all = gradingSystems().flatMap(flagsOfSystem);
  for (const f of all) {
    const other = all.find((g) => g.name === f.name && (g.sets ?? null) !== (f.sets ?? null));
    if (OWN_OPTIONS.has(f.name) || other) {
      throw new Error(`grade: flag --${f.name} of ${f.system}.${f.field} is already taken`);
    }
  }
  flags = all;
  return all;
}

/** The flags of one system. */
export const flagsOf = (system: GradingSystemId): GradeFlag[] =>
  gradeFlags().filter((f) => f.system === system);

/** The flag of the field a positional value after the system fills, if the system has one. */
export function valueField(system: GradingSystemId): GradeFlag | undefined {
  const field = gradingSystem(system).commandLine.value;
  return field === undefined ? undefined : flagsOf(system).find((f) => f.field === field);
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
