import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runForamen } from '../support/memory-io.js';
import { PG_URL } from './_backends.js';
import { SCHEMA_VERSION, dropPostgresSchema } from '../../src/index.js';

const PASSWORD = 'correct horse battery';
let root = '';
// Backups are signed; restoring into another folder or database needs the same key, as in production.
const previousKey = process.env.FORAMEN_BACKUP_KEY;
before(() => {
  root = mkdtempSync(join(tmpdir(), 'foramen-db-cli-'));
  process.env.FORAMEN_BACKUP_KEY = 'test-backup-key-of-at-least-32-characters';
});
after(() => {
  rmSync(root, { recursive: true, force: true });
  if (previousKey === undefined) delete process.env.FORAMEN_BACKUP_KEY;
  else process.env.FORAMEN_BACKUP_KEY = previousKey;
});

const db = (dir: string, args: string[], stdin = '') =>
  runForamen(['db', ...args, '--data-dir', dir, '--json'], stdin);
const json = <T>(stdout: string) => JSON.parse(stdout) as T;

describe('foramen db on SQLite', () => {
  it('migrate creates the schema in an owner-only file, then reports it up to date', async () => {
    const dir = join(root, 'a');
    const first = await db(dir, ['migrate']);
    assert.equal(first.code, 0, first.stderr);
    assert.deepEqual(json<{ from: number; to: number }>(first.stdout).to, SCHEMA_VERSION);
    assert.equal(
      json<{ applied: unknown[] }>((await db(dir, ['migrate'])).stdout).applied.length,
      0,
    );
    assert.equal(statSync(join(dir, 'foramen.sqlite')).mode & 0o777, 0o600);
  });

  it('create-user reads the password from standard input, refuses duplicates and missing passwords in one line', async () => {
    const dir = join(root, 'a');
    const made = await db(
      dir,
      ['create-user', '--username', 'admin', '--role', 'admin', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    assert.equal(made.code, 0, made.stderr);
    assert.deepEqual(
      (({ username, role }) => ({ username, role }))(
        json<{ username: string; role: string }>(made.stdout),
      ),
      { username: 'admin', role: 'admin' },
    );
    const again = await db(
      dir,
      ['create-user', '--username', 'admin', '--password-stdin'],
      PASSWORD,
    );
    assert.deepEqual(
      [again.code, again.stderr],
      [1, 'foramen: username: this username is taken\n'],
    );
    const none = await db(dir, ['create-user', '--username', 'other']);
    assert.equal(none.code, 1);
    assert.match(none.stderr, /^foramen: password: give the password/);
    const short = await db(
      dir,
      ['create-user', '--username', 'other', '--password-stdin'],
      'short',
    );
    assert.match(short.stderr, /^foramen: password: must be at least 12/);
  });

  it('backup → restore into another folder reproduces the data; restore refuses a non-empty database without --force', async () => {
    const src = join(root, 'a');
    const dst = join(root, 'b');
    const file = join(root, 'backup.json');
    const backup = await db(src, ['backup', file]);
    assert.equal(backup.code, 0, backup.stderr);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const restored = await db(dst, ['restore', file]);
    assert.equal(restored.code, 0, restored.stderr);
    assert.equal(json<{ rows: { users: number } }>(restored.stdout).rows.users, 1);
    const refused = await db(dst, ['restore', file]);
    assert.match(refused.stderr, /^foramen: --force: /);
    assert.equal((await db(dst, ['restore', file, '--force'])).code, 0);
    const status = json<{ counts: Record<string, number> }>((await db(dst, ['status'])).stdout);
    assert.equal(status.counts.users, 1);
    assert.ok(
      JSON.parse(readFileSync(file, 'utf8')).tables.users[0].password_hash.startsWith('$argon2id$'),
    );
  });

  it('export writes the CSV tables and prints a FHIR Bundle', async () => {
    const out = join(root, 'csv');
    const csv = await db(join(root, 'a'), ['export', '--format', 'csv', '--out', out]);
    assert.equal(csv.code, 0, csv.stderr);
    assert.deepEqual(readdirSync(out).sort(), [
      'assessments.csv',
      'episodes.csv',
      'patients.csv',
      'questionnaire-submissions.csv',
    ]);
    const fhir = await db(join(root, 'a'), ['export', '--format', 'fhir']);
    assert.equal(json<{ resourceType: string; type: string }>(fhir.stdout).type, 'collection');
    const bad = await db(join(root, 'a'), ['export', '--format', 'xml']);
    assert.deepEqual(
      [bad.code, bad.stderr],
      [1, 'foramen: --format: must be one of "csv", "fhir"\n'],
    );
  });
});

const pgUrl = PG_URL;
if (pgUrl !== undefined) {
  describe('foramen db on PostgreSQL (FORAMEN_TEST_DATABASE_URL)', () => {
    const schema = `foramen_cli_${process.pid}`;
    before(() => {
      process.env.FORAMEN_DB_SCHEMA = schema;
    });
    after(async () => {
      delete process.env.FORAMEN_DB_SCHEMA;
      await dropPostgresSchema(pgUrl, schema);
    });
    it('migrates, restores a SQLite backup and reports the same counts', async () => {
      const pg = (args: string[], stdin = '') =>
        runForamen(['db', ...args, '--database-url', pgUrl, '--json'], stdin);
      assert.equal((await pg(['migrate'])).code, 0);
      const restored = await pg(['restore', join(root, 'backup.json')]);
      assert.equal(restored.code, 0, restored.stderr);
      const status = json<{ dialect: string; counts: Record<string, number> }>(
        (await pg(['status'])).stdout,
      );
      assert.deepEqual([status.dialect, status.counts.users], ['postgres', 1]);
    });
  });
}
