/**
 * A word trie over every lexicon, severity and ConText phrase, matched longest-first. Matching from one
 * word costs at most the length of the longest phrase, so a sentence is matched in linear time.
 */
import type { Term } from './_model.js';
import { CONTEXT_RULES } from './data/context-rules.js';
import type { ContextRule } from './data/context-rules.js';
import { LEXICON } from './data/lexicon.js';
import { SEVERITY_TERMS } from './data/severity-terms.js';
import type { SeverityTerm } from './data/severity-terms.js';
import { TYPOS } from './data/typos.js';

/** What a phrase means. */
export type PhraseValue =
  | { readonly kind: 'term'; readonly term: Term; readonly literal: string }
  | { readonly kind: 'context'; readonly rule: ContextRule; readonly literal: string }
  | { readonly kind: 'severity'; readonly term: SeverityTerm; readonly literal: string };

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  value?: PhraseValue;
}

/** Splits a literal into canonical words (typo table applied, hyphens dropped). */
export function literalWords(literal: string): string[] {
  const words: string[] = [];
  for (const raw of literal.split(' ')) {
    if (raw === '' || raw === '-') continue;
    const typo = TYPOS[raw];
    if (typo !== undefined) words.push(...typo.split(' '));
    else words.push(raw);
  }
  return words;
}

/** The phrase trie and the set of single words it knows. */
export interface PhraseTrie {
  readonly root: TrieNode;
  readonly words: ReadonlySet<string>;
  /** Literals defined twice with different meanings (kept: the first); a test asserts this is empty. */
  readonly conflicts: readonly string[];
}

/** Builds the trie from the data tables. */
export function buildPhraseTrie(): PhraseTrie {
  const root: TrieNode = { next: new Map() };
  const words = new Set<string>();
  const conflicts: string[] = [];
  const add = (value: PhraseValue): void => {
    let node = root;
    for (const w of literalWords(value.literal)) {
      words.add(w);
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    if (node.value) conflicts.push(value.literal);
    else node.value = value;
  };
  for (const rule of CONTEXT_RULES) add({ kind: 'context', rule, literal: rule.literal });
  for (const term of SEVERITY_TERMS) add({ kind: 'severity', term, literal: term.literal });
  for (const entry of LEXICON) {
    for (const literal of entry.literals) add({ kind: 'term', term: entry.term, literal });
  }
  return { root, words, conflicts };
}

/**
 * Longest phrase starting at `words[from]`.
 * @returns the value and the index after the last word, or undefined
 */
export function matchLongest(
  trie: PhraseTrie,
  words: readonly string[],
  from: number,
): { value: PhraseValue; end: number } | undefined {
  let node: TrieNode | undefined = trie.root;
  let best: { value: PhraseValue; end: number } | undefined;
  for (let i = from; i < words.length && node; i++) {
    node = node.next.get(words[i] ?? '');
    if (node?.value) best = { value: node.value, end: i + 1 };
  }
  return best;
}
