/**
 * What every section builder needs: the request, the anatomy it resolves to, the KB, and collectors
 * for the sources cited and the review dates of the entries used.
 */
import { affectedRoot, levelAnatomy, rootAnatomy } from '../anatomy/index.js';
import type { AffectedRoot, LevelAnatomy, RootAnatomy } from '../anatomy/index.js';
import { entriesOf } from '../kb/index.js';
import type { Kb, KbCategory, KbEntry } from '../kb/index.js';
import { isRoot } from '../vocab/index.js';
import type { Level, Side, Zone } from '../vocab/index.js';
import { MAX_READING_GRADE, readingGrade } from './reading-level.js';

/** The request an article answers. */
export interface ArticleRequest {
  readonly level: Level;
  readonly side: Side;
  readonly zone: Zone;
}

/** Shared state of one article build. */
export interface ArticleContext extends ArticleRequest {
  readonly kb: Kb;
  readonly hit: AffectedRoot;
  readonly levelRow: LevelAnatomy;
  /** The root's exam table; undefined for T12, which the lumbar tables do not cover. */
  readonly rootRow: RootAnatomy | undefined;
  /** Records an entry as used: its review date counts towards the article's. */
  use(entry: KbEntry): void;
  readonly reviewedDates: string[];
}

/** Creates the context for one article. */
export function createContext(kb: Kb, request: ArticleRequest): ArticleContext {
  const hit = affectedRoot(request.level, request.zone);
  const reviewedDates: string[] = [];
  return {
    ...request,
    kb,
    hit,
    levelRow: levelAnatomy(request.level),
    rootRow: isRoot(hit.root) ? rootAnatomy(hit.root) : undefined,
    use(entry) {
      reviewedDates.push(entry.reviewed);
    },
    reviewedDates,
  };
}

/** Whether an entry applies at a disc level. */
export const appliesAtLevel = (entry: KbEntry, level: Level): boolean =>
  entry.levels === 'all' || entry.levels.includes(level);

/** Entries of a category that apply at the article's level, in authored order. */
export function entriesAt<C extends KbCategory>(
  ctx: ArticleContext,
  category: C,
): Extract<KbEntry, { category: C }>[] {
  return entriesOf(ctx.kb, category).filter((e) => appliesAtLevel(e, ctx.level));
}

const gradeCache = new Map<string, number>();
/** The reading grade of a text, cached because the same KB text appears in many of the 72 articles. */
export function cachedGrade(text: string): number {
  let grade = gradeCache.get(text);
  if (grade === undefined) {
    grade = readingGrade(text);
    gradeCache.set(text, grade);
  }
  return grade;
}

/** Whether KB text is plain enough to show patients as it is. */
export const isPlain = (text: string | undefined): text is string =>
  text !== undefined && text.trim().length > 0 && cachedGrade(text) <= MAX_READING_GRADE;

/** Splits prose into sentences, keeping abbreviations such as "e.g." and decimals whole. */
export function splitSentences(text: string): string[] {
  // Split after . ! or ? and a space when the next sentence starts with a capital, digit or quote,
  // but not after an abbreviation such as "e.g." or "vs.".
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]\s+(?=[A-Z0-9“"'(])/g)) {
    const end = m.index + 1;
    if (/\b(e\.g|i\.e|vs|etc|approx)\.$/i.test(text.slice(start, end))) continue;
    out.push(text.slice(start, end).trim());
    start = m.index + m[0].length;
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

/**
 * Chooses the patient line for a KB text. Plain text is shown as it is. Otherwise the plain sentences
 * of it are shown, and when none is plain, our own plain fallback; either way the KB's full wording is
 * kept for clinicians, so nothing is lost and nothing hard is passed off as plain.
 */
export function plainOr(
  text: string | undefined,
  fallback: string,
): { text: string; clinician: string[] } {
  if (text === undefined || text.trim().length === 0) return { text: fallback, clinician: [] };
  const kept = plainPart(text);
  if (kept === text) return { text, clinician: [] };
  return { text: kept || fallback, clinician: [text] };
}

const plainCache = new Map<string, string>();
/** The plain sentences of a text ('' when none), the whole text when it is all plain. Cached: KB text repeats across pages. */
function plainPart(text: string): string {
  const cached = plainCache.get(text);
  if (cached !== undefined) return cached;
  let result = text;
  if (!isPlain(text)) {
    const kept: string[] = [];
    let previousKept = true;
    for (const s of splitSentences(text)) {
      // A sentence that points back ("This ...", "The protection ...") needs the one before it.
      const pointsBack =
        /^(The|This|These|That|Those|Such|Both|Together|Its|Their|Here|Then|Instead|However|Also|So)\b/.test(
          s,
        );
      const keep: boolean = isPlain(s) && (previousKept || !pointsBack);
      if (keep) kept.push(s);
      previousKept = keep;
    }
    result = kept.join(' ');
  }
  plainCache.set(text, result);
  return result;
}

/**
 * The plain opening of a text: its sentences from the first one on, up to the first that is not plain
 * ('' when the first is not). For answers, where a later sentence alone would not answer the question.
 */
export function plainLead(text: string): string {
  if (isPlain(text)) return text;
  const lead: string[] = [];
  for (const s of splitSentences(text)) {
    if (!isPlain(s)) break;
    lead.push(s);
  }
  return lead.join(' ');
}

/** Ends a fragment with a full stop if it has no closing punctuation. */
export const sentence = (text: string): string => {
  const t = text.trim();
  if (t.length === 0) return t;
  const capital = `${t.charAt(0).toUpperCase()}${t.slice(1)}`;
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
};

/** Joins words as "a, b and c". */
export function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}
