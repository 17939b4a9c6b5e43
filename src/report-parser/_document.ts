/**
 * The walk over a whole report: lines, section headings, level headings ("L4-5:", "L5-S1 level:", a
 * level alone on a line), sentences, and the level context that carries a paragraph's level into its
 * following sentences. A blank line or a new heading ends the carry-over. Lines are processed one at a
 * time and very long lines in bounded chunks, so memory stays flat on large inputs.
 */
import { latestStudyYear, speaksOfEarlierDatedStudy } from './_dated-studies.js';
import { levelBelowVertebra } from './_finding-place.js';
import { curveConvexity, withCurveSides } from './_curvature.js';
import type { Level, Severity } from '../vocab/index.js';
import { LEVELS } from '../vocab/index.js';
import type { Item, LevelRef } from './_model.js';
import { isBracket, isComma } from './_model.js';
import type { GradeSystem } from './schema.js';
import { assembleSentence } from './_assemble.js';
import type { Correction } from './_corrections.js';
import { applyCorrections, correctionKindOf, correctionsOf } from './_corrections.js';
import { contextFlags } from './_context.js';
import {
  RESOLUTION_TRIGGERS,
  isCloseBracket,
  isOpenBracket,
  opensWithEarlierStudyAt,
  qualifyFindings,
  readQualifiers,
} from './_qualifiers.js';
import type { QualifiedFinding } from './_qualifiers.js';
import { readLegend, readTableHeader, readTableRow } from './_tables.js';
import type { Legend, TableHeader } from './_tables.js';
import { buildItems } from './_items.js';
import { withTickedOptionsOnly } from './_checkboxes.js';
import { readLevels } from './_levels.js';
import type { Normaliser } from './_normalise.js';
import { NUM, PUNCT, WORD, scanLine } from './_scan.js';
import type { Token } from './_scan.js';
import type { PhraseTrie } from './_trie.js';
import {
  ANATOMY_LABEL_WORDS,
  EXCLUDED_SECTIONS,
  LEVEL_PART_LABEL_WORDS,
  SECTIONS_ENDED_BY_ANATOMY,
  SECTION_HEADINGS,
} from './data/sections.js';
import type { SectionKind } from './data/sections.js';
import { SEVERITY_TERMS } from './data/severity-terms.js';
import { withFields } from '../objects.js';

/** A finding with the section it was read in. */
export interface SectionedFinding extends QualifiedFinding {
  readonly section: SectionKind;
}

/** A sentence that names a level or a spinal structure but yielded no finding. */
export interface UnreadSentence {
  readonly start: number;
  readonly end: number;
}

/** A transitional-vertebra mention. */
export interface TransitionalMention {
  readonly start: number;
  readonly end: number;
}

/** Everything the walk collects. */
export interface DocumentReading {
  readonly findings: SectionedFinding[];
  readonly transitional: TransitionalMention[];
  /** T12-L1 was named somewhere, so "all levels" includes it. */
  readonly coversT12: boolean;
  /** Disc levels the report names, in reading order (repeats allowed). */
  readonly levelsMentioned: Level[];
  readonly unread: UnreadSentence[];
}

/** A finding named once before a per-level list of grades ("Neural foraminal narrowing: L3-L4: mild right"). */
interface FindingSubject {
  readonly target: Item;
  readonly pred: Item;
}

/** The foramen of the previous sentence, for "the opposite foramen" and "the right side is preserved". */
interface ImpliedForamen extends FindingSubject {
  readonly side: 'left' | 'right' | undefined;
}

/** The foramen a sentence stated a one-sided finding about, if any. */
function foramenOf(
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
function withRetractedForamen(
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
function withoutSparedRootNegation<F extends QualifiedFinding>(
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
function resolveOpposite(items: Item[], previous: ImpliedForamen | undefined): Item[] {
  const other =
    previous?.side === 'left' ? 'right' : previous?.side === 'right' ? 'left' : undefined;
  if (other === undefined) return items;
  return items.map((x) =>
    x.kind === 'word' && (x.lit === 'opposite' || x.lit === 'contralateral')
      ? { kind: 'side', side: other, plural: false, lit: x.lit, start: x.start, end: x.end }
      : x,
  );
}

/** "The right side is preserved", "left normal": a side and a predicate with no target. */
const isSideStatement = (items: readonly Item[]): boolean =>
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
function sideStatementBeforeAnd(items: readonly Item[]): number {
  const and = items.findIndex((x) => x.kind === 'conj' && x.lit === 'and');
  if (and <= 0) return -1;
  const before = items.slice(0, and);
  if (before.some((x) => x.kind === 'target' || x.kind === 'lesion')) return -1;
  if (!isSideStatement(before)) return -1;
  return items.slice(and + 1).some((x) => x.kind === 'target') ? and : -1;
}

/** Whether tokens `from` to `to` hold a comma or a colon, where a sentence may have clauses. */
function hasClauseMark(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t?.kind === PUNCT && (t.lower === ',' || t.lower === ':')) return true;
  }
  return false;
}

/** Whether one of tokens `from` to `to` is the word `word`. */
function hasWord(tokens: readonly Token[], from: number, to: number, word: string): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.lower === word) return true;
  return false;
}

/** Item kinds a side negated on its own may hold besides the side and the negation. */
const BARE_NEGATION_KINDS: ReadonlySet<Item['kind']> = new Set(['glue', 'filler', 'other', 'conj']);

/**
 * "…; the right is not.", "the left one isn't": one side and a negation, nothing else. Returns the
 * index of the negation, after which the foramen of the sentence before is put.
 */
