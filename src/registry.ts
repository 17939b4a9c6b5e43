/**
 * The one pattern behind Foramen's calculator registries (grading systems, score instruments): entries
 * keyed by id, each pairing the zod schema of its input with the typed function that computes from it.
 * `defineRegistry` adds what every registry needs beside its entries: the ids in order, a type guard and
 * the unknown-id `InputError` naming the argument and listing the ids.
 */
import type { z } from 'zod';
import { InputError } from './errors.js';
import type { InputErrorCode } from './errors.js';

/**
 * The untrusted-input entry of a calculator. The type ties `fn` to `schema` at compile time; at run time
 * every calculator validates its own input with that schema (parseInput), so handing it `unknown` is
 * safe. This is the one place where unknown input is passed on as the typed input.
 * @param _schema - the zod schema of the calculator's input
 * @param fn - the typed calculator, which parses its input with `schema`
 */
export function untrustedEntry<S extends z.ZodType, R>(
  _schema: S,
  fn: (input: z.input<S>) => R,
): (input: unknown) => R {
  return (input) => fn(input as z.input<S>);
}

/** A registry of entries keyed by id, with the checks every registry needs. */
export interface Registry<E extends Record<string, unknown>> {
  readonly entries: E;
  /** Ids in registry order. */
  readonly ids: (keyof E & string)[];
  /** True when `id` names an entry. */
  readonly has: (id: string) => id is keyof E & string;
  /**
   * Returns `id` as an entry id, or throws the unknown-id InputError (path names the argument, the
   * message lists the ids).
   */
  readonly check: (id: string) => keyof E & string;
}

/**
 * Defines a registry from its entries.
 * @param entries - the entries keyed by id, in the order lists show them
 * @param unknown - how an unknown id is reported: error code, argument path and the noun for the message
 */
export function defineRegistry<const E extends Record<string, { readonly inputSchema: z.ZodType }>>(
  entries: E,
  unknown: { readonly code: InputErrorCode; readonly path: string; readonly noun: string },
): Registry<E> {
  const ids = Object.keys(entries) as (keyof E & string)[];
  const has = (id: string): id is keyof E & string => Object.hasOwn(entries, id);
  return {
    entries,
    ids,
    has,
    check(id) {
      if (!has(id)) {
        throw new InputError(
          unknown.code,
          unknown.path,
          `unknown ${unknown.noun} ${JSON.stringify(id)}; expected one of ${ids.join(', ')}`,
        );
      }
      return id;
    },
  };
}
