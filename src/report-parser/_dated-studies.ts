/**
 * Studies named by their year in letters and notes ("her 2019 MRI showed …", "the severe stenosis seen
 * on the 2020 CT", "MRI L-spine 2018: mild left L5-S1 foraminal narrowing"): when a text names studies of
 * several years, what it says of a study older than the latest is that study's, an earlier one. The
 * latest study is the one the text is about; a statement that also says "now", "new", or how the finding
 * changed is left to the time words (it speaks of both studies).
 */

/** Words that name an imaging study. */
const STUDY = String.raw`(?:mri|mris|mr|ct|cts|scan|scans|study|studies|myelogram|imaging|radiographs?|x-?rays?|reports?)`;
/** A year, alone ("2020") or ending a date ("12/4/24", "04.02.2024"). */
const YEAR_OR_DATE =
  /\b(?:\d{1,2}[/.-]\d{1,2}[/.-])?((?:19|20)\d\d)\b|\b\d{1,2}[/.-]\d{1,2}[/.-](\d\d)\b/g;
/** A study word ("MRI", "CT", "scan") near a year: up to 30 characters before it or 12 after. */
const STUDY_NEAR = new RegExp(String.raw`\b${STUDY}\b`, 'i');
const BEFORE_WINDOW = 30;
const AFTER_WINDOW = 12;

/** A year as four digits: "24" in a date is 2024. */
const fullYear = (digits: string): number =>
  digits.length === 2 ? 2000 + Number(digits) : Number(digits);

/** The end of `part` after its last full stop, semicolon or line break (the words just before a year). */
const sentenceTail = (part: string): string => part.slice(part.search(/[^.;\n]*$/));
/** The start of `part` before its first full stop, semicolon or line break. */
const sentenceHead = (part: string): string => part.slice(0, part.search(/[.;\n]|$/));

/**
 * The years of the studies a text names: each year or date with a study word near it in its sentence.
 * Years are found first, with a plain search, so a text that names none costs one scan.
 */
function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const m of text.matchAll(YEAR_OR_DATE)) {
    const digits = m[1] ?? m[2];
    if (digits === undefined) continue;
    const at = m.index ?? 0;
    const end = at + m[0].length;
    const before = sentenceTail(text.slice(Math.max(0, at - BEFORE_WINDOW), at));
    const after = sentenceHead(text.slice(end, end + AFTER_WINDOW));
    if (STUDY_NEAR.test(before) || STUDY_NEAR.test(after)) years.push(fullYear(digits));
  }
  return years;
}

/** Words that make a statement about the latest study too ("now severe", "today", "this study"). */
const NOW =
  /\b(?:now|currently|today|latest|current|this (?:study|exam|examination|scan|mri|ct|one|time))\b/;
/** A consequence after the statement ("…, so there has been steady progression"): the writer's comment. */
const CONSEQUENCE = /,\s*(?:so|and so|hence|thus|therefore|which means)\b/;
/**
 * Words of change ("has progressed", "new", "unchanged"): a statement with its own dated study and one
 * of these compares it with the latest; under a dated label ("MRI 2021: … progressed to moderate") it
 * compares that study with an older one and is still that study's.
 */
const CHANGE =
  /\b(?:new|recent|progress\w*|worse\w*|improv\w*|increas\w*|decreas\w*|compar\w*|since|unchanged|stable|again|persist\w*|remains?|resolv\w*|previously|formerly|(?:down|up) from|similar|same|identical|equivalent|change[sd]?|as (?:on|in|at)|like)\b/;

/** A comparison line: every study it names is an earlier one ("Comparison: MRI 3 May 2019 and …"). */
// A label, not prose: "Prior L4-5 laminectomy 2018." in a history says nothing of studies.
const COMPARISON_LINE =
  /^[ \t]*(?:comparisons?\s*[:-]|compared (?:with|to)\b|prior (?:studies|study|imaging|exams?)\s*[:-])[^\n]*/gim;

/**
 * The year from which a study the text names by its year is the one the text is about. When it names
 * studies of two or more years, the latest of them; but a year on a comparison line is an earlier
 * study's, so the study the text is about is later than every such year ("Comparison: MRI 2019 and
 * 2022" … "the 2022 report described mild right foraminal narrowing": set 36 had read that as current).
 */
export function latestStudyYear(text: string): number | undefined {
  const years = new Set(yearsIn(text));
  let compared: number | undefined;
  for (const m of text.matchAll(COMPARISON_LINE)) {
    // Every year on the line dates a study, with or without a study word beside it ("… and 20 January
    // 2022").
    for (const y of m[0].matchAll(YEAR_OR_DATE)) {
      const digits = y[1] ?? y[2];
      if (digits !== undefined) compared = Math.max(compared ?? 0, fullYear(digits));
    }
  }
  if (compared !== undefined) return Math.max(compared + 1, ...years);
  return years.size >= 2 ? Math.max(...years) : undefined;
}

/**
 * A statement about an earlier dated study only: it names a study older than `latest` (in its own words
 * or in the label before its line's colon), not the latest one, and says nothing of now or of change.
 * @param clause - the statement's text
 * @param label - its line's text before the first colon, if the statement comes after that colon
 */
export function speaksOfEarlierDatedStudy(
  clause: string,
  label: string | undefined,
  latest: number,
): boolean {
  // "Left foramen: severe narrowing (mild in 2020, moderate on CT 2023)": the brackets date the earlier
  // grades; the statement outside them is the latest study's (set 36, once a comparison line made 2023
  // an earlier year).
  const own = yearsIn(clause.replace(BRACKETED, ' '));
  const years = own.length > 0 ? own : label !== undefined ? yearsIn(label) : [];
  if (years.length === 0 || years.some((y) => y >= latest)) return false;
  const full = clause.toLowerCase();
  const consequence = CONSEQUENCE.exec(full);
  const lower = consequence ? full.slice(0, consequence.index) : full;
  if (NOW.test(lower)) return false;
  // "mild left foraminal narrowing which on the 2020 MRI was read as minimal": the study is named in a
  // relative clause about the finding before it, which is the latest study's (round 26).
  const firstYear = lower.search(/\b(?:19|20)\d\d\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d\d/);
  if (own.length > 0 && firstYear > 0 && RELATIVE.test(lower.slice(0, firstYear))) return false;
  // "For comparison, her 2019 MRI described …" introduces the earlier study; it compares nothing itself.
  return own.length === 0 || !CHANGE.test(lower.replace(COMPARISON_OPENER, ''));
}

/** A bracketed aside. */
const BRACKETED = /\([^()]*\)/g;

/** An opening that introduces an earlier study ("For comparison,", "In comparison,", "By comparison,"). */
const COMPARISON_OPENER = /^\W*(?:for|in|by) comparison\b,?/;

/** Words that open a relative clause or an aside about the finding before them. */
const RELATIVE = /\w.*\b(?:which|that|whereas|while)\b/;
