/**
 * Builds the knowledge base from the authored entries, the citation list and the anatomy tables.
 * Validation lives in validate.ts (it needs zod); the test suite and `npm run kb:check` run it on every
 * build, and the read path skips it to start fast: the data is compiled in and cannot change after the build.
 */
import { CITATIONS } from './citations/index.js';
import { shippedEntries } from './shipped-entries.js';
import type { KbCategory } from './categories.js';
import type { Citation, KbEntry, KbEntryInput } from './schema.js';

/** Version of the knowledge content; bump when clinical content changes. */
export const KB_VERSION = '2026.11.0';

export interface Kb {
  readonly version: string;
  readonly entries: readonly KbEntry[];
  readonly byId: ReadonlyMap<string, KbEntry>;
  readonly citations: ReadonlyMap<string, Citation>;
}

/** Assembles a KB from raw entries and citations without validating them. */
export function assembleKb(
  entries: readonly KbEntryInput[] = shippedEntries(),
  citations: readonly Citation[] = CITATIONS,
): Kb {
  // Entries are typed with `satisfies` at authoring time, so input and output shapes coincide.
  const all = entries as readonly KbEntry[];
  return {
    version: KB_VERSION,
    entries: all,
    byId: new Map(all.map((e) => [e.id, e])),
    citations: new Map(citations.map((c) => [c.id, c])),
  };
}

let shipped: Kb | undefined;
/** The shipped knowledge base (assembled once, lazily). */
export function getKb(): Kb {
  shipped ??= assembleKb();
  return shipped;
}

/** Entries of one category, in authored order. */
export function entriesOf<C extends KbCategory>(
  kb: Kb,
  category: C,
): Extract<KbEntry, { category: C }>[] {
  return kb.entries.filter((e): e is Extract<KbEntry, { category: C }> => e.category === category);
}
