/**
 * Sides carried between clauses and sentences: "the opposite foramen", "the right side is preserved",
 * a side stated once for a pair of findings, pronouns pointing back to the lesion just described.
 */
import { isBracket, isComma } from './_model.js';
import type { Item } from './_model.js';
import type { QualifiedFinding } from './_qualifiers.js';
import { RESOLUTION_TRIGGERS } from './_qualifiers.js';
import { READER_WITHDRAWALS } from './data/context-rules.js';
import type { Token } from './_scan.js';
import { WORD } from './_scan.js';

import { type ImpliedForamen } from './_subjects.js';
/** The foramen a sentence stated a one-sided finding about, if any. */
export function foramenOf(
  items: readonly Item[],
  findings: readonly QualifiedFinding[],
): ImpliedForamen | undefined {
  const stated = findings.filter((f) => f.finding === 'foraminal-stenosis');
  const last = stated[stated.length - 1];
  const target = items.find((x) => x.kind === 'target' && x.target === 'foramen');
  if (!last || !target) return undefined;
  const pred: Item = { kind: 'pred', pred: 'narrow', lit: '', start: target.end, end: target.end };
  const side = last.side === 'left' || last.side === 'right' ? last.side : undefined;
  return { target, pred, side };
}

/**
 * "The previously reported severe stenosis is not confirmed", after a sentence about the right L5-S1
 * foramen: a retraction of an earlier study's stenosis that names no structure is about the foramen
 * just described, not about the whole level. Returns the items with that foramen (and its side) put
 * before the stenosis, or undefined when the sentence is not such a retraction.
 */
export function withRetractedForamen(
  items: readonly Item[],
  previous: ImpliedForamen | undefined,
): Item[] | undefined {
  if (!previous) return undefined;
  let retracts = false;
  for (const x of items) {
    if (x.kind === 'target' || x.kind === 'lesion' || x.kind === 'level') return undefined;
    if (x.kind === 'context' && RESOLUTION_TRIGGERS.has(x.rule.literal)) retracts = true;
  }
  if (!retracts) return undefined;
  const earlier = items.some(
    (x) => x.kind === 'time' && (x.time === 'prior' || x.time === 'earlier-study'),
  );
  const at = items.findIndex((x) => x.kind === 'pred' && x.pred === 'narrow');
  const pred = items[at];
  if (!earlier || !pred) return undefined;
  const implied: Item[] = [{ ...previous.target, start: pred.start, end: pred.start } as Item];
  if (previous.side) {
    implied.unshift({
      kind: 'side',
      side: previous.side,
      plural: false,
      lit: '',
      start: pred.start,
      end: pred.start,
    });
  }
  return [...items.slice(0, at), ...implied, ...items.slice(at)];
}

/**
 * "The right foramen is mildly narrowed; the exiting right L4 root is not compressed": a root spared
 * speaks for the root, not against the foramen the sentence before graded on that side (within one
 * sentence the target pass already keeps it so). Drops the negated foraminal finding the root gave.
 */
export function withoutSparedRootNegation<F extends QualifiedFinding>(
  found: F[],
  items: readonly Item[],
  previous: ImpliedForamen | undefined,
): F[] {
  if (previous?.side === undefined) return found;
  const rootOnly =
    items.some((x) => x.kind === 'target' && x.target === 'exit-root') &&
    !items.some((x) => x.kind === 'target' && x.target === 'foramen');
  if (!rootOnly) return found;
  return found.filter(
    (f) =>
      !(
        f.finding === 'foraminal-stenosis' &&
        f.negated &&
        f.temporal === 'current' &&
        f.side === previous.side
      ),
  );
}

/** "The opposite foramen", "the contralateral foramen": the other side of the previous sentence's. */
export function resolveOpposite(
  items: Item[],
  previous: ImpliedForamen | undefined,
  text: string,
): Item[] {
  const other =
    previous?.side === 'left' ? 'right' : previous?.side === 'right' ? 'left' : undefined;
  if (other === undefined) return items;
  return items.map((x, k) => {
    const opposite =
      (x.kind === 'word' && (x.lit === 'opposite' || x.lit === 'contralateral')) ||
      // "…; the other side is clear" (round 27).
      (x.kind === 'other' &&
        items[k + 1]?.kind === 'glue' &&
        items[k + 1]?.lit === 'side' &&
        text.slice(x.start, x.end).toLowerCase() === 'other');
    return opposite
      ? ({
          kind: 'side',
          side: other,
          plural: false,
          lit: x.lit,
          start: x.start,
          end: x.end,
        } as Item)
      : x;
  });
}

/** "The right side is preserved", "left normal": a side and a predicate with no target. */
export const isSideStatement = (items: readonly Item[]): boolean =>
  items.some((x) => x.kind === 'side' && x.side !== 'bilateral') &&
  // "On the left, perineural fat is preserved …, Lee grade 1": the named grade is the statement.
  !items.some((x) => x.kind === 'grading') &&
  // "the right side is preserved", and a grade alone: "right unchanged, mild", "right mild".
  items.some((x) => x.kind === 'pred' || x.kind === 'severity') &&
  !items.some((x) => x.kind === 'level');

/**
 * Where a side statement naming no structure ends at "and" before a clause with a structure of its own
 * ("the left side is preserved and the canal is roomy"): the index of that "and", else -1.
 */
export function sideStatementBeforeAnd(items: readonly Item[]): number {
  const and = items.findIndex((x) => x.kind === 'conj' && x.lit === 'and');
  if (and <= 0) return -1;
  const before = items.slice(0, and);
  if (before.some((x) => x.kind === 'target' || x.kind === 'lesion')) return -1;
  if (!isSideStatement(before)) return -1;
  return items.slice(and + 1).some((x) => x.kind === 'target') ? and : -1;
}

