/**
 * Grades that carry their own date or study: "moderate (was mild)", "(prior: mild)", "mild (2021),
 * moderate (2022), severe (current)", "mild in 2019, moderate in 2022 and now severe", "was mild on the
 * first study". Each grade marked as an earlier study's gets a time word of the earlier study in front
 * of it ("previously mild"), and a grade marked as this study's gets "now", so the qualifiers read
 * them as they read "previously mild, now moderate"; the marks themselves go. Without this pass the
 * earlier grade stood as the only grade of the finding and was reported as current (round 25).
 */
import type { Item } from './_model.js';
import { isBracket, isComma } from './_model.js';

/** A year or a date that ends in one ("2019", "03/2021", "14.02.22", "2021-03-10"). */
const DATE = String.raw`(?:(?:19|20)\d\d(?:-\d\d(?:-\d\d)?)?|\d{1,2}[/.-]\d{1,2}(?:[/.-](?:19|20)?\d\d)?|\d{1,2}[/.-](?:19|20)\d\d)`;
/** Words that name an imaging study. */
const STUDY = String.raw`(?:study|studies|exam|examination|scan|scans|mri|mr|ct|imaging|one|images)`;
/** Words for an earlier study, or a study counted from the first. */
const EARLIER = String.raw`(?:prior|previous|previously|preceding|prev\.?|before|baseline|initial|initially|earlier|older|original|first|second|third|last|pre-?op(?:erative(?:ly)?)?)`;
/** Of those, the words that name an earlier study without a noun after them ("on prior"). */
const EARLIER_ALONE = String.raw`(?:prior|previous|preceding|baseline|pre-?op(?:erative(?:ly)?)?)`;
/** Counted studies, without a noun only at the end of a phrase ("mild on the first and moderate on the second"). */
const COUNTED = String.raw`(?:first|second|third)`;
/** Words for this study. */
const CURRENT = String.raw`(?:current|currently|now|today|present|this (?:study|exam|examination|scan|mri|ct)|(?:the )?(?:current|present|latest|new) (?:study|exam|examination|scan|mri|ct))`;

/** A bracket after a grade that names an earlier study: "(2021)", "(on prior)", "(MRI 2019)". */
const EARLIER_AFTER = new RegExp(
  String.raw`^(?:(?:on|in|at)\s+)?(?:the\s+)?(?:(?:mri|mr|ct|scan)\s+)?(?:${DATE}|${EARLIER}(?:\s+${STUDY})?)(?:\s+${STUDY})?$`,
  'i',
);
/** A bracket after a grade that names this study: "(current)", "(today)". */
const CURRENT_AFTER = new RegExp(String.raw`^(?:on\s+)?${CURRENT}$`, 'i');
/** Words that say a finding was absent: "none", "normal", "not seen". */
const ABSENT = String.raw`(?:none|nil|normal|absent|patent|negative|unremarkable|no(?:t)?\s+(?:seen|present|narrowing|stenosis))`;
/**
 * A bracket after a grade saying the earlier study had no such finding: "(previously none)", "(prior:
 * normal)", "(was absent)", "(not seen on prior)", "(none in 2021)". The grade outside is this study's.
 */
const EARLIER_ABSENT = new RegExp(
  String.raw`^(?:(?:was|were|then|${EARLIER}(?:\s+${STUDY})?|(?:(?:on|in)\s+)?(?:(?:mri|mr|ct)\s+)?${DATE})\s*[:=-]?\s*${ABSENT}|${ABSENT}\s+(?:(?:on|in|at)\s+)?(?:the\s+)?(?:${EARLIER}(?:\s+${STUDY})?|${DATE}(?:\s+${STUDY})?))$`,
  'i',
);
/** The opening of a bracket that gives an earlier grade: "(was", "(prior:", "(2022:", "(previously". */
const EARLIER_OPENING = new RegExp(
  String.raw`^(?:was|were|then|${EARLIER}(?:\s+${STUDY})?|(?:(?:on|in)\s+)?(?:(?:mri|mr|ct)\s+)?${DATE})\s*[:=-]?$`,
  'i',
);
/** Words after a grade that date it to an earlier study: "in 2019", "on the first study", "on prior". */
const EARLIER_TRAILER = new RegExp(
  String.raw`^\s+(?:in|on|at)\s+(?:the\s+)?(?:${DATE}(?:\s+${STUDY})?\b|${EARLIER_ALONE}\b(?:\s+${STUDY}\b)?|${EARLIER}\s+${STUDY}\b|${COUNTED}(?=\s*(?:[,;.)]|and\b|$)))`,
  'i',
);
/** A trailer that is only a date: it dates a grade only beside a grade of this study. */
const DATE_ONLY = new RegExp(
  String.raw`^\s+(?:in|on|at)\s+(?:the\s+)?${DATE}(?:\s+${STUDY})?$`,
  'i',
);
/** Words that say a clause also speaks of this study. */
const NOW_WORDS = new RegExp(String.raw`\b(?:now|today|currently|at present|${CURRENT})\b`, 'i');

