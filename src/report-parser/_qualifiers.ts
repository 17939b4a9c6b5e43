/**
 * Sentence qualifiers read before findings are assembled, and applied to them after:
 *  - time (ConText's temporality): "previously mild", "now moderate", "unchanged", and the resolution
 *    triggers ("no longer seen", "interval resolution of", "not confirmed") → `temporal`;
 *  - bounds: "no more than mild", "at most minimally", "no moderate or severe …" → `maxSeverity`
 *    (CONTRACTS.md round 2: negated false, uncertain true, severity null);
 *  - named grading systems: "Lee grade 2", "grade 3 (Lee)", "Lee 0", "Meyerding grade I", "Pfirrmann IV"
 *    → `grade`, with the severity of the grading module's table.
 * The time, bound and grading words are taken out of the item list, so the assembler never sees a prior
 * grade as this study's grade.
 */
import type { FindingType, Severity } from '../vocab/index.js';
import { SEVERITIES } from '../vocab/index.js';
import { LEE_TABLE, MEYERDING_TABLE, PFIRRMANN_TABLE } from '../grading/index.js';
import type { RawFinding } from './_sentence.js';
import type { Item } from './_model.js';
import { isBracket, isComma } from './_model.js';
import { RESOLUTION_TRIGGERS } from './data/context-rules.js';
import { SEVERITY_TERMS } from './data/severity-terms.js';
import type { GradeSystem, Temporal } from './schema.js';
import { withFields } from '../objects.js';

type Graded = Exclude<Severity, 'none'>;

/** Items a time word may look past to reach its grade ("previously noted mild", "now measures as severe"). */
const TIME_GRADE_WINDOW = 3;
/** Items a bound may look past to reach its grade ("no more than a mild", "mild degree at most"). */
const BOUND_GRADE_WINDOW = 3;
/** Items between a negation and the grade it bounds ("without evidence of moderate …"). */
const NEGATED_GRADE_WINDOW = 2;
/** Items between "grade"/"Lee" and the grade's value ("Lee grade 2", "grade 3 (Lee)"). */
const GRADE_VALUE_WINDOW = 2;
/** Items after a Lee grade within which its own target may follow ("Lee 1 left foraminal stenosis"). */
const LEE_TARGET_WINDOW = 7;
/** Items before a grade within which the target it grades may stand ("foraminal stenosis, grade 2"). */
const TARGET_BEFORE_GRADE_WINDOW = 6;

export { RESOLUTION_TRIGGERS } from './data/context-rules.js';
/** Change words that say the grade moved ("has progressed from mild to moderate"), not that it held. */
export const CHANGE_OF_GRADE: ReadonlySet<string> = new Set([
  'progressed',
  'has progressed',
  'interval progression',
  'worsened',
  'has worsened',
  'improved',
  'has improved',
  'increased',
  'has increased',
  'regressed',
  'has regressed',
  'improvement',
  'interval improvement',
  'worsening',
  'interval worsening',
  'deterioration',
]);
/** Grades too vague to bound a negation: "no significant stenosis" stays a plain negation. */
const VAGUE_GRADES: ReadonlySet<string> = new Set([
  'significant',
  'significantly',
  'considerable',
  'considerably',
  'substantial',
  'largely',
  'insignificant',
]);
/** The highest grade a "no <grade> …" statement leaves possible. */
const BELOW: Readonly<Record<Graded, Severity>> = {
  mild: 'none',
  'mild-moderate': 'mild',
  moderate: 'mild',
  'moderate-severe': 'moderate',
  severe: 'moderate',
};
/** Findings that carry a grade (and so can have a prior grade or a bound). */
const GRADED_FINDINGS: ReadonlySet<FindingType> = new Set([
  'foraminal-stenosis',
  'central-canal-stenosis',
  'lateral-recess-stenosis',
]);
const SEVERITY_OF_LITERAL = new Map(SEVERITY_TERMS.map((t) => [t.literal, t.severity]));
const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };

/** A grade of a named system. */
export interface NamedGrade {
  readonly system: GradeSystem;
  readonly value: number;
  readonly severity: Severity;
}

/**
 * Text ranges of the comma clause a time word stands in and of the clause before it: "moderate
 * stenosis at L3-L4, unchanged, and mild stenosis at L4-L5, previously none" gives its earlier grade
 * to the finding of its own clause, else to the one of the clause before, not to every finding of
 * the sentence.
 */
export interface TimeScope {
  readonly clause: readonly [number, number];
  readonly before: readonly [number, number] | undefined;
  /** The structure the time word names ("right foramen previously moderate"): only its findings. */
  readonly finding?: FindingType | undefined;
  /**
   * Where the bracket holding the time word opens ("mild left and moderate right foraminal narrowing
   * (mild in 2022)"): the grade is of the finding stated last before it.
   */
  readonly bracket?: number | undefined;
  /** The side a bracket names before its time word ("(right previously mild)"): only that side's. */
  readonly side?: 'left' | 'right' | undefined;
}

/** Items a bracket's earlier grade may stand before its side ("mildly narrowed on the right side"). */
const BRACKET_SIDE_REACH = 6;

/**
 * "(previously moderately narrowed on right side)": the one side a bracket names after its earlier
 * grade at `j`, and where the bracket closes.
 */
function bracketedSideAfter(
  items: readonly Item[],
  j: number,
): { side: 'left' | 'right'; close: number } | undefined {
  let side: 'left' | 'right' | undefined;
  for (let k = j + 1; k < items.length && k <= j + BRACKET_SIDE_REACH; k++) {
    const x = items[k];
    if (isCloseBracket(x)) return side ? { side, close: k } : undefined;
    if (x?.kind === 'side') {
      if (x.side === 'bilateral' || side) return undefined;
      side = x.side;
    } else if (!(
      x?.kind === 'pred' ||
      x?.kind === 'glue' ||
      x?.kind === 'filler' ||
      x?.kind === 'other'
    )) {
      return undefined;
    }
  }
  return undefined;
}

/** "(right previously mild)": the side that alone opens the bracket before a time word. */
function bracketedSideBefore(out: readonly Item[]): 'left' | 'right' | undefined {
  const side = out[out.length - 1];
  if (side?.kind !== 'side' || side.side === 'bilateral' || !isOpenBracket(out[out.length - 2])) {
    return undefined;
  }
  return side.side;
}

/**
 * "(right foramen previously moderate)": the structure opening the bracket only says whose the earlier
 * grade is; left in, it would pair with a predicate before the bracket as a finding of its own.
 */
function dropBracketedStructure(out: Item[]): void {
  let k = out.length - 1;
  const isJoining = (x: Item | undefined): boolean =>
    (x?.kind === 'glue' || x?.kind === 'filler') && !isOpenBracket(x);
  while (k >= 0 && isJoining(out[k])) k--;
  if (out[k]?.kind !== 'target') return;
  let first = k;
  if (out[first - 1]?.kind === 'side') first--;
  if (out[first - 1]?.kind === 'glue' && !isOpenBracket(out[first - 1])) first--;
  if (!isOpenBracket(out[first - 1])) return;
  out.splice(first, out.length - first);
}

/** Item kinds that name another place a second earlier grade could be of. */
const OTHER_PLACE: ReadonlySet<Item['kind']> = new Set(['target', 'side', 'level', 'lesion']);

export const isOpenBracket = (x: Item | undefined): boolean => x?.kind === 'glue' && x.lit === '(';
export const isCloseBracket = (x: Item | undefined): boolean => x?.kind === 'glue' && x.lit === ')';

/** Findings of the structures a time word may name just before it. */
const TIME_TARGET_FINDINGS: ReadonlyMap<string, FindingType> = new Map([
  ['foramen', 'foraminal-stenosis'],
  ['exit-root', 'foraminal-stenosis'],
  ['canal', 'central-canal-stenosis'],
  ['thecal', 'central-canal-stenosis'],
]);

/** Items a time word may stand after its structure by ("the right foramen, previously …"). */
const TIME_TARGET_WINDOW = 3;

/** The finding type of a structure named just before item `i` ("(right foramen previously moderate)"). */
function structureBefore(items: readonly Item[], i: number): FindingType | undefined {
  for (let k = i - 1; k >= 0 && i - k <= TIME_TARGET_WINDOW; k--) {
    const x = items[k];
    if (x?.kind === 'target') return TIME_TARGET_FINDINGS.get(x.target);
    if (!(x?.kind === 'glue' || x?.kind === 'filler' || x?.kind === 'conj')) return undefined;
  }
  return undefined;
}