/** Item kinds a side negated on its own may hold besides the side and the negation. */
const BARE_NEGATION_KINDS: ReadonlySet<Item['kind']> = new Set(['glue', 'filler', 'other', 'conj']);

/**
 * "…; the right is not.", "the left one isn't": one side and a negation, nothing else. Returns the
 * index of the negation, after which the foramen of the sentence before is put.
 */
export function bareSideNegation(items: readonly Item[]): number | undefined {
  let side = 0;
  let negation: number | undefined;
  for (const [i, x] of items.entries()) {
    if (x.kind === 'side' && x.side !== 'bilateral') side++;
    else if (x.kind === 'context' && x.rule.category === 'negation') negation ??= i;
    else if (!BARE_NEGATION_KINDS.has(x.kind)) return undefined;
  }
  return side === 1 ? negation : undefined;
}

/** Pairs a "respectively" sentence states: the number of sides or levels matched with grades. */
export function respectivePairs(items: readonly Item[], text: string): number | undefined {
  const word = (x: Item): string => text.slice(x.start, x.end).toLowerCase();
  if (!items.some((x) => x.kind === 'other' && word(x) === 'respectively')) return undefined;
  const grades = items.filter((x) => x.kind === 'severity').length;
  if (grades < 2) return undefined;
  const sides = items.filter((x) => x.kind === 'side' && x.side !== 'bilateral').length;
  return sides === grades || respectiveLevels(items) === grades ? grades : undefined;
}

/**
 * The levels a "respectively" sentence pairs with its grades: those named before its first grade
 * ("Right foraminal narrowing at L4-L5 and L5-S1 is severe and moderate, respectively", set 35: one
 * side for all of them), or 0 when sides are what it pairs (two or more sides).
 */
function respectiveLevels(items: readonly Item[]): number {
  const firstGrade = items.findIndex((x) => x.kind === 'severity');
  const before = items.slice(0, firstGrade < 0 ? items.length : firstGrade);
  const sides = before.filter((x) => x.kind === 'side' && x.side !== 'bilateral').length;
  if (sides > 1) return 0;
  let levels = 0;
  for (const i of pairedLevelItems(items)) {
    const x = items[i];
    if (x?.kind === 'level' && x.ref.kind === 'levels') levels += x.ref.levels.length;
  }
  return levels;
}

/**
 * The indexes of the level items a "respectively" sentence pairs with its grades: those before its
 * first grade, else the first level list after it ("Moderate and mild foraminal narrowing at L3/4 and
 * L5/S1 respectively"). Levels after that ("… with compression of the L4 root at L4-L5") are not paired.
 */
function pairedLevelItems(items: readonly Item[]): number[] {
  const firstGrade = items.findIndex((x) => x.kind === 'severity');
  const isList = (x: Item | undefined): boolean => x?.kind === 'level' && x.ref.kind === 'levels';
  const before = items.flatMap((x, i) =>
    isList(x) && (firstGrade < 0 || i < firstGrade) ? [i] : [],
  );
  if (before.length > 0) return before;
  const after = items.findIndex((x, i) => i > firstGrade && isList(x));
  return after < 0 ? [] : [after];
}

/** Clause `k` of a "respectively" sentence: its side or level and its grade, the others taken out. */
export function respectivePart(items: readonly Item[], k: number): Item[] {
  const lateral = (x: Item): boolean => x.kind === 'side' && x.side !== 'bilateral';
  const grades = items.filter((x) => x.kind === 'severity').length;
  const bySide = respectiveLevels(items) !== grades;
  const paired = new Set(pairedLevelItems(items));
  let grade = 0;
  let place = 0;
  // Each item kept, dropped (another pair's), or replaced (a level list cut to this pair's level).
  const kept: (Item | undefined)[] = items.map((x, i) => {
    if (x.kind === 'severity') return grade++ === k ? x : undefined;
    if (bySide && lateral(x)) return place++ === k ? x : undefined;
    if (!bySide && x.kind === 'level' && x.ref.kind === 'levels' && paired.has(i)) {
      const level = x.ref.levels[k - place];
      place += x.ref.levels.length;
      return level ? { ...x, ref: { kind: 'levels', levels: [level] } } : undefined;
    }
    return x;
  });
  // The joining word between two of the pairs' words goes with them ("right and left").
  return kept.filter(
    (x, i): x is Item =>
      x !== undefined && !(x.kind === 'conj' && x.lit !== ',' && (!kept[i - 1] || !kept[i + 1])),
  );
}

/** Item kinds of a side stated with its verb alone ("affecting the left", "involving the right"). */
const AFFECTED_SIDE_KINDS: ReadonlySet<Item['kind']> = new Set(['glue', 'conj', 'filler', 'side']);

/**
 * The one side of a clause that says only which side a finding affects ("affecting the left",
 * "involving the right side"), or undefined.
 */
export function affectedSide(items: readonly Item[]): Item | undefined {
  const sides = items.filter((x) => x.kind === 'side');
  const [side] = sides;
  if (sides.length !== 1 || side?.kind !== 'side' || side.side === 'bilateral') return undefined;
  const only = items.every(
    (x) => AFFECTED_SIDE_KINDS.has(x.kind) || (x.kind === 'pred' && x.pred === 'compress'),
  );
  return only && items.some((x) => x.kind === 'pred' || x.kind === 'filler') ? side : undefined;
}

/**
 * The one grade a clause holds when it holds nothing else ("moderate", "severe"), or only the both-sides
 * word that repeats the finding's side ("moderate on both sides", "severe bilaterally").
 */