function bareSideNegation(items: readonly Item[]): number | undefined {
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
function respectivePairs(items: readonly Item[], text: string): number | undefined {
  const word = (x: Item): string => text.slice(x.start, x.end).toLowerCase();
  if (!items.some((x) => x.kind === 'other' && word(x) === 'respectively')) return undefined;
  const grades = items.filter((x) => x.kind === 'severity').length;
  if (grades < 2) return undefined;
  const sides = items.filter((x) => x.kind === 'side' && x.side !== 'bilateral').length;
  const levels = items.flatMap((x) =>
    x.kind === 'level' && x.ref.kind === 'levels' ? x.ref.levels : [],
  );
  return sides === grades || (sides === 0 && levels.length === grades) ? grades : undefined;
}

/** Clause `k` of a "respectively" sentence: its side or level and its grade, the others taken out. */
function respectivePart(items: readonly Item[], k: number): Item[] {
  const lateral = (x: Item): boolean => x.kind === 'side' && x.side !== 'bilateral';
  const bySide = items.some(lateral);
  let grade = 0;
  let place = 0;
  // Each item kept, dropped (another pair's), or replaced (a level list cut to this pair's level).
  const kept: (Item | undefined)[] = items.map((x) => {
    if (x.kind === 'severity') return grade++ === k ? x : undefined;
    if (bySide && lateral(x)) return place++ === k ? x : undefined;
    if (!bySide && x.kind === 'level' && x.ref.kind === 'levels') {
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

/** Items that make a sentence about the spine: it should yield a finding or be listed as unread. */
const isSpinal = (x: Item): boolean =>
  x.kind === 'target' || x.kind === 'lesion' || (x.kind === 'level' && x.ref.kind === 'levels');

/** "Neural foraminal narrowing" alone before a colon or dash: the subject of the lines that follow. */
function subjectOf(items: readonly Item[]): FindingSubject | undefined {
  const meaningful = outsideBrackets(items).filter(
    (x) => x.kind !== 'adj' && x.kind !== 'glue' && x.kind !== 'other',
  );
  const [target, pred] = meaningful;
  // "Foramina: mild on the right, moderate on the left", "Central canal: L4-5 moderate": a
  // structure named alone stands for its narrowing, as a graded foramen with no predicate does.
  if (meaningful.length === 1 && target?.kind === 'target' && STENOSIS_TARGETS.has(target.target)) {
    return { target, pred: impliedNarrowing(target.end) };
  }
  if (meaningful.length !== 2 || target?.kind !== 'target' || pred?.kind !== 'pred') {
    return undefined;
  }
  return pred.pred === 'narrow' || pred.pred === 'compress' ? { target, pred } : undefined;
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
    // Anything but the structure and its narrowing ("(Lee classification)") says more than a name.
    else if (x.kind !== 'target' && x.kind !== 'pred') return items;
  }
  return out;
}

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

/**
 * The subject put into a sentence that has grades and sides but no target of its own: after its leading
 * grades and sides ("minimal right" → "minimal right foraminal narrowing"); with the subject's predicate
 * only when the sentence has none ("right is patent" keeps "patent").
 */
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

function withSubject(items: readonly Item[], subject: FindingSubject): Item[] {
  let at = 0;
  while (at < items.length) {
    const x = items[at];
    if (!x || !LEADING_MODIFIERS.has(x.kind)) break;
    at++;
  }
  const anchor = items[Math.max(0, at - 1)] ?? items[0];
  const start = anchor?.end ?? 0;
  const ownPred = items.some((x) => x.kind === 'pred');
  const inserted: Item[] = [{ ...subject.target, start, end: start } as Item];
  if (!ownPred) inserted.push({ ...subject.pred, start, end: start } as Item);
  return [...items.slice(0, at), ...inserted, ...items.slice(at)];
}

/** A clause read on its own, with the subject it leaves out. */
interface Clause {
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
]);

/**
 * A clause of grades and sides only, at least one of each or a grade: "moderate left", "sev rt"; the
 * graded noun of narrowing may stand with them ("right mild narrowing, left normal").
 */
function isElliptical(items: readonly Item[]): boolean {
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
    meaningful.every((x) => ELLIPTICAL_KINDS.has(x.kind) || x.kind === 'pred') &&
    meaningful.some((x) => x.kind === 'side' && x.side !== 'bilateral') &&
    meaningful.some((x) => x.kind === 'severity' || x.kind === 'context')
  );
}

/** One level group and its grade or negation, a side at most: "L3-4 moderate", "L4-5 mild left". */
function isLevelGrade(items: readonly Item[]): boolean {
  const meaningful = items.filter(
    (x) => x.kind !== 'adj' && x.kind !== 'glue' && x.kind !== 'other' && x.kind !== 'conj',
  );
  const levels = meaningful.filter((x) => x.kind === 'level');
  return (
    levels.length === 1 &&
    levels[0]?.kind === 'level' &&
    levels[0].ref.kind === 'levels' &&
    meaningful.every((x) => x.kind === 'level' || ELLIPTICAL_KINDS.has(x.kind)) &&
    meaningful.some((x) => x.kind === 'severity' || x.kind === 'context')
  );
}

/**
 * A clause of grades and sides at a level, after a finding named for several levels: "mild on the right
 * and moderate on the left at L3-L4", "mild bilaterally at L4-L5".
 */
const isLevelElliptical = (items: readonly Item[]): boolean =>
  isLevelGrade(items) && items.some((x) => x.kind === 'side');

/**
 * Where a clause of grades at levels is cut: before "and" + a grade after a level ("… at L4-L5 and
 * severe on the left at L5-S1"), and before "where" after a level ("… at L5-S1 where the right is
 * patent"). Empty unless the clause opens with grades and sides at a level.
 */
function levelEllipticalCuts(items: readonly Item[]): number[] {
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
const isLeanOnly = (items: readonly Item[]): boolean =>
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
const RUN_ON_SUBJECTS: ReadonlySet<string> = new Set(['the', 'there']);

/** The canal or foramen and its narrowing named by a clause ("mild canal stenosis"). */
function stenosisSubject(items: readonly Item[]): FindingSubject | undefined {
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
const statesForamen = (items: readonly Item[]): boolean => {
  if (foramenSubject(items) !== undefined) return true;
  if (!items.some((x) => x.kind === 'target' && x.target === 'foramen')) return false;
  const grade = items.findIndex((x) => x.kind === 'severity');
  const side = items.findIndex((x) => x.kind === 'side');
  return grade >= 0 && (side < 0 || grade < side);
};

function foramenSubject(items: readonly Item[]): FindingSubject | undefined {
  const target = items.find((x) => x.kind === 'target' && x.target === 'foramen');
  const pred = items.find(
    (x) => x.kind === 'pred' && (x.pred === 'narrow' || x.pred === 'compress'),
  );
  return target && pred ? { target, pred } : undefined;
}

/** A clause naming foraminal narrowing with no grade, no lesion and no level of its own. */
function gradesOpenFinding(
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
function gradedBilateral(segment: { items: readonly Item[] } | undefined): boolean {
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
function gradedOneSide(segment: { items: readonly Item[] } | undefined): string | undefined {
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
const ellipticalSide = (items: readonly Item[]): string | undefined => {
  const side = items.find((x) => x.kind === 'side');
  return side?.kind === 'side' ? side.side : undefined;
};

/** Whether elliptical clauses at the start of `rest` grade the left and the right each. */
function bothSidesGraded(rest: readonly { items: readonly Item[] }[]): boolean {
  const sides = new Set<string>();
  for (const seg of rest) {
    if (!isElliptical(seg.items)) break;
    for (const x of seg.items) if (x.kind === 'side' && x.side !== 'bilateral') sides.add(x.side);
  }
  return sides.has('left') && sides.has('right');
}

/** A clause naming foraminal narrowing, on a side or not, with no grade, lesion or level. */
function ungradedForamen(segment: { items: readonly Item[] } | undefined): boolean {
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

/** Index of the token where item `x` starts, among tokens `from` to `to` (-1 if none). */
function tokenAt(tokens: readonly Token[], from: number, to: number, x: Item | undefined): number {
  for (let k = from; k < to && x; k++) if (tokens[k]?.start === x.start) return k;
  return -1;
}

/** Item kinds of a side stated with its verb alone ("affecting the left", "involving the right"). */
const AFFECTED_SIDE_KINDS: ReadonlySet<Item['kind']> = new Set(['glue', 'conj', 'filler', 'side']);

/**
 * The one side of a clause that says only which side a finding affects ("affecting the left",
 * "involving the right side"), or undefined.
 */
function affectedSide(items: readonly Item[]): Item | undefined {
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
function loneGrade(items: readonly Item[]): Item | undefined {
  // Any other word counts: "slightly migrating downward" is not a grade alone.
  const meaningful = items.filter(
    (x) => x.kind !== 'glue' && x.kind !== 'conj' && !(x.kind === 'side' && x.side === 'bilateral'),
  );
  const [only] = meaningful;
  return meaningful.length === 1 && only?.kind === 'severity' ? only : undefined;
}

/** The grade put just before the clause's foramen. */
function withGradeBeforeForamen(items: Item[], grade: Item): Item[] {
  const at = items.findIndex((x) => x.kind === 'target' && x.target === 'foramen');
  if (at < 0) return items;
  const start = items[at]?.start ?? 0;
  return [...items.slice(0, at), { ...grade, start, end: start }, ...items.slice(at)];
}

/** A clause that opens with a side and its own foramen and says what it is: "right-sided foramen normal". */
function isSidedStatement(items: readonly Item[]): boolean {
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
function withNounBeforeNegatedSide(items: readonly Item[]): Item[] {
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
function isSideNormal(items: readonly Item[]): boolean {
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

/**
 * The subject put into an elliptical clause after its grades, sides and a forward negation ("sev rt",
 * "no right"); a negation that looks back ("none (right)") moves after it, so it covers the finding.
 */
function withEllipticalSubject(items: readonly Item[], subject: FindingSubject): Item[] {
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
  return [...rest, ...inserted, ...back];
}

/** The single side (left or right) a sentence's stated findings are on. */
function sideOf(findings: readonly QualifiedFinding[]): 'left' | 'right' | undefined {
  const sides = new Set(findings.filter((f) => !f.negated).map((f) => f.side));
  const [only] = sides;
  return sides.size === 1 && (only === 'left' || only === 'right') ? only : undefined;
}

const keep = (items: Item[]): Item[] => items;

/**
 * The exception's own clause, with no structure of its own, takes the report-wide statement's, just
 * before its predicate ("L5-S1, where there is moderate bilateral [foraminal] narrowing").
 */
function withTargetsBeforePred(items: Item[], targets: readonly Item[]): Item[] {
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
interface SlashPairs {
  readonly subject: FindingSubject;
  readonly sides: readonly ['left' | 'right', 'left' | 'right'];
  readonly grades: readonly { from: number; to: number }[];
}

const SIDE_WORDS: ReadonlyMap<string, 'left' | 'right'> = new Map([
  ['lt', 'left'],
  ['left', 'left'],
  ['l', 'left'],
  ['rt', 'right'],
  ['right', 'right'],
  ['r', 'right'],
]);

/** Words that refer back to the levels described: "at both levels", "at these levels". */
const REFERRING: ReadonlyMap<string, 'two' | 'all'> = new Map([
  ['both', 'two'],
  ['these', 'all'],
  ['those', 'all'],
  ['above', 'all'],
  ['aforementioned', 'all'],
  ['described', 'all'],
]);

/**
 * The level group of several levels a sentence names before item `at`, if any. A single level named
 * in between does not hide it: "At L2-3 and L3-4 there are bulges with mild canal narrowing at L3-4
 * but none at L2-3, and the foramina at both levels are patent".
 */
function groupBefore(items: readonly Item[], at: number): readonly Level[] | undefined {
  for (let i = at - 1; i >= 0; i--) {
    const x = items[i];
    if (x?.kind === 'level' && x.ref.kind === 'levels' && x.ref.levels.length > 1) {
      return x.ref.levels;
    }
  }
  return undefined;
}

/**
 * "The central canal is patent at both levels", "no stenosis at these levels": the levels the report has
 * described so far (the last two for "both"), as a level group in place of the referring words. A group
 * of levels named just before, in the sentence itself or as the whole of the previous sentence's levels
 * ("The discs from L1/2 to L3/4 are preserved, with no stenosis at these levels"; "L1-2 and L2-3 discs
 * are normal. The foramina are patent at these levels."), is the one referred to.
 */
function withReferredLevels(
  items: Item[],
  mentioned: readonly Level[],
  previous: LevelRef | undefined,
): Item[] {
  const at = items.findIndex(
    (x, i) =>
      (x.kind === 'glue' || x.kind === 'side') &&
      REFERRING.has(x.lit) &&
      items[i + 1]?.kind === 'glue' &&
      (items[i + 1]?.lit === 'levels' || items[i + 1]?.lit === 'level'),
  );
  const word = items[at];
  const noun = items[at + 1];
  if (!word || !noun) return items;
  const distinct: Level[] = [];
  for (let i = mentioned.length - 1; i >= 0; i--) {
    const l = mentioned[i];
    if (l && !distinct.includes(l)) distinct.unshift(l);
  }
  const group =
    groupBefore(items, at) ??
    (previous?.kind === 'levels' && previous.levels.length > 1 ? previous.levels : undefined);
  const levels =
    REFERRING.get(word.lit) === 'two'
      ? group?.length === 2
        ? group
        : distinct.slice(-2)
      : (group ?? distinct);
  if (levels.length === 0 || (REFERRING.get(word.lit) === 'two' && levels.length !== 2)) {
    return items;
  }
  const level: Item = {
    kind: 'level',
    ref: { kind: 'levels', levels },
    emphasis: false,
    lit: '',
    start: word.start,
    end: noun.end,
  };
  return [...items.slice(0, at), level, ...items.slice(at + 2)];
}

/** Termination words that open a refutation ("…; however, … the right foramen is patent"). */
const REFUTING: ReadonlySet<string> = new Set(['however', 'but']);

const sameLevels = (a: LevelRef | undefined, b: LevelRef | undefined): boolean =>
  a?.kind === 'levels' && b?.kind === 'levels' && a.levels.join() === b.levels.join();

/**
 * "There is apparent narrowing of the right neural foramen; however, … this is due to partial volume
 * averaging and the right foramen is patent": a positive, ungraded finding before "however"/"but" (in
 * the clause or the one before it) that a negated finding after it states normal, on the same side and
 * level, was only apparent. Returns the findings so refuted.
 */
function refutedBy(
  items: readonly Item[],
  clause: readonly SectionedFinding[],
  before: readonly SectionedFinding[],
): Set<SectionedFinding> {
  const refuted = new Set<SectionedFinding>();
  const turn = items.find(
    (x) => x.kind === 'context' && x.rule.category === 'termination' && REFUTING.has(x.lit),
  );
  if (!turn) return refuted;
  for (const n of clause) {
    if (!n.negated || n.temporal !== 'current' || n.start < turn.end) continue;
    for (const p of before) {
      const refutes =
        !p.negated &&
        p.temporal === 'current' &&
        p.severity === null &&
        p.end <= turn.start &&
        p.finding === n.finding &&
        sameLevels(p.levelRef, n.levelRef) &&
        (p.side === n.side || n.side === 'bilateral');
      if (refutes) refuted.add(p);
    }
  }
  return refuted;
}

/**
 * "Other lumbar discs are unremarkable with preserved canal and foramina": "the other discs" stand for
 * the undescribed levels when the sentence names the canal or a foramen. "The remaining discs are
 * preserved" alone is about the discs (their height and signal), not a level called normal, so there
 * the words name no level.
 */
function withOtherDiscsAsLevels(items: Item[], text: string): Item[] {
  const k = items.findIndex(
    (x) =>
      x.kind === 'level' &&
      x.ref.kind === 'remaining' &&
      namesDiscsNotLevels(text.slice(x.start, x.end).toLowerCase()),
  );
  if (k < 0 || items.some((x) => x.kind === 'target')) return items;
  return [...items.slice(0, k), ...items.slice(k + 1)];
}

/** Width words that say a canal or foramen is open when they stand before it. */
const OPEN_WIDTH_WORDS: ReadonlySet<string> = new Set(['wide', 'widely']);

/**
 * "L1-L2: Wide spinal canal and foramina": a width word before the canal or foramina (and nothing
 * else) states them normal, as "normal canal and foramina" does; "wide" before a disc word is a shape
 * ("wide-based protrusion") and stays.
 */
function withLeadingWidth(items: Item[]): Item[] {
  const k = items.findIndex((x) => x.kind === 'adj' && OPEN_WIDTH_WORDS.has(x.lit));
  const width = items[k];
  if (!width) return items;
  let j = k + 1;
  let last = -1;
  while (j < items.length) {
    const x = items[j];
    if (x?.kind === 'target' && (x.target === 'canal' || x.target === 'foramen')) last = j;
    else if (!(
      x?.kind === 'conj' ||
      x?.kind === 'adj' ||
      x?.kind === 'glue' ||
      x?.kind === 'other'
    )) {
      break;
    }
    j++;
  }
  if (last < 0 || j < items.length) return items;
  const at = items[last]?.end ?? width.end;
  const normal: Item = { kind: 'pred', pred: 'normal', lit: width.lit, start: at, end: at };
  return [...items.slice(0, k), ...items.slice(k + 1, last + 1), normal, ...items.slice(last + 1)];
}

/** Item kinds of a closing per-side grade at one level ("…, moderate on the right at L4/5"). */
const TRAILING_GRADE_KINDS: ReadonlySet<Item['kind']> = new Set([
  'severity',
  'side',
  'glue',
  'level',
  'other',
  'filler',
]);

/** Item kinds that may follow a trailing grade: "…, moderate at both levels", "…, moderate." */
const AFTER_TRAILING_GRADE: ReadonlySet<Item['kind']> = new Set([
  'glue',
  'level',
  'other',
  'filler',
]);

/**
 * "Foraminal narrowing is present bilaterally at L3/4 and L4/5, moderate at both levels", "Foraminal
 * narrowing at L3/4, moderate.": one grade closing a sentence that states one narrowing and no grade
 * grades that narrowing; it is put before the structure, as "moderate foraminal narrowing" reads.
 */
function withTrailingGrade(items: Item[]): Item[] {
  const k = items.findIndex((x) => x.kind === 'severity');
  const grade = items[k];
  if (k < 2 || grade?.kind !== 'severity' || !isComma(items[k - 1])) return items;
  if (items.slice(k + 1).some((x) => x.kind === 'severity')) return items;
  const after = items.slice(k + 1);
  const plain = after.every(
    (x) => AFTER_TRAILING_GRADE.has(x.kind) || (x.kind === 'side' && x.side === 'bilateral'),
  );
  if (!plain) return items;
  const before = items.slice(0, k - 1);
  const targets = before.filter((x) => x.kind === 'target');
  const narrowing = before.filter((x) => x.kind === 'pred' && x.pred === 'narrow');
  const only = targets[0];
  if (targets.length !== 1 || narrowing.length !== 1 || only?.kind !== 'target') return items;
  if (only.target !== 'foramen' && only.target !== 'canal') return items;
  if (before.some((x) => x.kind === 'context' || x.kind === 'lesion' || x.kind === 'time')) {
    return items;
  }
  const at = before.indexOf(only);
  const moved = { ...grade, start: only.start, end: only.start };
  return [...before.slice(0, at), moved, ...before.slice(at), ...after];
}

/**
 * "The right L5 exit foramen is moderately narrowed", "mild narrowing of the left L3 neural foramen": a
 * foramen named by the root that exits it is the foramen of the disc level below that vertebra (L5: the
 * L5-S1 foramen), in a sentence that names no disc level of its own.
 */
function withRootNamedForamen(items: Item[]): Item[] {
  if (items.some((x) => x.kind === 'level')) return items;
  const heading = rootHeading(items);
  if (heading) return heading;
  let changed = false;
  const out = items.map((x, i): Item => {
    if (x.kind !== 'vertebra' || !/^L[1-5]$/.test(x.name)) return x;
    let j = i + 1;
    while (items[j]?.kind === 'adj') j++;
    const foramen = items[j];
    if (foramen?.kind !== 'target' || foramen.target !== 'foramen' || foramen.plural) return x;
    const level = levelBelowVertebra(x.name);
    if (!level) return x;
    changed = true;
    return {
      kind: 'level',
      ref: { kind: 'levels', levels: [level] },
      emphasis: false,
      lit: '',
      start: x.start,
      end: x.end,
    };
  });
  return changed ? out : items;
}

/** Words between the two roots of a range ("right L2 through right L5"). */
const ROOT_RANGE_WORDS: ReadonlySet<string> = new Set(['through', 'to', 'thru', '-']);

/**
 * "Left L3: moderately narrowed", "Right L2 through right L5: patent": a side and a lumbar root (or a
 * range of them) heading a statement, in a list of foramina by their exiting root. The roots become
 * the disc levels below them.
 */
function rootHeading(items: Item[]): Item[] | undefined {
  const side = items[0];
  const first = items[1];
  if (side?.kind !== 'side' || side.side === 'bilateral' || first?.kind !== 'vertebra') {
    return undefined;
  }
  let k = 2;
  let last = first;
  const join = items[k];
  if (join && ROOT_RANGE_WORDS.has(join.lit) && join.kind !== 'level') {
    let m = k + 1;
    if (items[m]?.kind === 'side') m++;
    const end = items[m];
    if (end?.kind === 'vertebra') {
      last = end;
      k = m + 1;
    }
  }
  const colon = items[k];
  if (colon?.kind !== 'glue' || colon.lit !== ':') return undefined;
  const from = LEVELS.indexOf(levelBelowVertebra(first.name) ?? 'T12-L1');
  const to = LEVELS.indexOf(levelBelowVertebra(last.name) ?? 'T12-L1');
  if (!/^L[1-5]$/.test(first.name) || !/^L[1-5]$/.test(last.name) || to < from) return undefined;
  const levels = LEVELS.slice(from, to + 1);
  const level: Item = {
    kind: 'level',
    ref: { kind: 'levels', levels },
    emphasis: false,
    lit: '',
    start: first.start,
    end: last.end,
  };
  return [side, level, ...items.slice(k)];
}

/**
 * "the remaining discs", "the other disc spaces" name the discs; "the other disc levels", "the remaining
 * discal stages" name the levels (round 18).
 */
function namesDiscsNotLevels(phrase: string): boolean {
  const words = phrase.split(/[\s-]+/);
  const last = words[words.length - 1] ?? '';
  return /^dis[ck]s?$/.test(last) || (last === 'spaces' && words.some((w) => /^dis[ck]$/.test(w)));
}

/** Words that, after "no other (significant)", name no structure: the whole level is meant. */
const WHOLE_LEVEL_NOUNS: ReadonlySet<string> = new Set([
  'findings',
  'finding',
  'abnormality',
  'abnormalities',
  'pathology',
]);

/**
 * "No other foraminal stenosis.", "No other sig findings.", on a line of their own after the levels
 * described: the levels the report has not described, as "otherwise no …" (a line opened by a level
 * heading keeps its level). "No other findings" names no structure, so, in a paragraph that has named
 * lumbar levels, it clears the canal and both foramina there, as "otherwise NAD" does.
 */
function withOtherLevels(items: Item[], text: string, levelsInParagraph: boolean): Item[] {
  const no = items[0];
  const other = items[1];
  if (no?.kind !== 'context' || no.rule.category !== 'negation' || !other) return items;
  if (text.slice(other.start, other.end).toLowerCase() !== 'other') return items;
  if (items.some((x) => x.kind === 'level')) return items;
  const level: Item = {
    kind: 'level',
    ref: { kind: 'remaining' },
    emphasis: false,
    lit: 'other',
    start: other.start,
    end: other.end,
  };
  const rest = items.slice(2);
  const names = rest.some((x) => x.kind === 'target' || x.kind === 'lesion');
  const noun = rest.find((x) => WHOLE_LEVEL_NOUNS.has(text.slice(x.start, x.end).toLowerCase()));
  // Only in a paragraph about lumbar levels: "No other abnormality seen" under a knee MRI is not.
  if (!names && noun && levelsInParagraph) {
    const normal: Item = { kind: 'pred', pred: 'normal', lit: '', start: no.start, end: noun.end };
    return [level, normal];
  }
  return [no, level, ...rest];
}

/**
 * "The canal is mildly narrowed at L4-L5 and patent elsewhere": a normality predicate joined after a
 * finding, with "elsewhere" or "at the other levels", speaks of the same structure at the levels the
 * report has not described. The structure is repeated for it, and its levels become the remaining ones.
 */
function withElsewhereClause(items: Item[]): Item[] {
  const k = items.findIndex(
    (x) => x.kind === 'level' && (x.ref.kind === 'other' || x.ref.kind === 'remaining'),
  );
  const pred = items[k - 1];
  const join = items[k - 2];
  if (k < 3 || pred?.kind !== 'pred' || pred.pred !== 'normal') return items;
  const joins =
    (join?.kind === 'conj' && (join.lit === 'and' || join.lit === ',')) ||
    (join?.kind === 'context' && join.lit === 'but');
  if (!joins) return items;
  let target: Item | undefined;
  for (let m = k - 3; m >= 0 && !target; m--) {
    const x = items[m];
    if (x?.kind === 'target') target = x;
  }
  const level = items[k];
  if (!target || level?.kind !== 'level') return items;
  return [
    ...items.slice(0, k - 1),
    { ...target, start: pred.start, end: pred.start },
    pred,
    { ...level, ref: { kind: 'remaining' } },
    ...items.slice(k + 1),
  ];
}

/** Item kinds that may come between a grade and the structure or finding it opens. */
const RUN_ON_LEAD_KINDS: ReadonlySet<Item['kind']> = new Set(['side', 'adj', 'glue', 'severity']);

/**
 * "narrows", "compresses": a verb whose object follows ("narrows both foramina to a mild degree"), not
 * a finding that is complete ("stenosis", "stenoses", "narrowing").
 */
const isFiniteVerb = (word: string): boolean => /s$/.test(word) && !/(sis|oses)$/.test(word);

/**
 * "… mild left NFN right foramen patent": a side, its structure and what is said of it, straight after
 * a finding (a side before a structure with nothing said of it is the finding's: "moderate stenosis left
 * neural foramen").
 */
function opensSidedStatement(items: readonly Item[], i: number, before: Item): boolean {
  if (before.kind !== 'pred' || (before.pred !== 'narrow' && before.pred !== 'normal')) {
    return false;
  }
  if (isFiniteVerb(before.lit)) return false;
  let j = i + 1;
  while (items[j]?.kind === 'adj' || items[j]?.kind === 'glue') j++;
  if (items[j]?.kind !== 'target') return false;
  let k = j + 1;
  while (items[k]?.kind === 'filler' || items[k]?.kind === 'glue' || items[k]?.kind === 'adj') k++;
  const said = items[k];
  return said?.kind === 'pred' || said?.kind === 'severity';
}

/**
 * Where a dictated run-on starts its second sentence: a grade straight after a finding that is
 * complete ("… canal stenosis mild bilateral foraminal narrowing") opening a structure or finding of
 * its own, or "there is" after a statement ("the canal is patent there is …"). A grade after its
 * finding that opens nothing ("narrowing moderate on the right") is that finding's.
 */
function runOnBreak(items: readonly Item[]): Item | undefined {
  for (let i = 2; i < items.length; i++) {
    const x = items[i];
    const before = items[i - 1];
    if (before?.kind !== 'pred' || before.pred === 'decrease' || isFiniteVerb(before.lit)) continue;
    if (x?.kind === 'filler' && x.lit === 'there') {
      const verb = items[i + 1];
      if (verb?.kind === 'filler' && (verb.lit === 'is' || verb.lit === 'are')) return x;
      continue;
    }
    if (x?.kind === 'side' && opensSidedStatement(items, i, before)) return x;
    // "… mild left foraminal narrowing the right foramen is patent".
    const side = items[i + 1];
    if (x?.kind === 'glue' && x.lit === 'the' && side?.kind === 'side') {
      if (opensSidedStatement(items, i + 1, before)) return x;
    }
    if (x?.kind !== 'severity') continue;
    let j = i + 1;
    // "… stenosis moderate right and mild left foraminal narrowing": sides joined with their grades.
    const sidesJoined = (k: number): boolean =>
      items[k]?.kind === 'conj' &&
      items[k - 1]?.kind === 'side' &&
      (items[k + 1]?.kind === 'severity' || items[k + 1]?.kind === 'side');
    while (
      j < items.length &&
      (RUN_ON_LEAD_KINDS.has(items[j]?.kind ?? 'word') || sidesJoined(j))
    ) {
      j++;
    }
    const head = items[j];
    const opens =
      head?.kind === 'target' ||
      head?.kind === 'lesion' ||
      (head?.kind === 'pred' && head.pred === 'narrow' && j > i + 1);
    if (opens) return x;
  }
  return undefined;
}

/** Items from a compressed root back to the side word of its phrase ("left L4 nerve root"). */
const ROOT_SIDE_WINDOW = 3;

/**
 * "The left L4 nerve root is compressed within the foramen": the foramen where a sided root is caught
 * is that side's, not both (a sideless foramen is bilateral by default, which added an ungraded
 * bilateral finding beside the graded sides).
 */
function withRootSideOnForamen(items: Item[]): Item[] {
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

/** Items between "extending into" and the foramen it names ("extending into the inferior aspect of the"). */
const EXTENSION_PLACE_WINDOW = 8;

/**
 * "A protrusion extending into the foramen, with narrowing of moderate degree affecting the left": a
 * narrowing after "with" that names no structure narrows the foramen the lesion was said to reach
 * (with that foramen's side unless a side follows). The foramen named as a place is not itself a
 * finding ("extending into a foramen is not stenosis of it"), so without this the grade was lost.
 */
function withNarrowedPlace(items: Item[]): Item[] {
  let place = -1;
  for (let k = 0; k < items.length; k++) {
    const x = items[k];
    if (x?.kind === 'extend') {
      for (let j = k + 1; j < items.length && j <= k + EXTENSION_PLACE_WINDOW; j++) {
        const y = items[j];
        if (y?.kind === 'target') {
          if (y.target === 'foramen') place = j;
          break;
        }
      }
    }
    if (place < 0 || x?.kind !== 'with') continue;
    const at = items[k + 1]?.kind === 'severity' ? k + 2 : k + 1;
    const pred = items[at];
    if (pred?.kind !== 'pred' || pred.pred !== 'narrow') return items;
    const rest = items.slice(at + 1);
    if (rest.some((y) => y.kind === 'target' || y.kind === 'level')) return items;
    const foramen = items[place];
    const side = items[place - 1];
    const where = items[k + 1]?.start ?? pred.start;
    const implied: Item[] = [{ ...foramen, start: where, end: where } as Item];
    if (side?.kind === 'side' && !rest.some((y) => y.kind === 'side')) {
      implied.unshift({ ...side, start: where, end: where });
    }
    return [...items.slice(0, k + 1), ...implied, ...items.slice(k + 1)];
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
function withElidedForamen(items: Item[]): Item[] {
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

/** "At each level" distributes over the levels the sentence has named, when it has named several. */
const DISTRIBUTIVE: ReadonlySet<string> = new Set([
  'at each level',
  'at every level',
  'at each lumbar level',
  'at every lumbar level',
]);

/**
 * "From L3-L4 to L5-S1 there are disc bulges … with mild foraminal narrowing at each level": each of
 * the levels named before (in the sentence, or by its heading), not every lumbar level.
 */
function withDistributedLevels(items: Item[], header: LevelRef | undefined): Item[] {
  let named = header?.kind === 'levels' && header.levels.length > 1 ? header : undefined;
  let changed = false;
  const out = items.map((x) => {
    if (x.kind !== 'level') return x;
    if (x.ref.kind === 'levels' && x.ref.levels.length > 1) named = x.ref;
    else if (x.ref.kind === 'levels') named = undefined;
    if (x.ref.kind !== 'all' || !DISTRIBUTIVE.has(x.lit) || !named) return x;
    changed = true;
    return { ...x, ref: named };
  });
  return changed ? out : items;
}

/**
 * "At each level from L3-L4 to L5-S1", "at all levels from T12-L1 through L2-L3": the levels the
 * range names right after, not every lumbar level.
 */
function withNamedRange(items: Item[]): Item[] {
  const at = items.findIndex((x, i) => {
    if (x.kind !== 'level' || x.ref.kind !== 'all') return false;
    const next = items[i + 1]?.kind === 'glue' ? items[i + 2] : items[i + 1];
    return next?.kind === 'level' && next.ref.kind === 'levels' && next.ref.levels.length > 1;
  });
  if (at < 0) return items;
  const next = items[at + 1]?.kind === 'glue' ? items[at + 2] : items[at + 1];
  const all = items[at];
  if (next?.kind !== 'level' || all?.kind !== 'level') return items;
  return [...items.slice(0, at), { ...all, ref: next.ref }, ...items.slice(at + 1)];
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
function withForamenPerSide(items: Item[]): Item[] {
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

/** Words before a plural structure that mean the ones not yet described ("the remaining foramina"). */
const REMAINING_WORDS: ReadonlySet<string> = new Set([
  'remaining',
  'other',
  'rest of the',
  'the rest of the',
]);

/**
 * "The remaining exit foramina are patent", "all other foramina are widely patent": a clearance of the
 * foramina the report has not described, side by side (the other side of a level graded on one side
 * is one of them), as a clearance with exceptions is. "At the remaining levels" and "the other levels'
 * foramina" name levels, and stay a clearance of the undescribed levels.
 */
function withRemainingForamina(items: Item[], text: string): Item[] {
  const k = items.findIndex((x) => {
    if (x.kind !== 'other' && !(x.kind === 'level' && x.ref.kind === 'remaining')) return false;
    return REMAINING_WORDS.has(text.slice(x.start, x.end).toLowerCase());
  });
  if (k < 0) return items;
  let t = k + 1;
  while (items[t]?.kind === 'adj') t++;
  const target = items[t];
  if (target?.kind !== 'target' || target.target !== 'foramen' || !target.plural) return items;
  if (items.some((x, i) => i !== k && x.kind === 'level')) return items;
  const clears = items.some(
    (x) =>
      (x.kind === 'pred' && x.pred === 'normal') ||
      (x.kind === 'context' && x.rule.category === 'negation'),
  );
  if (!clears) return items;
  const word = items[k];
  if (!word) return items;
  const level: Item = {
    kind: 'level',
    ref: { kind: 'all', sideExceptions: true },
    emphasis: false,
    lit: '',
    start: word.start,
    end: word.end,
  };
  return [...items.slice(0, k), level, ...items.slice(k + 1)];
}

/** Words that, opening a sentence under a finding named once, mean the rest of it ("remaining patent"). */
const REST_WORDS: ReadonlySet<string> = new Set(['remaining', 'others', 'rest', 'remainder']);

/**
 * Index of the "remaining"/"others"/"the rest" that opens a clause clearing the rest of a structure
 * named before ("remaining patent", "the rest normal", "all others: none"), or -1.
 */
function restClearanceWord(items: readonly Item[], text: string): number {
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
function withRestOfSubject(items: Item[], text: string, subject: FindingSubject): Item[] {
  const k = restClearanceWord(items, text);
  const word = items[k];
  if (!word) return items;
  const rest = items.slice(k + 1);
  const foramina = subject.target.kind === 'target' && subject.target.target === 'foramen';
  const ref: LevelRef = foramina ? { kind: 'all', sideExceptions: true } : { kind: 'remaining' };
  const level: Item = {
    kind: 'level',
    ref,
    emphasis: false,
    lit: '',
    start: word.start,
    end: word.end,
  };
  return [level, ...rest];
}

/** Words that open the exception to a report-wide statement ("at all levels except L5-S1"). */
const EXCEPTIONS: readonly (readonly string[])[] = [
  ['except'],
  ['excepting'],
  ['excluding'],
  ['save'],
  ['apart', 'from'],
  ['aside', 'from'],
  ['other', 'than'],
  ['with', 'the', 'exception', 'of'],
];

const EXCEPTION_FIRST_WORDS: ReadonlySet<string> = new Set(EXCEPTIONS.map((w) => w[0] ?? ''));

/** The exception phrase starting at token `k`, as its number of tokens (0 when there is none). */
function exceptionAt(tokens: readonly Token[], k: number, to: number): number {
  const first = tokens[k];
  if (first?.kind !== WORD || !EXCEPTION_FIRST_WORDS.has(first.lower)) return 0;
  for (const words of EXCEPTIONS) {
    if (k + words.length > to) continue;
    if (words.every((w, j) => tokens[k + j]?.kind === WORD && tokens[k + j]?.lower === w)) {
      return words.length;
    }
  }
  return 0;
}

/**
 * The clearance before an exception stands for every level, side by side: its "throughout" (or, when
 * it names no level, an implied one) becomes a report-wide level that yields to the exceptions. A
 * clearance stated over a range (`within`: its own levels or its heading's) stays in that range.
 */
function asClearanceWithExceptions(
  items: Item[],
  sided: boolean,
  within: readonly Level[] | undefined,
): Item[] {
  const all: LevelRef = {
    kind: 'all',
    ...(sided ? { sideExceptions: true } : {}),
    ...(within ? { within } : {}),
  };
  if (items.some((x) => x.kind === 'level')) {
    return items.map((x) =>
      x.kind === 'level' && (x.ref.kind === 'all' || (within && x.ref.kind === 'levels'))
        ? { ...x, ref: all }
        : x,
    );
  }
  const end = items[items.length - 1]?.end ?? 0;
  return [...items, { kind: 'level', ref: all, emphasis: false, lit: '', start: end, end }];
}

/** Tokens an exception may name before its level: "on the left at", "for severe left". */
const EXCEPTION_LEAD_WINDOW = 4;

/** Item kinds that may open an exception before its level: a side, a grade, joining words. */
const EXCEPTION_LEAD_KINDS: ReadonlySet<Item['kind']> = new Set([
  'glue',
  'side',
  'severity',
  'adj',
]);

/**
 * Index of the side an exception names, just after its level ("at L4/5 on the right") or before it
 * ("on the left at L5-S1", "severe left L5-S1 narrowing"), or -1.
 */
function exceptionSideAt(items: readonly Item[]): number {
  let first = 0;
  while (items[first]?.kind === 'glue' || items[first]?.kind === 'severity') first++;
  const lead = items[first];
  if (lead?.kind === 'side' && lead.side !== 'bilateral') {
    let k = first + 1;
    while (items[k]?.kind === 'glue') k++;
    if (items[k]?.kind === 'level') return first;
  }
  let k = 0;
  while (items[k]?.kind === 'level' || items[k]?.kind === 'glue' || opensWhereClause(items, k)) k++;
  const side = items[k];
  return side?.kind === 'side' && side.side !== 'bilateral' && k > 0 ? k : -1;
}

/**
 * "…, where on the left": the comma and "where" that open the exception's own clause when its side
 * comes next as a place ("at L3-L4, where on the left there is mild narrowing"), as "at L4/5 on the
 * left" names it. "…, where the right foramen is narrowed" describes a foramen of the level and
 * excepts the whole level, as before.
 */
const opensWhereClause = (items: readonly Item[], k: number): boolean => {
  const x = items[k];
  const where = x?.kind === 'conj' && x.lit === ',' ? k + 1 : k;
  const word = items[where];
  const on = items[where + 1];
  return word?.kind === 'filler' && word.lit === 'where' && on?.kind === 'glue' && on.lit === 'on';
};

/** A level an exception names, and the one side it names (undefined: the whole level). */
interface ExceptedPlace {
  readonly level: Level;
  readonly side: 'left' | 'right' | undefined;
}

/**
 * The levels and side of one exception to a positive statement: the side it names ("at L4-L5 on the
 * right, where …"), else the one side its clause speaks of ("where the right foramen is severely
 * narrowed": the left foramen keeps the statement's grade, which excepting the whole level would lose).
 */
function exceptedPlace(items: readonly Item[]): ExceptedPlace[] {
  const level = items.find((x) => x.kind === 'level');
  if (level?.kind !== 'level' || level.ref.kind !== 'levels') return [];
  const named = items[exceptionSideAt(items)];
  const sides = new Set(
    items.flatMap((x) => (x.kind === 'side' && x.side !== 'bilateral' ? [x.side] : [])),
  );
  const [only] = sides;
  const side =
    named?.kind === 'side' && named.side !== 'bilateral'
      ? named.side
      : sides.size === 1 && (only === 'left' || only === 'right')
        ? only
        : undefined;
  return level.ref.levels.map((l) => ({ level: l, side }));
}

/**
 * "Mild bilateral foraminal narrowing at each of these levels, except at L4-L5 where …": the findings
 * of a statement made at named levels leave the levels it excepts to the exception. An exception that
 * names its side leaves the statement's other side there ("except at L4-L5 on the right": the left
 * foramen keeps the statement's grade) and its canal; one that names no side takes the whole level.
 */
function withoutExcepted<F extends SectionedFinding>(
  stated: readonly F[],
  excepted: readonly ExceptedPlace[],
): F[] {
  const out: F[] = [];
  for (const f of stated) {
    const ref = f.levelRef;
    if (f.negated || ref?.kind !== 'levels') {
      out.push(f);
      continue;
    }
    const kept: Level[] = [];
    for (const level of ref.levels) {
      const place = excepted.find((e) => e.level === level);
      if (!place) kept.push(level);
      else if (place.side !== undefined) {
        const other = place.side === 'left' ? 'right' : 'left';
        const foraminal = f.finding === 'foraminal-stenosis';
        if (!foraminal || f.side === other) kept.push(level);
        else if (f.side === 'bilateral') {
          out.push({
            ...f,
            levelRef: { kind: 'levels', levels: [level] },
            side: other,
            asymmetry: undefined,
          });
        }
      }
    }
    if (kept.length > 0) out.push({ ...f, levelRef: { kind: 'levels', levels: kept } });
  }
  return out;
}

/**
 * "apart from the right at L4/5 (mild)", "except at L4-5 on the right, where it is mild": an exception
 * that gives only a grade is the narrowing of the cleared structures, put just after the grade.
 */
function withImpliedExceptionFinding(items: Item[], targets: readonly Item[]): Item[] {
  if (items.some((x) => x.kind === 'target' || x.kind === 'lesion' || x.kind === 'pred')) {
    return items;
  }
  let at = -1;
  for (let k = items.length - 1; k >= 0 && at < 0; k--) if (items[k]?.kind === 'severity') at = k;
  const grade = items[at];
  if (!grade || targets.length === 0) return items;
  const end = grade.end;
  const inserted: Item[] = [
    ...targets.map((x) => ({ ...x, start: end, end }) as Item),
    { kind: 'pred', pred: 'narrow', lit: '', start: end, end },
  ];
  return [...items.slice(0, at + 1), ...inserted, ...items.slice(at + 1)];
}

/**
 * "apart from the left L4/5 foramen, which is moderately narrowed": the relative clause after the
 * excepted structure is that structure's state, so its ", which" does not end the structure's phrase.
 */
function withRelativeClauseJoined(items: Item[]): Item[] {
  const k = items.findIndex((x, i) => {
    const next = items[i + 1];
    return (
      x.kind === 'conj' &&
      x.lit === ',' &&
      items[i - 1]?.kind === 'target' &&
      next?.kind === 'context' &&
      RELATIVE_WORDS.has(next.rule.literal)
    );
  });
  return k < 0 ? items : [...items.slice(0, k), ...items.slice(k + 2)];
}

/** Relative pronouns that open a clause about the structure just named. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'that']);

/**
 * "apart from the left L4/5 foramen": an exception that names the cleared structure but says nothing
 * of it is that structure narrowed, grade unknown; it must not stay cleared.
 */
function withImpliedExceptionNarrowing(items: Item[]): Item[] {
  if (items.some((x) => x.kind === 'pred' || x.kind === 'lesion' || x.kind === 'severity')) {
    return items;
  }
  const target = items.findLastIndex((x) => x.kind === 'target');
  const named = items[target];
  if (!named) return items;
  const pred: Item = { kind: 'pred', pred: 'narrow', lit: '', start: named.end, end: named.end };
  return [...items.slice(0, target + 1), pred, ...items.slice(target + 1)];
}

/**
 * "at L4/5 on the right, where …": a side named just after the exception's level is the side of each
 * foramen of the exception that names none of its own.
 */
function withExceptionSide(items: Item[]): Item[] {
  const k = exceptionSideAt(items);
  const side = items[k];
  if (k < 0 || side?.kind !== 'side') return items;
  const out: Item[] = [];
  for (const [i, x] of items.entries()) {
    if (i > k && x.kind === 'target' && x.target === 'foramen') {
      let j = out.length - 1;
      while (j >= 0 && (out[j]?.kind === 'severity' || out[j]?.kind === 'adj')) j--;
      if (out[j]?.kind !== 'side') out.push({ ...side, start: x.start, end: x.start });
    }
    out.push(x);
  }
  return out;
}

/**
 * The clearance before a side-only exception is the other side's: that side is put before each foramen
 * (in place of "both" or "bilateral"), so "the foramina are patent except on the right" clears the left.
 */
function withForaminaOnSide(items: Item[], side: Item): Item[] {
  const out: Item[] = [];
  for (const x of items) {
    if (x.kind === 'target' && x.target === 'foramen') {
      let j = out.length - 1;
      while (j >= 0 && (out[j]?.kind === 'glue' || out[j]?.kind === 'adj')) j--;
      const both = out[j];
      if (both?.kind === 'side' && both.side === 'bilateral') out.splice(j, 1);
      out.push({ ...side, start: x.start, end: x.start } as Item);
    }
    out.push(x);
  }
  return out;
}

/**
 * The exception of "… patent except on the right, where there is mild narrowing" (or "apart from the
 * left, which is mildly narrowed", "except on the left (moderate)") as that side's foramen: the side
 * and the foramen go before its narrowing, after its grade, or, stated with neither, as an ungraded
 * narrowing (an excepted foramen is not a cleared one).
 */
function withSideExceptionFinding(items: Item[], foramen: Item): Item[] {
  const side = items.find((x) => x.kind === 'side');
  if (!side) return items;
  const rest = items.filter((x) => x !== side);
  const own = rest.findIndex((x) => x.kind === 'target');
  if (own >= 0) {
    // "…, where the foramen is moderately narrowed": the foramen named again is that side's.
    const at = rest[own]?.start ?? side.end;
    return [...rest.slice(0, own), { ...side, start: at, end: at } as Item, ...rest.slice(own)];
  }
  const pred = rest.findIndex((x) => x.kind === 'pred' && x.pred === 'narrow');
  const grade = rest.findLastIndex((x) => x.kind === 'severity');
  if (pred < 0 && grade < 0) {
    // "except on the left": narrowed, grade unknown; the finding quotes the side.
    const { start, end } = side;
    return [
      ...rest,
      side,
      { ...foramen, start, end } as Item,
      { kind: 'pred', pred: 'narrow', lit: '', start, end },
    ];
  }
  const at = pred >= 0 ? pred : grade + 1;
  const where = rest[at]?.start ?? rest[at - 1]?.end ?? side.end;
  const inserted: Item[] = [
    { ...side, start: where, end: where } as Item,
    { ...foramen, start: where, end: where } as Item,
  ];
  if (pred < 0) inserted.push({ kind: 'pred', pred: 'narrow', lit: '', start: where, end: where });
  return [...rest.slice(0, at), ...inserted, ...rest.slice(at)];
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
function withPronounSide(
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
  const definite =
    first.lower === 'the' &&
    target.kind === 'target' &&
    !target.plural &&
    items.slice(0, at).every((x) => x.kind === 'glue' || x.kind === 'adj');
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

const MAX_LINE = 20_000;
/**
 * Tokens after a side stated alone within which the foramen it implies may be named ("mild narrowing
 * on the right; left foramen patent"); a long line of prose beyond them is not read for it.
 */
const FORAMEN_AHEAD_TOKENS = 40;
const MAX_SENTENCE_TOKENS = 400;
const HEADING_LOOKUP = new Map<string, SectionKind>();
for (const group of SECTION_HEADINGS) {
  for (const h of group.headings) HEADING_LOOKUP.set(h, group.kind);
}

const BULLETS = new Set(['-', '*', '#', '|', '•', '>', '.', '–', '—']);
const isBoundary = (text: string, tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  if (!t || t.kind !== PUNCT) return false;
  switch (t.lower) {
    case ';':
    case '!':
    case '|':
      return true;
    case '.': {
      // "3.5 mm", "1.5 Tesla": a decimal point, not a full stop.
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      if (isAbbreviationDot(text, prev, next)) return false;
      return !(prev?.kind === NUM && next?.kind === NUM && !next.space && prev.end === t.start);
    }
    case '/': {
      if (tokens[i + 1]?.lower === '/' || tokens[i - 1]?.lower === '/') return true;
      // "Canal mild / Lt NF mild / Rt NF normal": a slash with spaces on both sides between two
      // statements (not between two grades or sides, "mild / moderate", "L / R").
      const next = tokens[i + 1];
      const prev = tokens[i - 1];
      return (
        t.space &&
        next?.space === true &&
        next.kind === WORD &&
        prev?.kind === WORD &&
        SLASH_PAIR_WORDS.get(next.lower) !== SLASH_PAIR_WORDS.get(prev.lower)
      );
    }
    default:
      return false;
  }
};

/** Grades and sides: a spaced slash between two of one kind ("mild / moderate", "L / R") pairs them. */
const SLASH_PAIR_WORDS: ReadonlyMap<string, 'grade' | 'side'> = new Map([
  ...['mild', 'moderate', 'severe', 'mod', 'sev', 'minimal'].map((w) => [w, 'grade'] as const),
  ...['left', 'right', 'lt', 'rt', 'l', 'r'].map((w) => [w, 'side'] as const),
]);

/** Words a dictated line runs on for before it is read as several sentences without punctuation. */
const RUN_ON_MIN_WORDS = 12;

/** A line long enough to run on, with no clause punctuation (checked before its items are built). */
function mayRunOn(tokens: readonly Token[], from: number): boolean {
  if (tokens.length - from < RUN_ON_MIN_WORDS) return false;
  let words = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.kind === PUNCT && t.lower !== '-' && t.lower !== '/') return false;
    if (t?.kind === WORD) words++;
  }
  return words >= RUN_ON_MIN_WORDS;
}

/**
 * An unpunctuated dictated line ("l3 4 mild bulge no cc stenosis mild bilat nf narrowing l4 5 …"): no
 * sentence or clause punctuation, at least two level groups. It is cut before each level group and
 * before a grade or negation that follows a finding ("… no cc stenosis | mild bilat nf narrowing"), so a
 * negation does not run into the next finding. Returns the token ranges, or undefined for other lines.
 */
function runOnCuts(
  tokens: readonly Token[],
  from: number,
  items: readonly Item[],
): [number, number][] | undefined {
  if (items.filter((x) => x.kind === 'level').length < 2) return undefined;
  const cutAt = new Set<number>();
  for (const [k, x] of items.entries()) {
    const prev = items[k - 1];
    const opensFinding =
      (x.kind === 'severity' || (x.kind === 'context' && x.rule.category === 'negation')) &&
      (prev?.kind === 'pred' || prev?.kind === 'lesion');
    if (k > 0 && (x.kind === 'level' || opensFinding)) cutAt.add(x.start);
  }
  const ranges: [number, number][] = [];
  let start = from;
  for (let k = from + 1; k < tokens.length; k++) {
    if (cutAt.has(tokens[k]?.start ?? -1) || RUN_ON_SECTIONS.has(tokens[k]?.lower ?? '')) {
      ranges.push([start, k]);
      start = k;
    }
  }
  ranges.push([start, tokens.length]);
  return ranges;
}

/** Labels of the lumbar part of a whole-spine report ("Lumbar:", "Lumbar spine:"). */
const LUMBAR_REGION_LABELS: readonly (readonly string[])[] = [['lumbar', 'spine'], ['lumbar']];

/** The number of tokens of a lumbar region label and its colon opening a line at `from`, else 0. */
function lumbarRegionLabel(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.lower !== 'lumbar') return 0;
  for (const words of LUMBAR_REGION_LABELS) {
    const colon = tokens[from + words.length];
    if (colon?.lower === ':' && words.every((w, j) => tokens[from + j]?.lower === w)) {
      return words.length + 1;
    }
  }
  return 0;
}

/** First words of the grading words, to look for a trailing grade before building its items. */
const SEVERITY_FIRST_WORDS: ReadonlySet<string> = new Set(
  SEVERITY_TERMS.map((t) => t.literal.split(' ')[0] ?? ''),
);

/** Tokens a trailing "and mild on the left" may take ("and moderate to severe on the left"). */
const OTHER_SIDE_TAIL_TOKENS = 8;

/** Words that join a new level's statement to the one before ("…, and at L5-S1 …", "while at L4-5 …"). */
const SCOPE_JOINERS: ReadonlySet<string> = new Set(['and', 'while', 'whereas', 'but']);
/** Joiners that open a new scope without a comma before them. */
const CONTRASTIVE_JOINERS: ReadonlySet<string> = new Set(['while', 'whereas']);

/**
 * Where a prose sentence moves to another level mid-way ("At L4-5 a bulge causes moderate stenosis,
 * and at L5-S1 a bulge causes marked foraminal narrowing"; "…, while at L4-5 …"): the token the new
 * statement starts at (its "at"), so the findings before it keep the level they were stated at. Only ", and/but
 * at LEVEL" or "while/whereas at LEVEL", and only when the sentence already named a level: "mild
 * stenosis at L3-4 and at L4-5" is one finding at two levels, and a clearance's exceptions are one list.
 */
function levelScopeCut(
  tokens: readonly Token[],
  sentenceStart: number,
  k: number,
): number | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  let joiner = k;
  if (t.lower === ',') {
    joiner = k + 1;
    if (!SCOPE_JOINERS.has(tokens[joiner]?.lower ?? '')) return undefined;
  } else if (!CONTRASTIVE_JOINERS.has(t.lower)) return undefined;
  if (tokens[joiner + 1]?.lower !== 'at') return undefined;
  if (readLevels(tokens, joiner + 2)?.kind !== 'levels') return undefined;
  // "patent apart from at L4/5 on the right, where …, and at L5/S1 on the right, where …": the
  // exceptions of one clearance are a list, read together.
  let named = false;
  for (let m = sentenceStart; m < k; m++) {
    if (exceptionAt(tokens, m, k) > 0) return undefined;
    named ||= tokens[m]?.kind === WORD && readLevels(tokens, m, k)?.kind === 'levels';
  }
  return named ? joiner + 1 : undefined;
}

/** The line of `text` that holds the character at `at`. */
function lineAround(text: string, at: number): string {
  const from = lineStartBefore(text, at);
  let to = at;
  // A bounded look (a 10 MB line without breaks must not be rescanned for every clause).
  while (to < text.length && to - at < LINE_LOOK && text.charCodeAt(to) !== 10) to++;
  return text.slice(from, to);
}

/** Characters looked at either way of a clause for its line. */
const LINE_LOOK = 400;

/** Where the line holding `at` starts, looking back at most `LINE_LOOK` characters. */
function lineStartBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < LINE_LOOK && text.charCodeAt(from - 1) !== 10) from--;
  return from;
}

/** Words of a remark on what a sign can go with ("which can be seen with high-grade stenosis"). */
const GENERIC_REMARK =
  /\bwhich (?:can|may|could|might) be (?:seen|found|encountered|observed|associated)\b|\b(?:can|may) be seen with\b/i;

/** Words that make a sentence a summary of findings described before it. */
const SUMMARY_OF_ABOVE =
  /\bas (?:detailed|described|noted|discussed|outlined|mentioned)(?: above| earlier| in the findings)?\b|\bsee above\b|\bas above\b/i;

/** Words naming an imaging study, and the verbs that report what it showed. */
const CITED_STUDY_WORDS: ReadonlySet<string> = new Set([
  'mri',
  'mr',
  'ct',
  'myelogram',
  'scan',
  'imaging',
]);
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'showed',
  'shows',
  'showing',
  'demonstrated',
  'demonstrates',
  'revealed',
  'reveals',
  'confirmed',
  'confirms',
]);
/** Tokens from a study word to its verb or label colon ("CT myelogram 8/1/24:", "MRI of 3 March showed"). */
const CITED_STUDY_WINDOW = 8;

/**
 * "Indication: … CT myelogram 8/1/24: sev L4/5 canal stenosis …", "Her MRI showed moderate left L4-5
 * foraminal stenosis": a sentence of a history section that opens by citing a study's result states
 * imaging findings (in letters and operation notes the imaging is quoted there).
 */
function citesImaging(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 3); k++) {
    if (!CITED_STUDY_WORDS.has(tokens[k]?.lower ?? '')) continue;
    for (let j = k + 1; j < Math.min(to, k + CITED_STUDY_WINDOW); j++) {
      const w = tokens[j]?.lower ?? '';
      if (REPORTING_VERBS.has(w) || w === ':') return true;
      if (w === '.' || w === ';') break;
    }
  }
  return false;
}

/** Section words a run-on dictation opens a new section with ("… no canal stenosis impression …"). */
const RUN_ON_SECTIONS: ReadonlySet<string> = new Set([
  'impression',
  'impressions',
  'conclusion',
  'conclusions',
]);

/** Side and grade abbreviations written with a full stop ("Lt.", "Rt.", "bilat.", "mod."). */
const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'lt',
  'rt',
  'bilat',
  'bil',
  'mod',
  'sev',
]);
/** Words that go on after such an abbreviation in the same sentence ("Rt. Neural foramen"). */
const AFTER_SIDE: ReadonlySet<string> = new Set([
  'neural',
  'nf',
  'nfn',
  'exit',
  'exiting',
  'traversing',
  'foramen',
  'foramina',
  'foraminal',
  'paracentral',
  'posterolateral',
  'subarticular',
  'lateral',
  'side',
  'sided',
  'facet',
  'l4',
  'l5',
  's1',
]);

/** "narrowing of Lt. neural foramen": the stop ends the abbreviation, not the sentence. */
function isAbbreviationDot(
  text: string,
  prev: Token | undefined,
  next: Token | undefined,
): boolean {
  if (prev?.kind !== WORD || next?.kind !== WORD || !DOTTED_ABBREVIATIONS.has(prev.lower)) {
    return false;
  }
  return AFTER_SIDE.has(next.lower) || text.slice(next.start, next.end) === next.lower;
}

/** Section heading at the start of a line: its kind and where the line's content resumes. */
function readSectionHeading(
  text: string,
  tokens: readonly Token[],
  from: number,
): { kind: SectionKind; next: number } | undefined {
  // "ADDENDUM (dictated 16:40 same day): …": an addendum heading may carry a note of when.
  // "Addendum (same day):" in title case too: at the start of a line, a capital opens a heading.
  const first = tokens[from];
  if (first?.lower === 'addendum' && /[A-Z]/.test(text[first.start] ?? '')) {
    for (let k = from + 1; k < tokens.length && k - from <= ADDENDUM_NOTE_TOKENS; k++) {
      if (tokens[k]?.lower === ':' && tokens[k - 1]?.lower === ')') {
        return { kind: 'addendum', next: k + 1 };
      }
    }
  }
  const words: string[] = [];
  let upper = true;
  let i = from;
  for (; i < tokens.length && i - from < 12; i++) {
    const t = tokens[i];
    if (!t) break;
    if (t.kind === PUNCT && t.lower === ':') break;
    if (t.kind === WORD) {
      words.push(t.lower);
      continue;
    }
    if (
      t.kind === PUNCT &&
      (t.lower === '(' ||
        t.lower === ')' ||
        t.lower === '/' ||
        t.lower === '-' ||
        t.lower === '.' ||
        t.lower === '&')
    ) {
      continue;
    }
    return undefined;
  }
  const colon = tokens[i]?.kind === PUNCT && tokens[i]?.lower === ':';
  if (words.length === 0 || words.length > 7) return undefined;
  const key = words.join(' ');
  const known = HEADING_LOOKUP.get(key);
  if (colon && known) return { kind: known, next: i + 1 };
  if (!colon && known && i >= tokens.length && words.length <= 4) return { kind: known, next: i };
  if (colon && words.length <= 5) {
    for (let k = from; k < i; k++) {
      const t = tokens[k];
      if (t && t.kind === WORD && t.lower.length > 1) upper &&= isUpperWord(text, t);
    }
    if (upper) return { kind: 'other', next: i + 1 };
  }
  return undefined;
}

/** Tokens an addendum heading's bracketed note may span ("(dictated 16:40 same day)"). */
const ADDENDUM_NOTE_TOKENS = 16;

const isUpperWord = (text: string, t: Token): boolean => {
  const s = text.slice(t.start, t.end);
  return s === s.toUpperCase();
};

/** Dashes that close a dictated level heading ("L3/4 - DB, bilat NF narrowing"). */
const HEADING_DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
const LUMBOSACRAL_HEADING: LevelRef = { kind: 'levels', levels: ['L5-S1'] };

/**
 * "Lumbosacral junction:", "Lumbosacral level (L5/S1):": L5-S1 named in words at the start of a
 * sentence, then a colon.
 */
function readLumbosacralHeading(
  tokens: readonly Token[],
  from: number,
  to: number,
): { ref: LevelRef; next: number } | undefined {
  const noun = tokens[from + 1]?.lower ?? '';
  if (tokens[from]?.lower !== 'lumbosacral' || !['junction', 'level', 'disc'].includes(noun)) {
    return undefined;
  }
  let i = from + 2;
  if (tokens[i]?.lower === '(') {
    const m = readLevels(tokens, i + 1, to);
    if (m?.kind !== 'levels' || tokens[m.end]?.lower !== ')') return undefined;
    i = m.end + 1;
  }
  return tokens[i]?.lower === ':' ? { ref: LUMBOSACRAL_HEADING, next: i + 1 } : undefined;
}

/**
 * A level heading at the start of a sentence ("L4-5:", "L3-L4, L4-L5:", "L5-S1 level:", "L3-L4" alone,
 * "L3/4 - DB", "Lumbosacral junction (L5/S1):").
 */
function readLevelHeading(
  tokens: readonly Token[],
  from: number,
  to: number,
): { ref: LevelRef; next: number; transitional?: TransitionalMention } | undefined {
  const m = readLevels(tokens, from, to);
  if (m?.kind === 'levels') return headingAfter(tokens, m, to);
  // "L5-L6:", "L6-S1:" in a report that numbers six lumbar vertebrae: a heading over a disc Foramen does
  // not report, so its sentences are dropped as a cervical level's are (they had kept the level before).
  if (m?.kind === 'vertebra' && m.transitional && m.end - from >= TRANSITIONAL_PAIR_TOKENS) {
    const heading = headingAfter(tokens, { ref: NONLUMBAR_HEADING, end: m.end }, to);
    const span = { start: tokens[from]?.start ?? 0, end: tokens[m.end - 1]?.end ?? 0 };
    return heading ? withFields(heading, { transitional: span }) : undefined;
  }
  return readLumbosacralHeading(tokens, from, to);
}

/** Words that label the level of a template line ("Level: L2-3 | CCS: none"). */
const LEVEL_LABELS: ReadonlySet<string> = new Set(['level', 'levels', 'lvl']);

/** The tokens of a "Level:" label opening a sentence (0 when there is none). */
function levelLabelWidth(tokens: readonly Token[], from: number): number {
  return LEVEL_LABELS.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.lower === ':' ? 2 : 0;
}

/** Tokens of the shortest pair naming a sixth lumbar segment ("L5-6"). */
const TRANSITIONAL_PAIR_TOKENS = 4;
const NONLUMBAR_HEADING: LevelRef = { kind: 'nonlumbar' };

/** The colon, dash or line end that makes the level group `m` at a sentence's start a heading. */
function headingAfter(
  tokens: readonly Token[],
  m: { readonly ref: LevelRef; readonly end: number },
  to: number,
): { ref: LevelRef; next: number } | undefined {
  let i = m.end;
  // "L3/4 - DB, …": a dash right after the level closes the heading, as a colon does.
  const dash = tokens[i];
  if (dash?.kind === PUNCT && HEADING_DASHES.has(dash.lower) && tokens[i + 1]?.kind === WORD) {
    return { ref: m.ref, next: i + 1 };
  }
  for (let steps = 0; i < to && steps < 3; i++, steps++) {
    const t = tokens[i];
    if (!t) break;
    if (t.kind === PUNCT && t.lower === ':') return { ref: m.ref, next: i + 1 };
    if (
      t.kind === WORD &&
      (t.lower.startsWith('lev') || t.lower === 'l' || t.lower === 'disc' || t.lower === 'space')
    ) {
      continue;
    }
    if (t.kind === PUNCT && (t.lower === '|' || t.lower === ')')) continue;
    return undefined;
  }
  if (i >= to) return { ref: m.ref, next: to };
  const t = tokens[i];
  if (t && t.kind === PUNCT && t.lower === ':') return { ref: m.ref, next: i + 1 };
  return undefined;
}

/** Parameters of one walk. */
export interface WalkOptions {
  readonly includeHistory: boolean;
  readonly trie: PhraseTrie;
  readonly normalise: Normaliser;
}

/**
 * Reads a whole report.
 * @param text - the report
 */
export function readDocument(text: string, options: WalkOptions): DocumentReading {
  const findings: SectionedFinding[] = [];
  const transitional: TransitionalMention[] = [];
  const levelsMentioned: Level[] = [];
  const unread: UnreadSentence[] = [];
  let coversT12 = false;
  let section: SectionKind = 'other';
  let header: LevelRef | undefined;
  let last: LevelRef | undefined;
  let subject: FindingSubject | undefined;
  /**
   * The subject was a label whose first value stated the narrowing itself ("Canal: mild stenosis at
   * L4-L5; none at L5-S1"): it heads the rest of its line only, as a sentence's subject would.
   */
  let subjectEndsWithLine = false;
  let table: TableHeader | undefined;
  /** "current (prior)" was declared: a bracketed grade after a grade is the prior study's. */
  let bracketsArePrior = false;
  /** The side the report's one lumbar curve is convex to, for "the concave side" (see _curvature.ts). */
  const convex = curveConvexity(text);
  /** A radiology report names its technique or comparison; a letter or an operation note does not. */
  let radiologyReport: boolean | undefined;
  const isRadiologyReport = (): boolean =>
    (radiologyReport ??= /^[ \t]*(?:technique|comparison|protocol)\b/im.test(text));
  /** Only a report that speaks of brackets can declare its bracketed grades the earlier study's. */
  const speaksOfBrackets = /bracket|parenthes/i.test(text);
  /** The latest year a study is named by, in a text naming studies of several years. */
  const latestYear = latestStudyYear(text);
  /**
   * "Grades from the prior study are given in brackets": declared once for the whole report, so a
   * bracketed grade after a finding is the earlier study's in every section below.
   */
  let bracketsDeclaredPrior = false;
  /**
   * "Foraminal grading per Lee:" then "L4-L5: right grade 2, left grade 1.": a grading system named
   * without a grade is the system of the bare grades after it, until the paragraph or section ends.
   */
  let declaredSystem: GradeSystem | undefined;
  /** The system was named by a sentence of its own, not a heading: it holds to the next section. */
  let systemHoldsPastParagraph = false;
  /** Symbols a line of the paragraph defined for the table that follows ("0 = none, 1 = mild"). */
  let legend: Legend | undefined;
  // A legend line, then a blank line, then the table: the legend holds for the header right after.
  let legendAcrossBlank: Legend | undefined;
  let lastForamen: ImpliedForamen | undefined;
  /** The one side the previous sentence's findings were on, for "it narrows the foramen". */
  let lastSide: 'left' | 'right' | undefined;
  /** Findings an addendum or correction withdraws from the level they were stated at. */
  const corrections: Correction<SectionedFinding>[] = [];
  /** The next sentence is the first after a level heading ("L2-L3: Normal."). */
  let afterHeading = false;
  /** The level heading stood alone on its line ("L3-L4:"), over a block of lines. */
  let blockHeading = false;
  /** Lines read so far, and the line of the level heading in force. */
  let lineNo = 0;
  let headingLine = -1;
  /** The sentence being read is the first of its line. */
  let firstOfLine = false;
  /** The current line opened with a level heading ("L4-5: … No other stenosis." is about L4-5). */
  let headingOnLine = false;
  /** The side that opened the line as its heading ("Left - L3-4 mild; L4-5 mod"). */
  let lineSide: 'left' | 'right' | undefined;
  /** The sentence being read opens with an earlier study ("On the prior MRI, …"). */
  let sentenceOpensEarlier = false;
  /** The findings the previous clause kept, which a "however, … is patent" may refute. */
  let previousClause: SectionedFinding[] = [];
  /**
   * The history section in force was written on its heading's line and that line ended a sentence
   * ("Indication: Fall. Back pain."): the next line that starts a sentence of its own begins the
   * findings, even with no blank line or FINDINGS heading between.
   */
  let historyOnItsLine = false;

  const noteLevels = (ref: LevelRef | undefined): void => {
    if (ref?.kind !== 'levels') return;
    if (ref.levels.includes('T12-L1')) coversT12 = true;
    levelsMentioned.push(...ref.levels);
  };

  /** The line of a history section that has cited a study's result (its later sentences are too). */
  let imagingCitedOnLine = -1;
  const citesImagingOnLine = (tokens: readonly Token[], from: number, to: number): boolean => {
    if (imagingCitedOnLine === lineNo) return true;
    if (!citesImaging(tokens, from, to)) return false;
    imagingCitedOnLine = lineNo;
    return true;
  };

  const processSentence = (tokens: readonly Token[], from: number, to: number): void => {
    if (from >= to) return;
    let start = from;
    const heading = readLevelHeading(tokens, start + levelLabelWidth(tokens, start), to);
    if (heading && firstOfLine && SECTIONS_ENDED_BY_ANATOMY.has(section)) {
      // "Hx: LBP." then "L3-4: mild NFN.": a line that opens with a level is this study's finding.
      section = 'other';
    }
    if (heading) {
      // "Hx: LBP, bilat leg sx." / "L2-3: sm DB …": a level heading opening a line ends the history.
      if (section === 'history' && firstOfLine) section = 'other';
      afterHeading = true;
      blockHeading = heading.next >= to;
      headingLine = lineNo;
      headingOnLine = true;
      header = heading.ref;
      last = heading.ref;
      noteLevels(heading.ref);
      if (heading.transitional) transitional.push(heading.transitional);
      start = heading.next;
      lastForamen = undefined;
      lastSide = undefined;
      previousClause = [];
    }
    if (start >= to) return;
    if (firstOfLine && isHeadingMark(tokens[start + 1])) {
      lineSide = SIDE_WORDS.get(tokens[start]?.lower ?? '') ?? lineSide;
    }
    // "L5-S1: On the prior MRI, the right foramen was severely narrowed.": every clause of the
    // sentence is the earlier study's.
    const opener = tokens[start]?.lower;
    sentenceOpensEarlier =
      (opener === 'on' || opener === 'in' || opener === 'at') &&
      opensWithEarlierStudyAt(text, tokens[start]?.start ?? 0);
    // The history of a COMPARISON section is read as the earlier study's findings.
    const cited =
      section === 'history' && !options.includeHistory && citesImagingOnLine(tokens, start, to);
    const excluded =
      EXCLUDED_SECTIONS.has(section) &&
      section !== 'comparison' &&
      !options.includeHistory &&
      !cited;
    if (excluded) return;
    // In a radiology report (it has a technique or comparison section) a study cited in the history
    // is an earlier one: what it showed is that study's, never this one's.
    if (cited && isRadiologyReport()) sentenceOpensEarlier = true;
    const pairs = slashPairs(tokens, start, to);
    if (pairs) {
      for (const [i, grade] of pairs.grades.entries()) {
        const side = pairs.sides[i] ?? 'left';
        processClause(tokens, grade.from, grade.to, (items) => {
          const at = items[0]?.start ?? 0;
          const sideItem: Item = { kind: 'side', side, plural: false, lit: '', start: at, end: at };
          // "normal", "patent": the grade is a predicate of its own ("right foramen normal").
          if (items.some((x) => x.kind === 'pred')) {
            const target = { ...pairs.subject.target, start: at, end: at } as Item;
            return [sideItem, target, ...items];
          }
          return withEllipticalSubject([sideItem, ...items], pairs.subject);
        });
      }
      return;
    }
    const respective = hasWord(tokens, start, to, 'respectively')
      ? respectivePairs(itemsOf(tokens, start, to), text)
      : undefined;
    if (respective) {
      // "The right and left foramina are mildly and moderately narrowed, respectively": each side
      // (or level) with its own grade, read as a clause of its own.
      for (let k = 0; k < respective; k++) {
        processClause(tokens, start, to, (items) => respectivePart(items, k));
      }
      return;
    }
    const none = noneSplit(tokens, start, to);
    if (none) {
      // "mild canal stenosis at L3-L4 and none at L5-S1", "moderate left foraminal stenosis and none
      // on the right": the negation is a statement of its own about the same structure.
      processClause(tokens, start, none.at, keep);
      const named = stenosisSubject(itemsOf(tokens, start, none.at));
      if (named) {
        processClause(tokens, none.at + 1, none.end, (items) => {
          // The implied structure takes the span of the negation word, so the finding quotes "none".
          const start = items[0]?.start ?? 0;
          const end = items[0]?.end ?? start;
          return [
            { ...named.target, start, end } as Item,
            { ...named.pred, start, end } as Item,
            ...items,
          ];
        });
      }
      if (none.end < to) processSentence(tokens, none.end, to);
      return;
    }
    const otherSide = otherSideGradeSplit(tokens, start, to);
    if (otherSide) {
      processClause(tokens, start, otherSide.at - 1, keep);
      processClause(tokens, otherSide.at, to, (items) =>
        withEllipticalSubject(items, otherSide.subject),
      );
      return;
    }
    const levelGrade = sidedLevelGradeSplit(tokens, start, to);
    if (levelGrade) {
      // "Mild foraminal stenosis from L3/4 to L5/S1, moderate on the right at L4/5": the last clause
      // grades one side at one level of the range; the range's grade keeps the other side there.
      const stated = findings.length;
      processClause(tokens, start, levelGrade.at - 1, keep);
      findings.splice(
        stated,
        findings.length - stated,
        ...withoutExcepted(findings.slice(stated), [levelGrade.place]),
      );
      processClause(tokens, levelGrade.at, to, (items) =>
        withEllipticalSubject(items, levelGrade.subject),
      );
      return;
    }
    const restException = restClearanceExceptionSplit(tokens, start, to);
    if (restException) {
      // "The other levels are satisfactory apart from mild canal stenosis at L4-5": the exception is a
      // finding of its own, and the clearance keeps to what the report leaves undescribed (so the L4-5
      // foramina are cleared, its canal is not).
      processClause(tokens, start, restException.at, (items) => {
        const rest = items.map((x): Item =>
          x.kind === 'level' && x.ref.kind === 'all' ? { ...x, ref: { kind: 'remaining' } } : x,
        );
        if (rest.some((x) => x.kind === 'level')) return rest;
        const end = rest[rest.length - 1]?.end ?? 0;
        const level: Item = {
          kind: 'level',
          ref: { kind: 'remaining' },
          emphasis: false,
          lit: '',
          start: end,
          end,
        };
        return [...rest, level];
      });
      // "no canal stenosis other than mild narrowing at L4-5": the exception's narrowing is of the
      // structure the clearance named.
      const cleared = itemsOf(tokens, start, restException.at).filter((x) => x.kind === 'target');
      const own = itemsOf(tokens, restException.part, to).some(
        (x) => x.kind === 'target' || x.kind === 'lesion',
      );
      if (own || cleared.length === 0) processSentence(tokens, restException.part, to);
      else {
        processClause(tokens, restException.part, to, (items) =>
          withTargetsBeforePred(items, cleared),
        );
      }
      return;
    }
    const exception = exceptionSplit(tokens, start, to);
    if (exception) {
      const { parts } = exception;
      // Only exceptions that each name their side ("apart from at L4/5 on the right") leave the
      // other side of their level cleared; "except at L3-4, where the right foramen …" excepts the level.
      const sided = parts.every(
        (from, n) => exceptionSideAt(itemsOf(tokens, from, parts[n + 1] ?? to)) >= 0,
      );
      // "L2-3 through L5-S1: no foraminal stenosis, apart from …": a clearance under a heading whose
      // levels hold every exception is about those levels only (it had cleared L1-L2 too). A single
      // level's heading scopes only its own sentence ("L5-S1: disc bulge. Foramina patent except on
      // the left at L5-S1 …" is report-wide).
      const headed =
        header?.kind === 'levels' && (heading !== undefined || header.levels.length > 1)
          ? header.levels
          : undefined;
      const within =
        exception.within ??
        (headed && !exception.allLevels && exception.excepted.every((l) => headed.includes(l))
          ? headed
          : undefined);
      const before = itemsOf(tokens, start, exception.at);
      const statesAllLevels =
        exception.allLevels &&
        !before.some(
          (x) =>
            (x.kind === 'pred' && x.pred === 'normal') ||
            (x.kind === 'context' && x.rule.category === 'negation'),
        );
      if (statesAllLevels) {
        // "Mild foraminal stenosis at all levels except L5-S1": a finding at every lumbar level but
        // the excepted ones (it had been stated at those too).
        const levels = LEVELS.filter((l) => l !== 'T12-L1' && !exception.excepted.includes(l));
        processClause(tokens, start, exception.at, (items) =>
          items.map((x): Item =>
            x.kind === 'level' && x.ref.kind === 'all'
              ? { ...x, ref: { kind: 'levels', levels } }
              : x,
          ),
        );
      } else if (exception.positive) {
        const stated = findings.length;
        processClause(tokens, start, exception.at, keep);
        const excepted = parts.flatMap((from, n) =>
          exceptedPlace(itemsOf(tokens, from, parts[n + 1] ?? to)),
        );
        findings.splice(
          stated,
          findings.length - stated,
          ...withoutExcepted(findings.slice(stated), excepted),
        );
      } else {
        processClause(tokens, start, exception.at, (items) =>
          asClearanceWithExceptions(items, sided, within),
        );
      }
      const targets = itemsOf(tokens, start, exception.at).filter((x) => x.kind === 'target');
      for (const [n, from] of parts.entries()) {
        const end = parts[n + 1] ?? to;
        // The "and at" that opens the next exception is not part of this one.
        let until = end;
        while (until > from && ['at', 'and', ','].includes(tokens[until - 1]?.lower ?? '')) until--;
        processClause(tokens, from, until, (items) =>
          withExceptionSide(
            withImpliedExceptionNarrowing(
              withImpliedExceptionFinding(
                withTargetsBeforePred(withRelativeClauseJoined(items), targets),
                targets,
              ),
            ),
          ),
        );
      }
      return;
    }
    const sideException = sideExceptionSplit(tokens, start, to);
    if (sideException) {
      // "L4-5: The foramina are patent except on the right, where there is mild narrowing": the
      // clearance is the other side's, the exception that side's narrowing (the side named as the
      // exception had been read as the side cleared).
      const { at, part, side } = sideException;
      const other: Item = { ...side, side: side.side === 'left' ? 'right' : 'left' } as Item;
      const foramen = itemsOf(tokens, start, at).find(
        (x) => x.kind === 'target' && x.target === 'foramen',
      );
      processClause(tokens, start, at, (items) => withForaminaOnSide(items, other));
      if (foramen && !sideException.everywhere) {
        processClause(tokens, part, to, (items) => withSideExceptionFinding(items, foramen));
      }
      return;
    }
    // The sentence's items are built once: a sentence with no side and no grade has no elliptical
    // clause (every cut needs one), so its clauses are not built, and it is read from these items.
    const whole = itemsOf(tokens, start, to);
    const runOn = runOnBreak(whole);
    const breakAt = runOn ? tokenAt(tokens, start, to, runOn) : -1;
    if (breakAt > start) {
      // "no significant canal stenosis mild bilateral foraminal narrowing", "the canal is patent there
      // is mild foraminal narrowing": a dictated run-on is two sentences with the stop left out (the
      // negation of the first had reached the second finding).
      processSentence(tokens, start, breakAt);
      processSentence(tokens, breakAt, to);
      return;
    }
    const clauses =
      hasClauseMark(tokens, start, to) &&
      whole.some((x) => x.kind === 'side' || x.kind === 'severity')
        ? ellipticalClauses(tokens, start, to, subject)
        : undefined;
    if (clauses) {
      for (const c of clauses) {
        const implied = c.subject;
        const grade = c.grade;
        const levels = c.levels;
        processClause(tokens, c.from, c.to, (items) => {
          // "mild on the right and moderate on the left at L3-L4": the level heads its grades.
          const own = items.filter((x) => x.kind === 'level');
          const ordered =
            c.perLevel === true && implied && own.length > 0 && items[0]?.kind !== 'level'
              ? [
                  ...own.map((x) => {
                    const at = items[0]?.start ?? x.start;
                    return { ...x, start: at, end: at };
                  }),
                  ...items.filter((x) => x.kind !== 'level'),
                ]
              : items;
          let full = implied ? withEllipticalSubject(ordered, implied) : ordered;
          if (levels && !full.some((x) => x.kind === 'level')) full = [...levels, ...full];
          if (c.side) full = withGradeBeforeForamen(full, c.side);
          return grade ? withGradeBeforeForamen(full, grade) : full;
        });
      }
      return;
    }
    processClause(tokens, start, to, keep, whole);
  };

  /**
   * "The severe L4/5 central stenosis seen on the 2020 CT …", "MRI L-spine 2018: mild …": a statement
   * about an earlier dated study only (_dated-studies.ts) is that study's, as "on the prior study" is.
   */
  const withDatedEarlierStudy = (items: Item[], latest: number): Item[] => {
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return items;
    const lineStart = lineStartBefore(text, first.start);
    const colonAt = text.slice(lineStart, last.end).indexOf(':');
    const colon = colonAt < 0 ? -1 : lineStart + colonAt;
    // The line's label ("MRI L-spine 2021:"), whether the clause starts after it or takes it in.
    const labelled = colon >= 0 && colon < last.end;
    const label = labelled ? text.slice(lineStart, colon) : undefined;
    const said = text.slice(labelled ? Math.max(first.start, colon + 1) : first.start, last.end);
    if (!speaksOfEarlierDatedStudy(said, label, latest)) return items;
    const mark: Item = {
      kind: 'time',
      time: 'earlier-study',
      lit: '',
      start: first.start,
      end: first.start,
    };
    return [mark, ...items];
  };

  /**
   * One sentence, or one clause of it; `prepare` puts in what the clause leaves out. `built`: the
   * clause's items when the caller has built them already.
   */
  const processClause = (
    tokens: readonly Token[],
    start: number,
    to: number,
    prepare: (items: Item[]) => Item[],
    built?: Item[],
  ): void => {
    let items: Item[] = built ?? itemsOf(tokens, start, to);
    if (items.length === 0) return;
    if (latestYear !== undefined) items = withDatedEarlierStudy(items, latestYear);
    items = withLeadingElse(items, text);
    const notation = withoutPriorNotation(items, text);
    if (notation) {
      // "Foraminal stenosis, current (prior):": the bracketed grades of the lines below are the prior's.
      items = notation;
      bracketsArePrior = true;
    }
    if (speaksOfBrackets && !bracketsDeclaredPrior && declaresBracketsPrior(tokens, start, to)) {
      bracketsDeclaredPrior = true;
      return;
    }
    const bracket =
      bracketsArePrior || bracketsDeclaredPrior
        ? priorBracket(items, bracketsDeclaredPrior)
        : undefined;
    if (bracket) items = bracket.items;
    items = withLeadingWidth(withTrailingGrade(withRootNamedForamen(prepare(items))));
    // "at L5-S1 or above L3-L4": a range is opened before the levels of a list are joined.
    items = withDistributedLevels(
      withReferredLevels(withOpenRanges(items, text), levelsMentioned, last),
      header,
    );
    items = withNamedRange(items);
    items = withRemainingForamina(items, text);
    // "Foraminal stenosis — L2-L3: mild left": a subject, then a level heading of its own.
    const split = subjectSplit(tokens, start, to);
    if (split !== undefined) {
      const head = subjectOf(itemsOf(tokens, start, split));
      if (head) {
        subject = head;
        processSentence(tokens, split + 1, to);
        return;
      }
    }
    const own = subjectOf(items);
    if (own && endsWithColon(tokens, to)) {
      subject = own;
      return;
    }
    // "Central canal stenosis: Mild at L3/4. Moderate at L4/5. Nil elsewhere.": the subject of the
    // first value is the subject of the sentences of values after it.
    const valued = subjectWithValues(items, text);
    if (valued) {
      subject = valued.subject;
      subjectEndsWithLine = valued.statesNarrowing;
    }
    items = resolveOpposite(items, lastForamen);
    items = withRetractedForamen(items, lastForamen) ?? items;
    items = withPronounSide(tokens, start, items, lastSide);
    const hasOwnTarget = items.some((x) => x.kind === 'target' || x.kind === 'lesion');
    if (lineSide && subject && !hasOwnTarget && !firstOfLine && !items.some(isSideItem)) {
      // "Left - L3-4 mild; L4-5 mod; L5-S1 sev": the side heading the line grades each level after it.
      const at = items[0]?.start ?? 0;
      items = [
        { kind: 'side', side: lineSide, plural: false, lit: '', start: at, end: at },
        ...items,
      ];
    }
    if (subject && !hasOwnTarget) {
      items = withSubject(withRestOfSubject(items, text, subject), subject);
    } else if (!hasOwnTarget && lastForamen && bareSideNegation(items) !== undefined) {
      // "The left foramen is severely narrowed; the right is not.": the foramen after the negation.
      const at = (bareSideNegation(items) ?? 0) + 1;
      const where = items[at - 1]?.end ?? 0;
      const implied: Item[] = [
        { ...lastForamen.target, start: where, end: where } as Item,
        { ...lastForamen.pred, start: where, end: where } as Item,
      ];
      // "Foraminal stenosis: right mild. Left none.": a negation that looks back ("none") now has its
      // foramen after it, so it looks forward.
      const negation = items[at - 1];
      const forward =
        negation?.kind === 'context' && negation.rule.direction === 'backward'
          ? ({ ...negation, rule: { ...negation.rule, direction: 'forward' } } as Item)
          : negation;
      items = [
        ...items.slice(0, at - 1),
        ...(forward ? [forward] : []),
        ...implied,
        ...items.slice(at),
      ];
    } else if (!hasOwnTarget && isSideStatement(items)) {
      // "… moderate left foraminal narrowing. The right side is preserved.": the foramen is implied,
      // by the sentence before or, failing that, by the next one ("mild narrowing on the right; left
      // foramen patent").
      const implied = lastForamen ?? foramenAhead(tokens, to);
      if (implied) items = withSubject(items, implied);
    } else if (lastForamen) {
      // "The left side is preserved and the canal is roomy.": the side statement before "and" is about
      // the foramen of the sentence before, though a structure of its own follows the "and".
      const cut = sideStatementBeforeAnd(items);
      if (cut > 0) items = [...withSubject(items.slice(0, cut), lastForamen), ...items.slice(cut)];
    }
    items = withRootSideOnForamen(
      withNarrowedPlace(withElidedForamen(withIncludedLevel(items, text))),
    );
    items = withOtherDiscsAsLevels(items, text);
    if (!headingOnLine) items = withOtherLevels(items, text, last !== undefined);
    items = withElsewhereClause(items);
    if (firstOfLine && endsInlineHeading(items, header, blockHeading || headingLine === lineNo)) {
      // "T12/L1, L1/2: Normal." / "The L2/3 level is the principal abnormality. … The foramen is
      // severely narrowed.": a new line about another level ends a heading that had its own content.
      header = undefined;
    }
    firstOfLine = false;
    items = withoutTopicColon(items, text);
    items = withLeadingSide(items);
    items = withNounBeforeNegatedSide(items);
    items = withLeadingNil(items);
    items = withNegativeLevel(items, text);
    if (isNormalLevelStatement(items, text, afterHeading)) items = withCanalAndForamina(items);
    afterHeading = false;
    // A method note naming its grading system ("Foraminal stenosis is graded according to Lee") is read.
    const namesGrading = items.some((x) => x.kind === 'grading');
    const read = readQualifiers(items, text, declaredSystem, sentenceOpensEarlier);
    if (read.qualifiers.grades.length === 0) {
      const named = items.find((x) => x.kind === 'grading');
      if (named?.kind === 'grading') {
        declaredSystem = named.system;
        // A heading ("Foramina graded after Lee:") governs its block; a method sentence ("Foraminal
        // stenosis is graded according to Lee et al.") governs the section.
        systemHoldsPastParagraph = !endsWithColon(tokens, to);
      }
    }
    items = withForamenPerSide(read.items);
    const flags = contextFlags(items);
    const raw = assembleSentence(items, flags, { header, last }, read.qualifiers.bound);
    const stated = qualifyFindings(raw, read.qualifiers, section === 'comparison');
    const qualified = withoutSparedRootNegation(
      bracket ? [...stated, ...priorCopies(stated, bracket.grade)] : stated,
      items,
      lastForamen,
    );
    // "Additional multilevel foraminal narrowing as detailed above, up to moderate on the left at
    // L5-S1": a summary of what was described adds nothing at levels it does not name.
    // Read only when a finding is placed by no named level (most clauses name theirs).
    const unnamed = qualified.some(
      (f) => f.levelRef !== undefined && (f.levelRef.kind !== 'levels' || f.levelRef.openAbove),
    );
    const summary =
      unnamed && items.length > 0 && SUMMARY_OF_ABOVE.test(lineAround(text, items[0]?.start ?? 0));
    // "… redundancy of the cauda equina above L4-L5, which can be seen with high-grade stenosis": a
    // remark on what a sign can go with states no finding.
    const clauseStart = items[0]?.start ?? 0;
    const remark =
      qualified.length > 0
        ? GENERIC_REMARK.exec(text.slice(clauseStart, items[items.length - 1]?.end ?? clauseStart))
        : null;
    // Only what the remark names goes: "mild canal stenosis, which may be seen with age" keeps its
    // stenosis.
    const remarkFrom = remark ? clauseStart + remark.index : Infinity;
    const sectioned = qualified
      .filter(
        (f) =>
          f.start < remarkFrom &&
          (!summary ||
            f.levelRef === undefined ||
            (f.levelRef.kind === 'levels' && f.levelRef.openAbove !== true)),
      )
      .map((f) => withFields(f, { section }));
    const withdrawn =
      sectioned.length > 0 ? correctionsIn(tokens, start, to, items, sectioned) : [];
    corrections.push(...withdrawn);
    const refuted = refutedBy(items, sectioned, [...previousClause, ...sectioned]);
    if (refuted.size > 0) {
      for (let k = findings.length - 1; k >= 0; k--) {
        const f = findings[k];
        if (f && refuted.has(f)) findings.splice(k, 1);
      }
    }
    previousClause = [];
    for (const f of sectioned) {
      noteLevels(f.levelRef);
      if (withdrawn.some((c) => c.finding === f) || refuted.has(f)) continue;
      findings.push(f);
      previousClause.push(f);
    }
    lastForamen = foramenOf(items, qualified) ?? lastForamen;
    if (qualified.length > 0) lastSide = sideOf(qualified);
    if (
      qualified.length === 0 &&
      items.some(isSpinal) &&
      !statesNormalLevel(items) &&
      !namesGrading
    ) {
      unread.push({ start: tokens[start]?.start ?? 0, end: tokens[to - 1]?.end ?? 0 });
    }
    for (const item of items) {
      if (item.kind === 'level') {
        // "at all levels" and "elsewhere" speak for their own sentence only.
        last =
          item.ref.kind === 'all' ||
          item.ref.kind === 'other' ||
          item.ref.kind === 'remaining' ||
          item.ref.kind === 'upper'
            ? undefined
            : item.ref;
        noteLevels(item.ref);
      } else if (item.kind === 'transitional') {
        transitional.push({ start: item.start, end: item.end });
      }
    }
  };

  /**
   * The items of tokens `from` to `to`, with the sides a stated scoliosis names ("on the concave side")
   * read as sides, so every pass that looks for sides (clause cuts too) sees them.
   */
  const itemsOf = (tokens: readonly Token[], from: number, to: number): Item[] => {
    const items = buildItems(text, tokens, from, to, options.trie, options.normalise);
    return convex ? withCurveSides(items, text, convex) : items;
  };

  /** A line opened by one to three plain words and a colon that name no structure, finding or level. */
  const opensWithTopicLabel = (tokens: readonly Token[], from: number): boolean => {
    let k = from;
    while (k < tokens.length && k - from < 3 && tokens[k]?.kind === WORD) k++;
    if (k === from || tokens[k]?.kind !== PUNCT || tokens[k]?.lower !== ':') return false;
    if (readLevels(tokens, from, k)) return false;
    return !itemsOf(tokens, from, k).some(
      (x) =>
        x.kind === 'target' ||
        x.kind === 'lesion' ||
        x.kind === 'pred' ||
        x.kind === 'level' ||
        x.kind === 'side' ||
        x.kind === 'severity',
    );
  };

  /** A line that opens with a label naming only anatomy ("Alignment/vertebrae:", "Conus:"). */
  const opensWithAnatomyLabel = (tokens: readonly Token[], from: number): boolean => {
    let k = from;
    let words = 0;
    for (; k < tokens.length && k - from < 6; k++) {
      const t = tokens[k];
      if (t?.kind === WORD) {
        if (!ANATOMY_LABEL_WORDS.has(t.lower)) return false;
        words++;
      } else if (!(t?.kind === PUNCT && (t.lower === '/' || t.lower === '&'))) break;
    }
    return words > 0 && tokens[k]?.kind === PUNCT && tokens[k]?.lower === ':';
  };

  /**
   * Clauses of a sentence that leave the finding out ("Foraminal narrowing: moderate left, mild right",
   * "NF narrowing, sev rt, mod lt", "moderate (right), none (left)") or state the other side on its own
   * ("moderate left, right-sided foramen normal"). Each such clause is read alone, an elliptical one with
   * the subject it leaves out; undefined when the sentence has none of them.
   */
  const ellipticalClauses = (
    tokens: readonly Token[],
    from: number,
    to: number,
    outer: FindingSubject | undefined,
  ): Clause[] | undefined => {
    const bounds = [from - 1];
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t?.kind === PUNCT && (t.lower === ',' || t.lower === ':')) bounds.push(k);
    }
    if (bounds.length === 1) return undefined;
    bounds.push(to);
    const segments: { from: number; to: number; items: Item[] }[] = [];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const s = (bounds[i] ?? from) + 1;
      const e = bounds[i + 1] ?? to;
      const items = itemsOf(tokens, s, e);
      const prev = segments[segments.length - 1];
      // "Bilateral foraminal stenosis, R>L: moderate on the right, …": a lean alone belongs to the
      // clause before it.
      if (prev && isLeanOnly(items)) {
        prev.to = e;
        prev.items = [...prev.items, ...items];
        continue;
      }
      // "…, severely on the left with compression of the exiting left L5 root, and mildly on the
      // right": grades and a side, then a statement of their own after "with".
      const w = items.findIndex((x) => x.kind === 'with');
      const at = w > 0 && isElliptical(items.slice(0, w)) ? tokenAt(tokens, s, e, items[w]) : -1;
      if (at > s) {
        segments.push({ from: s, to: at, items: items.slice(0, w) });
        segments.push({ from: at, to: e, items: items.slice(w) });
        continue;
      }
      // "mild bilaterally at L4-L5 and severe on the left at L5-S1 where the right is patent": grades
      // at one level, "and" grades at the next, then a side stated normal there.
      const cuts = levelEllipticalCuts(items);
      if (cuts.length > 0) {
        let a = s;
        let ia = 0;
        for (const c of [...cuts, items.length]) {
          const b = c < items.length ? tokenAt(tokens, s, e, items[c]) : e;
          segments.push({ from: a, to: b, items: items.slice(ia, c) });
          a = b;
          ia = c;
        }
      } else segments.push({ from: s, to: e, items });
    }
    // "…, L5-S1 mild bilateral, the rest normal": a last clause clearing the rest of the finding.
    const restLast = restClearanceWord(segments[segments.length - 1]?.items ?? [], text) >= 0;
    const graded = restLast ? segments.slice(0, -1) : segments;
    if (outer && segments.length >= 2 && graded.every((seg) => isLevelGrade(seg.items))) {
      // "Spinal canal: L3-4 moderate, L4-5 severe", "Foramina: L3-4 mild left, L4-5 moderate
      // right": the finding named once, then one level and its grade per comma clause.
      return segments.map((seg) =>
        graded.includes(seg)
          ? { from: seg.from, to: seg.to, subject: outer, perLevel: true }
          : { from: seg.from, to: seg.to, subject: undefined },
      );
    }
    const out: Clause[] = [];
    let current = outer;
    let cut = false;
    /** The sentence names its finding once, then grades it level by level. */
    let perLevel = false;
    for (const [i, seg] of segments.entries()) {
      const own = subjectOf(seg.items);
      const laterElliptical = segments.slice(i + 1).some((x) => isElliptical(x.items));
      if (own && laterElliptical) {
        current = own;
        cut = true;
        // "Foramina right moderate narrowing, left mild": the clause that names the finding may
        // grade its own side too, and is then read as a statement of its own.
        const graded =
          seg.items.some((x) => x.kind === 'side' && x.side !== 'bilateral') &&
          seg.items.some((x) => x.kind === 'severity');
        out.push({ from: seg.from, to: graded ? seg.to : seg.from, subject: undefined });
      } else if (
        !current &&
        isElliptical(seg.items) &&
        (gradesOpenFinding(segments[i - 1]) ||
          (gradedBilateral(segments[i - 1]) && bothSidesGraded(segments.slice(i))))
      ) {
        // "Foraminal narrowing is present bilaterally, moderate on the right and severe on the left":
        // the clause before names the finding; the grades and sides after it say where and how much.
        const prev = segments[i - 1];
        const last = out[out.length - 1];
        current = prev ? foramenSubject(prev.items) : undefined;
        if (last && prev && last.from === prev.from && last.to === prev.to) out.pop();
        cut = true;
        out.push({ from: seg.from, to: seg.to, subject: current });
      } else if (current && isElliptical(seg.items)) {
        cut = true;
        out.push({ from: seg.from, to: seg.to, subject: current });
      } else if (
        !current &&
        isElliptical(seg.items) &&
        gradedOneSide(segments[i - 1]) !== undefined &&
        gradedOneSide(segments[i - 1]) !== ellipticalSide(seg.items)
      ) {
        // "Left foraminal stenosis severe, right mild": the first clause is a statement of its own,
        // the grade of the other side after it leaves out the same finding.
        current = foramenSubject(segments[i - 1]?.items ?? []);
        cut = true;
        out.push({ from: seg.from, to: seg.to, subject: current });
      } else if (
        (perLevel ||
          (!current &&
            i > 0 &&
            // "Foraminal stenosis: L3/4 mild bilaterally" is a subject heading, read as such.
            tokens[seg.from - 1]?.lower === ',' &&
            gradesOpenFinding(segments[i - 1], true))) &&
        isLevelElliptical(seg.items)
      ) {
        perLevel = true;
        // "The foramina are narrowed at each of these levels, mild on the right and moderate on the
        // left at L3-L4, mild bilaterally at L4-L5": a finding named once, then grades per level.
        const prev = segments[i - 1];
        if (!current && prev) {
          current = foramenSubject(prev.items);
          const last = out[out.length - 1];
          if (last && last.from === prev.from && last.to === prev.to) out.pop();
        }
        cut = true;
        out.push({ from: seg.from, to: seg.to, subject: current, perLevel: true });
      } else if (
        current &&
        perLevel &&
        i > 0 &&
        isLevelElliptical(segments[i - 1]?.items ?? []) &&
        isSidedStatement(seg.items)
      ) {
        // "… severe on the left at L5-S1 where the right is patent": the other side at that level.
        const level = segments[i - 1]?.items.find((x) => x.kind === 'level');
        cut = true;
        out.push({
          from: seg.from,
          to: seg.to,
          subject: current,
          ...(level ? { levels: [level] } : {}),
        });
      } else if (
        !current &&
        i > 0 &&
        tokens[seg.from - 1]?.lower === ',' &&
        isElliptical(seg.items) &&
        gradesOpenFinding(segments[i - 1], true) &&
        segments[i - 1]?.items.some((x) => x.kind === 'level' && x.ref.kind === 'levels')
      ) {
        // "The foramina are narrowed at L3-L4, mild on the right and moderate on the left".
        const prev = segments[i - 1];
        current = prev ? foramenSubject(prev.items) : undefined;
        const last = out[out.length - 1];
        if (last && prev && last.from === prev.from && last.to === prev.to) out.pop();
        const levels = prev?.items.filter((x) => x.kind === 'level');
        cut = true;
        out.push({ from: seg.from, to: seg.to, subject: current, ...(levels ? { levels } : {}) });
      } else if (
        i > 0 &&
        (isSidedStatement(seg.items) ||
          (isSideNormal(seg.items) && statesForamen(segments[i - 1]?.items ?? [])))
      ) {
        cut = true;
        out.push({ from: seg.from, to: seg.to, subject: undefined, sided: true });
      } else {
        const prev = out[out.length - 1];
        const grade = loneGrade(seg.items);
        const before = segments[i - 1];
        const affected = affectedSide(seg.items);
        if (grade && prev && !prev.grade && prev.to === before?.to && ungradedForamen(before)) {
          // "Left foraminal encroachment, moderate, by a disc protrusion": the grade is the finding's.
          prev.grade = grade;
          prev.gradeEnd = seg.to;
          cut = true;
        } else if (affected && prev?.grade && !prev.side && prev.gradeEnd === before?.to) {
          // "There is foraminal narrowing, of moderate degree, affecting the left": the side is the
          // graded finding's (it was read as a side statement of its own, and lost the grade).
          prev.side = affected;
          cut = true;
        } else if (
          prev &&
          prev.subject === undefined &&
          prev.to > prev.from &&
          !prev.grade &&
          // "…, left is patent, canal adequate": the canal is a statement of its own, not the side's.
          !(prev.sided && seg.items.some((x) => x.kind === 'target'))
        ) {
          prev.to = seg.to;
        } else out.push({ from: seg.from, to: seg.to, subject: undefined });
      }
    }
    return cut ? out.filter((c) => c.to > c.from) : undefined;
  };

  /**
   * "… and none at L5-S1", "…, nil on the right": where a negation word opens a statement of its own
   * with its own level or side, after a graded statement. Returns the token of the joining word.
   */
  const noneSplit = (
    tokens: readonly Token[],
    from: number,
    to: number,
  ): { at: number; end: number } | undefined => {
    for (let k = from + 2; k + 2 < to; k++) {
      const t = tokens[k];
      const join = tokens[k - 1];
      if (!(t?.lower === 'none' || t?.lower === 'nil')) continue;
      if (!(join?.lower === 'and' || join?.lower === ',')) continue;
      let l = k + 1;
      if (tokens[l]?.lower === 'at' || tokens[l]?.lower === 'on') l++;
      if (tokens[l]?.lower === 'the') l++;
      const level = readLevels(tokens, l, to);
      const side = SIDE_WORDS.has(tokens[l]?.lower ?? '');
      if (level?.kind !== 'levels' && !side) continue;
      const before = itemsOf(tokens, from, k - 1);
      if (!before.some((x) => x.kind === 'severity') || !stenosisSubject(before)) continue;
      // Dictated without a stop: "… and none at L5-S1 the foramina are narrowed …".
      const stop = level?.kind === 'levels' ? level.end : l + 1;
      const next = tokens[stop];
      const runOn = next?.kind === WORD && RUN_ON_SUBJECTS.has(next.lower);
      return { at: k - 1, end: runOn ? stop : to };
    }
    return undefined;
  };

  /**
   * "Moderate foraminal narrowing on the right and mild on the left": a foramen graded on one side, then
   * a grade and the other side alone at the end of the sentence. Returns the token of that grade and
   * the foramen it leaves out, or undefined; the other side was lost.
   */
  const otherSideGradeSplit = (
    tokens: readonly Token[],
    from: number,
    to: number,
  ): { at: number; subject: FindingSubject } | undefined => {
    // Only a sentence that ends with a side word is looked at further (its items cost a build).
    let last = to - 1;
    while (last > from && tokens[last]?.kind === PUNCT) last--;
    if (!SIDE_WORDS.has(tokens[last]?.lower ?? '')) return undefined;
    for (let k = Math.max(from + 2, to - OTHER_SIDE_TAIL_TOKENS); k < to; k++) {
      const join = tokens[k - 1]?.lower;
      if (join !== 'and' && join !== ',') continue;
      if (!SEVERITY_FIRST_WORDS.has(tokens[k]?.lower ?? '')) continue;
      const tail = itemsOf(tokens, k, to);
      const meaningful = tail.filter((x) => x.kind !== 'glue' && x.kind !== 'other');
      const [grade, side] = meaningful;
      if (meaningful.length !== 2 || grade?.kind !== 'severity' || side?.kind !== 'side') continue;
      if (side.side !== 'left' && side.side !== 'right') continue;
      const before = itemsOf(tokens, from, k - 1).filter((x) => x.kind !== 'conj');
      let m = before.length - 1;
      while (m >= 0 && before[m]?.kind === 'other') m--;
      const stated = before[m];
      if (stated?.kind !== 'side' || stated.side === side.side || stated.side === 'bilateral') {
        continue;
      }
      m--;
      while (m >= 0 && before[m]?.kind === 'glue') m--;
      const pred = before[m];
      const target = before[m - 1];
      if (target?.kind !== 'target' || target.target !== 'foramen') continue;
      if (pred?.kind !== 'pred' || pred.pred !== 'narrow') continue;
      return { at: k, subject: { target, pred } };
    }
    return undefined;
  };

  /**
   * "Patent at all levels except L5-S1, where there is moderate bilateral narrowing": the exception is a
   * sentence of its own at its levels, about the structures the report-wide statement named.
   */
  const exceptionSplit = (
    tokens: readonly Token[],
    from: number,
    to: number,
  ):
    | {
        at: number;
        levels: number;
        parts: readonly number[];
        excepted: readonly Level[];
        /** The levels the clearance names, or undefined; `allLevels` when it says "at all levels". */
        within: readonly Level[] | undefined;
        allLevels: boolean;
        /** A finding stated at named levels with an exception among them, not a clearance. */
        positive: boolean;
      }
    | undefined => {
    for (let k = from + 1; k < to; k++) {
      const width = exceptionAt(tokens, k, to);
      if (width === 0) continue;
      let l = k + width;
      if (tokens[l]?.lower === 'at' || tokens[l]?.lower === 'for') l++;
      const levels = readLevels(tokens, l, to) ?? sideFirstLevels(tokens, l, to);
      if (levels?.kind !== 'levels') return undefined;
      // "L3-L4 and below: no foraminal stenosis except at L4-L5 …": the range the clearance opens.
      const before = withOpenRanges(itemsOf(tokens, from, k), text);
      const allLevels = before.some((x) => x.kind === 'level' && x.ref.kind === 'all');
      const stated =
        before.some((x) => x.kind === 'target') &&
        before.some(
          (x) =>
            (x.kind === 'pred' && x.pred === 'normal') ||
            (x.kind === 'context' && x.rule.category === 'negation'),
        );
      const groups = before.flatMap((x) => (x.kind === 'level' ? [x.ref] : []));
      // "The foramina are patent apart from at L4/5": a structure stated normal with no level of its
      // own is a report-wide statement too; "From L2-L3 to L4-L5 the foramina are patent, except
      // for …", one over the range it names.
      const range =
        groups.length === 1 && groups[0]?.kind === 'levels' ? groups[0].levels : undefined;
      const clearance =
        stated && (groups.length === 0 || (range !== undefined && range.length > 1));
      // "Mild bilateral foraminal narrowing from L3-L4 to L5-S1, except at L4-L5 where …": a finding
      // stated at named levels, with an exception among them.
      const positive =
        !allLevels &&
        !clearance &&
        before.some((x) => x.kind === 'level' && x.ref.kind === 'levels') &&
        before.some((x) => x.kind === 'target') &&
        !before.some((x) => x.kind === 'context' && x.rule.category === 'negation');
      if (!allLevels && !clearance && !positive) return undefined;
      // "…, and at L5/S1 on the right, where …": each further level opens an exception of its own.
      const parts: number[] = [l];
      const excepted: Level[] = levels.ref.kind === 'levels' ? [...levels.ref.levels] : [];
      for (let j = levels.end; j + 1 < to; j++) {
        const t = tokens[j];
        if (!(t?.lower === ',' || t?.lower === 'and')) continue;
        let m = j + 1;
        if (tokens[m]?.lower === 'and') m++;
        // "…, and on the right at L5/S1": a later exception may name its side first, as the first may.
        const sideFirst = tokens[m]?.lower === 'at' ? undefined : sideFirstLevels(tokens, m, to);
        if (tokens[m]?.lower !== 'at' && !sideFirst) continue;
        const next = sideFirst ?? readLevels(tokens, m + 1, to);
        if (next?.kind !== 'levels' || next.ref.kind !== 'levels') continue;
        parts.push(sideFirst ? m : m + 1);
        excepted.push(...next.ref.levels);
        j = next.end;
      }
      // An exception outside the range it was stated over is not one of this clearance.
      if (!allLevels && range && !excepted.every((x) => range.includes(x))) return undefined;
      return {
        at: k,
        levels: l,
        parts,
        excepted,
        within: allLevels ? undefined : range,
        allLevels,
        positive,
      };
    }
    return undefined;
  };

  /**
   * "Mild foraminal stenosis from L3/4 to L5/S1, moderate on the right at L4/5": a foraminal narrowing
   * stated over several levels, then after a comma a grade, one side and one of those levels, closing
   * the sentence. Returns where that clause starts, the place it grades and the narrowing's subject.
   */
  const sidedLevelGradeSplit = (
    tokens: readonly Token[],
    from: number,
    to: number,
  ): { at: number; place: ExceptedPlace; subject: FindingSubject } | undefined => {
    // Only a sentence whose last comma has a side word after it is read further (items cost a build).
    let k = to - 1;
    while (k > from && tokens[k]?.lower !== ',') k--;
    let sided = false;
    for (let j = k + 1; j < to && !sided; j++) sided = SIDE_WORDS.has(tokens[j]?.lower ?? '');
    if (k <= from || !sided) return undefined;
    const items = itemsOf(tokens, from, to);
    const comma = items.findLastIndex(isComma);
    if (comma < 2 || items[comma + 1]?.kind !== 'severity') return undefined;
    const tail = items.slice(comma + 1);
    const sides = tail.filter((x) => x.kind === 'side');
    const levels = tail.filter((x) => x.kind === 'level');
    const [side] = sides;
    const [level] = levels;
    if (
      sides.length !== 1 ||
      side?.kind !== 'side' ||
      (side.side !== 'left' && side.side !== 'right')
    ) {
      return undefined;
    }
    if (levels.length !== 1 || level?.kind !== 'level' || level.ref.kind !== 'levels') {
      return undefined;
    }
    const named = level.ref.levels;
    if (named.length !== 1 || !tail.every((x) => TRAILING_GRADE_KINDS.has(x.kind))) {
      return undefined;
    }
    const head = items.slice(0, comma);
    const range = head.find((x) => x.kind === 'level' && x.ref.kind === 'levels');
    const target = head.find((x) => x.kind === 'target' && x.target === 'foramen');
    const pred = head.find((x) => x.kind === 'pred' && x.pred === 'narrow');
    if (range?.kind !== 'level' || range.ref.kind !== 'levels' || !target || !pred) {
      return undefined;
    }
    const only = named[0];
    if (only === undefined || range.ref.levels.length < 2 || !range.ref.levels.includes(only)) {
      return undefined;
    }
    const at = tokenAt(tokens, from, to, tail[0]);
    if (at <= from) return undefined;
    return { at, place: { level: only, side: side.side }, subject: { target, pred } };
  };

  /**
   * "The other levels are satisfactory apart from mild canal stenosis at L4-5", "all levels are normal
   * except for a disc bulge at L3-L4": a clearance of whole levels (no structure named) whose exception
   * is a finding at a named level. Returns the exception word's token and where its finding starts.
   */
  const restClearanceExceptionSplit = (
    tokens: readonly Token[],
    from: number,
    to: number,
  ): { at: number; part: number } | undefined => {
    for (let k = from + 1; k < to; k++) {
      const width = exceptionAt(tokens, k, to);
      if (width === 0) continue;
      const before = itemsOf(tokens, from, k);
      const wholeLevels = before.some(
        (x) => x.kind === 'level' && (x.ref.kind === 'remaining' || x.ref.kind === 'all'),
      );
      const clears = before.some((x) => x.kind === 'pred' && x.pred === 'normal');
      const names = before.some((x) => x.kind === 'target' || x.kind === 'lesion');
      // "there is no stenosis other than minimal narrowing at L4-5": a negation of a narrowing named
      // at no level is a clearance of the levels too.
      const deniesNarrowing =
        !before.some((x) => x.kind === 'level' || x.kind === 'lesion') &&
        before.some((x) => x.kind === 'context' && x.rule.category === 'negation') &&
        before.some((x) => x.kind === 'pred' && x.pred === 'narrow');
      if (!deniesNarrowing && (!wholeLevels || !clears || names)) return undefined;
      const part = itemsOf(tokens, k + width, to);
      // A narrowing of no named structure on either side is left to the reading as one sentence.
      const structure = [...before, ...part].some(
        (x) => x.kind === 'target' || x.kind === 'lesion',
      );
      if (deniesNarrowing && !structure) return undefined;
      const finding = part.findIndex(
        (x) =>
          x.kind === 'target' ||
          x.kind === 'lesion' ||
          (deniesNarrowing && x.kind === 'pred' && x.pred === 'narrow'),
      );
      const level = part.findIndex((x) => x.kind === 'level' && x.ref.kind === 'levels');
      // A level first ("except at L4-L5, where …") is an exception of places, read as one.
      if (finding < 0 || level < 0 || level < finding) return undefined;
      return { at: k, part: k + width };
    }
    return undefined;
  };

  /**
   * "except on the left at L5-S1", "apart from the right at L4/5", "except for severe left L5-S1
   * narrowing": the levels of an exception that names its side (and perhaps its grade) first.
   */
  const sideFirstLevels = (
    tokens: readonly Token[],
    from: number,
    to: number,
  ): ReturnType<typeof readLevels> => {
    // The window's end leaves room for a level written in up to five tokens ("L5 / S 1").
    const lead = itemsOf(tokens, from, Math.min(to, from + EXCEPTION_LEAD_WINDOW + 5));
    const at = lead.findIndex((x) => x.kind === 'level');
    const opening = lead.slice(0, at);
    if (at <= 0 || at > EXCEPTION_LEAD_WINDOW) return undefined;
    if (!opening.every((x) => EXCEPTION_LEAD_KINDS.has(x.kind))) return undefined;
    if (!opening.some((x) => x.kind === 'side')) return undefined;
    const k = tokenAt(tokens, from, to, lead[at]);
    return k < 0 ? undefined : readLevels(tokens, k, to);
  };

  /**
   * "The foramina are patent except on the right, where …", "apart from the left, which is mildly
   * narrowed", "except on the left (moderate)": a clearance of the foramina at one level whose exception
   * names only a side. Returns the exception word's token, where its part starts, and the side.
   */
  const sideExceptionSplit = (
    tokens: readonly Token[],
    from: number,
    to: number,
  ):
    | { at: number; part: number; side: Extract<Item, { kind: 'side' }>; everywhere: boolean }
    | undefined => {
    for (let k = from + 1; k < to; k++) {
      const width = exceptionAt(tokens, k, to);
      if (width === 0) continue;
      const part = itemsOf(tokens, k + width, to);
      const sides = part.filter((x) => x.kind === 'side');
      const [side] = sides;
      if (sides.length !== 1 || side?.kind !== 'side' || side.side === 'bilateral') {
        return undefined;
      }
      // "…, where the foramen is moderately narrowed" may name the foramen again, without a side.
      const named = part.filter((x) => x.kind === 'target' || x.kind === 'lesion');
      const [again] = named;
      const renamed =
        named.length === 0 ||
        (named.length === 1 && again?.kind === 'target' && again.target === 'foramen');
      if (part.some((x) => x.kind === 'level') || !renamed) return undefined;
      const before = itemsOf(tokens, from, k);
      const clears =
        before.some((x) => x.kind === 'target' && x.target === 'foramen') &&
        before.some(
          (x) =>
            (x.kind === 'pred' && x.pred === 'normal') ||
            (x.kind === 'context' && x.rule.category === 'negation'),
        );
      if (!clears || before.some((x) => x.kind === 'side' && x.side !== 'bilateral')) {
        return undefined;
      }
      // One level, or every level: "patent throughout except on the right" clears the left at every
      // level and does not say where the right is narrowed.
      const levels = before.flatMap((x) => (x.kind === 'level' ? [x.ref] : []));
      const context = levels.length > 0 ? levels : [header ?? last];
      const [ref] = context;
      const everywhere = ref?.kind === 'all';
      if (
        context.length !== 1 ||
        !(everywhere || (ref?.kind === 'levels' && ref.levels.length === 1))
      ) {
        return undefined;
      }
      return { at: k, part: k + width, side, everywhere };
    }
    return undefined;
  };

  /**
   * "Lt/Rt NF narrowing: none/mild", "R/L foramina: moderate/severe": two sides before the colon, their
   * two grades after it, in the same order.
   */
  const slashPairs = (
    tokens: readonly Token[],
    from: number,
    to: number,
  ): SlashPairs | undefined => {
    let colon = -1;
    for (let k = from; k < to; k++) {
      if (tokens[k]?.kind === PUNCT && tokens[k]?.lower === ':') {
        colon = k;
        break;
      }
    }
    if (colon < 0) return undefined;
    let sides: ['left' | 'right', 'left' | 'right'] | undefined;
    let after = from;
    for (let k = from + 1; k + 1 < colon; k++) {
      const a = SIDE_WORDS.get(tokens[k - 1]?.lower ?? '');
      const b = SIDE_WORDS.get(tokens[k + 1]?.lower ?? '');
      if (tokens[k]?.lower === '/' && a && b && a !== b) {
        sides = [a, b];
        after = k + 2;
        break;
      }
    }
    if (!sides) return undefined;
    const head = itemsOf(tokens, after, colon);
    const target = head.find((x) => x.kind === 'target' && x.target === 'foramen');
    if (!target) return undefined;
    const pred: Item = head.find((x) => x.kind === 'pred') ?? {
      kind: 'pred',
      pred: 'narrow',
      lit: '',
      start: target.end,
      end: target.end,
    };
    let slash = -1;
    for (let k = colon + 1; k < to; k++) {
      const t = tokens[k];
      if (t?.kind === PUNCT && t.lower === '/' && slash < 0) slash = k;
      else if (t?.kind !== WORD) return undefined;
    }
    if (slash <= colon + 1 || slash + 1 >= to) return undefined;
    return {
      subject: { target, pred },
      sides,
      grades: [
        { from: colon + 1, to: slash },
        { from: slash + 1, to },
      ],
    };
  };

  /** The foramen named by the rest of the line, before any other level: "…; left foramen patent". */
  const foramenAhead = (tokens: readonly Token[], to: number): ImpliedForamen | undefined => {
    const end = Math.min(tokens.length, to + 1 + FORAMEN_AHEAD_TOKENS);
    for (const x of itemsOf(tokens, to + 1, end)) {
      if (x.kind === 'level') return undefined;
      if (x.kind === 'target' && x.target === 'foramen') {
        const pred: Item = { kind: 'pred', pred: 'narrow', lit: '', start: x.end, end: x.end };
        return { target: x, pred, side: undefined };
      }
    }
    return undefined;
  };

  const processLine = (from: number, to: number): void => {
    lineNo++;
    if (subjectEndsWithLine) {
      subject = undefined;
      subjectEndsWithLine = false;
    }
    firstOfLine = true;
    lineSide = undefined;
    headingOnLine = false;
    if (table) {
      const row = readTableRow(text, from, to, table);
      if (row) {
        for (const f of row) {
          noteLevels(f.levelRef);
          findings.push(withFields(f, { section, maxSeverity: undefined }));
        }
        return;
      }
    }
    table = readTableHeader(text, from, to, legend ?? legendAcrossBlank);
    legendAcrossBlank = undefined;
    if (table) return;
    legend = readLegend(text, from, to) ?? legend;
    const tokens = withTickedOptionsOnly(scanLine(text, from, to));
    let i = 0;
    while (i < tokens.length && BULLETS.has(tokens[i]?.lower ?? '') && tokens[i]?.kind === PUNCT) {
      i++;
    }
    // List numbers: "1.", "2)". Each numbered item stands alone, so the carried level ends.
    if (
      tokens[i]?.kind === NUM &&
      (tokens[i + 1]?.lower === '.' || tokens[i + 1]?.lower === ')') &&
      tokens[i + 2]?.kind !== NUM
    ) {
      i += 2;
      last = undefined;
      header = undefined;
    }
    // A COMPARISON line names the earlier study; the lines after it describe this one.
    if (section === 'comparison') section = 'other';
    const heading = readSectionHeading(text, tokens, i);
    // "CCS: L4-5 mild.", "NFN: L3-4 mild left": an upper-case label that names a finding is the
    // subject of the grades after it, not a section of unknown kind (which dropped the finding).
    const sectionHeading =
      heading?.kind === 'other' &&
      namesFindingWord(tokens, i, heading.next - 1) &&
      subjectOf(itemsOf(tokens, i, heading.next - 1))
        ? undefined
        : heading;
    if (!sectionHeading && historyOnItsLine && section === 'history' && opensSentence(text, from)) {
      section = 'other';
    }
    historyOnItsLine = false;
    if (sectionHeading) {
      bracketsArePrior = false;
      declaredSystem = undefined;
      systemHoldsPastParagraph = false;
      section = sectionHeading.kind;
      header = undefined;
      last = undefined;
      subject = undefined;
      i = sectionHeading.next;
      historyOnItsLine =
        section === 'history' && i < tokens.length && endsSentence(tokens[tokens.length - 1]);
    }
    if (
      !sectionHeading &&
      SECTIONS_ENDED_BY_ANATOMY.has(section) &&
      (opensWithAnatomyLabel(tokens, i) || opensWithGradingDeclaration(tokens, i))
    ) {
      // "Technique: Sagittal T1." then "Alignment/vertebrae: Normal.": the findings have begun.
      section = 'other';
    }
    const region = sectionHeading ? 0 : lumbarRegionLabel(tokens, i);
    if (region > 0) {
      // "Lumbar: L1/2, L2/3 and L3/4 are normal." in a whole-spine report: the label only says which
      // part of the spine the line is about; the levels say it too.
      header = undefined;
      last = undefined;
      subject = undefined;
      i += region;
    } else if (!sectionHeading && opensWithTopicLabel(tokens, i)) {
      // "Other: no marrow lesion", "Alignment: normal": a new topic; the finding named before ends.
      // "Others: patent" under "Neural foramina:" is that finding at the levels not described.
      if (!REMAINING_LABELS.has(tokens[i]?.lower ?? '')) subject = undefined;
      // A bulleted sub-field under a level heading of its own line ("L3-L4:" / "- Disc: bulge"), or
      // one that labels a part of the level ("Disc: bulge"), stays at that level.
      const levelPart = LEVEL_PART_LABEL_WORDS.has(tokens[i]?.lower ?? '');
      if (!((i > 0 || levelPart) && blockHeading)) {
        header = undefined;
        last = undefined;
      }
    }
    const runOn = mayRunOn(tokens, i)
      ? runOnCuts(tokens, i, itemsOf(tokens, i, tokens.length))
      : undefined;
    if (runOn) {
      for (const [from, to] of runOn) {
        const word = tokens[from]?.lower ?? '';
        if (RUN_ON_SECTIONS.has(word)) {
          section = HEADING_LOOKUP.get(word) ?? section;
          header = undefined;
          last = undefined;
          processSentence(tokens, from + 1, to);
        } else processSentence(tokens, from, to);
      }
      return;
    }
    let sentenceStart = i;
    for (let k = i; k <= tokens.length; k++) {
      const scopeCut = k < tokens.length ? levelScopeCut(tokens, sentenceStart, k) : undefined;
      if (scopeCut !== undefined) {
        processSentence(tokens, sentenceStart, k);
        sentenceStart = scopeCut;
        k = scopeCut;
        continue;
      }
      if (
        k === tokens.length ||
        isBoundary(text, tokens, k) ||
        k - sentenceStart >= MAX_SENTENCE_TOKENS
      ) {
        // Skip leading bullets of the next sentence.
        processSentence(tokens, sentenceStart, k);
        sentenceStart = k + (k < tokens.length && isBoundary(text, tokens, k) ? 1 : 0);
        while (
          sentenceStart < tokens.length &&
          tokens[sentenceStart]?.kind === PUNCT &&
          BULLETS.has(tokens[sentenceStart]?.lower ?? '')
        ) {
          sentenceStart++;
        }
        if (sentenceStart > k) k = sentenceStart - 1;
      }
    }
  };

  let lineStart = 0;
  let blank = false;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) {
      // Very long lines are cut into bounded chunks at a space.
      if (i - lineStart >= MAX_LINE && text.charCodeAt(i) === 32) {
        processLine(lineStart, i);
        lineStart = i + 1;
      }
      continue;
    }
    const isBlank = isBlankLine(text, lineStart, i);
    if (isBlank) {
      if (!blank) {
        header = undefined;
        last = undefined;
        subject = undefined;
        table = undefined;
        legendAcrossBlank = legend;
        legend = undefined;
        bracketsArePrior = false;
        if (!systemHoldsPastParagraph) declaredSystem = undefined;
        lastForamen = undefined;
        lastSide = undefined;
        previousClause = [];
        // A history paragraph ends at its blank line; technique and procedure sections run to the next heading.
        if ((section as SectionKind) === 'history') section = 'other';
      }
      blank = true;
    } else {
      blank = false;
      processLine(lineStart, i);
    }
    lineStart = i + 1;
  }
  return {
    findings: applyCorrections(findings, corrections),
    transitional,
    coversT12,
    levelsMentioned,
    unread,
  };
}

/** Whether a line ends with the mark that ends a sentence. */
const endsSentence = (t: Token | undefined): boolean =>
  t?.kind === PUNCT && (t.lower === '.' || t.lower === '!');

/** Whether the line at `from` opens a sentence: its first letter or digit is not lower case. */
function opensSentence(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const c = text[k] ?? '';
    if (/[a-z]/.test(c)) return false;
    if (/[A-Z0-9]/.test(c)) return true;
  }
  return false;
}

/** "L2/3: Normal.": a level stated normal as a whole is read, though it yields no finding. */
const statesNormalLevel = (items: readonly Item[]): boolean =>
  items.some((x) => x.kind === 'pred' && x.pred === 'normal') &&
  !items.some((x) => x.kind === 'target' || x.kind === 'lesion');

/**
 * Whether a line's first sentence names a level group outside the heading in force, when that heading
 * had its content on its own line ("L1/2: Normal.") rather than standing over the lines below it.
 */
function endsInlineHeading(
  items: readonly Item[],
  header: LevelRef | undefined,
  kept: boolean,
): boolean {
  if (kept || header?.kind !== 'levels') return false;
  return items.some(
    (x) =>
      x.kind === 'level' &&
      x.ref.kind === 'levels' &&
      x.ref.levels.some((l) => !header.levels.includes(l)),
  );
}

/** Words naming this study and the earlier one in a "current (prior)" notation. */
const NOW_WORDS: ReadonlySet<string> = new Set(['current', 'now', 'today', 'present', 'new']);
const EARLIER_WORDS: ReadonlySet<string> = new Set([
  'prior',
  'previous',
  'previously',
  'then',
  'before',
  'comparison',
  'old',
]);

/**
 * "Foraminal stenosis, current (prior):", "Grades now (previous):": the items without the notation
 * (and the comma before it), or undefined when the sentence declares none.
 */
function withoutPriorNotation(items: readonly Item[], text: string): Item[] | undefined {
  const word = (x: Item | undefined): string => (x ? text.slice(x.start, x.end).toLowerCase() : '');
  // Only around a bracket: the words are read from the text, so most sentences are not sliced.
  const open = items.findIndex(
    (x, i) =>
      isBracket(x, '(') &&
      isBracket(items[i + 2], ')') &&
      i > 0 &&
      NOW_WORDS.has(word(items[i - 1])) &&
      EARLIER_WORDS.has(word(items[i + 1])),
  );
  if (open < 0) return undefined;
  const at = open - 1;
  const from = items[at - 1]?.kind === 'conj' ? at - 1 : at;
  return [...items.slice(0, from), ...items.slice(at + 4)];
}

const isGradeOrNone = (x: Item | undefined): boolean =>
  x?.kind === 'severity' || (x?.kind === 'context' && x.rule.category === 'negation');

/** Words of a sentence declaring that bracketed grades are the earlier study's. */
const BRACKET_WORDS: ReadonlySet<string> = new Set([
  'bracket',
  'brackets',
  'parentheses',
  'parenthesis',
]);
const DECLARED_EARLIER_WORDS: ReadonlySet<string> = new Set([
  'prior',
  'previous',
  'earlier',
  'preceding',
  'former',
  'comparison',
]);
const DECLARED_VALUE_WORDS: ReadonlySet<string> = new Set([
  'grade',
  'grades',
  'grading',
  'gradings',
  'findings',
  'values',
  'severity',
  'severities',
]);

/**
 * "Grades from the prior study are given in brackets", "Previous grading in parentheses": a sentence
 * with no finding of its own naming brackets, an earlier study and grades.
 */
function declaresBracketsPrior(tokens: readonly Token[], from: number, to: number): boolean {
  let bracket = false;
  let earlier = false;
  let values = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.lower ?? '';
    bracket ||= BRACKET_WORDS.has(w);
    earlier ||= DECLARED_EARLIER_WORDS.has(w);
    values ||= DECLARED_VALUE_WORDS.has(w);
  }
  return bracket && earlier && values && !hasWord(tokens, from, to, '(');
}

/** What may close a finding before its bracketed earlier grade ("… stenosis (moderate)", "patent (none)"). */
const closesFinding = (x: Item | undefined): boolean =>
  isGradeOrNone(x) || (x?.kind === 'pred' && (x.pred === 'narrow' || x.pred === 'normal'));

/**
 * Under a "current (prior)" notation, "left moderate (mild)", "right none (none)": the bracketed
 * grade after a grade, taken out of the items, and the prior grade it gives (`none` for a negation).
 * Under a report-wide declaration (`declared`), also the bracket after a finding or a normal structure
 * ("Mild central canal stenosis (none)", "Foramina patent (patent)").
 */
function priorBracket(
  items: readonly Item[],
  declared = false,
): { items: Item[]; grade: Severity } | undefined {
  const opens = declared ? closesFinding : isGradeOrNone;
  const inner = declared ? closesFinding : isGradeOrNone;
  const at = items.findIndex(
    (x, i) =>
      isBracket(x, '(') &&
      opens(items[i - 1]) &&
      inner(items[i + 1]) &&
      isBracket(items[i + 2], ')'),
  );
  const within = items[at + 1];
  if (at < 0 || !within) return undefined;
  if (within.kind === 'pred' && within.pred === 'narrow') return undefined;
  const grade: Severity = within.kind === 'severity' ? within.severity : 'none';
  return { items: [...items.slice(0, at), ...items.slice(at + 3)], grade };
}

/** The prior study's findings beside this study's stenosis findings, with the bracketed grade. */
function priorCopies(found: readonly QualifiedFinding[], grade: Severity): QualifiedFinding[] {
  return found
    .filter(
      (f) =>
        f.temporal === 'current' &&
        (f.finding === 'foraminal-stenosis' || f.finding === 'central-canal-stenosis'),
    )
    .map((f) => ({
      ...f,
      temporal: 'prior',
      negated: grade === 'none',
      severity: grade === 'none' ? null : grade,
      maxSeverity: undefined,
      grade: undefined,
    }));
}

const COLON = 58;

/** A colon: a joining word of the lexicon, or punctuation it does not know. */
const isColonItem = (x: Item | undefined, text: string): boolean =>
  (x?.kind === 'glue' && x.lit === ':') ||
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
function subjectWithValues(
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

/** Items of a tail that only says where a level was seen ("on the sagittal sequences"). */
const IMAGING_TAIL_KINDS: ReadonlySet<Item['kind']> = new Set(['glue', 'word', 'other', 'adj']);

/**
 * "L2-L3: Normal.", "The remaining levels are unremarkable.", "L1/2 to L3/4: Unremarkable.": a level
 * called normal as a whole, with no structure or finding named. Such a level has neither canal nor
 * foraminal stenosis; a statement about its discs ("the remaining discs are normal") is not one.
 */
const isSideItem = (x: Item): boolean => x.kind === 'side';

/** Words that name a structure or its stenosis, for a quick look before reading a label's items. */
const FINDING_LABEL_WORDS: ReadonlySet<string> = new Set([
  'foramen',
  'foramina',
  'foraminal',
  'neuroforamina',
  'neuroforaminal',
  'canal',
  'canals',
  'stenosis',
  'recess',
  'recesses',
  'ccs',
  'nfn',
  'nf',
  'nfs',
  'fs',
  'lrs',
  'ivf',
  'ivfs',
]);

/** Whether tokens `from` to `to` hold a word naming a structure or an abbreviation of a finding. */
function namesFindingWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t?.kind === WORD && FINDING_LABEL_WORDS.has(t.lower)) return true;
  }
  return false;
}
/** A dash or colon after a line's first word ("Left - L3-4 mild", "Right: L2/3 mild"). */
const isHeadingMark = (t: Token | undefined): boolean =>
  t?.kind === PUNCT && (t.lower === '-' || t.lower === ':');

/** The study, or the spine, as the subject of a normal statement ("The examination is otherwise normal"). */
const STUDY_WORDS: ReadonlySet<string> = new Set([
  'examination',
  'exam',
  'study',
  'scan',
  'mri',
  'ct',
  'imaging',
  // "Above L3-4 the spine is unremarkable": the spine over the levels named.
  'spine',
]);

function isNormalLevelStatement(
  items: readonly Item[],
  text: string,
  afterHeading: boolean,
): boolean {
  if (!items.some((x) => x.kind === 'pred' && x.pred === 'normal')) return false;
  let normal = -1;
  let level = false;
  for (const [i, x] of items.entries()) {
    // "… are unremarkable on the sagittal images": where it was seen, after the predicate.
    if (normal >= 0 && x.kind === 'glue' && (x.lit === 'on' || x.lit === 'in')) {
      if (items.slice(i + 1).every((y) => IMAGING_TAIL_KINDS.has(y.kind))) break;
    }
    switch (x.kind) {
      case 'pred':
        if (x.pred !== 'normal') return false;
        if (normal < 0) normal = i;
        break;
      case 'level':
        level = true;
        break;
      case 'glue':
      case 'filler':
      case 'conj':
      case 'time':
        break;
      case 'word':
      case 'other':
        // The study itself, as subject or after ("The examination is otherwise normal", "Otherwise
        // unremarkable MRI"); punctuation anywhere; another word only after the predicate
        // ("unremarkable as before").
        if (x.kind === 'word' || (normal < 0 && /\w/.test(text.slice(x.start, x.end)))) {
          if (!STUDY_WORDS.has(text.slice(x.start, x.end).toLowerCase())) return false;
        }
        break;
      default:
        return false;
    }
  }
  return normal >= 0 && (level || afterHeading);
}

/** Words a line declaring the foraminal grading opens with ("Foraminal grading per Lee:"). */
const GRADING_DECLARATION_OPENERS: ReadonlySet<string> = new Set([
  'foraminal',
  'foramina',
  'neural',
  'neuroforaminal',
  'grading',
]);
/** Words a grading declaration may hold before its system is named. */
const GRADING_DECLARATION_WINDOW = 6;

/**
 * "Technique: … sagittal oblique T1." then "Foraminal grading per Lee et al.:": a line that opens by
 * naming the foraminal grading system introduces this study's grades, so the technique has ended.
 */
function opensWithGradingDeclaration(tokens: readonly Token[], from: number): boolean {
  if (!GRADING_DECLARATION_OPENERS.has(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < tokens.length && k - from <= GRADING_DECLARATION_WINDOW; k++) {
    if (tokens[k]?.lower === 'lee') return true;
  }
  return false;
}

/**
 * "T12-L1: Negative.", "L2-3: negative": a level called negative and nothing else is a normal level (the
 * word is otherwise a backward negation trigger, "spondylolisthesis is negative").
 */
function withNegativeLevel(items: readonly Item[], text: string): Item[] {
  const at = items.findIndex((x) => x.kind === 'context' && x.lit === 'negative');
  if (at < 0) return [...items];
  const alone = items.every(
    (x, i) =>
      i === at ||
      x.kind === 'level' ||
      x.kind === 'glue' ||
      (x.kind === 'other' && !/\w/.test(text.slice(x.start, x.end))),
  );
  const trigger = items[at];
  if (!alone || !trigger) return [...items];
  const normal: Item = {
    kind: 'pred',
    pred: 'normal',
    lit: 'negative',
    start: trigger.start,
    end: trigger.end,
  };
  return [...items.slice(0, at), normal, ...items.slice(at + 1)];
}

/** Words before a level that open a range beyond it, the level excluded ("above L3-4", "below L3-4"). */
const RANGE_BEFORE: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ['above', 'up'],
  ['below', 'down'],
  ['beneath', 'down'],
]);
/** Words after a level that open a range from it, the level included ("from L2/3 upwards"). */
const RANGE_AFTER: ReadonlyMap<string, 'up' | 'down'> = new Map([
  ['upwards', 'up'],
  ['upward', 'up'],
  ['up', 'up'],
  ['downwards', 'down'],
  ['downward', 'down'],
  ['down', 'down'],
]);

