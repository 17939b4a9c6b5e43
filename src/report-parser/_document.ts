/**
 * The walk over a whole report: lines, section headings, level headings ("L4-5:", "L5-S1 level:", a
 * level alone on a line), sentences, and the level context that carries a paragraph's level into its
 * following sentences. A blank line or a new heading ends the carry-over. Lines are processed one at a
 * time and very long lines in bounded chunks, so memory stays flat on large inputs.
 */
import { withFields } from '../objects.js';
import type { Level } from '../vocab/index.js';
import { LEVELS } from '../vocab/index.js';
import { assembleSentence } from './_assemble.js';
import { DECLARES_UNCHECKED_ABSENT, withTickedOptionsOnly } from './_checkboxes.js';
import {
  REMAINING_LABELS,
  withCanalAndForamina,
  withDistributedLevels,
  withElsewhereClause,
  withIncludedLevel,
  withLeadingElse,
  withLeadingNil,
  withLeadingWidth,
  withNamedRange,
  withNarrowedPlace,
  withNegativeLevel,
  withOpenRanges,
  withOtherDiscsAsLevels,
  withRestNamed,
  withoutUndeclaredBracketGrade,
  withOtherLevels,
  withReferredLevels,
  withRemainingForamina,
  withRemainingInRange,
  withFormAnswers,
  withRootNamedForamen,
  withTrailingGrade,
  withAdjacentLevels,
  withPresenceMarks,
  withBetweenRange,
  withNilLevel,
  withRepeatedFinding,
} from './_clause-rewrites.js';
import type { ClauseView } from './_clause-splits.js';
import {
  earlierClauseSplit,
  otherSideStatementSplit,
  reasonClauseSplit,
  ellipticalClauses,
  exceptionSplit,
  noneSplit,
  opensWithTopicLabel,
  otherSideGradeSplit,
  restClearanceExceptionSplit,
  sidedLevelGradeSplit,
  sideExceptionSplit,
  slashPairs,
  resolvedStatementSplit,
  timedStatementSplit,
  trailingSideSplit,
} from './_clause-splits.js';
import { contextFlags } from './_context.js';
import type { Correction } from './_corrections.js';
import { applyCorrections } from './_corrections.js';
import { curveConvexity, withCurveSides } from './_curvature.js';
import { latestStudyYear, speaksOfEarlierDatedStudy } from './_dated-studies.js';
import {
  withEarlierAdjective,
  withEarlierLesionGrades,
  citesImaging,
  correctionsIn,
  declaresBracketsPrior,
  GENERIC_REMARK,
  priorBracket,
  priorCopies,
  SUMMARY_OF_ABOVE,
  withoutPriorNotation,
} from './_earlier-studies.js';
import { withDatedGrades } from './_dated-grades.js';
import {
  asClearanceWithExceptions,
  exceptedPlace,
  exceptionSideAt,
  refutedBy,
  withExceptionSide,
  withForaminaOnSide,
  withImpliedExceptionFinding,
  withImpliedExceptionNarrowing,
  withoutExcepted,
  withRelativeClauseJoined,
  withSideExceptionFinding,
} from './_exceptions.js';
import {
  endsInlineHeading,
  endsWithColon,
  HEADING_LOOKUP,
  isHeadingMark,
  levelLabelWidth,
  lumbarRegionLabel,
  otherRegionLabel,
  opensWithAnatomyLabel,
  opensWithGradingDeclaration,
  readLevelHeading,
  readSectionHeading,
  finalReadHeadingEnd,
} from './_headings.js';
import { namesRomanLevels, withLumbarLetters, withRomanLevels } from './_levels.js';
import {
  bareSideNegation,
  foramenOf,
  isSideItem,
  labelledForamenSide,
  withRelativeSides,
  isSideStatement,
  resolveOpposite,
  respectivePairs,
  respectivePart,
  sideOf,
  sideStatementBeforeAnd,
  withElidedForamen,
  withForamenPerSide,
  withGradeBeforeForamen,
  withLeadingSide,
  withNounBeforeNegatedSide,
  withoutSparedRootNegation,
  withPronounForamen,
  withPronounSide,
  withThisSide,
  withRetractedForamen,
  withRootSideOnForamen,
  pronounGrade,
  withBracketedSideGrades,
} from './_implied-sides.js';
import { buildItems } from './_items.js';
import { SIDE_WORDS, isBracket, levelItem } from './_model.js';
import type { Item, LevelRef } from './_model.js';
import type { Normaliser } from './_normalise.js';
import {
  EARLIER_STUDY_OPENERS,
  opensWithEarlierStudyAt,
  qualifyFindings,
  readQualifiers,
} from './_qualifiers.js';
import {
  type DocumentReading,
  type SectionedFinding,
  type TransitionalMention,
  type UnreadSentence,
} from './_reading.js';
import type { Token } from './_scan.js';
import {
  gradesAsFractions,
  namesPatientOrImageSides,
  withPatientSides,
  declaredWordScale,
  withWordScale,
  NUM,
  PUNCT,
  scanLine,
  spellsOutPunctuation,
  withBareSideGrades,
  withFractionGrades,
  withWildermuthGrades,
  withSpokenPunctuation,
  WORD,
} from './_scan.js';
import {
  BULLETS,
  endsSentence,
  hasClauseMark,
  hasWord,
  isBlankLine,
  isBoundary,
  keep,
  levelScopeCut,
  lineAround,
  lineStartBefore,
  mayRunOn,
  opensSentence,
  RUN_ON_SECTIONS,
  runOnBreak,
  runOnCuts,
  tokenAt,
} from './_sentence-bounds.js';
import {
  type FindingSubject,
  type ImpliedForamen,
  stenosisSubject,
  subjectOf,
  subjectSplit,
  subjectWithValues,
  withClippedStructures,
  withGradeAsPredicate,
  withEllipticalSubject,
  withoutTopicColon,
  withRestOfSubject,
  withSubject,
  withTargetsBeforePred,
} from './_subjects.js';
import type { Legend, TableHeader } from './_tables.js';
import {
  DECLARES_NOW_THEN_SLASH,
  foraminalPercentKey,
  withPercentGrades,
  readBlockLevel,
  readFindingRecord,
  readKeyValueRow,
  readLegend,
  readTableHeader,
  readTableRow,
} from './_tables.js';
import type { PhraseTrie } from './_trie.js';
import type { SectionKind } from './data/sections.js';
import {
  EXCLUDED_SECTIONS,
  LEVEL_PART_LABEL_WORDS,
  SECTIONS_ENDED_BY_ANATOMY,
} from './data/sections.js';
import type { GradeSystem } from './schema.js';

export type {
  DocumentReading,
  SectionedFinding,
  TransitionalMention,
  UnreadSentence,
} from './_reading.js';

/** The longest line label that can date a study ("CT myelogram of the lumbar spine 8/1/24:"). */
const DATED_LABEL_CHARS = 48;

/** A heading over a list of foramina by the root that exits each ("Exiting roots", "Exiting nerve roots:"). */
const EXITING_ROOTS_HEADING = /^\W*exiting (?:nerve )?roots\W*$/i;
/** A heading that ends such a list ("Traversing roots", "Canal:", "Impression:"). */
const OTHER_ROOTS_HEADING = /^\W*(?:traversing (?:nerve )?roots|[a-z ]+:)/i;

/** A grading system's key: two numbered grades in words ("grade 0 normal, 1 mild, 2 moderate, …"). */
const GRADING_KEY =
  /\b[0-3]\s*[=:-]?\s*(?:normal|none|nil|no|mild)\b[^.;]*\b[1-3]\s*[=:-]?\s*(?:mild|moderate)\b/i;

/** Words a bracketed note of a list's columns is made of ("(level, side, grade)"). */
const COLUMN_NOTE_WORDS: ReadonlySet<string> = new Set([
  'level',
  'levels',
  'side',
  'sides',
  'grade',
  'grades',
  'severity',
  'degree',
  'location',
  'zone',
  'laterality',
  'finding',
  'comment',
  'comments',
  'root',
  'and',
  'then',
  'in',
  'that',
  'order',
]);

/**
 * Where a heading's bracketed note of columns opens ("Foraminal (level, side, grade):"), when the line
 * is that heading and nothing else; undefined otherwise.
 */
function columnNoteAt(tokens: readonly Token[], from: number): number | undefined {
  const last = tokens.length - 1;
  if (tokens[last]?.lower !== ':' || tokens[last - 1]?.lower !== ')') return undefined;
  let open = -1;
  for (let k = from; k < last; k++) {
    if (tokens[k]?.lower === '(') {
      open = k;
      break;
    }
  }
  if (open <= from) return undefined;
  let words = 0;
  for (let k = open + 1; k < last - 1; k++) {
    const t = tokens[k];
    if (!t || t.lower === ',' || t.lower === '/' || t.lower === ';') continue;
    if (t.kind !== WORD || !COLUMN_NOTE_WORDS.has(t.lower)) return undefined;
    words++;
  }
  return words >= 2 ? open : undefined;
}

/** A scale listed in order from none to severe ("none / mild / moderate / severe", "nil, mild, …"). */
const GRADE_SCALE_LINE =
  /\b(?:none|nil|normal)\s*[/,]\s*mild\s*[/,]\s*(?:mild(?:-| to )moderate\s*[/,]\s*)?moderate\s*[/,]\s*(?:moderate(?:-| to )severe\s*[/,]\s*)?severe\b/i;

/** Words that name a preliminary read ("PRELIMINARY REPORT", "Prelim impression:", "wet read"). */
const PRELIMINARY_READ = /\bprelim(?:inary)?\b|\bwet read\b/i;

/**
 * "Note on the scale: Lee grade 1 = perineural fat obliteration …; grade 2 = …": a sentence with no
 * level that defines a grade ("grade N =") explains the scale; it reports nothing (round 27: its
 * grades had been read as a finding at the level before it).
 */
