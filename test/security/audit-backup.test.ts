/**
 * Issue 16, point 3, from outside through the `foramen db` commands: the audit log refuses UPDATE and
 * DELETE, `verify-audit` names the first tampered entry, an edited backup is refused (and a forced
 * restore is audited), backup files are owner-only even over an existing file.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runForamen } from '../support/memory-io.js';
import { openRecordStore, readAudit, verifyAudit } from '../../src/index.js';
import { backends } from '../records/_backends.js';

const PASSWORD = 'correct horse battery';
let root = '';
const previousKey = process.env.FORAMEN_BACKUP_KEY;
before(() => {
  root = mkdtempSync(join(tmpdir(), 'foramen-sec-audit-'));
  delete process.env.FORAMEN_BACKUP_KEY; // the key file beside the data is used
});
after(() => {
  rmSync(root, { recursive: true, force: true });
  if (previousKey !== undefined) process.env.FORAMEN_BACKUP_KEY = previousKey;
});
const db = (dir: string, args: string[], stdin = '') =>
  runForamen(['db', ...args, '--data-dir', dir], stdin);

describe('tamper-evident audit log (SQLite, through the CLI)', () => {
  it('verify-audit: exit 0 when whole; after a row is edited behind the triggers, exit 1 naming it', async () => {
    const dir = join(root, 'tamper');
    for (const name of ['alice', 'bob', 'carol']) {
      const made = await db(dir, ['create-user', '--username', name, '--password-stdin'], PASSWORD);
      assert.equal(made.code, 0, made.stderr);
    }
    const whole = await db(dir, ['verify-audit']);
    assert.equal(whole.code, 0, whole.stderr);
    assert.deepEqual(
      (({ ok, entries }) => ({ ok, entries }))(
        JSON.parse(whole.stdout) as { ok: boolean; entries: number },
      ),
      { ok: true, entries: 3 },
    );

    const file = join(dir, 'foramen.sqlite');
    const raw = new Database(file);
    assert.throws(
      () => raw.prepare("UPDATE audit_log SET actor_id = 'cli:mallory' WHERE id = 2").run(),
      /append-only/,
    );
    assert.throws(() => raw.prepare('DELETE FROM audit_log WHERE id = 2').run(), /append-only/);
    // Someone with the file drops the guard and edits entry 2.
    raw.exec('DROP TRIGGER audit_log_no_update');
    raw.prepare("UPDATE audit_log SET actor_id = 'cli:mallory' WHERE id = 2").run();
    raw.close();
    const broken = await db(dir, ['verify-audit']);
    assert.equal(broken.code, 1);
    assert.equal(
      broken.stderr,
      'foramen: audit_log: entry 2 is broken: its content differs from what was written\n',
    );
  });

  it('a deleted entry breaks the chain at the entry after it', async () => {
    const dir = join(root, 'delete');
    for (const name of ['alice', 'bob', 'carol']) {
      await db(dir, ['create-user', '--username', name, '--password-stdin'], PASSWORD);
    }
    const raw = new Database(join(dir, 'foramen.sqlite'));
    raw.exec('DROP TRIGGER audit_log_no_delete');
    raw.prepare('DELETE FROM audit_log WHERE id = 2').run();
    raw.close();
    const broken = await db(dir, ['verify-audit', '--json']);
    assert.equal(broken.code, 1);
    assert.equal(JSON.parse(broken.stdout).firstBroken.id, 3);
    assert.match(broken.stderr, /entry 3 is broken: it does not follow the entry before it/);
  });
});

describe('signed backups (SQLite, through the CLI)', () => {
  const dir = () => join(root, 'backup');
  const file = () => join(root, 'backup.json');

  it('a backup is signed and written 0600, even over an existing world-readable file', async () => {
    await db(dir(), ['create-user', '--username', 'alice', '--password-stdin'], PASSWORD);
    writeFileSync(file(), 'old');
    chmodSync(file(), 0o644);
    const made = await db(dir(), ['backup', file()]);
    assert.equal(made.code, 0, made.stderr);
    assert.equal(statSync(file()).mode & 0o777, 0o600);
    assert.equal(statSync(join(dir(), 'backup-signing.key')).mode & 0o777, 0o600);
    const doc = JSON.parse(readFileSync(file(), 'utf8')) as { signature: { algorithm: string } };
    assert.equal(doc.signature.algorithm, 'HMAC-SHA256');
  });

  it('the untouched backup restores; an edited one is refused and nothing changes', async () => {
    const ok = await db(dir(), ['restore', file(), '--force']);
    assert.equal(ok.code, 0, ok.stderr);
    const doc = JSON.parse(readFileSync(file(), 'utf8')) as {
      tables: { users: { role: string }[] };
    };
    const user = doc.tables.users[0];
    assert.ok(user);
    user.role = 'admin'; // promote alice
    const edited = join(root, 'edited.json');
    writeFileSync(edited, JSON.stringify(doc));
    const refused = await db(dir(), ['restore', edited, '--force']);
    assert.equal(refused.code, 1);
    assert.equal(
      refused.stderr,
      'foramen: signature: the backup was changed after it was signed; nothing was restored (restore with --accept-bad-signature to override, which is audited)\n',
    );
    const status = await db(dir(), ['status', '--json']);
    assert.equal(JSON.parse(status.stdout).counts.users, 1);
  });

  it('forcing an edited backup in is possible and recorded; the chain stays verifiable', async () => {
    const forced = await db(dir(), [
      'restore',
      join(root, 'edited.json'),
      '--force',
      '--accept-bad-signature',
    ]);
    assert.equal(forced.code, 0, forced.stderr);
    assert.equal((JSON.parse(forced.stdout) as { verified: boolean }).verified, false);
    const store = await openRecordStore({ dataDir: dir() });
    try {
      const [last] = await readAudit(store.db, { limit: 1 });
      assert.equal(last?.action, 'restore-forced');
      assert.equal(last?.reason, 'the backup was changed after it was signed');
      assert.equal((await verifyAudit(store.db)).ok, true);
    } finally {
      await store.close();
    }
  });
});

for (const backend of backends().filter((b) => b.name === 'postgres')) {
  describe('append-only audit log on PostgreSQL', () => {
    it('UPDATE, DELETE and TRUNCATE are refused; verification names an entry edited behind the trigger', async () => {
      const store = await openRecordStore(backend.fresh());
      try {
        await store.createPatient({ kind: 'cli', name: 'test' }, {});
        await store.createPatient({ kind: 'cli', name: 'test' }, {});
        await assert.rejects(store.db.run("UPDATE audit_log SET actor_id = 'x'"), /append-only/);
        await assert.rejects(store.db.run('DELETE FROM audit_log'), /append-only/);
        await assert.rejects(store.db.run('TRUNCATE audit_log'), /append-only/);
        assert.equal((await verifyAudit(store.db)).ok, true);
        await store.db.exec('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
        const [first] = await readAudit(store.db, { limit: 1 });
        await store.db.run("UPDATE audit_log SET outcome = 'failed' WHERE id = ?", [
          first?.id ?? 0,
        ]);
        const r = await verifyAudit(store.db);
        assert.equal(r.ok, false);
        assert.equal(r.firstBroken?.id, first?.id);
      } finally {
        await store.close();
        await backend.cleanup();
      }
    });
  });
}
