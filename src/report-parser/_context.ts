/**
 * ConText scopes over the items of one sentence. A negation or uncertainty trigger covers items in its
 * direction until the clause ends: another trigger (of any category, pseudo-triggers included), a
 * termination term, its maximum scope, or, going forward, a new level group after a finding it already
 * covered ("no herniation at L3-L4, mild bulge at L4-L5"). Each trigger looks at a bounded window, so
 * the pass is linear.
 */
import type { Item } from './_model.js';
import { GONE_PHRASES, RESOLUTION_TRIGGERS } from './data/context-rules.js';

const DEFAULT_SCOPE = 12;

/** Per-item flags: covered by a negation scope, by an uncertainty scope. */
export interface ContextFlags {
  readonly negated: Uint8Array;
  readonly uncertain: Uint8Array;
}

const isParticiple = (item: Item | undefined): boolean =>
  item !== undefined && item.kind === 'pred' && item.lit.endsWith('ing');

const isFindingHead = (item: Item): boolean =>
  item.kind === 'lesion' || item.kind === 'pred' || item.kind === 'target';

/** Items searched after a structure for the predicate that says what it is ("canal and foramina are patent"). */
const STATEMENT_AHEAD_WINDOW = 5;

/** Whether the first predicate after the structure at `from` states it normal. */
function statedNormalAhead(items: readonly Item[], from: number): boolean {
  for (let j = from + 1; j < items.length && j <= from + STATEMENT_AHEAD_WINDOW; j++) {
    const x = items[j];
    if (x?.kind === 'pred') return x.pred === 'normal';
    if (x?.kind === 'lesion' || x?.kind === 'level' || x?.kind === 'context') return false;
  }
  return false;
}

/** Whether the "and" at `j` ends a finished statement and opens a new one with its own subject ("… narrowed and the root …"). */
function opensOwnClause(items: readonly Item[], j: number): boolean {
  const x = items[j];
  if (x?.kind !== 'conj' || x.lit !== 'and') return false;
  // ", and the …" as well as "and the …".
  const before =
    items[j - 1]?.kind === 'conj' && items[j - 1]?.lit === ',' ? items[j - 2] : items[j - 1];
  if (before?.kind !== 'pred' || items[j + 1]?.lit !== 'the') return false;
  for (let k = j + 2; k < items.length && k <= j + 5; k++) {
    const y = items[k];
    if (y?.kind === 'target' || y?.kind === 'lesion') return true;
    const modifier = y?.kind === 'side' || y?.kind === 'adj' || y?.kind === 'vertebra';
    if (!modifier && y?.kind !== 'glue') return false;
  }
  return false;
}

/** Whether the statement ending at `at` carries a grade of its own ("mild … stenosis (…)"). */
function gradedBefore(items: readonly Item[], at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    const x = items[j];
    if (!x || x.kind === 'conj' || x.kind === 'context' || x.kind === 'level') return false;
    if (x.kind === 'severity') return true;
  }
  return false;
}

/** Items between a structure and the normality predicate that states it ("NFs are OK"). */
const NORMAL_STATEMENT_WINDOW = 3;

/** Whether a clause starting at `from` states a structure normal ("NFs OK", "left foramen patent"). */
function opensNormalStatement(items: readonly Item[], from: number): boolean {
  let target = false;
  // Levels placing the structure ("the foramina at L4-L5 and L5-S1 appear patent") do not count
  // against the window.
  let levelItems = 0;
  for (
    let j = from;
    j < items.length && j <= from + NORMAL_STATEMENT_WINDOW + 1 + levelItems;
    j++
  ) {
    const x = items[j];
    if (!x) return false;
    if (x.kind === 'target') target = true;
    else if (x.kind === 'pred') return target && x.pred === 'normal';
    else if (
      // "the right L5-S1 foramen" names its level before the structure (round 27).
      x.kind === 'level' ||
      (target && x.kind === 'conj' && items[j + 1]?.kind === 'level')
    ) {
      levelItems++;
    } else if (!(
      x.kind === 'side' ||
      x.kind === 'glue' ||
      x.kind === 'filler' ||
      x.kind === 'adj' ||
      // "… remains normal", "… is now patent".
      x.kind === 'time'
    )) {
      return false;
    }
  }
  return false;
}

/** Words that carry a resolution over to what follows ("has resolved, together with the …"). */
const CARRY_OVER: ReadonlySet<string> = new Set([
  'together with',
  'along with',
  'as well as',
  'as has',
  'as have',
]);

/**
 * "The protrusion has resolved, together with the mild right foraminal narrowing it caused": a
 * trigger that says a finding has gone also reaches the finding joined to it after it (round 25: the
 * narrowing had stayed current).
 */