/** The comma clause around item `i` and the clause before it. */
function timeScopeAt(items: readonly Item[], i: number): TimeScope {
  let open = -1;
  for (let k = i - 1; k >= 0; k--) {
    if (isComma(items[k])) {
      open = k;
      break;
    }
  }
  let close = items.length;
  let bracket: number | undefined;
  for (let k = i + 1; k < items.length; k++) {
    if (isComma(items[k])) {
      close = k;
      break;
    }
  }
  // "severe canal stenosis (previously moderate) and moderate foraminal narrowing": a bracketed time
  // word ends its clause at the bracket.
  for (let k = i - 1; k > open; k--) {
    const y = items[k];
    if (y?.kind === 'glue' && y.lit === ')') break;
    if (y?.kind === 'glue' && y.lit === '(') {
      const shut = items.findIndex(
        (z, m) => m > i && m < close && z.kind === 'glue' && z.lit === ')',
      );
      if (shut > 0) close = shut;
      bracket = y.start;
      break;
    }
  }
  let previous = -1;
  for (let k = open - 1; k >= 0; k--) {
    if (isComma(items[k])) {
      previous = k;
      break;
    }
  }
  const startAfter = (k: number): number => items[k + 1]?.start ?? Number.MAX_SAFE_INTEGER;
  const clause = [startAfter(open), items[close]?.start ?? Number.MAX_SAFE_INTEGER] as const;
  const before = open < 0 ? undefined : ([startAfter(previous), clause[0]] as const);
  return { clause, before, bracket };
}

/**
 * The findings a scoped time grade belongs to: the graded ones of its clause, else of the clause
 * before, else (a time grade opening the sentence, "previously mild, now moderate foraminal
 * stenosis") all of them.
 */
function timeOwners(
  findings: readonly RawFinding[],
  scope: TimeScope | undefined,
): ReadonlySet<RawFinding> | undefined {
  if (!scope) return undefined;
  const ofStructure = findings.filter(
    (f) => GRADED_FINDINGS.has(f.finding) && (!scope.finding || f.finding === scope.finding),
  );
  const ofSide = scope.side ? ofStructure.filter((f) => f.side === scope.side) : [];
  const graded = ofSide.length > 0 ? ofSide : ofStructure;
  const within = (range: readonly [number, number] | undefined): RawFinding[] =>
    range ? graded.filter((f) => f.start >= range[0] && f.start < range[1]) : [];
  const own = within(scope.clause);
  const { bracket } = scope;
  if (own.length > 0 && bracket !== undefined) {
    const stated = own.filter((f) => f.start < bracket);
    const last = Math.max(...stated.map((f) => f.start));
    if (stated.length > 0) return new Set(stated.filter((f) => f.start === last));
  }
  if (own.length > 0) return new Set(own);
  const before = within(scope.before);
  if (before.length > 0) return new Set(before);
  return scope.finding && graded.length > 0 ? new Set(graded) : undefined;
}

/** What the qualifier words of one sentence say. */
export interface SentenceQualifiers {
  /** An earlier study's grade ("previously mild"). */
  readonly priorGrade: Graded | undefined;
  /** Grades of studies before that one ("mild in 2019, moderate in 2022 and now severe": mild). */
  readonly olderGrades: readonly Graded[];
  /** The other side's grade after a sided "now" grade ("now moderate on the left and mild on the right"). */
  readonly nowOtherSide?: { readonly side: 'left' | 'right'; readonly grade: Graded } | undefined;
  /** Earlier grades of other places stated before the last one, each with its scope. */
  readonly otherPriors: readonly { readonly grade: Graded; readonly scope: TimeScope }[];
  /** The clauses the earlier grade was stated in and after (see `TimeScope`); none: the sentence. */
  readonly priorScope?: TimeScope | undefined;
  /** The same for this study's grade ("now severe"). */
  readonly nowScope?: TimeScope | undefined;
  /**
   * Graded noun phrases an earlier study's words follow ("the severe right foraminal stenosis seen
   * pre-operatively"): their findings are the earlier study's.
   */
  readonly priorPhrases: readonly (readonly [number, number])[];
  /** The earlier study found none ("mild canal stenosis, previously none"). */
  readonly priorNone: boolean;
  /**
   * The grade inside the last such phrase ("the moderate right foraminal narrowing seen on the prior
   * exam has resolved"): the earlier study's grade of a finding this study shows gone ("resolved",
   * "no longer seen") or does not confirm (round 27: that study did report the grade, so it is kept as
   * its finding, as every outside reviewer labels it).
   */
  readonly priorPhraseGrades?: readonly PhraseGrade[];
  /** An earlier study's grades per side ("previously moderate on the right and severe on the left"). */
  readonly priorBySide: ReadonlyMap<'left' | 'right', Graded> | undefined;
  /** This study's grade, stated against an earlier one ("now moderate"). */
  readonly nowGrade: Graded | undefined;
  /** "Unchanged", "stable", "persistent": the earlier grade still holds. */
  readonly unchanged: boolean;
  /** A resolution trigger ("no longer seen"): its negated findings are `resolved`. */
  readonly resolution: boolean;
  /**
   * The clause describes the earlier study in its own words ("On the prior MRI, …", "the canal was
   * normal in 2019"): its findings, negated ones included, are `prior`.
   */
  readonly earlierClause: boolean;
  /** The sentence reports an earlier study ("the outside report described …"). */
  readonly earlierStudy: boolean;
  /** The highest grade a bounded statement allows. */
  readonly bound: Severity | undefined;
  readonly grades: readonly NamedGrade[];
}

/** A finding with its time, bound and named grade. */
export interface QualifiedFinding extends RawFinding {
  readonly temporal: Temporal;
  readonly maxSeverity: Severity | undefined;
  readonly grade: { readonly system: GradeSystem; readonly value: number } | undefined;
}

/** The next item at or after `from` that is not a joining word, within `window` items. */
function nextMeaningful(items: readonly Item[], from: number, window: number): number | undefined {
  for (let j = from, steps = 0; j < items.length && steps <= window; j++, steps++) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'glue' || x.kind === 'filler' || x.kind === 'other' || x.kind === 'time') {
      continue;
    }
    return j;
  }
  return undefined;
}

const severityItemAt = (items: readonly Item[], j: number | undefined): Graded | undefined => {
  const x = j === undefined ? undefined : items[j];
  return x?.kind === 'severity' ? x.severity : undefined;
};

/** The value of a grade written at `j` ("2", "IV"), read from the original text. */
function gradeValueAt(items: readonly Item[], j: number, text: string): number | undefined {
  const x = items[j];
  if (!x || !(x.kind === 'other' || x.kind === 'adj' || x.kind === 'word')) return undefined;
  const raw = text.slice(x.start, x.end).toLowerCase();
  if (/^[0-5]$/.test(raw)) return Number(raw);
  return ROMAN[raw];
}

const isGradeWord = (x: Item | undefined): boolean =>
  x !== undefined && (x.kind === 'adj' || x.kind === 'grade-word') && x.lit === 'grade';

/** A grade mention starting at `i`: its system (if named), value and the items it spans. */
function readGradeMention(
  items: readonly Item[],
  i: number,
  text: string,
): { system: GradeSystem | undefined; value: number; last: number } | undefined {
  const x = items[i];
  if (!x) return undefined;
  let system: GradeSystem | undefined = x.kind === 'grading' ? x.system : undefined;
  let j = i + 1;
  if (system !== undefined) {
    if (isGradeWord(items[j])) j++;
  } else if (!isGradeWord(x)) return undefined;
  for (let steps = 0; j < items.length && steps < GRADE_VALUE_WINDOW; j++, steps++) {
    const value = gradeValueAt(items, j, text);
    if (value === undefined) continue;
    let last = j;
    // "grade 3/3": the value out of the scale's top grade.
    if (items[j + 1]?.lit === '/' && gradeValueAt(items, j + 2, text) !== undefined) last = j + 2;
    const after = items[last + 1];
    const bracketed = items[last + 2];
    if (system === undefined && after?.kind === 'grading') {
      system = after.system;
      last += 1;
    } else if (
      system === undefined &&
      after?.lit === '(' &&
      bracketed?.kind === 'grading' &&
      items[last + 3]?.lit === ')'
    ) {
      // "grade 2 (Lee)"
      system = bracketed.system;
      last += 3;
    } else if (system === undefined && systemAfterComma(items, i, last)) {
      // "(grade 3, Lee)", "grade 2, Lee classification": the system after a comma names this grade.
      system = (items[last + 2] as Extract<Item, { kind: 'grading' }>).system;
      last += 2;
    }
    return { system, value, last };
  }
  return undefined;
}