/**
 * "Levels above L3-L4" (L1-L2, L2-L3), "L3/4 and above" (L1-L2 to L3-L4), "below L3-4" (L4-L5, L5-S1),
 * "L3-4 and below", "from L2/3 upwards", "L4-5 downwards": a level with a direction stands for the
 * lumbar levels beyond it, itself included after "and" and before "upwards"/"downwards". Upwards the
 * range reaches T12-L1 when the report names it (`openAbove`). The direction words go, so "L2-3
 * upwards: normal" is a level called normal. Only in a sentence that states something of the spine
 * (a structure, a finding, normal or none), and not where a lesion travels ("migrates below", an
 * extrusion): "below L4-5" there is where the fragment lies.
 */
function withOpenRanges(items: readonly Item[], text: string): Item[] {
  const word = (x: Item | undefined): string =>
    x && x.kind !== 'level' ? text.slice(x.start, x.end).toLowerCase() : '';
  const names = (x: Item): boolean =>
    (x.kind === 'glue' || x.kind === 'other' || x.kind === 'adj') &&
    (RANGE_BEFORE.has(word(x)) || RANGE_AFTER.has(word(x)));
  // Most sentences name no level, or no direction word: they are returned before any text is read.
  if (!items.some((x) => x.kind === 'level') || !items.some(names)) return [...items];
  const travels = items.some(
    (x) => x.kind === 'extend' || (x.kind === 'lesion' && x.finding === 'disc-extrusion'),
  );
  const states = items.some(
    (x) =>
      x.kind === 'target' ||
      x.kind === 'lesion' ||
      x.kind === 'pred' ||
      (x.kind === 'context' && x.rule.category === 'negation'),
  );
  if (travels || !states) return [...items];
  const lumbar: readonly Level[] = LEVELS.filter((l) => l !== 'T12-L1');
  const dropped = new Set<number>();
  const out = items.map((x, i): Item => {
    if (x.kind !== 'level' || x.ref.kind !== 'levels' || x.ref.levels.length !== 1) return x;
    const at = lumbar.indexOf(x.ref.levels[0] ?? 'T12-L1');
    if (at < 0) return x;
    // "below the L3-4 level": "the" may stand between.
    const lead = items[i - 1]?.kind === 'glue' && items[i - 1]?.lit === 'the' ? i - 2 : i - 1;
    const before = RANGE_BEFORE.get(word(items[lead]));
    // "L3/4 and above" (not "at L5-S1 and above L3-L4", where "above" opens the next level's range).
    const joined =
      items[i + 1]?.kind === 'conj' &&
      items[i + 1]?.lit === 'and' &&
      items[i + 3]?.kind !== 'level';
    const andBeyond = joined ? RANGE_BEFORE.get(word(items[i + 2])) : undefined;
    const opens =
      word(items[i - 1]) === 'from' || items.slice(0, i).every((y) => y.kind === 'glue');
    const after = opens ? RANGE_AFTER.get(word(items[i + 1])) : undefined;
    const direction = before ?? andBeyond ?? after;
    if (!direction) return x;
    const inclusive = before === undefined;
    if (before) dropped.add(lead);
    else if (andBeyond) dropped.add(i + 1).add(i + 2);
    else dropped.add(i + 1);
    const levels =
      direction === 'up'
        ? lumbar.slice(0, inclusive ? at + 1 : at)
        : lumbar.slice(inclusive ? at : at + 1);
    return {
      ...x,
      ref: { kind: 'levels', levels, ...(direction === 'up' ? { openAbove: true } : {}) },
    };
  });
  return joinedLevelGroups(out.filter((_, i) => !dropped.has(i)));
}

