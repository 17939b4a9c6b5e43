/**
 * A finding named once and the clauses that leave it out: finding-first lines ("Neural foraminal
 * narrowing: L3-L4: mild right"), elliptical clauses ("sev rt", "none (right)") and topic colons.
 */
import { readLevels } from './_levels.js';
import { SIDE_WORDS, isColon, isComma, levelItem } from './_model.js';
import type { Item, LevelRef } from './_model.js';
import { isCloseBracket, isOpenBracket } from './_qualifiers.js';
import type { Token } from './_scan.js';
import { PUNCT, WORD } from './_scan.js';

/** A finding named once before a per-level list of grades ("Neural foraminal narrowing: L3-L4: mild right"). */
export interface FindingSubject {
  readonly target: Item;
  readonly pred: Item;
  /** The side the subject names ("Right neural foramina: L3-4 mild; L5-S1 patent"), for each clause. */
  readonly sideItem?: Item;
}

/** The foramen of the previous sentence, for "the opposite foramen" and "the right side is preserved". */
export interface ImpliedForamen extends FindingSubject {
  readonly side: 'left' | 'right' | undefined;
}

/** "Neural foraminal narrowing" alone before a colon or dash: the subject of the lines that follow. */
export function subjectOf(items: readonly Item[]): FindingSubject | undefined {
  const all = outsideBrackets(items).filter(
    (x) => x.kind !== 'adj' && x.kind !== 'glue' && x.kind !== 'other',
  );
  // "Right neural foramina:", "Left NF -": one side's foramina, the side of every grade after it
  // (round 27: only the first of such a list had been read, and a later "patent" cleared the level).
  // "Neural foramina, LEFT side:" names its side last.
  const last = all[all.length - 1];
  const trail =
    last?.kind === 'side' && all[0]?.kind !== 'side' ? all.filter((x) => !isComma(x)) : all;
  const lead = all[0]?.kind === 'side' ? all[0] : trail[trail.length - 1];
  // A bracket's part ("(canal AP; right foramen; left foramen):") names columns, not a subject.
  const side =
    lead?.kind === 'side' &&
    (lead.side === 'left' || lead.side === 'right') &&
    all.length > 1 &&
    !items.some((x) => isOpenBracket(x) || isCloseBracket(x))
      ? lead
      : undefined;
  const meaningful = !side ? all : lead === all[0] ? all.slice(1) : trail.slice(0, -1);
  const sided = (subject: FindingSubject | undefined): FindingSubject | undefined =>
    subject && side
      ? subject.target.kind === 'target' && subject.target.target === 'foramen'
        ? { ...subject, sideItem: side }
        : undefined
      : subject;
  const [target, pred] = meaningful;
  // "Foramina: mild on the right, moderate on the left", "Central canal: L4-5 moderate": a
  // structure named alone stands for its narrowing, as a graded foramen with no predicate does.
  if (meaningful.length === 1 && target?.kind === 'target' && STENOSIS_TARGETS.has(target.target)) {
    return sided({ target, pred: impliedNarrowing(target.end) });
  }
  if (meaningful.length !== 2 || target?.kind !== 'target' || pred?.kind !== 'pred') {
    return undefined;
  }
  return pred.pred === 'narrow' || pred.pred === 'compress' ? sided({ target, pred }) : undefined;
}

/**
 * The items outside round brackets: "Neural foraminal narrowing (NFN):" names its finding once, the
 * bracket only gives the abbreviation the lines below will use.
 */
function outsideBrackets(items: readonly Item[]): readonly Item[] {
  if (!items.some(isOpenBracket)) return items;
  const out: Item[] = [];
  let depth = 0;
  for (const x of items) {
    if (isOpenBracket(x)) depth++;
    else if (isCloseBracket(x)) depth = Math.max(0, depth - 1);
    else if (depth === 0) out.push(x);
    // Anything but the structure and its narrowing ("(Lee classification)") says more than a name;
    // dates, time words and arrows ("(2019 -> 2022 -> today)") only say which studies the lines give.
    else if (!BRACKET_NAME_KINDS.has(x.kind)) return items;
  }
  return out;
}

/** What a bracket after a finding's name may hold and still leave the name a subject. */
const BRACKET_NAME_KINDS: ReadonlySet<Item['kind']> = new Set([
  'target',
  'pred',
  'other',
  'glue',
  'time',
  'asym-lead',
  'conj',
]);

