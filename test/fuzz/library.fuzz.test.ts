/**
 * Property-based tests of the library's public entry points (src/index.ts) with generated valid and invalid
 * input. For every call: no exception other than an InputError carrying a one-line `path: message`;
 * input the entry's own schema accepts gives a result that meets its contract (see _contracts.ts); input
 * it rejects gives an InputError. The surface test keeps the classification in _entry-points.ts complete.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as api from '../../src/index.js';
import { isInputError } from '../../src/index.js';
import {
  ENTRY_POINTS,
  KNOWN_BUGS,
  PREDICATES,
  TOTAL_ON_STRINGS,
  TYPED_HELPERS,
} from './_entry-points.js';
import type { EntryPoint } from './_entry-points.js';
import { anyJson } from './_arbitraries.js';
import { assertOneLine, checkProperty, describeThrown } from './_support.js';

const show = (args: readonly unknown[]): string => {
  const text =
    JSON.stringify(args, (_k, v: unknown) => (v === undefined ? '<undefined>' : v)) ?? String(args);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
};

/** What an entry point must do with `args`; throws an assertion error when it does not. */
function judge(entry: EntryPoint, args: readonly unknown[], fromValid: boolean): void {
  const expectValid = entry.isValid ? entry.isValid(args) : fromValid ? true : undefined;
  let out: unknown;
  try {
    out = entry.call(args);
  } catch (error) {
    assert.ok(
      isInputError(error),
      `${entry.title}: threw ${describeThrown(error)} for ${show(args)}`,
    );
    assertOneLine(error.toLine(), `${entry.title}: error line`);
    assert.ok(
      error.path.length > 0 && error.message.length > 0,
      `${entry.title}: error without path or message: ${error.toLine()}`,
    );
    if (expectValid === true && entry.validatesBeyondSchema !== true) {
      assert.fail(`${entry.title}: refused valid input with "${error.toLine()}": ${show(args)}`);
    }
    return;
  }
  if (expectValid === false) {
    assert.fail(`${entry.title}: accepted input its schema rejects: ${show(args)}`);
  }
  entry.check(out, args);
}

describe('library entry points under fuzzing', () => {
  it('every exported function is classified (fuzzed, total on strings, predicate, typed helper or known bug)', () => {
    const classified = new Set([
      ...ENTRY_POINTS.flatMap((e) => e.covers),
      ...Object.keys(TOTAL_ON_STRINGS),
      ...Object.keys(PREDICATES),
      ...Object.keys(TYPED_HELPERS),
      ...Object.keys(KNOWN_BUGS),
    ]);
    const functions = Object.entries(api)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    const unclassified = functions.filter((name) => !classified.has(name));
    assert.deepEqual(
      unclassified,
      [],
      `classify these exports in test/fuzz/_entry-points.ts: ${unclassified.join(', ')}`,
    );
    const stale = [...classified].filter((name) => !functions.includes(name));
    assert.deepEqual(
      stale,
      [],
      `these classified names are no longer exported: ${stale.join(', ')}`,
    );
  });

  for (const entry of ENTRY_POINTS) {
    it(`${entry.title}: valid input meets the contract, invalid input is a clean InputError`, () => {
      const tagged = entry.mixed
        ? fc.oneof(
            entry.valid.map((args) => ({ args, fromValid: true })),
            entry.mixed.map((args) => ({ args, fromValid: false })),
          )
        : entry.valid.map((args) => ({ args, fromValid: true }));
      checkProperty(
        fc.property(tagged, ({ args, fromValid }) => judge(entry, args, fromValid)),
        entry.runs,
      );
    });
  }

  it('free-text readers accept any string (no exception but InputError)', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ maxLength: 80, unit: 'binary' }),
      fc.constantFrom('', ' ', '1e999 mg', '-5 g q0h', '½ tab', 'NaN', '\u0000'),
    );
    for (const [name, fn] of Object.entries(TOTAL_ON_STRINGS)) {
      checkProperty(
        fc.property(text, (t) => {
          try {
            fn(t);
          } catch (error) {
            assert.ok(
              isInputError(error),
              `${name}(${JSON.stringify(t)}) threw ${describeThrown(error)}`,
            );
          }
        }),
        40,
      );
    }
  });

  it('predicates answer for any value and never throw', () => {
    for (const [name, fn] of Object.entries(PREDICATES)) {
      checkProperty(
        fc.property(anyJson, (v) => {
          try {
            fn(v);
          } catch (error) {
            assert.fail(`${name} threw ${describeThrown(error)}`);
          }
        }),
        30,
      );
    }
  });
});
