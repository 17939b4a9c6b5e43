/**
 * One ordered list of migrations for both databases. The SQL is portable (TEXT, INTEGER, DOUBLE
 * PRECISION, CHECK, REFERENCES); the only dialect difference, the auto-numbered key of the audit log,
 * is a `{{serial-key}}` token. Applied migrations are recorded with a checksum, so an edited migration
 * or a database newer than the code is refused rather than silently misread.
 */
import { createHash } from 'node:crypto';
import type { Dialect, SqlDriver } from './driver.js';

/** One schema change. Never edit a released migration: add a new one. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'accounts, patients, episodes, assessments, questionnaires, notes, audit log',
    sql: `
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('clinician', 'admin')),
  created_at TEXT NOT NULL,
  disabled_at TEXT
);
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX sessions_by_user ON sessions (user_id);
CREATE TABLE patients (
  id TEXT PRIMARY KEY,
  pseudonym TEXT NOT NULL UNIQUE,
  birth_year INTEGER,
  sex TEXT CHECK (sex IN ('female', 'male', 'other', 'unknown')),
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES users (id)
);
CREATE TABLE episodes (
  id TEXT PRIMARY KEY,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  label TEXT NOT NULL,
  started_on TEXT NOT NULL,
  conservative_care_started_on TEXT,
  ended_on TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES users (id)
);
CREATE INDEX episodes_by_patient ON episodes (patient_id, started_on);
CREATE TABLE assessments (
  id TEXT PRIMARY KEY,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  episode_id TEXT REFERENCES episodes (id),
  input_json TEXT NOT NULL,
  output_json TEXT NOT NULL,
  triage_level TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  kb_version TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES users (id)
);
CREATE INDEX assessments_by_patient ON assessments (patient_id, created_at);
CREATE TABLE questionnaire_links (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  episode_id TEXT REFERENCES episodes (id),
  instruments TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES users (id),
  expires_at TEXT NOT NULL,
  used_at TEXT
);
CREATE INDEX questionnaire_links_by_patient ON questionnaire_links (patient_id);
CREATE TABLE questionnaire_submissions (
  id TEXT PRIMARY KEY,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  episode_id TEXT REFERENCES episodes (id),
  instrument TEXT NOT NULL,
  site TEXT,
  headline DOUBLE PRECISION,
  input_json TEXT NOT NULL,
  result_json TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  taken_at TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  source TEXT NOT NULL CHECK (source IN ('clinician', 'patient-link', 'import')),
  link_id TEXT REFERENCES questionnaire_links (id),
  created_by TEXT REFERENCES users (id)
);
CREATE INDEX submissions_by_patient ON questionnaire_submissions (patient_id, instrument, taken_at);
CREATE TABLE notes (
  id TEXT PRIMARY KEY,
  patient_id TEXT NOT NULL REFERENCES patients (id),
  episode_id TEXT REFERENCES episodes (id),
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT REFERENCES users (id)
);
CREATE INDEX notes_by_patient ON notes (patient_id, created_at);
CREATE TABLE audit_log (
  id {{serial-key}},
  at TEXT NOT NULL,
  actor_kind TEXT NOT NULL,
  actor_id TEXT,
  action TEXT NOT NULL,
  resource_type TEXT NOT NULL,
  resource_id TEXT,
  patient_id TEXT,
  outcome TEXT NOT NULL,
  request_id TEXT
);
CREATE INDEX audit_by_patient ON audit_log (patient_id, id);
`,
  },
  {
    version: 2,
    name: 'account lifecycle, MFA, login throttling, session idle time, care teams, chained append-only audit log',
    sql: `
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN password_changed_at TEXT;
ALTER TABLE users ADD COLUMN mfa_secret TEXT;
ALTER TABLE users ADD COLUMN mfa_pending_secret TEXT;
ALTER TABLE users ADD COLUMN mfa_last_step INTEGER;
ALTER TABLE sessions ADD COLUMN last_seen_at TEXT;
CREATE TABLE login_throttle (
  key_hash TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failed_at TEXT NOT NULL,
  locked_until TEXT
);
CREATE TABLE care_team (
  patient_id TEXT NOT NULL REFERENCES patients (id),
  user_id TEXT NOT NULL REFERENCES users (id),
  added_at TEXT NOT NULL,
  added_by TEXT,
  PRIMARY KEY (patient_id, user_id)
);
CREATE INDEX care_team_by_user ON care_team (user_id);
INSERT INTO care_team (patient_id, user_id, added_at, added_by) SELECT id, created_by, created_at, created_by FROM patients WHERE created_by IS NOT NULL;
ALTER TABLE audit_log ADD COLUMN client_address TEXT;
ALTER TABLE audit_log ADD COLUMN user_agent TEXT;
ALTER TABLE audit_log ADD COLUMN reason TEXT;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE INDEX audit_by_action ON audit_log (action, id);
{{audit-append-only}}
`,
  },
];

/**
 * The statements that make the audit log append-only: UPDATE and DELETE (and, on PostgreSQL,
 * TRUNCATE) are refused by a trigger. A restore lifts the guard inside its own transaction only
 * (SQLite: drops and recreates the triggers; PostgreSQL: a transaction-local setting).
 */