/** Structures whose narrowing is a stenosis finding, named alone as the topic of a line. */
const STENOSIS_TARGETS: ReadonlySet<string> = new Set(['foramen', 'canal']);

/** A narrowing predicate the text leaves out ("Central canal: mild"), placed at `at`. */
const impliedNarrowing = (at: number): Item => ({
  kind: 'pred',
  pred: 'narrow',
  lit: '',
  start: at,
  end: at,
});

/** Items that may stand between a grade and the structure it grades (a side leaves it to the side readers). */
const BETWEEN_GRADE_AND_STRUCTURE: ReadonlySet<string> = new Set(['adj', 'glue']);

/**
 * "L2-3: mild canal, no foraminal.", "no canal, no foraminal": in a clipped line a graded or negated
 * structure with nothing after it before the clause mark stands for its narrowing (set 38: such lines
 * had given nothing).
 */
export function withClippedStructures(items: readonly Item[], text: string): Item[] {
  const out: Item[] = [];
  items.forEach((x, i) => {
    out.push(x);
    if (x.kind !== 'target' || !STENOSIS_TARGETS.has(x.target)) return;
    const next = items[i + 1];
    const ends =
      next === undefined ||
      (next.kind === 'conj' && next.lit === ',') ||
      (next.kind === 'other' && /^[.;]$/.test(text.slice(next.start, next.end)));
    if (!ends) return;
    // "Decompressed canal, patent": a predicate after the comma, before any other structure, is its own.
    const ahead = items.slice(i + 1).find((y) => y.kind === 'pred' || y.kind === 'target');
    if (ahead?.kind === 'pred') return;
    let j = i - 1;
    while (j >= 0 && BETWEEN_GRADE_AND_STRUCTURE.has(items[j]?.kind ?? '')) j--;
    const lead = items[j];
    const graded =
      lead?.kind === 'severity' ||
      (lead?.kind === 'context' &&
        lead.rule.category === 'negation' &&
        lead.rule.direction !== 'backward');
    // The narrowing goes before the structure ("mild [narrowing of the] canal"), so a grade after the
    // comma cannot reach it.
    if (graded && j >= i - 3) {
      out.splice(out.length - 1, 0, impliedNarrowing(x.start));
      return;
    }
    // "…, severe left and mild right foraminal.": sided grades before a clipped foramen that ends the
    // clause are its own; its narrowing is said after it, so it does not share the predicate of a
    // structure before the comma (the canal had taken "severe" from "moderate canal stenosis, severe
    // left and mild right foraminal").
    let k = i - 1;
    while (
      k >= 0 &&
      (SIDED_GRADE_WORDS.has(items[k]?.kind ?? '') ||
        (items[k]?.kind === 'conj' && items[k]?.lit === 'and'))
    ) {
      k--;
    }
    const run = items.slice(k + 1, i);
    const sided =
      x.target === 'foramen' &&
      run.some((y) => y.kind === 'side') &&
      run.some((y) => y.kind === 'severity') &&
      (k < 0 || (items[k]?.kind === 'conj' && items[k]?.lit === ','));
    if (sided) out.push(impliedNarrowing(x.end));
  });
  return out;
}

/**
 * "the right foramen is tight, the left slightly narrowed", "the canal is critical": a grade said of a
 * structure as its predicate is its narrowing (set 38: "tight" had been given to the other side, and
 * "the right foramen is tight." had given nothing).
 */
export function withGradeAsPredicate(items: readonly Item[], text: string): Item[] {
  const out: Item[] = [];
  items.forEach((x, i) => {
    out.push(x);
    if (x.kind !== 'severity') return;
    const verb = items[i - 1];
    const target = items[i - 2];
    if (verb?.kind !== 'filler' || !COPULAS.has(verb.lit.toLowerCase())) return;
    if (target?.kind !== 'target' || !STENOSIS_TARGETS.has(target.target)) return;
    // ("… are mildly and moderately narrowed, respectively": the grades share the predicate after them.)
    const next = items[i + 1];
    const ends =
      next === undefined ||
      (next.kind === 'conj' &&
        (next.lit === ',' || next.lit === 'and') &&
        items[i + 2]?.kind !== 'severity') ||
      (next.kind === 'other' && /^[.;]$/.test(text.slice(next.start, next.end)));
    if (ends) out.push(impliedNarrowing(x.end));
  });
  return out;
}

