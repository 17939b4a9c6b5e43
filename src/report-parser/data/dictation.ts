/**
 * Voice-recognition forms: numbers dictated as words after a level letter ("L four five", "L five S one",
 * "T twelve L one", "the exiting left L four nerve root") and punctuation dictated as a word ("… leg pain
 * period the conus …"). The scanner turns them into the tokens a typed report would have, keeping each
 * token's span in the original text, so levels and roots are then read (and checked against anatomy) by
 * the same code as "L4-5" and "L4".
 */
import { NUMBER_WORDS } from '../../vocab/index.js';

/** A number word and its value; only values a vertebra can carry (1 to 12). */
export const SPOKEN_NUMBERS: ReadonlyMap<string, number> = new Map(Object.entries(NUMBER_WORDS));

/** Letters that name a vertebra before a number (lumbar, sacral, thoracic, dorsal, cervical). */
export const SPOKEN_LEVEL_LETTERS: ReadonlySet<string> = new Set(['l', 's', 't', 'd', 'c']);

/** Punctuation dictated as a word: the word and the mark it stands for. */
export const SPOKEN_PUNCTUATION: ReadonlyMap<string, string> = new Map([
  ['period', '.'],
  ['comma', ','],
  ['semicolon', ';'],
]);

/**
 * Words before "period" that make it the noun ("the postoperative period", "a short period"), and words
 * after it that do ("period of"): there it is not a dictated full stop.
 */
export const PERIOD_NOUN_BEFORE: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'same',
  'short',
  'long',
  'brief',
  'time',
  'postoperative',
  'operative',
  'perioperative',
  'recovery',
  'interval',
  'follow',
  'up',
  'observation',
  'latent',
  'refractory',
  'waiting',
  'study',
  'comma',
  'period',
]);
export const PERIOD_NOUN_AFTER: ReadonlySet<string> = new Set(['of', 'since', 'between', 'during']);

/**
 * A number word misheard as its homophone between a level and the colon of its heading ("L3 for:" is
 * "L3-4:"). Only where the pair is a level the misheard value makes (L3 then 4).
 */
export const HOMOPHONE_NUMBERS: ReadonlyMap<string, number> = new Map([['for', 4]]);

/**
 * Speech-recognition forms of foramen, foramina and foraminal seen in dictated reports ("the exit for
 * Raymond are normal", "no stenosis of the canal or for Amina", "neural for a middle narrowing"). They
 * are lexicon literals of the foramen targets, so they read as the words the radiologist said.
 */
export const MISHEARD_FORAMEN: readonly string[] = ['foreman', 'for amen', 'for a men'];
export const MISHEARD_FORAMINA: readonly string[] = [
  'for amina',
  'neural for amina',
  'for a mina',
  'for raymond',
  'foreman a',
  // "The neural for a mean are patent" (set 36).
  'for a mean',
  'neural for a mean',
];
export const MISHEARD_FORAMINAL: readonly string[] = [
  'for a middle',
  'neural for a middle',
  'for aminal',
  'neural for aminal',
  // "moderate left for a minute narrowing".
  'for a minute',
  'neural for a minute',
  // "mild bilateral neural for a minimal narrowing" (round 25).
  'for a minimal',
  'neural for a minimal',
];
