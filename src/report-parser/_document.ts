/**
 * The walk over a whole report: lines, section headings, level headings ("L4-5:", "L5-S1 level:", a
 * level alone on a line), sentences, and the level context that carries a paragraph's level into its
 * following sentences. A blank line or a new heading ends the carry-over. Lines are processed one at a
 * time and very long lines in bounded chunks, so memory stays flat on large inputs.
 */
import type { Item, LevelRef } from './_model.js';
import { assembleSentence } from './_assemble.js';
import type { RawFinding } from './_assemble.js';
import { contextFlags } from './_context.js';
import { buildItems } from './_items.js';
import { readLevels } from './_levels.js';
import type { Normaliser } from './_normalise.js';
import { NUM, PUNCT, WORD, scanLine } from './_scan.js';
import type { Token } from './_scan.js';
import type { PhraseTrie } from './_trie.js';
import { EXCLUDED_SECTIONS, SECTION_HEADINGS } from './data/sections.js';
import type { SectionKind } from './data/sections.js';

/** A finding with the section it was read in. */
export interface SectionedFinding extends RawFinding {
  readonly section: SectionKind;
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
}

const MAX_LINE = 20_000;
const MAX_SENTENCE_TOKENS = 400;
const HEADING_LOOKUP = new Map<string, SectionKind>();
for (const group of SECTION_HEADINGS) {
  for (const h of group.headings) HEADING_LOOKUP.set(h, group.kind);
}

const BULLETS = new Set(['-', '*', '#', '|', '•', '>', '.', '–', '—']);
const isBoundary = (tokens: readonly Token[], i: number): boolean => {
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
      return !(prev?.kind === NUM && next?.kind === NUM && !next.space && prev.end === t.start);
    }
    case '/':
      return tokens[i + 1]?.lower === '/' || tokens[i - 1]?.lower === '/';
    default:
      return false;
  }
};

/** Section heading at the start of a line: its kind and where the line's content resumes. */
function readSectionHeading(
  text: string,
  tokens: readonly Token[],
  from: number,
): { kind: SectionKind; next: number } | undefined {
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

const isUpperWord = (text: string, t: Token): boolean => {
  const s = text.slice(t.start, t.end);
  return s === s.toUpperCase();
};

/** A level heading at the start of a sentence ("L4-5:", "L3-L4, L4-L5:", "L5-S1 level:", "L3-L4" alone). */
function readLevelHeading(
  tokens: readonly Token[],
  from: number,
  to: number,
): { ref: LevelRef; next: number } | undefined {
  const m = readLevels(tokens, from, to);
  if (!m || m.kind !== 'levels') return undefined;
  let i = m.end;
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
  let coversT12 = false;
  let section: SectionKind = 'other';
  let header: LevelRef | undefined;
  let last: LevelRef | undefined;

  const noteLevels = (ref: LevelRef | undefined): void => {
    if (ref?.kind === 'levels' && ref.levels.includes('T12-L1')) coversT12 = true;
  };

  const processSentence = (tokens: readonly Token[], from: number, to: number): void => {
    if (from >= to) return;
    let start = from;
    const heading = readLevelHeading(tokens, start, to);
    if (heading) {
      header = heading.ref;
      last = heading.ref;
      noteLevels(heading.ref);
      start = heading.next;
    }
    if (start >= to) return;
    const excluded = EXCLUDED_SECTIONS.has(section) && !options.includeHistory;
    if (excluded) return;
    const items: Item[] = buildItems(tokens, start, to, options.trie, options.normalise);
    if (items.length === 0) return;
    const flags = contextFlags(items);
    for (const f of assembleSentence(items, flags, { header, last })) {
      noteLevels(f.levelRef);
      findings.push({ ...f, section });
    }
    for (const item of items) {
      if (item.kind === 'level') {
        // "at all levels" and "elsewhere" speak for their own sentence only.
        last = item.ref.kind === 'all' || item.ref.kind === 'other' ? undefined : item.ref;
        noteLevels(item.ref);
      } else if (item.kind === 'transitional') {
        transitional.push({ start: item.start, end: item.end });
      }
    }
  };

  const processLine = (from: number, to: number): void => {
    const tokens = scanLine(text, from, to);
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
    const sectionHeading = readSectionHeading(text, tokens, i);
    if (sectionHeading) {
      section = sectionHeading.kind;
      header = undefined;
      last = undefined;
      i = sectionHeading.next;
    }
    let sentenceStart = i;
    for (let k = i; k <= tokens.length; k++) {
      if (
        k === tokens.length ||
        isBoundary(tokens, k) ||
        k - sentenceStart >= MAX_SENTENCE_TOKENS
      ) {
        // Skip leading bullets of the next sentence.
        processSentence(tokens, sentenceStart, k);
        sentenceStart = k + (k < tokens.length && isBoundary(tokens, k) ? 1 : 0);
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
  return { findings, transitional, coversT12 };
}

function isBlankLine(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 13 || c === 160)) return false;
  }
  return true;
}
