/**
 * Small rewrites of a clause's items before it is assembled: levels referred to ("at both levels"),
 * ranges, leading and trailing grades and widths, root-named foramina, "elsewhere"/"otherwise" clauses.
 */
import type { Level } from '../vocab/index.js';
import { LEVELS } from '../vocab/index.js';
import { levelBelowVertebra } from './_finding-place.js';
import type { Item, LevelRef } from './_model.js';
import { isBracket, isColon, isComma, levelItem } from './_model.js';
import { CONTEXT_RULES } from './data/context-rules.js';

import { isColonItem } from './_subjects.js';
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
export function withReferredLevels(
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
  const level: Item = levelItem({ kind: 'levels', levels }, word.start, noun.end);
  return [...items.slice(0, at), level, ...items.slice(at + 2)];
}

/**
 * "Other lumbar discs are unremarkable with preserved canal and foramina": "the other discs" stand for
 * the undescribed levels when the sentence names the canal or a foramen. "The remaining discs are
 * preserved" alone is about the discs (their height and signal), not a level called normal, so there
 * the words name no level.
 */
export function withOtherDiscsAsLevels(items: Item[], text: string): Item[] {
  const k = items.findIndex(
    (x) =>
      x.kind === 'level' &&
      x.ref.kind === 'remaining' &&
      namesDiscsNotLevels(text.slice(x.start, x.end).toLowerCase()),
  );
  if (k < 0 || items.some((x) => x.kind === 'target')) return items;
  // "Rest of the disc spaces without alterations" (Spanish "resto de espacios discales sin
  // alteraciones"), "the remaining disc spaces are unremarkable": said of the whole level (round 25).
  // ("Other intervertebral discs without alterations" stays about the discs.)
  const spaces = /spaces$/.test(text.slice(items[k]?.start ?? 0, items[k]?.end ?? 0));
  if (spaces && items.some((x) => x.kind === 'pred' && WHOLE_LEVEL_NORMAL.has(x.lit))) return items;
  return [...items.slice(0, k), ...items.slice(k + 1)];
}

/**
 * "Normal aspect of the remaining intervertebral spaces (D12-L1, L1-L2, L2-L3)", "Rest of levels, from
 * D12-L1 to L3-L4, without alterations": the levels the words of the rest name are these, not every
 * level left undescribed (round 26).
 */
export function withRestNamed(items: Item[]): Item[] {
  const k = items.findIndex((x) => x.kind === 'level' && x.ref.kind === 'remaining');
  if (k < 0) return items;
  let j = k + 1;
  while (
    (items[j]?.kind === 'glue' && (items[j]?.lit === '(' || items[j]?.lit === 'from')) ||
    (items[j]?.kind === 'conj' && items[j]?.lit === ',')
  ) {
    j++;
  }
  const named = items[j];
  if (named?.kind !== 'level' || named.ref.kind !== 'levels') return items;
  return [...items.slice(0, k), ...items.slice(k + 1)];
}

/**
 * "moderate (mild) left foraminal narrowing", "moderate [mild]": without a declared "current (prior)"
 * notation a grade alone in a bracket right after another grade is of no known study; the grade
 * before it is this study's and the bracket goes (round 26: read as a range, or as this study's grade,
 * it had replaced the grade before it). The same grade restated ("severe (W3)") is left as it is.
 */
export function withoutUndeclaredBracketGrade(items: Item[]): Item[] {
  // "Moderate (not severe) canal stenosis": the bracket denies a higher grade than the one stated;
  // read as a bound it had left the stated grade out (round 27).
  const denied = items.findIndex(
    (x, i) =>
      x.kind === 'severity' &&
      isBracket(items[i + 1], '(') &&
      items[i + 2]?.kind === 'context' &&
      items[i + 2]?.lit.toLowerCase() === 'not' &&
      items[i + 3]?.kind === 'severity' &&
      isBracket(items[i + 4], ')'),
  );
  if (denied >= 0) items = [...items.slice(0, denied + 1), ...items.slice(denied + 5)];
  const k = items.findIndex((x, i) => {
    const inner = items[i + 2];
    return (
      x.kind === 'severity' &&
      isBracket(items[i + 1], '(') &&
      inner?.kind === 'severity' &&
      inner.severity !== x.severity &&
      isBracket(items[i + 3], ')')
    );
  });
  return k < 0 ? items : [...items.slice(0, k + 1), ...items.slice(k + 4)];
}