/** Verbs that join a structure to the grade said of it. */
const COPULAS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'appears',
  'appear',
  'looks',
  'remains',
]);

/** Items of a run of sided grades ("severe left and mild right"). */
const SIDED_GRADE_WORDS: ReadonlySet<string> = new Set(['severity', 'side', 'glue', 'adj']);

/** Items of the grades and sides that open a finding-first line ("moderate left, mild right"). */
const LEADING_MODIFIERS: ReadonlySet<Item['kind']> = new Set([
  // "Central canal stenosis: L3-L4 mild; L4-L5 moderate": a level may open the line.
  'level',
  'severity',
  'side',
  'asym',
  'adj',
  'glue',
  'conj',
]);

/**
 * A comma that closes a grade and opens only a lean ("moderate, worse on the right"): the lean qualifies
 * the graded finding, so the subject goes before the comma, not after the lean (where it would leave the
 * grade cut off from its noun).
 */
function isCommaBeforeLean(items: readonly Item[], at: number): boolean {
  const x = items[at];
  if (x?.kind !== 'conj' || x.lit !== ',') return false;
  if (!items.slice(0, at).some((y) => y.kind === 'severity')) return false;
  const rest = items.slice(at + 1).filter((y) => !(y.kind === 'other' && y.lit === ''));
  return rest.length > 0 && rest.every((y) => y.kind === 'asym' || y.kind === 'glue');
}

/** Whether items name a side or a lean of their own (a subject's side then stays out). */
const namesSide = (items: readonly Item[]): boolean =>
  items.some((x) => x.kind === 'side' || x.kind === 'asym');

/**
 * The subject put into a sentence that has grades and sides but no target of its own: after its leading
 * grades and sides ("minimal right" → "minimal right foraminal narrowing"); with the subject's predicate
 * only when the sentence has none ("right is patent" keeps "patent").
 */
export function withSubject(items: readonly Item[], subject: FindingSubject): Item[] {
  let at = 0;
  while (at < items.length) {
    const x = items[at];
    if (!x || !LEADING_MODIFIERS.has(x.kind) || isCommaBeforeLean(items, at)) break;
    at++;
  }
  const anchor = items[Math.max(0, at - 1)] ?? items[0];
  const start = anchor?.end ?? 0;
  const ownPred = items.some((x) => x.kind === 'pred');
  const inserted: Item[] = [];
  if (subject.sideItem && !namesSide(items)) {
    inserted.push({ ...subject.sideItem, start, end: start } as Item);
  }
  inserted.push({ ...subject.target, start, end: start } as Item);
  if (!ownPred) inserted.push({ ...subject.pred, start, end: start } as Item);
  return [...items.slice(0, at), ...inserted, ...items.slice(at)];
}

/** A clause read on its own, with the subject it leaves out. */
export interface Clause {
  readonly from: number;
  to: number;
  readonly subject: FindingSubject | undefined;
  /** A grade written after the clause, alone between commas ("encroachment, moderate, by …"). */
  grade?: Item;
  /** Where the clause's lone grade was written, so a side right after it can join it. */
  gradeEnd?: number;
  /** A side written after that grade, alone with its verb ("…, moderate, affecting the left"). */
  side?: Item;
  /** The levels of the clause that named the finding, for grades and sides that name none. */
  levels?: readonly Item[];
  /** Grades and sides at a level of their own, after a finding named once for several levels. */
  perLevel?: boolean;
  /** A side's statement ("left is patent"), cut from the finding before it. */
  sided?: boolean;
}

/** Item kinds an elliptical clause may hold: grades, sides and a negation ("sev rt", "none (right)"). */
const ELLIPTICAL_KINDS: ReadonlySet<Item['kind']> = new Set([
  'severity',
  'side',
  'asym',
  'context',
  // "…, low-grade on the left (unchanged)", "mild on the right (previously moderate)".
  'time',
]);

/**
 * A clause of grades and sides only, at least one of each or a grade: "moderate left", "sev rt"; the
 * graded noun of narrowing may stand with them ("right mild narrowing, left normal").
 */