export function loneGrade(items: readonly Item[]): Item | undefined {
  // Any other word counts: "slightly migrating downward" is not a grade alone.
  const meaningful = items.filter(
    (x) => x.kind !== 'glue' && x.kind !== 'conj' && !(x.kind === 'side' && x.side === 'bilateral'),
  );
  const [only] = meaningful;
  return meaningful.length === 1 && only?.kind === 'severity' ? only : undefined;
}

/** The grade put just before the clause's foramen. */
export function withGradeBeforeForamen(items: Item[], grade: Item): Item[] {
  const at = items.findIndex((x) => x.kind === 'target' && x.target === 'foramen');
  if (at < 0) return items;
  const start = items[at]?.start ?? 0;
  return [...items.slice(0, at), { ...grade, start, end: start }, ...items.slice(at)];
}

/** A clause that opens with a side and its own foramen and says what it is: "right-sided foramen normal". */
export function isSidedStatement(items: readonly Item[]): boolean {
  const meaningful = items.filter((x) => x.kind !== 'adj' && x.kind !== 'glue');
  const [side, target] = meaningful;
  return (
    side?.kind === 'side' &&
    side.side !== 'bilateral' &&
    target?.kind === 'target' &&
    target.target === 'foramen' &&
    meaningful.some((x) => x.kind === 'pred') &&
    !meaningful.some((x) => x.kind === 'level')
  );
}

/** Items between the negated side and the structure the two sides share ("no right neural foraminal"). */
const SHARED_NOUN_AHEAD = 3;

/**
 * "mild left and no right neural foraminal narrowing": a graded side, then "and no" and the other side
 * with the structure both share. The graded side gets its own copy of the structure and its narrowing,
 * so the negation covers only the side after it.
 */
export function withNounBeforeNegatedSide(items: readonly Item[]): Item[] {
  for (let i = 0; i + 4 < items.length; i++) {
    const grade = items[i];
    const side = items[i + 1];
    const conj = items[i + 2];
    const neg = items[i + 3];
    const other = items[i + 4];
    if (
      grade?.kind !== 'severity' ||
      side?.kind !== 'side' ||
      side.side === 'bilateral' ||
      !(
        conj?.kind === 'conj' ||
        (conj?.kind === 'context' && conj.rule.category === 'termination')
      ) ||
      neg?.kind !== 'context' ||
      neg.rule.category !== 'negation' ||
      other?.kind !== 'side' ||
      other.side === side.side
    ) {
      continue;
    }
    let t = i + 5;
    while (t < items.length && t <= i + 4 + SHARED_NOUN_AHEAD && items[t]?.kind === 'adj') t++;
    const target = items[t];
    const pred = items[t + 1];
    if (target?.kind !== 'target' || pred?.kind !== 'pred' || pred.pred !== 'narrow') {
      return [...items];
    }
    const at = side.end;
    const shared = items.slice(i + 5, t + 2).map((x) => ({ ...x, start: at, end: at }) as Item);
    return [...items.slice(0, i + 2), ...shared, ...items.slice(i + 2)];
  }
  return [...items];
}

/** "R patent", "right preserved": a side stated normal, with no structure named. */
export function isSideNormal(items: readonly Item[]): boolean {
  const meaningful = items.filter(
    (x) => x.kind !== 'adj' && x.kind !== 'glue' && x.kind !== 'filler' && x.kind !== 'other',
  );
  const [side, pred] = meaningful;
  return (
    meaningful.length === 2 &&
    side?.kind === 'side' &&
    side.side !== 'bilateral' &&
    pred?.kind === 'pred' &&
    pred.pred === 'normal'
  );
}

/** The single side (left or right) a sentence's stated findings are on. */
export function sideOf(findings: readonly QualifiedFinding[]): 'left' | 'right' | undefined {
  const sides = new Set(findings.filter((f) => !f.negated).map((f) => f.side));
  const [only] = sides;
  return sides.size === 1 && (only === 'left' || only === 'right') ? only : undefined;
}

/** Items from a compressed root back to the side word of its phrase ("left L4 nerve root"). */
const ROOT_SIDE_WINDOW = 3;

/**
 * "The left L4 nerve root is compressed within the foramen": the foramen where a sided root is caught
 * is that side's, not both (a sideless foramen is bilateral by default, which added an ungraded
 * bilateral finding beside the graded sides).
 */
export function withRootSideOnForamen(items: Item[]): Item[] {
  for (let k = 3; k < items.length; k++) {
    const foramen = items[k];
    if (foramen?.kind !== 'target' || foramen.target !== 'foramen') continue;
    let j = k - 1;
    if (items[j]?.kind === 'glue' && items[j]?.lit === 'the') j--;
    const prep = items[j];
    if (prep?.kind !== 'glue' || (prep.lit !== 'within' && prep.lit !== 'in')) continue;
    const pred = items[j - 1];
    if (pred?.kind !== 'pred' || pred.pred !== 'compress') continue;
    let r = j - 2;
    while (items[r]?.kind === 'filler') r--;
    const root = items[r];
    const isRoot =
      root?.kind === 'target' && (root.target === 'root' || root.target === 'exit-root');
    if (!isRoot) continue;
    for (let m = r - 1; m >= 0 && m >= r - ROOT_SIDE_WINDOW; m--) {
      const side = items[m];
      if (side?.kind === 'side') {
        if (side.side !== 'left' && side.side !== 'right') break;
        const at = foramen.start;
        return [...items.slice(0, k), { ...side, start: at, end: at }, ...items.slice(k)];
      }
      if (!(side?.kind === 'vertebra' || side?.kind === 'adj' || side?.kind === 'glue')) break;
    }
  }
  return items;
}

