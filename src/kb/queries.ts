/**
 * The three KB operations behind `foramen kb` and `GET /api/kb`: list, show, find. They validate their
 * arguments and throw `InputError` naming the argument, so every shell reports bad input the same way.
 */
import { InputError } from '../errors.js';
import { getKb } from './load.js';
import type { Kb } from './load.js';
import { KB_CATEGORIES } from './categories.js';
import type { KbCategory } from './categories.js';
import type { Citation, KbEntry } from './schema.js';
import { CITATIONS } from './citations/index.js';
import type { CitationId } from './citations/index.js';
import { createSearchIndex } from './search.js';
import { searchIndexOver } from './search-index.js';
import { prebuiltSearch } from './prebuilt.js';
import type { KbSearchIndex, SearchHit } from './search.js';

export interface KbListItem {
  readonly id: string;
  readonly category: KbCategory;
  readonly name: string;
}

/** Longest search text accepted: longer input is not a name, and fuzzy matching cost grows with it. */
export const MAX_QUERY_LENGTH = 200;

/** A user's text quoted for a one-line message: escaped (no line breaks) and cut to a readable length. */
function quoted(text: string): string {
  const cut = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return JSON.stringify(cut);
}

const isCategory = (value: string): value is KbCategory =>
  (KB_CATEGORIES as readonly string[]).includes(value);

/**
 * Lists entries, optionally of one category.
 * @throws InputError when `category` is not a KB category
 */
export function listKb(category?: string, kb: Kb = getKb()): { items: KbListItem[] } {
  if (category !== undefined && !isCategory(category)) {
    throw new InputError(
      'unknown-category',
      'category',
      `unknown category ${quoted(category)}; expected one of ${KB_CATEGORIES.join(', ')}`,
    );
  }
  const items = kb.entries
    .filter((e) => category === undefined || e.category === category)
    .map((e) => ({ id: e.id, category: e.category, name: e.name }));
  return { items };
}

/** An entry with its citations resolved, as `kb show` prints it. */
export type KbEntryWithCitations = KbEntry & {
  readonly citations: readonly Citation[];
  readonly kbVersion: string;
};

/**
 * Returns one entry with its citations.
 * @throws InputError when no entry has this id (with near matches suggested)
 */
export function showKb(id: string, kb: Kb = getKb()): KbEntryWithCitations {
  const entry = kb.byId.get(id);
  if (!entry) {
    const near = searchIndexFor(kb)
      .search(id.replace(/-/g, ' '), { limit: 3 })
      .map((h) => h.id);
    const hint = near.length > 0 ? `; did you mean ${near.join(', ')}?` : '';
    throw new InputError('unknown-id', 'id', `no entry with id ${quoted(id)}${hint}`);
  }
  const citationIds = new Set([...entry.sources, ...(entry.evidence?.sources ?? [])]);
  if (entry.category === 'drug') for (const s of entry.maxDaily.sources) citationIds.add(s);
  const citations = [...citationIds]
    .map((c) => kb.citations.get(c))
    .filter((c): c is Citation => c !== undefined);
  return { ...entry, citations, kbVersion: kb.version };
}

let shippedIndex: KbSearchIndex | undefined;
/** The shipped KB's index: from the build-time snapshot where there is one (see prebuilt.ts). */
function shippedSearchIndex(): KbSearchIndex {
  if (!shippedIndex) {
    const prebuilt = prebuiltSearch();
    shippedIndex = prebuilt
      ? searchIndexOver(prebuilt.docs, prebuilt.index)
      : createSearchIndex(getKb());
  }
  return shippedIndex;
}

const indexes = new WeakMap<Kb, KbSearchIndex>();
function searchIndexFor(kb: Kb): KbSearchIndex {
  if (kb === getKb()) return shippedSearchIndex();
  let index = indexes.get(kb);
  if (!index) {
    index = createSearchIndex(kb);
    indexes.set(kb, index);
  }
  return index;
}

/**
 * Ranked search by name, synonym, brand, abbreviation, lay term or near-spelling.
 * @throws InputError when the query is empty, or `category` is unknown
 */
export function findKb(
  text: string,
  options: { limit?: number; category?: string } = {},
  kb?: Kb,
): { results: SearchHit[] } {
  if (text.trim().length === 0) {
    throw new InputError('missing-argument', 'text', 'search text is empty');
  }
  if (text.length > MAX_QUERY_LENGTH) {
    throw new InputError('invalid-input', 'text', `must be at most ${MAX_QUERY_LENGTH} characters`);
  }
  if (options.category !== undefined && !isCategory(options.category)) {
    throw new InputError(
      'unknown-category',
      'category',
      `unknown category ${quoted(options.category)}; expected one of ${KB_CATEGORIES.join(', ')}`,
    );
  }
  // The shipped KB's own index unless another KB is given: a search then loads no entry.
  const results = (kb === undefined ? shippedSearchIndex() : searchIndexFor(kb)).search(text, {
    limit: options.limit ?? 10,
    ...(options.category ? { category: options.category } : {}),
  });
  return { results };
}

let citationsById: ReadonlyMap<string, Citation> | undefined;

/**
 * A short reference for people: authors, year and title (or the title alone), as grade and score results
 * print their primary source.
 * @param id - a citation id of the registry
 */
export function citationReference(id: CitationId): string {
  // From the citation registry alone, not getKb(): a grade or a score then does not load every KB entry.
  citationsById ??= new Map(CITATIONS.map((c) => [c.id, c]));
  const c = citationsById.get(id);
  if (!c) throw new Error(`unknown citation ${id}`); // the type makes this unreachable
  return `${c.authors ? `${c.authors} ` : ''}${c.year ? `(${c.year}) ` : ''}${c.title}`;
}
