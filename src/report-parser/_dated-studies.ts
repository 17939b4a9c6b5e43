/**
 * Studies named by their year in letters and notes ("her 2019 MRI showed …", "the severe stenosis seen
 * on the 2020 CT", "MRI L-spine 2018: mild left L5-S1 foraminal narrowing"): when a text names studies of
 * several years, what it says of a study older than the latest is that study's, an earlier one. The
 * latest study is the one the text is about; a statement that also says "now", "new", or how the finding
 * changed is left to the time words (it speaks of both studies).
 */

/** Words that name an imaging study. */
const STUDY = String.raw`(?:mri|mris|mr|ct|cts|scan|scans|study|studies|myelogram|imaging|radiographs?|x-?rays?)`;
/** A year, alone ("2020") or ending a date ("12/4/24", "04.02.2024"). */
const YEAR = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-])?((?:19|20)\d\d|\d\d)`;
/** A year and a study word within a few words of each other, either way round. */
const DATED_STUDY = new RegExp(
  String.raw`\b${STUDY}\b[^.;\n]{0,30}?\b${YEAR}\b|\b${YEAR}\b[^.;\n]{0,12}?\b${STUDY}\b`,
  'g',
);

/** A year as four digits: "24" in a date is 2024. */
const fullYear = (digits: string): number =>
  digits.length === 2 ? 2000 + Number(digits) : Number(digits);
/** Words that make a statement about the latest study too ("now severe", "today", "this study"). */
const NOW = /\b(?:now|currently|today|latest|current|this)\b/;
/**
 * Words of change ("has progressed", "new", "unchanged"): a statement with its own dated study and one
 * of these compares it with the latest; under a dated label ("MRI 2021: … progressed to moderate") it
 * compares that study with an older one and is still that study's.
 */
const CHANGE =
  /\b(?:new|recent|progress\w*|worse\w*|improv\w*|increas\w*|decreas\w*|compar\w*|since|unchanged|stable|again|persist\w*|remains?|resolv\w*)\b/;

function yearsIn(text: string): number[] {
  const years: number[] = [];
  for (const m of text.toLowerCase().matchAll(DATED_STUDY)) {
    const digits = m[1] ?? m[2];
    // Two digits count only as the end of a date ("12/4/24"), not as a number ("MRI 12 mm").
    if (
      digits === undefined ||
      (digits.length === 2 && !/[/.-]\d\d$/.test(m[0].replace(/\D+$/, '')))
    ) {
      continue;
    }
    years.push(fullYear(digits));
  }
  return years;
}

/** The latest year a study of the text is named by, when it names studies of two or more years. */
export function latestStudyYear(text: string): number | undefined {
  if (!/\d\d/.test(text)) return undefined;
  const years = new Set(yearsIn(text));
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
  const own = yearsIn(clause);
  const years = own.length > 0 ? own : label !== undefined ? yearsIn(label) : [];
  if (years.length === 0 || years.some((y) => y >= latest)) return false;
  const lower = clause.toLowerCase();
  if (NOW.test(lower)) return false;
  return own.length === 0 || !CHANGE.test(lower);
}
