/**
 * Consistent reads of the whole database for backup and export: one transaction (SQLite's write lock,
 * PostgreSQL's REPEATABLE READ snapshot) that also writes the audit entry of the operation.
 */
import { HASHED_COLUMNS, writeAudit } from './audit.js';
import type { Actor, AuditAction } from './audit.js';
import type { Row, SqlDriver, SqlExecutor } from './driver.js';

/** Every column of every table, in schema order: the only names backup and restore put into SQL. */
export const TABLE_COLUMNS = {
  users: [
    'id',
    'username',
    'password_hash',
    'role',
    'created_at',
    'disabled_at',
    'must_change_password',
    'password_changed_at',
    'mfa_secret',
    'mfa_pending_secret',
    'mfa_last_step',
  ],
  patients: ['id', 'pseudonym', 'birth_year', 'sex', 'created_at', 'created_by'],
  care_team: ['patient_id', 'user_id', 'added_at', 'added_by'],
  episodes: [
    'id',
    'patient_id',
    'label',
    'started_on',
    'conservative_care_started_on',
    'ended_on',
    'created_at',
    'created_by',
  ],
  questionnaire_links: [
    'id',
    'token_hash',
    'patient_id',
    'episode_id',
    'instruments',
    'created_at',
    'created_by',
    'expires_at',
    'used_at',
  ],
  assessments: [
    'id',
    'patient_id',
    'episode_id',
    'input_json',
    'output_json',
    'triage_level',
    'engine_version',
    'kb_version',
    'created_at',
    'created_by',
  ],
  questionnaire_submissions: [
    'id',
    'patient_id',
    'episode_id',
    'instrument',
    'site',
    'headline',
    'input_json',
    'result_json',
    'engine_version',
    'taken_at',
    'recorded_at',
    'source',
    'link_id',
    'created_by',
  ],
  notes: ['id', 'patient_id', 'episode_id', 'body', 'created_at', 'created_by'],
  // The hash chain's columns come from the audit module, so a backup carries exactly what is hashed.
  audit_log: ['id', ...HASHED_COLUMNS, 'hash'],
} as const;

/** Tables a backup carries, parents first. Sessions are left out: a restore signs everyone out. */
export type SnapshotTable = keyof typeof TABLE_COLUMNS;
export const SNAPSHOT_TABLES = Object.keys(TABLE_COLUMNS) as SnapshotTable[];

/** Key column that orders each table's rows in a snapshot. */
const ORDER_BY: Readonly<Record<SnapshotTable, string>> = {
  users: 'created_at, id',
  patients: 'created_at, id',
  care_team: 'patient_id, user_id',
  episodes: 'created_at, id',
  questionnaire_links: 'created_at, id',
  assessments: 'created_at, id',
  questionnaire_submissions: 'taken_at, recorded_at, id',
  notes: 'created_at, id',
  audit_log: 'id',
};

/**
 * Reads every row of `table` inside a snapshot.
 * @param tx - the snapshot transaction
 * @param table - a table of the schema
 */
export async function readTable(tx: SqlExecutor, table: SnapshotTable): Promise<Row[]> {
  return tx.all(
    `SELECT ${TABLE_COLUMNS[table].join(', ')} FROM ${table} ORDER BY ${ORDER_BY[table]}`,
  );
}

/**
 * Runs `read` on a consistent snapshot, then audits it as one operation on the whole database. The
 * entry is written just after the snapshot, in a transaction of its own: a PostgreSQL snapshot cannot
 * see the newest audit entry, which the chained entry must follow.
 * @param db - the database
 * @param actor - who asked
 * @param action - `backup` or `export`
 * @param read - the reads to run
 * @param now - the clock
 */
export async function withSnapshot<T>(
  db: SqlDriver,
  actor: Actor,
  action: AuditAction,
  read: (tx: SqlExecutor) => Promise<T>,
  now: () => Date = () => new Date(),
): Promise<T> {
  const value = await db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.run('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
    return read(tx);
  });
  await db.transaction((tx) =>
    writeAudit(tx, now().toISOString(), actor, { action, resourceType: 'database' }),
  );
  return value;
}
