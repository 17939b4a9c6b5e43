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
import { scanLine } from './_scan.js';
import { combineSeverities } from './_items.js';
import { ABBREVIATION_WORDS } from './data/abbreviations.js';
import { SEVERITY_TERMS } from './data/severity-terms.js';
import type { RawFinding } from './_sentence.js';
import { LEE_TABLE } from '../grading/index.js';

type Graded = Exclude<Severity, 'none'>;

/** What one column holds ('other': a column this reader ignores, such as "Comment"). */
/** `left-right` / `right-left`: one cell holds both foramina, in that order ("Foramina L/R": "mod/sev"). */
type Column =
  'level' | 'label' | 'canal' | 'left' | 'right' | 'left-right' | 'right-left' | 'other';

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
}

/** A finding of a table cell, with the Lee grade the cell gave and the study it describes. */
export interface TableFinding extends RawFinding {
  readonly grade: { readonly system: 'lee'; readonly value: number } | undefined;
  readonly temporal: 'current' | 'prior';
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
const SPACED_SLASH = /\s\/\s/g;
/** Columns aligned with spaces ("L4-L5     1        2"): a run of two or more spaces between cells. */
const SPACE_RUN = / {2,}/g;
/** Cuts a line at runs of spaces only when it has at least three cells, so prose with a double space
 * after a full stop is not a row. */
const MIN_SPACE_RUNS = 2;
const spaceAligned = (line: string): boolean =>
  (line.trim().match(SPACE_RUN)?.length ?? 0) >= MIN_SPACE_RUNS;

/**
 * Cells of a line cut at pipes, tabs, slashes with spaces around them or runs of spaces; undefined for
 * a plain line.
 * Between pipes an empty cell keeps its place ("| L4-5 | | mild |"), so the columns stay aligned;
 * the empty pieces outside the first and last pipe are not cells.
 */
function cellsOf(text: string, from: number, to: number): Cell[] | undefined {
  const line = text.slice(from, to);
  const pipes = line.includes('|');
  const separator = pipes
    ? PIPE
    : line.includes('\t')
      ? TABS
      : line.includes(' / ')
        ? SPACED_SLASH
        : line.includes('  ') && spaceAligned(line)
          ? SPACE_RUN
          : undefined;
  if (!separator) return undefined;
  const cells: Cell[] = [];
  let last = 0;
  const push = (a: number, b: number, edge: boolean): void => {
    const raw = line.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const cell = raw.trim().replace(/:$/, '').trim();
    if (cell !== '' || (pipes && !edge)) {
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
  const left = w.findIndex((x) => x === 'left' || x === 'lt');
  const right = w.findIndex((x) => x === 'right' || x === 'rt');
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

/** An arrow between an earlier grade and the present one ("mild -> moderate", "none → mild"). */
const ARROW = /\s*(?:->|→|=>|-->)\s*/;
/** "prior -> now", "previous → current" in a header cell: its cells are an earlier and a present grade. */
const PRIOR_NOW =
  /\b(?:prior|previous|previously|before|then|old|baseline)\s*(?:->|→|=>|-->)\s*(?:now|current|currently|today|new|follow-up)\b/i;

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
  const cut = cellsOf(text, from, to);
  if (!cut) return undefined;
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
  const sides =
    columns.filter((c) => c === 'left' || c === 'right').length +
    2 * columns.filter((c) => c === 'left-right' || c === 'right-left').length;
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

/** Grades a report defines for the symbols of its table ("0 = none, 1 = mild", "- = none"). */
export type Legend = ReadonlyMap<string, Severity>;
const NO_LEGEND: Legend = new Map();
/** "0 = none", "3=severe", "- = none": one symbol and the grade it stands for. */
const LEGEND_ENTRY = /(?:^|[\s(,;:])([0-4]|-)\s*=\s*([a-z]+(?:[ -](?:to[ -])?[a-z]+)?)/gi;
/**
 * "0 normal, 1 mild", "0: none; 1: mild": a number and its grade as an item of a list, each ended by a
 * comma, semicolon, bracket or the line's end, so that prose ("1 mild bulge at L4-5") is not one.
 */
const LEGEND_LIST_ENTRY =
  /(?:^|[(,;:]\s*)([0-4])\s*:?\s*([a-z]+(?:[ -](?:to[ -])?[a-z]+)?)(?=\s*(?:[,;)]|$))/gi;
const namesMild = (line: string): boolean =>
  line.includes('mild') || line.includes('Mild') || line.includes('MILD');
const LEGEND_HINT = /[0-4]:?\s+(?:none|normal|nil|mild|minimal|slight|moderate|severe)/i;
/** Symbols a legend written without "=" must define: one pair alone may be prose. */
const MIN_LIST_ENTRIES = 3;

/**
 * The legend a line defines for table cells, when it defines at least one symbol with a grade
 * ("Findings in tabular form (grades: 0 = none, 1 = mild, 2 = moderate, 3 = severe):", "(- = none)").
 */
export function readLegend(text: string, from: number, to: number): Legend | undefined {
  const line = text.slice(from, to);
  const equals = line.includes('=');
  // Without "=", a list of numbers and grades ("(0 normal, 1 mild, 2 moderate, 3 severe)"), which
  // names the lowest grade; most lines do not, and are passed over without a regular expression.
  if (!equals && !(namesMild(line) && LEGEND_HINT.test(line))) return undefined;
  const legend = new Map<string, Severity>();
  for (const m of line.matchAll(equals ? LEGEND_ENTRY : LEGEND_LIST_ENTRY)) {
    const words = m[2] ?? '';
    const grade =
      cellSeverity(words, NO_LEGEND) ?? cellSeverity(words.split(/[ -]/)[0] ?? '', NO_LEGEND);
    if (grade !== undefined && m[1] !== undefined) legend.set(m[1], grade);
  }
  return legend.size >= (equals ? 1 : MIN_LIST_ENTRIES) ? legend : undefined;
}

/**
 * A cell's grade: its legend's, `none` for a negative cell, undefined when unreadable. A bracketed note
 * after the grade ("none (post foraminotomy)", "sev (complete block)") does not hide it.
 */
function cellSeverity(cell: string, legend: Legend): Severity | undefined {
  const graded = gradeOfCell(cell, legend);
  if (graded !== undefined || !cell.includes('(')) return graded;
  return gradeOfCell(cell.replace(/\([^)]*\)?/g, ' '), legend);
}

function gradeOfCell(cell: string, legend: Legend): Severity | undefined {
  const defined = legend.get(cell.trim());
  if (defined !== undefined) return defined;
  // A dash alone ("-", "–", "—") is an empty finding, as "nil" is.
  if (DASHES.has(cell.trim())) return 'none';
  const w = words(cell);
  if (w.length === 0) return undefined;
  if (w.length === 1 && NEGATIVE_CELLS.has(w[0] ?? '')) return 'none';
  let found: Graded | undefined;
  for (const x of w) {
    const s = SEVERITY_OF.get(x);
    if (s === undefined) {
      if (x === 'to' || x === 'or') continue;
      return undefined;
    }
    found = found === undefined ? s : combineSeverities(found, s);
  }
  return found;
}

/** A Lee grade written alone in a cell ("2"), with its severity from the grading module. */
function leeGradeOf(cell: string): { grade: number; severity: Severity } | undefined {
  const row = /^[0-3]$/.test(cell.trim())
    ? LEE_TABLE.find((r) => r.grade === Number(cell))
    : undefined;
  return row ? { grade: row.grade, severity: row.severity } : undefined;
}

const FINDING_OF: Partial<Record<Column, { finding: FindingType; side: FindingSide }>> = {
  canal: { finding: 'central-canal-stenosis', side: 'central' },
  left: { finding: 'foraminal-stenosis', side: 'left' },
  right: { finding: 'foraminal-stenosis', side: 'right' },
};

/**
 * Reads a row of a table.
 * @returns its findings, or undefined when the line is not a row of this table
 */
export function readTableRow(
  text: string,
  from: number,
  to: number,
  header: TableHeader,
): TableFinding[] | undefined {
  let cells = cellsOf(text, from, to);
  if (!cells) return undefined;
  // A Markdown rule under the header ("|---|---|") belongs to the table and holds nothing.
  if (cells.every((c) => /^:?-{3,}:?$/.test(c.text))) return [];
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
    const pair = column?.column === 'left-right' || column?.column === 'right-left';
    const slash = cell.text.indexOf('/');
    if (!pair || slash < 0) {
      split.push({ cell, column });
      return;
    }
    const [first, second] =
      column.column === 'left-right' ? (['left', 'right'] as const) : (['right', 'left'] as const);
    const a = cell.text.slice(0, slash).trim();
    const b = cell.text.slice(slash + 1).trim();
    split.push(
      {
        cell: { start: cell.start, end: cell.start + slash, text: a },
        column: { ...column, column: first },
      },
      {
        cell: { start: cell.start + slash + 1, end: cell.end, text: b },
        column: { ...column, column: second },
      },
    );
  });
  const read = (
    cell: Cell,
    column: { column: Column; lee: boolean } | undefined,
    temporal: 'current' | 'prior',
  ): void => {
    const kind = column === undefined ? undefined : FINDING_OF[column.column];
    const leeGrade = column?.lee ? leeGradeOf(cell.text) : undefined;
    const severity = leeGrade?.severity ?? cellSeverity(cell.text, header.legend);
    if (!kind || severity === undefined) return;
    const negated = severity === 'none';
    // An earlier study's grade is kept only when it was a finding this study's grade changed.
    if (temporal === 'prior' && negated) return;
    out.push({
      finding: kind.finding,
      levelRef: ref,
      vertebra: undefined,
      side: kind.side,
      sideExplicit: true,
      asymmetry: undefined,
      severity: negated ? null : severity,
      negated,
      uncertain: false,
      root: undefined,
      zone: kind.finding === 'foraminal-stenosis' ? 'foraminal' : 'central',
      start: cell.start,
      end: cell.end,
      grade: leeGrade ? { system: 'lee', value: leeGrade.grade } : undefined,
      temporal,
    });
  };
  for (const { cell, column } of split) {
    const arrow = column?.priorNow === true ? ARROW.exec(cell.text) : null;
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