/**
 * "…, as is the right", "as are the left" closing a statement about one foramen: the predicate (with its
 * grade) to repeat for the other side, or undefined.
 */
function likewiseSide(items: readonly Item[], k: number): Item[] | undefined {
  const after = items[k + 1];
  if (!(after === undefined || after.kind === 'other' || after.kind === 'conj')) return undefined;
  let j = k - 1;
  if (items[j]?.kind === 'glue' && items[j]?.lit === 'the') j--;
  if (items[j]?.kind !== 'filler') return undefined;
  const lead = items[j - 1];
  if (lead?.kind !== 'glue' || lead.lit !== 'as') return undefined;
  for (let m = j - 2; m >= 0; m--) {
    const y = items[m];
    if (y?.kind === 'target' || y?.kind === 'level') return undefined;
    if (y?.kind === 'pred') {
      const grade = items[m - 1];
      return grade?.kind === 'severity' ? [grade, y] : [y];
    }
  }
  return undefined;
}

/**
 * A side opening a clause after "," or "and" ("…, the left mildly narrowed", "… and the right
 * moderately"), with a grade and at most the narrowing after it: a gapped clause about the other
 * foramen. Returns the narrowing to put in when the clause leaves it out too.
 */
function gappedSideClause(
  items: readonly Item[],
  k: number,
): { pred: Item | undefined } | undefined {
  let j = k - 1;
  if (items[j]?.kind === 'glue' && items[j]?.lit === 'the') j--;
  const join = items[j];
  if (join?.kind !== 'conj' || (join.lit !== ',' && join.lit !== 'and')) return undefined;
  if (items[k + 1]?.kind !== 'severity') return undefined;
  const after = items[k + 2];
  const ends = after === undefined || after.kind === 'conj' || after.kind === 'other';
  const narrows = after?.kind === 'pred' && after.pred === 'narrow';
  if (!ends && !narrows) return undefined;
  if (narrows) return { pred: undefined };
  for (let m = j - 1; m >= 0; m--) {
    const y = items[m];
    if (y?.kind === 'pred' && y.pred === 'narrow') return { pred: y };
  }
  return undefined;
}

/**
 * "… narrowing of the right neural foramen and mild narrowing of the left", "left foramen is narrowed
 * slightly, right one is free": the foramen named once is understood after the other side ("of the
 * left" is the left foramen, "right one" the right foramen).
 */
export function withElidedForamen(items: Item[]): Item[] {
  let foramen: Item | undefined;
  let out: Item[] | undefined;
  for (let k = 0; k < items.length; k++) {
    const x = items[k];
    if (x?.kind === 'target') foramen = x.target === 'foramen' ? x : undefined;
    if (!foramen || x?.kind !== 'side' || (x.side !== 'left' && x.side !== 'right')) continue;
    const next = items[k + 1];
    if (next?.kind === 'glue' && next.lit === 'one') {
      out ??= [...items];
      out[out.indexOf(next)] = { ...foramen, start: next.start, end: next.end } as Item;
      continue;
    }
    if (next && (next.kind === 'target' || next.kind === 'adj' || next.kind === 'lesion')) continue;
    const likewise = likewiseSide(items, k);
    if (likewise) {
      // "The left foramen is now patent, as is the right": the other foramen, stated the same.
      out ??= [...items];
      const at = x.end;
      const copies = likewise.map((y) => ({ ...y, start: at, end: at }) as Item);
      out.splice(out.indexOf(x) + 1, 0, { ...foramen, start: at, end: at } as Item, ...copies);
      continue;
    }
    const gapped = gappedSideClause(items, k);
    if (gapped) {
      // "The right exit foramen is moderately narrowed, the left mildly (narrowed)": the foramen and,
      // when left out too, its narrowing are understood after the other side.
      out ??= [...items];
      const at = x.end;
      out.splice(out.indexOf(x) + 1, 0, { ...foramen, start: at, end: at } as Item);
      if (gapped.pred) {
        const end = next?.end ?? at;
        out.splice(out.indexOf(next as Item) + 1, 0, { ...gapped.pred, start: end, end } as Item);
      }
      continue;
    }
    let j = k - 1;
    if (items[j]?.kind === 'glue' && items[j]?.lit === 'the') j--;
    if (items[j]?.kind !== 'glue' || items[j]?.lit !== 'of') continue;
    const pred = items[j - 1];
    if (pred?.kind !== 'pred' || (pred.pred !== 'narrow' && pred.pred !== 'compress')) continue;
    out ??= [...items];
    const at = x.end;
    out.splice(out.indexOf(x) + 1, 0, { ...foramen, start: at, end: at } as Item);
  }
  return out ?? items;
}

/** Item kinds that head a structure graded side by side after it: "L4-5 foramina:". */
const PER_SIDE_HEAD_KINDS: ReadonlySet<Item['kind']> = new Set(['level', 'glue', 'adj', 'other']);

/** Item kinds that only join the words of a per-side grade ("on the", a bracket). */
const PER_SIDE_JOINING_KINDS: ReadonlySet<Item['kind']> = new Set([
  'glue',
  'other',
  'filler',
  'conj',
]);

/**
 * A side and its grade after a structure named once: "moderate right", "R grade 2" (read as "right
 * moderate"), "grade 0 left" (read as "left normal"). Undefined unless the clause holds exactly one
 * side and a grade or a normality predicate.
 */
