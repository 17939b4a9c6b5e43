/**
 * Disc levels in every notation the reports use: L4-5, L4/5, L4-L5, L4–L5, L4_L5, L45, L5S1, L5/S 1,
 * T12 - L1, D12/L1 (dorsal numbering), Th12-L1, lists ("L3/L4 & L4/L5", "L2-L3, L3-L4 and L4-L5"), ranges
 * ("L3 through L5", "L4-S1", "L1-L3") and listhesis pairs ("L4 over L5", "L2 on L3"). Works on tokens,
 * one bounded look-ahead per start, so it is linear.
 */
import { LEVELS } from '../vocab/index.js';
import type { Level } from '../vocab/index.js';
import type { LevelRef } from './_model.js';
import { NUM, PUNCT, WORD } from './_scan.js';
import type { Token } from './_scan.js';

/** A vertebra reference: its ordinal (C1 = 1 … T12 = 19, L1 = 20 … L5 = 24, S1 = 25) and name. */
interface VertebraRef {
  readonly ordinal: number;
  readonly name: string;
  readonly end: number;
  /** "L45": the compact form names a level on its own. */
  readonly compactLower?: number;
}

/** Result of reading a level expression at a token. */
export type LevelMatch =
  | { readonly kind: 'levels'; readonly ref: LevelRef; readonly end: number }
  | {
      readonly kind: 'vertebra';
      readonly name: string;
      readonly end: number;
      readonly transitional: boolean;
    };

const LUMBAR_BASE = 19; // L1 = 20
const ordinalOf = (letter: string, n: number): number | undefined => {
  switch (letter) {
    case 'c':
      return n >= 1 && n <= 7 ? n : undefined;
    case 't':
    case 'd':
      return n >= 1 && n <= 12 ? 7 + n : undefined;
    case 'l':
      return n >= 1 && n <= 5 ? LUMBAR_BASE + n : undefined;
    case 's':
      return n >= 1 && n <= 5 ? 24 + n : undefined;
    default:
      return undefined;
  }
};

/** Name of a vertebra ordinal ("T12", "L4", "S1"). */
export function vertebraName(ordinal: number): string {
  if (ordinal <= 7) return `C${ordinal}`;
  if (ordinal <= 19) return `T${ordinal - 7}`;
  if (ordinal <= 25 && ordinal !== 25) return `L${ordinal - LUMBAR_BASE}`;
  return `S${ordinal - 24}`;
}

/** The disc level between two adjacent vertebrae, if it is one Foramen reports. */
function levelBetween(upper: number): Level | undefined {
  // T12-L1 is ordinal 19/20; L5-S1 is 24/25.
  const index = upper - 19;
  return index >= 0 && index < LEVELS.length ? LEVELS[index] : undefined;
}

/** German vertebral-body abbreviations: Lenden-, Brust-, Sakral-, Halswirbelkörper. */
const GERMAN_VERTEBRA_LETTERS: ReadonlyMap<string, string> = new Map([
  ['lwk', 'l'],
  ['bwk', 't'],
  ['swk', 's'],
  ['hwk', 'c'],
]);