export const AUDIT_GUARD_SQL: Readonly<Record<Dialect, readonly string[]>> = {
  sqlite: [
    "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
    "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END",
  ],
  postgres: [
    "CREATE OR REPLACE FUNCTION foramen_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF current_setting('foramen.audit_restore', true) = 'on' THEN RETURN OLD; END IF; RAISE EXCEPTION 'the audit log is append-only'; END $$",
    'CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION foramen_audit_append_only()',
    'CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION foramen_audit_append_only()',
  ],
};

/** The schema version this code reads and writes. */
export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

const TOKENS: Readonly<Record<Dialect, Readonly<Record<string, string>>>> = {
  sqlite: {
    'serial-key': 'INTEGER PRIMARY KEY AUTOINCREMENT',
    'audit-append-only': AUDIT_GUARD_SQL.sqlite.join(';\n'),
  },
  postgres: {
    'serial-key': 'BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY',
    'audit-append-only': AUDIT_GUARD_SQL.postgres.join(';\n'),
  },
};

/**
 * The SQL of a migration for one database.
 * @param migration - the migration
 * @param dialect - the database it will run on
 */
export function migrationSql(migration: Migration, dialect: Dialect): string {
  return migration.sql.replace(/\{\{([a-z-]+)\}\}/g, (_, token: string) => {
    const value = TOKENS[dialect][token];
    if (value === undefined) {
      throw new Error(`migration ${migration.version}: unknown token ${token}`);
    }
    return value;
  });
}

const checksumOf = (m: Migration): string =>
  createHash('sha256').update(m.sql).digest('hex').slice(0, 16);

/** What `migrate` did. */
export interface MigrateResult {
  readonly from: number;
  readonly to: number;
  readonly applied: { readonly version: number; readonly name: string }[];
}

/**
 * Brings the database up to `SCHEMA_VERSION`, each migration in its own transaction. Safe to run from
 * several processes at once: SQLite serialises on its write lock, PostgreSQL on an advisory lock.
 * @param db - the database
 * @param migrations - the list to apply (tests pass their own)
 * @param now - the clock, for `applied_at`
 */
export async function migrate(
  db: SqlDriver,
  migrations: readonly Migration[] = MIGRATIONS,
  now: () => Date = () => new Date(),
): Promise<MigrateResult> {
  const applied: { version: number; name: string }[] = [];
  let from = -1;
  for (const m of migrations) {
    await db.transaction(async (tx) => {
      // Another process may have migrated while this one waited, so read the state inside the lock.
      if (tx.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(7061726)');
      // Inside the lock: PostgreSQL's IF NOT EXISTS is not safe against a concurrent creator.
      await tx.run(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)',
      );
      const rows = await tx.all<{ version: number; checksum: string }>(
        'SELECT version, checksum FROM schema_migrations ORDER BY version',
      );
      if (from < 0) from = rows.at(-1)?.version ?? 0;
      const newest = rows.at(-1)?.version ?? 0;
      const known = new Map(migrations.map((x) => [x.version, x]));
      if (newest > (migrations.at(-1)?.version ?? 0) || rows.some((r) => !known.has(r.version))) {
        throw new Error(
          `the database schema (version ${newest}) is newer than this Foramen (version ${migrations.at(-1)?.version ?? 0}); upgrade Foramen`,
        );
      }
      const done = rows.find((r) => r.version === m.version);
      if (done) {
        if (done.checksum !== checksumOf(m)) {
          throw new Error(`migration ${m.version} differs from the one applied to this database`);
        }
        return;
      }
      for (const statement of migrationSql(m, tx.dialect)
        .split(/;\s*\n/)
        .map((s) => s.trim())
        .filter(Boolean)) {
        await tx.run(statement);
      }
      await tx.run(
        'INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)',
        [m.version, m.name, checksumOf(m), now().toISOString()],
      );
      applied.push({ version: m.version, name: m.name });
    });
  }
  const current = await db.get<{ v: number | null }>(
    'SELECT MAX(version) AS v FROM schema_migrations',
  );
  return { from: Math.max(from, 0), to: current?.v ?? 0, applied };
}
