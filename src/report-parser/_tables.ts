/**
 * Tabular layouts: a header row naming the columns (level, canal, left and right foramen) and one row
 * per level with a grade in each cell, written with pipes, tabs or spaced slashes:
 *
 *   Level | Canal | Left foramen | Right foramen        Canal / L foramen / R foramen:
 *   L4-L5 | moderate | severe | moderate               L4-5: mild / moderate / mild
 *
 * A header row whose first cell names the finding ("Foraminal narrowing<TAB>Left<TAB>Right") makes its
 * side columns foramina. Cells are read with the severity words and abbreviations of the lexicon.
 */
import type { FindingSide, FindingType, Severity } from '../vocab/index.js';
import type { LevelRef } from './_model.js';
import { readLevels } from './_levels.js';
import type { Token } from './_scan.js';
import { NUM, PUNCT, WORD, scanLine } from './_scan.js';
import { combineSeverities } from './_items.js';
import { ABBREVIATION_WORDS } from './data/abbreviations.js';
import { SEVERITY_TERMS } from './data/severity-terms.js';
import type { RawFinding } from './_sentence.js';
import { LEE_TABLE } from '../grading/index.js';

type Graded = Exclude<Severity, 'none'>;

/**
 * What one column holds ('other': a column this reader ignores, such as "Comment"). `left-right` /
 * `right-left`: one cell holds both foramina, in that order ("Foramina L/R": "mod/sev"); `foramina`:
 * one cell holds both, each part naming its side ("NFN": "mod L / mild R").
 */
type Column =
  | 'level'
  | 'label'
  | 'canal'
  | 'left'
  | 'right'
  | 'left-right'
  | 'right-left'
  | 'foramina'
  | 'other';

/** A table's columns, from its header row. */
export interface TableHeader {
  readonly columns: readonly Column[];
  /** Per column, whether its header names Lee's grading ("L NF (Lee)"): its cells are Lee grades 0-3. */
  readonly lee: readonly boolean[];
  /** Symbols the report defined for its cells ("1 = mild"). */
  readonly legend: Legend;
  /**
   * Per column, whether its header says each cell holds the earlier study's grade and this one's
   * ("Left NF prior -> now": "mild -> moderate").
   */
  readonly priorNow: readonly boolean[];
  /**
   * A timeline ("Structure | 2018-04-30 | 2021-07-19 | 2024-09-12"): one row per level and structure,
   * one column per study; `current` is the column of this study (the one called current, else the last).
   */
  readonly timeline?: { readonly current: number };
  /**
   * A grid with the levels as columns ("| L1-2 | L2-3 | …") and one row per structure ("Lt NF | - |
   * mild | …"): the level of each column.
   */
  readonly grid?: readonly LevelRef[];
}

/** A finding of a table cell, with the Lee grade the cell gave and the study it describes. */
export interface TableFinding extends RawFinding {
  readonly grade: { readonly system: 'lee'; readonly value: number } | undefined;
  readonly temporal: 'current' | 'prior';
  /** A bounded cell ("no more than mild"): the most the cell allows, with no grade of its own. */
  readonly maxSeverity?: Graded | undefined;
}

interface Cell {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Longest header cell, in words: a longer cell is prose, not a column name. */
const MAX_HEADER_WORDS = 4;
const NEGATIVE_CELLS: ReadonlySet<string> = new Set([
  'none',
  'nil',
  'normal',
  'patent',
  'no',
  '0',
  'absent',
  'n',
  'neg',
  'negative',
]);
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—', '--']);
const SEVERITY_OF = new Map(SEVERITY_TERMS.map((t) => [t.literal, t.severity]));

const PIPE = /\|/g;
const TABS = /\t+/g;
/** "L2/3<tab>mild / normal / normal": a tab after the level, spaced slashes between the grades. */
const TABS_OR_SPACED_SLASH = /\t+|\s\/\s/g;
const SPACED_SLASH = /\s\/\s/g;
/** Columns aligned with spaces ("L4-L5     1        2"): a run of two or more spaces between cells. */
const SPACE_RUN = / {2,}/g;
/** Cuts a line at runs of spaces only when it has at least three cells, so prose with a double space
 * after a full stop is not a row. */
const MIN_SPACE_RUNS = 2;
const spaceAligned = (line: string): boolean =>
  (line.trim().match(SPACE_RUN)?.length ?? 0) >= MIN_SPACE_RUNS;

/** A delimited export's separators: "Level;Canal;L foramen;R foramen", "L4-L5,severe,moderate,mild". */
const SEMICOLONS = /\s*;\s*/g;
const TIGHT_COMMAS = /,/g;
/** Separators a delimited line has at least (three cells). */
const MIN_DELIMITERS = 2;

/**
 * The separator of a line written as a delimited export: semicolons, or commas with no space after
 * them (set 37: "Level;Canal;L foramen;R foramen" over "L4-L5;severe;severe;moderate;…" had given
 * nothing). Prose has spaces after its commas and rarely two semicolons with no space.
 */
function delimited(line: string): RegExp | undefined {
  if (!line.includes(';') && !line.includes(',')) return undefined;
  if ((line.match(/;(?! )/g)?.length ?? 0) >= MIN_DELIMITERS) return SEMICOLONS;
  if ((line.match(/,(?! )/g)?.length ?? 0) >= MIN_DELIMITERS && !line.includes(', ')) {
    return TIGHT_COMMAS;
  }
  return undefined;
}

/**
 * Cells of a line cut at pipes, tabs, slashes with spaces around them or runs of spaces; undefined for
 * a plain line.
 * Between pipes an empty cell keeps its place ("| L4-5 | | mild |"), so the columns stay aligned;
 * the empty pieces outside the first and last pipe are not cells.
 */
function cellsOf(text: string, from: number, to: number): Cell[] | undefined {
  const line = text.slice(from, to);
  const pipes = line.includes('|');
  // Columns aligned with runs of spaces may hold slashes of their own ("Foramina (L / R)", "W0 / W0").
  const separator = pipes
    ? PIPE
    : line.includes('\t')
      ? line.includes(' / ')
        ? TABS_OR_SPACED_SLASH
        : TABS
      : line.includes('  ') && spaceAligned(line) && line.includes(' / ')
        ? SPACE_RUN
        : line.includes(' / ')
          ? SPACED_SLASH
          : line.includes('  ') && spaceAligned(line)
            ? SPACE_RUN
            : delimited(line);
  if (!separator) return undefined;
  // A delimited export keeps its empty cells in place, as a pipe table does ("L1-L2;none;mild;none;").
  const keepsEmpty = pipes || separator === SEMICOLONS || separator === TIGHT_COMMAS;
  const cells: Cell[] = [];
  let last = 0;
  const push = (a: number, b: number, edge: boolean): void => {
    const raw = line.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const cell = raw.trim().replace(/:$/, '').trim();
    if (cell !== '' || (keepsEmpty && !edge)) {
      cells.push({ start: from + a + lead, end: from + a + lead + cell.length, text: cell });
    }
  };
  for (const m of line.matchAll(separator)) {
    push(last, m.index, last === 0);
    last = m.index + m[0].length;
  }
  push(last, line.length, true);
  return cells.filter((c) => c.text !== '').length >= 2 ? cells : undefined;
}

/** A level, then one run of values split by slashes with no spaces: "L3-L4  1/1/2", "L4/5: 0/2/1". */
const TIGHT_SLASH_ROW = /^(\s*\S+?:?\s+)([^\s/]+(?:\/[^\s/]+)+)\s*$/;

/**
 * "T12-L1  0/0/0" under "Columns: canal / left foramen / right foramen": a row whose grades are one
 * run split by slashes, one value per column of the header (set 35; such rows had given nothing).
 * @returns the level cell and one cell per value, or undefined when the line is not such a row
 */
function tightSlashCells(
  text: string,
  from: number,
  to: number,
  header: TableHeader,
): Cell[] | undefined {
  if (header.timeline || header.grid || header.columns[0] !== 'level') return undefined;
  const line = text.slice(from, to);
  const m = TIGHT_SLASH_ROW.exec(line);
  const lead = m?.[1];
  const run = m?.[2];
  if (!lead || !run) return undefined;
  const values = run.split('/');
  if (values.length !== header.columns.length - 1) return undefined;
  const levelText = lead.trim().replace(/:$/, '');
  const levelStart = from + lead.indexOf(levelText);
  const cells: Cell[] = [
    { start: levelStart, end: levelStart + levelText.length, text: levelText },
  ];
  let at = from + lead.length;
  for (const value of values) {
    cells.push({ start: at, end: at + value.length, text: value });
    at += value.length + 1;
  }
  return cells;
}

const words = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9<>]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '')
    .flatMap((w) => (ABBREVIATION_WORDS[w] ?? w).split(' '));