/**
 * "no stenosis at L5-S1 or above L3-L4": once a range is opened, the levels joined to it by "and", "or"
 * or a comma are one group again, as "at L5-S1 or L1-L2" is read (a finding takes the first group after
 * it).
 */
function joinedLevelGroups(items: readonly Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    const join = items[i + 1];
    const prev = out[out.length - 1];
    if (
      x?.kind === 'conj' &&
      (x.lit === 'and' || x.lit === 'or' || x.lit === ',') &&
      prev?.kind === 'level' &&
      prev.ref.kind === 'levels' &&
      join?.kind === 'level' &&
      join.ref.kind === 'levels'
    ) {
      const levels = LEVELS.filter(
        (l) =>
          (prev.ref.kind === 'levels' && prev.ref.levels.includes(l)) ||
          (join.ref.kind === 'levels' && join.ref.levels.includes(l)),
      );
      const openAbove = join.ref.openAbove === true || prev.ref.openAbove === true;
      out[out.length - 1] = {
        ...prev,
        ref: { kind: 'levels', levels, ...(openAbove ? { openAbove: true } : {}) },
        end: join.end,
      };
      i++;
      continue;
    }
    if (x) out.push(x);
  }
  return out;
}

/**
 * "L3/4 and above: no stenosis, including at T12/L1": a level added by "including (at)" joins the levels
 * named before it in the sentence; read alone it became the sentence's only level and the range was lost.
 */
