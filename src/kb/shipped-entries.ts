/**
 * The shipped KB's entries, anatomy first. A function rather than the lists themselves, so the CLI
 * bundle (scripts/bundle-cli.mjs) can replace it with one that reads a build-time snapshot of its value
 * on first call: a verb that never asks for the KB (a search, a grade) then never parses the entries.
 */
import { AUTHORED_ENTRIES } from './entries/index.js';
import { ANATOMY_ENTRIES } from './anatomy-entries.js';
import type { KbEntryInput } from './schema.js';

export function shippedEntries(): readonly KbEntryInput[] {
  return [...ANATOMY_ENTRIES, ...AUTHORED_ENTRIES];
}
