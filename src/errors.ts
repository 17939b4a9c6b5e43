/**
 * One error family for bad input. Every public entry point turns schema failures into an
 * `InputError` carrying the path of the first bad field, so the shells can print one line
 * (CLI) or answer 400 (HTTP) without knowing anything about zod.
 */
import type { z } from 'zod';

export const INPUT_ERROR_CODES = {
  'invalid-input': 'The input does not match the expected shape.',
  'invalid-json': 'The input is not valid JSON.',
  'unknown-id': 'No entry has this id.',
  'unknown-category': 'No such category.',
  'unknown-system': 'No such grading system.',
  'unknown-command': 'No such command.',
  'missing-argument': 'A required argument is missing.',
} as const;
export type InputErrorCode = keyof typeof INPUT_ERROR_CODES;

/**
 * The one error family of Foramen: a request that cannot be answered as asked, with a stable `code`, the
 * field at fault (`path`), a one-line message and the HTTP status it answers with. `InputError` (400) and
 * the record store's `RecordError` (404, 409, 410) extend it, so every shell shapes them the same way.
 */
export abstract class ForamenError<C extends string = string> extends Error {
  /** The HTTP status this error answers with. */
  abstract readonly status: number;
  constructor(
    readonly code: C,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** The single line a person sees: `path: message`, or the message alone when no field applies. */
  toLine(): string {
    return this.path ? `${this.path}: ${this.message}` : this.message;
  }
}

/**
 * True for any error of the family. Structural as well as `instanceof`, because each bundled CLI verb
 * carries its own copy of these classes.
 */
export const isForamenError = (error: unknown): error is ForamenError =>
  error instanceof ForamenError ||
  (error instanceof Error &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { path?: unknown }).path === 'string' &&
    typeof (error as { status?: unknown }).status === 'number' &&
    typeof (error as { toLine?: unknown }).toLine === 'function');

/** Bad input from a user or client: one line, naming the field at `path`; answers 400. */
export class InputError extends ForamenError<InputErrorCode> {
  override readonly name = 'InputError';
  get status(): number {
    return 400;
  }
}

/**
 * True for errors that describe bad input rather than a bug. Structural as well as `instanceof`, because
 * each bundled CLI verb carries its own copy of this class.
 */
export const isInputError = (error: unknown): error is InputError =>
  error instanceof InputError ||
  (error instanceof Error &&
    error.name === 'InputError' &&
    typeof (error as { path?: unknown }).path === 'string' &&
    typeof (error as { toLine?: unknown }).toLine === 'function');

/** Renders a zod issue path as `exam.motor[0].mrc`. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Turns the first zod issue into a one-line, field-naming message. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'invalid_type': {
      // zod v4 leaves `input` off issues, so read what was received from its message.
      const received = /received (\w+)/.exec(issue.message)?.[1];
      return received === 'undefined'
        ? `is required (${issue.expected})`
        : `must be ${issue.expected}${received ? `, not ${received}` : ''}`;
    }
    case 'too_small':
      return `must be at least ${String(issue.minimum)}${issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : ''}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}${issue.origin === 'array' ? ' item(s)' : ''}`;
    default:
      return issue.message;
  }
}

/**
 * Parses `input` with `schema`, or throws an `InputError` naming the first bad field.
 * @param schema - the zod schema of the entry point
 * @param input - untrusted input
 * @param rootName - label used when the problem is the whole input (no path)
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  rootName = 'input',
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (!issue) throw new InputError('invalid-input', rootName, 'is invalid');
  let path = issue.path;
  // For unknown keys, point at the offending key itself so the user sees the exact field.
  if (issue.code === 'unrecognized_keys' && issue.keys.length === 1) {
    path = [...path, issue.keys[0] as string];
  }
  const where = formatIssuePath(path) || rootName;
  throw new InputError('invalid-input', where, describeIssue(issue), { cause: result.error });
}

/**
 * Reports a cross-field rule broken at one field of the object being refined, so the InputError's path
 * names that field (`superRefine` checks such as "rootlets is required when csf is visible").
 * @param ctx - the refinement context
 * @param field - the field (or array index) the message is about
 * @param message - what is wrong with it
 */
export function addFieldIssue<T>(
  ctx: z.core.$RefinementCtx<T>,
  field: string | number,
  message: string,
): void {
  ctx.addIssue({ code: 'custom', path: [field], message });
}
