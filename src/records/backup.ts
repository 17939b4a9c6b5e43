/**
 * Portable backups: one JSON document holding every table (accounts, patients, episodes, assessments,
 * questionnaires, notes and the audit log), the same for SQLite and PostgreSQL, so a backup taken from
 * one restores into the other. Restore checks the document's shape, refuses a non-empty database unless
 * forced, and writes everything in one transaction: it either all lands or nothing does.
 */
import { z } from 'zod';
import { InputError, parseInput } from '../errors.js';
import { VERSION } from '../version.js';
import { writeAudit } from './audit.js';
import type { Actor } from './audit.js';
import type { Dialect, Row, SqlDriver, SqlValue } from './driver.js';
import { SCHEMA_VERSION } from './migrations.js';
import { SNAPSHOT_TABLES, TABLE_COLUMNS, readTable, withSnapshot } from './snapshot.js';
import type { SnapshotTable } from './snapshot.js';

export const BACKUP_FORMAT = 'foramen-backup';

/** A backup document. */
export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: 1;
  readonly schemaVersion: number;
  readonly engineVersion: string;
  readonly createdAt: string;
  readonly sourceDialect: Dialect;
  readonly tables: Record<SnapshotTable, Row[]>;
}

const Cell = z.union([z.string(), z.number(), z.null()]);
const TableRows = (table: SnapshotTable) =>
  z.array(
    z.record(z.string(), Cell).superRefine((row, ctx) => {
      const allowed: readonly string[] = TABLE_COLUMNS[table];
      for (const key of Object.keys(row)) {
        if (!allowed.includes(key)) {
          ctx.addIssue({ code: 'custom', path: [key], message: `is not a column of ${table}` });
        }
      }
    }),
  );

/** The shape a document must have to be restored; column names are checked against the schema. */
export const BackupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(1),
  schemaVersion: z.number().int(),
  engineVersion: z.string(),
  createdAt: z.string(),
  sourceDialect: z.enum(['sqlite', 'postgres']),
  tables: z.strictObject(
    Object.fromEntries(SNAPSHOT_TABLES.map((t) => [t, TableRows(t)])) as Record<
      SnapshotTable,
      ReturnType<typeof TableRows>
    >,
  ),
});

/**
 * Takes a consistent backup of the whole database.
 * @param db - the database
 * @param actor - who takes it (audited)
 * @param now - the clock
 */
export async function backupDatabase(
  db: SqlDriver,
  actor: Actor,
  now: () => Date = () => new Date(),
): Promise<Backup> {
  const tables = await withSnapshot(
    db,
    actor,
    'backup',
    async (tx) => {
      const out = {} as Record<SnapshotTable, Row[]>;
      for (const t of SNAPSHOT_TABLES) out[t] = await readTable(tx, t);
      return out;
    },
    now,
  );
  return {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    schemaVersion: SCHEMA_VERSION,
    engineVersion: VERSION,
    createdAt: now().toISOString(),
    sourceDialect: db.dialect,
    tables,
  };
}

/** What a restore wrote. */
export interface RestoreResult {
  readonly rows: Record<SnapshotTable, number>;
  readonly replaced: boolean;
}

/**
 * Restores a backup document into a migrated database.
 * @param db - the database (already migrated to the backup's schema version)
 * @param document - the parsed backup JSON
 * @param actor - who restores (audited after the restored log)
 * @param options - `force` replaces existing data
 * @throws InputError for a malformed document, another schema version, or a non-empty database without force
 */
export async function restoreDatabase(
  db: SqlDriver,
  document: unknown,
  actor: Actor,
  options: { force?: boolean; now?: () => Date } = {},
): Promise<RestoreResult> {
  const backup = parseInput(BackupSchema, document, 'backup');
  if (backup.schemaVersion !== SCHEMA_VERSION) {
    throw new InputError(
      'invalid-input',
      'schemaVersion',
      `the backup has schema version ${backup.schemaVersion}; this Foramen restores version ${SCHEMA_VERSION}`,
    );
  }
  const now = options.now ?? (() => new Date());
  return db.transaction(async (tx) => {
    const existing = await tx.get<{ n: number }>(
      'SELECT (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM patients) AS n',
    );
    const replaced = Number(existing?.n ?? 0) > 0;
    if (replaced && options.force !== true) {
      throw new InputError(
        'invalid-input',
        '--force',
        'the database already holds accounts or patients; restore with --force to replace them',
      );
    }
    await tx.run('DELETE FROM sessions');
    for (const t of [...SNAPSHOT_TABLES].reverse()) await tx.run(`DELETE FROM ${t}`);
    const rows = {} as Record<SnapshotTable, number>;
    for (const t of SNAPSHOT_TABLES) {
      const columns: readonly string[] = TABLE_COLUMNS[t];
      const sql = `INSERT INTO ${t} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      for (const row of backup.tables[t]) {
        await tx.run(
          sql,
          columns.map((c): SqlValue => row[c] ?? null),
        );
      }
      rows[t] = backup.tables[t].length;
    }
    // Restored log ids were given explicitly; move the counter past them so new entries follow on.
    if (tx.dialect === 'postgres') {
      await tx.all(
        "SELECT setval(pg_get_serial_sequence('audit_log', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log), false)",
      );
    }
    await writeAudit(tx, now().toISOString(), actor, {
      action: 'restore',
      resourceType: 'database',
    });
    return { rows, replaced };
  });
}