function carriesOver(items: readonly Item[], k: number): boolean {
  const trigger = items[k];
  if (trigger?.kind !== 'context' || trigger.rule.direction !== 'backward') return false;
  if (
    !RESOLUTION_TRIGGERS.has(trigger.rule.literal) &&
    !GONE_PHRASES.includes(trigger.rule.literal)
  ) {
    return false;
  }
  const next =
    items[k + 1]?.kind === 'conj' && items[k + 1]?.lit === ',' ? items[k + 2] : items[k + 1];
  return next !== undefined && CARRY_OVER.has(next.lit);
}

/**
 * "The central canal is narrowed neither at L4-5 nor at L5-S1": a "neither" after its statement that
 * opens a list of levels negates the statement before it.
 */
function neitherAfterStatement(items: readonly Item[], k: number): boolean {
  const trigger = items[k];
  if (trigger?.kind !== 'context' || trigger.rule.literal !== 'neither') return false;
  const next = items[k + 1]?.kind === 'glue' ? items[k + 2] : items[k + 1];
  return next?.kind === 'level' && items.slice(0, k).some((x) => x.kind === 'target');
}

/** Item kinds an aside between a subject and its closing negation may hold. */
const ASIDE_KINDS: ReadonlySet<Item['kind']> = new Set([
  'side',
  'level',
  'glue',
  'filler',
  'other',
  'word',
  'conj',
  'adj',
]);

/**
 * Whether the backward trigger at `k` ends its sentence and everything before it, after the one finding
 * noun that opens the sentence, is asides: sides, levels and words that state nothing.
 */
function closesSentenceOverAsides(items: readonly Item[], k: number): boolean {
  if (
    items.slice(k + 1).some((x) => x.kind !== 'glue' && x.kind !== 'other' && x.kind !== 'conj')
  ) {
    return false;
  }
  const head = items.findIndex((x) => x.kind === 'target' || x.kind === 'lesion');
  if (head < 0 || items.slice(0, head).some((x) => !ASIDE_KINDS.has(x.kind))) return false;
  // Its noun may be followed by its predicate word ("Foraminal stenosis, …").
  const from = items[head + 1]?.kind === 'pred' ? head + 2 : head + 1;
  return items.slice(from, k).every((x) => ASIDE_KINDS.has(x.kind));
}

/**
 * Computes the scopes of every trigger in a sentence.
 * @param items - the sentence's items
 * @returns flags indexed like `items`
 */
