/**
 * The sentence object the finding passes read: its items, their ConText flags, the level context of the
 * surrounding text, and each head's noun phrase (with which modifier items it owns). Built once per
 * sentence by `readSentence`; the passes (`_lesion-findings.ts`, `_target-findings.ts`,
 * `_bare-stenosis.ts`) only read it.
 */
import type { FindingSide, FindingType, Root, Severity, Zone } from '../vocab/index.js';
import type { ContextFlags } from './_context.js';
import type { Graded, Item, LevelRef } from './_model.js';
import type { NounPhrase } from './_noun-phrase.js';
import { nounPhrase } from './_noun-phrase.js';

/** Where the level of a sentence without its own level comes from. */
export interface LevelContext {
  /** Set by a level heading ("L4-5:") until the next heading or blank line. */
  readonly header: LevelRef | undefined;
  /** The last level group of the previous sentences of the paragraph. */
  readonly last: LevelRef | undefined;
}

/** A finding before de-duplication. */
export interface RawFinding {
  readonly finding: FindingType;
  readonly levelRef: LevelRef | undefined;
  readonly vertebra: string | undefined;
  readonly side: FindingSide | undefined;
  /** The side was stated (own, after, or shared with a sibling), not a default. */
  readonly sideExplicit: boolean;
  readonly asymmetry: 'left' | 'right' | undefined;
  readonly severity: Graded | null;
  readonly negated: boolean;
  readonly uncertain: boolean;
  readonly root: Root | undefined;
  readonly zone: Zone | undefined;
  readonly start: number;
  readonly end: number;
}

/** One sentence, read once for every pass. */
export interface Sentence {
  readonly items: readonly Item[];
  readonly flags: ContextFlags;
  readonly ctx: LevelContext;
  /** For each item, the head whose noun phrase it modifies, or -1. */
  readonly owner: Int32Array;
  /** The noun phrase of every target and finding noun, by the head's index. */
  readonly phrases: ReadonlyMap<number, NounPhrase>;
  /** "multilevel": the sentence speaks of several levels, so it borrows none from the context. */
  readonly multilevel: boolean;
  /** The highest grade a bounded statement allows ("no severe stenosis"), read before the passes. */
  readonly bound: Severity | undefined;
}

/** Whether a sentence has anything a finding is made of (most sentences of a long report do not). */
export const mayStateFindings = (items: readonly Item[]): boolean =>
  items.some((x) => x.kind === 'target' || x.kind === 'lesion' || x.kind === 'pred');

/**
 * Reads the noun phrases of a sentence.
 * @param items - the sentence's items
 * @param flags - ConText scopes over `items`
 * @param ctx - level context from the surrounding text
 * @param bound - the sentence's bound ("no severe …"), whose negation the qualifiers took out
 */
export function readSentence(
  items: readonly Item[],
  flags: ContextFlags,
  ctx: LevelContext,
  bound?: Severity,
): Sentence {
  const owner = new Int32Array(items.length).fill(-1);
  const phrases = new Map<number, NounPhrase>();
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x && (x.kind === 'target' || x.kind === 'lesion')) {
      phrases.set(i, nounPhrase(items, i, owner));
    }
  }
  const multilevel = items.some((x) => x.kind === 'adj' && x.multilevel);
  return { items, flags, ctx, owner, phrases, multilevel, bound };
}

/** Whether item `i` is in a negation scope. */
export const isNegatedAt = (s: Sentence, i: number): boolean => s.flags.negated[i] === 1;
/** Whether item `i` is in an uncertainty scope. */
export const isUncertainAt = (s: Sentence, i: number): boolean => s.flags.uncertain[i] === 1;
/** Whether item `i` modifies some head's noun phrase. */
export const isOwned = (s: Sentence, i: number): boolean => (s.owner[i] ?? -1) >= 0;