/** Items a bracket after a grade may hold before it closes ("(on the prior study)"). */
const BRACKET_REACH = 8;

type Mark = 'earlier' | 'current';

interface Marked {
  /** Index of the grade's severity item. */
  readonly at: number;
  readonly mark: Mark;
  /** Whether the mark is only a date (it needs a grade of this study beside it). */
  readonly dateOnly: boolean;
  /** Item indices the mark spans, dropped with it. */
  readonly drop: readonly number[];
  /** A side item of the mark's bracket, put before the time word. */
  readonly sideFirst?: number;
}

const timeItem = (time: 'prior' | 'now', at: number): Item => ({
  kind: 'time',
  time,
  lit: '',
  start: at,
  end: at,
});

/** The index of the bracket closing the one opened at `open`, within reach. */
function closingBracket(items: readonly Item[], open: number): number | undefined {
  for (let k = open + 1; k < Math.min(items.length, open + BRACKET_REACH); k++) {
    const x = items[k];
    if (isBracket(x, ')')) return k;
    if (isBracket(x, '(')) return undefined;
  }
  return undefined;
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, k) => from + k);

/**
 * Where "which was" or "that had been" opens, after a comma, right before the grade at `i`, if it does.
 */
function pastRelativeBefore(items: readonly Item[], i: number, text: string): number | undefined {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && items[k]?.kind === 'filler') k--;
  const which = items[k];
  if (k === i - 1 || which?.kind !== 'context' || !/^(?:which|that)$/i.test(which.rule.literal)) {
    return undefined;
  }
  const copula = items[i - 1];
  const said = copula ? text.slice(which.end, copula.end).trim().toLowerCase() : '';
  if (!/^(?:was|were|had been|has been previously|was previously)$/.test(said)) return undefined;
  // Only a structure's own past ("the central canal, which was …"), not a lesion's.
  const owner = items[k - 2];
  return isComma(items[k - 1]) && (owner?.kind === 'target' || owner?.kind === 'level')
    ? k
    : undefined;
}

/**
 * The grade at `i` as the only grade of a bracket opened by the earlier study's time words
 * ("(in the previous study the right reduction was discrete)"): its other words go with the time words.
 */
function earlierAside(items: readonly Item[], i: number): Marked | undefined {
  let open = i - 1;
  while (open >= 0 && i - open < BRACKET_REACH && !isBracket(items[open], '(')) open--;
  const time = items[open + 1];
  if (!isBracket(items[open], '(') || time?.kind !== 'time' || time.time !== 'prior') {
    return undefined;
  }
  const close = closingBracket(items, open);
  if (close === undefined || close < i) return undefined;
  const inside = items.slice(open + 1, close);
  if (inside.filter((x) => x.kind === 'severity').length !== 1) return undefined;
  if (inside.some((x) => x.kind === 'level' || x.kind === 'context')) return undefined;
  // One side named in it stays, before the time word: "(right previously discrete)".
  const sides = range(open + 1, close - 1).filter((k) => {
    const x = items[k];
    return x?.kind === 'side' && x.side !== 'bilateral';
  });
  const side = sides.length === 1 ? sides[0] : undefined;
  return {
    at: i,
    mark: 'earlier',
    dateOnly: false,
    drop: range(open + 1, close - 1).filter((k) => k !== i && k !== side),
    ...(side === undefined ? {} : { sideFirst: side }),
  };
}

/** An arrow of change between two grades. */
const ARROW = /^(?:-+>|→|=+>|⇒|⟶)$/;
/** Items an arrow may be read as ("->" as "greater than"). */
const ARROW_REACH = 3;

/** The index after a grade and the predicate that may follow it. */
const afterGradeOf = (items: readonly Item[], i: number): number =>
  items[i + 1]?.kind === 'pred' ? i + 2 : i + 1;

/**
 * The items of an arrow at `from` that leads to another grade or a normal word, or undefined. The
 * arrow's characters are read as other words ("->" as "greater than"), so the text decides.
 */
