/**
 * Statements about earlier studies: imaging cited in history sections, bracketed prior grades, prior
 * notation ("(previously moderate)") and remarks that summarise or generalise rather than report.
 */
import { LEE_TABLE } from '../grading/index.js';
import type { Severity } from '../vocab/index.js';
import type { Correction } from './_corrections.js';
import { correctionKindOf, correctionsOf } from './_corrections.js';
import type { Item } from './_model.js';
import { isBracket } from './_model.js';
import type { QualifiedFinding } from './_qualifiers.js';
import type { Token } from './_scan.js';
import { WORD } from './_scan.js';

import { type SectionedFinding } from './_reading.js';
import { hasWord } from './_sentence-bounds.js';
/** Words of a remark on what a sign can go with ("which can be seen with high-grade stenosis"). */
export const GENERIC_REMARK =
  /\bwhich (?:can|may|could|might) be (?:seen|found|encountered|observed|associated)\b|\b(?:can|may) be seen with\b/i;

/** Words that make a sentence a summary of findings described before it. */
export const SUMMARY_OF_ABOVE =
  /\bas (?:detailed|described|noted|discussed|outlined|mentioned)(?: above| earlier| in the findings)?\b|\bsee above\b|\bas above\b/i;

/** Words naming an imaging study, and the verbs that report what it showed. */
const CITED_STUDY_WORDS: ReadonlySet<string> = new Set([
  'mri',
  'mr',
  'ct',
  'myelogram',
  'scan',
  'imaging',
]);

const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'showed',
  'shows',
  'showing',
  'demonstrated',
  'demonstrates',
  'revealed',
  'reveals',
  'confirmed',
  'confirms',
]);

/** Tokens from a study word to its verb or label colon ("CT myelogram 8/1/24:", "MRI of 3 March showed"). */
const CITED_STUDY_WINDOW = 8;

/**
 * "Indication: … CT myelogram 8/1/24: sev L4/5 canal stenosis …", "Her MRI showed moderate left L4-5
 * foraminal stenosis": a sentence of a history section that opens by citing a study's result states
 * imaging findings (in letters and operation notes the imaging is quoted there).
 */
export function citesImaging(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < Math.min(to, from + 3); k++) {
    if (!CITED_STUDY_WORDS.has(tokens[k]?.lower ?? '')) continue;
    for (let j = k + 1; j < Math.min(to, k + CITED_STUDY_WINDOW); j++) {
      const w = tokens[j]?.lower ?? '';
      if (REPORTING_VERBS.has(w) || w === ':') return true;
      if (w === '.' || w === ';') break;
    }
  }
  return false;
}

/** Words naming this study and the earlier one in a "current (prior)" notation. */
const NOW_WORDS: ReadonlySet<string> = new Set(['current', 'now', 'today', 'present', 'new']);

const EARLIER_WORDS: ReadonlySet<string> = new Set([
  'prior',
  'previous',
  'previously',
  'then',
  'before',
  'comparison',
  'old',
]);

/**
 * "Foraminal stenosis, current (prior):", "Grades now (previous):": the items without the notation
 * (and the comma before it), or undefined when the sentence declares none.
 */
export function withoutPriorNotation(items: readonly Item[], text: string): Item[] | undefined {
  const word = (x: Item | undefined): string => (x ? text.slice(x.start, x.end).toLowerCase() : '');
  // Only around a bracket: the words are read from the text, so most sentences are not sliced.
  const open = items.findIndex(
    (x, i) =>
      isBracket(x, '(') &&
      isBracket(items[i + 2], ')') &&
      i > 0 &&
      NOW_WORDS.has(word(items[i - 1])) &&
      EARLIER_WORDS.has(word(items[i + 1])),
  );
  if (open < 0) return undefined;
  const at = open - 1;
  // "…, grades given as current (prior):": the words announcing the notation go with it (set 35).
  let first = at;
  while (first > 0 && NOTATION_LEAD_WORDS.has(word(items[first - 1]))) first--;
  const from = items[first - 1]?.kind === 'conj' ? first - 1 : first;
  return [...items.slice(0, from), ...items.slice(at + 4)];
}

/** Words that may announce a "current (prior)" notation: "grades given as", "graded as", "shown as". */
const NOTATION_LEAD_WORDS: ReadonlySet<string> = new Set([
  'grades',
  'grade',
  'graded',
  'grading',
  'severity',
  'given',
  'shown',
  'written',
  'listed',
  'expressed',
  'recorded',
  'reported',
  'are',
  'is',
  'as',
  'in',
  'format',
  'notation',
]);