function perSideGrade(items: readonly Item[]): { side: Item; stated: boolean } | undefined {
  const meaningful = items.filter((x) => !PER_SIDE_JOINING_KINDS.has(x.kind));
  const sides = meaningful.filter((x) => x.kind === 'side');
  const [side] = sides;
  if (sides.length !== 1 || side?.kind !== 'side' || side.side === 'bilateral') return undefined;
  const graded = meaningful.some(
    (x) => x.kind === 'severity' || (x.kind === 'pred' && x.pred === 'normal'),
  );
  const only = meaningful.every(
    (x) =>
      x.kind === 'side' ||
      x.kind === 'severity' ||
      (x.kind === 'pred' && (x.pred === 'normal' || x.pred === 'narrow')),
  );
  return graded && only ? { side, stated: meaningful.some((x) => x.kind === 'pred') } : undefined;
}

/**
 * "L4-5 foramina: moderate right, mild left", "Foramina Lee grade 1 right, grade 0 left", "foramina:
 * R grade 2, L grade 1 (Lee)": a foramen named once, then a grade per side. Each side gets its own
 * copy of the foramen (and of its narrowing, unless it is stated normal), so it keeps its own grade;
 * read as one statement, the first grade went to both sides or the second was lost.
 */
export function withForamenPerSide(items: Item[]): Item[] {
  const t = items.findIndex((x) => !PER_SIDE_HEAD_KINDS.has(x.kind));
  const target = items[t];
  if (target?.kind !== 'target' || target.target !== 'foramen') return items;
  let k = t + 1;
  const pred = items[k];
  if (pred?.kind === 'pred' && pred.pred === 'narrow') k++;
  if (items[k]?.kind === 'glue' && items[k]?.lit === ':') k++;
  const groups: Item[][] = [[]];
  for (let i = k; i < items.length; i++) {
    const x = items[i];
    if (!x) continue;
    const joins = x.kind === 'conj' && (x.lit === ',' || x.lit === 'and');
    if (joins) groups.push([]);
    groups[groups.length - 1]?.push(x);
  }
  if (groups.length < 2) return items;
  const sides = new Set<string>();
  const out: Item[] = items.slice(0, t);
  for (const group of groups) {
    const read = perSideGrade(group);
    if (read?.side.kind !== 'side' || sides.has(read.side.side)) return items;
    sides.add(read.side.side);
    const end = group[group.length - 1]?.end ?? target.end;
    // "… of moderate degree is seen on the left": the verb between grade and side would cut the
    // grade from the foramen put after them.
    out.push(...group.filter((x) => x.kind !== 'filler'), { ...target, start: end, end } as Item);
    if (!read.stated) out.push({ kind: 'pred', pred: 'narrow', lit: '', start: end, end });
  }
  return out;
}

/** Words for this study that may open a sentence before "the foramen". */
const NOW_OPENERS: ReadonlySet<string> = new Set(['today', 'now', 'currently']);

/**
 * The side of a sentence that only names a foramen, as a paragraph's label does ("1. Right L5-S1
 * foramen." before the sentences about it), or undefined.
 */
export function labelledForamenSide(items: readonly Item[]): 'left' | 'right' | undefined {
  let side: 'left' | 'right' | undefined;
  let foramina = 0;
  for (const x of items) {
    if (x.kind === 'side') {
      if (side !== undefined || x.side === 'bilateral' || x.plural) return undefined;
      side = x.side === 'left' || x.side === 'right' ? x.side : undefined;
      if (side === undefined) return undefined;
    } else if (x.kind === 'target' && x.target === 'foramen' && !x.plural) foramina++;
    else if (!(x.kind === 'level' || x.kind === 'adj' || x.kind === 'glue')) return undefined;
  }
  return foramina === 1 ? side : undefined;
}

/** Pronouns that open a sentence about the lesion of the sentence before: "It narrows the foramen". */
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'which', 'these', 'they']);

/** Words after a structure that point back to the one just described ("the foramen itself"). */
const REFLEXIVES: ReadonlySet<string> = new Set(['itself', 'per se']);

/**
 * "There is a left foraminal protrusion. It narrows the foramen severely.": a sentence opened by a
 * pronoun whose foramen has no side takes the side of the previous sentence's findings; so does "the
 * foramen itself" ("… contacting the right L3 root lateral to the foramen; the foramen itself is not
 * narrowed").
 */
export function withPronounSide(
  tokens: readonly Token[],
  start: number,
  items: readonly Item[],
  side: 'left' | 'right' | undefined,
): Item[] {
  const first = tokens[start];
  if (!side || first?.kind !== WORD || items.some((x) => x.kind === 'level')) return [...items];
  const at = items.findIndex((x) => x.kind === 'target' && x.target === 'foramen');
  const target = items[at];
  if (!target) return [...items];
  // A side of its own, up to its predicate ("It narrows the right foramen"), is kept.
  const pred = items.findIndex((x, i) => i > at && x.kind === 'pred');
  const own = items.slice(0, pred < 0 ? items.length : pred + 1);
  if (own.some((x) => x.kind === 'side' || x.kind === 'asym')) return [...items];
  // "… within the right L2/3 exit foramen. The foramen is severely narrowed.": "the foramen", one
  // and opening the sentence, is the one just named.
  // "Today the foramen is moderately narrowed": this study's word may come first.
  const now = NOW_OPENERS.has(first.lower) ? 1 : 0;
  const definite =
    tokens[start + now]?.lower === 'the' &&
    target.kind === 'target' &&
    !target.plural &&
    items.slice(now, at).every((x) => x.kind === 'glue' || x.kind === 'adj');
  const reflexive =
    target.kind === 'target' && !target.plural && REFLEXIVES.has(items[at + 1]?.lit ?? '');
  if (!PRONOUNS.has(first.lower) && !definite && !reflexive) return [...items];
  const sideItem: Item = {
    kind: 'side',
    side,
    plural: false,
    lit: '',
    start: target.start,
    end: target.start,
  };
  return [...items.slice(0, at), sideItem, ...items.slice(at)];
}