function withIncludedLevel(items: readonly Item[], text: string): Item[] {
  const isIncluding = (x: Item | undefined): boolean =>
    x?.kind === 'other' && text.slice(x.start, x.end).toLowerCase() === 'including';
  if (!items.some(isIncluding)) return [...items];
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const x = out[i];
    if (x?.kind !== 'level' || x.ref.kind !== 'levels') continue;
    let back = 1;
    while (out[i - back]?.kind === 'glue') back++;
    if (!isIncluding(out[i - back])) continue;
    const earlier = out.findLastIndex(
      (y, k) => k < i - back && y.kind === 'level' && y.ref.kind === 'levels',
    );
    const first = out[earlier];
    if (first?.kind !== 'level' || first.ref.kind !== 'levels') continue;
    const levels = LEVELS.filter(
      (l) =>
        (first.ref.kind === 'levels' && first.ref.levels.includes(l)) ||
        (x.ref.kind === 'levels' && x.ref.levels.includes(l)),
    );
    out[earlier] = { ...first, ref: { kind: 'levels', levels } };
    out.splice(i - back, back + 1);
  }
  return out;
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

/**
 * "Spinal canal: Patent.", "Neural foramina: Mild bilateral narrowing.", "Left foramen: no stenosis.":
 * a structure named before a colon is the subject of what follows it, so the colon is dropped and the
 * structure pairs with the predicate after it. Only a colon that closes a leading run of structures.
 */