export function isElliptical(items: readonly Item[]): boolean {
  const meaningful = items.filter(
    (x) => x.kind !== 'adj' && x.kind !== 'glue' && x.kind !== 'other' && x.kind !== 'conj',
  );
  const narrowing = meaningful.filter((x) => x.kind === 'pred');
  if (narrowing.length > 0) {
    const only = narrowing.length === 1 && narrowing[0]?.kind === 'pred' ? narrowing[0] : undefined;
    if (only?.pred !== 'narrow' || !meaningful.some((x) => x.kind === 'severity')) return false;
  }
  return (
    meaningful.length > 0 &&
    // "…, previously moderate on the right and severe on the left": grades the earlier study gave.
    meaningful[0]?.kind !== 'time' &&
    meaningful.every((x) => ELLIPTICAL_KINDS.has(x.kind) || x.kind === 'pred') &&
    meaningful.some((x) => x.kind === 'side' && x.side !== 'bilateral') &&
    meaningful.some((x) => x.kind === 'severity' || x.kind === 'context')
  );
}

/** One level group and its grade or negation, a side at most: "L3-4 moderate", "L4-5 mild left". */
export function isLevelGrade(items: readonly Item[]): boolean {
  const meaningful = items.filter(
    (x) => x.kind !== 'adj' && x.kind !== 'glue' && x.kind !== 'other' && x.kind !== 'conj',
  );
  const levels = meaningful.filter((x) => x.kind === 'level');
  // "…, L5-S1 patent": a level called normal in a word is graded none (round 27: such a last clause
  // had kept the whole list from being read per level, losing every grade before it).
  const normal = (x: Item): boolean => x.kind === 'pred' && x.pred === 'normal';
  return (
    levels.length === 1 &&
    levels[0]?.kind === 'level' &&
    levels[0].ref.kind === 'levels' &&
    meaningful.every((x) => x.kind === 'level' || ELLIPTICAL_KINDS.has(x.kind) || normal(x)) &&
    meaningful.some((x) => x.kind === 'severity' || x.kind === 'context' || normal(x))
  );
}

/**
 * A clause of grades and sides at a level, after a finding named for several levels: "mild on the right
 * and moderate on the left at L3-L4", "mild bilaterally at L4-L5".
 */
export const isLevelElliptical = (items: readonly Item[]): boolean =>
  isLevelGrade(items) && items.some((x) => x.kind === 'side');

/**
 * Where a clause of grades at levels is cut: before "and" + a grade after a level ("… at L4-L5 and
 * severe on the left at L5-S1"), and before "where" after a level ("… at L5-S1 where the right is
 * patent"). Empty unless the clause opens with grades and sides at a level.
 */
export function levelEllipticalCuts(items: readonly Item[]): number[] {
  const cuts: number[] = [];
  let from = 0;
  for (let k = 1; k < items.length; k++) {
    const x = items[k];
    const next = items[k + 1];
    const opensGrade = x?.kind === 'conj' && x.lit === 'and' && next?.kind === 'severity';
    const opensWhere = x?.kind === 'filler' && x.lit === 'where';
    if (!opensGrade && !opensWhere) continue;
    if (!isLevelElliptical(items.slice(from, k))) return [];
    cuts.push(opensGrade ? k + 1 : k);
    from = opensGrade ? k + 1 : k;
  }
  return cuts;
}

/** A clause that only says which side is worse ("R>L", "Rt > Lt", "left worse"). */
export const isLeanOnly = (items: readonly Item[]): boolean =>
  items.some((x) => x.kind === 'asym') &&
  items.every(
    (x) =>
      x.kind === 'asym' ||
      x.kind === 'asym-lead' ||
      x.kind === 'glue' ||
      x.kind === 'conj' ||
      (x.kind === 'other' && x.lit === ''),
  );

/** Words that open a new statement in a dictated run-on line ("… none at L5-S1 the foramina are …"). */
export const RUN_ON_SUBJECTS: ReadonlySet<string> = new Set(['the', 'there']);

/** The canal or foramen and its narrowing named by a clause ("mild canal stenosis"). */
export function stenosisSubject(items: readonly Item[]): FindingSubject | undefined {
  const target = items.find(
    (x) => x.kind === 'target' && (x.target === 'foramen' || x.target === 'canal'),
  );
  const pred = items.find((x) => x.kind === 'pred' && x.pred === 'narrow');
  return target && pred ? { target, pred } : undefined;
}

/** The foramen and its narrowing named by a clause. */
/**
 * Whether a clause states a foramen, with a predicate or with a grade before its side alone ("foramina -
 * mild left"), so a side stated normal after it ("…, right normal") is the other foramen. A side before
 * its grade ("Foramina right mild, left normal") is left whole for the per-side reading of the sentence:
 * cut there, its first half reads as nothing.
 */
