/**
 * Where a finding is: its disc level (from its own phrase, the first level group after it, the last one
 * before it, then the level heading or the previous sentence), or the vertebrae it names.
 */
import type { Level } from '../vocab/index.js';
import type { Item, LevelRef } from './_model.js';
import type { NounPhrase } from './_noun-phrase.js';
import type { Sentence } from './_sentence.js';

/** Items after a fracture searched for the vertebrae it names ("fractures of L2 & L4 bodies"). */
const FRACTURE_VERTEBRAE_WINDOW = 6;
/** Items after a root searched for the root name written next to it ("exit nerve root (S1)"). */
const VERTEBRA_NEXT_TO_WINDOW = 2;
/** Items after a listhesis searched for its vertebra ("anterolisthesis of L5"). */
const VERTEBRA_AFTER_WINDOW = 3;

type LevelItem = Extract<Item, { kind: 'level' }>;

/** The level groups nearest a finding: the first after it and the last before it. */
function levelsAround(
  items: readonly Item[],
  anchor: number,
): { right: LevelItem | undefined; left: LevelItem | undefined } {
  let right: LevelItem | undefined;
  const fromTarget = items[anchor]?.kind !== 'lesion';
  for (let j = anchor + 1; j < items.length; j++) {
    const x = items[j];
    if (x?.kind === 'level') {
      // "… NF narrowing at L5-S1 there is …": a level that opens the next clause is not this one's.
      if (items[j + 1]?.lit !== 'there') right = x;
      break;
    }
    // A level after a later finding noun is that finding's ("..., associated with annular tear at L5-S1").
    if (fromTarget && (x?.kind === 'lesion' || x?.kind === 'with')) break;
  }
  let left: LevelItem | undefined;
  for (let j = anchor - 1; j >= 0; j--) {
    const x = items[j];
    if (x?.kind === 'level') {
      left = x;
      break;
    }
  }
  return { right, left };
}

/**
 * The level of a finding at item `anchor`: its phrase's, the sentence's, else the level context.
 * @param s - the sentence
 * @param anchor - the finding's head (target, finding noun or predicate)
 * @param np - the head's noun phrase, if it has one
 */
export function levelOf(
  s: Sentence,
  anchor: number,
  np: NounPhrase | undefined,
): LevelRef | undefined {
  if (np?.level) return np.level;
  const { right, left } = levelsAround(s.items, anchor);
  // An emphasised level after ("…, especially at L4-5") yields to a level before or a heading.
  if (right && (!right.emphasis || (!left && !s.ctx.header))) return right.ref;
  if (left) return left.ref;
  if (s.multilevel && !right) return undefined;
  return s.ctx.header ?? s.ctx.last ?? right?.ref;
}

/**
 * The level a sentence's own words give a finding, never one borrowed from the context (a fracture is of
 * a vertebra, not of the disc level a heading names).
 */
export function levelInSentence(
  s: Sentence,
  anchor: number,
  np: NounPhrase | undefined,
): LevelRef | undefined {
  if (np?.level) return np.level;
  const { right, left } = levelsAround(s.items, anchor);
  if (right && !right.emphasis) return right.ref;
  return left?.ref ?? right?.ref;
}

/** Disc level below a vertebra ("L5" → L5-S1), for "anterolisthesis of L5". */
export function levelBelowVertebra(name: string): Level | undefined {
  const map: Record<string, Level> = {
    T12: 'T12-L1',
    L1: 'L1-L2',
    L2: 'L2-L3',
    L3: 'L3-L4',
    L4: 'L4-L5',
    L5: 'L5-S1',
  };
  return map[name];
}

function vertebraWithin(items: readonly Item[], i: number, window: number): string | undefined {
  for (let j = i + 1, steps = 0; j < items.length && steps < window; j++, steps++) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'vertebra') return x.name;
    if (x.kind !== 'glue') return undefined;
  }
  return undefined;
}

/** A vertebra named just after an item ("anterolisthesis of L5"). */
export const vertebraAfter = (items: readonly Item[], i: number): string | undefined =>
  vertebraWithin(items, i, VERTEBRA_AFTER_WINDOW);

/** A root name written next to a root ("exit nerve root (S1)"). */
export const vertebraNextTo = (items: readonly Item[], i: number): string | undefined =>
  vertebraWithin(items, i, VERTEBRA_NEXT_TO_WINDOW);

/** Vertebrae a fracture is stated for ("L2 compression fracture", "fractures of L2 & L4 bodies"). */
export function fractureVertebrae(
  items: readonly Item[],
  i: number,
  np: NounPhrase | undefined,
): string[] {
  if (np && np.vertebrae.length > 0) return [...np.vertebrae];
  const found: string[] = [];
  for (
    let j = i + 1, steps = 0;
    j < items.length && steps < FRACTURE_VERTEBRAE_WINDOW;
    j++, steps++
  ) {
    const x = items[j];
    if (!x) break;
    if (x.kind === 'vertebra') found.push(x.name);
    else if (!(
      x.kind === 'glue' ||
      x.kind === 'conj' ||
      x.kind === 'filler' ||
      x.kind === 'adj' ||
      x.kind === 'word'
    )) {
      break;
    }
  }
  return found;
}
