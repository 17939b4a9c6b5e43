/**
 * Ranked, forgiving search over the KB: names, synonyms, brand names, abbreviations, lay words and
 * small misspellings (the engine is search-index.ts).
 */
import type { Kb } from './load.js';
import { searchDocsOf, searchIndexOver } from './search-index.js';
import type { KbSearchIndex } from './search-index.js';

export { normalise } from './search-index.js';
export type { KbSearchIndex, SearchHit } from './search-index.js';

/**
 * Builds a search index over a KB.
 * @param kb - the knowledge base to index
 * @param prebuilt - the `toJSON()` of an index built from this same KB (the CLI bundle ships one)
 */
export function createSearchIndex(kb: Kb, prebuilt?: unknown): KbSearchIndex {
  return searchIndexOver(searchDocsOf(kb), prebuilt);
}