/**
 * Whether the grade mention from `i` to `last` is followed by a comma and a grading system that ends
 * the grade's bracket or sentence ("(grade 3, Lee)", "grade 2, Lee classification"), not one that
 * opens a statement of its own ("grade 1, Lee grade 2 on the left").
 */
function systemAfterComma(items: readonly Item[], i: number, last: number): boolean {
  const comma = items[last + 1];
  const system = items[last + 2];
  if (comma?.kind !== 'conj' || comma.lit !== ',' || system?.kind !== 'grading') return false;
  const after = items[last + 3];
  return items[i - 1]?.lit === '(' ? after?.lit === ')' : after === undefined;
}

/**
 * A named or numbered grade at `j` after a word of the earlier study ("previously grade 2 (Lee)",
 * "previously Lee 1"), as the severity its system maps it to (undefined for grade 0) and its last item.
 */
function earlierNamedGrade(
  items: readonly Item[],
  j: number,
  text: string,
  defaultSystem: Item | undefined,
  declaredSystem: GradeSystem | undefined,
): { severity: Graded | undefined; last: number } | undefined {
  const x = items[j];
  if (!(x?.kind === 'grading' || isGradeWord(x))) return undefined;
  const mention = readGradeMention(items, j, text);
  const system =
    mention?.system ??
    (defaultSystem?.kind === 'grading' ? defaultSystem.system : undefined) ??
    declaredSystem;
  if (!mention || system !== 'lee') return undefined;
  const severity = leeRow(mention.value)?.severity;
  if (severity === undefined) return undefined;
  return { severity: severity === 'none' ? undefined : (severity as Graded), last: mention.last };
}

const leeRow = (value: number) => LEE_TABLE.find((r) => r.grade === value);
const ROMAN_NAMES = ['none', 'I', 'II', 'III', 'IV', 'V'];
const meyerdingRow = (value: number) => MEYERDING_TABLE.find((r) => r.grade === ROMAN_NAMES[value]);
const pfirrmannRow = (value: number) => PFIRRMANN_TABLE.find((r) => r.grade === ROMAN_NAMES[value]);

/** Whether a foraminal target follows a Lee grade closely ("Lee 1 left foraminal stenosis"). */
function targetFollows(items: readonly Item[], from: number): boolean {
  for (let j = from, steps = 0; j < items.length && steps < LEE_TARGET_WINDOW; j++, steps++) {
    const x = items[j];
    if (!x) return false;
    if (x.kind === 'target') return x.target === 'foramen';
    // "(Lee grade 2) narrowing of the right exit foramen": the narrowing of the foramen after it.
    const narrowingOf =
      x.kind === 'pred' &&
      x.pred === 'narrow' &&
      items[j + 1]?.kind === 'glue' &&
      items[j + 1]?.lit === 'of';
    // "Severe (Lee grade 3) right L3-L4 foraminal stenosis": a bracket, side and level between.
    const between =
      narrowingOf ||
      x.kind === 'side' ||
      x.kind === 'adj' ||
      x.kind === 'glue' ||
      x.kind === 'severity' ||
      x.kind === 'level';
    if (!between) return false;
  }
  return false;
}

/** Whether a narrowing predicate comes right after a grade mention ("grade 2 (Lee) stenosis"). */
function narrowingFollows(items: readonly Item[], from: number): boolean {
  const x = items[from];
  return x?.kind === 'pred' && x.pred === 'narrow';
}

/** Whether a grade stands in the phrase before the target at `t` ("Lee grade 1 left foraminal"). */
function isGradedBefore(items: readonly Item[], t: number): boolean {
  for (let j = t - 1; j >= 0; j--) {
    const x = items[j];
    if (!x) return false;
    if (x.kind === 'severity' || x.kind === 'grading' || isGradeWord(x)) return true;
    if (!(x.kind === 'side' || x.kind === 'adj' || x.kind === 'glue' || x.kind === 'other')) {
      return false;
    }
  }
  return false;
}

/**
 * The kind of the stenosis target a grade mention at `from` follows in its clause ("Left foraminal
 * stenosis, Lee grade 3", "Right foramen Lee grade 1", "Foramina grade 0"), if any.
 */
function targetBefore(items: readonly Item[], from: number): 'foramen' | 'canal' | undefined {
  for (let j = from - 1, steps = 0; j >= 0 && steps < TARGET_BEFORE_GRADE_WINDOW; j--, steps++) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'target') {
      if (x.target !== 'foramen' && x.target !== 'canal') return undefined;
      // "Lee grade 1 left foraminal stenosis, Lee 0 right": that target has a grade of its own.
      return isGradedBefore(items, j) ? undefined : x.target;
    }
    // "Rt FS mild (Lee 1)": the statement's own grade, then the Lee grade in brackets; "the left
    // foramen is severely narrowed (grade 3, Lee)": its verb too.
    // "…, now severe (Lee grade 3)": this study's word too.
    const joins =
      x.kind === 'filler' ||
      x.kind === 'time' ||
      x.kind === 'side' ||
      x.kind === 'adj' ||
      x.kind === 'glue' ||
      x.kind === 'pred' ||
      x.kind === 'severity' ||
      (x.kind === 'conj' && x.lit === ',');
    if (!joins) return undefined;
  }
  return undefined;
}

/**
 * Whether anything but the target itself (and its colon) comes before the grade at `from`: a grade
 * right after its foramen ("Left foramen: Lee 1") is the whole statement; one after a predicate or a
 * side ("foramina: left grade 1 (Lee), right grade 0") is read with the words around it.
 */
function statedSinceTarget(items: readonly Item[], from: number): boolean {
  for (let j = from - 1; j >= 0; j--) {
    const x = items[j];
    if (!x) return true;
    if (x.kind === 'target') return false;
    if (!(x.kind === 'glue' || x.kind === 'filler')) return true;
  }
  return true;
}

/** Whether the grade at `at` follows "central" or the canal alone ("central grade 1", "canal: Lee 2"). */
function gradesCanal(items: readonly Item[], at: number): boolean {
  const before = items[at - 1];
  if (before?.kind === 'adj' && before.central && !items.some((x) => x.kind === 'target')) {
    return true;
  }
  return (
    before?.kind === 'target' &&
    before.target === 'canal' &&
    !items.some((x) => x.kind === 'target' && x.target === 'foramen')
  );
}

/**
 * A Lee grade as items the assembler reads: its grade (or "normal" for grade 0) and, unless the grade
 * has its own foramen (named right after it, or graded by it as a statement before), a foramen with a
 * narrowing predicate ("L4-L5 right grade 2").
 */
/**
 * Whether the statement before item `from` (back to a level or a ";") already names a foramen with a
 * grade: a Lee grade after it only names the system ("… foraminal stenosis (Lee 2)").
 */
function gradedForamenBefore(items: readonly Item[], from: number): boolean {
  // The foramen comes between the grade and the bracket ("moderate right foraminal stenosis (Lee
  // 2)"); "…, and mild left (Lee 1)" names no foramen after its grade, so the Lee grade makes it one.
  let foramen = false;
  for (let j = from - 1; j >= 0; j--) {
    const x = items[j];
    if (x?.kind === 'level' || (x?.kind === 'conj' && x.lit === ';')) return false;
    if (x?.kind === 'target' && x.target === 'foramen') foramen = true;
    if (x?.kind === 'severity') return foramen;
  }
  return false;
}

