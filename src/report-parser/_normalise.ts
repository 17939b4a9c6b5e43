/**
 * Word normalisation: the typo table first, then the lexicon, then a bounded fuzzy match (optimal string
 * alignment distance 1, or 2 for words of nine letters or more, first letter fixed) against lexicon
 * words. Results are cached; the cache is bounded so a stream of distinct junk words cannot grow it.
 */
import { editDistance } from '../edit-distance.js';
import { TYPOS } from './data/typos.js';
import { ABBREVIATION_WORDS } from './data/abbreviations.js';

const MAX_CACHE = 50_000;
const MIN_FUZZY = 5;
const MAX_FUZZY = 24;

/** A word normaliser over a fixed vocabulary. */
export interface Normaliser {
  /** Canonical words for a lower-cased token (usually one; a run-together word gives several). */
  (lower: string): readonly string[];
}

/**
 * Builds a normaliser for a vocabulary of known single words.
 * @param known - every word the lexicon uses (canonical spellings)
 * @returns the normalising function
 */
export function createNormaliser(known: ReadonlySet<string>): Normaliser {
  // Fuzzy candidates bucketed by first letter so a miss scans only a small list.
  const buckets = new Map<string, string[]>();
  for (const word of known) {
    if (word.length < MIN_FUZZY - 1) continue;
    const key = word.charAt(0);
    const list = buckets.get(key) ?? [];
    list.push(word);
    buckets.set(key, list);
  }
  const cache = new Map<string, readonly string[]>();

  const fuzzy = (lower: string): string | undefined => {
    const limit = lower.length >= 9 ? 2 : 1;
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (const candidate of buckets.get(lower.charAt(0)) ?? []) {
      if (Math.abs(candidate.length - lower.length) > limit) continue;
      const d = editDistance(lower, candidate, Math.min(limit, bestDistance - 1));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
        if (d === 1) break;
      }
    }
    return best;
  };

  return (lower: string): readonly string[] => {
    const hit = cache.get(lower);
    if (hit) return hit;
    let out: readonly string[];
    const typo = TYPOS[lower] ?? ABBREVIATION_WORDS[lower];
    if (typo !== undefined) out = typo.split(' ');
    else if (known.has(lower) || lower.length < MIN_FUZZY || lower.length > MAX_FUZZY) {
      out = [lower];
    } else out = [fuzzy(lower) ?? lower];
    if (cache.size >= MAX_CACHE) cache.clear();
    cache.set(lower, out);
    return out;
  };
}