/** Words of a header cell that name the level column ("Disc" only as the first column). */
const LEVEL_WORDS: ReadonlySet<string> = new Set(['level', 'levels', 'lvl', 'lev']);

function columnOf(cell: string, first: boolean): Column | undefined {
  const w = words(cell);
  if (w.length === 0 || w.length > MAX_HEADER_WORDS) return undefined;
  if (w.some((x) => LEVEL_WORDS.has(x)) || (first && w.includes('disc'))) return 'level';
  // "Foramina (L / R)": single letters name sides only as a slashed pair.
  const pair = /\b([lr])\s*\/\s*([lr])\b/i.exec(cell);
  const letter = (x: string, side: 'l' | 'r'): boolean =>
    pair !== null && x === side && pair[1]?.toLowerCase() !== pair[2]?.toLowerCase();
  const left = w.findIndex((x) => x === 'left' || x === 'lt' || letter(x, 'l'));
  const right = w.findIndex((x) => x === 'right' || x === 'rt' || letter(x, 'r'));
  if (left >= 0 && right >= 0 && cell.includes('/')) {
    return left < right ? 'left-right' : 'right-left';
  }
  if (left >= 0) return 'left';
  if (right >= 0) return 'right';
  if (w.includes('canal') || w.includes('central') || w.includes('spinal')) return 'canal';
  if (w.some((x) => x.startsWith('foramin') || x === 'narrowing' || x === 'stenosis')) {
    return 'label';
  }
  return undefined;
}

/**
 * "Level: canal / right foramen / left foramen": a first cell that names the level column before a colon
 * and another column after it is two cells, as its rows' first cells are ("L4-5: mild / …"). The column
 * names may also be bracketed after the label ("Levels (CCS / L NF / R NF):").
 */