function definesGradeScale(items: readonly Item[], text: string): boolean {
  if (items.some((x) => x.kind === 'level')) return false;
  return items.some((x, k) => {
    const number = items[k + 1];
    const equals = items[k + 2];
    return (
      (x.kind === 'grading' || (x.kind === 'adj' && x.lit.toLowerCase() === 'grade')) &&
      number !== undefined &&
      /^[0-4]$|^i{1,3}v?$|^iv$/i.test(text.slice(number.start, number.end)) &&
      equals !== undefined &&
      text.slice(equals.start, equals.end) === '='
    );
  });
}

/**
 * Words between a narrowing and what caused it ("narrowed due to facet hypertrophy", "… by a bulge",
 * "moderately narrowed (disc-osteophyte complex)").
 */
const NAMES_CAUSE =
  /^\s*(?:\(|(?:due to|by|from|secondary to|caused by|related to|owing to|because of|with)\b)/i;

/** Items that make a sentence about the spine: it should yield a finding or be listed as unread. */
const isSpinal = (x: Item): boolean =>
  x.kind === 'target' || x.kind === 'lesion' || (x.kind === 'level' && x.ref.kind === 'levels');

const MAX_LINE = 20_000;

/**
 * Tokens after a side stated alone within which the foramen it implies may be named ("mild narrowing
 * on the right; left foramen patent"); a long line of prose beyond them is not read for it.
 */
const FORAMEN_AHEAD_TOKENS = 40;

const MAX_SENTENCE_TOKENS = 400;

/** Parameters of one walk. */
export interface WalkOptions {
  readonly includeHistory: boolean;
  readonly trie: PhraseTrie;
  readonly normalise: Normaliser;
}

/** A mark that makes a whole statement an earlier study's, put before its first item. */
const earlierStudyMark = (items: readonly Item[]): Item => {
  const at = items[0]?.start ?? 0;
  return { kind: 'time', time: 'earlier-study', lit: '', start: at, end: at };
};

/** The cell marks of a table row: a spaced slash, a pipe or a tab. */
const TABLE_MARKS = /\s\/\s|[|\t]/;

/** Findings a lone graded pronoun sentence may grade. */
const STENOSIS_FINDINGS: ReadonlySet<string> = new Set([
  'foraminal-stenosis',
  'central-canal-stenosis',
  'lateral-recess-stenosis',
]);

/**
 * Reads a whole report.
 * @param text - the report
 */
/** Words of a level's statement that it reads as the level before ("L2-3: Same.", "Ditto."). */
const SAME_WORDS: ReadonlySet<string> = new Set(['same', 'ditto', 'similar', 'similarly', 'idem']);
const SAME_FILLER: ReadonlySet<string> = new Set([
  'as',
  'above',
  'the',
  'findings',
  'appearance',
  'level',
  '.',
  ':',
]);

/** Whether tokens `from` to `to` say only "same" ("Same.", "Same as above.", "Ditto."). */
function saysSameAsBefore(tokens: readonly Token[], from: number, to: number): boolean {
  let same = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.lower ?? '';
    if (SAME_WORDS.has(w)) same = true;
    else if (!SAME_FILLER.has(w)) return false;
  }
  return same;
}

const levelsOf = (ref: LevelRef): readonly Level[] => (ref.kind === 'levels' ? ref.levels : []);
const sameLevels = (a: readonly Level[], b: readonly Level[]): boolean =>
  a.length > 0 && a.length === b.length && a.every((l, k) => l === b[k]);

/**
 * A notation declared in words: "grade now (grade on the 2021 MRI)", "current (previous)", "today
 * (2019)": the bracketed grades are the earlier study's.
 */
const DECLARED_NOW_THEN =
  /\b(?:now|current|currently|today|this study)\s*\(\s*(?:grades?\s+)?(?:(?:on|at|in)\s+)?(?:the\s+)?(?:prior|previous|earlier|old|then|baseline|before|(?:19|20)\d\d|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b[^)]*\)/i;

/** Words that open a question ("Is there …?", "Has the … got worse?", "Any stenosis …?"). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'has',
  'have',
  'does',
  'do',
  'did',
  'was',
  'were',
  'can',
  'could',
  'should',
  'would',
  'will',
  'any',
  'anything',
  'what',
  'which',
  'where',
  'how',
  'why',
]);

/**
 * Whether tokens `from` to `to` are a question: closed by "?" and opened (after a speaker's or number's
 * label such as "Surgeon:" or "Q2.") by a question word.
 */
function isQuestion(tokens: readonly Token[], from: number, to: number): boolean {
  let end = to - 1;
  while (end > from && tokens[end]?.kind === PUNCT && tokens[end]?.lower !== '?') end--;
  if (tokens[end]?.lower !== '?') return false;
  return QUESTION_OPENERS.has(tokens[afterLabel(tokens, from, to)]?.lower ?? '');
}

/** Where a speaker's or number's label ("Surgeon:", "Q2.", "A4.") ends, or `from` when none opens. */
function afterLabel(tokens: readonly Token[], from: number, to: number): number {
  // A label: up to three words, a number or a bullet before a colon or a full stop.
  for (let j = from; j < Math.min(to, from + 4); j++) {
    const w = tokens[j]?.lower;
    if (w === ':' || w === '.') return j + 1;
  }
  return from;
}

/** Tokens of an answer's label read as a sentence of its own ("A4", "Ans"). */
const LABEL_TOKENS = 2;

/** Words between a question's opener and its subject ("Is there", "Any", "Has the … got"). */
const QUESTION_FILLERS: ReadonlySet<string> = new Set(['there', 'any', 'evidence', 'of', 'also']);

/**
 * The subject of a question ("foraminal stenosis at the other levels" of "Any foraminal stenosis at the
 * other levels?"), as tokens, or undefined when it is not "is there …"/"any …" shaped.
 */
function questionSubject(tokens: readonly Token[], from: number, to: number): Token[] | undefined {
  let k = afterLabel(tokens, from, to);
  if (!QUESTION_OPENERS.has(tokens[k]?.lower ?? '')) return undefined;
  const opener = tokens[k]?.lower;
  // "Is the left side affected …?" asks of a thing already named; only "is there"/"any" ask for one.
  if (opener !== 'any' && tokens[k + 1]?.lower !== 'there') return undefined;
  k++;
  while (QUESTION_FILLERS.has(tokens[k]?.lower ?? '')) k++;
  let end = to;
  while (end > k && tokens[end - 1]?.kind === PUNCT) end--;
  return end > k ? tokens.slice(k, end) : undefined;
}

/** Grades an answer may open with before saying where ("Slight, on the left at L4-L5"). */
const ANSWER_GRADES: ReadonlySet<string> = new Set([
  'mild',
  'moderate',
  'severe',
  'slight',
  'minimal',
  'minor',
  'marked',
]);

/** Answers that deny what a question asked: "No.", "No, apart from …", "Not at L5-S1.", "None.". */
const DENIALS: ReadonlySet<string> = new Set(['no', 'not', 'none', 'nil', 'negative']);

/**
 * "A4. No, apart from mild right-sided foraminal narrowing at L4-L5." after "Q4. Any foraminal stenosis
 * at the other levels?": the answer's denial with the question's subject after it ("No foraminal
 * stenosis at the other levels, apart from …"); "Yes, moderate on the right." the subject graded
 * ("foraminal narrowing at L4-5, moderate on the right"); undefined when the sentence opens otherwise.
 * The subject's tokens keep their places in the question.
 */
function answerWithSubject(
  tokens: readonly Token[],
  from: number,
  to: number,
  subject: readonly Token[],
): Token[] | undefined {
  const k = afterLabel(tokens, from, to);
  const denial = tokens[k];
  const next = tokens[k + 1];
  // "Yes, moderate on the right.": the question's subject, graded by the answer.
  if (denial?.lower === 'yes' && next?.kind === PUNCT && next.lower !== '.') {
    return [...tokens.slice(from, k), ...subject, ...tokens.slice(k + 1, to)];
  }
  // "Slight, on the left at L4-L5 …": the grade, then the question's subject (round 27).
  if (denial?.kind === WORD && ANSWER_GRADES.has(denial.lower) && next?.lower === ',') {
    return [...tokens.slice(from, k + 1), ...subject, ...tokens.slice(k + 1, to)];
  }
  if (!denial || denial.kind !== WORD || !DENIALS.has(denial.lower)) return undefined;
  // "No, …", "No.", "Not at L5-S1", "None apart from …"; "No stenosis …" says its own subject.
  const bare =
    next === undefined ||
    next.kind === PUNCT ||
    next.lower === 'at' ||
    next.lower === 'apart' ||
    next.lower === 'except' ||
    next.lower === 'other';
  if (!bare) return undefined;
  const no: Token = { ...denial, lower: 'no' };
  const rest = next?.kind === PUNCT && next.lower !== ',' && next.lower !== ';' ? k + 2 : k + 1;
  return [...tokens.slice(from, k), no, ...subject, ...tokens.slice(rest, to)];
}

/**
 * The first numeric scale a report defines on a line of its own ("Scale: 0 none, 1 mild, 2 moderate,
 * 3 severe."), or undefined. A table read before its legend line is graded by it (round 26: software
 * output printed its scale under the table, and the table's grades went unread).
 */
function numericLegendIn(text: string): Legend | undefined {
  if (!/\b1\s*[=:-]?\s*mild\b/i.test(text)) return undefined;
  let from = 0;
  while (from < text.length) {
    const end = text.indexOf('\n', from);
    const to = end < 0 ? text.length : end;
    const legend = readLegend(text, from, to);
    if (legend?.has('1')) return legend;
    from = to + 1;
  }
  return undefined;
}

/** Items that state a finding or grade one. */
const STATES_FINDING = (x: Item): boolean =>
  x.kind === 'target' || x.kind === 'lesion' || x.kind === 'severity' || x.kind === 'level';