function readVertebra(
  tokens: readonly Token[],
  i: number,
  letterHint: string | undefined,
  to: number,
): VertebraRef | undefined {
  if (i >= to) return undefined;
  const t = tokens[i];
  if (!t) return undefined;
  // A bare number after a separator borrows the letter ("L4-5").
  if (t.kind === NUM && letterHint !== undefined) {
    const n = Number(t.lower);
    const ordinal = t.lower.length <= 2 ? ordinalOf(letterHint, n) : undefined;
    if (ordinal === undefined) {
      // "L5-1" is read as L5-S1.
      if (letterHint === 'l' && n === 1) return { ordinal: 25, name: 'S1', end: i + 1 };
      return undefined;
    }
    return { ordinal, name: vertebraName(ordinal), end: i + 1 };
  }
  if (t.kind !== WORD) return undefined;
  // "Th12": the thoracic letter as Scandinavian and German reports write it; "LWK 4/5", "LWK 5/SWK 1",
  // "BWK 12/LWK 1": German vertebral-body abbreviations, written with a space before the number.
  const german = t.lower.length === 3 ? GERMAN_VERTEBRA_LETTERS.get(t.lower) : undefined;
  const letter = t.lower === 'th' ? 't' : (german ?? t.lower);
  if (letter.length !== 1) return undefined;
  if (letter !== 'l' && letter !== 't' && letter !== 'd' && letter !== 's' && letter !== 'c') {
    return undefined;
  }
  const n = i + 1 < to ? tokens[i + 1] : undefined;
  if (!n || n.kind !== NUM || n.lower.length > 2) return undefined;
  // "S 1" only as the second half of a pair ("L5/S 1").
  if (
    n.space &&
    german === undefined &&
    !(letterHint !== undefined && letter === 's' && n.lower === '1')
  ) {
    return undefined;
  }
  const value = Number(n.lower);
  // L6: a sixth lumbar segment, i.e. a transitional vertebra; named, never turned into a disc level.
  if (letter === 'l' && value === 6) return { ordinal: -1, name: 'L6', end: i + 2 };
  const ordinal = ordinalOf(letter, value);
  if (ordinal !== undefined) return { ordinal, name: vertebraName(ordinal), end: i + 2 };
  // Compact "L45", "L23", "L12": two digits naming adjacent lumbar vertebrae.
  if (letter === 'l' && n.lower.length === 2) {
    const a = Number(n.lower[0]);
    const b = Number(n.lower[1]);
    if (b === a + 1 && a >= 1 && a <= 4) {
      return { ordinal: LUMBAR_BASE + a, name: `L${a}`, end: i + 2, compactLower: LUMBAR_BASE + b };
    }
  }
  return undefined;
}

/** Units after a number ("5 mm"), which make it a measurement. */
const UNITS: ReadonlySet<string> = new Set([
  'mm',
  'cm',
  'millimeter',
  'millimeters',
  'millimetre',
  'millimetres',
  '%',
  'x',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'times',
]);
const isUnit = (t: Token | undefined): boolean => t !== undefined && UNITS.has(t.lower);

/**
 * "at 4-5", "at 3/4", "at 5-1": a lumbar level written with numbers only, after "at". Returns the upper
 * vertebra when the pair names adjacent lumbar vertebrae and no unit follows ("at 4-5 mm" is a size).
 */
function informalUpper(tokens: readonly Token[], i: number, to: number): VertebraRef | undefined {
  const a = tokens[i];
  if (a?.kind !== NUM || i + 2 >= to || tokens[i - 1]?.lower !== 'at') return undefined;
  const sep = tokens[i + 1];
  const b = tokens[i + 2];
  const after = tokens[i + 3];
  if (b?.kind !== NUM) return undefined;
  if (sep?.kind !== PUNCT || (sep.lower !== '-' && sep.lower !== '/') || isUnit(after)) {
    return undefined;
  }
  const upper = Number(a.lower);
  const lower = Number(b.lower);
  const adjacent =
    (upper >= 1 && upper <= 4 && lower === upper + 1) || (upper === 5 && lower === 1);
  return adjacent ? { ordinal: LUMBAR_BASE + upper, name: `L${upper}`, end: i + 1 } : undefined;
}

const PAIR_SEPARATORS = new Set(['-', '/', '_', '–', '—', '−', '\\', '~']);
const RANGE_WORDS = new Set(['to', 'through', 'thru']);

/**
 * Tokens a range's joint takes between two levels: "to", "through", "-" (one); "->" and "down to"
 * (two; "T12-L1 -> L2-3: nad", "from T12/L1 down to L2/3", round 27) and "→" (one); 0 for none.
 */
function rangeWidth(joint: Token | undefined, next: Token | undefined): number {
  const word = joint?.lower;
  if (word === '-') return next?.lower === '>' ? 2 : 1;
  if (word === 'down') return next?.lower === 'to' ? 2 : 0;
  return word !== undefined && (RANGE_WORDS.has(word) || word === '→') ? 1 : 0;
}
const LISTHESIS_WORDS = new Set(['over', 'on']);
const DISC_WORDS = new Set(['disc', 'disk']);

/** True when the vertebra at `i` follows "between" (or "between the"). */
const afterBetween = (tokens: readonly Token[], i: number): boolean =>
  tokens[i - 1]?.lower === 'between' ||
  (tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'between');

const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['fifth', 5],
]);

/**
 * "The fourth lumbar disc", "the first and second lumbar disc levels": lumbar discs named in words by
 * the vertebra above them, as "the L4 disc" is. The disc word is left to be read after the levels, so
 * "the third lumbar disc is normal" says what "the L3 disc is normal" does.
 */
