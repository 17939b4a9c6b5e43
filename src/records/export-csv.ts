/**
 * CSV export for analysis: patients, episodes, questionnaire submissions (one row per score with its
 * band or risk group) and assessments (triage level and leading root). Free-text notes stay out of the
 * export. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
import type { Actor } from './audit.js';
import type { Row, SqlDriver } from './driver.js';
import { readTable, withSnapshot } from './snapshot.js';

/** File name to CSV text. */
export type CsvFiles = Record<
  'patients.csv' | 'episodes.csv' | 'questionnaire-submissions.csv' | 'assessments.csv',
  string
>;

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; formula-like text neutralised.
 * @param value - the cell value
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document from a header and rows (CRLF line ends, as RFC 4180 asks). */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A CSV column: its header and how one row fills it, written together so they cannot drift apart. */
type Column<R> = readonly [header: string, cell: (row: R) => unknown];

/**
 * A CSV document from rows and their columns.
 * @param rows - the rows
 * @param columns - header and cell of each column, in order
 */
function csvTable<R>(rows: readonly R[], columns: readonly Column<R>[]): string {
  return toCsv(
    columns.map(([header]) => header),
    rows.map((r) => columns.map(([, cell]) => cell(r))),
  );
}

const json = (text: unknown): Record<string, unknown> => {
  try {
    return JSON.parse(String(text)) as Record<string, unknown>;
  } catch {
    return {};
  }
};

/** The band, risk group or satisfaction label a result carries, if any. */
function categoryOf(result: Record<string, unknown>): string | null {
  for (const key of ['band', 'risk']) if (typeof result[key] === 'string') return result[key];
  return null;
}

/**
 * Exports the analysis tables as CSV from one consistent snapshot (audited as an export).
 * @param db - the database
 * @param actor - who exports
 */
export async function exportCsv(db: SqlDriver, actor: Actor): Promise<CsvFiles> {
  const t = await withSnapshot(db, actor, 'export', async (tx) => ({
    patients: await readTable(tx, 'patients'),
    episodes: await readTable(tx, 'episodes'),
    submissions: await readTable(tx, 'questionnaire_submissions'),
    assessments: await readTable(tx, 'assessments'),
  }));
  const pseudonym = new Map(t.patients.map((p) => [p.id, p.pseudonym]));
  const withPseudonym: Column<Row> = ['pseudonym', (r) => pseudonym.get(r.patient_id)];
  return {
    'patients.csv': csvTable(t.patients, [
      ['patient_id', (r) => r.id],
      ['pseudonym', (r) => r.pseudonym],
      ['birth_year', (r) => r.birth_year],
      ['sex', (r) => r.sex],
      ['created_at', (r) => r.created_at],
    ]),
    'episodes.csv': csvTable(t.episodes, [
      ['episode_id', (r) => r.id],
      ['patient_id', (r) => r.patient_id],
      withPseudonym,
      ['label', (r) => r.label],
      ['started_on', (r) => r.started_on],
      ['conservative_care_started_on', (r) => r.conservative_care_started_on],
      ['ended_on', (r) => r.ended_on],
    ]),
    'questionnaire-submissions.csv': csvTable(t.submissions, [
      ['submission_id', (r) => r.id],
      ['patient_id', (r) => r.patient_id],
      withPseudonym,
      ['episode_id', (r) => r.episode_id],
      ['instrument', (r) => r.instrument],
      ['site', (r) => r.site],
      ['score', (r) => r.headline],
      ['category', (r) => categoryOf(json(r.result_json))],
      ['taken_at', (r) => r.taken_at],
      ['source', (r) => r.source],
      ['engine_version', (r) => r.engine_version],
    ]),
    'assessments.csv': csvTable(t.assessments.map(withOutput), [
      ['assessment_id', (a) => a.row.id],
      ['patient_id', (a) => a.row.patient_id],
      ['pseudonym', (a) => pseudonym.get(a.row.patient_id)],
      ['episode_id', (a) => a.row.episode_id],
      ['triage_level', (a) => a.row.triage_level],
      ['top_root', (a) => a.top?.root],
      ['top_root_side', (a) => a.top?.side],
      ['plan_stage', (a) => a.plan?.stage],
      ['engine_version', (a) => a.row.engine_version],
      ['kb_version', (a) => a.row.kb_version],
      ['created_at', (a) => a.row.created_at],
    ]),
  };
}

/** A stored assessment with its leading root and plan read from the output. */
function withOutput(row: Row): {
  row: Row;
  top: Record<string, unknown> | undefined;
  plan: Record<string, unknown> | undefined;
} {
  const out = json(row.output_json);
  const top = Array.isArray(out.roots)
    ? (out.roots[0] as Record<string, unknown> | undefined)
    : undefined;
  return { row, top, plan: out.plan as Record<string, unknown> | undefined };
}