/** Normal words that speak of a whole level, not of a disc's height or signal. */
const WHOLE_LEVEL_NORMAL: ReadonlySet<string> = new Set([
  'without alterations',
  'without alteration',
  'unremarkable',
  'without abnormality',
  'without findings',
]);

/** Width words that say a canal or foramen is open when they stand before it. */
const OPEN_WIDTH_WORDS: ReadonlySet<string> = new Set(['wide', 'widely']);

/**
 * "L1-L2: Wide spinal canal and foramina": a width word before the canal or foramina (and nothing
 * else) states them normal, as "normal canal and foramina" does; "wide" before a disc word is a shape
 * ("wide-based protrusion") and stays.
 */
export function withLeadingWidth(items: Item[]): Item[] {
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
export const TRAILING_GRADE_KINDS: ReadonlySet<Item['kind']> = new Set([
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
  // "severe -> mild (residual)"
  'adj',
]);

/**
 * "Foraminal narrowing is present bilaterally at L3/4 and L4/5, moderate at both levels", "Foraminal
 * narrowing at L3/4, moderate.": one grade closing a sentence that states one narrowing and no grade
 * grades that narrowing; it is put before the structure, as "moderate foraminal narrowing" reads.
 */
export function withTrailingGrade(items: Item[]): Item[] {
  // The mark before the trailing grades: a comma, or a colon ("Rt NF stenosis at L4-5: mild").
  const c = items.findIndex((x, i) => (isComma(x) || isColon(x)) && startsGrades(items, i + 1));
  if (c < 1) return items;
  const after = items.slice(c + 1);
  // "foraminal stenosis, moderate (previously mild)", "…: severe -> mild": earlier grades after the
  // mark, each after its time word, leave one grade of this study (round 26: the clause had been left
  // ungraded).
  const earlier = (j: number): boolean => {
    const before = after[j - 1];
    return before?.kind === 'time' && before.time === 'prior';
  };
  const now = after.filter((x, j) => x.kind === 'severity' && !earlier(j));
  const grade = now[0];
  if (now.length !== 1 || grade?.kind !== 'severity') return items;
  const plain = after.every(
    (x, j) =>
      x === grade ||
      AFTER_TRAILING_GRADE.has(x.kind) ||
      (x.kind === 'side' && x.side === 'bilateral') ||
      (x.kind === 'time' && x.time === 'prior') ||
      (x.kind === 'severity' && earlier(j)),
  );
  if (!plain) return items;
  // "… with mild central canal stenosis, and both NF stenosis, moderate (previous: mild)": the grade is
  // the last statement's, after the "and" that joins it.
  let from = 0;
  for (let k = c - 1; k > 0; k--) {
    const x = items[k];
    if (
      x?.kind === 'conj' &&
      x.lit === 'and' &&
      items.slice(k + 1, c).some((y) => y.kind === 'target')
    ) {
      from = k + 1;
      break;
    }
  }
  const before = items.slice(from, c);
  // After a colon only the grade of a finding placed before it ("Rt NF stenosis at L4-5: mild"); a
  // finding named alone ("Central canal stenosis: Mild at L3/4. Moderate at L4/5.") heads the values.
  const placed = before.some((x) => x.kind === 'level') && !after.some((x) => x.kind === 'level');
  if (isColon(items[c]) && !placed) return items;
  const targets = before.filter((x) => x.kind === 'target');
  const narrowing = before.filter((x) => x.kind === 'pred' && x.pred === 'narrow');
  const only = targets[0];
  if (targets.length !== 1 || narrowing.length !== 1 || only?.kind !== 'target') return items;
  if (only.target !== 'foramen' && only.target !== 'canal') return items;
  if (
    before.some(
      (x) =>
        x.kind === 'severity' || x.kind === 'context' || x.kind === 'lesion' || x.kind === 'time',
    )
  ) {
    return items;
  }
  const at = from + before.indexOf(only);
  const moved = { ...grade, start: only.start, end: only.start };
  return [...items.slice(0, at), moved, ...items.slice(at, c), ...after.filter((x) => x !== grade)];
}

/** Whether a grade, or an earlier grade's time word, comes first at `i`. */
const startsGrades = (items: readonly Item[], i: number): boolean => {
  const x = items[i];
  return (
    x?.kind === 'severity' ||
    (x?.kind === 'time' && x.time === 'prior' && items[i + 1]?.kind === 'severity')
  );
};

/**
 * "The right L5 exit foramen is moderately narrowed", "mild narrowing of the left L3 neural foramen": a
 * foramen named by the root that exits it is the foramen of the disc level below that vertebra (L5: the
 * L5-S1 foramen), in a sentence that names no disc level of its own.
 */
export function withRootNamedForamen(items: Item[], underExitingRoots = false): Item[] {
  if (items.some((x) => x.kind === 'level')) return withRootForamenSide(items);
  const heading = rootHeading(items, underExitingRoots);
  if (heading) return withRootForamenSide(heading);
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
    return levelItem({ kind: 'levels', levels: [level] }, x.start, x.end);
  });
  return changed ? out : withRootForamenSide(withExitingRootLevel(items));
}