function ordinalDiscs(
  tokens: readonly Token[],
  i: number,
  to: number,
): { uppers: number[]; end: number } | undefined {
  const uppers: number[] = [];
  let j = i;
  for (;;) {
    const n = ORDINAL_WORDS.get(tokens[j]?.lower ?? '');
    if (n === undefined) return undefined;
    uppers.push(LUMBAR_BASE + n);
    j++;
    if (tokens[j]?.lower !== 'and' && tokens[j]?.lower !== ',') break;
    j++;
  }
  if (j + 1 >= to || tokens[j]?.lower !== 'lumbar' || !DISC_WORDS.has(tokens[j + 1]?.lower ?? '')) {
    return undefined;
  }
  return { uppers, end: j + 1 };
}

/** Reads one pair or range at `i`; returns the levels spanned (ordinals of upper vertebrae). */
function readPair(
  tokens: readonly Token[],
  i: number,
  to: number,
): { uppers: number[]; end: number; single?: VertebraRef } | undefined {
  const ordinals = ORDINAL_WORDS.has(tokens[i]?.lower ?? '')
    ? ordinalDiscs(tokens, i, to)
    : undefined;
  if (ordinals) return ordinals;
  const informal = informalUpper(tokens, i, to);
  if (informal) return { uppers: [informal.ordinal], end: i + 3 };
  const a = readVertebra(tokens, i, undefined, to);
  if (!a) return undefined;
  if (a.ordinal < 0) {
    // "L6-S1", "L6/S1": the disc below a sixth lumbar segment is no disc level Foramen reports either.
    const sep = tokens[a.end];
    const below =
      sep?.kind === PUNCT && PAIR_SEPARATORS.has(sep.lower)
        ? readVertebra(tokens, a.end + 1, 'l', to)
        : undefined;
    return { uppers: [], end: below?.name === 'S1' ? below.end : a.end, single: a };
  }
  if (a.compactLower !== undefined) return { uppers: [a.ordinal], end: a.end };
  const sep = a.end < to ? tokens[a.end] : undefined;
  let bStart = -1;
  let range = false;
  let adjacentOnly = false;
  if (
    sep &&
    sep.kind === WORD &&
    sep.lower.length === 1 &&
    !sep.space &&
    tokens[a.end + 1]?.kind === NUM
  ) {
    // "L5S1": two vertebrae written together.
    bStart = a.end;
    adjacentOnly = true;
  } else if (sep && sep.kind === PUNCT && PAIR_SEPARATORS.has(sep.lower)) {
    bStart = a.end + 1;
    range = true;
  } else if (sep && sep.kind === WORD && RANGE_WORDS.has(sep.lower)) {
    bStart = a.end + 1;
    range = true;
  } else if (sep && sep.kind === WORD && LISTHESIS_WORDS.has(sep.lower)) {
    bStart = a.end + 1;
    adjacentOnly = true;
  } else if (sep?.kind === WORD && sep.lower === 'and' && afterBetween(tokens, i)) {
    // "between L4 and L5", "between the L4 and L5 vertebrae": the disc of two adjacent vertebrae.
    bStart = a.end + 1;
    adjacentOnly = true;
  } else if (sep?.space && (sep.kind === NUM || (sep.kind === WORD && sep.lower.length === 1))) {
    // Dictated without a separator: "l3 4", "l4 l5", "l5 s1" (adjacent vertebrae only).
    bStart = a.end;
    adjacentOnly = true;
  }
  // "The L3 disc", "the L4 disk": a disc is named by the vertebra above it.
  if (bStart < 0 && DISC_WORDS.has(sep?.lower ?? '') && levelBetween(a.ordinal) !== undefined) {
    return { uppers: [a.ordinal], end: a.end };
  }
  if (bStart < 0) return { uppers: [], end: a.end, single: a };
  // "L5-6", "L5/6": the sixth lumbar segment written as its number alone after L5.
  const six = tokens[bStart];
  if (range && a.name === 'L5' && six?.kind === NUM && six.lower === '6' && bStart < to) {
    return { uppers: [], end: bStart + 1, single: { ordinal: -1, name: 'L6', end: bStart + 1 } };
  }
  const written = tokens[i]?.lower ?? 'l';
  const letter = GERMAN_VERTEBRA_LETTERS.get(written) ?? written;
  const b = readVertebra(tokens, bStart, letter === 'd' ? 't' : letter, to);
  // "L5-L6": the sixth lumbar segment is a transitional vertebra.
  if (b && b.ordinal < 0) return { uppers: [], end: b.end, single: b };
  if (!b || b.ordinal <= a.ordinal) return { uppers: [], end: a.end, single: a };
  // "L4 5 mm" is a measurement, not a level.
  if (bStart === a.end && sep?.space && isUnit(tokens[b.end])) {
    return { uppers: [], end: a.end, single: a };
  }
  if (b.ordinal === a.ordinal + 1) return { uppers: [a.ordinal], end: b.end };
  if (adjacentOnly || !range) return { uppers: [], end: a.end, single: a };
  const uppers: number[] = [];
  for (let o = a.ordinal; o < b.ordinal && uppers.length < 30; o++) uppers.push(o);
  return { uppers, end: b.end };
}