export const statesForamen = (items: readonly Item[]): boolean => {
  if (foramenSubject(items) !== undefined) return true;
  if (!items.some((x) => x.kind === 'target' && x.target === 'foramen')) return false;
  const grade = items.findIndex((x) => x.kind === 'severity');
  const side = items.findIndex((x) => x.kind === 'side');
  return grade >= 0 && (side < 0 || grade < side);
};

export function foramenSubject(items: readonly Item[]): FindingSubject | undefined {
  const target = items.find((x) => x.kind === 'target' && x.target === 'foramen');
  const pred = items.find(
    (x) => x.kind === 'pred' && (x.pred === 'narrow' || x.pred === 'compress'),
  );
  return target && pred ? { target, pred } : undefined;
}

/** A clause naming foraminal narrowing with no grade, no lesion and no level of its own. */
export function gradesOpenFinding(
  segment: { items: readonly Item[] } | undefined,
  levelsAllowed = false,
): boolean {
  if (!segment || !foramenSubject(segment.items)) return false;
  return !segment.items.some(
    (x) =>
      x.kind === 'severity' ||
      x.kind === 'lesion' ||
      (x.kind === 'level' && !levelsAllowed) ||
      x.kind === 'context' ||
      (x.kind === 'side' && x.side !== 'bilateral'),
  );
}

/**
 * A clause naming graded foraminal narrowing on both sides, with no lesion or level ("Moderate bilateral
 * exit foraminal narrowing: moderate on the left, mild on the right" — grades per side refine it).
 */
export function gradedBilateral(segment: { items: readonly Item[] } | undefined): boolean {
  if (!segment || !foramenSubject(segment.items)) return false;
  return !segment.items.some(
    (x) =>
      x.kind === 'lesion' ||
      x.kind === 'level' ||
      x.kind === 'context' ||
      (x.kind === 'side' && x.side !== 'bilateral'),
  );
}

/**
 * The one side a clause grades foraminal narrowing on, with no lesion, level or negation ("Left
 * foraminal stenosis severe", "Foramina right moderate narrowing"): the grades of the other side
 * that follow it leave out the same finding.
 */
export function gradedOneSide(segment: { items: readonly Item[] } | undefined): string | undefined {
  if (!segment || !foramenSubject(segment.items)) return undefined;
  const sides = segment.items.filter((x) => x.kind === 'side');
  const [side] = sides;
  if (sides.length !== 1 || side?.kind !== 'side' || side.side === 'bilateral') return undefined;
  const other = segment.items.some(
    (x) => x.kind === 'lesion' || x.kind === 'level' || x.kind === 'context',
  );
  return !other && segment.items.some((x) => x.kind === 'severity') ? side.side : undefined;
}

/** The side an elliptical clause names ("right mild"), if it names one. */
export const ellipticalSide = (items: readonly Item[]): string | undefined => {
  const side = items.find((x) => x.kind === 'side');
  return side?.kind === 'side' ? side.side : undefined;
};

/** Whether elliptical clauses at the start of `rest` grade the left and the right each. */
export function bothSidesGraded(rest: readonly { items: readonly Item[] }[]): boolean {
  const sides = new Set<string>();
  for (const seg of rest) {
    if (!isElliptical(seg.items)) break;
    for (const x of seg.items) if (x.kind === 'side' && x.side !== 'bilateral') sides.add(x.side);
  }
  return sides.has('left') && sides.has('right');
}

/** A clause naming foraminal narrowing, on a side or not, with no grade, lesion or level. */
export function ungradedForamen(segment: { items: readonly Item[] } | undefined): boolean {
  if (!segment || !foramenSubject(segment.items)) return false;
  if (segment.items.some((x) => x.kind === 'level' || x.kind === 'context')) return false;
  // A lesion and its grade may come first ("a mild disc bulge and narrowing of the right foramen,
  // moderate in degree"): no grade from the foramen's statement on.
  const first = segment.items.findIndex(
    (x) =>
      (x.kind === 'target' && x.target === 'foramen') ||
      (x.kind === 'pred' && (x.pred === 'narrow' || x.pred === 'compress')),
  );
  const lesion = segment.items.findIndex((x) => x.kind === 'lesion');
  return (
    (lesion < 0 || lesion < first) &&
    !segment.items.slice(first).some((x) => x.kind === 'severity' || x.kind === 'lesion')
  );
}