export function readDocument(text: string, options: WalkOptions): DocumentReading {
  const findings: SectionedFinding[] = [];
  const transitional: TransitionalMention[] = [];
  const levelsMentioned: Level[] = [];
  const unread: UnreadSentence[] = [];
  let coversT12 = false;
  let section: SectionKind = 'other';
  let header: LevelRef | undefined;
  let last: LevelRef | undefined;
  let subject: FindingSubject | undefined;
  /**
   * The subject was a label whose first value stated the narrowing itself ("Canal: mild stenosis at
   * L4-L5; none at L5-S1"): it heads the rest of its line only, as a sentence's subject would.
   */
  let subjectEndsWithLine = false;
  let table: TableHeader | undefined;
  /** "current (prior)" was declared: a bracketed grade after a grade is the prior study's. */
  let bracketsArePrior = false;
  /** The side the report's one lumbar curve is convex to, for "the concave side" (see _curvature.ts). */
  const convex = curveConvexity(text);
  /** A radiology report names its technique or comparison; a letter or an operation note does not. */
  let radiologyReport: boolean | undefined;
  const isRadiologyReport = (): boolean =>
    (radiologyReport ??= /^[ \t]*(?:technique|comparison|protocol)\b/im.test(text));
  /** Only a report that speaks of brackets can declare its bracketed grades the earlier study's. */
  const speaksOfBrackets = /bracket|parenthes/i.test(text);
  /** The latest year a study is named by, in a text naming studies of several years. */
  const latestYear = latestStudyYear(text);
  /**
   * "Grades from the prior study are given in brackets": declared once for the whole report, so a
   * bracketed grade after a finding is the earlier study's in every section below.
   */
  let bracketsDeclaredPrior = false;
  /** Table cells give this study's grade and an earlier one as "now/then" (declared in words). */
  let slashesDeclaredPrior = false;
  const mayDeclareSlashes = text.includes('/') && DECLARES_NOW_THEN_SLASH.test(text);
  /**
   * "Foraminal grading per Lee:" then "L4-L5: right grade 2, left grade 1.": a grading system named
   * without a grade is the system of the bare grades after it, until the paragraph or section ends.
   */
  let declaredSystem: GradeSystem | undefined;
  /** The system was named by a sentence of its own, not a heading: it holds to the next section. */
  let systemHoldsPastParagraph = false;
  /** Symbols a line of the paragraph defined for the table that follows ("0 = none, 1 = mild"). */
  let legend: Legend | undefined;
  // A legend line, then a blank line, then the table: the legend holds for the header right after.
  let legendAcrossBlank: Legend | undefined;
  /** A table header with no rows yet when a blank line came ("Summary table (level: canal / …)."). */
  let tableAcrossBlank: TableHeader | undefined;
  let tableHasRows = false;
  // Report-wide marks, each looked for with a plain search before a regular expression.
  /** The report says its unticked boxes are absent findings. */
  const uncheckedMeansAbsent =
    (text.includes('[ ]') || text.includes('☐') || text.includes('□') || text.includes('[]')) &&
    DECLARES_UNCHECKED_ABSENT.test(text);
  /** Under a "Lumbar spine:" label line, levels written as bare numbers ("4-5:") are lumbar. */
  let bareLumbar = false;
  /** The level of a "[L3-L4]" line, over the key=value lines under it. */
  let keyValueLevel: LevelRef | undefined;
  /** A grading system named with grades earlier on this line only. */
  let lineSystem: GradeSystem | undefined;
  /** The report grades the foramina by Lee: bare numbers after sides are grades ("right 2, left 1"). */
  const gradesByLee = /\blee\b/i.test(text);
  /** The report names Wildermuth's grading somewhere. */
  const namesWildermuth = /\bwildermuth\b/i.test(text);
  /**
   * A line named Wildermuth's grading without a grade of its own ("Neural foramina (Wildermuth
   * grade):"): the bare grades of the lines after it, up to a blank line, are Wildermuth's.
   */
  let wildermuthDeclared = false;
  /** The report grades as fractions of three ("Foraminal stenosis grade is given out of 3"). */
  const fractionGrades = gradesAsFractions(text);
  /** The report is a transcript that spells out its punctuation ("… period new paragraph …"). */
  const spokenMarks = spellsOutPunctuation(text);
  /** A numeric scale given anywhere, for a table it follows ("Scale: 0 none, 1 mild, …" below it). */
  const legendBelow = numericLegendIn(text);
  /** A word scale the report declares ("patent / slightly narrow / narrow / very narrow (= none / …)"). */
  const wordScale = declaredWordScale(text);
  /** "Foraminal grading … as the percentage loss of foraminal height (key: under 33% = mild, …)". */
  const percentKey = foraminalPercentKey(text);
  /** Under an "Exiting roots" heading: "L3:" lines name roots, each in its own foramen. */
  let underExitingRoots = false;
  // Searched once per report, so most reports pay nothing per line for these rare layouts.
  const listsExitingRoots = /exiting (?:nerve )?roots/i.test(text);
  const listsGradeScale = GRADE_SCALE_LINE.test(text);
  /** The report names levels in Roman numerals ("L IV-L V"). */
  const romanLevels = namesRomanLevels(text);
  /** The report names sides as the patient's or the image's ("patient's left", "image-right"). */
  const ownedSides = namesPatientOrImageSides(text);
  /** Images shown in the neurological convention (the image's left is the patient's left). */
  const neurologicalConvention =
    ownedSides && /\bneurological (?:convention|orientation)\b/i.test(text);
  /** The report marks findings "(+)" or "(-)" somewhere. */
  const marksPresence =
    (text.includes('+)') || text.includes('-)') || text.includes('−)') || text.includes('–)')) &&
    /\(\s*[+\-−–]\s*\)/.test(text);
  let lastForamen: ImpliedForamen | undefined;
  /** The one side the previous sentence's findings were on, for "it narrows the foramen". */
  let lastSide: 'left' | 'right' | undefined;
  /** The side of a foramen named alone as a label ("1. Right L5-S1 foramen."), to its paragraph's end. */
  let labelSide: 'left' | 'right' | undefined;
  /** Findings an addendum or correction withdraws from the level they were stated at. */
  const corrections: Correction<SectionedFinding>[] = [];
  /** The next sentence is the first after a level heading ("L2-L3: Normal."). */
  let afterHeading = false;
  /** The level heading stood alone on its line ("L3-L4:"), over a block of lines. */
  let blockHeading = false;
  /** Lines read so far, and the line of the level heading in force. */
  let lineNo = 0;
  let headingLine = -1;
  /** The sentence being read is the first of its line. */
  let firstOfLine = false;
  /** The current line opened with a level heading ("L4-5: … No other stenosis." is about L4-5). */
  let headingOnLine = false;
  /** The side that opened the line as its heading ("Left - L3-4 mild; L4-5 mod"). */
  let lineSide: 'left' | 'right' | undefined;
  /** The sentence being read opens with an earlier study ("On the prior MRI, …"). */
  let sentenceOpensEarlier = false;
  /** The findings the previous clause kept, which a "however, … is patent" may refute. */
  let previousClause: SectionedFinding[] = [];
  /**
   * The history section in force was written on its heading's line and that line ended a sentence
   * ("Indication: Fall. Back pain."): the next line that starts a sentence of its own begins the
   * findings, even with no blank line or FINDINGS heading between.
   */
  let historyOnItsLine = false;

  const noteLevels = (ref: LevelRef | undefined): void => {
    // "All other levels from T12-L1 to L5-S1 are normal" names T12-L1 too.
    if (ref?.kind === 'all' && ref.within?.includes('T12-L1')) coversT12 = true;
    if (ref?.kind !== 'levels') return;
    if (ref.levels.includes('T12-L1')) coversT12 = true;
    levelsMentioned.push(...ref.levels);
  };

  /** The line of a history section that has cited a study's result (its later sentences are too). */
  let imagingCitedOnLine = -1;
  const citesImagingOnLine = (tokens: readonly Token[], from: number, to: number): boolean => {
    if (imagingCitedOnLine === lineNo) return true;
    if (!citesImaging(tokens, from, to)) return false;
    imagingCitedOnLine = lineNo;
    return true;
  };

  /** The subject of the question just read ("Any foraminal stenosis …?"), and the line it was on. */
  let asked: Token[] | undefined;
  let askedOnLine = -1;

  const processSentence = (tokens: readonly Token[], from: number, to: number): void => {
    if (from >= to) return;
    // "Surgeon: Is the L3/4 canal stenosis reported in 2023 still there?": a question asserts
    // nothing; the answer after it does (round 25).
    if (isQuestion(tokens, from, to)) {
      askedOnLine = lineNo;
      asked = questionSubject(tokens, from, to);
      return;
    }
    // The sentence after a question answers it: a bare denial denies the question's subject.
    const question = asked;
    // "A4." read as a sentence of its own is the answer's label; the answer follows it.
    if (to - from > LABEL_TOKENS) asked = undefined;
    if (question && lineNo <= askedOnLine + 1) {
      const answer = answerWithSubject(tokens, from, to, question);
      if (answer) {
        processSentence(answer, 0, answer.length);
        return;
      }
    }
    let start = from;
    const heading = readLevelHeading(tokens, start + levelLabelWidth(tokens, start), to);
    if (heading && firstOfLine && SECTIONS_ENDED_BY_ANATOMY.has(section)) {
      // "Hx: LBP." then "L3-4: mild NFN.": a line that opens with a level is this study's finding.
      section = 'other';
    }
    if (heading) {
      // "Hx: LBP, bilat leg sx." / "L2-3: sm DB …": a level heading opening a line ends the history.
      if (section === 'history' && firstOfLine) section = 'other';
      afterHeading = true;
      blockHeading = heading.next >= to;
      headingLine = lineNo;
      headingOnLine = true;
      const levelBefore = last;
      header = heading.ref;
      last = heading.ref;
      noteLevels(heading.ref);
      if (levelBefore && saysSameAsBefore(tokens, heading.next, to)) {
        // "L1-2: No canal or foraminal stenosis. L2-3: Same.": the level before's findings, here.
        const before = levelsOf(levelBefore);
        const same = findings.filter(
          (f) => f.levelRef !== undefined && sameLevels(levelsOf(f.levelRef), before),
        );
        const at = tokens[heading.next];
        for (const f of same) {
          findings.push(
            withFields(f, {
              levelRef: heading.ref,
              start: at?.start ?? f.start,
              end: at?.end ?? f.end,
            }),
          );
        }
        if (same.length > 0) return;
      }
      if (heading.transitional) transitional.push(heading.transitional);
      start = heading.next;
      lastForamen = undefined;
      lastSide = undefined;
      labelSide = undefined;
      previousClause = [];
    }
    if (start >= to) return;
    if (firstOfLine && isHeadingMark(tokens[start + 1])) {
      lineSide = SIDE_WORDS.get(tokens[start]?.lower ?? '') ?? lineSide;
    }
    // "L5-S1: On the prior MRI, the right foramen was severely narrowed.": every clause of the
    // sentence is the earlier study's.
    // A closing quote or bracket of the sentence before may come first ('…." For comparison, …').
    const word =
      tokens[start]?.kind === PUNCT && tokens[start + 1]?.kind === WORD ? start + 1 : start;
    const opener = tokens[word]?.lower;
    sentenceOpensEarlier =
      EARLIER_STUDY_OPENERS.has(opener ?? '') &&
      opensWithEarlierStudyAt(text, tokens[word]?.start ?? 0);
    // The history of a COMPARISON section is read as the earlier study's findings.
    const cited =
      section === 'history' && !options.includeHistory && citesImagingOnLine(tokens, start, to);
    const excluded =
      EXCLUDED_SECTIONS.has(section) &&
      section !== 'comparison' &&
      !options.includeHistory &&
      !cited;
    if (excluded) {
      // "Axial T2 from T12/L1 to L5/S1", "sagittal from T11 to S2": a study whose technique names
      // the thoracolumbar junction imaged it, so "at all levels" and "otherwise" reach T12-L1 (set 35).
      if (section === 'technique' && namesThoracolumbarJunction(text, tokens, start, to)) {
        coversT12 = true;
      }
      return;
    }
    // In a radiology report (it has a technique or comparison section) a study cited in the history
    // is an earlier one: what it showed is that study's, never this one's.
    if (cited && isRadiologyReport()) sentenceOpensEarlier = true;
    const pairs = slashPairs(view, tokens, start, to);
    if (pairs) {
      for (const [i, grade] of pairs.grades.entries()) {
        const side = pairs.sides[i] ?? 'left';
        processClause(tokens, grade.from, grade.to, (items) => {
          const at = items[0]?.start ?? 0;
          const sideItem: Item = { kind: 'side', side, plural: false, lit: '', start: at, end: at };
          // "normal", "patent": the grade is a predicate of its own ("right foramen normal").
          if (items.some((x) => x.kind === 'pred')) {
            const target = { ...pairs.subject.target, start: at, end: at } as Item;
            return [sideItem, target, ...items];
          }
          return withEllipticalSubject([sideItem, ...items], pairs.subject);
        });
      }
      return;
    }
    const respective = hasWord(tokens, start, to, 'respectively')
      ? respectivePairs(itemsOf(tokens, start, to), text)
      : undefined;
    if (respective) {
      // "The right and left foramina are mildly and moderately narrowed, respectively": each side
      // (or level) with its own grade, read as a clause of its own.
      for (let k = 0; k < respective; k++) {
        processClause(tokens, start, to, (items) => respectivePart(items, k));
      }
      return;
    }
    const none = noneSplit(view, tokens, start, to);
    if (none) {
      // "mild canal stenosis at L3-L4 and none at L5-S1", "moderate left foraminal stenosis and none
      // on the right": the negation is a statement of its own about the same structure.
      processClause(tokens, start, none.at, keep);
      const named = stenosisSubject(itemsOf(tokens, start, none.at));
      if (named) {
        processClause(tokens, none.at + 1, none.end, (items) => {
          // The implied structure takes the span of the negation word, so the finding quotes "none".
          const start = items[0]?.start ?? 0;
          const end = items[0]?.end ?? start;
          return [
            { ...named.target, start, end } as Item,
            { ...named.pred, start, end } as Item,
            ...items,
          ];
        });
      }
      if (none.end < to) processSentence(tokens, none.end, to);
      return;
    }
    // Splits into two statements read alone, tried in this order.
    for (const split of twoPartSplits) {
      const second = split(tokens, start, to);
      if (second !== undefined) {
        processClause(tokens, start, second - 1, keep);
        processClause(tokens, second, to, keep);
        return;
      }
    }
    const otherSide = otherSideGradeSplit(view, tokens, start, to);
    if (otherSide) {
      processClause(tokens, start, otherSide.at - 1, keep);
      processClause(tokens, otherSide.at, to, (items) =>
        withEllipticalSubject(items, otherSide.subject),
      );
      return;
    }
    const levelGrade = sidedLevelGradeSplit(view, tokens, start, to);
    if (levelGrade) {
      // "Mild foraminal stenosis from L3/4 to L5/S1, moderate on the right at L4/5": the last clause
      // grades one side at one level of the range; the range's grade keeps the other side there.
      const stated = findings.length;
      processClause(tokens, start, levelGrade.at - 1, keep);
      findings.splice(
        stated,
        findings.length - stated,
        ...withoutExcepted(findings.slice(stated), [levelGrade.place]),
      );
      processClause(tokens, levelGrade.at, to, (items) =>
        withEllipticalSubject(items, levelGrade.subject),
      );
      return;
    }
    const restException = restClearanceExceptionSplit(view, tokens, start, to);
    if (restException) {
      // "The other levels are satisfactory apart from mild canal stenosis at L4-5": the exception is a
      // finding of its own, and the clearance keeps to what the report leaves undescribed (so the L4-5
      // foramina are cleared, its canal is not).
      processClause(tokens, start, restException.at, (items) => {
        const rest = items.map((x): Item =>
          x.kind === 'level' && x.ref.kind === 'all' ? { ...x, ref: { kind: 'remaining' } } : x,
        );
        if (rest.some((x) => x.kind === 'level')) return rest;
        const end = rest[rest.length - 1]?.end ?? 0;
        const level: Item = levelItem({ kind: 'remaining' }, end, end);
        return [...rest, level];
      });
      // "no canal stenosis other than mild narrowing at L4-5": the exception's narrowing is of the
      // structure the clearance named.
      const cleared = itemsOf(tokens, start, restException.at).filter((x) => x.kind === 'target');
      const own = itemsOf(tokens, restException.part, to).some(
        (x) => x.kind === 'target' || x.kind === 'lesion',
      );
      if (own || cleared.length === 0) processSentence(tokens, restException.part, to);
      else {
        processClause(tokens, restException.part, to, (items) =>
          withTargetsBeforePred(items, cleared),
        );
      }
      return;
    }
    const exception = exceptionSplit(view, tokens, start, to);
    if (exception) {
      const { parts } = exception;
      // Only exceptions that each name their side ("apart from at L4/5 on the right") leave the
      // other side of their level cleared; "except at L3-4, where the right foramen …" excepts the level.
      const sided = parts.every(
        (from, n) => exceptionSideAt(itemsOf(tokens, from, parts[n + 1] ?? to)) >= 0,
      );
      // "L2-3 through L5-S1: no foraminal stenosis, apart from …": a clearance under a heading whose
      // levels hold every exception is about those levels only (it had cleared L1-L2 too). A single
      // level's heading scopes only its own sentence ("L5-S1: disc bulge. Foramina patent except on
      // the left at L5-S1 …" is report-wide).
      const headed =
        header?.kind === 'levels' && (heading !== undefined || header.levels.length > 1)
          ? header.levels
          : undefined;
      const within =
        exception.within ??
        (headed && !exception.allLevels && exception.excepted.every((l) => headed.includes(l))
          ? headed
          : undefined);
      const before = itemsOf(tokens, start, exception.at);
      const statesAllLevels =
        exception.allLevels &&
        !before.some(
          (x) =>
            (x.kind === 'pred' && x.pred === 'normal') ||
            (x.kind === 'context' && x.rule.category === 'negation'),
        );
      if (statesAllLevels) {
        // "Mild foraminal stenosis at all levels except L5-S1": a finding at every lumbar level but
        // the excepted ones (it had been stated at those too).
        const levels = LEVELS.filter((l) => l !== 'T12-L1' && !exception.excepted.includes(l));
        processClause(tokens, start, exception.at, (items) =>
          items.map((x): Item =>
            x.kind === 'level' && x.ref.kind === 'all'
              ? { ...x, ref: { kind: 'levels', levels } }
              : x,
          ),
        );
      } else if (exception.positive) {
        const stated = findings.length;
        processClause(tokens, start, exception.at, keep);
        const excepted = parts.flatMap((from, n) =>
          exceptedPlace(itemsOf(tokens, from, parts[n + 1] ?? to)),
        );
        findings.splice(
          stated,
          findings.length - stated,
          ...withoutExcepted(findings.slice(stated), excepted),
        );
      } else {
        processClause(tokens, start, exception.at, (items) =>
          asClearanceWithExceptions(items, sided, within),
        );
      }
      const targets = itemsOf(tokens, start, exception.at).filter((x) => x.kind === 'target');
      for (const [n, from] of parts.entries()) {
        const end = parts[n + 1] ?? to;
        // The "and at" that opens the next exception is not part of this one.
        let until = end;
        while (until > from && ['at', 'and', ','].includes(tokens[until - 1]?.lower ?? '')) until--;
        processClause(tokens, from, until, (items) =>
          withExceptionSide(
            withImpliedExceptionNarrowing(
              withImpliedExceptionFinding(
                withTargetsBeforePred(withRelativeClauseJoined(items), targets),
                targets,
              ),
            ),
          ),
        );
      }
      return;
    }
    const sideException = sideExceptionSplit(view, tokens, start, to);
    if (sideException) {
      // "L4-5: The foramina are patent except on the right, where there is mild narrowing": the
      // clearance is the other side's, the exception that side's narrowing (the side named as the
      // exception had been read as the side cleared).
      const { at, part, side } = sideException;
      const other: Item = { ...side, side: side.side === 'left' ? 'right' : 'left' } as Item;
      const foramen = itemsOf(tokens, start, at).find(
        (x) => x.kind === 'target' && x.target === 'foramen',
      );
      processClause(tokens, start, at, (items) => withForaminaOnSide(items, other));
      if (foramen && !sideException.everywhere) {
        processClause(tokens, part, to, (items) => withSideExceptionFinding(items, foramen));
      }
      return;
    }
    // The sentence's items are built once: a sentence with no side and no grade has no elliptical
    // clause (every cut needs one), so its clauses are not built, and it is read from these items.
    const whole = itemsOf(tokens, start, to);
    const runOn = runOnBreak(whole);
    const breakAt = runOn ? tokenAt(tokens, start, to, runOn) : -1;
    if (breakAt > start) {
      // "no significant canal stenosis mild bilateral foraminal narrowing", "the canal is patent there
      // is mild foraminal narrowing": a dictated run-on is two sentences with the stop left out (the
      // negation of the first had reached the second finding).
      processSentence(tokens, start, breakAt);
      processSentence(tokens, breakAt, to);
      return;
    }
    const clauses =
      hasClauseMark(tokens, start, to) &&
      whole.some((x) => x.kind === 'side' || x.kind === 'severity')
        ? ellipticalClauses(view, tokens, start, to, subject)
        : undefined;
    if (clauses) {
      for (const c of clauses) {
        const implied = c.subject;
        const grade = c.grade;
        const levels = c.levels;
        processClause(tokens, c.from, c.to, (items) => {
          // "mild on the right and moderate on the left at L3-L4": the level heads its grades.
          const own = items.filter((x) => x.kind === 'level');
          const ordered =
            c.perLevel === true && implied && own.length > 0 && items[0]?.kind !== 'level'
              ? [
                  ...own.map((x) => {
                    const at = items[0]?.start ?? x.start;
                    return { ...x, start: at, end: at };
                  }),
                  ...items.filter((x) => x.kind !== 'level'),
                ]
              : items;
          let full = implied ? withEllipticalSubject(ordered, implied) : ordered;
          if (levels && !full.some((x) => x.kind === 'level')) full = [...levels, ...full];
          if (c.side) full = withGradeBeforeForamen(full, c.side);
          return grade ? withGradeBeforeForamen(full, grade) : full;
        });
      }
      return;
    }
    processClause(tokens, start, to, keep, whole);
  };

  /**
   * "The severe L4/5 central stenosis seen on the 2020 CT …", "MRI L-spine 2018: mild …": a statement
   * about an earlier dated study only (_dated-studies.ts) is that study's, as "on the prior study" is.
   */
  const withDatedEarlierStudy = (items: Item[], latest: number): Item[] => {
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return items;
    const lineStart = lineStartBefore(text, first.start);
    const colonAt = text.slice(lineStart, last.end).indexOf(':');
    const colon = colonAt < 0 ? -1 : lineStart + colonAt;
    // The line's label ("MRI L-spine 2021:"), whether the clause starts after it or takes it in; a
    // sentence before a colon ("The external report of 11/03/2024 describes … this is not confirmed:
    // …") labels nothing (set 36: the new finding after it had been read as that report's).
    const labelled =
      colon >= 0 &&
      colon < last.end &&
      colon - lineStart <= DATED_LABEL_CHARS &&
      !/[.;!?]\s/.test(text.slice(lineStart, colon));
    const label = labelled ? text.slice(lineStart, colon) : undefined;
    const said = text.slice(labelled ? Math.max(first.start, colon + 1) : first.start, last.end);
    if (!speaksOfEarlierDatedStudy(said, label, latest)) return items;
    return [earlierStudyMark(items), ...items];
  };

  /**
   * "… right foraminal stenosis. It is probably mild.": a pronoun and a grade alone grade the ungraded
   * stenosis findings of the clause before; true when they did.
   */
  const gradesClauseBefore = (items: readonly Item[]): boolean => {
    const grade = pronounGrade(items, text);
    if (grade?.kind !== 'severity') return false;
    const ungraded = previousClause.filter(
      (f) => f.severity === null && !f.negated && STENOSIS_FINDINGS.has(f.finding),
    );
    const hedged = items.some((x) => x.kind === 'context' && x.rule.category === 'uncertainty');
    const now = items.some((x) => x.kind === 'time' && x.time === 'now');
    const earlier = previousClause.filter(
      (f) => f.temporal === 'prior' && f.severity !== null && STENOSIS_FINDINGS.has(f.finding),
    );
    if (ungraded.length === 0 && now && earlier.length > 0) {
      // "On that study the left foramen was moderately narrowed; it is now mildly narrowed.": this
      // study's grade of the earlier study's finding.
      previousClause = earlier.map((f) =>
        withFields(f, { severity: grade.severity, temporal: 'current', uncertain: hedged }),
      );
      findings.push(...previousClause);
      return true;
    }
    if (ungraded.length === 0) return false;
    previousClause = previousClause.map((f) => {
      if (!ungraded.includes(f)) return f;
      const graded = withFields(f, { severity: grade.severity, uncertain: f.uncertain || hedged });
      const at = findings.indexOf(f);
      if (at >= 0) findings[at] = graded;
      return graded;
    });
    return true;
  };

  /**
   * One sentence, or one clause of it; `prepare` puts in what the clause leaves out. `built`: the
   * clause's items when the caller has built them already.
   */
  const processClause = (
    tokens: readonly Token[],
    start: number,
    to: number,
    prepare: (items: Item[]) => Item[],
    built?: Item[],
  ): void => {
    let items: Item[] = built ?? itemsOf(tokens, start, to);
    if (items.length === 0) return;
    if (latestYear !== undefined) items = withDatedEarlierStudy(items, latestYear);
    items = withDatedGrades(withEarlierAdjective(items, text), text);
    const earlierLesion = withEarlierLesionGrades(items, text);
    if (earlierLesion) {
      items = earlierLesion.whole
        ? [earlierStudyMark(items), ...earlierLesion.items]
        : earlierLesion.items;
    }
    items = withAdjacentLevels(withLeadingElse(items, text), text, header ?? last);
    const notation = withoutPriorNotation(items, text);
    if (notation) {
      // "Foraminal stenosis, current (prior):": the bracketed grades of the lines below are the prior's.
      items = notation;
      bracketsArePrior = true;
      // "Grades below are given as current (prior).": a sentence of its own that states no finding
      // declares the notation for the whole report, not for one paragraph (round 25).
      if (!endsWithColon(tokens, to) && !items.some(STATES_FINDING)) {
        bracketsDeclaredPrior = true;
        return;
      }
    }
    if (
      !bracketsDeclaredPrior &&
      items.some((x) => isBracket(x, '(')) &&
      !endsWithColon(tokens, to) &&
      !items.some(STATES_FINDING) &&
      DECLARED_NOW_THEN.test(text.slice(items[0]?.start ?? 0, items[items.length - 1]?.end ?? 0))
    ) {
      // "Grades are written as: grade now (grade on the 2021 MRI), where they differ." (round 25)
      bracketsDeclaredPrior = true;
      return;
    }
    if (speaksOfBrackets && !bracketsDeclaredPrior && declaresBracketsPrior(tokens, start, to)) {
      bracketsDeclaredPrior = true;
      return;
    }
    const bracket =
      bracketsArePrior || bracketsDeclaredPrior
        ? priorBracket(items, text, bracketsDeclaredPrior)
        : undefined;
    items = withGradeAsPredicate(withClippedStructures(withFormAnswers(items, text), text), text);
    if (bracket) items = bracket.items;
    else if (!bracketsArePrior && !bracketsDeclaredPrior) {
      items = withoutUndeclaredBracketGrade(items);
    }
    if (gradesClauseBefore(items)) return;
    if (definesGradeScale(items, text)) return;
    items = [...withRepeatedFinding(withBracketedSideGrades(items))];
    items = withLeadingWidth(
      withTrailingGrade(withRootNamedForamen(prepare(items), underExitingRoots)),
    );
    // "at L5-S1 or above L3-L4": a range is opened before the levels of a list are joined.
    items = withDistributedLevels(
      withReferredLevels(withOpenRanges(items, text), levelsMentioned, last),
      header,
    );
    items = withNamedRange(withBetweenRange(items, text));
    items = withRemainingForamina(withRemainingInRange(items, text), text);
    // "Foraminal stenosis — L2-L3: mild left": a subject, then a level heading of its own.
    const split = subjectSplit(tokens, start, to);
    if (split !== undefined) {
      const head = subjectOf(itemsOf(tokens, start, split));
      if (head) {
        subject = head;
        processSentence(tokens, split + 1, to);
        return;
      }
    }
    const sideHeading = subject && endsWithColon(tokens, to) ? sideOfHeading(items) : undefined;
    if (subject && sideHeading) {
      // "FORAMINA" / "Right:" / "• L3-4 mild" / "Left:" / …: a side of its own on a line under the
      // foramina is the side of the grades below it, until the next side (set 35: they had been
      // read as bilateral).
      if (subject.target.kind === 'target' && subject.target.target === 'foramen') {
        const { sideItem: _previous, ...rest } = subject;
        subject =
          sideHeading.kind === 'side' && sideHeading.side !== 'bilateral'
            ? { ...rest, sideItem: sideHeading }
            : rest;
        return;
      }
    }
    const own = subjectOf(items);
    // "FORAMINA" in capitals on a line of its own heads the lines below as "Foramina:" does (set 35).
    if (own && (endsWithColon(tokens, to) || isCapitalHeadingLine(text, tokens, start, to))) {
      subject = own;
      return;
    }
    // "Central canal stenosis: Mild at L3/4. Moderate at L4/5. Nil elsewhere.": the subject of the
    // first value is the subject of the sentences of values after it.
    const valued = subjectWithValues(items, text);
    if (valued) {
      subject = valued.subject;
      subjectEndsWithLine = valued.statesNarrowing;
    }
    items = resolveOpposite(items, lastForamen, text);
    // Only the sentence just before can be what "it" points back to.
    const foramenJustBefore = previousClause.some((f) => f.finding === 'foraminal-stenosis')
      ? lastForamen
      : undefined;
    items = withPronounForamen(items, foramenJustBefore) ?? items;
    items = withRetractedForamen(items, lastForamen) ?? items;
    const sideBefore = lastSide ?? labelSide;
    items = withThisSide(withPronounSide(tokens, start, items, sideBefore), text, sideBefore);
    items = withRelativeSides(items, text, sideBefore);
    // "Foraminal narrowing: L5-S1 mildly narrowed due to facet hypertrophy": a structure or lesion
    // named as the narrowing's cause is not the structure narrowed (round 27).
    const narrowing = items.find((x) => x.kind === 'pred' && x.pred === 'narrow');
    const isCause = (x: Item): boolean =>
      narrowing !== undefined &&
      x.start >= narrowing.end &&
      NAMES_CAUSE.test(text.slice(narrowing.end, x.start));
    const hasOwnTarget = items.some(
      (x) => (x.kind === 'target' || x.kind === 'lesion') && !isCause(x),
    );
    if (lineSide && subject && !hasOwnTarget && !firstOfLine && !items.some(isSideItem)) {
      // "Left - L3-4 mild; L4-5 mod; L5-S1 sev": the side heading the line grades each level after it.
      const at = items[0]?.start ?? 0;
      items = [
        { kind: 'side', side: lineSide, plural: false, lit: '', start: at, end: at },
        ...items,
      ];
    }
    const gradedLead = subject && hasOwnTarget ? gradedBeforeComma(items) : 0;
    if (subject && !hasOwnTarget) {
      items = withSubject(withRestOfSubject(items, text, subject), subject);
    } else if (subject && gradedLead > 0) {
      // "• L4-5 moderate to severe, exiting L4 root flattened" under a foramina heading: the grade before
      // the comma is the subject's; the clause after it names a structure of its own (set 35).
      items = [...withSubject(items.slice(0, gradedLead), subject), ...items.slice(gradedLead)];
    } else if (!hasOwnTarget && lastForamen && bareSideNegation(items) !== undefined) {
      // "The left foramen is severely narrowed; the right is not.": the foramen after the negation.
      const at = (bareSideNegation(items) ?? 0) + 1;
      const where = items[at - 1]?.end ?? 0;
      const implied: Item[] = [
        { ...lastForamen.target, start: where, end: where } as Item,
        { ...lastForamen.pred, start: where, end: where } as Item,
      ];
      // "Foraminal stenosis: right mild. Left none.": a negation that looks back ("none") now has its
      // foramen after it, so it looks forward.
      const negation = items[at - 1];
      const forward =
        negation?.kind === 'context' && negation.rule.direction === 'backward'
          ? ({ ...negation, rule: { ...negation.rule, direction: 'forward' } } as Item)
          : negation;
      items = [
        ...items.slice(0, at - 1),
        ...(forward ? [forward] : []),
        ...implied,
        ...items.slice(at),
      ];
    } else if (!hasOwnTarget && isSideStatement(items)) {
      // "… moderate left foraminal narrowing. The right side is preserved.": the foramen is implied,
      // by the sentence before or, failing that, by the next one ("mild narrowing on the right; left
      // foramen patent").
      const implied = lastForamen ?? foramenAhead(tokens, to);
      if (implied) items = withSubject(items, implied);
    } else if (lastForamen) {
      // "The left side is preserved and the canal is roomy.": the side statement before "and" is about
      // the foramen of the sentence before, though a structure of its own follows the "and".
      const cut = sideStatementBeforeAnd(items);
      if (cut > 0) items = [...withSubject(items.slice(0, cut), lastForamen), ...items.slice(cut)];
    }
    items = withRootSideOnForamen(
      withNarrowedPlace(withElidedForamen(withIncludedLevel(items, text))),
    );
    items = withRestNamed(withOtherDiscsAsLevels(items, text));
    if (!headingOnLine) items = withOtherLevels(items, text, last !== undefined);
    items = withElsewhereClause(items);
    if (firstOfLine && endsInlineHeading(items, header, blockHeading || headingLine === lineNo)) {
      // "T12/L1, L1/2: Normal." / "The L2/3 level is the principal abnormality. … The foramen is
      // severely narrowed.": a new line about another level ends a heading that had its own content.
      header = undefined;
    }
    firstOfLine = false;
    items = withoutTopicColon(items, text);
    items = withLeadingSide(items);
    items = withNounBeforeNegatedSide(items);
    items = withLeadingNil(items);
    items = withNegativeLevel(items, text);
    if (!subject) {
      const nilLevel = withNilLevel(items, header !== undefined);
      // Not in a table row ("L5-S1: nil / severe / mild"): there "nil" is one cell.
      if (nilLevel !== items && !TABLE_MARKS.test(lineAround(text, items[0]?.start ?? 0))) {
        items = nilLevel;
      }
    }
    if (isNormalLevelStatement(items, text, afterHeading)) items = withCanalAndForamina(items);
    afterHeading = false;
    // A method note naming its grading system ("Foraminal stenosis is graded according to Lee") is read.
    const namesGrading = items.some((x) => x.kind === 'grading');
    const read = readQualifiers(items, text, declaredSystem ?? lineSystem, sentenceOpensEarlier);
    const namedSystem = items.find((x) => x.kind === 'grading');
    // "Neural foraminal stenosis is graded using the Lee classification (grade 0 normal, 1 mild, …)":
    // grades that name no level are the system's key, and the sentence declares it (set 36).
    const declaresSystem =
      read.qualifiers.grades.length === 0 ||
      (!items.some((x) => x.kind === 'level') &&
        GRADING_KEY.test(text.slice(items[0]?.start ?? 0, items[items.length - 1]?.end ?? 0)));
    if (read.qualifiers.grades.length > 0 && declaredSystem === undefined && !declaresSystem) {
      // "Foramina, Lee grade (…): L3-4 right 0, left 1; L4-5 right 2, left 2": Lee named with its first
      // grades holds for the grades after them on the same line (round 25).
      const named = namedSystem;
      if (named?.kind === 'grading' && named.system === 'lee') lineSystem = named.system;
    } else if (declaresSystem) {
      const named = namedSystem;
      if (named?.kind === 'grading') {
        declaredSystem = named.system;
        // A heading ("Foramina graded after Lee:") governs its block; a method sentence ("Foraminal
        // stenosis is graded according to Lee et al.") governs the section.
        systemHoldsPastParagraph = !endsWithColon(tokens, to);
      }
    }
    items = withForamenPerSide(read.items);
    const flags = contextFlags(items);
    const raw = assembleSentence(items, flags, { header, last }, read.qualifiers.bound);
    const stated = qualifyFindings(raw, read.qualifiers, section === 'comparison');
    const qualified = withoutSparedRootNegation(
      bracket ? [...stated, ...priorCopies(stated, bracket.grade)] : stated,
      items,
      lastForamen,
    );
    // "Additional multilevel foraminal narrowing as detailed above, up to moderate on the left at
    // L5-S1": a summary of what was described adds nothing at levels it does not name.
    // Read only when a finding is placed by no named level (most clauses name theirs).
    const unnamed = qualified.some(
      (f) => f.levelRef !== undefined && (f.levelRef.kind !== 'levels' || f.levelRef.openAbove),
    );
    const summary =
      unnamed && items.length > 0 && SUMMARY_OF_ABOVE.test(lineAround(text, items[0]?.start ?? 0));
    // "… redundancy of the cauda equina above L4-L5, which can be seen with high-grade stenosis": a
    // remark on what a sign can go with states no finding.
    const clauseStart = items[0]?.start ?? 0;
    const remark =
      qualified.length > 0
        ? GENERIC_REMARK.exec(text.slice(clauseStart, items[items.length - 1]?.end ?? clauseStart))
        : null;
    // Only what the remark names goes: "mild canal stenosis, which may be seen with age" keeps its
    // stenosis.
    const remarkFrom = remark ? clauseStart + remark.index : Infinity;
    const sectioned = qualified
      .filter(
        (f) =>
          f.start < remarkFrom &&
          (!summary ||
            f.levelRef === undefined ||
            (f.levelRef.kind === 'levels' && f.levelRef.openAbove !== true)),
      )
      .map((f) => withFields(f, { section }));
    const withdrawn =
      sectioned.length > 0 ? correctionsIn(tokens, start, to, items, sectioned) : [];
    corrections.push(...withdrawn);
    const refuted = refutedBy(items, sectioned, [...previousClause, ...sectioned]);
    if (refuted.size > 0) {
      for (let k = findings.length - 1; k >= 0; k--) {
        const f = findings[k];
        if (f && refuted.has(f)) findings.splice(k, 1);
      }
    }
    previousClause = [];
    for (const f of sectioned) {
      noteLevels(f.levelRef);
      if (withdrawn.some((c) => c.finding === f) || refuted.has(f)) continue;
      findings.push(f);
      previousClause.push(f);
    }
    lastForamen = foramenOf(items, qualified) ?? lastForamen;
    // "1. Right L5-S1 foramen." labels the sentences after it (round 26); it is read, not unread.
    const label = qualified.length > 0 ? undefined : labelledForamenSide(items);
    if (qualified.length > 0) lastSide = sideOf(qualified);
    else lastSide = label ?? lastSide;
    labelSide = label ?? labelSide;
    if (
      qualified.length === 0 &&
      label === undefined &&
      items.some(isSpinal) &&
      !statesNormalLevel(items) &&
      !namesGrading
    ) {
      unread.push({ start: tokens[start]?.start ?? 0, end: tokens[to - 1]?.end ?? 0 });
    }
    for (const item of items) {
      if (item.kind === 'level') {
        // "at all levels" and "elsewhere" speak for their own sentence only.
        last =
          item.ref.kind === 'all' ||
          item.ref.kind === 'other' ||
          item.ref.kind === 'remaining' ||
          item.ref.kind === 'upper'
            ? undefined
            : item.ref;
        noteLevels(item.ref);
      } else if (item.kind === 'transitional') {
        transitional.push({ start: item.start, end: item.end });
      }
    }
  };

  /**
   * The items of tokens `from` to `to`, with the sides a stated scoliosis names ("on the concave side")
   * read as sides, so every pass that looks for sides (clause cuts too) sees them.
   */
  const itemsOf = (tokens: readonly Token[], from: number, to: number): Item[] => {
    const built = buildItems(text, tokens, from, to, options.trie, options.normalise);
    // "(+)" and "(-)" marks are read where the items are built, so the clause splits see them too.
    const items = marksPresence ? withPresenceMarks(built, text) : built;
    return convex ? withCurveSides(items, text, convex) : items;
  };
  /** What the clause splits read of the walk: the text, its item builder, and the live level context. */
  const view: ClauseView = { text, itemsOf, levelContext: () => header ?? last };
  /**
   * Sentences of two statements, each read alone: an earlier-study clause after a comma, a
   * resolution before ", and the", two timed statements joined by "and the", a clause ending with its
   * side before one opening with the other. Each gives where the second statement starts.
   */
  const twoPartSplits: readonly ((
    tokens: readonly Token[],
    from: number,
    to: number,
  ) => number | undefined)[] = [
    earlierClauseSplit,
    (tokens, from, to) => resolvedStatementSplit(view, tokens, from, to),
    (tokens, from, to) => timedStatementSplit(view, tokens, from, to),
    (tokens, from, to) => trailingSideSplit(view, tokens, from, to),
    (tokens, from, to) => otherSideStatementSplit(view, tokens, from, to),
    reasonClauseSplit,
  ];

  /** The foramen named by the rest of the line, before any other level: "…; left foramen patent". */
  const foramenAhead = (tokens: readonly Token[], to: number): ImpliedForamen | undefined => {
    const end = Math.min(tokens.length, to + 1 + FORAMEN_AHEAD_TOKENS);
    for (const x of itemsOf(tokens, to + 1, end)) {
      if (x.kind === 'level') return undefined;
      if (x.kind === 'target' && x.target === 'foramen') {
        const pred: Item = { kind: 'pred', pred: 'narrow', lit: '', start: x.end, end: x.end };
        return { target: x, pred, side: undefined };
      }
    }
    return undefined;
  };

  const processLine = (from: number, to: number): void => {
    lineNo++;
    if (listsExitingRoots) {
      const lineText = text.slice(from, to);
      if (EXITING_ROOTS_HEADING.test(lineText)) underExitingRoots = true;
      else if (OTHER_ROOTS_HEADING.test(lineText)) underExitingRoots = false;
    }
    if (subjectEndsWithLine) {
      subject = undefined;
      subjectEndsWithLine = false;
    }
    firstOfLine = true;
    lineSide = undefined;
    headingOnLine = false;
    if (!table && tableAcrossBlank) {
      // A header read just before a blank line: the rows start after it.
      table = tableAcrossBlank;
      tableAcrossBlank = undefined;
    }
    // "Stenosis overview (grade now / grade 2019):" over a table of "mod/mild" cells (round 26).
    if (mayDeclareSlashes && DECLARES_NOW_THEN_SLASH.test(text.slice(from, to))) {
      slashesDeclaredPrior = true;
    }
    if (table) {
      const row = readTableRow(
        text,
        from,
        to,
        table,
        bracketsDeclaredPrior || bracketsArePrior,
        slashesDeclaredPrior,
      );
      if (row) {
        tableHasRows = true;
        for (const f of row) {
          noteLevels(f.levelRef);
          findings.push(withFields(f, { section, maxSeverity: f.maxSeverity }));
        }
        return;
      }
    }
    const blockLevel = readBlockLevel(text, from, to);
    if (blockLevel) {
      // "[L3-L4]" alone on its line heads the key=value lines under it.
      keyValueLevel = blockLevel;
      noteLevels(blockLevel);
      return;
    }
    const lineLegend = legend ?? legendAcrossBlank ?? legendBelow;
    // A structured line: "#3 finding=…; level=…; severity=…" (round 27), or "[L3-L4] canal=1
    // nf_left=1 nf_right=0" (round 25).
    const keyValues =
      readFindingRecord(text, from, to, lineLegend) ??
      readKeyValueRow(text, from, to, lineLegend, keyValueLevel);
    if (keyValues) {
      for (const f of keyValues) {
        noteLevels(f.levelRef);
        findings.push(withFields(f, { section, maxSeverity: f.maxSeverity }));
      }
      return;
    }
    table = readTableHeader(text, from, to, lineLegend);
    tableHasRows = false;
    // A legend's paragraph may be followed by a title line before the table ("GRADING KEY: …",
    // blank, "STENOSIS TIMELINE", header): it holds until a table takes it or the paragraph ends.
    if (table) legendAcrossBlank = undefined;
    if (table) return;
    legend = readLegend(text, from, to) ?? legend;
    lineSystem = undefined;
    // "Stenosis grid (values: none / mild / mild-moderate / moderate / severe):" lists the scale of the
    // table below; its "none" is no statement (set 37: read as a negation at the level named before).
    if (listsGradeScale && GRADE_SCALE_LINE.test(text.slice(from, to))) return;
    const scanned = scanLine(text, from, to);
    const marked = withTickedOptionsOnly(
      spokenMarks ? withSpokenPunctuation(scanned) : scanned,
      uncheckedMeansAbsent,
    );
    // "Lumbar spine:" over "4-5: …" lines in a report of two regions: the numbers are lumbar levels;
    // "Cervical spine:" (or any other region) ends that (round 25).
    if (otherRegionLabel(marked)) bareLumbar = false;
    const numbered = romanLevels ? withRomanLevels(marked) : marked;
    const lettered = bareLumbar ? withLumbarLetters(numbered) : numbered;
    const fractioned = fractionGrades ? withFractionGrades(lettered) : lettered;
    const byLee = gradesByLee ? withBareSideGrades(fractioned) : fractioned;
    const graded = wildermuthDeclared ? withWildermuthGrades(byLee) : byLee;
    if (namesWildermuth) {
      wildermuthDeclared = declaresWildermuth(text.slice(from, to), wildermuthDeclared);
    }
    const patientSided = ownedSides ? withPatientSides(graded, neurologicalConvention) : graded;
    const sided = percentKey ? withPercentGrades(patientSided, text, percentKey) : patientSided;
    // The scale's own line declares it; the lines after it use it.
    const tokens =
      wordScale && !/\(\s*=?\s*(?:none|normal|nil)?\s*\/?\s*mild\s*\//i.test(text.slice(from, to))
        ? withWordScale(sided, wordScale)
        : sided;
    if (lumbarRegionLabel(marked, 0) > 0 && marked.length === lumbarRegionLabel(marked, 0)) {
      bareLumbar = true;
    }
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
      labelSide = undefined;
    } else {
      // Outline numbers: "4.1 L3-L4: grade 1 bilaterally" (set 35; "4." had ended a sentence and left
      // "1" before the level). A measurement ("4.5 mm") is not one.
      const outline = outlineNumberEnd(tokens, i);
      if (outline > i) {
        i = outline;
        last = undefined;
        header = undefined;
        labelSide = undefined;
      }
    }
    // A COMPARISON line names the earlier study; the lines after it describe this one.
    if (section === 'comparison') section = 'other';
    // "*** FINAL REPORT ***" after a preliminary read: the later reading, as an addendum is (set 36).
    const finalRead = finalReadHeadingEnd(tokens, i);
    const heading =
      finalRead !== undefined && PRELIMINARY_READ.test(text.slice(0, from))
        ? { kind: 'addendum' as const, next: finalRead }
        : readSectionHeading(text, tokens, i);
    // "CCS: L4-5 mild.", "NFN: L3-4 mild left": an upper-case label that names a finding is the
    // subject of the grades after it, not a section of unknown kind (which dropped the finding).
    // "LEFT SIDE:" under "NEURAL FORAMINA" is the side of the lines below, not a new section.
    const sideUnderForamina =
      heading?.kind === 'other' &&
      subject?.target.kind === 'target' &&
      subject.target.target === 'foramen' &&
      sideOfHeading(itemsOf(tokens, i, heading.next)) !== undefined;
    const sectionHeading =
      sideUnderForamina ||
      (heading?.kind === 'other' &&
        namesFindingWord(tokens, i, heading.next - 1) &&
        subjectOf(itemsOf(tokens, i, heading.next - 1)))
        ? undefined
        : heading;
    if (!sectionHeading && historyOnItsLine && section === 'history' && opensSentence(text, from)) {
      section = 'other';
    }
    historyOnItsLine = false;
    if (sectionHeading) {
      bracketsArePrior = false;
      declaredSystem = undefined;
      systemHoldsPastParagraph = false;
      section = sectionHeading.kind;
      header = undefined;
      last = undefined;
      subject = undefined;
      i = sectionHeading.next;
      historyOnItsLine =
        section === 'history' && i < tokens.length && endsSentence(tokens[tokens.length - 1]);
    }
    if (
      !sectionHeading &&
      SECTIONS_ENDED_BY_ANATOMY.has(section) &&
      (opensWithAnatomyLabel(tokens, i) || opensWithGradingDeclaration(tokens, i))
    ) {
      // "Technique: Sagittal T1." then "Alignment/vertebrae: Normal.": the findings have begun.
      section = 'other';
    }
    const region = sectionHeading ? 0 : lumbarRegionLabel(tokens, i);
    if (region > 0) {
      // "Lumbar: L1/2, L2/3 and L3/4 are normal." in a whole-spine report: the label only says which
      // part of the spine the line is about; the levels say it too.
      header = undefined;
      last = undefined;
      subject = undefined;
      i += region;
    } else if (!sectionHeading && opensWithTopicLabel(view, tokens, i)) {
      // "Other: no marrow lesion", "Alignment: normal": a new topic; the finding named before ends.
      // "Others: patent" under "Neural foramina:" is that finding at the levels not described.
      if (!REMAINING_LABELS.has(tokens[i]?.lower ?? '')) subject = undefined;
      // A bulleted sub-field under a level heading of its own line ("L3-L4:" / "- Disc: bulge"), or
      // one that labels a part of the level ("Disc: bulge"), stays at that level.
      const levelPart = LEVEL_PART_LABEL_WORDS.has(tokens[i]?.lower ?? '');
      if (!((i > 0 || levelPart) && blockHeading)) {
        header = undefined;
        last = undefined;
      }
    }
    // "Foraminal (level, side, grade):" over "1) L2-L3, right, mild": the bracket names the columns of
    // the list below; the words before it are its subject (set 37: the bracket's commas had cut the
    // heading into clauses, and the list was read with no finding).
    const columnNote = columnNoteAt(tokens, i);
    if (columnNote !== undefined) {
      const noted = subjectOf(itemsOf(tokens, i, columnNote));
      if (noted) {
        subject = noted;
        return;
      }
    }
    const runOn = mayRunOn(tokens, i)
      ? runOnCuts(tokens, i, itemsOf(tokens, i, tokens.length))
      : undefined;
    if (runOn) {
      for (const [from, to] of runOn) {
        const word = tokens[from]?.lower ?? '';
        if (RUN_ON_SECTIONS.has(word)) {
          section = HEADING_LOOKUP.get(word) ?? section;
          header = undefined;
          last = undefined;
          processSentence(tokens, from + 1, to);
        } else processSentence(tokens, from, to);
      }
      return;
    }
    let sentenceStart = i;
    for (let k = i; k <= tokens.length; k++) {
      const scopeCut = k < tokens.length ? levelScopeCut(tokens, sentenceStart, k) : undefined;
      if (scopeCut !== undefined) {
        processSentence(tokens, sentenceStart, k);
        sentenceStart = scopeCut;
        k = scopeCut;
        continue;
      }
      if (
        k === tokens.length ||
        isBoundary(text, tokens, k) ||
        k - sentenceStart >= MAX_SENTENCE_TOKENS
      ) {
        // Skip leading bullets of the next sentence.
        processSentence(tokens, sentenceStart, k);
        sentenceStart = k + (k < tokens.length && isBoundary(text, tokens, k) ? 1 : 0);
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
        subject = undefined;
        tableAcrossBlank = table && !tableHasRows ? table : undefined;
        table = undefined;
        keyValueLevel = undefined;
        legendAcrossBlank = legend;
        legend = undefined;
        wildermuthDeclared = false;
        bracketsArePrior = false;
        if (!systemHoldsPastParagraph) declaredSystem = undefined;
        lastForamen = undefined;
        lastSide = undefined;
        labelSide = undefined;
        previousClause = [];
        // A history or technique paragraph ends at its blank line (a report without a FINDINGS heading
        // goes on with its findings: "Technique: sagittal T1, T2.\n\nAt L5-S1 …"); procedure sections
        // (operation notes) run to the next heading.
        if ((section as SectionKind) === 'history' || (section as SectionKind) === 'technique') {
          section = 'other';
        }
      }
      blank = true;
    } else {
      blank = false;
      processLine(lineStart, i);
    }
    lineStart = i + 1;
  }
  return {
    findings: applyCorrections(findings, corrections),
    transitional,
    coversT12,
    levelsMentioned,
    unread,
  };
}

