/**
 * Section and level headings at the start of a line ("FINDINGS:", "L4-5:", "L5-S1 level:", "Level: L2-3").
 */
import { withFields } from '../objects.js';
import { readLevels } from './_levels.js';
import type { Item, LevelRef } from './_model.js';
import type { Token } from './_scan.js';
import { PUNCT, WORD } from './_scan.js';
import type { SectionKind } from './data/sections.js';
import { ANATOMY_LABEL_WORDS, SECTION_HEADINGS } from './data/sections.js';

import { type TransitionalMention } from './_reading.js';
export const HEADING_LOOKUP = new Map<string, SectionKind>();
for (const group of SECTION_HEADINGS) {
  for (const h of group.headings) HEADING_LOOKUP.set(h, group.kind);
}

/** Labels of the lumbar part of a whole-spine report ("Lumbar:", "Lumbar spine:"). */
const LUMBAR_REGION_LABELS: readonly (readonly string[])[] = [['lumbar', 'spine'], ['lumbar']];

/** Whether a line opens with the label of another region of the spine ("Cervical spine:", "Thoracic:"). */
export function otherRegionLabel(tokens: readonly Token[]): boolean {
  const first = tokens[0]?.lower ?? '';
  if (first !== 'cervical' && first !== 'thoracic' && first !== 'dorsal') return false;
  const colon = tokens[1]?.lower === 'spine' ? tokens[2] : tokens[1];
  return colon?.lower === ':';
}

/** The number of tokens of a lumbar region label and its colon opening a line at `from`, else 0. */
export function lumbarRegionLabel(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.lower !== 'lumbar') return 0;
  for (const words of LUMBAR_REGION_LABELS) {
    const colon = tokens[from + words.length];
    if (colon?.lower === ':' && words.every((w, j) => tokens[from + j]?.lower === w)) {
      return words.length + 1;
    }
  }
  return 0;
}

/** Section heading at the start of a line: its kind and where the line's content resumes. */
export function readSectionHeading(
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

/** Words naming a reading a final read replaces ("FINAL REPORT", "Final read (attending, 08:40):"). */
const FINAL_READ_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'read',
  'reading',
  'interpretation',
  'review',
]);

/** Who may sign a final read, named before it ("Attending final report:", "Consultant final read"). */
const FINAL_READ_SIGNERS: ReadonlySet<string> = new Set([
  'attending',
  'consultant',
  'staff',
  'radiologist',
  'reporting',
]);

/**
 * A heading line of a final read after a preliminary one ("*** FINAL REPORT ***", "FINAL REPORT
 * (Consultant Radiologist, 09:05)", "Final read (attending): I have reviewed …"): the index where its
 * content resumes, else undefined. The caller decides whether a preliminary read came before it: only
 * then is it a later reading that replaces what the preliminary said (set 36), as an addendum does.
 */
export function finalReadHeadingEnd(tokens: readonly Token[], from: number): number | undefined {
  let k = from;
  if (FINAL_READ_SIGNERS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'final' || !FINAL_READ_NOUNS.has(tokens[k + 1]?.lower ?? '')) {
    return undefined;
  }
  k += 2;
  if (k >= tokens.length) return k;
  if (tokens[k]?.lower === ':') return k + 1;
  if (tokens[k]?.lower !== '(') return undefined;
  for (let j = k + 1; j < tokens.length && j - k <= ADDENDUM_NOTE_TOKENS; j++) {
    if (tokens[j]?.lower !== ')') continue;
    if (j + 1 >= tokens.length) return j + 1;
    return tokens[j + 1]?.lower === ':' ? j + 2 : undefined;
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
export function readLevelHeading(
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
const LEVEL_LABELS: ReadonlySet<string> = new Set([
  'level',
  'levels',
  'lvl',
  'segment',
  'segments',
]);

/** The tokens of a "Level:" label opening a sentence (0 when there is none). */
export function levelLabelWidth(tokens: readonly Token[], from: number): number {
  return LEVEL_LABELS.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.lower === ':' ? 2 : 0;
}

/** Tokens of the shortest pair naming a sixth lumbar segment ("L5-6"). */
const TRANSITIONAL_PAIR_TOKENS = 4;

const NONLUMBAR_HEADING: LevelRef = { kind: 'nonlumbar' };

/** The colon, dash or line end that makes the level group `m` at a sentence's start a heading. */
/** Markdown's emphasis marks, which may close a level heading ("**L1-L2**"; round 24). */
const MARKDOWN_MARKS: ReadonlySet<string> = new Set(['*', '_', '**', '__']);

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
    // "**L1-L2**", "__L4-5__:": the emphasis marks of markdown around a level heading.
    if (t.kind === PUNCT && (t.lower === '|' || t.lower === ')' || MARKDOWN_MARKS.has(t.lower))) {
      continue;
    }
    return undefined;
  }
  if (i >= to) return { ref: m.ref, next: to };
  const t = tokens[i];
  if (t && t.kind === PUNCT && t.lower === ':') return { ref: m.ref, next: i + 1 };
  return undefined;
}

/**
 * Whether a line's first sentence names a level group outside the heading in force, when that heading
 * had its content on its own line ("L1/2: Normal.") rather than standing over the lines below it.
 */
export function endsInlineHeading(
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

/** A dash or colon after a line's first word ("Left - L3-4 mild", "Right: L2/3 mild"). */
export const isHeadingMark = (t: Token | undefined): boolean =>
  t?.kind === PUNCT && (t.lower === '-' || t.lower === ':');

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
export function opensWithGradingDeclaration(tokens: readonly Token[], from: number): boolean {
  if (!GRADING_DECLARATION_OPENERS.has(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < tokens.length && k - from <= GRADING_DECLARATION_WINDOW; k++) {
    if (tokens[k]?.lower === 'lee') return true;
  }
  return false;
}

export const endsWithColon = (tokens: readonly Token[], to: number): boolean => {
  const last = tokens[to - 1];
  if (last?.kind !== PUNCT) return false;
  // "Neural foraminal narrowing -" over its per-level lines: a spaced dash ending a line is a colon
  // (round 26: the lines had been read without their finding).
  return (
    last.lower === ':' || (DASHES_AS_COLON.has(last.lower) && last.space && to === tokens.length)
  );
};

const DASHES_AS_COLON: ReadonlySet<string> = new Set(['-', '–', '—']);

/** A line that opens with a label naming only anatomy ("Alignment/vertebrae:", "Conus:"). */
export const opensWithAnatomyLabel = (tokens: readonly Token[], from: number): boolean => {
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
