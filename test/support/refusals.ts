/** Table-driven checks that bad input is refused with the exact path and message (STYLE §7, §5). */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { InputError } from '../../src/errors.js';

/** One refused input: the test's name, the input, and the `path` and `message` of its `InputError`. */
export type RefusalCase<I = unknown> = readonly [
  name: string,
  input: I,
  path: string,
  message: string,
];

/**
 * Registers one test per case, named `name → path: message`, asserting that `run(input)` throws an
 * `InputError` with exactly that path and message.
 * @param cases - the refused inputs
 * @param run - calls the entry point under test with one input
 */
export function itRefusesEach<I>(
  cases: readonly RefusalCase<I>[],
  run: (input: I) => unknown,
): void {
  for (const [name, input, path, message] of cases) {
    it(`${name} → ${path}: ${message}`, () => {
      assert.throws(
        () => run(input),
        (e: unknown) => e instanceof InputError && e.path === path && e.message === message,
      );
    });
  }
}