function withLevelLabelCut(cells: readonly Cell[]): readonly Cell[] {
  const first = cells[0];
  const colon = first?.text.search(/[:(]/) ?? -1;
  if (!first || colon <= 0) return cells;
  const label = first.text.slice(0, colon).trim();
  const after = first.text.slice(colon + 1);
  const rest = after.trim();
  if (columnOf(label, true) !== 'level' || rest === '' || columnOf(rest, false) === undefined) {
    return cells;
  }
  const restStart = first.start + colon + 1 + (after.length - after.trimStart().length);
  return [
    { start: first.start, end: first.start + label.length, text: label },
    { start: restStart, end: restStart + rest.length, text: rest },
    ...cells.slice(1),
  ];
}

/** Words that end a statement, never a column heading ("Canal mild", "Rt NF normal"). */
const STATEMENT_ENDINGS: ReadonlySet<string> = new Set([
  'mild',
  'moderate',
  'severe',
  'mod',
  'sev',
  'minimal',
  'normal',
  'patent',
  'nil',
]);

/** A cell's bracketed earlier grade: "moderate (was mild)", "severe (prev. moderate)", "mild (prior: none)". */
const EARLIER_IN_CELL =
  /[([]\s*(?:was|were|previously|prev\.?|prior:?|before:?|then)\s+([a-z0-9 -]+?)\s*[)\]]\s*$/i;

/** A bounded cell: "no more than mild", "at most mild", "up to moderate", "not more than mild". */
const BOUND_CELL = /^(?:no more than|not more than|at most|up to|maximally)\s+([a-z -]+)$/i;

/** A cell's bracket holding a grade alone: "moderate (mild)". */
const BRACKET_IN_CELL = /[([]\s*([a-z0-9 -]+?)\s*[)\]]\s*$/i;

/** An arrow between an earlier grade and the present one ("mild -> moderate", "none → mild"). */
const ARROW = /\s*(?:->|→|=>|-->)\s*/;
/** "prior -> now", "previous → current" in a header cell: its cells are an earlier and a present grade. */
const PRIOR_NOW =
  /\b(?:prior|previous|previously|before|then|old|baseline|(?:19|20)\d\d)\s*(?:->|→|=>|-->)\s*(?:now|current|currently|today|new|follow-up|(?:19|20)\d\d)\b/i;

/**
 * Reads a header row.
 * @returns the columns, or undefined when the line is not a header naming canal or sides
 */
export function readTableHeader(
  text: string,
  from: number,
  to: number,
  legend?: Legend,
): TableHeader | undefined {
  const whole = readHeaderCells(text, from, to, legend);
  if (whole) return whole;
  // "Summary table (level: canal / left NF / right NF). Grades …": the header in a sentence's bracket.
  // Most lines have no colon inside a bracket: a plain search first.
  const open = text.indexOf('(', from);
  const bracket = open < 0 || open >= to ? null : BRACKETED_HEADER.exec(text.slice(from, to));
  if (bracket) {
    const start = from + bracket.index + 1;
    return readHeaderCells(text, start, start + (bracket[1]?.length ?? 0), legend);
  }
  return titledHeader(text, from, to, legend);
}

/**
 * "Stenosis grid - canal / L NF / R NF (0 = nil, 1 = mild, …)": a title, then the columns of the rows
 * below after a dash or colon, each row a level and its cells (round 26). The level column is implied.
 */
function titledHeader(
  text: string,
  from: number,
  to: number,
  legend: Legend | undefined,
): TableHeader | undefined {
  const line = text.slice(from, to);
  if (line.split('/').length < MIN_TITLED_COLUMNS) return undefined;
  // "FINDINGS (canal / left foramen / right foramen):" the list in a bracket after the title.
  const titled = TITLED_HEADER.exec(line) ?? BRACKETED_LIST_HEADER.exec(line);
  const list = titled?.[2];
  if (!titled || list === undefined) return undefined;
  const start = from + titled.index + titled[0].indexOf(list);
  const cells = readHeaderCells(
    text,
    start,
    start + list.trimEnd().length,
    legend ?? readLegend(text, from, to),
  );
  if (!cells || cells.columns.includes('level') || cells.timeline || cells.grid) return undefined;
  if (!cells.columns.some((c) => c === 'left' || c === 'right' || c === 'canal')) return undefined;
  return {
    ...cells,
    columns: ['level', ...cells.columns],
    lee: [false, ...cells.lee],
    priorNow: [false, ...cells.priorNow],
  };
}

/** A title, then its column list in a bracket, then a colon or the end: "FINDINGS (canal / left foramen / right foramen):". */
const BRACKETED_LIST_HEADER =
  /^([^/()]*?)\(\s*([a-z][a-z .]*(?:\/\s*[a-z][a-z .]*){2,})\)\s*:?\s*$/i;

/** Cells (slashes plus one) a titled column list has at least: "canal / L NF / R NF". */
const MIN_TITLED_COLUMNS = 3;
/**
 * A title, a dash or colon, then a column list of words split by slashes, before a bracket or the end
 * ("Columns: canal / left foramen / right foramen.", set 35).
 */
const TITLED_HEADER =
  /^([^/()]*?)(?:\s[-–]|\s?:)\s*([a-z][a-z .]*(?:\/\s*[a-z][a-z .]*){2,})(?:\(|$)/i;

/** A bracket holding a column list with a level column: "(level: canal / left NF / right NF)". */
const BRACKETED_HEADER = /\(((?:levels?|lvl)\s*:[^()]*\/[^()]*)\)/i;

/** A study column of a timeline: a date, a year, or a word for the earlier or this study. */
const STUDY_COLUMN =
  /^(?:(?:19|20)\d\d(?:[-/.]\d\d?(?:[-/.]\d\d?)?)?|\d\d?[-/.]\d\d?[-/.](?:19|20)?\d\d|\d\d?[-/.](?:19|20)\d\d|prior|previous|baseline|current|now|today|this study|latest)$/i;
const CURRENT_COLUMN = /^(?:current|now|today|this study|latest)$/i;
/** First cells of a timeline's header: what the rows are. */
const TIMELINE_LABELS: ReadonlySet<string> = new Set([
  'structure',
  'structures',
  'finding',
  'findings',
  'level',
  'levels',
  'site',
  '',
]);

/** The one value column of a table with a row per structure. */
const FINDING_COLUMN =
  /^(?:findings?|results?|grades?|grading|description|assessment|stenosis|appearance)$/i;

/** Reads a timeline's header row, if the line is one (at least two study columns). */
function readTimelineHeader(
  cells: readonly Cell[],
  legend: Legend | undefined,
): TableHeader | undefined {
  const [first, ...studies] = cells;
  if (!first || !TIMELINE_LABELS.has(first.text.toLowerCase())) return undefined;
  // "Structure | Finding": one row per level and structure, one column of this study's words.
  const only = studies[0];
  if (studies.length === 1 && only && FINDING_COLUMN.test(only.text.trim())) {
    return {
      columns: ['level', 'other'],
      lee: [false, false],
      legend: legend ?? NO_LEGEND,
      priorNow: [false, false],
      timeline: { current: 1 },
    };
  }
  if (studies.length < 2) return undefined;
  if (!studies.every((c) => STUDY_COLUMN.test(c.text.trim()))) return undefined;
  const named = studies.findIndex((c) => CURRENT_COLUMN.test(c.text.trim()));
  const current = 1 + (named >= 0 ? named : studies.length - 1);
  return {
    columns: ['level', ...studies.map((): Column => 'other')],
    lee: cells.map(() => false),
    legend: legend ?? NO_LEGEND,
    priorNow: cells.map(() => false),
    timeline: { current },
  };
}

/**
 * "L4-L5 left foramen | 1 | 2 | 2" under a timeline header: this study's grade, and each earlier grade
 * that differs from it and is not none (an earlier none is no finding of the earlier study).
 */
function readTimelineRow(
  text: string,
  cells: readonly Cell[],
  header: TableHeader,
  current: number,
): TableFinding[] | undefined {
  const first = cells[0];
  if (!first || cells.length !== header.columns.length) return undefined;
  const tokens = scanLine(text, first.start, first.end);
  const level = readLevels(tokens, 0, tokens.length);
  if (!level || level.kind !== 'levels') return undefined;
  const levelEnd = tokens[level.end - 1]?.end ?? first.end;
  const structure = text.slice(levelEnd, first.end);
  const now = cells[current];
  if (!now) return undefined;
  // "T12-L1 to L2-L3, all structures | normal": the canal and both foramina.
  if (ALL_STRUCTURES.test(structure)) {
    return (['canal', 'left', 'right'] as const).flatMap((c) => {
      const f = cellFinding(
        findingCell(now),
        { column: c, lee: false },
        header.legend,
        level.ref,
        'current',
      );
      return f ? [f] : [];
    });
  }
  // "L4-L5 right lateral recess | mild stenosis" is no foramen: only the canal and foramina are read.
  if (OTHER_STRUCTURE.test(structure) && !/foram|\bnf\b/i.test(structure)) return [];
  const column = columnOf(structure, false);
  if (column !== 'canal' && column !== 'left' && column !== 'right') return [];
  const out: TableFinding[] = [];
  const present = cellFinding(
    findingCell(now),
    { column, lee: false },
    header.legend,
    level.ref,
    'current',
  );
  if (present) out.push(present);
  const presentGrade = cellSeverity(findingCell(now).text, header.legend);
  const seen = new Set<Severity>();
  cells.forEach((cell, k) => {
    if (k === 0 || k === current) return;
    const grade = cellSeverity(cell.text, header.legend);
    if (grade === undefined || grade === presentGrade || seen.has(grade)) return;
    seen.add(grade);
    const earlier = cellFinding(cell, { column, lee: false }, header.legend, level.ref, 'prior');
    if (earlier) out.push(earlier);
  });
  return out;
}

/** Structures of a row that are neither the canal nor a foramen. */
const OTHER_STRUCTURE =
  /\b(?:recess|subarticular|facets?|disc|discs|roots?|ligament\w*|conus|cord)\b/i;

/** A cell that may be a level and nothing else ("L4-5", "L5-S1", "T12/L1"). */
const LEVEL_CELL = /^(?:[LTSD]|Th)\d{1,2}\s?[-/–]?\s?(?:[LTS]?\d)?$/i;

/** Fewest level columns that make a grid. */
const MIN_GRID_LEVELS = 2;

/** Reads a grid's header row: an empty or label first cell, then one level per cell. */
function readGridHeader(
  text: string,
  cells: readonly Cell[],
  legend: Legend | undefined,
): TableHeader | undefined {
  const [first, ...others] = cells;
  if (!first) return undefined;
  // An empty corner cell before the first pipe is not a cell: the levels start at once.
  const labelled = TIMELINE_LABELS.has(first.text.toLowerCase());
  const rest = labelled ? others : cells;
  if (rest.length < MIN_GRID_LEVELS || !rest.every((c) => LEVEL_CELL.test(c.text))) {
    return undefined;
  }
  const levels: LevelRef[] = [];
  for (const cell of rest) {
    const tokens = scanLine(text, cell.start, cell.end);
    const level = readLevels(tokens, 0, tokens.length);
    if (!level || level.kind !== 'levels' || level.end !== tokens.length) return undefined;
    levels.push(level.ref);
  }
  return {
    columns: ['label', ...levels.map((): Column => 'other')],
    lee: [false, ...levels.map(() => false)],
    legend: legend ?? NO_LEGEND,
    priorNow: [false, ...levels.map(() => false)],
    grid: levels,
  };
}

/** "Lt NF | - | mild | sev": one structure's grades, a level per column. */
function readGridRow(
  cells: readonly Cell[],
  header: TableHeader,
  levels: readonly LevelRef[],
  slashesPrior: boolean,
): TableFinding[] | undefined {
  const [first, ...grades] = cells;
  if (!first || grades.length !== levels.length) return undefined;
  if (OTHER_STRUCTURE.test(first.text) && !/foram|\bnf\b/i.test(first.text)) return [];
  const column = columnOf(first.text, false);
  if (column !== 'canal' && column !== 'left' && column !== 'right') return [];
  return grades.flatMap((cell, k) => {
    const level = levels[k];
    if (!level) return [];
    const read = (c: Cell, temporal: 'current' | 'prior'): TableFinding[] => {
      const f = cellFinding(findingCell(c), { column, lee: false }, header.legend, level, temporal);
      return f ? [f] : [];
    };
    const pair = slashesPrior ? nowThenHalves(cell) : undefined;
    if (!pair) return read(cell, 'current');
    const [now, then] = pair;
    const differs =
      cellSeverity(then.text, header.legend) !== cellSeverity(now.text, header.legend);
    return [...read(now, 'current'), ...(differs ? read(then, 'prior') : [])];
  });
}

/**
 * A declaration that a table's cells give this study's grade, a slash, and an earlier study's:
 * "(grade now / grade 2019)", "current/prior", "today / baseline".
 */
export const DECLARES_NOW_THEN_SLASH =
  /\b(?:grades?\s+)?(?:now|current|today|this study)\s*\/\s*(?:grades?\s+)?(?:(?:on|at|in)\s+)?(?:the\s+)?(?:prior|previous|earlier|then|baseline|before|old|(?:19|20)\d\d)\b/i;

/** A cell "mod/mild" as its two halves, this study's first, or undefined without one slash. */
function nowThenHalves(cell: Cell): [Cell, Cell] | undefined {
  const slash = cell.text.indexOf('/');
  if (slash <= 0 || slash !== cell.text.lastIndexOf('/')) return undefined;
  const a = cell.text.slice(0, slash);
  const b = cell.text.slice(slash + 1);
  const aText = a.trim();
  const bText = b.trim();
  if (aText === '' || bText === '') return undefined;
  const aStart = cell.start + (a.length - a.trimStart().length);
  const bStart = cell.start + slash + 1 + (b.length - b.trimStart().length);
  return [
    { start: aStart, end: aStart + aText.length, text: aText },
    { start: bStart, end: bStart + bText.length, text: bText },
  ];
}

/** A row's structure cell that names every structure of its levels. */
const ALL_STRUCTURES = /\ball (?:structures|findings)\b|^\W*(?:all)?\W*$/i;
/** Words of a finding cell around its grade ("mild stenosis", "moderate-to-severe narrowing (facets)"). */
const FINDING_CELL_WORDS =
  /\s*(?:\([^)]*\)|\[[^\]]*\]|\b(?:stenosis|narrowing|narrowed|stenotic|foraminal|canal)\b)\s*/gi;

