/**
 * The work of `foramen db`, loaded only when a db command runs (db.ts declares the commands), so
 * `db --help` does not load the record store, its drivers or the FHIR export.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fchmodSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
import {
  InputError,
  SCHEMA_VERSION,
  isRecordError,
  TABLES,
  backupDatabase,
  countRows,
  createUser,
  disableUser,
  enableUser,
  exportCsv,
  exportFhirBundle,
  migrate,
  openDriver,
  redactUrl,
  restoreDatabase,
  sqlitePathOf,
  storeConfigFromEnv,
  verifyAudit,
} from '../../index.js';
import type { Actor, SqlDriver, StoreConfig } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, readJsonInput, readTextInput, wantsJson } from '../io.js';

/** The options every db command takes (from the `db` command). */
export interface DbOptions {
  databaseUrl?: string;
  dataDir?: string;
  json?: boolean;
}

/** The store configuration: flags first, then the environment. */
function configOf(o: DbOptions): StoreConfig {
  const env = storeConfigFromEnv();
  const url = o.databaseUrl ?? env.databaseUrl;
  return {
    ...env,
    ...(url ? { databaseUrl: url } : {}),
    ...(o.dataDir ? { dataDir: o.dataDir } : {}),
  };
}

const where = (c: StoreConfig): string =>
  c.databaseUrl ? redactUrl(c.databaseUrl) : sqlitePathOf(c);

/** The operator, for the audit log: the local account name, never a patient. */
const cliActor = (): Actor => ({
  kind: 'cli',
  name: `cli:${userInfo()
    .username.replace(/[^A-Za-z0-9_.@-]/g, '_')
    .slice(0, 90)}`,
});

/** Opens, migrates, runs `fn`, closes. */
async function withDb<T>(
  o: DbOptions,
  fn: (db: SqlDriver, config: StoreConfig) => Promise<T>,
): Promise<T> {
  const config = configOf(o);
  const db = await openDriver(config);
  try {
    await migrate(db);
    return await fn(db, config);
  } catch (error) {
    // A duplicate username or similar is the user's to fix: one line, exit 1, like bad input.
    if (isRecordError(error)) {
      throw new InputError('invalid-input', error.path, error.message, { cause: error });
    }
    throw error;
  } finally {
    await db.close();
  }
}

/**
 * Writes a file readable by its owner only: backups and exports hold patient data. The mode is set on
 * the open file before anything is written, so an existing file with looser permissions is tightened
 * too (a plain `writeFileSync` with a mode only applies it to new files).
 */
function writePrivate(path: string, text: string): void {
  const fd = openSync(path, 'w', 0o600);
  try {
    fchmodSync(fd, 0o600);
    ftruncateSync(fd, 0);
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

/** Where the backup signing key lives when FORAMEN_BACKUP_KEY is not set. */
const keyFileOf = (config: StoreConfig): string =>
  join(config.dataDir ?? process.env.FORAMEN_DATA_DIR ?? 'data', 'backup-signing.key');

/**
 * The key backups are signed with: FORAMEN_BACKUP_KEY, else the key file beside the data (created,
 * owner-only, on the first backup). Keep a copy of it apart from the backups: restoring elsewhere needs it.
 * @param create - make the key file when there is none (backup); restore never creates one
 */
function backupKey(config: StoreConfig, create: boolean): string | null {
  const fromEnv = process.env.FORAMEN_BACKUP_KEY;
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < 32) {
      throw new InputError('invalid-input', 'FORAMEN_BACKUP_KEY', 'must be at least 32 characters');
    }
    return fromEnv;
  }
  const file = keyFileOf(config);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  if (!create) return null;
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString('hex');
  writePrivate(file, `${key}\n`);
  return key;
}

/** Prints JSON or the text line, as the options ask. */
const say = (io: CliIo, o: DbOptions, value: unknown, text: string): void =>
  wantsJson(o, io) ? printJson(io, value) : void io.stdout.write(`${text}\n`);

/** `db migrate`. */
export async function runDbMigrate(o: DbOptions, io: CliIo): Promise<void> {
  const config = configOf(o);
  const handle = await openDriver(config);
  try {
    const r = await migrate(handle);
    say(
      io,
      o,
      { database: where(config), ...r },
      `${where(config)}: schema version ${r.from} → ${r.to}${r.applied.length ? ` (applied ${r.applied.map((m) => m.version).join(', ')})` : ' (up to date)'}`,
    );
  } finally {
    await handle.close();
  }
}

/** `db status`. */
export async function runDbStatus(o: DbOptions, io: CliIo): Promise<void> {
  await withDb(o, async (handle, config) => {
    const counts: Record<string, number> = {};
    for (const t of TABLES) counts[t] = await countRows(handle, t);
    say(
      io,
      o,
      {
        database: where(config),
        dialect: handle.dialect,
        schemaVersion: SCHEMA_VERSION,
        counts,
      },
      `${where(config)} (${handle.dialect}, schema ${SCHEMA_VERSION})\n${Object.entries(counts)
        .map(([t, n]) => `  ${t.padEnd(26)} ${n}`)
        .join('\n')}`,
    );
  });
}

