/**
 * The search engine behind search.ts, over what search needs of each entry (its id, category, name and
 * aliases) rather than the whole KB, so the CLI can search from a build-time snapshot of those alone
 * (prebuilt.ts) without loading every entry. MiniSearch does the indexing, prefix and fuzzy matching;
 * this module adds the field weights, an exact-phrase bonus and a floor under which a query "finds
 * nothing".
 */
import MiniSearch from 'minisearch';
import { editDistance } from '../edit-distance.js';
import type { AsPlainObject, Options } from 'minisearch';
import type { Kb } from './load.js';
import type { KbCategory, KbEntry } from './schema.js';

export interface SearchHit {
  readonly id: string;
  readonly category: KbCategory;
  readonly name: string;
  /** Relevance in 0–1, best first. */
  readonly score: number;
}

interface IndexedDoc {
  id: string;
  name: string;
  aliases: string;
}

/** Lower-case, strip accents and punctuation so "Lasègue", "lasegue's" and "LASEGUE" meet. */
export function normalise(text: string): string {
  let out = text.toLowerCase();
  // Unicode decomposition is the costly step; plain ASCII (most names) skips it.
  if (NON_ASCII.test(out)) out = out.normalize('NFKD').replace(COMBINING_MARKS, '');
  return out.replace(POSSESSIVE, '').replace(NOT_WORD, ' ').trim();
}
const NON_ASCII = /[^ -~\t\n\r]/; // anything outside printable ASCII
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const POSSESSIVE = /['’]s\b/g;
const NOT_WORD = /[^a-z0-9%]+/g;

/** Words that carry no meaning for search. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'in',
  'on',
  'to',
  'with',
  'my',
  'is',
  'at',
  'or',
  'by',
  'what',
  'how',
]);

const tokenize = (text: string): string[] =>
  normalise(text)
    .split(' ')
    .filter((t) => t.length > 0 && !STOP_WORDS.has(t));

function aliasesOf(entry: KbEntry): string[] {
  const aliases = [...entry.synonyms];
  if (entry.category === 'drug') aliases.push(...entry.brandNames);
  return aliases;
}

/** What search knows of one entry. */
export interface SearchDoc {
  readonly id: string;
  readonly category: KbCategory;
  readonly name: string;
  /** Synonyms, then brand names for a drug. */
  readonly aliases: readonly string[];
}

/** The search documents of a KB, one per entry in KB order. */
export function searchDocsOf(kb: Kb): SearchDoc[] {
  return kb.entries.map((entry) => ({
    id: entry.id,
    category: entry.category,
    name: entry.name,
    aliases: aliasesOf(entry),
  }));
}

export interface KbSearchIndex {
  search(query: string, options?: { limit?: number; category?: KbCategory }): SearchHit[];
  /**
   * The MiniSearch index as plain data (what `JSON.stringify` writes), so a build can store it and
   * `createSearchIndex(kb, prebuilt)` can load it instead of indexing again.
   */
  toJSON?(): unknown;
}

/**
 * A serialised index cut down to the terms a query can match: each query term itself, the terms it
 * is a prefix of (when prefix search applies to it) and the terms within its edit distance. A search
 * scores only the terms it matches, from counts kept whole in what is left (documents, field
 * lengths, each term's postings), so it ranks exactly as over the whole index; a test checks it.
 * @param index - the whole index, as `toJSON()` wrote it
 * @param queryTerms - the query's terms, tokenised as the search tokenises them
 */
export function reachableFrom(index: AsPlainObject, queryTerms: readonly string[]): AsPlainObject {
  const reaches = (term: string): boolean =>
    queryTerms.some(
      (q) =>
        term === q ||
        (prefixSearched(q) && term.startsWith(q)) ||
        // MiniSearch's fuzzy match is Levenshtein; this distance counts an adjacent swap as one edit,
        // so it is never larger, and what it keeps is a superset of what the search can match.
        editDistance(term, q, fuzzinessFor(q)) <= fuzzinessFor(q),
    );
  return { ...index, index: index.index.filter(([term]) => reaches(term)) };
}

const prefixSearched = (term: string): boolean => term.length >= 3;

/** Edit distance allowed for a query term: none for short words, then one, then two. */
function fuzzinessFor(term: string): number {
  if (term.length <= 4) return 0;
  if (term.length <= 8) return 1;
  return 2;
}

/**
 * Builds a search index over search documents.
 * @param docs - one per entry, in KB order (`searchDocsOf`)
 * @param prebuilt - the `toJSON()` of an index built from these same documents
 */
export function searchIndexOver(docs: readonly SearchDoc[], prebuilt?: unknown): KbSearchIndex {
  const engineOptions: Options<IndexedDoc> = {
    // Only names and aliases are indexed: a hit on body text alone is too loose to return anyway, and
    // leaving the summaries out halves the index build, which is most of `kb find`'s cold start.
    fields: ['name', 'aliases'],
    storeFields: [],
    tokenize,
    processTerm: (term) => term,
    searchOptions: {
      boost: { name: 4, aliases: 3 },
      prefix: prefixSearched,
      fuzzy: (term) => fuzzinessFor(term),
      combineWith: 'OR',
      tokenize,
    },
  };
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  // The normalised name and aliases of a hit, for the phrase bonus: made for hits only, on first need.
  const phrases = new Map<string, string[]>();
  const phrasesOf = (id: string): string[] => {
    let names = phrases.get(id);
    if (names === undefined) {
      const doc = byId.get(id);
      names = doc ? [doc.name, ...doc.aliases].map(normalise) : [];
      phrases.set(id, names);
    }
    return names;
  };
  // A prebuilt index (the CLI bundle's, made from these same documents at build time) skips the
  // indexing, and each search loads only the terms its query can reach (see `reachableFrom`): a
  // command-line search rebuilt the whole term tree for one query, most of `kb find`'s start.
  let built: MiniSearch<IndexedDoc> | undefined;
  if (prebuilt === undefined) {
    built = new MiniSearch<IndexedDoc>(engineOptions);
    built.addAll(
      docs.map((doc) => ({ id: doc.id, name: doc.name, aliases: doc.aliases.join(' | ') })),
    );
  }
  const engineFor = (terms: readonly string[]): MiniSearch<IndexedDoc> =>
    built ??
    MiniSearch.loadJS<IndexedDoc>(reachableFrom(prebuilt as AsPlainObject, terms), engineOptions);

  return {
    toJSON: () => built?.toJSON() ?? prebuilt,
    search(query, options = {}) {
      const q = normalise(query);
      // The terms of the normalised query are the query's own (normalising twice changes nothing) and
      // are what MiniSearch looks up.
      const terms = tokenize(q);
      if (terms.length === 0) return [];
      const raw = engineFor(terms).search(
        q,
        options.category
          ? { filter: (r) => byId.get(String(r.id))?.category === options.category }
          : {},
      );
      const scored = raw.map((r) => {
        const id = String(r.id);
        const names = phrasesOf(id);
        let bonus = 0;
        // A query equal to a name or alias is what the user meant; one contained in a name is close.
        if (names.some((n) => n === q)) bonus = names[0] === q ? 60 : 50;
        else if (
          names.some((n) => n.startsWith(`${q} `) || n.endsWith(` ${q}`) || n.includes(` ${q} `))
        ) {
          bonus = 15;
        }
        // Reward hits that matched every query term, not just one.
        const matchedTerms = new Set(Object.keys(r.match).length > 0 ? r.queryTerms : []);
        const coverage = matchedTerms.size / terms.length;
        return { id, value: (r.score + bonus) * (0.5 + 0.5 * coverage) };
      });
      const kept = scored.sort((a, b) => b.value - a.value);
      const top = kept[0]?.value ?? 0;
      return kept.slice(0, options.limit ?? 10).map((s) => {
        const entry = byId.get(s.id) as SearchDoc;
        return {
          id: s.id,
          category: entry.category,
          name: entry.name,
          score: Math.round((s.value / top) * 1000) / 1000,
        };
      });
    },
  };
}
