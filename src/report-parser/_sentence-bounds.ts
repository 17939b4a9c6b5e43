/**
 * Where a report's sentences and clauses break: bullets, abbreviations with a full stop, dictated
 * run-on lines, and the words that open a new level's statement.
 */
import { readLevels } from './_levels.js';
import type { Item } from './_model.js';
import type { Token } from './_scan.js';
import { NUM, PUNCT, WORD } from './_scan.js';
import { SEVERITY_TERMS } from './data/severity-terms.js';

import { exceptionAt } from './_exceptions.js';
/** Whether tokens `from` to `to` hold a comma or a colon, where a sentence may have clauses. */
export function hasClauseMark(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t?.kind === PUNCT && (t.lower === ',' || t.lower === ':')) return true;
  }
  return false;
}

/** Whether one of tokens `from` to `to` is the word `word`. */
export function hasWord(tokens: readonly Token[], from: number, to: number, word: string): boolean {
  for (let k = from; k < to; k++) if (tokens[k]?.lower === word) return true;
  return false;
}

/** Index of the token where item `x` starts, among tokens `from` to `to` (-1 if none). */
export function tokenAt(
  tokens: readonly Token[],
  from: number,
  to: number,
  x: Item | undefined,
): number {
  for (let k = from; k < to && x; k++) if (tokens[k]?.start === x.start) return k;
  return -1;
}

export const keep = (items: Item[]): Item[] => items;

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
export function runOnBreak(items: readonly Item[]): Item | undefined {
  for (let i = 2; i < items.length; i++) {
    const x = items[i];
    const before = items[i - 1];
    if (opensStructureStatement(items, i)) return x;
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

/**
 * "… mild to moderate on the 2023 myelogram the left foramen is moderately narrowed …", "… compared
 * with moderate on both prior exams and the right foramen is mildly narrowed": "the", a side, a
 * structure and "is" open a statement of their own after words that are not a preposition's, once
 * something has been said of a structure before them (round 26: the earlier study's grades of the
 * statement before had been given to this one).
 */
function opensStructureStatement(items: readonly Item[], i: number): boolean {
  const x = items[i];
  const before = items[i - 1];
  if (x?.kind !== 'glue' || x.lit !== 'the' || !before) return false;
  const joined = before.kind === 'conj' && before.lit === 'and';
  // "… no significant canal stenosis the foramina are mildly narrowed": after a complete finding too.
  const complete = before.kind === 'pred' && !isFiniteVerb(before.lit);
  if (!(before.kind === 'other' || before.kind === 'time' || joined || complete)) return false;
  const first = items[i + 1];
  const side = first?.kind === 'side' ? first : undefined;
  if (side && side.side === 'bilateral') return false;
  const at = side ? i + 2 : i + 1;
  // "the foramina there are …": a word of place between the structure and its verb.
  const there = items[at + 1]?.kind === 'filler' && items[at + 1]?.lit === 'there' ? 1 : 0;
  const [target, verb, said] = [items[at], items[at + 1 + there], items[at + 2 + there]];
  if (target?.kind !== 'target') return false;
  // "The canal at L4-5 is narrowed to a moderate degree and the foramina there are narrowed …": after
  // "and", a statement of another structure (round 26: the two had shared their grades).
  const otherStructure =
    !side &&
    items.slice(0, i).some((y) => y.kind === 'target' && y.target !== target.target) &&
    !items.slice(0, i).some((y) => y.kind === 'target' && y.target === target.target);
  if (joined && !side && !otherStructure) return false;
  if (verb?.kind !== 'filler' || (verb.lit !== 'is' && verb.lit !== 'are')) return false;
  if (said?.kind !== 'pred' && said?.kind !== 'severity') return false;
  // Something was said of a structure before ("the left foramen is … and the right foramen is …");
  // after "and", of the other side's (the same side's "… and the Rt foramen is patent" answers it).
  const earlier = items.slice(0, i);
  if (!earlier.some((y) => y.kind === 'pred') || !earlier.some((y) => y.kind === 'target')) {
    return false;
  }
  const otherSide = (y: Item): boolean =>
    y.kind === 'side' && y.side !== side?.side && y.side !== 'bilateral';
  return !joined || otherStructure || earlier.some(otherSide);
}

export const BULLETS = new Set(['-', '*', '#', '|', '•', '>', '.', '–', '—']);

export const isBoundary = (text: string, tokens: readonly Token[], i: number): boolean => {
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
export function mayRunOn(tokens: readonly Token[], from: number): boolean {
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
export function runOnCuts(
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

/** First words of the grading words, to look for a trailing grade before building its items. */
export const SEVERITY_FIRST_WORDS: ReadonlySet<string> = new Set(
  SEVERITY_TERMS.map((t) => t.literal.split(' ')[0] ?? ''),
);

/** Tokens a trailing "and mild on the left" may take ("and moderate to severe on the left"). */
export const OTHER_SIDE_TAIL_TOKENS = 8;

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
export function levelScopeCut(
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
export function lineAround(text: string, at: number): string {
  const from = lineStartBefore(text, at);
  let to = at;
  // A bounded look (a 10 MB line without breaks must not be rescanned for every clause).
  while (to < text.length && to - at < LINE_LOOK && text.charCodeAt(to) !== 10) to++;
  return text.slice(from, to);
}

/** Characters looked at either way of a clause for its line. */
const LINE_LOOK = 400;

/** Where the line holding `at` starts, looking back at most `LINE_LOOK` characters. */
export function lineStartBefore(text: string, at: number): number {
  let from = at;
  while (from > 0 && at - from < LINE_LOOK && text.charCodeAt(from - 1) !== 10) from--;
  return from;
}

/** Section words a run-on dictation opens a new section with ("… no canal stenosis impression …"). */
export const RUN_ON_SECTIONS: ReadonlySet<string> = new Set([
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
  // "(prev. grade 1)" (round 26: the stop had ended the sentence inside the bracket).
  'prev',
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

/** Whether a line ends with the mark that ends a sentence. */
export const endsSentence = (t: Token | undefined): boolean =>
  t?.kind === PUNCT && (t.lower === '.' || t.lower === '!');

/** Whether the line at `from` opens a sentence: its first letter or digit is not lower case. */
export function opensSentence(text: string, from: number): boolean {
  for (let k = from; k < text.length; k++) {
    const c = text[k] ?? '';
    if (/[a-z]/.test(c)) return false;
    if (/[A-Z0-9]/.test(c)) return true;
  }
  return false;
}

export function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 13 || c === 160)) return false;
  }
  return true;
}
