/**
 * Portable backups: one JSON document holding every table (accounts, patients, episodes, assessments,
 * questionnaires, notes and the audit log), the same for SQLite and PostgreSQL, so a backup taken from
 * one restores into the other. Restore checks the document's shape, refuses a non-empty database unless
 * forced, and writes everything in one transaction: it either all lands or nothing does.
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { InputError, parseInput } from '../errors.js';
import { VERSION } from '../version.js';
import { writeAudit } from './audit.js';
import type { Actor } from './audit.js';
import type { Dialect, Row, SqlDriver, SqlValue } from './driver.js';
import { AUDIT_GUARD_SQL, SCHEMA_VERSION } from './migrations.js';
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
  /** HMAC-SHA256 over the rest of the document, with the operator's backup key. */
  readonly signature?: BackupSignature;
}

/** A backup's signature. */
export interface BackupSignature {
  readonly algorithm: 'HMAC-SHA256';
  /** The first 16 hex digits of the key's SHA-256, so a wrong key is told apart from an edit. */
  readonly keyId: string;
  readonly value: string;
}

/** JSON with object keys sorted, so a signature does not depend on key order or spacing. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The id of a signing key (not secret). */
export const backupKeyId = (key: string): string =>
  createHash('sha256').update(key).digest('hex').slice(0, 16);

/**
 * Signs a backup document (every field but `signature`).
 * @param document - the backup
 * @param key - the operator's backup key
 */
export function signBackup(document: Omit<Backup, 'signature'>, key: string): BackupSignature {
  const { signature: _drop, ...rest } = document as Backup;
  return {
    algorithm: 'HMAC-SHA256',
    keyId: backupKeyId(key),
    value: createHmac('sha256', key).update(canonicalJson(rest)).digest('hex'),
  };
}

/**
 * Checks a backup document's signature.
 * @param document - the parsed JSON, as read
 * @param key - the operator's backup key
 * @returns null when it checks out, otherwise why not
 */
export function backupSignatureProblem(document: unknown, key: string): string | null {
  if (document === null || typeof document !== 'object') return 'the backup is not a JSON object';
  const { signature, ...rest } = document as Record<string, unknown>;
  const sig = signature as Partial<BackupSignature> | undefined;
  if (!sig || typeof sig.value !== 'string') return 'the backup is not signed';
  if (sig.keyId !== backupKeyId(key)) return 'the backup was signed with another key';
  const expected = createHmac('sha256', key).update(canonicalJson(rest)).digest();
  const given = Buffer.from(sig.value, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return 'the backup was changed after it was signed';
  }
  return null;
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
  signature: z
    .strictObject({
      algorithm: z.literal('HMAC-SHA256'),
      keyId: z.string().regex(/^[0-9a-f]{16}$/),
      value: z.string().regex(/^[0-9a-f]{64}$/),
    })
    .optional(),
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
  options: { signingKey?: string } = {},
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
  const document: Backup = {
    format: BACKUP_FORMAT,
    formatVersion: 1,
    schemaVersion: SCHEMA_VERSION,
    engineVersion: VERSION,
    createdAt: now().toISOString(),
    sourceDialect: db.dialect,
    tables,
  };
  return options.signingKey === undefined
    ? document
    : { ...document, signature: signBackup(document, options.signingKey) };
}

/** What a restore wrote. */
export interface RestoreResult {
  readonly rows: Record<SnapshotTable, number>;
  readonly replaced: boolean;
  /** True when a signing key was given and the signature checked out. */
  readonly verified: boolean;
}

/** Options of a restore. */
export interface RestoreOptions {
  /** Replace the data already there. */
  readonly force?: boolean;
  /** The backup key: when given, the document's signature must match it. */
  readonly signingKey?: string;
  /** Restore even when the signature does not match (audited as `restore-forced`). */
  readonly acceptBadSignature?: boolean;
  readonly now?: () => Date;
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
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const signatureProblem =
    options.signingKey === undefined ? null : backupSignatureProblem(document, options.signingKey);
  if (signatureProblem !== null && options.acceptBadSignature !== true) {
    throw new InputError(
      'invalid-input',
      'signature',
      `${signatureProblem}; nothing was restored (restore with --accept-bad-signature to override, which is audited)`,
    );
  }
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
    // The audit log is append-only; only a restore replaces it, and only inside this transaction.
    if (tx.dialect === 'postgres') {
      await tx.all("SELECT set_config('foramen.audit_restore', 'on', true)");
    } else {
      await tx.run('DROP TRIGGER IF EXISTS audit_log_no_update');
      await tx.run('DROP TRIGGER IF EXISTS audit_log_no_delete');
    }
    await tx.run('DELETE FROM sessions');
    await tx.run('DELETE FROM login_throttle');
    for (const t of [...SNAPSHOT_TABLES].reverse()) await tx.run(`DELETE FROM ${t}`);
    if (tx.dialect === 'postgres') {
      await tx.all("SELECT set_config('foramen.audit_restore', 'off', true)");
    } else {
      for (const statement of AUDIT_GUARD_SQL.sqlite) await tx.run(statement);
    }
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
    const at = now().toISOString();
    await writeAudit(tx, at, actor, { action: 'restore', resourceType: 'database' });
    if (signatureProblem !== null) {
      await writeAudit(tx, at, actor, {
        action: 'restore-forced',
        resourceType: 'database',
        reason: signatureProblem,
      });
    }
    return { rows, replaced, verified: options.signingKey !== undefined && !signatureProblem };
  });
}