/**
 * "The left foramen was moderately narrowed on the preoperative study. It is now widely patent.": a
 * sentence opened by "it" with a narrowing, a patency or a grade of its own but no structure is about the
 * foramen of the sentence just before (`previous`, undefined when that sentence named none), on its
 * side. Returns the items with that foramen put after the pronoun, or undefined when not such a
 * sentence.
 */
export function withPronounForamen(
  items: readonly Item[],
  previous: ImpliedForamen | undefined,
): Item[] | undefined {
  if (!previous) return undefined;
  // "Today it is moderate": this study's word may come first.
  const now = items[0]?.kind === 'time' && items[0].time === 'now' ? 1 : 0;
  const opener = items[now];
  if (items.some((x) => x.kind === 'target' || x.kind === 'lesion' || x.kind === 'level')) {
    return undefined;
  }
  // "…; this is not confirmed on the current study", "It has resolved.": the foramen just spoken
  // of is what resolved (set 35: the earlier grade had been kept with no resolved finding beside it).
  const resolves = items.some(
    (x) =>
      x.kind === 'context' &&
      (RESOLUTION_TRIGGERS.has(x.rule.literal) || WITHDRAWALS.has(x.rule.literal)),
  );
  // The pronoun may follow a lead-in ("On review this is not confirmed") or the reader's verb ("I do
  // not confirm this").
  const pronoun = resolves
    ? items.findIndex(
        (x, k) =>
          k >= now &&
          k <= now + RESOLVED_PRONOUN_REACH &&
          (x.kind === 'filler' || x.kind === 'glue') &&
          (x.lit.toLowerCase() === 'it' || x.lit.toLowerCase() === 'this'),
      )
    : -1;
  if (pronoun >= 0) {
    const at = (items[pronoun] as Item).end;
    const implied: Item[] = [];
    if (previous.side) {
      implied.push({
        kind: 'side',
        side: previous.side,
        plural: false,
        lit: '',
        start: at,
        end: at,
      });
    }
    implied.push({ ...previous.target, start: at, end: at } as Item);
    implied.push({ ...previous.pred, start: at, end: at } as Item);
    // "I do not confirm this": the reader withdraws the foramen just spoken of, as "this is not
    // confirmed" does.
    const withdrawn = items.map((x) =>
      x.kind === 'context' && WITHDRAWALS.has(x.rule.literal)
        ? { ...x, rule: { ...x.rule, literal: WITHDRAWN } }
        : x,
    );
    return [...withdrawn.slice(0, pronoun + 1), ...implied, ...withdrawn.slice(pronoun + 1)];
  }
  if (opener?.kind !== 'filler' || opener.lit.toLowerCase() !== 'it') return undefined;
  const pred = items.find((x) => x.kind === 'pred');
  // "…; today it is moderate": a grade alone is the narrowing's.
  const grade = pred ? undefined : items.find((x) => x.kind === 'severity');
  if (!grade && (pred?.kind !== 'pred' || (pred.pred !== 'narrow' && pred.pred !== 'normal'))) {
    return undefined;
  }
  const at = opener.end;
  const implied: Item[] = [];
  if (previous.side) {
    implied.push({ kind: 'side', side: previous.side, plural: false, lit: '', start: at, end: at });
  }
  implied.push({ ...previous.target, start: at, end: at } as Item);
  const lead = items.slice(0, now + 1);
  const rest = items.slice(now + 1);
  if (grade) {
    const k = rest.indexOf(grade) + 1;
    const narrowing = { ...previous.pred, start: grade.end, end: grade.end } as Item;
    return [...lead, ...implied, ...rest.slice(0, k), narrowing, ...rest.slice(k)];
  }
  return [...lead, ...implied, ...rest];
}

const WITHDRAWALS: ReadonlySet<string> = new Set(READER_WITHDRAWALS);
/** The resolution trigger a reader's withdrawal of a foramen just spoken of stands for. */
const WITHDRAWN = 'not confirmed';

/** Items before the pronoun of a withdrawal ("On review this …", "I do not confirm this"). */
const RESOLVED_PRONOUN_REACH = 4;

/** Words that name a side by the one just spoken of. */
const RELATIVE_SIDE = /^(?:ipsilateral(?:ly)?|contralateral(?:ly)?)$/i;

/**
 * "The ipsilateral foramen is moderately narrowed, and the contralateral foramen mildly so",
 * "Contralaterally the foramen is patent": sides named by the side of the finding before (round 26).
 * Each sideless foramen after such a word, with at most "the" between, takes its side.
 */
export function withRelativeSides(
  items: readonly Item[],
  text: string,
  side: 'left' | 'right' | undefined,
): Item[] {
  if (!side) return [...items];
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const x = items[k] as Item;
    const word = x.kind === 'word' || x.kind === 'other' ? text.slice(x.start, x.end) : '';
    const target = items[k + 1]?.kind === 'glue' && items[k + 1]?.lit === 'the' ? k + 2 : k + 1;
    const foramen = items[target];
    if (
      !RELATIVE_SIDE.test(word) ||
      foramen?.kind !== 'target' ||
      foramen.target !== 'foramen' ||
      foramen.plural
    ) {
      out.push(x);
      continue;
    }
    const named = /^ipsi/i.test(word) ? side : side === 'left' ? 'right' : 'left';
    for (let j = k + 1; j < target; j++) out.push(items[j] as Item);
    out.push({
      kind: 'side',
      side: named,
      plural: false,
      lit: '',
      start: foramen.start,
      end: foramen.start,
    });
    k = target - 1;
  }
  return out;
}