/**
 * "Right L3 root: moderately compressed within its foramen", "the exiting left L4 root is severely
 * compressed in its foramen": a root said to be in its foramen (or called exiting) is at the disc level
 * below its vertebra, in a sentence that names no level of its own; the root stays named (set 37: a
 * list of foramina by root had taken the level of the line before, T12-L1, for an L4 root).
 */
function withExitingRootLevel(items: Item[]): Item[] {
  const inForamen = items.some(
    (x, i) =>
      x.kind === 'target' &&
      x.target === 'foramen' &&
      !x.plural &&
      (items[i - 1]?.lit === 'its' || items[i - 1]?.lit === 'the'),
  );
  const k = items.findIndex((x, i) => {
    // The root is what the sentence is about ("Right L3 root: …", "The exiting left L4 root is …"),
    // not the object of a lesion placed under a level heading ("… compressing the exiting L5 root").
    if (i > ROOT_SUBJECT_REACH) return false;
    if (x.kind !== 'vertebra' || !/^L[1-5]$/.test(x.name)) return false;
    const root = items[i + 1];
    if (root?.kind !== 'target' || !ROOT_TARGETS.has(root.target) || root.plural) return false;
    const exiting = items.slice(Math.max(0, i - 2), i).some((y) => y.kind === 'adj' && y.exit);
    return inForamen || exiting;
  });
  const vertebra = items[k];
  if (vertebra?.kind !== 'vertebra') return items;
  const level = levelBelowVertebra(vertebra.name);
  if (!level) return items;
  const placed = levelItem({ kind: 'levels', levels: [level] }, vertebra.start, vertebra.start);
  return [...items.slice(0, k), placed, ...items.slice(k)];
}

/**
 * "the exiting left L4 root is severely compressed in its foramen", "Right L3 root: compressed within
 * its foramen": "its foramen" (or "the foramen") after a sided root is that root's own, on its side
 * (it had made a second, bilateral finding).
 */
export function withRootForamenSide(items: Item[]): Item[] {
  let side: Item | undefined;
  let after = 0;
  for (let i = 0; i < items.length && !side; i++) {
    const x = items[i];
    const root = x?.kind === 'vertebra' ? items[i + 1] : undefined;
    if (root?.kind !== 'target' || !ROOT_TARGETS.has(root.target) || root.plural) continue;
    side = items.slice(Math.max(0, i - 2), i).find((y) => y.kind === 'side');
    after = i;
  }
  // A side heading a root's line ("Right L3 root:" read as "Right L3-L4:").
  if (!side && items[0]?.kind === 'side' && items[1]?.kind === 'level') side = items[0];
  if (side?.kind !== 'side' || side.side === 'bilateral') return items;
  const out: Item[] = [];
  items.forEach((x, i) => {
    if (
      i > after &&
      x.kind === 'target' &&
      x.target === 'foramen' &&
      !x.plural &&
      (items[i - 1]?.lit === 'its' || items[i - 1]?.lit === 'the') &&
      items[i - 2]?.kind !== 'side'
    ) {
      out.push({ ...side, start: x.start, end: x.start });
    }
    out.push(x);
  });
  return out;
}