function arrowAfter(
  items: readonly Item[],
  from: number,
  text: string,
  landsOnNone = false,
): number[] | undefined {
  const before = items[from - 1];
  if (!before) return undefined;
  for (let k = from; k < items.length && k <= from + ARROW_REACH; k++) {
    const x = items[k];
    if (!x) return undefined;
    const lands =
      x.kind === 'severity' ||
      (x.kind === 'pred' && x.pred === 'normal') ||
      (landsOnNone && x.kind === 'context' && EARLIER_NONE.has(x.lit));
    if (!lands) continue;
    if (!ARROW.test(text.slice(before.end, x.start).trim())) return undefined;
    return range(from, k - 1);
  }
  return undefined;
}

/** Whether the grade at `i` has a neighbour that could mark it (a cheap look before `markOf`). */
function mayBeMarked(items: readonly Item[], i: number): boolean {
  const next = items[i + 1]?.kind === 'pred' ? items[i + 2] : items[i + 1];
  if (next && (isBracket(next, '(') || isBracket(next, ')') || next.kind === 'time')) return true;
  if (next && (next.kind === 'asym-lead' || next.kind === 'other')) return true;
  if (next && TRAILER_OPENERS.has(next.lit)) return true;
  let k = i + 1;
  while (NOUN_PHRASE_KINDS.has(items[k]?.kind ?? 'other')) k++;
  if (TRAILER_OPENERS.has(items[k]?.lit ?? '')) return true;
  // "(was mild)", "(in the previous study … discrete)", ", which was moderately narrowed,".
  for (let j = i - 1; j >= 0 && i - j < BRACKET_REACH; j--) {
    const x = items[j];
    if (isBracket(x, '(') || x?.kind === 'context') return true;
  }
  return false;
}

/** The mark a grade at `i` carries, if any. */
function markOf(items: readonly Item[], i: number, text: string): Marked | undefined {
  const grade = items[i];
  if (grade?.kind !== 'severity') return undefined;
  // "mild (2021)", "severe (current)": a bracket right after the grade (or after its predicate).
  const after = items[i + 1]?.kind === 'pred' ? i + 2 : i + 1;
  const open = items[after];
  if (isBracket(open, '(')) {
    const close = closingBracket(items, after);
    const closing = close === undefined ? undefined : items[close];
    if (close !== undefined && closing && open) {
      const inside = text.slice(open.end, closing.start).trim();
      const drop = range(after, close);
      if (EARLIER_AFTER.test(inside)) {
        return { at: i, mark: 'earlier', dateOnly: new RegExp(`^${DATE}$`).test(inside), drop };
      }
      if (CURRENT_AFTER.test(inside) || EARLIER_ABSENT.test(inside)) {
        return { at: i, mark: 'current', dateOnly: false, drop };
      }
    }
  }
  // "moderate -> severe", "mild → normal": an arrow from the earlier grade to this study's (round 25).
  const arrow = arrowAfter(items, afterGradeOf(items, i), text);
  if (arrow) return { at: i, mark: 'earlier', dateOnly: false, drop: arrow };
  // "(in the previous study the right reduction was discrete)": a bracket opened by the earlier study's
  // time words is that study's statement; its one grade is the earlier grade of the finding before it.
  const aside = earlierAside(items, i);
  if (aside) return aside;
  // "(was mild)", "(prior: mild)", "(2022: mild)": a bracket whose opening words date the grade in it.
  const before = items[i - 1];
  let opening = i - 1;
  while (opening >= 0 && opening > i - 5 && !isBracket(items[opening], '(')) opening--;
  const openItem = items[opening];
  const afterGrade = items[i + 1]?.kind === 'pred' ? i + 2 : i + 1;
  if (before && openItem && isBracket(openItem, '(') && isBracket(items[afterGrade], ')')) {
    const words = text.slice(openItem.end, grade.start).trim();
    if (words !== '' && EARLIER_OPENING.test(words)) {
      return { at: i, mark: 'earlier', dateOnly: false, drop: range(opening + 1, i - 1) };
    }
  }
  // "The central canal, which was moderately narrowed, is now only mildly narrowed": a past relative
  // clause between commas; the sentence must also speak of now (checked by the caller).
  const relative = pastRelativeBefore(items, i, text);
  if (relative !== undefined) {
    // The commas stay: "the foramen, previously severely narrowed, is now patent" is read as an aside;
    // words that date it ("… narrowed at the previous examination,") go with the relative words.
    return {
      at: i,
      mark: 'earlier',
      dateOnly: true,
      drop: [...range(relative, i - 1), ...trailerItems(items, afterGrade, text)],
    };
  }
  // "mild in 2019", "mild on the first study", "moderate on the second", and after the grade's noun
  // phrase: "severe canal stenosis in 2019".
  let phraseEnd = afterGrade;
  while (NOUN_PHRASE_KINDS.has(items[phraseEnd]?.kind ?? 'other')) phraseEnd++;
  const dated = TRAILER_OPENERS.has(items[phraseEnd]?.lit ?? '') ? phraseEnd : afterGrade;
  const last = items[dated - 1] ?? grade;
  // Dating words open with a preposition; most grades are followed by something else.
  if (!TRAILER_OPENERS.has(items[dated]?.lit ?? '')) return undefined;
  // "of moderate degree in 2022": the grade's "degree" comes before its date.
  const words = text.slice(last.end, last.end + TRAILER_REACH).replace(/^\s*degree\b/i, '');
  const trailer = EARLIER_TRAILER.exec(words);
  // After a noun phrase only a date dates the grade ("stenosis at the third and fourth levels" is
  // a place, not a study).
  if (trailer && dated !== afterGrade && !DATE_ONLY.test(trailer[0])) return undefined;
  if (trailer) {
    const drop = trailerItems(items, dated, text);
    if (drop.some((k) => items[k]?.kind === 'time')) return undefined;
    return { at: i, mark: 'earlier', dateOnly: DATE_ONLY.test(trailer[0]), drop };
  }
  return undefined;
}

