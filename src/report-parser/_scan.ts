/**
 * Tokeniser: one pass over a line, no regular expressions. Words are ASCII letter runs, numbers are digit
 * runs, and every other visible character is a one-character punctuation token. "atL4" is split into
 * "at" + "L" + "4" because the radiologist notes run words into level names.
 */
import {
  PERIOD_NOUN_AFTER,
  PERIOD_NOUN_BEFORE,
  SPOKEN_LEVEL_LETTERS,
  HOMOPHONE_NUMBERS,
  SPOKEN_NUMBERS,
  SPOKEN_PUNCTUATION,
} from './data/dictation.js';

/** Token kinds. */
export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
export type TokenKind = typeof WORD | typeof NUM | typeof PUNCT;

/** One token of a line. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
  /** Lower-cased text. */
  readonly lower: string;
  /** Whitespace directly before the token. */
  readonly space: boolean;
}

const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 160;
const isUpperLevelLetter = (c: number): boolean => c === 76 || c === 84 || c === 68 || c === 83; // L T D S

/**
 * Tokens of `text` between `from` and `to` (a line without its newline).
 * @param text - the whole report
 * @param from - first character of the line
 * @param to - end of the line (exclusive)
 * @returns tokens in order
 */
const ASTERISK = 42;
const OPEN_SQUARE = 91;

export function scanLine(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let i = from;
  let space = false;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    // Markdown emphasis ("**not** narrowed", "- **L4–L5:**") is no word or mark of the report: its
    // asterisks are passed over, except a bullet opening the line and a tick in a box ("[*]").
    if (
      c === ASTERISK &&
      !(tokens.length === 0 && isSpace(text.charCodeAt(i + 1))) &&
      text.charCodeAt(i - 1) !== OPEN_SQUARE
    ) {
      i++;
      continue;
    }
    if (isLetter(c)) {
      let j = i + 1;
      while (j < to && isLetter(text.charCodeAt(j))) j++;
      // "atL4": a lower-case word with a level letter glued on before a digit.
      if (
        j - i >= 2 &&
        j < to &&
        isDigit(text.charCodeAt(j)) &&
        isUpperLevelLetter(text.charCodeAt(j - 1))
      ) {
        const prev = text.charCodeAt(j - 2);
        if (prev >= 97 && prev <= 122) {
          tokens.push({
            start: i,
            end: j - 1,
            kind: WORD,
            lower: text.slice(i, j - 1).toLowerCase(),
            space,
          });
          tokens.push({
            start: j - 1,
            end: j,
            kind: WORD,
            lower: text.slice(j - 1, j).toLowerCase(),
            space: false,
          });
          space = false;
          i = j;
          continue;
        }
      }
      tokens.push({ start: i, end: j, kind: WORD, lower: text.slice(i, j).toLowerCase(), space });
      i = j;
    } else if (isDigit(c)) {
      let j = i + 1;
      while (j < to && isDigit(text.charCodeAt(j))) j++;
      tokens.push({ start: i, end: j, kind: NUM, lower: text.slice(i, j), space });
      i = j;
    } else {
      // Surrogate pairs stay together so a span never splits a character.
      const width = c >= 0xd800 && c <= 0xdbff && i + 1 < to ? 2 : 1;
      tokens.push({
        start: i,
        end: i + width,
        kind: PUNCT,
        lower: text.slice(i, i + width),
        space,
      });
      i += width;
    }
    space = false;
  }
  return spoken(tokens);
}

/**
 * Token `k` is a level letter standing alone before a number: "L" (or "T"), or "S" after a lumbar
 * number ("L 5 S 1").
 */
function isSpokenLevelLetter(tokens: readonly Token[], k: number): boolean {
  const letter = tokens[k];
  if (letter?.kind !== WORD || letter.end - letter.start !== 1) return false;
  if (letter.lower === 'l' || letter.lower === 't') return true;
  return letter.lower === 's' && tokens[k - 1]?.kind === NUM;
}

/**
 * Dictated forms rewritten as typed ones (data/dictation.ts): a number word after a level letter becomes
 * a number glued to it ("L four" reads as "L4"), a second number word after that stays a number ("L four
 * five" reads as "L4 5", a dictated pair), and "period"/"comma" dictated as words become the mark, except
 * where "period" is the noun ("the postoperative period", "period of").
 */