/** A finding cell with only its grade ("mild stenosis" → "mild"); other cells as they are. */
function findingCell(cell: Cell): Cell {
  const text = cell.text.replace(FINDING_CELL_WORDS, ' ').replace(/\s+/g, ' ').trim();
  return text === '' || text === cell.text ? cell : { ...cell, text };
}

function readHeaderCells(
  text: string,
  from: number,
  to: number,
  legend?: Legend,
): TableHeader | undefined {
  const cut = cellsOf(text, from, to);
  if (!cut) return undefined;
  const grid = readGridHeader(text, cut, legend);
  if (grid) return grid;
  const timeline = readTimelineHeader(cut, legend);
  if (timeline) return timeline;
  const priorNow = cut.map((c) => PRIOR_NOW.test(c.text));
  // The column is named by what is left ("Left NF prior -> now" is the left foramen's).
  const named = priorNow.some(Boolean)
    ? cut.map((c, k) => (priorNow[k] ? { ...c, text: c.text.replace(PRIOR_NOW, '').trim() } : c))
    : cut;
  const cells = withLevelLabelCut(named);
  const columns: Column[] = [];
  for (const [k, c] of cells.entries()) {
    // An empty first cell heads the level column ("|  | Left | Right |").
    const column = k === 0 && c.text === '' ? 'level' : columnOf(c.text, k === 0);
    // A column after the first that names nothing this reader knows ("Comment", "Disc") is skipped.
    // A comparison column may name its study ("vs 2022 CT", "Prior (03/2021)").
    const short = words(c.text).length <= MAX_HEADER_WORDS && /^[a-z0-9 ./()'-]+$/i.test(c.text);
    if (column === undefined && !(k > 0 && short)) return undefined;
    columns.push(column === 'level' && columns.includes('level') ? 'other' : (column ?? 'other'));
  }
  // "| Level | CCS | NFN |": with no column per side, a column named for the foramina holds both,
  // each grade with its side in words (round 27: such tables had given nothing at all).
  const sided = columns.some(
    (c) => c === 'left' || c === 'right' || c === 'left-right' || c === 'right-left',
  );
  if (!sided) {
    cells.forEach((c, k) => {
      if (k > 0 && columns[k] === 'label' && words(c.text).some((x) => x.startsWith('foramin'))) {
        columns[k] = 'foramina';
      }
    });
  }
  const sides =
    columns.filter((c) => c === 'left' || c === 'right').length +
    2 * columns.filter((c) => c === 'left-right' || c === 'right-left' || c === 'foramina').length;
  // "Canal sev / Lt NF mod / Rt NF mod": cells that end in a grade are a row of statements.
  if (cells.some((c) => STATEMENT_ENDINGS.has(words(c.text).at(-1) ?? ''))) return undefined;
  const lee = cells.map((c) => words(c.text).includes('lee'));
  return sides >= 1 && (sides + columns.filter((c) => c === 'canal').length >= 2 || sides === 2)
    ? {
        columns,
        lee,
        legend: legend ?? NO_LEGEND,
        // A label cut from the first cell shifts the columns by one.
        priorNow: cells.length > cut.length ? [false, ...priorNow] : priorNow,
      }
    : undefined;
}

/** A band of percentages a report grades ("30-60% = moderate"), bounds included. */
interface PercentBand {
  readonly from: number;
  readonly to: number;
  readonly severity: Severity;
}

/**
 * Grades a report defines for the symbols of its table ("0 = none, 1 = mild", "- = none") and, for
 * cells of percentages, its bands ("<30% = mild, 30-60% = moderate, >60% = severe").
 */
export type Legend = ReadonlyMap<string, Severity> & {
  readonly percentBands?: readonly PercentBand[];
};
const NO_LEGEND: Legend = new Map();

/** One band of a percentage legend: "<25%", ">=75%", ">60%", "25-49%", "0%", then "=" or ":" (or
 * nothing: "<25% mild") and words. */
const PERCENT_BAND =
  /(<=?|>=?|≤|≥|under|below|less than|over|above|more than|greater than)?\s*(\d{1,3})\s*(?:%\s*)?(?:(?:-|–|to)\s*(\d{1,3})\s*)?%\s*(?:=|:)?\s*([a-z]+(?:[ -][a-z]+)?)/gi;
/** Bounds in words ("under 33% = mild", "over 66% = severe"; set 38) as the symbols they stand for. */
const WORD_BOUNDS: Readonly<Record<string, string>> = {
  under: '<',
  below: '<',
  'less than': '<',
  over: '>',
  above: '>',
  'more than': '>',
  'greater than': '>',
};

/** The bands of a percentage legend, or undefined when the line holds fewer than two. */
function readPercentBands(line: string): PercentBand[] | undefined {
  if (!line.includes('%')) return undefined;
  const bands: PercentBand[] = [];
  for (const m of line.matchAll(PERCENT_BAND)) {
    const words = (m[4] ?? '').toLowerCase();
    const severity: Severity | undefined = /^no\b/.test(words)
      ? 'none'
      : (cellSeverity(words, NO_LEGEND) ?? cellSeverity(words.split(/[ -]/)[0] ?? '', NO_LEGEND));
    const a = Number(m[2]);
    if (severity === undefined || !Number.isFinite(a)) continue;
    const b = m[3] === undefined ? undefined : Number(m[3]);
    const op = WORD_BOUNDS[(m[1] ?? '').toLowerCase()] ?? m[1] ?? '';
    const band =
      b !== undefined
        ? { from: a, to: b }
        : op === '<'
          ? { from: 0, to: a - 0.5 }
          : op === '<=' || op === '≤'
            ? { from: 0, to: a }
            : op === '>'
              ? { from: a + 0.5, to: 100 }
              : op === '>=' || op === '≥'
                ? { from: a, to: 100 }
                : { from: a, to: a };
    bands.push({ ...band, severity });
  }
  return bands.length >= 2 ? bands : undefined;
}

/**
 * The percentage bands a report declares for its foraminal grades ("Foraminal grading … is expressed as
 * the percentage loss of foraminal height (key: under 33% = mild, 33-66% = moderate, over 66% =
 * severe)"), from the first line naming both the foramina and such a key; undefined when none does.
 */
export function foraminalPercentKey(text: string): Legend | undefined {
  if (!text.includes('%')) return undefined;
  let from = 0;
  while (from <= text.length) {
    const end = text.indexOf('\n', from);
    const to = end < 0 ? text.length : end;
    const line = text.slice(from, to);
    if (/foramin/i.test(line) && line.includes('%')) {
      const bands = readPercentBands(line);
      if (bands) return Object.assign(new Map<string, Severity>(), { percentBands: bands });
    }
    if (end < 0) break;
    from = end + 1;
  }
  return undefined;
}

/**
 * The grade of a percentage of foraminal height lost under a declared key: none at 0 %, else the
 * narrowest band holding it.
 */
export function percentGrade(value: number, key: Legend): Severity | undefined {
  if (value === 0) return 'none';
  return percentSeverity(`${value}%`, key);
}

/** Words before a percentage on its line that make it the canal's, not a foramen's. */
const CANAL_BEFORE = /\b(?:canal|thecal|dural|cauda|central)\b[^.;]*$/i;

/**
 * "L3-L4: 30% bilaterally", "L4-L5: left 20%, right 60%" under a report's foraminal percentage key:
 * each percentage becomes its grade and the foraminal narrowing it measures ("0%" as no narrowing),
 * as tokens of no width over the number, so the line reads as "mild foraminal narrowing bilaterally"
 * (set 38: such lines had given nothing). The key's own line, and a percentage said of the canal, are
 * left as they are.
 */
export function withPercentGrades(tokens: readonly Token[], text: string, key: Legend): Token[] {
  if (!tokens.some((t) => t.lower === '%')) return [...tokens];
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first && last && readPercentBands(text.slice(first.start, last.end))) return [...tokens];
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const sign = tokens[k + 1];
    const lineStart = first?.start ?? t.start;
    if (t.kind !== NUM || sign?.kind !== PUNCT || sign.lower !== '%') {
      out.push(t);
      continue;
    }
    const grade = percentGrade(Number(t.lower), key);
    if (!grade || CANAL_BEFORE.test(text.slice(lineStart, t.start)) || /\s-/.test(grade)) {
      out.push(t);
      continue;
    }
    const at = t.start;
    k++;
    if (grade === 'none') {
      // "foramen patent": a negation word here would reach the next side's grade after the comma.
      out.push({ start: at, end: at, kind: WORD, lower: 'foramen', space: t.space });
      out.push({ start: at, end: sign.end, kind: WORD, lower: 'patent', space: true });
      continue;
    }
    grade.split('-').forEach((w, j) => {
      if (j > 0) out.push({ start: at, end: at, kind: PUNCT, lower: '-', space: false });
      out.push({ start: at, end: at, kind: WORD, lower: w, space: j === 0 ? t.space : false });
    });
    out.push({ start: at, end: at, kind: WORD, lower: 'foraminal', space: true });
    out.push({ start: at, end: sign.end, kind: WORD, lower: 'narrowing', space: true });
  }
  return out;
}