/** Items of a grade's noun phrase ("severe left foraminal stenosis"), which dating words may follow. */
const NOUN_PHRASE_KINDS: ReadonlySet<Item['kind']> = new Set(['side', 'adj', 'target', 'pred']);

/** The prepositions dating words open with ("in 2019", "on the first study", "at baseline"). */
const TRAILER_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'at']);

/** Characters after a grade searched for the words that date it. */
const TRAILER_REACH = 48;

/** The indices of the items of the dating words that start at item `from` ("in 2019"), if any. */
function trailerItems(items: readonly Item[], from: number, text: string): number[] {
  const last = items[from - 1];
  const next = items[from];
  // "at the previous examination" is one time item of the lexicon.
  const opens = next?.kind === 'time' || TRAILER_OPENERS.has(next?.lit ?? '');
  if (!last || !opens) return [];
  const trailer = EARLIER_TRAILER.exec(text.slice(last.end, last.end + TRAILER_REACH));
  if (!trailer) return [];
  const end = last.end + trailer[0].length;
  const drop: number[] = [];
  for (let k = from; k < items.length && (items[k]?.start ?? end) < end; k++) drop.push(k);
  return drop;
}

/** Participles that say a finding was seen on a study ("seen in 2021", "described on the 2019 CT"). */
const SEEN_WORDS: ReadonlySet<string> = new Set([
  'seen',
  'noted',
  'described',
  'reported',
  'shown',
  'demonstrated',
  'identified',
]);
/** A study named by its date after such a participle: "in 2021", "on the 2019 CT", "on 03/2020". */
const DATED_STUDY = new RegExp(
  String.raw`^\s+(?:in|on|at)\s+(?:the\s+)?(?:${DATE})(?:\s+${STUDY})?\b`,
  'i',
);

/**
 * "The moderate right foraminal stenosis seen in 2021 is no longer present": the participle and its
 * dated study are the earlier study's time word ("seen previously"), so the phrase before it is read as
 * that study's (round 25).
 */
function withDatedSightings(items: readonly Item[], text: string): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!x) continue;
    const dated =
      x.kind === 'filler' && SEEN_WORDS.has(x.lit) && TRAILER_OPENERS.has(items[i + 1]?.lit ?? '')
        ? DATED_STUDY.exec(text.slice(x.end, x.end + TRAILER_REACH))
        : null;
    if (!dated) {
      out.push(x);
      continue;
    }
    const end = x.end + dated[0].length;
    out.push({ kind: 'time', time: 'prior', lit: 'previously seen', start: x.start, end });
    while ((items[i + 1]?.start ?? end) < end) i++;
  }
  return out;
}

/**
 * Puts the time of each dated grade in front of it ("mild (2021)" → "previously mild").
 * A grade dated only by a year is the earlier study's only when the clause also gives this study's
 * grade (an undated grade, "now", "today", "current"): alone, the year may be this study's own.
 * @param items - a clause's items
 * @param text - the report text
 */
/**
 * "In 2021 the right was slightly narrow …": a sentence opened by a year, with its preposition, speaks
 * of that year's study; the two items are its time word (round 26).
 */