/**
 * The subject put into an elliptical clause after its grades, sides and a forward negation ("sev rt",
 * "no right"); a negation that looks back ("none (right)") moves after it, so it covers the finding.
 */
export function withEllipticalSubject(items: readonly Item[], subject: FindingSubject): Item[] {
  const isBackward = (x: Item): boolean => x.kind === 'context' && x.rule.direction === 'backward';
  const back = items.filter(isBackward);
  // "right worse than left (right moderate, …": a lean before a side stated with its grade is said
  // again by that side; kept, it would make the graded side bilateral.
  const restated = items.some((x) => x.kind === 'side' && x.side !== 'bilateral');
  const rest = items.filter((x) => !isBackward(x) && !(restated && x.kind === 'asym'));
  // "right moderate narrowing, left mild narrowing": the clause's own noun of narrowing is the
  // structure's, so the structure goes just before it, after the side and grade.
  const own = rest.findIndex((x) => x.kind === 'pred' && x.pred === 'narrow');
  if (own >= 0) {
    const at = rest[own]?.start ?? 0;
    const target = { ...subject.target, start: at, end: at } as Item;
    return [...rest.slice(0, own), target, ...rest.slice(own), ...back];
  }
  const at = rest[rest.length - 1]?.end ?? items[0]?.start ?? 0;
  const inserted = [
    { ...subject.target, start: at, end: at } as Item,
    { ...subject.pred, start: at, end: at } as Item,
  ];
  // "Right foramen: L3-4 mild, L4-5 moderate": the subject's side, unless the clause names one.
  if (subject.sideItem && !namesSide(rest)) {
    inserted.unshift({ ...subject.sideItem, start: at, end: at } as Item);
  }
  return [...rest, ...inserted, ...back];
}

/**
 * The exception's own clause, with no structure of its own, takes the report-wide statement's, just
 * before its predicate ("L5-S1, where there is moderate bilateral [foraminal] narrowing").
 */
export function withTargetsBeforePred(items: Item[], targets: readonly Item[]): Item[] {
  // "…, where a protrusion causes moderate narrowing": a lesion is not the structure narrowed.
  const pred = items.findIndex((x) => x.kind === 'pred' && x.pred === 'narrow');
  // "…, which is moderately narrowed by a protrusion contacting the exiting left L4 root": a root the
  // clause names is not the structure narrowed either.
  const narrowable = (x: Item): boolean =>
    x.kind === 'target' && x.target !== 'root' && x.target !== 'exit-root';
  if (pred < 0 || items.some(narrowable)) return items;
  const at = items[pred]?.start ?? 0;
  const inserted = targets.map((x) => ({ ...x, start: at, end: at }) as Item);
  return [...items.slice(0, pred), ...inserted, ...items.slice(pred)];
}

/** Two sides written as a pair and their grades ("Lt/Rt NF narrowing: none/mild"). */
export interface SlashPairs {
  readonly subject: FindingSubject;
  readonly sides: readonly ['left' | 'right', 'left' | 'right'];
  readonly grades: readonly { from: number; to: number }[];
}

/** Words that, opening a sentence under a finding named once, mean the rest of it ("remaining patent"). */
const REST_WORDS: ReadonlySet<string> = new Set(['remaining', 'others', 'rest', 'remainder']);

/**
 * Index of the "remaining"/"others"/"the rest" that opens a clause clearing the rest of a structure
 * named before ("remaining patent", "the rest normal", "all others: none"), or -1.
 */
export function restClearanceWord(items: readonly Item[], text: string): number {
  let k = 0;
  while (items[k]?.kind === 'glue' || items[k]?.kind === 'filler') k++;
  const word = items[k];
  if (word?.kind !== 'other' || !REST_WORDS.has(text.slice(word.start, word.end).toLowerCase())) {
    return -1;
  }
  const rest = items.slice(k + 1);
  if (rest.some((x) => x.kind === 'level' || x.kind === 'side' || x.kind === 'severity')) return -1;
  const clears = rest.some(
    (x) =>
      (x.kind === 'pred' && x.pred === 'normal') ||
      (x.kind === 'context' && x.rule.category === 'negation'),
  );
  return clears ? k : -1;
}

/**
 * "Exit foramina: L3/4 mild left; L4/5 moderate bilateral; remaining patent": under a structure named
 * once, "remaining", "others", "the rest" stated normal are the ones the report has not described. For
 * the foramina that is foramen by foramen (the other side of a level graded on one side is one of
 * them), as "the remaining foramina are patent" is; for the canal, the levels not described. The
 * sentence had read as nothing.
 */