/** The grade of a percentage cell ("35%") in the report's bands. */
function percentSeverity(cell: string, legend: Legend): Severity | undefined {
  const m = /^(\d{1,3}(?:\.\d+)?)\s*%$/.exec(cell.trim());
  if (!m || !legend.percentBands) return undefined;
  const value = Number(m[1]);
  // A value between two bands' integer bounds ("29.5%" under "<30%" and "30-60%") goes to the nearer.
  // "0% = no stenosis" beside "<30% = mild": the narrowest band holding the value.
  const holding = legend.percentBands.filter((b) => value >= b.from - 0.5 && value <= b.to + 0.5);
  return holding.sort((a, b) => a.to - a.from - (b.to - b.from))[0]?.severity;
}
/** "0 = none", "3=severe", "- = none": one symbol and the grade it stands for. */
const LEGEND_ENTRY =
  /(?:^|[\s(,;:])([0-4]|-|\+{1,3}(?:\/\+{1,3})?)\s*=\s*([a-z]+(?:[ -](?:to[ -])?[a-z]+)?)/gi;
/**
 * "0 normal, 1 mild", "0: none; 1: mild": a number and its grade as an item of a list, each ended by a
 * comma, semicolon, bracket or the line's end, so that prose ("1 mild bulge at L4-5") is not one.
 */
const LEGEND_LIST_ENTRY =
  /(?:^|[(,;:]\s*)([0-4]|\+{1,3})\s*:?\s*([a-z]+(?:[ -](?:to[ -])?[a-z]+)?)(?=\s*(?:[,;).]|$))/gi;
const namesMild = (line: string): boolean =>
  line.includes('mild') || line.includes('Mild') || line.includes('MILD');
const LEGEND_HINT =
  /(?:[0-4]|\+{1,3}):?\s+(?:none|normal|nil|absent|mild|minimal|slight|moderate|severe)/i;
/** Symbols a legend written without "=" must define: one pair alone may be prose. */
const MIN_LIST_ENTRIES = 3;

/**
 * The legend a line defines for table cells, when it defines at least one symbol with a grade
 * ("Findings in tabular form (grades: 0 = none, 1 = mild, 2 = moderate, 3 = severe):", "(- = none)").
 */
export function readLegend(text: string, from: number, to: number): Legend | undefined {
  const line = text.slice(from, to);
  const percentBands = readPercentBands(line);
  if (percentBands) return Object.assign(new Map<string, Severity>(), { percentBands });
  const equals = line.includes('=');
  // Without "=", a list of numbers and grades ("(0 normal, 1 mild, 2 moderate, 3 severe)"), which
  // names the lowest grade; most lines do not, and are passed over without a regular expression.
  if (!equals && !(namesMild(line) && LEGEND_HINT.test(line))) return undefined;
  const legend = new Map<string, Severity>();
  for (const m of line.matchAll(equals ? LEGEND_ENTRY : LEGEND_LIST_ENTRY)) {
    const words = m[2] ?? '';
    // "0 = no stenosis": a symbol for none.
    const grade = /^no\b/i.test(words)
      ? 'none'
      : (cellSeverity(words, NO_LEGEND) ?? cellSeverity(words.split(/[ -]/)[0] ?? '', NO_LEGEND));
    if (grade !== undefined && m[1] !== undefined) legend.set(m[1], grade);
  }
  return legend.size >= (equals ? 1 : MIN_LIST_ENTRIES) ? legend : undefined;
}

/** Words of change a cell may add to its grade. */
const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'stable',
  'unchanged',
  'same',
  'persistent',
  'new',
]);