function spoken(tokens: Token[]): Token[] {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // "L 5 S1", "L 4 5": a level letter dictated apart from its number, read as "L5 S1", "L4 5".
    if (t?.kind === NUM && t.space && isSpokenLevelLetter(tokens, k - 1)) {
      tokens[k] = { ...t, space: false };
      continue;
    }
    if (t?.kind !== WORD) continue;
    const letter = tokens[k - 1];
    const afterLetter =
      letter?.kind === WORD && letter.lower.length === 1 && SPOKEN_LEVEL_LETTERS.has(letter.lower);
    const mark = afterLetter || t.lower.length < 5 ? undefined : SPOKEN_PUNCTUATION.get(t.lower);
    if (mark !== undefined) {
      const before = tokens[k - 1]?.lower ?? '';
      const after = tokens[k + 1]?.lower ?? '';
      if (
        t.lower !== 'period' ||
        (!PERIOD_NOUN_BEFORE.has(before) && !PERIOD_NOUN_AFTER.has(after))
      ) {
        tokens[k] = { ...t, kind: PUNCT, lower: mark };
      }
      continue;
    }
    // "L3 for:" dictated for "L3-4:", "L4 five there is …" for "L4-5": the lower vertebra's number said
    // (or misheard) as a word, where a level heads its statement (before the colon, or opening the line).
    // "At L3 for there is …" (set 36) too: after "at", where a statement follows.
    const heads =
      tokens[k + 1]?.lower === ':' ||
      k === 2 ||
      tokens[k - 3]?.kind === PUNCT ||
      (tokens[k - 3]?.lower === 'at' && HOMOPHONE_LEVEL_FOLLOWERS.has(tokens[k + 1]?.lower ?? ''));
    if (letter?.kind === NUM && heads && tokens[k - 2]?.lower === 'l') {
      const said = HOMOPHONE_NUMBERS.get(t.lower) ?? SPOKEN_NUMBERS.get(t.lower);
      if (said !== undefined && Number(letter.lower) + 1 === said) {
        tokens[k] = { ...t, kind: NUM, lower: String(said) };
        continue;
      }
    }
    const value = afterLetter ? SPOKEN_NUMBERS.get(t.lower) : undefined;
    if (value === undefined) continue;
    tokens[k] = { ...t, kind: NUM, lower: String(value), space: false };
    const second = tokens[k + 1];
    const secondValue = second?.kind === WORD ? SPOKEN_NUMBERS.get(second.lower) : undefined;
    if (second && secondValue !== undefined) {
      tokens[k + 1] = { ...second, kind: NUM, lower: String(secondValue) };
      k++;
    }
  }
  return tokens;
}

/** Words after "at L3 for" that make it a level ("At L3 for there is a bulge", "at L3 for, …"). */
const HOMOPHONE_LEVEL_FOLLOWERS: ReadonlySet<string> = new Set(['there', ',', 'is', 'level', 'no']);

/** Punctuation a speech-recognition transcript spells out ("period", "comma", "new paragraph"). */
const SPOKEN_MARKS: ReadonlyMap<string, string> = new Map([
  ['period', '.'],
  ['comma', ','],
  ['colon', ':'],
  ['semicolon', ';'],
  ['dash', '-'],
  ['hyphen', '-'],
  ['slash', '/'],
]);

/** Whether a text is a transcript that spells out its punctuation (a search per report). */
export const spellsOutPunctuation = (text: string): boolean =>
  /\bnew paragraph\b|\bnext paragraph\b/i.test(text) &&
  (text.match(/\bperiod\b/gi)?.length ?? 0) >= 2;

/**
 * "l4 dash 5 colon mild bulge period new paragraph …": a dictated transcript's spoken punctuation read
 * as the marks it stands for, each with the word's place in the text ("new paragraph" and "end" close
 * a sentence). Only for a text that spells out its punctuation (round 25).
 */