function leeItems(
  items: readonly Item[],
  value: number,
  from: number,
  to: number,
  gradesStatement: boolean,
): Item[] {
  const start = items[from]?.start ?? 0;
  const end = items[to]?.end ?? start;
  const row = leeRow(value);
  const out: Item[] = [];
  // "L3-L4: central grade 1" under "central canal stenosis is graded according to Lee et al. (2011)":
  // Lee's central canal grades, the canal's statement (round 24: they had graded the foramina).
  if (gradesCanal(items, from)) {
    const target: Item = { kind: 'target', target: 'canal', plural: false, lit: 'lee', start, end };
    if (row && row.severity !== 'none') {
      out.push({ kind: 'severity', severity: row.severity, lit: 'lee', start, end }, target);
      out.push({ kind: 'pred', pred: 'narrow', lit: 'lee', start, end });
    } else out.push(target, { kind: 'pred', pred: 'normal', lit: 'lee', start, end });
    return out;
  }
  const own = gradesStatement || targetFollows(items, to + 1);
  // "Moderate right foraminal stenosis (Lee 2)": the grade only names the system of the grade already
  // given to the foramen; read again it had made a second, bilateral finding of "stenosis (Lee 2"
  // (round 28: a grade invented for the other foramen).
  if (row && gradedForamenBefore(items, from)) return out;
  if (row && row.severity !== 'none') {
    out.push({ kind: 'severity', severity: row.severity, lit: 'lee', start, end });
    // "Left foramen: Lee 1": the grade is the whole statement about the foramen before it.
    if (
      own &&
      items[to]?.kind !== 'side' &&
      !statedSinceTarget(items, from) &&
      !narrowingFollows(items, to + 1)
    ) {
      out.push({ kind: 'pred', pred: 'narrow', lit: 'lee', start, end });
    }
    if (!own) {
      out.push({ kind: 'target', target: 'foramen', plural: false, lit: 'lee', start, end });
      // "grade 3 (Lee) stenosis on the right": the stenosis written after is the foramen's.
      if (!narrowingFollows(items, to + 1)) {
        out.push({ kind: 'pred', pred: 'narrow', lit: 'lee', start, end });
      }
    }
  } else if (own) {
    out.push({ kind: 'pred', pred: 'normal', lit: 'lee', start, end });
  } else {
    out.push({ kind: 'target', target: 'foramen', plural: false, lit: 'lee', start, end });
    out.push({ kind: 'pred', pred: 'normal', lit: 'lee', start, end });
  }
  return out;
}

/**
 * The grade of the statement that ends `out` (a grade, optionally its predicate: "severely stenosed",
 * "mod"), taken out of it: an earlier study's grade named by a time word after it.
 */
function takeStatementBefore(out: Item[]): Graded | undefined {
  let k = out.length - 1;
  while (k >= 0 && (out[k]?.kind === 'glue' || out[k]?.kind === 'filler')) k--;
  const pred = out[k]?.kind === 'pred' ? k : -1;
  const at = pred >= 0 ? k - 1 : k;
  const grade = out[at];
  if (grade?.kind !== 'severity') return undefined;
  out.splice(at, pred >= 0 ? 2 : 1);
  return grade.severity;
}

/** Items a finding's noun phrase may hold before its head ("the severe right L5/S1 exit foraminal"). */
const PHRASE_WINDOW = 8;
const isWordBetween = (x: Item | undefined): boolean =>
  x?.kind === 'glue' || x?.kind === 'filler' || x?.kind === 'other' || x?.kind === 'word';

/**
 * The span of a graded noun phrase that ends the items so far, allowing participle words after its head
 * ("the severe right foraminal stenosis seen …"); undefined when no graded phrase ends them.
 */
function gradedPhraseBefore(out: readonly Item[]): readonly [number, number] | undefined {
  let k = out.length - 1;
  // "the mild canal stenosis at L4-L5 described on the preoperative study": the phrase's level
  // stands between its head and the participle.
  while (k >= 0 && (isWordBetween(out[k]) || out[k]?.kind === 'level')) k--;
  const head = out[k];
  if (!head) return undefined;
  // "foraminal narrowing": the target and its predicate make the head.
  const headed =
    head.kind === 'target' ||
    head.kind === 'lesion' ||
    (head.kind === 'pred' && out[k - 1]?.kind === 'target');
  if (!headed) return undefined;
  let first = k;
  let graded = false;
  for (let m = k - 1, steps = 0; m >= 0 && steps < PHRASE_WINDOW; m--, steps++) {
    const x = out[m];
    if (x?.kind === 'severity') graded = true;
    else if (!(x?.kind === 'target' || x?.kind === 'lesion' || x?.kind === 'side')) {
      if (!(x?.kind === 'level' || x?.kind === 'adj' || x?.kind === 'glue')) break;
    }
    first = m;
  }
  const start = out[first]?.start;
  return graded && start !== undefined ? [start, head.end] : undefined;
}

/**
 * Negations that set a grade against the one just stated: "moderate, not mild", "mild rather than
 * moderate" correct the grade; they bound nothing.
 */
const CONTRASTS: ReadonlySet<string> = new Set(['not', 'rather than']);

/** Whether the items so far hold no finding yet, so a word after them opens the sentence's subject. */
const opensPhrase = (out: readonly Item[]): boolean =>
  !out.some((x) => x.kind === 'target' || x.kind === 'lesion' || x.kind === 'pred');

/** A grade in an earlier study's phrase, and where it stands. */
interface PhraseGrade {
  readonly at: number;
  readonly severity: Graded;
}

/** The grades among the items of a text range. */
function gradesWithin(out: readonly Item[], [a, b]: readonly [number, number]): PhraseGrade[] {
  return out.flatMap((y) =>
    y.kind === 'severity' && y.start >= a && y.end <= b
      ? [{ at: y.start, severity: y.severity }]
      : [],
  );
}

/**
 * The earlier grade of a finding in one of an earlier study's phrases: the last grade of its phrase
 * before the finding ends ("the severe left foraminal stenosis and mild canal stenosis": severe, then
 * mild), else the phrase's first.
 */
function phraseGradeOf(q: SentenceQualifiers, f: RawFinding): Graded | undefined {
  const phrase = q.priorPhrases.find(([a, b]) => f.start >= a && f.end <= b);
  if (!phrase) return undefined;
  const inPhrase = (q.priorPhraseGrades ?? []).filter((g) => g.at >= phrase[0] && g.at < phrase[1]);
  return (inPhrase.filter((g) => g.at < f.end).at(-1) ?? inPhrase[0])?.severity;
}

/** Whether the items so far end with a grade, perhaps then a comma ("moderate, not mild"). */
function endsWithGrade(out: readonly Item[]): boolean {
  let k = out.length - 1;
  if (isComma(out[k])) k--;
  // "is only mildly narrowed, not moderately as reported": the grade's own verb may come between.
  const verb = out[k];
  if (verb?.kind === 'pred' && verb.pred === 'narrow') k--;
  return out[k]?.kind === 'severity';
}

/**
 * A clause opening with an earlier study: "On the prior MRI, …", "on the pre-operative study there
 * was", and in letters "His pre-operative MRI last year had shown …", "Her first MRI (August 2021)
 * showed …", "Pre-operative MRI (2017), report quoted: …" (round 24; the study named with its word of
 * earlier and a verb in the past).
 */
const EARLIER_STUDY_OPENING =
  /^(?:on|in|at) the (?:prior|previous|earlier|outside|pre-?\s?operative|preop|last|original) (?:study|mri|ct|scan|examination|exam|imaging|myelogram)\b/i;
/** The same study as the subject of its own past-tense verb ("His pre-operative MRI had shown"). */
const EARLIER_STUDY_SUBJECT =
  /^(?:(?:for|by|in) comparison,?\s+)?(?:(?:his|her|their|the|an?)\s)?(?:pre-?\s?operative|preop|first|previous|prior|earlier|original|initial|older|outside)\s(?:lumbar\s)?(?:mri|mr|ct|scan|study|imaging|myelogram|ct myelogram)\b[^.;]{0,48}?\b(?:showed|had shown|demonstrated|had demonstrated|revealed|had revealed|described|reported|quoted|mentioned|noted|found)\b/i;
/** Words naming an imaging study, counted to tell a document of one study from one of several. */
const STUDY_MENTION = /\b(?:mri|mr|ct|myelogram|scan)\b/gi;
let countedText: string | undefined;
let countedStudies = 0;
/** How many times `text` names an imaging study (remembered for the text last asked about). */
function studyMentions(text: string): number {
  if (text !== countedText) {
    countedText = text;
    countedStudies = text.match(STUDY_MENTION)?.length ?? 0;
  }
  return countedStudies;
}
/** Characters of a clause's opening read for an earlier study ("His pre-operative MRI last year had shown"). */
const EARLIER_STUDY_OPENING_CHARS = 120;

/** First words of such an opening, looked at before the text is read. */
export const EARLIER_STUDY_OPENERS: ReadonlySet<string> = new Set([
  'on',
  'in',
  'at',
  'for',
  'by',
  'his',
  'her',
  'their',
  'the',
  'a',
  'an',
  'pre',
  'preoperative',
  'preop',
  'first',
  'previous',
  'prior',
  'earlier',
  'original',
  'initial',
  'older',
  'outside',
]);

/** Whether the text at `at` opens with an earlier study ("On the prior MRI, …"). */
export const opensWithEarlierStudyAt = (text: string, at: number): boolean => {
  const opening = text.slice(at, at + EARLIER_STUDY_OPENING_CHARS);
  if (EARLIER_STUDY_OPENING.test(opening)) return true;
  // The subject form only where the document names another study too: an operation note whose one
  // study is "the preoperative MRI" reports that study's findings as the ones it acts on (round 24).
  return EARLIER_STUDY_SUBJECT.test(opening) && studyMentions(text) >= 2;
};