/**
 * A cell's grade: its legend's, `none` for a negative cell, undefined when unreadable. A bracketed note
 * after the grade ("none (post foraminotomy)", "sev (complete block)") does not hide it.
 */
function cellSeverity(cell: string, legend: Legend): Severity | undefined {
  if (!cell.includes('(') && !cell.includes('[')) return gradeOfCell(cell, legend);
  // "moderate (mild)", "moderate [mild]": the words outside the bracket are the cell's grade; the
  // bracket's grade is never mixed in (it had made "mild-moderate"). A bracket alone is read as it stands.
  const outside = cell.replace(/\([^)]*\)?|\[[^\]]*\]?/g, ' ');
  return outside.trim() === '' ? gradeOfCell(cell, legend) : gradeOfCell(outside, legend);
}

function gradeOfCell(cell: string, legend: Legend): Severity | undefined {
  const defined = legend.get(cell.trim()) ?? percentSeverity(cell, legend);
  if (defined !== undefined) return defined;
  // "Lee 2", "grade 1" in a cell: Lee's grades (a bare number only under a Lee column).
  if (/^\D/.test(cell.trim())) {
    const lee = leeGradeOf(cell);
    if (lee) return lee.severity;
  }
  // Wildermuth's codes ("W0", "W 2"): W0 is a normal foramen, W1-W3 the lexicon's grades.
  const code = /^w\s?([0-3])$/i.exec(cell.trim());
  if (code) return code[1] === '0' ? 'none' : SEVERITY_OF.get(`w ${code[1] ?? ''}`);
  // A dash alone ("-", "–", "—") is an empty finding, as "nil" is.
  if (DASHES.has(cell.trim())) return 'none';
  const w = words(cell);
  if (w.length === 0) return undefined;
  if (w.length === 1 && NEGATIVE_CELLS.has(w[0] ?? '')) return 'none';
  let found: Graded | undefined;
  for (const x of w) {
    const s = SEVERITY_OF.get(x);
    if (s === undefined) {
      // "mild - stable", "moderate, unchanged": words of change beside the grade.
      if (x === 'to' || x === 'or' || CHANGE_WORDS.has(x)) continue;
      return undefined;
    }
    found = found === undefined ? s : combineSeverities(found, s);
  }
  return found;
}

/** A Lee grade written alone in a cell ("2"), with its severity from the grading module. */
function leeGradeOf(cell: string): { grade: number; severity: Severity } | undefined {
  const m = LEE_CELL.exec(cell.trim());
  const row = m ? LEE_TABLE.find((r) => r.grade === Number(m[1])) : undefined;
  return row ? { grade: row.grade, severity: row.severity } : undefined;
}
/** A Lee grade alone ("2"), named ("Lee 2", "grade 2") or as software writes it ("2 (Lee)"). */
const LEE_CELL = /^(?:lee\s*(?:grade\s*)?|grade\s*)?([0-3])(?:\s*\(lee\))?$/i;

const FINDING_OF: Partial<Record<Column, { finding: FindingType; side: FindingSide }>> = {
  canal: { finding: 'central-canal-stenosis', side: 'central' },
  left: { finding: 'foraminal-stenosis', side: 'left' },
  right: { finding: 'foraminal-stenosis', side: 'right' },
  foramina: { finding: 'foraminal-stenosis', side: 'bilateral' },
};

/** Separators of a cell's sided parts: ";", ",", "/" (not the one of "B/L"), "and", "&". */
const PART_SEPARATOR = /\s*(?:[;,&]|(?<!\bb\s*)\/(?!\s*l\b)|\band\b)\s*/gi;
/** The side a part of a both-foramina cell names ("mild R", "Lt patent", "mod B/L"), and where. */
const SIDE_IN_PART =
  /(?:^|\s|\()(b\s*\/\s*l|bilat(?:eral(?:ly)?)?|both|left|lt|l|right|rt|r)(?:\)|\.)?(?=\s|$)/i;
/** A part that only says which side is worse ("L>R", "R > L", "worse on the left"). */
const LEAN_PART =
  /^(?:(?:l|r|lt|rt|left|right)\s*(?:>|worse|greater)|worse\b|greater\b|predominantly\b|more\b)/i;

/**
 * A cell under a both-foramina column as one cell per side it names: "mod L / mild R" is a left and
 * a right cell, "sev R; L patent" a right grade and a left negative, "mild B/L, L>R" and "-" both
 * sides (the lean adds no grade).
 */
function foraminaParts(cell: Cell): { cell: Cell; column: 'left' | 'right' | 'foramina' }[] {
  const out: { cell: Cell; column: 'left' | 'right' | 'foramina' }[] = [];
  let last = 0;
  const push = (a: number, b: number): void => {
    const raw = cell.text.slice(a, b);
    const part = raw.trim();
    if (part === '' || LEAN_PART.test(part)) return;
    const at = cell.start + a + (raw.length - raw.trimStart().length);
    const side = SIDE_IN_PART.exec(part);
    const word = side?.[1]?.toLowerCase().replace(/\s+/g, '') ?? '';
    const column = !side
      ? 'foramina'
      : /^(?:l|lt|left)$/.test(word)
        ? 'left'
        : /^(?:r|rt|right)$/.test(word)
          ? 'right'
          : 'foramina';
    const grade = side
      ? (part.slice(0, side.index) + ' ' + part.slice(side.index + side[0].length)).trim()
      : part;
    out.push({
      cell: { start: at, end: at + part.length, text: grade === '' ? part : grade },
      column,
    });
  };
  for (const m of cell.text.matchAll(PART_SEPARATOR)) {
    push(last, m.index);
    last = m.index + m[0].length;
  }
  push(last, cell.text.length);
  return out;
}

