/**
 * The ways one sentence is cut into clauses read on their own: finding-first lines with elliptical
 * grades ("Foraminal narrowing: moderate left, mild right"), "none" and other-side grades, report-wide
 * statements with exceptions, side-first levels and slash pairs. Each split reads the walk through a
 * `ClauseView` and returns the clauses, or undefined when the sentence is not of its shape.
 */
import type { Level } from '../vocab/index.js';
import { TRAILING_GRADE_KINDS, withOpenRanges } from './_clause-rewrites.js';
import {
  type ExceptedPlace,
  EXCEPTION_LEAD_KINDS,
  EXCEPTION_LEAD_WINDOW,
  exceptionAt,
} from './_exceptions.js';
import { affectedSide, isSidedStatement, isSideNormal, loneGrade } from './_implied-sides.js';
import { RESOLUTION_TRIGGERS } from './data/context-rules.js';
import { withDatedGrades } from './_dated-grades.js';
import { readLevels } from './_levels.js';
import type { Item, LevelRef } from './_model.js';
import { SIDE_WORDS, isBracket, isComma } from './_model.js';
import type { Token } from './_scan.js';
import { PUNCT, WORD } from './_scan.js';
import { OTHER_SIDE_TAIL_TOKENS, SEVERITY_FIRST_WORDS, tokenAt } from './_sentence-bounds.js';
import {
  bothSidesGraded,
  type Clause,
  ellipticalSide,
  type FindingSubject,
  foramenSubject,
  gradedBilateral,
  gradedOneSide,
  gradesOpenFinding,
  isElliptical,
  isLeanOnly,
  isLevelElliptical,
  isLevelGrade,
  levelEllipticalCuts,
  restClearanceWord,
  RUN_ON_SUBJECTS,
  type SlashPairs,
  statesForamen,
  stenosisSubject,
  subjectOf,
  ungradedForamen,
} from './_subjects.js';

/** What a split reads of the walk over the report. */
export interface ClauseView {
  readonly text: string;
  /** The items of tokens `from` to `to`, built as the walk builds them. */
  readonly itemsOf: (tokens: readonly Token[], from: number, to: number) => Item[];
  /**
   * The level the walk is at: the paragraph's heading, else the level the last sentence spoke of. A
   * function, not a getter: a view of the same shape for every report keeps its property reads fast.
   */
  readonly levelContext: () => LevelRef | undefined;
}

/** A line opened by one to three plain words and a colon that name no structure, finding or level. */
export const opensWithTopicLabel = (
  view: ClauseView,
  tokens: readonly Token[],
  from: number,
): boolean => {
  let k = from;
  while (k < tokens.length && k - from < 3 && tokens[k]?.kind === WORD) k++;
  if (k === from || tokens[k]?.kind !== PUNCT || tokens[k]?.lower !== ':') return false;
  if (readLevels(tokens, from, k)) return false;
  return !view.itemsOf(tokens, from, k).some(
    (x) =>
      x.kind === 'target' ||
      x.kind === 'lesion' ||
      x.kind === 'pred' ||
      // "Other: Th12/L1 and L1/2, no particular findings": "Other" as a label names no level.
      (x.kind === 'level' && x.ref.kind !== 'other') ||
      x.kind === 'side' ||
      x.kind === 'severity',
  );
};

/** Items that are one grade and nothing else that says anything ("slight"). */
const isLoneGrade = (items: readonly Item[]): boolean => {
  const meaningful = items.filter((x) => x.kind !== 'glue' && x.kind !== 'other');
  return meaningful.length === 1 && meaningful[0]?.kind === 'severity';
};

/** Items naming sides (and levels) but no grade, structure or verb ("on the left at L4-L5"). */
const isSidesWithoutGrade = (items: readonly Item[]): boolean =>
  items.some((x) => x.kind === 'side') &&
  items.every(
    (x) =>
      x.kind === 'side' ||
      x.kind === 'level' ||
      x.kind === 'glue' ||
      x.kind === 'conj' ||
      x.kind === 'other',
  );