/** Zone words of a lesion within or beyond the foramen. */
const FORAMINAL_ZONES: ReadonlySet<string> = new Set([
  'foraminal',
  'intraforaminal',
  'extraforaminal',
  'far lateral',
  'foraminal/extraforaminal',
]);

/** The side of a foraminal lesion named before item `at` ("a right foraminal disc protrusion"), if one. */
function foraminalLesionSide(items: readonly Item[], at: number): 'left' | 'right' | undefined {
  for (let k = at - 1; k > 0; k--) {
    if (items[k]?.kind !== 'lesion') continue;
    let side: 'left' | 'right' | undefined;
    let zone = false;
    for (let j = k - 1; j >= 0 && j >= k - LESION_LEAD; j--) {
      const x = items[j];
      if (x?.kind === 'adj' && FORAMINAL_ZONES.has(x.lit)) zone = true;
      else if (x?.kind === 'side' && (x.side === 'left' || x.side === 'right')) side ??= x.side;
      else if (!(x?.kind === 'adj' || x?.kind === 'severity' || x?.kind === 'glue')) break;
    }
    return zone ? side : undefined;
  }
  return undefined;
}

/** Words a lesion's side and zone may stand before it ("a small right foraminal disc protrusion"). */
const LESION_LEAD = 4;

/** A foramen pointed at: "this foramen", "the same foramen". */
const THIS_FORAMEN = /\b(?:this|that|the same)\s+(?:neural\s+|exit\s+)?foramen\b/i;

/** "worse on the left, where the foramen is mildly narrowed": the foramen of the side just named. */
const WHERE_FORAMEN = /\b(?:left|right)\b,?\s+where\s+the\s+(?:neural\s+|exit\s+)?foramen\b/i;

/** Words that point back at the side just spoken of: "on this side", "on the same side". */
const THIS_SIDE = /\b(?:on|at)\s+(?:this|that|the\s+same)\s+side\b|\bipsilaterally\b/i;

/**
 * "The left exit foramen is not spared: there is mild foraminal narrowing on this side.": a foramen
 * with no side of its own, in a sentence that points back at "this side", is on the side of the
 * sentence before (round 25).
 */
export function withThisSide(
  items: readonly Item[],
  text: string,
  side: 'left' | 'right' | undefined,
): Item[] {
  let at = -1;
  for (let k = items.length - 1; k >= 0; k--) {
    const x = items[k];
    if (x?.kind === 'target' && x.target === 'foramen') {
      at = k;
      break;
    }
  }
  const target = items[at];
  if (!target) return [...items];
  // Its own side, among the words just before it ("mild left foraminal narrowing"), stays.
  let k = at - 1;
  while (k >= 0 && (items[k]?.kind === 'adj' || items[k]?.kind === 'severity')) k--;
  if (items[k]?.kind === 'side' || items[k]?.kind === 'asym') return [...items];
  // "A right foraminal disc protrusion narrows the foramen moderately": the foramen of a sided
  // foraminal lesion named before it in the clause is that lesion's (round 26).
  const lesionSide =
    target.kind === 'target' && !target.plural ? foraminalLesionSide(items, at) : undefined;
  if (
    lesionSide &&
    items[at - 1]?.kind === 'glue' &&
    items[at - 1]?.lit === 'the' &&
    items[at + 1]?.kind !== 'side'
  ) {
    const sideItem: Item = {
      kind: 'side',
      side: lesionSide,
      plural: false,
      lit: '',
      start: target.start,
      end: target.start,
    };
    return [...items.slice(0, at), sideItem, ...items.slice(at)];
  }
  // The side this clause named before ("The left exit foramen is not spared: … on this side"), else
  // the sentence before's.
  // "worse on the left, where the foramen …": a lean names the side too.
  const before = items
    .slice(0, at)
    .reverse()
    .find((x) => (x.kind === 'side' && x.side !== 'bilateral') || x.kind === 'asym');
  const pointed =
    before?.kind === 'asym' || (before?.kind === 'side' && before.side !== 'bilateral')
      ? (before.side as 'left' | 'right')
      : side;
  if (!pointed) return [...items];
  const first = items[0];
  const last = items[items.length - 1];
  const said = first && last ? text.slice(first.start, last.end) : '';
  // "On the 2018 MRI this foramen was only mildly narrowed": the foramen just spoken of.
  if (!THIS_FORAMEN.test(said) && !THIS_SIDE.test(said) && !WHERE_FORAMEN.test(said)) {
    return [...items];
  }
  const sideItem: Item = {
    kind: 'side',
    side: pointed,
    plural: false,
    lit: '',
    start: target.start,
    end: target.start,
  };
  return [...items.slice(0, at), sideItem, ...items.slice(at)];
}

/**
 * "L2-L3: Normal.", "The remaining levels are unremarkable.", "L1/2 to L3/4: Unremarkable.": a level
 * called normal as a whole, with no structure or finding named. Such a level has neither canal nor
 * foraminal stenosis; a statement about its discs ("the remaining discs are normal") is not one.
 */
export const isSideItem = (x: Item): boolean => x.kind === 'side';

/** Verbs a side may be the subject of when it opens a sentence ("The left shows …"). */
const SHOWING_VERBS: ReadonlySet<string> = new Set([
  'shows',
  'has',
  'demonstrates',
  'displays',
  'exhibits',
  'reveals',
]);