/**
 * "the canal was normal at this level in 2019", "in 2020 the foramen was moderately narrowed": a
 * state put in the past tense and dated by a year is the earlier study's.
 */
const DATED_PAST = [
  /\b(?:was|were)\s+(?:\w+ly\s+)?(?:normal|patent|narrowed|stenosed|stenotic|mild|moderate|severe)\b[^.;]*\b(?:in|on|from)\s+(?:19|20)\d\d\b/i,
  /\b(?:in|on)\s+(?:19|20)\d\d\b[^.;]*\b(?:was|were)\s+(?:\w+ly\s+)?(?:normal|patent|narrowed|stenosed|stenotic|mild|moderate|severe)\b/i,
];

/** Whether `text` holds a year (19xx or 20xx) between `from` and `to`; no allocation. */
function hasYear(text: string, from: number, to: number): boolean {
  for (let i = from; i + 3 < to; i++) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (!((a === 49 && b === 57) || (a === 50 && b === 48))) continue;
    const c = text.charCodeAt(i + 2);
    const d = text.charCodeAt(i + 3);
    if (c >= 48 && c <= 57 && d >= 48 && d <= 57) return true;
  }
  return false;
}

function opensWithEarlierStudy(
  items: readonly Item[],
  text: string,
  sentenceOpens: boolean,
): boolean {
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return false;
  const opener =
    first.end - first.start <= 12 &&
    EARLIER_STUDY_OPENERS.has(text.slice(first.start, first.end).toLowerCase());
  const dated =
    !sentenceOpens &&
    items.some((x) => x.kind === 'filler' && (x.lit === 'was' || x.lit === 'were')) &&
    hasYear(text, first.start, last.end);
  if (!sentenceOpens && !opener && !dated) return false;
  if (items.some((x) => x.kind === 'time' && x.time === 'now')) return false;
  if (sentenceOpens || (opener && opensWithEarlierStudyAt(text, first.start))) return true;
  if (!dated) return false;
  const clause = text.slice(first.start, last.end);
  return DATED_PAST.some((r) => r.test(clause));
}

/** Words that say an earlier study found nothing: "previously none", "previously normal". */
const NONE_WORDS: ReadonlySet<string> = new Set(['none', 'nil', 'absent']);

/** Verbs of a statement in the past. */
const PAST_VERBS: ReadonlySet<string> = new Set(['was', 'were', 'had']);

/**
 * "…, previously it was moderately stenosed by the large extrusion": a clause opened by its time word
 * and told in the past, with nothing said of now, is the earlier study's as a whole (else its noun
 * would stay as a current narrowing of no grade).
 */
function opensPastStatement(items: readonly Item[], i: number): boolean {
  for (let k = 0; k < i; k++) {
    const x = items[k];
    // Words of no weight, or the structure a clause leaves out, put in before it (no width).
    const light =
      x?.kind === 'glue' || x?.kind === 'filler' || x?.kind === 'conj' || x?.kind === 'other';
    if (!light && x?.start !== x?.end) return false;
  }
  return closesPastStatementWords(items);
}

/** Items that date an aside after its predicate: "preoperatively", "in 2018", "on the prior study". */
const DATING_ITEM = (x: Item | undefined): boolean =>
  (x?.kind === 'time' && x.time === 'prior') ||
  x?.kind === 'other' ||
  (x?.kind === 'glue' && (x.lit === 'in' || x.lit === 'on' || x.lit === 'at' || x.lit === 'the'));

/** Whether the time word at `i` follows a past verb ("was previously", "were earlier"). */
function followsPastVerb(items: readonly Item[], i: number): boolean {
  const before = items[i - 1];
  return (
    (before?.kind === 'filler' && PAST_VERBS.has(before.lit)) || PAST_TIME.test(items[i]?.lit ?? '')
  );
}

/** A time word that holds its past verb ("was previously", "were previously"). */
const PAST_TIME = /^(?:was|were)\s/;

/** Words that say a finding of the earlier study is there now as well. */
const STILL_THERE: ReadonlySet<string> = new Set(['also', 'again', 'likewise', 'similarly']);

/**
 * The time word at `i` ends its clause (punctuation after it at most), the clause is in the past ("was
 * … narrowed previously") and says nothing of now.
 */
function closesPastStatement(items: readonly Item[], i: number): boolean {
  for (let k = i + 1; k < items.length; k++) {
    const x = items[k];
    if (x?.kind !== 'other' && !(x?.kind === 'conj' && x.lit === ',')) return false;
  }
  return closesPastStatementWords(items);
}

/** A graded statement told in the past that says nothing of now. */
function closesPastStatementWords(items: readonly Item[]): boolean {
  // "the left foramen was patent on both prior studies": a normal state told in the past is the
  // earlier studies' too (round 25: it had been read as this study's).
  const graded = items.some(
    (x) => x.kind === 'severity' || (x.kind === 'pred' && x.pred === 'normal'),
  );
  return graded && toldInPastOnly(items);
}

/** A statement told in the past that says nothing of now. */
function toldInPastOnly(items: readonly Item[]): boolean {
  const past = items.some(
    (x) =>
      (x.kind === 'filler' && PAST_VERBS.has(x.lit)) ||
      (x.kind === 'time' && PAST_TIME.test(x.lit)),
  );
  // "Moderate left foraminal stenosis, which was also seen on the prior study": still there now.
  // A consequence after ", so" ("…, so the right has progressed") is the writer's comment on it.
  const so = items.findIndex(
    (x, k) => x.kind === 'filler' && x.lit === 'so' && items[k - 1]?.kind === 'conj',
  );
  const said = so > 0 ? items.slice(0, so) : items;
  const now =
    said.some((x) => x.kind === 'time' && (x.time === 'now' || x.time === 'change')) ||
    said.some((x) => x.kind === 'filler' && STILL_THERE.has(x.lit));
  return past && !now;
}

/**
 * "The severe stenosis seen pre-operatively is absent": a present-tense verb between the time word and
 * the word of absence makes the absence this study's (the earlier grade is the one before the time
 * word), not an earlier "none" as in "mild stenosis, previously none".
 */
function presentCopulaBetween(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const x = items[k];
    if (x?.kind === 'filler' && PRESENT_COPULAS.has(x.lit)) return true;
  }
  return false;
}
const PRESENT_COPULAS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'has',
  'have',
  'appears',
  'appear',
  'seems',
]);

const saysNone = (x: Item | undefined): boolean =>
  (x?.kind === 'context' && NONE_WORDS.has(x.rule.literal)) ||
  (x?.kind === 'pred' && x.pred === 'normal');

/** Whether a graded statement of this study comes before, so a later "previously none" is its past. */
const statesGradeBefore = (out: readonly Item[]): boolean =>
  out.some((y) => y.kind === 'severity') &&
  out.some((y) => y.kind === 'target' || (y.kind === 'pred' && y.pred === 'narrow'));

/** Whether this study's grade is named after item `i` ("now"). */
/**
 * Where an ungraded aside about the earlier study ends: a time word opening a clause between commas that
 * holds a narrowing but no grade, before this study's "now" ("…, previously effaced by phlegmon, is now
 * patent"). The closing comma's index, or undefined.
 */
function ungradedEarlierAside(
  items: readonly Item[],
  i: number,
  out: readonly Item[],
): number | undefined {
  if (!isComma(out[out.length - 1])) return undefined;
  let c = i + 1;
  while (c < items.length && !isComma(items[c])) c++;
  if (c >= items.length) return undefined;
  const aside = items.slice(i + 1, c);
  const narrows = aside.some(
    (y) => y.kind === 'pred' && (y.pred === 'narrow' || y.pred === 'compress'),
  );
  const graded = aside.some((y) => y.kind === 'severity');
  return narrows && !graded && hasNow(items, c) ? c : undefined;
}

const hasNow = (items: readonly Item[], i: number): boolean =>
  items.some((x, k) => k > i && x.kind === 'time' && x.time === 'now');

/** The lowest grade of a "no moderate or severe" range (its first word). */
const lowestOf = (item: Extract<Item, { kind: 'severity' }>): Graded =>
  (SEVERITY_OF_LITERAL.get(item.lit) as Graded | undefined) ?? item.severity;

/** Items from a grade to its side ("moderate on the right"): "on", "in", "the", "side". */
const SIDED_GRADE_WINDOW = 3;

