/**
 * `foramen db migrate | status | backup | restore | export | create-user`: the record store from the
 * command line. The database is PostgreSQL when DATABASE_URL (or --database-url) is set, otherwise the
 * SQLite file under ./data (FORAMEN_DATA_DIR or --data-dir). Every command is audited as the local user.
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
import type { Command } from 'commander';
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

interface DbOptions {
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

/**
 * Registers `foramen db`.
 * @param program - the root command
 * @param io - the streams to read and print with
 */
export function registerDb(program: Command, io: CliIo): void {
  const db = program
    .command('db')
    .description(
      'patient records store: migrate, status, backup, restore, export, create-user, disable-user, enable-user, verify-audit',
    )
    .option(
      '--database-url <url>',
      'PostgreSQL URL (default: DATABASE_URL; without one, SQLite under ./data)',
    )
    .option('--data-dir <dir>', 'folder of the SQLite file (default: FORAMEN_DATA_DIR or ./data)')
    .option('--json', 'print JSON');
  const opts = (cmd: Command): DbOptions => cmd.optsWithGlobals<DbOptions>();
  const say = (o: DbOptions, value: unknown, text: string) =>
    wantsJson(o, io) ? printJson(io, value) : void io.stdout.write(`${text}\n`);

  db.command('migrate')
    .description('create or upgrade the schema (also done automatically on first use)')
    .action(async (_o: unknown, cmd: Command) => {
      const o = opts(cmd);
      const config = configOf(o);
      const handle = await openDriver(config);
      try {
        const r = await migrate(handle);
        say(
          o,
          { database: where(config), ...r },
          `${where(config)}: schema version ${r.from} → ${r.to}${r.applied.length ? ` (applied ${r.applied.map((m) => m.version).join(', ')})` : ' (up to date)'}`,
        );
      } finally {
        await handle.close();
      }
    });

  db.command('status')
    .description('schema version and row counts (no patient data)')
    .action(async (_o: unknown, cmd: Command) => {
      const o = opts(cmd);
      await withDb(o, async (handle, config) => {
        const counts: Record<string, number> = {};
        for (const t of TABLES) counts[t] = await countRows(handle, t);
        say(
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
    });

  db.command('backup')
    .description(
      'write a portable JSON backup of every table (restorable into SQLite or PostgreSQL)',
    )
    .argument('<file>', 'output file, or - for standard output')
    .action(async (file: string, _o: unknown, cmd: Command) => {
      const o = opts(cmd);
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
    });

  db.command('restore')
    .description(
      'restore a signed backup (refuses a non-empty database without --force, and a backup whose signature does not match)',
    )
    .argument('<file>', 'backup file, or - for standard input')
    .option('--force', 'replace the accounts and records already there')
    .option(
      '--accept-bad-signature',
      'restore even if the signature is missing or does not match (recorded in the audit log)',
    )
    .action(
      async (
        file: string,
        local: { force?: boolean; acceptBadSignature?: boolean },
        cmd: Command,
      ) => {
        const o = opts(cmd);
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
            o,
            { database: where(config), ...r },
            `${where(config)}: restored ${Object.entries(r.rows)
              .map(([t, n]) => `${n} ${t}`)
              .join(', ')}${r.replaced ? ' (replaced the previous data)' : ''}${
              r.verified ? '' : ' (signature NOT verified; recorded in the audit log)'
            }`,
          );
        });
      },
    );

  db.command('verify-audit')
    .description(
      'check the audit log hash chain: exit 0 when whole, 1 naming the first changed or missing entry',
    )
    .action(async (_o: unknown, cmd: Command) => {
      const o = opts(cmd);
      await withDb(o, async (handle, config) => {
        const r = await verifyAudit(handle);
        say(
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
    });

  for (const [verb, action, done] of [
    ['disable-user', disableUser, 'disabled (every session ended)'],
    ['enable-user', enableUser, 'enabled'],
  ] as const) {
    db.command(verb)
      .description(
        verb === 'disable-user'
          ? 'disable an account and end all its sessions at once'
          : 'enable a disabled account',
      )
      .argument('<username>', 'the account')
      .action(async (username: string, _o: unknown, cmd: Command) => {
        const o = opts(cmd);
        await withDb(o, async (handle) => {
          const user = await action(handle, cliActor(), username);
          say(o, user, `${user.username}: ${done}`);
        });
      });
  }

  db.command('export')
    .description(
      'export for analysis: CSV tables (--out DIR) or a FHIR R4 Bundle (stdout or --out FILE)',
    )
    .requiredOption('--format <format>', 'csv | fhir')
    .option('--out <path>', 'csv: folder to write the tables into; fhir: file to write')
    .action(async (local: { format: string; out?: string }, cmd: Command) => {
      const o = opts(cmd);
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
          o,
          { files: Object.keys(files).map((f) => join(dir, f)) },
          Object.keys(files)
            .map((f) => join(dir, f))
            .join('\n'),
        );
      });
    });

  db.command('create-user')
    .description(
      'create a clinician or admin account (the first admin is made this way, or from FORAMEN_ADMIN_USERNAME/FORAMEN_ADMIN_PASSWORD)',
    )
    .requiredOption(
      '--username <name>',
      '3–40 lower-case letters, digits, dots, dashes or underscores',
    )
    .option('--role <role>', 'clinician | admin', 'clinician')
    .option(
      '--password-stdin',
      'read the password from standard input (otherwise from FORAMEN_PASSWORD)',
    )
    .action(
      async (local: { username: string; role: string; passwordStdin?: boolean }, cmd: Command) => {
        const o = opts(cmd);
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
          say(o, user, `created ${user.role} ${user.username}`);
        });
      },
    );
}