/**
 * "On the left there is mild foraminal narrowing", "On the right, perineural fat is effaced, Lee grade
 * 2": a side that opens the sentence is the side of its foramina and exiting roots (or of its Lee
 * grade), when the sentence names no other side. The side is moved to just before each of them.
 */
export function withLeadingSide(items: readonly Item[]): Item[] {
  let k = 0;
  while (k < items.length && items[k]?.kind === 'glue') k++;
  const side = items[k];
  // "The left shows mild foraminal narrowing", "The right side has …": a side as the subject of a
  // verb of showing says the same (round 27: the finding had been read as bilateral).
  const verb = items[k + 1];
  const shows =
    k === 1 &&
    items[0]?.lit === 'the' &&
    verb?.kind === 'filler' &&
    SHOWING_VERBS.has(verb.lit.toLowerCase());
  const opens = items[0]?.lit === 'on' || shows;
  if (k === 0 || !opens || side?.kind !== 'side' || side.side === 'bilateral') {
    return [...items];
  }
  const rest = items.slice(k + 1);
  if (rest.some((x) => x.kind === 'side' || x.kind === 'asym')) return [...items];
  // "On the right at L5-S1, a protrusion narrows the neural foramen severely and compresses the
  // exiting L5 root": every foramen and exiting root of the sentence is that side's.
  const sided = (x: Item): boolean =>
    x.kind === 'target' && (x.target === 'foramen' || x.target === 'exit-root');
  const first = rest.findIndex((x) => sided(x) || x.kind === 'grading');
  if (first < 0) return [...items];
  const out = [...items.slice(0, k), ...rest.slice(0, first)];
  for (const [i, x] of rest.entries()) {
    if (i < first) continue;
    if (i === first || sided(x)) out.push({ ...side, start: x.start, end: x.start });
    out.push(x);
  }
  return out;
}

/** Item kinds a sentence that only grades the finding before it holds besides the pronoun and grade. */
const PRONOUN_GRADE_KINDS: ReadonlySet<Item['kind']> = new Set(['filler', 'glue', 'other']);

/**
 * "This level demonstrates right foraminal stenosis. It is probably mild.", "…; this is moderate": a
 * sentence opened by a pronoun that says nothing but a grade grades the finding of the sentence before
 * it. Its grade item, or undefined when the sentence says anything else (a side, a structure, a level).
 */
export function pronounGrade(items: readonly Item[], text: string): Item | undefined {
  const first = items[0];
  // Most clauses open with no pronoun and hold no grade: answered before any text is read.
  if (!first || first.end - first.start > 5 || !items.some((x) => x.kind === 'severity')) {
    return undefined;
  }
  if (!PRONOUNS.has(text.slice(first.start, first.end).toLowerCase())) return undefined;
  let grade: Item | undefined;
  for (const x of items.slice(1)) {
    if (isComma(x) || (x.kind === 'context' && x.rule.category === 'termination')) break;
    if (x.kind === 'severity') {
      if (grade) return undefined;
      grade = x;
    } else if (!(x.kind === 'context' && x.rule.category === 'uncertainty')) {
      // "It is now mildly narrowed": this study's word and the narrowing itself may stand with it.
      const now = x.kind === 'time' && x.time === 'now';
      const narrowed = x.kind === 'pred' && x.pred === 'narrow';
      if (!PRONOUN_GRADE_KINDS.has(x.kind) && !now && !narrowed) return undefined;
    }
  }
  return grade;
}

/** Item kinds that may stand between two sides graded in brackets ("… than on the right (mild)"). */
const BRACKETED_PAIR_GLUE: ReadonlySet<Item['kind']> = new Set(['glue', 'filler', 'other', 'conj']);

/**
 * "Bi-foraminal stenosis, more marked on the left (moderate) than on the right (light)", "left
 * (moderate) greater than right (mild)": two sides, each with its grade in a bracket after it, are read
 * as "moderate left and mild right". A bracket after a lean ("worse on the left") grades the worse side
 * when it comes first, the side other than the first one graded when it comes second.
 */
export function withBracketedSideGrades(items: Item[]): Item[] {
  if (!items.some((x) => x.kind === 'asym' || x.kind === 'side')) return items;
  const graded: { side: 'left' | 'right'; grade: Item; from: number; to: number }[] = [];
  for (let k = 1; k + 2 < items.length; k++) {
    const grade = items[k + 1];
    if (!isBracket(items[k], '(') || grade?.kind !== 'severity' || !isBracket(items[k + 2], ')')) {
      continue;
    }
    const owner = items[k - 1];
    let side: 'left' | 'right' | undefined;
    if (owner?.kind === 'side' && (owner.side === 'left' || owner.side === 'right')) {
      side = owner.side;
    } else if (owner?.kind === 'asym') {
      const first = graded[0]?.side;
      side = first === undefined ? owner.side : first === 'left' ? 'right' : 'left';
    }
    if (side) graded.push({ side, grade, from: k - 1, to: k + 2 });
  }
  const [a, b] = graded;
  if (graded.length !== 2 || !a || !b || a.side === b.side) return items;
  for (let k = a.to + 1; k < b.from; k++) {
    const x = items[k];
    if (x && !BRACKETED_PAIR_GLUE.has(x.kind) && x.kind !== 'asym') return items;
  }
  const sideItem = (p: typeof a): Item => ({
    kind: 'side',
    side: p.side,
    plural: false,
    lit: '',
    start: p.grade.start,
    end: p.grade.end,
  });
  const and: Item = { kind: 'conj', lit: 'and', start: b.grade.start, end: b.grade.start };
  return [
    ...items.slice(0, a.from),
    a.grade,
    sideItem(a),
    and,
    b.grade,
    sideItem(b),
    ...items.slice(b.to + 1),
  ];
}