/** The side a grade at `j` is given ("moderate on the right"), with the index of the side item. */
function sideOfGrade(
  items: readonly Item[],
  j: number,
): { side: 'left' | 'right'; at: number } | undefined {
  for (let k = j + 1, steps = 0; k < items.length && steps < SIDED_GRADE_WINDOW; k++, steps++) {
    const x = items[k];
    if (x?.kind === 'side') {
      return x.side === 'left' || x.side === 'right' ? { side: x.side, at: k } : undefined;
    }
    if (x?.kind !== 'glue' && x?.kind !== 'filler') return undefined;
  }
  return undefined;
}

/**
 * After a grade given to one side at `at`: "and (unchanged) mild on the right", the other side's grade,
 * and the index of its side.
 */
function otherSideGradeAfter(
  items: readonly Item[],
  at: number,
  side: 'left' | 'right',
): { side: 'left' | 'right'; grade: Graded; at: number } | undefined {
  let k = at + 1;
  const joint = items[k];
  if (joint?.kind !== 'conj' || (joint.lit !== 'and' && joint.lit !== ',')) return undefined;
  k++;
  if (items[k]?.kind === 'time') k++;
  const grade = severityItemAt(items, k);
  const other = grade === undefined ? undefined : sideOfGrade(items, k);
  if (grade === undefined || !other || other.side === side) return undefined;
  return { side: other.side, grade, at: other.at };
}

/** Words between a grade and the side it is given: "on", "the", "side". */
const TRAILING_SIDE_WINDOW = 3;

/**
 * The index of a side a grade at `from` is given after it ("grade 2 right", "Lee 1 on the left"), when
 * that side ends the statement (a comma, "and", a bracket or the sentence's end follows it); undefined
 * when the side belongs to a noun after it ("Lee 1 left foraminal stenosis").
 */
function trailingSideAt(items: readonly Item[], from: number): number | undefined {
  for (let k = from, steps = 0; k < items.length && steps < TRAILING_SIDE_WINDOW; k++, steps++) {
    const x = items[k];
    if (x?.kind === 'side') {
      if (x.side !== 'left' && x.side !== 'right') return undefined;
      let n = k + 1;
      while (items[n]?.kind === 'glue' && items[n]?.lit === 'side') n++;
      const next = items[n];
      const ends =
        next === undefined ||
        next.kind === 'conj' ||
        (next.kind === 'other' && next.lit === '') ||
        (next.kind === 'glue' && (next.lit === ')' || next.lit === ';'));
      return ends ? k : undefined;
    }
    if (x?.kind !== 'glue' || !(x.lit === 'on' || x.lit === 'the')) return undefined;
  }
  return undefined;
}

/**
 * "previously moderate on the right and severe on the left": an earlier grade per side. `j` is the
 * first grade; undefined unless both sides are named, each with its own grade.
 */
function sidedGrades(
  items: readonly Item[],
  j: number,
): { grades: Map<'left' | 'right', Graded>; last: number } | undefined {
  const first = severityItemAt(items, j);
  const firstSide = sideOfGrade(items, j);
  if (first === undefined || !firstSide) return undefined;
  const and = items[firstSide.at + 1];
  if (!(and?.kind === 'conj' && (and.lit === 'and' || and.lit === ','))) return undefined;
  const k = firstSide.at + 2;
  const second = severityItemAt(items, k);
  // "previously minimal on the right and absent on the left": the other side had none (round 26: the
  // word of absence had negated this study's grade of both sides).
  if (second === undefined && saysNone(items[k])) {
    const noneSide = sideOfGrade(items, k);
    if (!noneSide || noneSide.side === firstSide.side) return undefined;
    return { grades: new Map([[firstSide.side, first]]), last: noneSide.at };
  }
  const secondSide = second === undefined ? undefined : sideOfGrade(items, k);
  if (second === undefined || !secondSide || secondSide.side === firstSide.side) return undefined;
  const grades = new Map<'left' | 'right', Graded>([
    [firstSide.side, first],
    [secondSide.side, second],
  ]);
  return { grades, last: secondSide.at };
}

/**
 * Reads and removes the qualifier words of a sentence.
 * @param items - the sentence's items
 * @param text - the report text (grade values are read from it)
 * @param declaredSystem - a grading system an earlier line named for the bare grades after it
 * @param sentenceOpensEarlier - the sentence this clause is part of opens with an earlier study
 */