/**
 * Whether Wildermuth's grading holds after this line: a line naming the system with no grade of its
 * own declares it; a line naming another system ends it.
 */
const declaresWildermuth = (line: string, declared: boolean): boolean => {
  if (/\b(?:lee|meyerding|pfirrmann)\b/i.test(line)) return false;
  if (!/\bwildermuth\b/i.test(line)) return declared;
  return !/\bwildermuth\W{0,3}(?:grade\W{0,3})?[0-3]\b/i.test(line) || declared;
};

/**
 * The index of the first comma when what comes before it is a grade with no structure of its own
 * ("L4-5 moderate to severe, exiting L4 root flattened"), else 0.
 */
const gradedBeforeComma = (items: readonly Item[]): number => {
  const comma = items.findIndex((x) => x.kind === 'conj' && x.lit === ',');
  if (comma <= 0) return 0;
  const lead = items.slice(0, comma);
  if (lead.some((x) => x.kind === 'target' || x.kind === 'lesion' || x.kind === 'pred')) return 0;
  // "L3/4: slight, right only": a side after the comma is the grade's, not another structure's.
  const rest = items.slice(comma + 1);
  if (rest.some((x) => x.kind === 'side' || x.kind === 'asym')) return 0;
  if (!rest.some((x) => x.kind === 'target' || x.kind === 'lesion')) return 0;
  return lead.some((x) => x.kind === 'severity') ? comma : 0;
};