export function withSpokenPunctuation(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const next = tokens[k + 1];
    const mark =
      t.kind !== WORD
        ? undefined
        : (t.lower === 'new' || t.lower === 'next') && next?.lower === 'paragraph'
          ? '.'
          : SPOKEN_MARKS.get(t.lower);
    if (mark === undefined) {
      out.push(t);
      continue;
    }
    const end = mark === '.' && next?.lower === 'paragraph' ? (next?.end ?? t.end) : t.end;
    if (end !== t.end) k++;
    out.push({ start: t.start, end, kind: PUNCT, lower: mark, space: t.space });
  }
  return out;
}

/** Grades a report writes as fractions of three ("grade 2/3"), declared by its legend. */
const FRACTION_GRADES: ReadonlyMap<string, string> = new Map([
  ['1', 'mild'],
  ['2', 'moderate'],
  ['3', 'severe'],
]);

/** Whether a report declares grades as fractions of three ("given out of 3", "1/3 mild"). */
export const gradesAsFractions = (text: string): boolean =>
  text.includes('/3') && /\bout of (?:3|three)\b|\b1\/3\s*[=:-]?\s*(?:=\s*)?mild\b/i.test(text);

/**
 * "grade 2/3 foraminal stenosis", "previously 1/3": under a declared legend, a fraction of three is
 * the grade word it stands for, one token over the fraction's place (round 25).
 */