/**
 * Clauses of a sentence that leave the finding out ("Foraminal narrowing: moderate left, mild right",
 * "NF narrowing, sev rt, mod lt", "moderate (right), none (left)") or state the other side on its own
 * ("moderate left, right-sided foramen normal"). Each such clause is read alone, an elliptical one with
 * the subject it leaves out; undefined when the sentence has none of them.
 */
export const ellipticalClauses = (
  view: ClauseView,
  tokens: readonly Token[],
  from: number,
  to: number,
  outer: FindingSubject | undefined,
): Clause[] | undefined => {
  const bounds = [from - 1];
  // A mark inside brackets cuts no clause: "(prior: mild)", "(2022: mild)" are one aside.
  let depth = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t?.kind !== PUNCT) continue;
    if (t.lower === '(') depth++;
    else if (t.lower === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (t.lower === ',' || t.lower === ':')) bounds.push(k);
  }
  if (bounds.length === 1) return undefined;
  bounds.push(to);
  const segments: { from: number; to: number; items: Item[] }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const s = (bounds[i] ?? from) + 1;
    const e = bounds[i + 1] ?? to;
    const items = view.itemsOf(tokens, s, e);
    const prev = segments[segments.length - 1];
    // "Bilateral foraminal stenosis, R>L: moderate on the right, …": a lean alone belongs to the
    // clause before it.
    if (prev && isLeanOnly(items)) {
      prev.to = e;
      prev.items = [...prev.items, ...items];
      continue;
    }
    // "Foraminal narrowing: slight, on the left at L4-L5": a grade alone, then the sides (and levels)
    // it is given at, with no grade of their own (round 27: each had been read without the other).
    if (prev && isLoneGrade(prev.items) && isSidesWithoutGrade(items)) {
      prev.to = e;
      prev.items = [...prev.items, ...items];
      continue;
    }
    // "moderate on the left (was mild) and mild on the right": a side's grade with its earlier
    // grade in brackets, then the other side's; read as one, the bracket's grade went to both sides
    // (round 26).
    const and = items.findIndex(
      (x, k) => x.kind === 'conj' && x.lit === 'and' && isBracket(items[k - 1], ')'),
    );
    const andAt = and > 0 ? tokenAt(tokens, s, e, items[and]) : -1;
    // The bracket itself may hold any wording of the earlier grade ("(was mild)", "(mild in 2021)").
    const beforeBracket = items.slice(0, and);
    let open = beforeBracket.length - 1;
    while (open > 0 && !isBracket(beforeBracket[open], '(')) open--;
    if (
      andAt > s &&
      open > 0 &&
      isElliptical(beforeBracket.slice(0, open)) &&
      isElliptical(items.slice(and + 1))
    ) {
      segments.push({ from: s, to: andAt, items: items.slice(0, and) });
      segments.push({ from: andAt + 1, to: e, items: items.slice(and + 1) });
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
  const restLast = restClearanceWord(segments[segments.length - 1]?.items ?? [], view.text) >= 0;
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
export const noneSplit = (
  view: ClauseView,
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
    const before = view.itemsOf(tokens, from, k - 1);
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
export const otherSideGradeSplit = (
  view: ClauseView,
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
    const tail = view.itemsOf(tokens, k, to);
    const meaningful = tail.filter((x) => x.kind !== 'glue' && x.kind !== 'other');
    const [grade, side] = meaningful;
    if (meaningful.length !== 2 || grade?.kind !== 'severity' || side?.kind !== 'side') continue;
    if (side.side !== 'left' && side.side !== 'right') continue;
    const before = view.itemsOf(tokens, from, k - 1).filter((x) => x.kind !== 'conj');
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
export const exceptionSplit = (
  view: ClauseView,
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
    const levels = readLevels(tokens, l, to) ?? sideFirstLevels(view, tokens, l, to);
    if (levels?.kind !== 'levels') return undefined;
    // "L3-L4 and below: no foraminal stenosis except at L4-L5 …": the range the clearance opens.
    const before = withOpenRanges(view.itemsOf(tokens, from, k), view.text);
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
    const clearance = stated && (groups.length === 0 || (range !== undefined && range.length > 1));
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
      const sideFirst =
        tokens[m]?.lower === 'at' ? undefined : sideFirstLevels(view, tokens, m, to);
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
export const sidedLevelGradeSplit = (
  view: ClauseView,
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
  const items = view.itemsOf(tokens, from, to);
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
export const restClearanceExceptionSplit = (
  view: ClauseView,
  tokens: readonly Token[],
  from: number,
  to: number,
): { at: number; part: number } | undefined => {
  for (let k = from + 1; k < to; k++) {
    const width = exceptionAt(tokens, k, to);
    if (width === 0) continue;
    const before = view.itemsOf(tokens, from, k);
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
    const part = view.itemsOf(tokens, k + width, to);
    // A narrowing of no named structure on either side is left to the reading as one sentence.
    const structure = [...before, ...part].some((x) => x.kind === 'target' || x.kind === 'lesion');
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
export const sideFirstLevels = (
  view: ClauseView,
  tokens: readonly Token[],
  from: number,
  to: number,
): ReturnType<typeof readLevels> => {
  // The window's end leaves room for a level written in up to five tokens ("L5 / S 1").
  const lead = view.itemsOf(tokens, from, Math.min(to, from + EXCEPTION_LEAD_WINDOW + 5));
  const at = lead.findIndex((x) => x.kind === 'level');
  const opening = lead.slice(0, at);
  if (at <= 0 || at > EXCEPTION_LEAD_WINDOW) return undefined;
  // "apart from possible mild left L5-S1 narrowing": a hedge may open the exception too.
  const leads = (x: Item): boolean =>
    EXCEPTION_LEAD_KINDS.has(x.kind) || (x.kind === 'context' && x.rule.category === 'uncertainty');
  if (!opening.every(leads)) return undefined;
  if (!opening.some((x) => x.kind === 'side')) return undefined;
  const k = tokenAt(tokens, from, to, lead[at]);
  return k < 0 ? undefined : readLevels(tokens, k, to);
};

/**
 * "The foramina are patent except on the right, where …", "apart from the left, which is mildly
 * narrowed", "except on the left (moderate)": a clearance of the foramina at one level whose exception
 * names only a side. Returns the exception word's token, where its part starts, and the side.
 */
export const sideExceptionSplit = (
  view: ClauseView,
  tokens: readonly Token[],
  from: number,
  to: number,
):
  | { at: number; part: number; side: Extract<Item, { kind: 'side' }>; everywhere: boolean }
  | undefined => {
  for (let k = from + 1; k < to; k++) {
    const width = exceptionAt(tokens, k, to);
    if (width === 0) continue;
    const part = view.itemsOf(tokens, k + width, to);
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
    const before = view.itemsOf(tokens, from, k);
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
    const context = levels.length > 0 ? levels : [view.levelContext()];
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
export const slashPairs = (
  view: ClauseView,
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
  const head = view.itemsOf(tokens, after, colon);
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

/** Words that may open a clause before its side ("…, on the right side mild narrowing"). */
const SIDE_CLAUSE_LEAD: ReadonlySet<string> = new Set(['on', 'the', 'and', 'while', 'whereas']);

/**
 * "Moderate stenosis of the neuroforamen left, on the right side slight narrowing": a clause that ends
 * with its side, then one that opens with the other side and grades a foramen of its own. The comma is
 * where the two statements part (else the trailing side is read as the next clause's leading one).
 * Where the second clause starts, or undefined.
 */
export const trailingSideSplit = (
  view: ClauseView,
  tokens: readonly Token[],
  from: number,
  to: number,
): number | undefined => {
  for (let k = from + 2; k + 2 < to; k++) {
    if (tokens[k]?.lower !== ',') continue;
    const before = SIDE_WORDS.get(tokens[k - 1]?.lower ?? '');
    if (!before) continue;
    let l = k + 1;
    while (l < to && SIDE_CLAUSE_LEAD.has(tokens[l]?.lower ?? '')) l++;
    const after = SIDE_WORDS.get(tokens[l]?.lower ?? '');
    if (!after || after === before) continue;
    const tail = view.itemsOf(tokens, k + 1, to);
    const grades = tail.some((x) => x.kind === 'severity');
    const foramen = tail.some((x) => x.kind === 'target' && x.target === 'foramen');
    if (grades && foramen) return k + 1;
  }
  return undefined;
};

/** Words that open a reason after a comma ("…, as the L4 root is flattened in the foramen"). */
const REASON_OPENERS: ReadonlySet<string> = new Set(['as', 'because', 'since']);
/** Words a reason's own statement starts with. */
const REASON_SUBJECTS: ReadonlySet<string> = new Set(['the', 'it', 'there', 'this']);

/**
 * "…, the left L4-L5 foraminal narrowing is better described as moderate, as the L4 root is
 * flattened in the foramen on sagittal images": a reason after a comma is a statement of its own
 * (round 27: read with the grade before it, the grade was lost and the foramen it names became a
 * second, sideless finding). Where it starts, or undefined.
 */
export const reasonClauseSplit = (
  tokens: readonly Token[],
  from: number,
  to: number,
): number | undefined => {
  for (let k = from + 2; k + 1 < to; k++) {
    if (tokens[k - 1]?.lower !== ',' || !REASON_OPENERS.has(tokens[k]?.lower ?? '')) continue;
    if (REASON_SUBJECTS.has(tokens[k + 1]?.lower ?? '')) return k;
  }
  return undefined;
};

/** Words a side statement after "and" may open with before its side ("and the left is normal"). */
const SIDE_STATEMENT_LEAD: ReadonlySet<string> = new Set(['the', 'on', 'its']);

/**
 * "Foramina: the right is moderately narrowed and the left is normal", "The right foramen is
 * moderately narrowed and the left is patent": one side's statement, then "and" and the other side's,
 * with a verb of its own. Read as one clause, the two sides' grades crossed (round 27: the right's
 * narrowing went to the left and the left's normality to the right). Where the second starts, or
 * undefined.
 */
export const otherSideStatementSplit = (
  view: ClauseView,
  tokens: readonly Token[],
  from: number,
  to: number,
): number | undefined => {
  for (let k = from + 3; k + 2 < to; k++) {
    if (tokens[k]?.lower !== 'and') continue;
    let l = k + 1;
    while (l < to && SIDE_STATEMENT_LEAD.has(tokens[l]?.lower ?? '')) l++;
    const after = SIDE_WORDS.get(tokens[l]?.lower ?? '');
    if (!after) continue;
    const before = view.itemsOf(tokens, from, k);
    const sides = before.filter((x) => x.kind === 'side');
    const own = sides.length === 1 ? sides[0] : undefined;
    if (own?.kind !== 'side' || own.side === after || own.side === 'bilateral') continue;
    if (!before.some((x) => x.kind === 'pred' || x.kind === 'severity')) continue;
    const tail = view.itemsOf(tokens, l + 1, to);
    // Only a bare side ("and the left is normal"): a side with its own structure is read as it was.
    const ownSubject = (x: Item): boolean =>
      x.kind === 'level' || x.kind === 'side' || x.kind === 'lesion' || x.kind === 'target';
    if (tail.some(ownSubject)) continue;
    // The other side has a verb of its own: "is normal", "remains patent", "is mildly narrowed".
    if (!tail.some((x) => x.kind === 'filler') || !tail.some((x) => x.kind === 'pred')) continue;
    return l - (SIDE_STATEMENT_LEAD.has(tokens[l - 1]?.lower ?? '') ? 1 : 0);
  }
  return undefined;
};

/** Words that open a clause about the earlier study ("…, previously it was moderately stenosed"). */
const EARLIER_OPENERS: ReadonlySet<string> = new Set(['previously', 'formerly', 'earlier']);
/** Past-tense verbs of such a clause. */
const PAST_TENSE: ReadonlySet<string> = new Set(['was', 'were', 'had']);

/**
 * "The central canal is adequate at this level, previously it was moderately stenosed by the large
 * extrusion": a clause after a comma, opened by a word of the earlier study and told in the past with
 * nothing said of now, is a statement of its own (the earlier study's); read with the one before, its
 * noun stayed as a current narrowing. Where it starts, or undefined.
 */
export const earlierClauseSplit = (
  tokens: readonly Token[],
  from: number,
  to: number,
): number | undefined => {
  for (let k = from + 2; k + 2 < to; k++) {
    if (tokens[k]?.lower !== ',' || !EARLIER_OPENERS.has(tokens[k + 1]?.lower ?? '')) continue;
    let past = false;
    for (let l = k + 2; l < to; l++) {
      const word = tokens[l]?.lower ?? '';
      if (word === 'now' || word === ',' || word === 'currently') return undefined;
      if (PAST_TENSE.has(word)) past = true;
    }
    return past ? k + 1 : undefined;
  }
  return undefined;
};

/** Tokens without one of which a sentence states no time of its own. */
const TIME_TOKENS: ReadonlySet<string> = new Set([
  'now',
  'previously',
  'prior',
  'previous',
  'was',
  'were',
  'then',
  'currently',
  'today',
  'earlier',
  'before',
  'preoperatively',
  '(',
]);

/** Whether items state a graded structure of their own with a time word ("now", "previously"). */
const timedStatement = (items: readonly Item[]): boolean =>
  items.some((x) => x.kind === 'target') &&
  items.some((x) => x.kind === 'severity') &&
  items.some((x) => x.kind === 'time' && (x.time === 'prior' || x.time === 'now'));

/**
 * "The left foramen is now severely narrowed (previously moderate) and the right foramen is moderately
 * narrowed (previously mild)": two statements joined by "and the", each with its own structure, grade
 * and time words. A sentence holds one earlier and one current grade, so read together the second's
 * earlier grade and the first's "now" were given to both (round 25). Where the second starts, or
 * undefined.
 */
export const timedStatementSplit = (
  view: ClauseView,
  tokens: readonly Token[],
  from: number,
  to: number,
): number | undefined => {
  // Most sentences hold no "and the" and no word of time: plain looks at the tokens first.
  let joined = false;
  for (let k = from + 2; k + 2 < to && !joined; k++) {
    joined = tokens[k]?.lower === 'and' && tokens[k + 1]?.lower === 'the';
  }
  if (!joined) return undefined;
  let timed = false;
  for (let k = from; k < to && !timed; k++) timed = TIME_TOKENS.has(tokens[k]?.lower ?? '');
  if (!timed) return undefined;
  for (let k = from + 2; k + 2 < to; k++) {
    // A label before a colon ("Bilateral foraminal stenosis has progressed: the left …") is read by
    // the splits for labels; this one is for plain sentences.
    if (tokens[k]?.lower === ':') return undefined;
    if (tokens[k]?.lower !== 'and' || tokens[k + 1]?.lower !== 'the') continue;
    const end = tokens[k - 1]?.lower === ',' ? k - 1 : k;
    const timed = (a: number, b: number): boolean =>
      timedStatement(withDatedGrades(view.itemsOf(tokens, a, b), view.text));
    if (timed(from, end) && timed(k + 1, to)) {
      return k + 1;
    }
  }
  return undefined;
};

/**
 * "The right L5-S1 foraminal narrowing seen in 2021 has resolved, and the left L5-S1 foramen has
 * improved": a statement closed by the word that its finding has gone, then ", and the" and a structure
 * of its own. Read as one, the second structure took the first's noun and its resolution (round 25).
 * Where the second starts, or undefined.
 */
export const resolvedStatementSplit = (
  view: ClauseView,
  tokens: readonly Token[],
  from: number,
  to: number,
): number | undefined => {
  for (let k = from + 2; k + 3 < to; k++) {
    if (
      tokens[k]?.lower !== ',' ||
      tokens[k + 1]?.lower !== 'and' ||
      tokens[k + 2]?.lower !== 'the'
    ) {
      continue;
    }
    const before = view.itemsOf(tokens, from, k);
    const closing = before[before.length - 1];
    if (
      closing?.kind !== 'context' ||
      closing.rule.category !== 'negation' ||
      !RESOLUTION_TRIGGERS.has(closing.rule.literal) ||
      !before.some((x) => x.kind === 'target' || x.kind === 'lesion')
    ) {
      continue;
    }
    if (view.itemsOf(tokens, k + 2, to).some((x) => x.kind === 'target')) return k + 1;
  }
  return undefined;
};