/** A sentence in capitals that is a whole line ("NEURAL FORAMINA"). */
const isCapitalHeadingLine = (
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean => {
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? 0;
  const words = text.slice(start, end);
  if (/[a-z]/.test(words) || !/[A-Z]{3}/.test(words)) return false;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  return (
    text.slice(lineStart, start).trim() === '' &&
    text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim() === ''
  );
};

/** The side a sentence names and nothing else ("Right:", "Left side:", "Both:"), if so. */
const sideOfHeading = (items: readonly Item[]): Item | undefined => {
  const named = items.filter((x) => x.kind !== 'glue' && x.kind !== 'other' && x.kind !== 'adj');
  return named.length === 1 && named[0]?.kind === 'side' ? named[0] : undefined;
};

/** Units after which a number at a line's start is a measurement, not an outline number. */
const UNITS: ReadonlySet<string> = new Set(['mm', 'cm', 'm', '%', 'x', '×', 'ml', 'cc', 'degrees']);

/**
 * The token after an outline number at `i` ("4.1", "3.2.1", with no spaces inside), or `i` when there
 * is none there.
 */
const outlineNumberEnd = (tokens: readonly Token[], i: number): number => {
  let k = i;
  if (tokens[k]?.kind !== NUM) return i;
  k++;
  let parts = 1;
  while (
    tokens[k]?.lower === '.' &&
    !tokens[k]?.space &&
    tokens[k + 1]?.kind === NUM &&
    !tokens[k + 1]?.space
  ) {
    k += 2;
    parts++;
  }
  if (tokens[k]?.lower === '.' && !tokens[k]?.space) k++;
  const next = tokens[k];
  if (parts < 2 || next === undefined || next.kind === NUM || UNITS.has(next.lower)) return i;
  return k;
};

/** A technique sentence naming T10, T11 or T12 ("axial T2 from T12-L1 to L5-S1"). */
const namesThoracolumbarJunction = (
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean => /\bT1[0-2]\b/i.test(text.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0));

/** "L2/3: Normal.": a level stated normal as a whole is read, though it yields no finding. */
const statesNormalLevel = (items: readonly Item[]): boolean =>
  items.some((x) => x.kind === 'pred' && x.pred === 'normal') &&
  !items.some((x) => x.kind === 'target' || x.kind === 'lesion');

/** Items of a tail that only says where a level was seen ("on the sagittal sequences"). */
const IMAGING_TAIL_KINDS: ReadonlySet<Item['kind']> = new Set(['glue', 'word', 'other', 'adj']);

/** Words that name a structure or its stenosis, for a quick look before reading a label's items. */
const FINDING_LABEL_WORDS: ReadonlySet<string> = new Set([
  'foramen',
  'foramina',
  'foraminal',
  'neuroforamina',
  'neuroforaminal',
  'canal',
  'canals',
  'stenosis',
  'recess',
  'recesses',
  'ccs',
  'nfn',
  'nf',
  'nfs',
  'fs',
  'lrs',
  'ivf',
  'ivfs',
]);

/** Whether tokens `from` to `to` hold a word naming a structure or an abbreviation of a finding. */
function namesFindingWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t?.kind === WORD && FINDING_LABEL_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** The study, or the spine, as the subject of a normal statement ("The examination is otherwise normal"). */
const STUDY_WORDS: ReadonlySet<string> = new Set([
  'examination',
  'exam',
  'study',
  'scan',
  'mri',
  'ct',
  'imaging',
  // "Above L3-4 the spine is unremarkable": the spine over the levels named.
  'spine',
]);

function isNormalLevelStatement(
  items: readonly Item[],
  text: string,
  afterHeading: boolean,
): boolean {
  if (!items.some((x) => x.kind === 'pred' && x.pred === 'normal')) return false;
  let normal = -1;
  let level = false;
  // "Other: Th12/L1 and L1/2, no particular findings": a one-word label before a colon.
  const labelled =
    (items[0]?.kind === 'other' || items[0]?.kind === 'word') &&
    items[1]?.kind === 'glue' &&
    items[1].lit === ':';
  for (const [i, x] of items.entries()) {
    if (labelled && i < 2) continue;
    // "… are unremarkable on the sagittal images": where it was seen, after the predicate.
    if (normal >= 0 && x.kind === 'glue' && (x.lit === 'on' || x.lit === 'in')) {
      if (items.slice(i + 1).every((y) => IMAGING_TAIL_KINDS.has(y.kind))) break;
    }
    switch (x.kind) {
      case 'pred':
        if (x.pred !== 'normal') return false;
        if (normal < 0) normal = i;
        break;
      case 'level':
        level = true;
        break;
      case 'glue':
      case 'filler':
      case 'conj':
      case 'time':
        break;
      case 'word':
      case 'other':
        // The study itself, as subject or after ("The examination is otherwise normal", "Otherwise
        // unremarkable MRI"); punctuation anywhere; another word only after the predicate
        // ("unremarkable as before").
        if (x.kind === 'word' || (normal < 0 && /\w/.test(text.slice(x.start, x.end)))) {
          if (!STUDY_WORDS.has(text.slice(x.start, x.end).toLowerCase())) return false;
        }
        break;
      default:
        return false;
    }
  }
  return normal >= 0 && (level || afterHeading);
}