/** Items before a root that opens its sentence ("The exiting left L4 root"). */
const ROOT_SUBJECT_REACH = 3;

/** Targets that name a root by itself ("L4 root", "exiting L4 nerve root"). */
const ROOT_TARGETS: ReadonlySet<string> = new Set(['root', 'exit-root']);

/** Words between the two roots of a range ("right L2 through right L5"). */
const ROOT_RANGE_WORDS: ReadonlySet<string> = new Set(['through', 'to', 'thru', '-']);

/**
 * "Left L3: moderately narrowed", "Right L2 through right L5: patent": a side and a lumbar root (or a
 * range of them) heading a statement, in a list of foramina by their exiting root. The roots become
 * the disc levels below them.
 */
function rootHeading(items: Item[], underExitingRoots: boolean): Item[] | undefined {
  // "L4 roots:", "T12 and L1 roots:" in a list of foramina by root name no side; the word "root(s)"
  // then says what the number is (set 37: such bullets had kept the level of the bullet before).
  const sided = items[0]?.kind === 'side' && items[0].side !== 'bilateral';
  const side = sided ? items[0] : undefined;
  const first = items[sided ? 1 : 0];
  if (first?.kind !== 'vertebra') return undefined;
  let k = sided ? 2 : 1;
  let last = first;
  const join = items[k];
  if (join && (ROOT_RANGE_WORDS.has(join.lit) || join.lit === 'and') && join.kind !== 'level') {
    let m = k + 1;
    if (items[m]?.kind === 'side') m++;
    const end = items[m];
    if (end?.kind === 'vertebra') {
      last = end;
      k = m + 1;
    }
  }
  const root = items[k];
  const namesRoot = root?.kind === 'target' && ROOT_TARGETS.has(root.target);
  if (namesRoot) k++;
  // Under an "Exiting roots" heading a bare "L3:" names the root, and so its foramen (set 36).
  if (!side && !namesRoot && !underExitingRoots) return undefined;
  const colon = items[k];
  if (colon?.kind !== 'glue' || colon.lit !== ':') return undefined;
  const from = LEVELS.indexOf(levelBelowVertebra(first.name) ?? 'T12-L1');
  const to = LEVELS.indexOf(levelBelowVertebra(last.name) ?? 'T12-L1');
  const lumbarOr12 = (name: string): boolean => /^(?:L[1-5]|T12)$/.test(name);
  if (!lumbarOr12(first.name) || !lumbarOr12(last.name) || to < from) return undefined;
  const levels = LEVELS.slice(from, to + 1);
  const level: Item = levelItem({ kind: 'levels', levels }, first.start, last.end);
  return [...(side ? [side] : []), level, ...items.slice(k)];
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
export function withOtherLevels(items: Item[], text: string, levelsInParagraph: boolean): Item[] {
  const no = items[0];
  const other = items[1];
  if (no?.kind !== 'context' || no.rule.category !== 'negation' || !other) return items;
  if (text.slice(other.start, other.end).toLowerCase() !== 'other') return items;
  if (items.some((x) => x.kind === 'level')) return items;
  const level: Item = levelItem({ kind: 'remaining' }, other.start, other.end, 'other');
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
export function withElsewhereClause(items: Item[]): Item[] {
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

/** Items between "extending into" and the foramen it names ("extending into the inferior aspect of the"). */
const EXTENSION_PLACE_WINDOW = 8;

/**
 * "A protrusion extending into the foramen, with narrowing of moderate degree affecting the left": a
 * narrowing after "with" that names no structure narrows the foramen the lesion was said to reach
 * (with that foramen's side unless a side follows). The foramen named as a place is not itself a
 * finding ("extending into a foramen is not stenosis of it"), so without this the grade was lost.
 */
export function withNarrowedPlace(items: Item[]): Item[] {
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
export function withDistributedLevels(items: Item[], header: LevelRef | undefined): Item[] {
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
export function withNamedRange(items: Item[]): Item[] {
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
export function withRemainingForamina(items: Item[], text: string): Item[] {
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
  const level: Item = levelItem({ kind: 'all', sideExceptions: true }, word.start, word.end);
  return [...items.slice(0, k), level, ...items.slice(k + 1)];
}

/**
 * "All other levels from T12-L1 to L5-S1 are normal", "all other foramina and canal levels from L1-2 to
 * L5-S1 are normal": the levels of the range the report has not described, side by side for the
 * foramina (set 37: the range had cleared the canal at the levels graded above it too).
 */
const isRemainingWord = (x: Item, text: string): boolean =>
  (x.kind === 'level' && (x.ref.kind === 'remaining' || x.ref.kind === 'other')) ||
  (x.kind === 'other' && REMAINING_WORDS.has(text.slice(x.start, x.end).toLowerCase()));

export function withRemainingInRange(items: Item[], text: string): Item[] {
  const k = items.findIndex((x) => isRemainingWord(x, text));
  if (k < 0) return items;
  const r = items.findIndex(
    (x, i) => i > k && x.kind === 'level' && x.ref.kind === 'levels' && x.ref.levels.length >= 2,
  );
  const range = items[r];
  if (range?.kind !== 'level' || range.ref.kind !== 'levels') return items;
  if (items.some((x, i) => i !== r && x.kind === 'level' && !isRemainingWord(x, text))) {
    return items;
  }
  const clears = items.some(
    (x) =>
      (x.kind === 'pred' && x.pred === 'normal') ||
      (x.kind === 'context' && x.rule.category === 'negation'),
  );
  if (!clears) return items;
  const within: Item = {
    ...range,
    ref: { kind: 'all', sideExceptions: true, within: range.ref.levels },
  };
  // Every "other" of the clause goes ("the foramina and all other canal levels"): the range now says it.
  return items.flatMap((x, i) => (i === r ? [within] : isRemainingWord(x, text) ? [] : [x]));
}

/** The rule a form's "No" stands for after the finding it answers ("… stenosis: No" as "… is absent"). */
const ANSWERED_NO = CONTEXT_RULES.find((r) => r.literal === 'absent');

/** Marks between a form's question and its answer ("stenosis: No", "stenosis? Yes"); a dash is no item. */
const ANSWER_MARKS: ReadonlySet<string> = new Set([':', '?']);
/** A form's answers, as words or single letters ("No", "N", "Yes", "Y"). */
const ANSWERS_NO: ReadonlySet<string> = new Set(['no', 'n']);
const ANSWERS_YES: ReadonlySet<string> = new Set(['yes', 'y']);

/**
 * A structured form's answers: "Left foraminal stenosis: No." clears the finding it answers, and
 * "Right foraminal stenosis: Yes [mild]" states it at the bracketed grade (set 38: every "No" had been
 * read as a stenosis present, ungraded, and every "Yes [grade]" as ungraded).
 */
export function withFormAnswers(items: Item[], text: string): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i] as Item;
    const before = out[out.length - 1];
    const asked = before?.kind === 'pred' || before?.kind === 'target' || before?.kind === 'lesion';
    const mark = ANSWER_MARKS.has(x.lit) || (x.kind === 'context' && x.lit === '?');
    // "stenosis - no": a dash between words is no item, so the answer may follow the question directly.
    const bare = asked && !mark && x.kind === 'context' && x.lit.toLowerCase() === 'no';
    if (!asked || (!mark && !bare)) {
      out.push(x);
      continue;
    }
    const at = bare ? i : i + 1;
    const answer = items[at];
    const word = answer ? text.slice(answer.start, answer.end).toLowerCase() : '';
    const next = items[at + 1];
    const ends =
      !next ||
      next.kind === 'conj' ||
      next.lit === '[' ||
      (next.kind === 'other' && /^[.;)]$/.test(text.slice(next.start, next.end)));
    if (ANSWERS_NO.has(word) && ends && ANSWERED_NO && answer) {
      out.push({ ...answer, kind: 'context', rule: ANSWERED_NO } as Item);
      i = at;
      continue;
    }
    if (bare) {
      out.push(x);
      continue;
    }
    if (ANSWERS_YES.has(word) && answer) {
      // "Yes [mild]", "Yes (moderate)", "Yes - severe": the grade of the finding answered.
      const open = items[i + 2];
      const grade = items[i + 3];
      if (
        (open?.lit === '[' || isBracket(open, '(')) &&
        grade?.kind === 'severity' &&
        (items[i + 4]?.lit === ']' || isBracket(items[i + 4], ')'))
      ) {
        out.push(grade);
        i += 4;
      } else i++;
      continue;
    }
    out.push(x);
  }
  return out;
}

/**
 * "T12-L1: Negative.", "L2-3: negative": a level called negative and nothing else is a normal level (the
 * word is otherwise a backward negation trigger, "spondylolisthesis is negative").
 */
export function withNegativeLevel(items: readonly Item[], text: string): Item[] {
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
export function withOpenRanges(items: readonly Item[], text: string): Item[] {
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
    // "L3-L4 or above" likewise (round 27).
    const joined =
      items[i + 1]?.kind === 'conj' &&
      (items[i + 1]?.lit === 'and' || items[i + 1]?.lit === 'or') &&
      items[i + 3]?.kind !== 'level';
    const andBeyond = joined ? RANGE_BEFORE.get(word(items[i + 2])) : undefined;
    const opens =
      word(items[i - 1]) === 'from' || items.slice(0, i).every((y) => y.kind === 'glue');
    const after = opens ? RANGE_AFTER.get(word(items[i + 1])) : undefined;
    const direction = before ?? andBeyond ?? after;
    if (!direction) return x;
    // "at or above L3-L4" takes the level in, as "L3-L4 and above" does (round 27).
    const atOr =
      before !== undefined &&
      items[lead - 1]?.kind === 'conj' &&
      items[lead - 1]?.lit === 'or' &&
      word(items[lead - 2]) === 'at';
    const inclusive = before === undefined || atOr;
    if (atOr) dropped.add(lead - 1);
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
export function withIncludedLevel(items: readonly Item[], text: string): Item[] {
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

/** Backward negations that also negate forward when they open a clause ("Nil central canal stenosis"). */
const OPENING_NEGATIONS: ReadonlySet<string> = new Set(['nil', 'none']);

/** Labels of the levels a finding-first list has not described ("- Others: patent"). */
export const REMAINING_LABELS: ReadonlySet<string> = new Set(['others', 'rest']);

/**
 * "CCS: L4-5 mild. Else none.": "else" opening a sentence is "otherwise", the levels not described
 * (only there: "nothing else" inside a sentence says nothing of levels); so is "Others:" or "Rest:"
 * as its label ("Neural foramina: … - Others: patent").
 */
export function withLeadingElse(items: Item[], text: string): Item[] {
  const x = items[0];
  // Only words of the lengths of "else", "rest" and "others" are looked at.
  if (x?.kind !== 'other' || (x.end - x.start !== 4 && x.end - x.start !== 6)) return items;
  const word = text.slice(x.start, x.end).toLowerCase();
  const label = REMAINING_LABELS.has(word) && isColonItem(items[1], text);
  if (word !== 'else' && !label) return items;
  const remaining: Item = levelItem({ kind: 'remaining' }, x.start, x.end, word);
  return [remaining, ...items.slice(label ? 2 : 1)];
}

/**
 * "Nil central canal or exit foraminal stenosis.": Australian reports put "nil" (elsewhere written
 * after its finding, "stenosis nil") before the finding; opening a sentence, it negates forward.
 */
export function withLeadingNil(items: readonly Item[]): Item[] {
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
export function withCanalAndForamina(items: readonly Item[]): Item[] {
  const at = items.findIndex((x) => x.kind === 'pred');
  const start = items[at]?.start ?? 0;
  const implied: Item[] = [
    { kind: 'target', target: 'canal', plural: false, lit: '', start, end: start },
    { kind: 'conj', lit: 'and', start, end: start },
    { kind: 'target', target: 'foramen', plural: true, lit: '', start, end: start },
  ];
  return [...items.slice(0, at), ...implied, ...items.slice(at)];
}

/** Words after "the level above" that open what it is above ("the level above the fusion"). */
const OBJECT_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'their',
]);

/** Words before "the level above" that make it a comparison, not a place ("similar to the level above"). */
const COMPARING_WORDS: ReadonlySet<string> = new Set(['to', 'as', 'than', 'like', 'with', 'from']);

/**
 * "The L5/S1 level is the most abnormal. … The level above shows a broad disc bulge.": "the level
 * above" and "the level below" are the disc levels next to the level spoken of (`base`: the paragraph's
 * heading, else the last level named). A comparison ("similar to the level above") places nothing, nor
 * does a step past the end of the lumbar spine or a report with no level before.
 */
export function withAdjacentLevels(
  items: Item[],
  text: string,
  base: LevelRef | undefined,
): Item[] {
  if (!items.some((x) => x.kind === 'level' && x.ref.kind === 'adjacent')) return items;
  const from = base?.kind === 'levels' && base.levels.length === 1 ? base.levels[0] : undefined;
  return items.flatMap((x, i): Item[] => {
    if (x.kind !== 'level' || x.ref.kind !== 'adjacent') return [x];
    const before = items[i - 1];
    const compared =
      before && COMPARING_WORDS.has(text.slice(before.start, before.end).toLowerCase());
    // "at the level above the laminectomy": above something else the sentence names.
    const after = items[i + 1];
    const aboveWhat =
      after !== undefined &&
      (after.kind === 'level' ||
        after.kind === 'vertebra' ||
        OBJECT_WORDS.has(text.slice(after.start, after.end).toLowerCase()));
    const next = from === undefined ? undefined : LEVELS[LEVELS.indexOf(from) + x.ref.step];
    if (compared || aboveWhat || next === undefined) return [];
    return [{ ...x, ref: { kind: 'levels', levels: [next] } }];
  });
}

/** Australian and New Zealand words for "nothing abnormal" after a level ("L1/2 to L3/4 nil"). */
const NIL_WORDS: ReadonlySet<string> = new Set(['nil', 'nil significant']);

/**
 * "L1/2 - L3/4: nil significant.", "L1/2 to L3/4 nil.": a level and "nil" alone say the level is
 * normal, as "NAD" does (`headed`: a level heading stands for the level). Under a finding named once ("Foraminal stenosis: … L4/5: nil") the caller
 * does not ask: there "nil" denies that finding only.
 */
export function withNilLevel(items: Item[], headed: boolean): Item[] {
  let nil = -1;
  let level = headed;
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!x) continue;
    if (x.kind === 'level') level = true;
    else if (x.kind === 'context' && NIL_WORDS.has(x.rule.literal) && nil < 0) nil = i;
    else if (x.kind !== 'glue' && x.kind !== 'filler' && x.kind !== 'other' && x.kind !== 'conj') {
      return items;
    }
  }
  const word = items[nil];
  if (!level || !word) return items;
  const normal: Item = {
    kind: 'pred',
    pred: 'normal',
    lit: word.lit,
    start: word.start,
    end: word.end,
  };
  return [...items.slice(0, nil), normal, ...items.slice(nil + 1)];
}

/**
 * "At any lumbar level between L1-L2 and L3-L4 inclusive": two disc levels after "between" are the
 * ends of a range, every level from one to the other (round 24). "Between L4 and L5" names vertebrae
 * and is read by the level reader as the disc between them.
 */
export function withBetweenRange(items: Item[], text: string): Item[] {
  const at = items.findIndex(
    (x, i) =>
      x.kind === 'level' &&
      x.ref.kind === 'levels' &&
      x.ref.levels.length === 2 &&
      i > 0 &&
      /^between$/i.test(text.slice(items[i - 1]?.start ?? 0, items[i - 1]?.end ?? 0)),
  );
  const pair = items[at];
  if (pair?.kind !== 'level' || pair.ref.kind !== 'levels') return items;
  const [a, b] = pair.ref.levels;
  const from = LEVELS.indexOf(a ?? 'T12-L1');
  const to = LEVELS.indexOf(b ?? 'T12-L1');
  if (from < 0 || to <= from + 1) return items;
  const range: Item = { ...pair, ref: { kind: 'levels', levels: LEVELS.slice(from, to + 1) } };
  return [...items.slice(0, at), range, ...items.slice(at + 1)];
}

/** The negation a "(-)" mark stands for: the lexicon's "none" said after a finding. */
const ABSENT_RULE = CONTEXT_RULES.find((r) => r.literal === 'none');

/**
 * "canal stenosis (-)", "disc bulging (+)", "Foraminal stenosis: Rt (+) mild, Lt (-)": presence marks
 * of reports written in Japanese and Korean styles. "(-)" says the finding is absent, as "none" after
 * it does; "(+)" says it is present and grades nothing (round 25).
 */
export function withPresenceMarks(items: readonly Item[], text: string): Item[] {
  if (!items.some((x) => isBracket(x, '('))) return [...items];
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!x) continue;
    const close = isBracket(x, '(')
      ? [i + 1, i + 2].find((k) => isBracket(items[k], ')'))
      : undefined;
    const closing = close === undefined ? undefined : items[close];
    const mark = closing ? text.slice(x.end, closing.start).trim() : '';
    if (close === undefined || !closing || !PRESENCE_MARK.test(mark)) {
      out.push(x);
      continue;
    }
    if (mark !== '+' && ABSENT_RULE) {
      out.push({
        kind: 'context',
        rule: ABSENT_RULE,
        lit: 'none',
        start: x.start,
        end: closing.end,
      });
    }
    i = close;
  }
  return out;
}
/** "(+)", "(-)", "(−)": a presence mark. */
const PRESENCE_MARK = /^[+\-−–]$/;