export function withRestOfSubject(items: Item[], text: string, subject: FindingSubject): Item[] {
  const k = restClearanceWord(items, text);
  const word = items[k];
  if (!word) return items;
  const rest = items.slice(k + 1);
  const foramina = subject.target.kind === 'target' && subject.target.target === 'foramen';
  const ref: LevelRef = foramina ? { kind: 'all', sideExceptions: true } : { kind: 'remaining' };
  const level: Item = levelItem(ref, word.start, word.end);
  return [level, ...rest];
}

const COLON = 58;

/** A colon: a joining word of the lexicon, or punctuation it does not know. */
export const isColonItem = (x: Item | undefined, text: string): boolean =>
  isColon(x) ||
  (x?.kind === 'other' && x.end - x.start === 1 && text.charCodeAt(x.start) === COLON);

/** Item kinds a value after a subject's colon may hold ("Mild at L3/4", "moderate on the left"). */
const VALUE_KINDS: ReadonlySet<Item['kind']> = new Set([
  'severity',
  'side',
  'asym',
  'level',
  'glue',
  'conj',
  'context',
  'other',
]);

/**
 * A finding named before a colon with a first value after it ("Central canal stenosis: Mild at
 * L3/4"): the subject, or undefined when the sentence is not of that form.
 */
export function subjectWithValues(
  items: readonly Item[],
  text: string,
): { subject: FindingSubject; statesNarrowing: boolean } | undefined {
  const colon = items.findIndex((x) => isColonItem(x, text));
  if (colon <= 0) return undefined;
  const head = subjectOf(items.slice(0, colon));
  const values = items.slice(colon + 1);
  // "Canal: mild stenosis at L4-L5; none at L5-S1": the value may name the structure's narrowing.
  const isNarrowing = (x: Item): boolean => x.kind === 'pred' && x.pred === 'narrow';
  if (!head || !values.every((x) => VALUE_KINDS.has(x.kind) || isNarrowing(x))) return undefined;
  const graded = values.some(
    (x) => x.kind === 'severity' || (x.kind === 'context' && x.rule.category === 'negation'),
  );
  return graded && values.some((x) => x.kind === 'level')
    ? { subject: head, statesNarrowing: values.some(isNarrowing) }
    : undefined;
}

/** Items a structure named as a line's topic may hold before its colon ("Left neural foramen:"). */
const TOPIC_KINDS: ReadonlySet<Item['kind']> = new Set([
  'target',
  'adj',
  'side',
  'conj',
  'glue',
  'level',
]);

/** A dash between a label's grade and a comment on it ("W3 - complete obliteration"). */
const COMMENT_DASH = /\s[-–—]\s/;

/** Words that announce a topic, closed by a comma as a label is by a colon ("As for the foramina, …"). */
const TOPIC_OPENER =
  /(?:as for|as regards|as to|regarding|concerning|with regard to|with respect to|in terms of|in regard to)\s/iy;
/** First letters of those words: most sentences are passed over without the pattern. */
const TOPIC_OPENER_INITIALS: ReadonlySet<string> = new Set(['a', 'r', 'c', 'w', 'i']);

/**
 * "Spinal canal: Patent.", "Neural foramina: Mild bilateral narrowing.", "Left foramen: no stenosis.":
 * a structure named before a colon is the subject of what follows it, so the colon is dropped and the
 * structure pairs with the predicate after it. Only a colon that closes a leading run of structures.
 * "As for the foramina, the right is …" is read the same way (round 27: it had given nothing).
 */