// "neither L3-L4 nor L4-L5": "nor" lists levels as "or" does.
const LIST_WORDS = new Set(['and', 'amnd', 'andd', '&', ',', '/', 'or', 'nor']);
/** Words that may lead the next level of a list after its joint ("and at", "and in the spaces"). */
const LIST_LEAD_WORDS: ReadonlySet<string> = new Set([
  'at',
  'in',
  'the',
  'space',
  'spaces',
  'interspace',
  'interspaces',
]);

/**
 * Reads a level expression starting at token `i`.
 * @returns the level group, or a single vertebra name, or undefined when no vertebra starts here
 */
export function readLevels(
  tokens: readonly Token[],
  i: number,
  to = tokens.length,
): LevelMatch | undefined {
  const first = readPair(tokens, i, to);
  if (!first) return undefined;
  if (first.single) {
    const name = first.single.name;
    return { kind: 'vertebra', name, end: first.end, transitional: name === 'L6' };
  }
  const uppers = [...first.uppers];
  let end = first.end;
  let transitional = false;
  // "T12-L1 through L2-L3": a range written with two disc levels.
  const through = tokens[end];
  const width = rangeWidth(through, tokens[end + 1]);
  if (through && end < to && width > 0) {
    const second = readPair(tokens, end + width, to);
    const lastUpper = uppers[uppers.length - 1];
    if (second && !second.single && second.uppers.length > 0 && lastUpper !== undefined) {
      const target = second.uppers[second.uppers.length - 1] ?? lastUpper;
      for (let o = lastUpper + 1; o <= target && uppers.length < 30; o++) uppers.push(o);
      end = second.end;
    }
  }
  // Further pairs joined by "and", "&", ",", "/&" or plain spaces.
  for (let guard = 0; guard < 12; guard++) {
    let j = end;
    let joined = 0;
    while (j < to && joined < 3) {
      const t = tokens[j];
      if (!t) break;
      if ((t.kind === PUNCT || t.kind === WORD) && LIST_WORDS.has(t.lower)) {
        j++;
        joined++;
        continue;
      }
      // "L4/L5 level and L2/L3 levels"
      if (
        joined === 0 &&
        t.kind === WORD &&
        (t.lower === 'level' || t.lower === 'levels') &&
        LIST_WORDS.has(tokens[j + 1]?.lower ?? '')
      ) {
        j++;
        continue;
      }
      // "L3/L4 & at L4/L5", "T12-L1 and in the spaces L1-L2 and L2-L3" (a translated report, set 38)
      if (joined > 0 && t.kind === WORD && LIST_LEAD_WORDS.has(t.lower)) {
        j++;
        continue;
      }
      if (
        t.kind === WORD &&
        t.lower === 'as' &&
        tokens[j + 1]?.lower === 'well' &&
        tokens[j + 2]?.lower === 'as'
      ) {
        j += 3;
        joined++;
        continue;
      }
      break;
    }
    const next = readPair(tokens, j, to);
    if (!next || next.single) break;
    uppers.push(...next.uppers);
    end = next.end;
  }
  const levels: Level[] = [];
  for (const upper of uppers) {
    if (upper === LUMBAR_BASE + 6) transitional = true;
    const level = levelBetween(upper);
    if (level && !levels.includes(level)) levels.push(level);
  }
  void transitional;
  const ref: LevelRef = levels.length > 0 ? { kind: 'levels', levels } : { kind: 'nonlumbar' };
  return { kind: 'levels', ref, end };
}

