/**
 * Reading an article request from untrusted input (CLI flags, HTTP query). A bad field becomes an
 * `InputError` that names the field and lists the allowed values, so the shells print one clear line.
 */
import * as z from 'zod';
import { InputError } from '../errors.js';
import { LEVELS, SIDES, ZONES } from '../vocab/index.js';
import type { ArticleRequest } from './context.js';
import { AUDIENCES } from './model.js';
import type { Audience } from './model.js';

const FIELDS = { level: LEVELS, side: SIDES, zone: ZONES, audience: AUDIENCES } as const;

const RequestSchema = z.strictObject({
  level: z.enum(LEVELS),
  side: z.enum(SIDES),
  zone: z.enum(ZONES),
  audience: z.enum(AUDIENCES).optional(),
});

/** Tidies the ways people write a level: `l4/l5`, `L4-5`, `L5S1` all become the contract's form. */
export function normaliseLevel(raw: string): string {
  const s = raw
    .trim()
    .toUpperCase()
    .replace(/[/_ –]/g, '-');
  const m = /^([TL])(\d{1,2})-?([LS]?)(\d)$/.exec(s);
  if (!m) return s;
  const [, upperKind, upperNum, lowerKind, lowerNum] = m;
  // "L4-5": the lower vertebra's letter is the upper's, except after L5, where it is the sacrum.
  const lower = lowerKind || (upperKind === 'T' ? 'L' : upperNum === '5' ? 'S' : 'L');
  return `${upperKind ?? ''}${upperNum ?? ''}-${lower}${lowerNum ?? ''}`;
}

/** A value as it may appear in a one-line message: no line breaks, and not too long. */
function oneLine(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const flat = text.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/**
 * Parses an article request.
 * @param input - `{ level, side, zone }` from a user; case and level spelling are forgiven
 * @returns the request with contract values
 * @throws InputError naming the first bad field and its allowed values
 */
export function parseArticleRequest(
  input: unknown,
): ArticleRequest & { readonly audience: Audience } {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const given = (key: string): unknown => (Object.hasOwn(raw, key) ? raw[key] : undefined);
  const tidy = {
    ...raw,
    ...(typeof raw.level === 'string' ? { level: normaliseLevel(raw.level) } : {}),
    ...(typeof raw.side === 'string' ? { side: raw.side.trim().toLowerCase() } : {}),
    ...(typeof raw.zone === 'string' ? { zone: raw.zone.trim().toLowerCase() } : {}),
    ...(typeof raw.audience === 'string' ? { audience: raw.audience.trim().toLowerCase() } : {}),
  };
  const result = RequestSchema.safeParse(tidy);
  if (result.success) {
    const { audience = 'patient', ...rest } = result.data;
    return { ...rest, audience };
  }
  const issue = result.error.issues[0];
  const field =
    issue?.code === 'unrecognized_keys'
      ? (issue.keys[0] ?? 'input')
      : String(issue?.path[0] ?? 'input');
  // Own keys only: "constructor" or "__proto__" must read as unknown fields, not as Object's members.
  if (Object.hasOwn(FIELDS, field)) {
    const allowed = FIELDS[field as keyof typeof FIELDS].join(', ');
    const value = given(field);
    const what = value === undefined ? 'is required' : `"${oneLine(value)}" is not allowed`;
    throw new InputError('invalid-input', field, `${what}; use one of ${allowed}`, {
      cause: result.error,
    });
  }
  throw new InputError(
    'invalid-input',
    field,
    `unknown field; an article takes only level, side, zone and audience`,
    { cause: result.error },
  );
}