export function readQualifiers(
  items: readonly Item[],
  text: string,
  declaredSystem?: GradeSystem,
  sentenceOpensEarlier = false,
): { items: Item[]; qualifiers: SentenceQualifiers } {
  const out: Item[] = [];
  let priorGrade: Graded | undefined;
  const olderGrades: Graded[] = [];
  let nowOtherSide: { side: 'left' | 'right'; grade: Graded } | undefined;
  const otherPriors: { grade: Graded; scope: TimeScope }[] = [];
  /** Where the last earlier grade was read. */
  let priorAt = 0;
  let priorScope: TimeScope | undefined;
  let nowScope: TimeScope | undefined;
  let priorBySide: Map<'left' | 'right', Graded> | undefined;
  let priorNone = false;
  const priorPhrases: (readonly [number, number])[] = [];
  const priorPhraseGrades: PhraseGrade[] = [];
  /**
   * "The previously described protrusion and the associated mild right foraminal narrowing have
   * resolved": where the phrases an earlier study's words open begin, until the word that they are gone.
   */
  let earlierPhrasesFrom: number | undefined;
  let nowGrade: Graded | undefined;
  let unchanged = false;
  let resolution = false;
  let earlierStudy = false;
  let bound: Severity | undefined;
  const grades: NamedGrade[] = [];
  const defaultSystem = items.find((x) => x.kind === 'grading');
  // "On the pre-operative study there was severe stenosis": the whole clause is the earlier study's
  // (unless it also says what is there "now"). Its time words then carry no grade of their own.
  const opensEarlier = opensWithEarlierStudy(items, text, sentenceOpensEarlier);
  /** A Lee grade of this sentence followed the foramen it grades. */
  let gradesStatement = false;
  let pastStatement = false;

  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!x) continue;
    if (x.kind === 'level') gradesStatement = false;
    if (x.kind === 'time') {
      if (opensEarlier) continue;
      if (x.time === 'earlier-study') {
        earlierStudy = true;
        continue;
      }
      if (x.time === 'change') {
        unchanged ||= !CHANGE_OF_GRADE.has(x.lit);
        // "Canal and foramina unchanged and adequate": the "and" goes with the word of no change, so
        // the state after it stays the targets' predicate.
        const and = items[i + 1];
        if (and?.kind === 'conj' && and.lit === 'and' && items[i + 2]?.kind === 'pred') i++;
        continue;
      }
      const aside = x.time === 'prior' ? ungradedEarlierAside(items, i, out) : undefined;
      if (aside !== undefined) {
        // "The left L4-5 foramen, previously effaced by phlegmon, is now patent": the aside is the
        // earlier study's and grades nothing; with its commas it goes, so the foramen keeps this
        // study's predicate (round 24; it had stayed as a current narrowing).
        out.pop();
        i = aside;
        continue;
      }
      if (x.time === 'prior' && priorGrade === undefined && opensPastStatement(items, i)) {
        pastStatement = true;
        continue;
      }
      const j = nextMeaningful(items, i + 1, TIME_GRADE_WINDOW);
      const earlier =
        x.time === 'prior' && j !== undefined
          ? earlierNamedGrade(items, j, text, defaultSystem, declaredSystem)
          : undefined;
      if (earlier) {
        // "Left grade 3 (Lee), previously grade 2 (Lee)": the earlier study's grade, never this
        // study's (an earlier grade 0 leaves no prior finding to report).
        if (earlier.severity !== undefined) priorGrade = earlier.severity;
        i = earlier.last;
        continue;
      }
      const grade = severityItemAt(items, j);
      if (
        x.time === 'prior' &&
        j !== undefined &&
        saysNone(items[j]) &&
        !presentCopulaBetween(items, i, j) &&
        (statesGradeBefore(out) || hasNow(items, j))
      ) {
        // "Mild spinal canal stenosis, previously none", "the foramen, previously normal, is now
        // moderately narrowed": the earlier study's grade is none; the word of absence is not this
        // study's negation.
        priorNone = true;
        i = j;
        // The aside's commas go with it, so the structure keeps its predicate.
        if (isComma(out[out.length - 1]) && isComma(items[j + 1])) {
          out.pop();
          i = j + 1;
        }
        continue;
      }
      const narrowing = j === undefined ? undefined : items[j];
      if (
        x.time === 'prior' &&
        (grade !== undefined || (narrowing?.kind === 'pred' && narrowing.pred === 'narrow')) &&
        priorGrade === undefined &&
        followsPastVerb(items, i) &&
        !items.slice(0, i).some((y) => y.kind === 'pred') &&
        toldInPastOnly(items)
      ) {
        // "The right foramen was previously severely narrowed.": told in the past with nothing said
        // of now, the statement as a whole is the earlier study's (round 26: it had also given a
        // current, ungraded narrowing).
        pastStatement = true;
        continue;
      }
      if (grade !== undefined && j !== undefined) {
        if (x.time === 'prior') {
          // A second earlier grade for the same structure: the one before it is an older study's.
          // Only when nothing between the two names another structure, side or level.
          const samePlace = !items.slice(priorAt, i).some((y) => OTHER_PLACE.has(y.kind));
          if (
            priorGrade !== undefined &&
            priorGrade !== grade &&
            !olderGrades.includes(priorGrade) &&
            samePlace
          ) {
            olderGrades.push(priorGrade);
          } else if (priorGrade !== undefined && priorScope !== undefined && !samePlace) {
            // "… severely narrowed (previously moderate) and the right … (previously mild)": the
            // earlier grade of another place keeps its own scope.
            otherPriors.push({ grade: priorGrade, scope: priorScope });
          }
          priorAt = j;
          priorGrade = grade;
          const sideBefore = bracketedSideBefore(out);
          const sideAfter = sideBefore ? undefined : bracketedSideAfter(items, j);
          priorScope = {
            ...timeScopeAt(items, i),
            finding: structureBefore(items, i),
            side: sideBefore ?? sideAfter?.side,
          };
          if (priorScope.finding) dropBracketedStructure(out);
          else if (sideBefore) out.pop();
          if (sideAfter) {
            // "(previously moderately narrowed on right side)": the bracket's words go with it.
            i = sideAfter.close - 1;
            continue;
          }
        } else {
          nowGrade = grade;
          // "… and is now severe on the right; the left remains moderate": this study's grade of one
          // side of a bilateral finding (round 25: it had graded both).
          const nowSide = sideOfGrade(items, j);
          nowScope = { ...timeScopeAt(items, i), side: nowSide?.side };
          // "… now moderate on the left and unchanged mild on the right": the other side's grade.
          const other = nowSide ? otherSideGradeAfter(items, nowSide.at, nowSide.side) : undefined;
          if (other) {
            nowOtherSide = { side: other.side, grade: other.grade };
            i = other.at;
            continue;
          }
        }
        // Words between the time word and its grade ("previously noted") are dropped with them.
        i = j;
        const sided = x.time === 'prior' ? sidedGrades(items, j) : undefined;
        if (sided) {
          priorBySide = sided.grades;
          i = sided.last;
          continue;
        }
        // "The left foramen, previously mildly narrowed, is now patent": the whole aside between
        // commas is the earlier study's, its predicate and commas too.
        const pred = items[j + 1];
        const close = items[j + 2];
        const open = out[out.length - 1];
        // "…, which was severely narrowed preoperatively in 2018.": words that date the aside go with it.
        let end = j + 2;
        while (end < items.length && DATING_ITEM(items[end])) end++;
        const closing = items[end];
        if (
          x.time === 'prior' &&
          pred?.kind === 'pred' &&
          isComma(open) &&
          (isComma(closing) || closing === undefined)
        ) {
          out.pop();
          i = closing === undefined ? end - 1 : end;
        } else if (
          // "The canal is now adequately wide (preoperatively moderate stenosis)": the bracket is the
          // earlier study's grade and noun; its noun is no finding of this study.
          x.time === 'prior' &&
          pred?.kind === 'pred' &&
          pred.pred === 'narrow' &&
          isBracket(out[out.length - 1], '(') &&
          isBracket(close, ')')
        ) {
          out.pop();
          i = j + 2;
        } else if (x.time === 'prior' && isComma(open) && isComma(pred) && hasNow(items, j)) {
          // "The left exit foramen, previously moderate, is now severely narrowed": the grade alone
          // between commas is an aside; its commas go with it (round 25: the sentence went unread).
          out.pop();
          i = j + 1;
        }
      } else if (x.time === 'prior' && priorGrade === undefined && closesPastStatement(items, i)) {
        // "The right foramen was mildly narrowed previously.": a statement in the past closed by its
        // time word is the earlier study's as a whole.
        pastStatement = true;
      } else if (x.time === 'prior' && priorGrade === undefined) {
        // "which was severely stenosed on the prior study, now …": the statement just before; the
        // "and" that joins it to this study's statement goes with it.
        priorGrade = takeStatementBefore(out);
        const phrase = priorGrade === undefined ? gradedPhraseBefore(out) : undefined;
        if (phrase) {
          priorPhrases.push(phrase);
          priorPhraseGrades.push(...gradesWithin(out, phrase));
        } else if (priorGrade === undefined && opensPhrase(out)) earlierPhrasesFrom = x.end;
        if (
          priorGrade !== undefined &&
          items[i + 1]?.kind === 'conj' &&
          items[i + 1]?.lit === 'and'
        ) {
          i++;
        } else if (
          priorGrade !== undefined &&
          isComma(out[out.length - 1]) &&
          isComma(items[i + 1])
        ) {
          // "The left foramen, moderately narrowed previously, is now patent": the aside between commas
          // is the earlier study's, its commas too, so the structure keeps this study's predicate.
          out.pop();
          i++;
        }
      }
      continue;
    }
    // "CCS was mod then, now mod-sev": a grade with "then", against this study's "now".
    if (x.kind === 'filler' && x.lit === 'then' && priorGrade === undefined && hasNow(items, i)) {
      priorGrade = takeStatementBefore(out);
      continue;
    }
    if (x.kind === 'bound') {
      const j = nextMeaningful(items, i + 1, BOUND_GRADE_WINDOW);
      const after = severityItemAt(items, j);
      if (after !== undefined) bound = after;
      else {
        const before = [...out].reverse().find((y) => y.kind !== 'glue' && y.kind !== 'filler');
        if (before?.kind === 'severity') bound = before.severity;
      }
      continue;
    }
    if (x.kind === 'context' && x.rule.category === 'negation') {
      if (RESOLUTION_TRIGGERS.has(x.rule.literal)) {
        resolution = true;
        const phrase =
          earlierPhrasesFrom === undefined ? undefined : ([earlierPhrasesFrom, x.start] as const);
        const graded = phrase ? gradesWithin(out, phrase) : [];
        if (phrase && graded.length > 0) {
          priorPhrases.push(phrase);
          priorPhraseGrades.push(...graded);
        }
        earlierPhrasesFrom = undefined;
      }
      const j = nextMeaningful(items, i + 1, NEGATED_GRADE_WINDOW) ?? i;
      const next = items[j];
      const vagueTrigger = [...VAGUE_GRADES].some((w) => x.rule.literal.includes(w));
      if (next?.kind === 'severity' && CONTRASTS.has(x.rule.literal) && endsWithGrade(out)) {
        // "should read moderate-to-severe, not moderate": a correction's contrast, not a bound.
        // "is moderately, not mildly, narrowed": the contrast between commas goes with its commas,
        // so the grade before it still grades the verb after it.
        if (isComma(out[out.length - 1]) && isComma(items[j + 1])) {
          out.pop();
          i = j + 1;
        } else i = j;
        continue;
      }
      // "Resolution of the previously moderate stenosis": the grade is the earlier study's, not a bound.
      const resolves = RESOLUTION_TRIGGERS.has(x.rule.literal);
      // A word of absence after its finding ("the canal is decompressed (severe stenosis before)")
      // bounds nothing after it.
      const looksBack = x.rule.direction === 'backward';
      if (
        next?.kind === 'severity' &&
        !VAGUE_GRADES.has(next.lit) &&
        !vagueTrigger &&
        !resolves &&
        !looksBack
      ) {
        const lowest = lowestOf(next);
        if (lowest !== 'mild') {
          // "No moderate or severe stenosis": a bound, not a negation.
          bound = BELOW[lowest];
          i = j;
          continue;
        }
      }
    }
    if (x.kind === 'grading' || isGradeWord(x)) {
      const mention = readGradeMention(items, i, text);
      const system =
        mention?.system ??
        (defaultSystem?.kind === 'grading' ? defaultSystem.system : undefined) ??
        declaredSystem ??
        (items[(mention?.last ?? i) + 1]?.kind === 'lesion' ? 'meyerding' : undefined);
      if (mention && system === undefined && targetBefore(items, i) !== undefined) {
        // "Foramina grade 0": no grade is none whatever the system; another unnamed grade is left
        // to the words beside it ("canal stenosis grade 1 (mild)").
        if (mention.value === 0) {
          const start = x.start;
          const end = items[mention.last]?.end ?? x.end;
          out.push({ kind: 'pred', pred: 'normal', lit: 'grade 0', start, end });
        }
        i = mention.last;
        continue;
      }
      if (mention && system !== undefined) {
        const row =
          system === 'lee'
            ? leeRow(mention.value)
            : system === 'meyerding'
              ? meyerdingRow(mention.value)
              : pfirrmannRow(mention.value);
        if (row) {
          grades.push({ system, value: mention.value, severity: row.severity });
          if (system === 'lee') {
            // "Bilateral foraminal stenosis, grade 3 on the right and grade 2 on the left (Lee)":
            // the grades that follow a foramen grade its statement, until a new level.
            gradesStatement ||= targetBefore(items, i) === 'foramen';
            // "Lee grade 2 right, grade 0 left", "Lee 1 on the left": the side a grade is given
            // goes before it, as in "right Lee grade 2", so each side keeps its own grade.
            const side = trailingSideAt(items, mention.last + 1);
            if (side !== undefined) {
              const sideItem = items[side];
              // Placed where the grade starts, so the items stay in the order of the text.
              if (sideItem) out.push({ ...sideItem, start: x.start, end: x.start });
              out.push(...leeItems(items, mention.value, i, side, gradesStatement));
              i = side;
              continue;
            }
            out.push(...leeItems(items, mention.value, i, mention.last, gradesStatement));
          }
          i = mention.last;
          continue;
        }
      }
      if (x.kind === 'grading') continue;
    }
    out.push(x);
  }
  return {
    items: out,
    qualifiers: {
      priorGrade,
      olderGrades,
      otherPriors,
      nowOtherSide,
      priorScope,
      nowScope,
      priorBySide,
      priorNone,
      priorPhrases,
      priorPhraseGrades,
      nowGrade,
      unchanged,
      resolution,
      earlierClause: opensEarlier || pastStatement,
      earlierStudy,
      bound,
      grades,
    },
  };
}

