/**
 * Reading level of the prose Foramen writes for patients: the Flesch–Kincaid grade, computed by the
 * `flesch-kincaid` package from sentence, word and syllable counts (`syllable` package).
 * {@link https://en.wikipedia.org/wiki/Flesch%E2%80%93Kincaid_readability_tests | Flesch–Kincaid}
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** Sentence, word and syllable counts of a text, as the formula takes them. */
export interface TextCounts {
  readonly sentence: number;
  readonly word: number;
  readonly syllable: number;
}

// Abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|vs|approx|Dr|Mr|Mrs|Ms|St|No)\.(?=\s)/g;
const WORD = /[A-Za-z0-9][A-Za-z0-9'’]*/g;

/**
 * Syllables of one token, counted the way it is read aloud. Acronyms and level names are spelled out
 * letter by letter ("MRI" is three syllables, "L4" two), and digits are read as numbers; counting them
 * high keeps the grade honest rather than flattering.
 */
function syllablesOf(token: string): number {
  const cached = syllableCache.get(token);
  if (cached !== undefined) return cached;
  const count = countSyllables(token);
  syllableCache.set(token, count);
  return count;
}

// Counting syllables is the slow part of building a page; words repeat, across pages too.
const syllableCache = new Map<string, number>();
const countsCache = new Map<string, TextCounts>();

function countSyllables(token: string): number {
  const letters = token.replace(/[^A-Za-z]/g, '');
  const digits = token.replace(/[^0-9]/g, '');
  if (digits.length > 0) return letters.length + Math.min(digits.length, 4);
  if (letters.length >= 2 && letters === letters.toUpperCase()) return letters.length;
  return Math.max(1, syllable(token));
}

/** Counts sentences, words and syllables. A block that ends without punctuation still counts as a sentence. */
export function countText(text: string): TextCounts {
  const cached = countsCache.get(text);
  if (cached) return cached;
  const counts = countUncached(text);
  countsCache.set(text, counts);
  return counts;
}

function countUncached(text: string): TextCounts {
  const cleaned = text
    .replace(ABBREVIATIONS, (m) => m.replace(/\./g, ''))
    .replace(/(\d)\.(\d)/g, '$1$2');
  const sentences = cleaned
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => /[A-Za-z0-9]/.test(s));
  let word = 0;
  let syll = 0;
  for (const s of sentences) {
    for (const token of s.match(WORD) ?? []) {
      word += 1;
      syll += syllablesOf(token);
    }
  }
  return { sentence: sentences.length, word, syllable: syll };
}

/** Adds counts, so a grade can be taken over many blocks at once. */
export const addCounts = (a: TextCounts, b: TextCounts): TextCounts => ({
  sentence: a.sentence + b.sentence,
  word: a.word + b.word,
  syllable: a.syllable + b.syllable,
});

/** Zero counts, the identity of `addCounts`. */
export const NO_TEXT: TextCounts = { sentence: 0, word: 0, syllable: 0 };

/** The Flesch–Kincaid grade of counts; 0 for empty text. */
export function gradeOfCounts(counts: TextCounts): number {
  const grade = fleschKincaid({
    sentence: counts.sentence,
    word: counts.word,
    syllable: counts.syllable,
  });
  return Number.isFinite(grade) ? grade : 0;
}

/**
 * The Flesch–Kincaid grade of a text, with each line or sentence taken as a sentence.
 * @param text - plain prose, no markup
 * @returns the US school grade (may be below zero for very short words and sentences)
 */
export function readingGrade(text: string): number {
  return gradeOfCounts(countText(text));
}

/** The grade Foramen's patient prose must not exceed. */
export const MAX_READING_GRADE = 7;