export function withFractionGrades(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const slash = tokens[k + 1];
    const three = tokens[k + 2];
    const word = t.kind === NUM ? FRACTION_GRADES.get(t.lower) : undefined;
    if (word && slash?.lower === '/' && !slash.space && three?.lower === '3' && !three.space) {
      out.push({ start: t.start, end: three.end, kind: WORD, lower: word, space: t.space });
      k += 2;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Side words a bare Lee grade may follow ("right 2, left 1"). */
const GRADED_SIDES: ReadonlySet<string> = new Set(['right', 'left', 'rt', 'lt']);

/**
 * "L4-5 right 2, left 2" in a report that grades by Lee: a grade number straight after a side, closing
 * its phrase, is that side's grade; the word "grade" is put before it so it reads as "right grade 2"
 * (round 25).
 */
export function withBareSideGrades(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (
      t.kind === NUM &&
      /^[0-3]$/.test(t.lower) &&
      before?.kind === WORD &&
      GRADED_SIDES.has(before.lower) &&
      (after === undefined || (after.kind === PUNCT && after.lower !== '/' && after.lower !== '-'))
    ) {
      out.push({ start: t.start, end: t.start, kind: WORD, lower: 'grade', space: true });
    }
    out.push(t);
  }
  return out;
}

/** Words that name the system of a grade number after them ("Lee grade 2", "Wildermuth grade 2"). */
const GRADE_SYSTEM_WORDS: ReadonlySet<string> = new Set(['lee', 'wildermuth', 'meyerding']);

/**
 * "L3-L4: grade 1 bilaterally" under "Neural foramina (Wildermuth grade):": a bare grade of 0 to 3 is
 * Wildermuth's, so the system's name is put before it (a token of no width) and the lexicon's
 * "wildermuth grade N" reads it (set 35).
 */
export function withWildermuthGrades(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const value = tokens[k + 1];
    if (
      t.kind === WORD &&
      (t.lower === 'grade' || t.lower === 'gr') &&
      value?.kind === NUM &&
      /^[0-3]$/.test(value.lower) &&
      !GRADE_SYSTEM_WORDS.has(tokens[k - 1]?.lower ?? '')
    ) {
      out.push({ start: t.start, end: t.start, kind: WORD, lower: 'wildermuth', space: t.space });
      out.push({ ...t, lower: 'grade', space: true });
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Whether a report names sides as the patient's or the image's ("patient's left", "image-right"). */
export const namesPatientOrImageSides = (text: string): boolean =>
  /\b(?:patient[’']?s?|image)[’']?s?[\s-]+(?:left|right)\b/i.test(text);

const OPPOSITE_SIDE: ReadonlyMap<string, string> = new Map([
  ['left', 'right'],
  ['right', 'left'],
]);

/**
 * "the patient's left foramen" is the left foramen; "the image-left foramen" is the patient's right
 * in the radiological convention axial images are shown in (unless the report says it shows them in
 * the neurological one). The side word stands in for the phrase, at the phrase's place.
 */
export function withPatientSides(tokens: readonly Token[], neurological: boolean): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const owner = t.kind === WORD && (t.lower === 'patient' || t.lower === 'image');
    let j = k + 1;
    // "patient's", "patient’s", "image-", "image's": the owner's marks before the side.
    if (
      owner &&
      (tokens[j]?.lower === "'" || tokens[j]?.lower === '’') &&
      tokens[j + 1]?.lower === 's'
    ) {
      j += 2;
    } else if (owner && tokens[j]?.lower === '-') j++;
    const side = owner ? tokens[j] : undefined;
    const word = side?.kind === WORD ? OPPOSITE_SIDE.get(side.lower) : undefined;
    if (!side || word === undefined) {
      out.push(t);
      continue;
    }
    const lower = t.lower === 'image' && !neurological ? word : side.lower;
    out.push({ start: t.start, end: side.end, kind: WORD, lower, space: t.space });
    k = j;
  }
  return withoutRepeatedSides(out);
}

/** "right (right)": a side restated in a bracket (the image's side and the patient's) is one side. */
function withoutRepeatedSides(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const [open, again, close] = [tokens[k + 1], tokens[k + 2], tokens[k + 3]];
    if (
      OPPOSITE_SIDE.has(t.lower) &&
      open?.lower === '(' &&
      again?.lower === t.lower &&
      close?.lower === ')'
    ) {
      out.push({ ...t, end: close.end });
      k += 3;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** A word scale a report declares, each phrase (as lower-case words) and the grade it stands for. */
export type WordScale = readonly { readonly words: readonly string[]; readonly grade: string }[];

/** The common grades a declared word scale maps onto, in order. */
const SCALE_GRADES = ['none', 'mild', 'moderate', 'severe'] as const;
/** The common grades listed with slashes, as a declaration's bracket gives them. */
const SCALE_GRADE_LIST = /mild\s*\/\s*moderate\s*\/\s*severe\s*\)/i;
/** "patent / slightly narrow / narrow / very narrow (= none / mild / moderate / severe)". */
const DECLARED_SCALE =
  /([a-z][a-z -]*?(?:\s*\/\s*[a-z][a-z -]*?){2,3})\s*\(\s*=?\s*((?:none|normal|nil)\s*\/\s*)?mild\s*\/\s*moderate\s*\/\s*severe\s*\)/i;

/**
 * The word scale a report declares for its grades ("Foraminal scale used in this department: patent /
 * slightly narrow / narrow / very narrow (= none / mild / moderate / severe)"), or undefined (round 26).
 */
export function declaredWordScale(text: string): WordScale | undefined {
  // The grades' own list is the cheap sign of a declaration; most reports have none.
  if (!text.includes('/') || !SCALE_GRADE_LIST.test(text)) return undefined;
  const m = DECLARED_SCALE.exec(text);
  if (!m?.[1]) return undefined;
  const phrases = m[1].split('/').map((p) => p.trim().toLowerCase());
  const grades = m[2] ? SCALE_GRADES : SCALE_GRADES.slice(1);
  const named = phrases.slice(-grades.length);
  if (named.length !== grades.length || named.some((p) => p === '')) return undefined;
  return named
    .map((p, k) => ({
      words: p.split(/[\s-]+/),
      grade: grades[k] === 'none' ? 'patent' : (grades[k] ?? ''),
    }))
    .sort((a, b) => b.words.length - a.words.length);
}

/**
 * "right foramen slightly narrow", "left foramen very narrow (2021: narrow)": under a declared word
 * scale each of its phrases is the grade it stands for and a narrowing, over the phrase's place ("none"
 * as "patent").
 */
export function withWordScale(tokens: readonly Token[], scale: WordScale): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t) continue;
    const hit = scale.find((s) => s.words.every((w, j) => tokens[k + j]?.lower === w));
    if (!hit) {
      out.push(t);
      continue;
    }
    const last = tokens[k + hit.words.length - 1] ?? t;
    out.push({ start: t.start, end: last.end, kind: WORD, lower: hit.grade, space: t.space });
    // A grade word stands with the narrowing its phrase said ("narrow" → "moderate narrowing").
    if (hit.grade !== 'patent') {
      out.push({ start: last.end, end: last.end, kind: WORD, lower: 'narrowing', space: true });
    }
    k += hit.words.length - 1;
  }
  return out;
}
