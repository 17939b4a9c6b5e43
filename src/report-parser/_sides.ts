/**
 * Sides written outside a finding's own noun phrase: just after it ("more to the Lt side", "on the
 * left", "bilaterally"), between a target and its predicate ("the nerve root on the right was
 * impinged"), on a coordinated sibling, one grade per side after a statement, and the lean of a lesion
 * earlier in the sentence.
 */
import type { FindingSide } from '../vocab/index.js';
import type { Graded, Item } from './_model.js';
import type { NounPhrase } from './_noun-phrase.js';
import { indexBeforePhrase, isLateral } from './_noun-phrase.js';
import { governingPredicate } from './_predicates.js';
import type { Sentence } from './_sentence.js';
import { isOwned } from './_sentence.js';

/** Items after a finding searched for the side that closes it ("more to the Lt side"). */
export const SIDE_AFTER_WINDOW = 8;
/** Items after a statement searched for per-side grades ("severe on the left and moderate on the right"). */
export const GRADES_BY_SIDE_WINDOW = 12;
/** Items a "where …" clause between two sides' grades may hold before its comma. */
const WHERE_CLAUSE_WINDOW = 20;
/** Items before a target searched for a coordinated sibling's side. */
export const SIBLING_SIDE_WINDOW = 10;

/** A side found after a finding; `asym` when it was a lean ("more to the right"). */
export interface SideAfter {
  readonly side: FindingSide;
  readonly asym: boolean;
  readonly comparative: boolean;
  readonly worse?: 'left' | 'right';
}

const stated = (side: FindingSide): SideAfter => ({ side, asym: false, comparative: false });

/** Items a side after a finding may be separated from it by. */
const isPassable = (x: Item): boolean =>
  x.kind === 'glue' ||
  x.kind === 'filler' ||
  x.kind === 'conj' ||
  x.kind === 'with' ||
  x.kind === 'level' ||
  x.kind === 'adj' ||
  x.kind === 'severity' ||
  x.kind === 'vertebra' ||
  x.kind === 'asym-lead' ||
  (x.kind === 'context' && x.rule.category === 'termination');

/** A side word not owned by a phrase, unless it goes on to modify a noun ("left L5 hemilaminectomy"). */
function freeSideWord(items: readonly Item[], j: number, side: FindingSide): SideAfter | undefined {
  const next = items[j + 1];
  if (
    next &&
    (next.kind === 'vertebra' ||
      next.kind === 'target' ||
      next.kind === 'lesion' ||
      next.kind === 'word' ||
      next.kind === 'other' ||
      next.kind === 'adj' ||
      next.kind === 'side' ||
      next.kind === 'severity')
  ) {
    return undefined;
  }
  return stated(side);
}

const leanAfter = (x: Extract<Item, { kind: 'asym' }>): SideAfter => ({
  side: x.bilateral ? 'bilateral' : x.side,
  asym: true,
  comparative: x.comparative,
  worse: x.side,
});

/** Whether a target is the subject of a finding of its own (a predicate governs it). */
const statesFinding = (s: Sentence, t: number): boolean => governingPredicate(s, t) !== undefined;

/**
 * What a side search may step over between a finding and its side: passable items, and the first word
 * of no known kind (one per search).
 */
const gapStepper = (): ((x: Item) => boolean) => {
  let unknown = 0;
  return (x) => {
    if (isPassable(x)) return true;
    if (x.kind === 'other' && unknown === 0) {
      unknown++;
      return true;
    }
    return false;
  };
};

/** A place target whose side is where a lesion sits (not the thecal sac, not a bare structure). */
const isPlace = (x: Item | undefined): boolean =>
  x?.kind === 'target' && x.target !== 'thecal' && x.target !== 'structure';

/**
 * The side written after a finding noun: a side word or lean, the side of the place it sits in or
 * extends to ("cyst arising from the right facet joint", "bulge … extending to the Lt lateral recess"),
 * read through a lesion joined by "with" ("disc bulge with annular tear more to the right side").
 */