export function contextFlags(items: readonly Item[]): ContextFlags {
  const negated = new Uint8Array(items.length);
  const uncertain = new Uint8Array(items.length);
  for (let k = 0; k < items.length; k++) {
    const trigger = items[k];
    if (!trigger || trigger.kind !== 'context') continue;
    const { category } = trigger.rule;
    // "Resolved right L5-S1 foraminal narrowing": nothing before the trigger but list marks and filler.
    const opensSentence =
      trigger.rule.opensForward === true &&
      items.slice(0, k).every((x) => x.kind === 'glue' || x.kind === 'filler' || x.kind === 'conj');
    const carry = (!opensSentence && carriesOver(items, k)) || neitherAfterStatement(items, k);
    // "At L2-L3 are not observed alterations discal nor stenosis of canal or of foramina", "there is
    // not seen foraminal stenosis" (word order of reports translated from Spanish, Italian, Portuguese):
    // a backward "not <seen>" with no finding before it in its clause negates what follows (set 38:
    // read as stenosis present). Words like "resolved" or "negative" stay backward ("the collection
    // has resolved, and the canal … is mildly narrowed"; "negative dynamics": worse).
    const inverted =
      category === 'negation' &&
      trigger.rule.direction === 'backward' &&
      trigger.rule.literal.startsWith('not ') &&
      !items.slice(0, k).some(isFindingHead) &&
      items.slice(k + 1).some(isFindingHead);
    const direction =
      opensSentence || inverted ? 'forward' : carry ? 'bidirectional' : trigger.rule.direction;
    if (category !== 'negation' && category !== 'uncertainty') continue;
    const flags = category === 'negation' ? negated : uncertain;
    const scope = trigger.rule.maxScope ?? DEFAULT_SCOPE;
    if (direction === 'forward' || direction === 'bidirectional') {
      let coveredHead = false;
      // Words of no weight (commas, "of", "there") do not use up the scope, within a hard bound:
      // "no evidence, at any lumbar level between L1-L2 and L3-L4 inclusive, of disc herniation, spinal
      // canal stenosis or neural foraminal narrowing" reaches its last noun (round 24).
      for (
        let j = k + 1, n = 0, total = 0;
        j < items.length && n < scope && total < 2 * scope;
        j++, total++
      ) {
        const x = items[j];
        if (
          x &&
          x.kind !== 'glue' &&
          x.kind !== 'filler' &&
          x.kind !== 'other' &&
          x.kind !== 'conj'
        ) {
          n++;
        }
        if (!x || x.kind === 'context') break;
        // "Resolution of the L4/5 extrusion and of the left L4/5 foraminal narrowing": "and of" opens
        // a second object of the same trigger, whose own level does not end the scope (round 24).
        if (
          coveredHead &&
          x.kind === 'conj' &&
          x.lit === 'and' &&
          items[j + 1]?.kind === 'glue' &&
          items[j + 1]?.lit === 'of'
        ) {
          coveredHead = false;
        }
        if (x.kind === 'level' && coveredHead) {
          flags[j] = 1;
          break;
        }
        // "no herniation, mild bulge": a graded item after a comma is a new, positive statement.
        if (
          coveredHead &&
          x.kind === 'conj' &&
          (items[j + 1]?.kind === 'severity' || items[j + 2]?.kind === 'severity') &&
          category === 'uncertainty'
        ) {
          break;
        }
        if (
          coveredHead &&
          x.kind === 'conj' &&
          items[j + 1]?.kind === 'severity' &&
          category === 'negation'
        ) {
          break;
        }
        // "no herniation canal and foramina are patent": in dictation without punctuation, structures
        // straight after the negated lesion and stated normal open a statement of their own (while
        // "no disc herniation canal stenosis or foraminal narrowing" is one list under the "no").
        if (
          coveredHead &&
          category === 'negation' &&
          x.kind === 'target' &&
          (items[j - 1]?.kind === 'lesion' ||
            (items[j - 1]?.lit === 'the' && items[j - 2]?.kind === 'lesion')) &&
          statedNormalAhead(items, j)
        ) {
          break;
        }
        // "no CCS, NFs OK", "no canal stenosis, and the foramina are patent": a structure stated
        // normal after a comma or "and" is a statement of its own (a "no" over "patent" would turn it
        // into a narrowing).
        if (
          coveredHead &&
          x.kind === 'conj' &&
          (x.lit === ',' || x.lit === 'and') &&
          opensNormalStatement(items, items[j + 1]?.lit === 'and' ? j + 2 : j + 1)
        ) {
          break;
        }
        // "We do not confirm it: the right foramen was and remains normal": nor at a colon before a
        // structure stated normal, whatever the trigger covered (round 27: the "not" over "normal" had
        // made a current narrowing of a retracted one).
        if (
          category === 'negation' &&
          x.kind === 'glue' &&
          x.lit === ':' &&
          opensNormalStatement(items, j + 1)
        ) {
          break;
        }
        // "Resolved right foraminal protrusion with improved foraminal narrowing": what has gone is the
        // finding before "with"; the one after it is still there.
        if (coveredHead && x.kind === 'with' && RESOLUTION_TRIGGERS.has(trigger.rule.literal)) {
          break;
        }
        // "mostly granulation tissue, compressing the S1 root": a participle after a comma opens a new clause.
        if (n > 0 && x.kind === 'conj' && isParticiple(items[j + 1])) break;
        // "The right foraminal protrusion is no longer seen, and the right foramen is patent": a trigger
        // that closes the statement before it ends its forward reach at the clause mark after it (else
        // the "no longer" over "patent" would make a narrowing).
        if (
          !coveredHead &&
          !carry &&
          direction === 'bidirectional' &&
          x.kind === 'conj' &&
          (x.lit === ',' || x.lit === 'and') &&
          items.slice(0, k).some(isFindingHead)
        ) {
          break;
        }
        flags[j] = 1;
        if (isFindingHead(x)) coveredHead = true;
      }
    }
    if (direction === 'backward' || direction === 'bidirectional') {
      // "mild stenosis at L3-L4 and none at L5-S1": a trigger with a level of its own after it does
      // not reach back past the other statement's level.
      const after = items[k + 1]?.kind === 'glue' ? items[k + 2] : items[k + 1];
      const ownLevel = after?.kind === 'level';
      let closed = 0;
      // "Foraminal stenosis, whether on the left … or at L5-S1, is, after review …, not seen": a
      // trigger closing the sentence reaches its subject past asides that state nothing (round 25).
      const reach = closesSentenceOverAsides(items, k) ? k : scope;
      for (let j = k - 1, n = 0; j >= 0 && n < reach; j--, n++) {
        const x = items[j];
        if (!x || x.kind === 'context' || (ownLevel && x.kind === 'level')) break;
        // "Mild central canal stenosis (none)": a trigger inside a bracket after a statement with a
        // grade of its own is an aside (an earlier study's grade), not a negation of the statement.
        if (x.kind === 'glue' && x.lit === ')') closed++;
        if (x.kind === 'glue' && x.lit === '(') {
          if (closed === 0 && gradedBefore(items, j)) break;
          closed = Math.max(0, closed - 1);
        }
        // "the right foramen is mildly narrowed and the exiting L3 root is no longer compressed": a
        // clause joined by "and the …" after a finished statement is the trigger's own; the one before
        // it is not reached.
        if (opensOwnClause(items, j)) break;
        flags[j] = 1;
      }
    }
  }
  return { negated, uncertain };
}