/** The finding one cell gives under its column, if it gives one. */
function cellFinding(
  cell: Cell,
  column: { column: Column; lee: boolean } | undefined,
  legend: Legend,
  ref: LevelRef,
  temporal: 'current' | 'prior',
): TableFinding | undefined {
  const kind = column === undefined ? undefined : FINDING_OF[column.column];
  const leeGrade = column?.lee ? leeGradeOf(cell.text) : undefined;
  // "no more than mild", "at most mild", "up to moderate": a bound, not a grade (round 25).
  const bound = BOUND_CELL.exec(cell.text.trim());
  const most = bound ? cellSeverity(bound[1] ?? '', legend) : undefined;
  const bounded =
    most !== undefined && most !== 'none' && temporal === 'current' ? most : undefined;
  const severity = bounded ? undefined : (leeGrade?.severity ?? cellSeverity(cell.text, legend));
  if (!kind || (severity === undefined && !bounded)) return undefined;
  const negated = severity === 'none';
  // An earlier study's grade is kept only when it was a finding this study's grade changed.
  if (temporal === 'prior' && negated) return undefined;
  return {
    finding: kind.finding,
    levelRef: ref,
    vertebra: undefined,
    side: kind.side,
    sideExplicit: true,
    asymmetry: undefined,
    severity: negated || severity === undefined ? null : severity,
    negated,
    uncertain: bounded !== undefined,
    root: undefined,
    zone: kind.finding === 'foraminal-stenosis' ? 'foraminal' : 'central',
    start: cell.start,
    end: cell.end,
    grade: leeGrade ? { system: 'lee', value: leeGrade.grade } : undefined,
    temporal,
    ...(bounded ? { maxSeverity: bounded } : {}),
  };
}

/** One "key=value" pair of a software report's line: "canal=1", "nf_left=2", "foramen_r=NR". */
const KEY_VALUE = /([a-z][a-z_.]*)\s*=\s*([a-z0-9][a-z0-9-]*)/gi;
/** Fewest graded pairs that make a line a key=value row. */
const MIN_KEY_VALUES = 2;

/**
 * "[L3-L4] canal=1 nf_left=1 nf_right=0 disc=bulge": a structured report's line of key=value pairs at
 * a level. Keys are read as table headers ("nf_left" is the left foramen); values with the report's
 * legend ("0=none 1=mild …") or as grade words; unknown keys and values ("NR") give nothing.
 * @returns the line's findings, or undefined when the line is not such a row
 */
export function readKeyValueRow(
  text: string,
  from: number,
  to: number,
  legend: Legend | undefined,
  blockLevel?: LevelRef,
): TableFinding[] | undefined {
  const equals = text.indexOf('=', from);
  if (equals < 0 || equals >= to) return undefined;
  const line = text.slice(from, to);
  const tokens = scanLine(text, from, to);
  let k = 0;
  while (k < tokens.length && tokens[k]?.lower === '[') k++;
  const level = readLevels(tokens, k, tokens.length) ?? levelPair(text, from, line);
  // "[L3-L4]" on a line of its own, then "foramen.left.grade = 1 (Lee) MILD": one pair a line.
  const ref = level?.kind === 'levels' ? level.ref : blockLevel;
  if (!ref) return undefined;
  const single = level?.kind !== 'levels';
  const out: TableFinding[] = [];
  let pairs = 0;
  for (const m of line.matchAll(KEY_VALUE)) {
    const column = columnOf((m[1] ?? '').replace(/[_.]/g, ' '), false);
    if (column === undefined || column === 'level' || column === 'label') continue;
    pairs++;
    // Under a block header the whole rest of the line is the value ("1 (Lee)     MILD").
    const value = single
      ? line.slice(m.index + m[0].length - (m[2] ?? '').length).trim()
      : (m[2] ?? '');
    const at = from + m.index + m[0].length - (m[2] ?? '').length;
    const graded = single ? (valueGrade(value) ?? value) : value;
    const f = cellFinding(
      { start: at, end: at + (m[2] ?? '').length, text: graded },
      { column, lee: false },
      legend ?? NO_LEGEND,
      ref,
      'current',
    );
    if (f) out.push(f);
  }
  return pairs >= (single ? 1 : MIN_KEY_VALUES) ? out : undefined;
}

/** "level=L4-L5" among a line's pairs. */
const LEVEL_PAIR = /\blevel\s*=\s*([^;|\s]+)/i;

/**
 * "level=L4-L5; canal=moderate; foramen_left=mild": a line whose level is one of its pairs (set 35).
 * @returns the level read from the pair's value, or undefined
 */
function levelPair(text: string, from: number, line: string): ReturnType<typeof readLevels> {
  const m = LEVEL_PAIR.exec(line);
  if (!m?.[1]) return undefined;
  const at = from + m.index + m[0].length - m[1].length;
  const tokens = scanLine(text, at, at + m[1].length);
  const read = readLevels(tokens, 0, tokens.length);
  return read?.kind === 'levels' && read.end === tokens.length ? read : undefined;
}

/** One "key=value" pair of a finding record, the value up to the next ";" or "|". */
const RECORD_PAIR = /([a-z][a-z_ ]*?)\s*=\s*([^;|]+)/gi;
/** The earlier grade a record's change field gives ("increased (prior: mild)"). */
const RECORD_PRIOR = /\(\s*(?:prior|previous|previously|was)\s*:?\s*([a-z -]+?)\s*\)/i;

/**
 * "#3 finding=foraminal stenosis; level=L5/S1; laterality=left; severity=moderate; change=increased
 * (prior: mild)": one finding of a structured export per line (round 27: such lines had given
 * ungraded bilateral findings). Only canal and foraminal stenosis are read; a record of another
 * finding gives none.
 * @returns the record's findings, or undefined when the line is not such a record
 */
export function readFindingRecord(
  text: string,
  from: number,
  to: number,
  legend: Legend | undefined,
): TableFinding[] | undefined {
  // Most lines have no "=" at all: they are passed over before any text is sliced.
  const equals = text.indexOf('=', from);
  if (equals < 0 || equals >= to) return undefined;
  const line = text.slice(from, to);
  if (!/\bfinding\s*=/i.test(line) || !/\blevel\s*=/i.test(line)) return undefined;
  const pairs = new Map<string, Cell>();
  for (const m of line.matchAll(RECORD_PAIR)) {
    const value = (m[2] ?? '').trim();
    const at = from + m.index + m[0].indexOf(value, (m[1] ?? '').length);
    pairs.set((m[1] ?? '').trim().toLowerCase(), {
      start: at,
      end: at + value.length,
      text: value,
    });
  }
  const what = words(pairs.get('finding')?.text ?? '').join(' ');
  const level = pairs.get('level');
  const grade = pairs.get('severity') ?? pairs.get('grade');
  if (!level || !grade) return [];
  const tokens = scanLine(text, level.start, level.end);
  const read = readLevels(tokens, 0, tokens.length);
  if (read?.kind !== 'levels') return [];
  const side = words((pairs.get('laterality') ?? pairs.get('side'))?.text ?? '')[0];
  const column: Column | undefined = what.includes('canal')
    ? 'canal'
    : what.includes('foramin')
      ? side === 'left' || side === 'right'
        ? side
        : 'foramina'
      : undefined;
  if (!column) return [];
  const out: TableFinding[] = [];
  const now = cellFinding(grade, { column, lee: false }, legend ?? NO_LEGEND, read.ref, 'current');
  if (now) out.push(now);
  const change = pairs.get('change');
  const prior = change ? RECORD_PRIOR.exec(change.text) : null;
  if (change && prior?.[1] && cellSeverity(prior[1], legend ?? NO_LEGEND) !== now?.severity) {
    const at = change.start + prior.index + prior[0].indexOf(prior[1]);
    const cell = { start: at, end: at + prior[1].length, text: prior[1] };
    const before = cellFinding(
      cell,
      { column, lee: false },
      legend ?? NO_LEGEND,
      read.ref,
      'prior',
    );
    if (before) out.push(before);
  }
  return out;
}