export function sideAfterLesion(s: Sentence, from: number): SideAfter | undefined {
  const { items, owner, phrases } = s;
  const stepsOver = gapStepper();
  for (let j = from + 1, steps = 0; j < items.length && steps < SIDE_AFTER_WINDOW; j++, steps++) {
    const x = items[j];
    if (!x) break;
    if ((x.kind === 'side' || x.kind === 'asym') && isOwned(s, j)) {
      const own = owner[j] ?? -1;
      const head = items[own];
      if (head?.kind === 'lesion' && isJoinedByWith(items, own, phrases.get(own))) {
        j = own;
        continue;
      }
      // "cyst arising from the right facet joint": the side of the place the lesion sits in, unless
      // that place states a finding of its own ("bulge with moderate left and mild right foraminal
      // narrowing": the sides are the narrowing's, not the bulge's).
      if (isPlace(head) && x.kind === 'side' && isLateral(x.side) && !statesFinding(s, own)) {
        return stated(x.side);
      }
      return undefined;
    }
    if (x.kind === 'side') return freeSideWord(items, j, x.side);
    if (x.kind === 'asym') return leanAfter(x);
    // "protrusion into the left foramen": the side of the place the lesion sits in.
    if (isPlace(x)) {
      const side = phrases.get(j)?.side;
      return isLateral(side) && !statesFinding(s, j) ? stated(side) : undefined;
    }
    if (x.kind === 'lesion' && items[j - 1]?.kind === 'with') continue;
    // "bulge ... extending to the Lt lateral recess": the lesion reaches that side.
    if (x.kind === 'extend') {
      let k = j + 1;
      while (items[k]?.kind === 'glue') k++;
      const place = items[k];
      if (place?.kind === 'asym') {
        return {
          side: place.bilateral ? 'bilateral' : place.side,
          asym: true,
          comparative: place.comparative,
        };
      }
      if (place?.kind === 'side' && items[k + 1]?.kind === 'target') return stated(place.side);
      if (place?.kind === 'target') {
        const side = phrases.get(k)?.side;
        if (side !== undefined) return stated(side);
        j = k;
      }
      continue;
    }
    if (stepsOver(x)) continue;
    break;
  }
  return undefined;
}

/**
 * The side written after a target's statement ("narrowing on the left", "foramina bilaterally"); a side
 * closing a coordination of statements belongs to each ("facet joint changes and ligamentum flavum
 * thickening are noted bilaterally").
 */
export function sideAfterStatement(s: Sentence, from: number): SideAfter | undefined {
  const { items, phrases } = s;
  const stepsOver = gapStepper();
  for (let j = from + 1, steps = 0; j < items.length && steps < SIDE_AFTER_WINDOW; j++, steps++) {
    const x = items[j];
    if (!x) break;
    if ((x.kind === 'side' || x.kind === 'asym') && isOwned(s, j)) return undefined;
    if (x.kind === 'side') return freeSideWord(items, j, x.side);
    if (x.kind === 'asym') return leanAfter(x);
    if ((x.kind === 'target' || x.kind === 'pred') && items[j - 1]?.kind !== 'glue') {
      if (phrases.get(j)?.side !== undefined) return undefined;
      continue;
    }
    if (stepsOver(x)) continue;
    break;
  }
  return undefined;
}

/** A free side word between a target and its later predicate ("the nerve root on the right was impinged"). */
export function sideBetween(s: Sentence, t: number, pred: number): FindingSide | undefined {
  let side: FindingSide | undefined;
  for (let j = t + 1; j < pred; j++) {
    const y = s.items[j];
    if (y && y.kind === 'side' && !isOwned(s, j)) side = y.side;
    if (y && y.kind === 'target') break;
  }
  return side;
}

/** Whether a lesion's phrase is introduced by "with" ("bulge with left paracentral protrusion"). */
export function isJoinedByWith(
  items: readonly Item[],
  head: number,
  np: NounPhrase | undefined,
): boolean {
  return items[indexBeforePhrase(items, head, np)]?.kind === 'with';
}

/** Words that open what caused a finding ("encroachment by osteophytes", "narrowing from the disc"). */
const CAUSE_WORDS: ReadonlySet<string> = new Set([
  'by',
  'from',
  'due to',
  'secondary to',
  'caused by',
]);
/** Items a cause may hold before its comma ("by osteophytes and disc"). */
const CAUSE_WINDOW = 8;

/**
 * The comma closing a cause that opens at `j` and names only lesions and the joints and ligaments that
 * narrow ("by osteophytes and disc", "from disc bulge and facet hypertrophy"), or -1.
 */
function causeEnd(items: readonly Item[], j: number): number {
  for (let k = j + 1; k < items.length && k - j <= CAUSE_WINDOW; k++) {
    const y = items[k];
    if (y?.kind === 'conj' && y.lit === ',') return k > j + 1 ? k : -1;
    const part =
      y?.kind === 'lesion' ||
      (y?.kind === 'target' && (y.target === 'facet' || y.target === 'ligamentum')) ||
      y?.kind === 'adj' ||
      y?.kind === 'glue' ||
      y?.kind === 'pred' ||
      (y?.kind === 'conj' && y.lit !== ',');
    if (!part) return -1;
  }
  return -1;
}