const gradeFor = (
  f: RawFinding,
  severity: Severity | null,
  grades: readonly NamedGrade[],
): QualifiedFinding['grade'] => {
  const system: GradeSystem | undefined =
    f.finding === 'foraminal-stenosis'
      ? 'lee'
      : f.finding === 'spondylolisthesis'
        ? 'meyerding'
        : f.finding === 'disc-desiccation'
          ? 'pfirrmann'
          : undefined;
  const wanted = f.negated ? 'none' : severity;
  const g = grades.find((x) => x.system === system && (system !== 'lee' || x.severity === wanted));
  return g ? { system: g.system, value: g.value } : undefined;
};

/**
 * Applies a sentence's qualifiers to its findings: time, bound and named grade; a prior grade adds a
 * `prior` finding beside this study's.
 * @param findings - the sentence's findings
 * @param q - its qualifiers
 * @param earlierStudy - the sentence describes an earlier study (a COMPARISON section)
 */
export function qualifyFindings(
  findings: readonly RawFinding[],
  q: SentenceQualifiers,
  earlierStudy: boolean,
): QualifiedFinding[] {
  const out: QualifiedFinding[] = [];
  const leeNamed = q.grades.some((g) => g.system === 'lee');
  const onlyNegated = !findings.some((f) => GRADED_FINDINGS.has(f.finding) && !f.negated);
  const priorOwners = timeOwners(findings, q.priorScope);
  const nowOwners = timeOwners(findings, q.nowScope);
  for (const f of findings) {
    const priorGrade =
      !priorOwners || priorOwners.has(f)
        ? q.priorGrade
        : q.otherPriors.find((p) => timeOwners(findings, p.scope)?.has(f))?.grade;
    const nowGrade = !nowOwners || nowOwners.has(f) ? q.nowGrade : undefined;
    const graded = GRADED_FINDINGS.has(f.finding);
    // A negated statement of an earlier study's finding ("described in the preliminary report … is not
    // present") retracts it, as "not confirmed" does.
    const inPriorPhrase =
      !f.negated && !q.unchanged && q.priorPhrases.some(([a, b]) => f.start >= a && f.end <= b);
    const temporal: Temporal = q.earlierClause
      ? 'prior'
      : f.negated && (q.resolution || q.earlierStudy)
        ? 'resolved'
        : earlierStudy || q.earlierStudy || inPriorPhrase
          ? 'prior'
          : 'current';
    let severity: Severity | null = f.severity;
    if (graded && !f.negated && nowGrade !== undefined) severity = nowGrade;
    const nowSide =
      graded && !f.negated && nowGrade !== undefined && f.side === 'bilateral'
        ? q.nowScope?.side
        : undefined;
    if (graded && !f.negated && severity === null && q.unchanged && priorGrade !== undefined) {
      severity = priorGrade;
    }
    // "Foraminal stenosis graded per Lee: L4-L5 right grade 2": the ungraded heading is not a finding.
    if (leeNamed && f.finding === 'foraminal-stenosis' && !f.negated && severity === null) continue;
    const named = gradeFor(f, severity, q.grades);
    if (named && f.finding !== 'foraminal-stenosis') {
      const row =
        named.system === 'meyerding' ? meyerdingRow(named.value) : pfirrmannRow(named.value);
      if (row && row.severity !== 'none') severity = row.severity as Graded;
    }
    if (nowSide && q.nowOtherSide) {
      out.push(
        withFields(f, {
          side: q.nowOtherSide.side,
          severity: q.nowOtherSide.grade,
          uncertain: f.uncertain,
          temporal,
          maxSeverity: undefined,
          grade: undefined,
        }),
      );
    }
    const bounded =
      graded &&
      !f.negated &&
      q.bound !== undefined &&
      q.bound !== 'none' &&
      (severity === null || SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(q.bound));
    out.push(
      withFields(f, {
        side: nowSide ?? f.side,
        severity: bounded ? null : (severity as Graded | null),
        uncertain: f.uncertain || bounded,
        temporal,
        maxSeverity: bounded ? q.bound : undefined,
        grade: named,
      }),
    );
    // A grade the earlier study gave is a prior finding, beside this study's grade or beside the
    // finding's resolution ("the previously severe canal stenosis has resolved").
    // So does a finding now absent ("the left foramen, previously mildly narrowed, is now patent")
    // when the sentence states no other finding the earlier grade could be of.
    // "The moderate right foraminal narrowing seen on the prior exam has resolved": the grade of the
    // phrase the earlier study's words follow is that study's.
    // "The severe right foraminal stenosis seen pre-operatively has been decompressed": likewise for a
    // finding now absent that is the only one stated.
    const resolvedGrade =
      f.negated &&
      ((temporal === 'resolved' && q.resolution) || (temporal === 'current' && onlyNegated))
        ? phraseGradeOf(q, f)
        : undefined;
    const priorStated =
      (!f.negated && temporal === 'current') ||
      (f.negated && temporal === 'resolved') ||
      (f.negated && temporal === 'current' && onlyNegated);
    if (graded && priorStated && q.priorBySide && f.side === 'bilateral') {
      for (const [side, grade] of q.priorBySide) {
        out.push(
          withFields(f, {
            side,
            negated: false,
            severity: grade,
            temporal: 'prior',
            maxSeverity: undefined,
            grade: undefined,
          }),
        );
      }
    } else if (graded && !f.negated && temporal === 'current' && q.priorNone) {
      out.push(
        withFields(f, {
          negated: true,
          severity: null,
          temporal: 'prior',
          maxSeverity: undefined,
          grade: undefined,
        }),
      );
    } else if (graded && priorStated && (priorGrade ?? resolvedGrade) !== undefined) {
      const earlier = priorGrade === undefined ? [] : q.olderGrades;
      // "Bilateral … mildly narrowed (previously moderately narrowed on right side)": that side's.
      const sided = q.priorScope?.side;
      const side = sided && f.side === 'bilateral' && priorGrade === q.priorGrade ? sided : f.side;
      for (const grade of [...earlier, priorGrade ?? resolvedGrade]) {
        out.push(
          withFields(f, {
            side,
            negated: false,
            severity: grade ?? null,
            temporal: 'prior',
            maxSeverity: undefined,
            grade: undefined,
          }),
        );
      }
    }
  }
  return out;
}