/** A software value's grade: its grade word ("1 (Lee) MILD"), else a Lee number ("2 (Lee)"). */
function valueGrade(value: string): string | undefined {
  const word = /\b(none|normal|mild|moderate|severe)\b/i.exec(value);
  if (word?.[1]) return word[1].toLowerCase();
  return leeGradeOf(value)?.severity;
}

/** A line that is only a bracketed level ("[L3-L4]", "[LEVEL L3-L4]"): the level of the key=value lines under it. */
export function readBlockLevel(text: string, from: number, to: number): LevelRef | undefined {
  const line = text.slice(from, to).trim();
  if (!/^\[[^\]]+\]$/.test(line)) return undefined;
  const tokens = scanLine(text, from, to);
  // "[LEVEL L3-L4]": the word may name what the bracket holds (round 27).
  const first = LEVEL_WORDS.has(tokens[1]?.lower ?? '') ? 2 : 1;
  const level = readLevels(tokens, first, tokens.length - 1);
  return level?.kind === 'levels' && level.end === tokens.length - 1 ? level.ref : undefined;
}

/**
 * Reads a row of a table.
 * @returns its findings, or undefined when the line is not a row of this table
 */
export function readTableRow(
  text: string,
  from: number,
  to: number,
  header: TableHeader,
  bracketsPrior = false,
  slashesPrior = false,
): TableFinding[] | undefined {
  let cells = tightSlashCells(text, from, to, header) ?? cellsOf(text, from, to);
  if (!cells) return undefined;
  // A Markdown rule under the header ("|---|---|") belongs to the table and holds nothing.
  if (cells.every((c) => /^:?-{3,}:?$/.test(c.text))) return [];
  if (header.timeline) return readTimelineRow(text, cells, header, header.timeline.current);
  if (header.grid) return readGridRow(cells, header, header.grid, slashesPrior);
  // "R foramen | L foramen | Canal | Level": a level column after the grades is read first, the
  // grades then keep their columns' order (round 24).
  const levelAt = header.columns.indexOf('level');
  const levelCell = cells[levelAt];
  if (levelAt > 0 && levelCell) {
    cells = [levelCell, ...cells.slice(0, levelAt), ...cells.slice(levelAt + 1)];
  }
  const first = cells[0];
  if (!first) return undefined;
  // The level is the first cell, or the start of it ("L4-5: mild / moderate / mild").
  const tokens = scanLine(text, first.start, first.end);
  const level = readLevels(tokens, 0, tokens.length);
  if (!level || level.kind !== 'levels') return undefined;
  const levelEnd = tokens[level.end - 1]?.end ?? first.end;
  const rest = text.slice(levelEnd, first.end);
  // "L4-5 - mild / …": a dash after the level may close it as a colon does, but a dash that is all
  // the cell holds ("L1-2: - / - / -") is the cell's value (none).
  const afterMarks = rest.replace(/^[\s:.)]+/, '');
  const value = DASHES.has(afterMarks.trim()) ? afterMarks : rest.replace(/^[\s:.)-]+/, '');
  const restLead = rest.length - value.length;
  cells =
    levelEnd + restLead < first.end
      ? [
          { start: levelEnd + restLead, end: first.end, text: rest.slice(restLead) },
          ...cells.slice(1),
        ]
      : cells.slice(1);
  const kept = header.columns.flatMap((c, k) =>
    c !== 'level' && c !== 'label'
      ? [{ column: c, lee: header.lee[k] === true, priorNow: header.priorNow[k] === true }]
      : [],
  );
  // A row may leave its last cells empty when their columns hold no grade ("| L1-2 | - | - | - |"
  // under a header ending in "Other").
  if (cells.length > kept.length || kept.slice(cells.length).some((c) => c.column !== 'other')) {
    return undefined;
  }
  const ref: LevelRef = level.ref;
  const out: TableFinding[] = [];
  // A cell holding both foramina ("mod/sev" under "Foramina L/R") is read as its two halves.
  const split: {
    cell: Cell;
    column: { column: Column; lee: boolean; priorNow: boolean } | undefined;
  }[] = [];
  cells.forEach((cell, k) => {
    const column = kept[k];
    if (column?.column === 'foramina') {
      for (const part of foraminaParts(cell)) {
        split.push({ cell: part.cell, column: { ...column, column: part.column } });
      }
      return;
    }
    const pair = column?.column === 'left-right' || column?.column === 'right-left';
    const slash = cell.text.indexOf('/');
    if (!pair || slash < 0) {
      split.push({ cell, column });
      return;
    }
    const [first, second] =
      column.column === 'left-right' ? (['left', 'right'] as const) : (['right', 'left'] as const);
    const a = cell.text.slice(0, slash).trim();
    const rest = cell.text.slice(slash + 1);
    const b = rest.trim();
    const bStart = cell.start + slash + 1 + (rest.length - rest.trimStart().length);
    split.push(
      {
        cell: { start: cell.start, end: cell.start + a.length, text: a },
        column: { ...column, column: first },
      },
      {
        cell: { start: bStart, end: bStart + b.length, text: b },
        column: { ...column, column: second },
      },
    );
  });
  const read = (
    cell: Cell,
    column: { column: Column; lee: boolean } | undefined,
    temporal: 'current' | 'prior',
  ): void => {
    const f = cellFinding(cell, column, header.legend, ref, temporal);
    if (f) out.push(f);
  };
  for (const { cell, column } of split) {
    // "mod/mild" under a declared "now / 2019" notation: this study's grade, then the earlier one.
    const halves = slashesPrior ? nowThenHalves(cell) : undefined;
    if (halves) {
      const [now, then] = halves;
      read(now, column, 'current');
      if (cellSeverity(then.text, header.legend) !== cellSeverity(now.text, header.legend)) {
        read(then, column, 'prior');
      }
      continue;
    }
    // An arrow reads in time's order whether or not the header says so ("nil -> mild" under a
    // "Grades below are written prior -> current." line; round 27: such rows had given nothing).
    const arrow = ARROW.exec(cell.text);
    // Under a declared "current (prior)" notation a bare bracketed grade is the earlier one too.
    const bracketed = arrow
      ? null
      : (EARLIER_IN_CELL.exec(cell.text) ??
        (bracketsPrior ? BRACKET_IN_CELL.exec(cell.text) : null));
    if (bracketed) {
      // "moderate (was mild)": this study's grade, and the earlier one in the bracket (round 25).
      const now = cell.text.slice(0, bracketed.index).trim();
      read({ start: cell.start, end: cell.start + now.length, text: now }, column, 'current');
      const before = bracketed[1] ?? '';
      const at = cell.start + bracketed.index + bracketed[0].indexOf(before);
      if (cellSeverity(before, header.legend) !== cellSeverity(now, header.legend)) {
        read({ start: at, end: at + before.length, text: before }, column, 'prior');
      }
      continue;
    }
    if (!arrow) {
      read(cell, column, 'current');
      continue;
    }
    // "moderate -> severe": this study's grade, and the earlier one when it differs.
    const before = cell.text.slice(0, arrow.index);
    const afterAt = arrow.index + arrow[0].length;
    const now = { start: cell.start + afterAt, end: cell.end, text: cell.text.slice(afterAt) };
    read(now, column, 'current');
    const was = cellSeverity(before, header.legend);
    if (was !== cellSeverity(now.text, header.legend)) {
      read({ start: cell.start, end: cell.start + before.length, text: before }, column, 'prior');
    }
  }
  return out;
}