const isGradeOrNone = (x: Item | undefined): boolean =>
  x?.kind === 'severity' || (x?.kind === 'context' && x.rule.category === 'negation');

/** Words of a sentence declaring that bracketed grades are the earlier study's. */
const BRACKET_WORDS: ReadonlySet<string> = new Set([
  'bracket',
  'brackets',
  'parentheses',
  'parenthesis',
]);

const DECLARED_EARLIER_WORDS: ReadonlySet<string> = new Set([
  'prior',
  'previous',
  'earlier',
  'preceding',
  'former',
  'comparison',
]);

const DECLARED_VALUE_WORDS: ReadonlySet<string> = new Set([
  'grade',
  'grades',
  'grading',
  'gradings',
  'findings',
  'values',
  'severity',
  'severities',
]);

/**
 * "Grades from the prior study are given in brackets", "Previous grading in parentheses": a sentence
 * with no finding of its own naming brackets, an earlier study and grades.
 */
export function declaresBracketsPrior(tokens: readonly Token[], from: number, to: number): boolean {
  let bracket = false;
  let earlier = false;
  let values = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.lower ?? '';
    bracket ||= BRACKET_WORDS.has(w);
    earlier ||= DECLARED_EARLIER_WORDS.has(w);
    values ||= DECLARED_VALUE_WORDS.has(w);
  }
  return bracket && earlier && values && !hasWord(tokens, from, to, '(');
}

/** What may close a finding before its bracketed earlier grade ("… stenosis (moderate)", "patent (none)"). */
const closesFinding = (x: Item | undefined): boolean =>
  isGradeOrNone(x) || (x?.kind === 'pred' && (x.pred === 'narrow' || x.pred === 'normal'));

/**
 * Under a "current (prior)" notation, "left moderate (mild)", "right none (none)": the bracketed
 * grade after a grade, taken out of the items, and the prior grade it gives (`none` for a negation).
 * Under a report-wide declaration (`declared`), also the bracket after a finding or a normal structure
 * ("Mild central canal stenosis (none)", "Foramina patent (patent)").
 */
export function priorBracket(
  items: readonly Item[],
  text: string,
  declared = false,
): { items: Item[]; grade: Severity } | undefined {
  const opens = declared ? closesFinding : isGradeOrNone;
  const inner = declared ? closesFinding : isGradeOrNone;
  const at = items.findIndex(
    (x, i) =>
      isBracket(x, '(') &&
      opens(items[i - 1]) &&
      inner(items[i + 1]) &&
      isBracket(items[i + 2], ')'),
  );
  if (at < 0) return leeBracket(items, text);
  const within = items[at + 1];
  if (!within) return undefined;
  if (within.kind === 'pred' && within.pred === 'narrow') return undefined;
  const grade: Severity = within.kind === 'severity' ? within.severity : 'none';
  return { items: [...items.slice(0, at), ...items.slice(at + 3)], grade };
}

/**
 * "left foramen Lee 2 (1)", "Lee 3 (Lee 2)" under a "current (prior)" notation: the bracketed number
 * after a Lee grade is the earlier study's Lee grade (set 37: the bracket had been dropped, and with it
 * the prior grade), graded by the same table the calculators use.
 */
function leeBracket(
  items: readonly Item[],
  text: string,
): { items: Item[]; grade: Severity } | undefined {
  const numberAt = (x: Item | undefined): number | undefined => {
    const value = x ? Number(text.slice(x.start, x.end)) : NaN;
    return x?.kind === 'other' && Number.isInteger(value) ? value : undefined;
  };
  for (let i = 2; i + 2 < items.length; i++) {
    if (!isBracket(items[i], '(')) continue;
    const lee = items[i - 2];
    if (lee?.kind !== 'grading' || lee.system !== 'lee' || numberAt(items[i - 1]) === undefined) {
      continue;
    }
    const named = items[i + 1]?.kind === 'grading' ? 1 : 0;
    const prior = numberAt(items[i + 1 + named]);
    if (prior === undefined || !isBracket(items[i + 2 + named], ')')) continue;
    const row = LEE_TABLE.find((r) => r.grade === prior);
    if (!row) continue;
    return { items: [...items.slice(0, i), ...items.slice(i + 3 + named)], grade: row.severity };
  }
  return undefined;
}

/** The prior study's findings beside this study's stenosis findings, with the bracketed grade. */
export function priorCopies(
  found: readonly QualifiedFinding[],
  grade: Severity,
): QualifiedFinding[] {
  return found
    .filter(
      (f) =>
        f.temporal === 'current' &&
        (f.finding === 'foraminal-stenosis' || f.finding === 'central-canal-stenosis'),
    )
    .map((f) => ({
      ...f,
      temporal: 'prior',
      negated: grade === 'none',
      severity: grade === 'none' ? null : grade,
      maxSeverity: undefined,
      grade: undefined,
    }));
}