/**
 * One grade per side after a statement: "..., severe on the left and moderate on the right", or the side
 * first, as dictation puts it in brackets ("bilat NF narrowing (R mod, L mild)", "right moderate, left
 * mild").
 */
export function gradesBySideAfter(
  items: readonly Item[],
  from: number,
): { side: 'left' | 'right'; severity: Graded }[] | undefined {
  const found: { side: 'left' | 'right'; severity: Graded }[] = [];
  let severity: Graded | undefined;
  let side: 'left' | 'right' | undefined;
  for (
    let j = from + 1, steps = 0;
    j < items.length && steps < GRADES_BY_SIDE_WINDOW;
    j++, steps++
  ) {
    const x = items[j];
    if (!x) break;
    // "severely on the left where there is loss of the perineural fat …, and slightly on the right":
    // what a place is like, between one side's grade and the next, is passed over to its comma.
    if (x.kind === 'filler' && x.lit === 'where' && found.length > 0) {
      const comma = items.findIndex((y, k) => k > j && y.kind === 'conj' && y.lit === ',');
      if (comma < 0 || comma - j > WHERE_CLAUSE_WINDOW) break;
      j = comma;
      continue;
    }
    // "Neural foraminal encroachment by osteophytes and disc, moderate on the right and mild on the
    // left": the cause, named before any grade, is passed over to its comma.
    if (CAUSE_WORDS.has(x.lit) && found.length === 0 && severity === undefined && !side) {
      const comma = causeEnd(items, j);
      if (comma < 0) break;
      j = comma;
      continue;
    }
    if (x.kind === 'severity') {
      if (side !== undefined) {
        found.push({ side, severity: x.severity });
        side = undefined;
      } else severity = x.severity;
    } else if (x.kind === 'side' && isLateral(x.side)) {
      if (severity !== undefined) {
        found.push({ side: x.side, severity });
        severity = undefined;
      } else if (side === undefined) side = x.side;
      else break;
    } else if (
      (x.kind === 'asym' || (x.kind === 'side' && x.side === 'bilateral')) &&
      found.length === 0 &&
      severity === undefined &&
      !side
    ) {
      // "bilateral foramina, more on left side (moderate on left, mild on right)": a lean first; or the
      // plural's own side ("foraminal stenosis on both sides (right moderate, left mild)").
      continue;
    } else if (!(x.kind === 'glue' || x.kind === 'conj' || x.kind === 'filler')) break;
  }
  return found.length >= 2 && found[0]?.side !== found[1]?.side ? found : undefined;
}

/** The side of a coordinated sibling target ("the Rt sided thecal sac and exit nerve root"). */
export function siblingSide(s: Sentence, t: number): FindingSide | undefined {
  const { items, phrases } = s;
  for (let j = t - 1, steps = 0; j >= 0 && steps < SIBLING_SIDE_WINDOW; j--, steps++) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'target') {
      const side = phrases.get(j)?.side;
      if (side !== undefined) return side;
      continue;
    }
    if (
      x.kind === 'conj' ||
      x.kind === 'glue' ||
      x.kind === 'side' ||
      x.kind === 'severity' ||
      x.kind === 'adj' ||
      x.kind === 'vertebra' ||
      x.kind === 'asym'
    ) {
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** An explicit lean earlier in the sentence ("more to the Lt side"), for a bilateral target's worse side. */
export function asymmetryBefore(items: readonly Item[], t: number): 'left' | 'right' | undefined {
  for (let j = t - 1; j >= 0; j--) {
    const x = items[j];
    if (x?.kind === 'asym') return x.side;
  }
  return undefined;
}

/** The side a lesion earlier in the sentence leans to, for a singular sideless target. */
export function leanSide(
  items: readonly Item[],
  t: number,
  lesionSide: ReadonlyMap<number, FindingSide | undefined>,
): 'left' | 'right' | undefined {
  for (let j = t - 1; j >= 0; j--) {
    const x = items[j];
    if (!x) continue;
    if (x.kind === 'asym' && !x.bilateral) return x.side;
    // "extending to Lt lateral recess and encroaching exiting neural canal"
    if (x.kind === 'extend') {
      let k = j + 1;
      while (items[k]?.kind === 'glue') k++;
      const place = items[k];
      if (place?.kind === 'side' && place.side !== 'bilateral' && items[k + 1]?.kind === 'target') {
        return place.side;
      }
    }
    if (x.kind === 'lesion') {
      const side = lesionSide.get(j);
      if (isLateral(side)) return side;
    }
  }
  return undefined;
}
