/**
 * `foramen db migrate | status | backup | restore | export | create-user`: the record store from the
 * command line. The database is PostgreSQL when DATABASE_URL (or --database-url) is set, otherwise the
 * SQLite file under ./data (FORAMEN_DATA_DIR or --data-dir). Every command is audited as the local user.
 * This file only declares the commands; their work is in run-db.ts, loaded when one runs.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { DbOptions } from './run-db.js';

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
  const run = () => import('./run-db.js');

  db.command('migrate')
    .description('create or upgrade the schema (also done automatically on first use)')
    .action(async (_o: unknown, cmd: Command) => (await run()).runDbMigrate(opts(cmd), io));

  db.command('status')
    .description('schema version and row counts (no patient data)')
    .action(async (_o: unknown, cmd: Command) => (await run()).runDbStatus(opts(cmd), io));

  db.command('backup')
    .description(
      'write a portable JSON backup of every table (restorable into SQLite or PostgreSQL)',
    )
    .argument('<file>', 'output file, or - for standard output')
    .action(async (file: string, _o: unknown, cmd: Command) =>
      (await run()).runDbBackup(file, opts(cmd), io),
    );

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
      ) => (await run()).runDbRestore(file, local, opts(cmd), io),
    );

  db.command('verify-audit')
    .description(
      'check the audit log hash chain: exit 0 when whole, 1 naming the first changed or missing entry',
    )
    .action(async (_o: unknown, cmd: Command) => (await run()).runDbVerifyAudit(opts(cmd), io));

  for (const enabled of [false, true]) {
    db.command(enabled ? 'enable-user' : 'disable-user')
      .description(
        enabled
          ? 'enable a disabled account'
          : 'disable an account and end all its sessions at once',
      )
      .argument('<username>', 'the account')
      .action(async (username: string, _o: unknown, cmd: Command) =>
        (await run()).runDbSetUserEnabled(enabled, username, opts(cmd), io),
      );
  }

  db.command('export')
    .description(
      'export for analysis: CSV tables (--out DIR) or a FHIR R4 Bundle (stdout or --out FILE)',
    )
    .requiredOption('--format <format>', 'csv | fhir')
    .option('--out <path>', 'csv: folder to write the tables into; fhir: file to write')
    .action(async (local: { format: string; out?: string }, cmd: Command) =>
      (await run()).runDbExport(local, opts(cmd), io),
    );

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
      async (local: { username: string; role: string; passwordStdin?: boolean }, cmd: Command) =>
        (await run()).runDbCreateUser(local, opts(cmd), io),
    );
}