/** What a sentence with findings withdraws, when it corrects an earlier statement. */
export function correctionsIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  items: readonly Item[],
  found: readonly SectionedFinding[],
): Correction<SectionedFinding>[] {
  const levelGroups = items.flatMap((x) => (x.kind === 'level' ? [x.ref] : []));
  const correction = correctionKindOf(wordsOf(tokens, from, to), levelGroups.length);
  return correction ? correctionsOf(correction, found, levelGroups) : [];
}

/** The words of tokens `from` to `to`, in lower case, joined by single spaces. */
const wordsOf = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .filter((t) => t.kind === WORD)
    .map((t) => t.lower)
    .join(' ');

/** A relative clause in the past tense ("which was seen compressing …", "that had caused …"). */
const PAST_RELATIVE = /\b(?:which|that)\s+(?:was|were|had)\b/i;
/** The main verb of a follow-up: the lesion changed size since the earlier study. */
const CHANGED_SIZE =
  /\b(?:has|have)\s+(?:decreased|increased|reduced|regressed|diminished|grown|shrunk|enlarged)\b|\b(?:decreased|increased|reduced|regressed)\s+in\s+size\b/i;

/**
 * "The L4-5 extrusion, which was seen compressing the exiting root with severe foraminal narrowing, has
 * decreased in size": in a sentence whose main verb says the lesion changed size, a past-tense relative
 * clause describes the earlier study, so the grades in it are that study's. With no grade after the
 * change the whole statement is the earlier study's; "…, has decreased in size, now with mild
 * narrowing" keeps its current grade, and only the grades of the relative clause are marked earlier.
 */
export function withEarlierLesionGrades(
  items: readonly Item[],
  text: string,
): { items: Item[]; whole: boolean } | undefined {
  const first = items[0];
  const last = items[items.length - 1];
  // Only a graded clause with a relative pronoun is read further (most clauses are not).
  if (!first || !last || !items.some((x) => x.kind === 'severity')) return undefined;
  if (
    !items.some((x) => x.kind === 'context' && x.rule.literal === 'which') &&
    !/\bthat\b/i.test(text.slice(first.start, last.end))
  ) {
    return undefined;
  }
  const said = text.slice(first.start, last.end);
  const relative = PAST_RELATIVE.exec(said);
  if (!relative) return undefined;
  const change = CHANGED_SIZE.exec(said.slice(relative.index));
  if (!change) return undefined;
  const relativeAt = first.start + relative.index;
  const changeAt = relativeAt + change.index;
  const inClause = (x: Item): boolean =>
    x.kind === 'severity' && x.start > relativeAt && x.start < changeAt;
  if (!items.some(inClause)) return undefined;
  const whole = !items.some(
    (x) => (x.kind === 'severity' && x.start > changeAt) || (x.kind === 'time' && x.time === 'now'),
  );
  if (whole) return { items: [...items], whole };
  return {
    items: items.flatMap((x): Item[] =>
      inClause(x)
        ? [{ kind: 'time', time: 'prior', lit: '', start: x.start, end: x.start }, x]
        : [x],
    ),
    whole,
  };
}

/** Adjectives that put a grade in the earlier study ("the prior severe canal stenosis"). */
const EARLIER_ADJECTIVES: ReadonlySet<string> = new Set(['prior', 'previous', 'former']);

/**
 * "PRIOR SEVERE CANAL STENOSIS HAS BEEN TREATED BY INTERSPINOUS SPACER; CANAL NOW MODERATELY
 * NARROWED", "the previous moderate stenosis is now severe": a grade right after "prior", "previous" or
 * "former" is the earlier study's, as "previously moderate" is (round 24: it had been read as
 * current and outranked this study's grade).
 */
export function withEarlierAdjective(items: Item[], text: string): Item[] {
  const earlier = (i: number): boolean => {
    const before = items[i - 1];
    return (
      items[i]?.kind === 'severity' &&
      before !== undefined &&
      (before.kind === 'other' || before.kind === 'word') &&
      before.end - before.start <= 8 &&
      EARLIER_ADJECTIVES.has(text.slice(before.start, before.end).toLowerCase())
    );
  };
  if (!items.some((_, i) => earlier(i))) return items;
  return items.flatMap((x, i): Item[] =>
    earlier(i) ? [{ kind: 'time', time: 'prior', lit: '', start: x.start, end: x.start }, x] : [x],
  );
}