/** A dash between a label's grade and a comment on it ("W3 - complete obliteration"). */
const COMMENT_DASH = /\s[-–—]\s/;

function withoutTopicColon(items: readonly Item[], text: string): Item[] {
  const isColon = (x: Item | undefined): boolean => isColonItem(x, text);
  let k = 0;
  while (k < items.length && !isColon(items[k]) && TOPIC_KINDS.has(items[k]?.kind ?? 'other')) k++;
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

/**
 * "On the left there is mild foraminal narrowing", "On the right, perineural fat is effaced, Lee grade
 * 2": a side that opens the sentence is the side of its foramina and exiting roots (or of its Lee
 * grade), when the sentence names no other side. The side is moved to just before each of them.
 */
function withLeadingSide(items: readonly Item[]): Item[] {
  let k = 0;
  while (k < items.length && items[k]?.kind === 'glue') k++;
  const side = items[k];
  if (k === 0 || items[0]?.lit !== 'on' || side?.kind !== 'side' || side.side === 'bilateral') {
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

/** Backward negations that also negate forward when they open a clause ("Nil central canal stenosis"). */
const OPENING_NEGATIONS: ReadonlySet<string> = new Set(['nil', 'none']);

/**
 * "Nil central canal or exit foraminal stenosis.": Australian reports put "nil" (elsewhere written
 * after its finding, "stenosis nil") before the finding; opening a sentence, it negates forward.
 */
/** Labels of the levels a finding-first list has not described ("- Others: patent"). */
const REMAINING_LABELS: ReadonlySet<string> = new Set(['others', 'rest']);

/**
 * "CCS: L4-5 mild. Else none.": "else" opening a sentence is "otherwise", the levels not described
 * (only there: "nothing else" inside a sentence says nothing of levels); so is "Others:" or "Rest:"
 * as its label ("Neural foramina: … - Others: patent").
 */
function withLeadingElse(items: Item[], text: string): Item[] {
  const x = items[0];
  // Only words of the lengths of "else", "rest" and "others" are looked at.
  if (x?.kind !== 'other' || (x.end - x.start !== 4 && x.end - x.start !== 6)) return items;
  const word = text.slice(x.start, x.end).toLowerCase();
  const label = REMAINING_LABELS.has(word) && isColonItem(items[1], text);
  if (word !== 'else' && !label) return items;
  const remaining: Item = {
    kind: 'level',
    ref: { kind: 'remaining' },
    emphasis: false,
    lit: word,
    start: x.start,
    end: x.end,
  };
  return [remaining, ...items.slice(label ? 2 : 1)];
}

function withLeadingNil(items: readonly Item[]): Item[] {
  const at = items.findIndex((x) => x.kind !== 'glue' && x.kind !== 'level');
  const x = items[at];
  if (
    x?.kind !== 'context' ||
    x.rule.direction !== 'backward' ||
    !OPENING_NEGATIONS.has(x.rule.literal) ||
    !items
      .slice(at + 1)
      .some((y) => y.kind === 'target' || y.kind === 'lesion' || y.kind === 'pred')
  ) {
    return [...items];
  }
  const forward: Item = { ...x, rule: { ...x.rule, direction: 'forward' } };
  return [...items.slice(0, at), forward, ...items.slice(at + 1)];
}

/** The canal and both foramina put before a level's normality predicate ("L2-L3: Normal."). */
function withCanalAndForamina(items: readonly Item[]): Item[] {
  const at = items.findIndex((x) => x.kind === 'pred');
  const start = items[at]?.start ?? 0;
  const implied: Item[] = [
    { kind: 'target', target: 'canal', plural: false, lit: '', start, end: start },
    { kind: 'conj', lit: 'and', start, end: start },
    { kind: 'target', target: 'foramen', plural: true, lit: '', start, end: start },
  ];
  return [...items.slice(0, at), ...implied, ...items.slice(at)];
}

/** What a sentence with findings withdraws, when it corrects an earlier statement. */
function correctionsIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  items: readonly Item[],
  found: readonly SectionedFinding[],
): Correction<SectionedFinding>[] {
  const levelGroups = items.flatMap((x) => (x.kind === 'level' ? [x.ref] : []));
  const correction = correctionKindOf(wordsOf(tokens, from, to), levelGroups.length);
  return correction ? correctionsOf(correction, found, levelGroups) : [];
}

/** The words of tokens `from` to `to`, in lower case, joined by single spaces. */
const wordsOf = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .filter((t) => t.kind === WORD)
    .map((t) => t.lower)
    .join(' ');

const endsWithColon = (tokens: readonly Token[], to: number): boolean =>
  tokens[to - 1]?.kind === PUNCT && tokens[to - 1]?.lower === ':';

/** Separators between a finding-first subject and its first level ("Foraminal stenosis — L2-L3: …"). */
const SUBJECT_SEPARATORS: ReadonlySet<string> = new Set(['—', '–', ':', '-']);
/** Tokens a finding-first subject may span before its separator. */
const SUBJECT_WINDOW = 6;

/** Index of the dash or colon that ends a finding-first subject, when a level follows it. */
function subjectSplit(tokens: readonly Token[], from: number, to: number): number | undefined {
  for (let k = from + 1; k < to && k - from <= SUBJECT_WINDOW; k++) {
    const t = tokens[k];
    if (!t) return undefined;
    if (t.kind === PUNCT && SUBJECT_SEPARATORS.has(t.lower)) {
      return readLevels(tokens, k + 1, to) ? k : undefined;
    }
    if (t.kind !== WORD) return undefined;
  }
  return undefined;
}

function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 13 || c === 160)) return false;
  }
  return true;
}
