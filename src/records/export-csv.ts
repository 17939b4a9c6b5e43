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
  const col = (r: Row, k: string): unknown => r[k];
  return {
    'patients.csv': toCsv(
      ['patient_id', 'pseudonym', 'birth_year', 'sex', 'created_at'],
      t.patients.map((r) => [r.id, r.pseudonym, r.birth_year, r.sex, r.created_at]),
    ),
    'episodes.csv': toCsv(
      [
        'episode_id',
        'patient_id',
        'pseudonym',
        'label',
        'started_on',
        'conservative_care_started_on',
        'ended_on',
      ],
      t.episodes.map((r) => [
        r.id,
        r.patient_id,
        pseudonym.get(r.patient_id),
        r.label,
        r.started_on,
        r.conservative_care_started_on,
        r.ended_on,
      ]),
    ),
    'questionnaire-submissions.csv': toCsv(
      [
        'submission_id',
        'patient_id',
        'pseudonym',
        'episode_id',
        'instrument',
        'site',
        'score',
        'category',
        'taken_at',
        'source',
        'engine_version',
      ],
      t.submissions.map((r) => [
        r.id,
        r.patient_id,
        pseudonym.get(r.patient_id),
        r.episode_id,
        r.instrument,
        r.site,
        col(r, 'headline'),
        categoryOf(json(r.result_json)),
        r.taken_at,
        r.source,
        r.engine_version,
      ]),
    ),
    'assessments.csv': toCsv(
      [
        'assessment_id',
        'patient_id',
        'pseudonym',
        'episode_id',
        'triage_level',
        'top_root',
        'top_root_side',
        'plan_stage',
        'engine_version',
        'kb_version',
        'created_at',
      ],
      t.assessments.map((r) => {
        const out = json(r.output_json);
        const top = Array.isArray(out.roots)
          ? (out.roots[0] as Record<string, unknown> | undefined)
          : undefined;
        const plan = out.plan as Record<string, unknown> | undefined;
        return [
          r.id,
          r.patient_id,
          pseudonym.get(r.patient_id),
          r.episode_id,
          r.triage_level,
          top?.root,
          top?.side,
          plan?.stage,
          r.engine_version,
          r.kb_version,
          r.created_at,
        ];
      }),
    ),
  };
}