/** Item kinds a second place group after "and" may hold ("and bilaterally at L4-5"). */
const PLACE_GROUP_KINDS: ReadonlySet<Item['kind']> = new Set(['side', 'level', 'glue', 'other']);

/**
 * "Mild foraminal narrowing on the left at L3-4 and bilaterally at L4-5", "Moderate foraminal
 * narrowing on the right at L4-5 and on the left at L5-S1": a finding given at one side and level, then
 * "and" another side and level with nothing else (or a grade of its own first), is the same finding there
 * too. The grade, structure and narrowing are repeated after the "and" (round 27: the second group had
 * been dropped).
 */
export function withRepeatedFinding(items: readonly Item[]): readonly Item[] {
  const p = items.findIndex((x) => x.kind === 'pred' && x.pred === 'narrow');
  const target = items[p - 1];
  if (p < 1 || target?.kind !== 'target') return items;
  const and = items.findIndex((x, k) => k > p && x.kind === 'conj' && x.lit === 'and');
  if (and < 0) return items;
  const first = items.slice(p + 1, and);
  const second = items.slice(and + 1);
  const placed = (group: readonly Item[]): boolean =>
    group.some((x) => x.kind === 'side') && group.some((x) => x.kind === 'level');
  if (!placed(first) || !placed(second)) return items;
  // "… narrowing, on the left at L4-L5 and on both sides at L5-S1": a comma may set the first off.
  if (!first.every((x) => PLACE_GROUP_KINDS.has(x.kind) || (x.kind === 'conj' && x.lit === ','))) {
    return items;
  }
  // "… and moderate on the right at L4-5": the second group may open with a grade of its own.
  const own = second.findIndex((x) => x.kind !== 'glue' && x.kind !== 'other');
  const ownGrade = second[own]?.kind === 'severity' ? own : -1;
  if (!second.every((x, k) => k === ownGrade || PLACE_GROUP_KINDS.has(x.kind))) return items;
  let g = p - 2;
  while (g >= 0 && items[g]?.kind !== 'severity' && p - g <= 3) g--;
  const grade = ownGrade >= 0 || items[g]?.kind !== 'severity' ? undefined : items[g];
  const at = (ownGrade >= 0 ? second[ownGrade]?.end : items[and]?.end) ?? 0;
  const repeated = [grade, target, items[p]]
    .filter((x): x is Item => x !== undefined)
    .map((x) => ({ ...x, start: at, end: at }) as Item);
  const split = ownGrade + 1;
  return [
    ...items.slice(0, and + 1),
    ...second.slice(0, split),
    ...repeated,
    ...second.slice(split),
  ];
}