export function withoutTopicColon(items: readonly Item[], text: string): Item[] {
  const first = items[0]?.start ?? 0;
  TOPIC_OPENER.lastIndex = first;
  const initial = text.charAt(first).toLowerCase();
  const opener = TOPIC_OPENER_INITIALS.has(initial) ? TOPIC_OPENER.exec(text) : null;
  if (opener) {
    const after = first + opener[0].trimEnd().length;
    const rest = items.filter((x) => x.start >= after);
    const comma = rest.findIndex((x) => x.kind === 'conj' && x.lit === ',');
    if (comma > 0 && rest.slice(0, comma).some((x) => x.kind === 'target')) {
      return withoutTopicColon(
        [
          ...rest.slice(0, comma),
          { ...rest[comma], kind: 'glue', lit: ':' } as Item,
          ...rest.slice(comma + 1),
        ],
        text,
      );
    }
  }
  const isColon = (x: Item | undefined): boolean =>
    isColonItem(x, text) || (x?.kind === 'glue' && x.lit === ':');
  // "Foraminal stenosis, left: severe" (a form's label): the comma before the side is the label's own,
  // read as "Foraminal stenosis left: severe" (round 27: the grade had been lost).
  const labelComma = items.findIndex(
    (x, i) =>
      i >= 2 &&
      x.kind === 'conj' &&
      x.lit === ',' &&
      items[i - 1]?.kind === 'pred' &&
      items[i - 2]?.kind === 'target' &&
      items[i + 1]?.kind === 'side' &&
      isColon(items[i + 2]),
  );
  if (labelComma >= 0) {
    return withoutTopicColon([...items.slice(0, labelComma), ...items.slice(labelComma + 1)], text);
  }
  let k = 0;
  // "Foramina unchanged: mild bilaterally": a word of no change may stand in the label (round 27).
  const inLabel = (x: Item | undefined): boolean =>
    TOPIC_KINDS.has(x?.kind ?? 'other') || (x?.kind === 'time' && x.time === 'change');
  while (k < items.length && !isColon(items[k]) && inLabel(items[k])) k++;
  if (k === 0 || !isColon(items[k]) || !items.slice(0, k).some((x) => x.kind === 'target')) {
    return [...items];
  }
  const rest = items.slice(k + 1);
  // "foramen_left: W3 - complete obliteration of the fat …": a grade just after the label, set off
  // from what follows by a dash or comma, is the label's, whatever the comment after it says ("mild
  // bilateral stenosis" goes on as one phrase).
  const grade0 = rest[0];
  const next = rest[1];
  const graded =
    grade0?.kind === 'severity' &&
    next !== undefined &&
    ((next.kind === 'conj' && next.lit === ',') ||
      COMMENT_DASH.test(text.slice(grade0.end, next.start)));
  if (!graded && rest.some((x) => x.kind === 'pred' || x.kind === 'context')) {
    return [...items.slice(0, k), ...rest];
  }
  // "Central canal: L4-L5 moderate", "Right foramen: mild": a grade alone stands for the narrowing.
  const grade = rest.findIndex((x) => x.kind === 'severity');
  const last = items
    .slice(0, k)
    .reverse()
    .find((x) => x.kind === 'target');
  if (grade < 0 || !last || !STENOSIS_TARGETS.has(last.kind === 'target' ? last.target : '')) {
    return [...items];
  }
  const after = rest[grade]?.end ?? 0;
  return [
    ...items.slice(0, k),
    ...rest.slice(0, grade + 1),
    impliedNarrowing(after),
    ...rest.slice(grade + 1),
  ];
}

/** Separators between a finding-first subject and its first level ("Foraminal stenosis — L2-L3: …"). */
const SUBJECT_SEPARATORS: ReadonlySet<string> = new Set(['—', '–', ':', '-']);

/** Tokens a finding-first subject may span before its separator. */
const SUBJECT_WINDOW = 6;

/** Index of the dash or colon that ends a finding-first subject, when a level (or a side) follows it. */
export function subjectSplit(
  tokens: readonly Token[],
  from: number,
  to: number,
): number | undefined {
  for (let k = from + 1; k < to && k - from <= SUBJECT_WINDOW; k++) {
    const t = tokens[k];
    if (!t) return undefined;
    if (t.kind === PUNCT && SUBJECT_SEPARATORS.has(t.lower)) {
      if (readLevels(tokens, k + 1, to)) return k;
      // "foramina - right grade 2, left grade 3 with …": a spaced dash before a side is the label's
      // colon too (round 27: read as one phrase, the grades had gone to the root after "with").
      const before = tokens[k - 1];
      const after = tokens[k + 1];
      const spaced =
        t.lower !== ':' &&
        before !== undefined &&
        after !== undefined &&
        before.end < t.start &&
        after.start > t.end;
      // "Foraminal stenosis — Right: mild; Left: none" is read as it was, side by side.
      const sideLabel = tokens[k + 2]?.lower === ':';
      return spaced && !sideLabel && SIDE_WORDS.has(after.lower) ? k : undefined;
    }
    if (t.kind !== WORD) return undefined;
  }
  return undefined;
}