/** `db backup FILE`. */
export async function runDbBackup(file: string, o: DbOptions, io: CliIo): Promise<void> {
  await withDb(o, async (handle) => {
    const signingKey = backupKey(configOf(o), true) ?? undefined;
    const backup = await backupDatabase(handle, cliActor(), undefined, {
      ...(signingKey ? { signingKey } : {}),
    });
    const text = `${JSON.stringify(backup)}\n`;
    if (file === '-') return void io.stdout.write(text);
    writePrivate(file, text);
    const rows = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
    io.stderr.write(`foramen: backed up ${rows} rows to ${file}\n`);
  });
}

/** `db restore FILE`. */
export async function runDbRestore(
  file: string,
  local: { force?: boolean; acceptBadSignature?: boolean },
  o: DbOptions,
  io: CliIo,
): Promise<void> {
  const document = await readJsonInput(file, io);
  await withDb(o, async (handle, config) => {
    // Without a key nothing can be verified: the restore is refused unless explicitly accepted.
    const signingKey = backupKey(config, false) ?? 'no backup key on this machine';
    const r = await restoreDatabase(handle, document, cliActor(), {
      force: local.force === true,
      signingKey,
      acceptBadSignature: local.acceptBadSignature === true,
    });
    say(
      io,
      o,
      { database: where(config), ...r },
      `${where(config)}: restored ${Object.entries(r.rows)
        .map(([t, n]) => `${n} ${t}`)
        .join(', ')}${r.replaced ? ' (replaced the previous data)' : ''}${
        r.verified ? '' : ' (signature NOT verified; recorded in the audit log)'
      }`,
    );
  });
}

/** `db verify-audit`. */
export async function runDbVerifyAudit(o: DbOptions, io: CliIo): Promise<void> {
  await withDb(o, async (handle, config) => {
    const r = await verifyAudit(handle);
    say(
      io,
      o,
      { database: where(config), ...r },
      r.ok
        ? `${where(config)}: audit log whole (${r.entries} entries${r.unchained ? `, ${r.unchained} written before the chain` : ''}); head ${r.head ?? 'none'}`
        : `${where(config)}: audit log broken at entry ${r.firstBroken?.id ?? '?'}`,
    );
    if (r.firstBroken) {
      throw new InputError(
        'invalid-input',
        'audit_log',
        `entry ${r.firstBroken.id} is broken: ${r.firstBroken.reason}`,
      );
    }
  });
}

/** `db disable-user NAME` and `db enable-user NAME`. */
export async function runDbSetUserEnabled(
  enabled: boolean,
  username: string,
  o: DbOptions,
  io: CliIo,
): Promise<void> {
  await withDb(o, async (handle) => {
    const user = await (enabled ? enableUser : disableUser)(handle, cliActor(), username);
    say(io, o, user, `${user.username}: ${enabled ? 'enabled' : 'disabled (every session ended)'}`);
  });
}

/** `db export --format csv|fhir [--out PATH]`. */
export async function runDbExport(
  local: { format: string; out?: string },
  o: DbOptions,
  io: CliIo,
): Promise<void> {
  if (local.format !== 'csv' && local.format !== 'fhir') {
    throw new InputError('invalid-input', '--format', 'must be one of "csv", "fhir"');
  }
  if (local.format === 'csv' && !local.out) {
    throw new InputError(
      'missing-argument',
      '--out',
      'CSV export writes several tables: give a folder with --out DIR',
    );
  }
  await withDb(o, async (handle) => {
    if (local.format === 'fhir') {
      const text = `${JSON.stringify(await exportFhirBundle(handle, cliActor()), null, 2)}\n`;
      if (!local.out) return void io.stdout.write(text);
      writePrivate(local.out, text);
      return void io.stderr.write(`foramen: wrote a FHIR Bundle to ${local.out}\n`);
    }
    const dir = local.out ?? '.';
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const files = await exportCsv(handle, cliActor());
    for (const [name, text] of Object.entries(files)) writePrivate(join(dir, name), text);
    say(
      io,
      o,
      { files: Object.keys(files).map((f) => join(dir, f)) },
      Object.keys(files)
        .map((f) => join(dir, f))
        .join('\n'),
    );
  });
}

/** `db create-user --username NAME [--role ROLE] [--password-stdin]`. */
export async function runDbCreateUser(
  local: { username: string; role: string; passwordStdin?: boolean },
  o: DbOptions,
  io: CliIo,
): Promise<void> {
  // Never a command-line argument: those show in `ps` and shell history.
  const password =
    local.passwordStdin === true
      ? (await readTextInput('-', io)).replace(/\r?\n$/, '')
      : process.env.FORAMEN_PASSWORD;
  if (!password) {
    throw new InputError(
      'missing-argument',
      'password',
      'give the password on standard input with --password-stdin, or in FORAMEN_PASSWORD',
    );
  }
  await withDb(o, async (handle) => {
    const user = await createUser(handle, cliActor(), {
      username: local.username,
      password,
      role: local.role,
    });
    say(io, o, user, `created ${user.role} ${user.username}`);
  });
}