/** Words that may open a line of bare-number levels ("Levels 1-2 to 3-4: normal"). */
const BARE_LEVEL_LEADS: ReadonlySet<string> = new Set(['level', 'levels', '-', '*', '•']);
/** Words between the two pairs of a bare-number range ("1-2 to 3-4"). */
const BARE_RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'through', 'thru', '-']);

/** The token of a synthetic level letter "l" before token `t`. */
const letterBefore = (t: Token): Token => ({
  start: t.start,
  end: t.start,
  kind: WORD,
  lower: 'l',
  space: t.space,
});

/** Whether tokens `k`.. are a bare lumbar pair: "4-5", "4/5", "5-S1", "5-1". */
function barePairAt(tokens: readonly Token[], k: number): boolean {
  const a = tokens[k];
  const sep = tokens[k + 1];
  const b = tokens[k + 2];
  if (a?.kind !== NUM || sep?.kind !== PUNCT || (sep.lower !== '-' && sep.lower !== '/')) {
    return false;
  }
  const upper = Number(a.lower);
  if (b?.kind === WORD && b.lower === 's') return upper === 5;
  return (
    b?.kind === NUM &&
    upper >= 1 &&
    upper <= 5 &&
    (Number(b.lower) === upper + 1 || (upper === 5 && b.lower === '1'))
  );
}

/**
 * "4-5: severe left foraminal narrowing", "Levels 1-2 to 3-4: normal" under a "Lumbar spine:" label:
 * the line's opening pairs with the lumbar letter put in ("L4-5", "L1-2 to L3-4"), so they read as
 * levels. Only the pairs that open the line; numbers elsewhere stay numbers.
 */
export function withLumbarLetters(tokens: readonly Token[]): Token[] {
  let k = 0;
  while (k < tokens.length && BARE_LEVEL_LEADS.has(tokens[k]?.lower ?? '')) k++;
  const first = tokens[k];
  if (!first || !barePairAt(tokens, k)) return [...tokens];
  // The number follows its letter with no space between, as in "L4-5".
  const glued = (t: Token): Token => ({ ...t, space: false });
  const out = [
    ...tokens.slice(0, k),
    letterBefore(first),
    glued(first),
    ...tokens.slice(k + 1, k + 3),
  ];
  let next = k + 3;
  const joint = tokens[next];
  const second = tokens[next + 1];
  if (joint && second && BARE_RANGE_WORDS.has(joint.lower) && barePairAt(tokens, next + 1)) {
    out.push(joint, letterBefore(second), glued(second), ...tokens.slice(next + 2, next + 4));
    next += 4;
  }
  return [...out, ...tokens.slice(next)];
}

/** Whether a report names levels in Roman numerals ("L IV-L V", "L V-S I", "Th XII-L I"). */
export const namesRomanLevels = (text: string): boolean =>
  /\b(?:L|Th|D|T)\s?(?:I{1,3}|IV|V|XI{1,2})\s*[-/]\s*(?:(?:L|S)\s?)?(?:I{1,3}|IV|V)\b/.test(text);

const ROMAN_VALUES: ReadonlyMap<string, string> = new Map([
  ['i', '1'],
  ['ii', '2'],
  ['iii', '3'],
  ['iv', '4'],
  ['v', '5'],
  ['xi', '11'],
  ['xii', '12'],
]);
/** Letters a vertebra's Roman numeral follows. */
const ROMAN_LEVEL_LETTERS: ReadonlySet<string> = new Set(['l', 's', 'th', 't', 'd']);

/**
 * "L IV-L V", "L V-S I", "Th XII-L I", "L IV/V": in a report that names levels so, a Roman numeral after
 * a vertebra's letter (or after the slash or hyphen of such a level) is its number, glued to it as in
 * "L4-L5" (round 26).
 */
export function withRomanLevels(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const before = out[out.length - 1];
    const value = t.kind === WORD ? ROMAN_VALUES.get(t.lower) : undefined;
    const afterLetter = before?.kind === WORD && ROMAN_LEVEL_LETTERS.has(before.lower);
    // "L IV/V": the second number of a level written with one letter.
    const afterJoint =
      (before?.lower === '-' || before?.lower === '/') && out[out.length - 2]?.kind === NUM;
    if (value !== undefined && (afterLetter || afterJoint)) {
      out.push({ ...t, kind: NUM, lower: value, space: false });
    } else out.push(t);
  }
  return out;
}