function withDatedOpener(items: Item[], text: string): Item[] {
  const [on, year] = items;
  if (on?.kind !== 'glue' || (on.lit !== 'in' && on.lit !== 'on') || year?.kind !== 'other') {
    return items;
  }
  if (!/^(?:19|20)\d\d$/.test(text.slice(year.start, year.end))) return items;
  return [timeItem('prior', on.start), ...items.slice(2)];
}

export function withDatedGrades(given: Item[], text: string): Item[] {
  const opened = withDatedOpener(given, text);
  const sighted = opened.some((x) => x.kind === 'filler' && SEEN_WORDS.has(x.lit))
    ? withDatedSightings(opened, text)
    : opened;
  const items = sighted.some((x) => x.kind === 'context' && EARLIER_NONE.has(x.lit))
    ? withoutEarlierNone(sighted, text)
    : sighted;
  // Most clauses hold no grade, or no bracket, relative word or preposition after a grade: no mark.
  if (!items.some((x, i) => x.kind === 'severity' && mayBeMarked(items, i))) return items;
  const marks: Marked[] = [];
  for (let i = 0; i < items.length; i++) {
    const mark = markOf(items, i, text);
    if (mark) marks.push(mark);
  }
  if (marks.length === 0) return [...items];
  const first = items[0];
  const lastItem = items[items.length - 1];
  const clause = first && lastItem ? text.slice(first.start, lastItem.end) : '';
  // "Foramina patent, including the right foramen, which was severely narrowed in 2018": a state said
  // without a date ("patent") speaks of this study as an undated grade does (round 26).
  const undatedGrade = items.some(
    (x, i) =>
      (x.kind === 'severity' || (x.kind === 'pred' && x.pred === 'normal')) &&
      !marks.some((m) => m.at === i),
  );
  const speaksOfNow =
    undatedGrade ||
    marks.some((m) => m.mark === 'current') ||
    items.some((x) => x.kind === 'time' && x.time === 'now') ||
    NOW_WORDS.test(clause) ||
    // "Severe canal stenosis in 2019 treated by decompression; today the canal is patent": the rest of
    // the sentence speaks of this study.
    NOW_WORDS.test(restOfSentence(text, lastItem?.end ?? 0));
  const kept = marks.filter((m) => !m.dateOnly || speaksOfNow);
  if (kept.length === 0) return [...items];
  const dropped = new Set(kept.flatMap((m) => m.drop));
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!x || dropped.has(i) || kept.some((m) => m.sideFirst === i)) continue;
    const mark = kept.find((m) => m.at === i);
    if (mark) {
      // A "was" just before the grade goes with the earlier study's mark ("was mild on the first study").
      const previous = out[out.length - 1];
      if (
        mark.mark === 'earlier' &&
        previous?.kind === 'filler' &&
        /^(?:was|were)$/i.test(previous.lit)
      ) {
        out.pop();
      }
      const side = mark.sideFirst === undefined ? undefined : items[mark.sideFirst];
      if (side) out.push({ ...side, start: x.start, end: x.start });
      out.push(timeItem(mark.mark === 'earlier' ? 'prior' : 'now', x.start));
    }
    out.push(x);
  }
  return out;
}

/** Words for no finding that may stand before an arrow to a grade ("none -> mild"). */
const EARLIER_NONE: ReadonlySet<string> = new Set([
  'none',
  'nil',
  'normal',
  'patent',
  'absent',
  'no',
]);

/**
 * "none -> mild -> mild": a no-finding word before an arrow to a grade is the earlier study's, which
 * had nothing; it and the arrow go, so the negation does not fall on the grades after it (round 26:
 * the current grade had been read as negated).
 */
function withoutEarlierNone(items: Item[], text: string): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!x) continue;
    const arrow =
      x.kind === 'context' && EARLIER_NONE.has(x.lit)
        ? arrowAfter(items, i + 1, text, true)
        : undefined;
    if (arrow) {
      i = Math.max(i, ...arrow);
      continue;
    }
    out.push(x);
  }
  return out;
}

/** The text from `at` to the end of its sentence (a full stop or line break), at most a line's worth. */
function restOfSentence(text: string, at: number): string {
  const rest = text.slice(at, at + SENTENCE_REACH);
  const end = rest.search(/\.(?:\s|$)|\n/);
  return end < 0 ? rest : rest.slice(0, end);
}
/** Characters searched past a clause for the rest of its sentence. */
const SENTENCE_REACH = 200;
