import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { countRows, createUser, openRecordStore } from '../../src/index.js';
import type { Actor, RecordStore, StoreConfig } from '../../src/index.js';
import { backends } from './_backends.js';

const WRITER = fileURLToPath(new URL('./_writer.js', import.meta.url));

/** Runs the writer script as its own process and resolves with how many rows it says it stored. */
function writerProcess(
  config: StoreConfig,
  actor: Actor,
  patientId: string,
  count: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [WRITER, JSON.stringify(config), JSON.stringify(actor), patientId, String(count)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve(Number(out.trim()))
        : reject(new Error(`writer exited ${String(code)}: ${err}`)),
    );
  });
}

for (const backend of backends()) {
  describe(`concurrent writers on ${backend.name}`, () => {
    let config: StoreConfig;
    let store: RecordStore;
    let actor: Actor;
    let patientId = '';
    before(async () => {
      config = backend.fresh();
      store = await openRecordStore(config);
      const user = await createUser(
        store.db,
        { kind: 'cli', name: 'test' },
        { username: 'dr-many', password: 'correct horse battery', role: 'clinician' },
      );
      actor = { kind: 'user', userId: user.id, role: 'clinician' };
      patientId = (await store.createPatient(actor, {})).id;
    });
    after(async () => {
      await store.close();
      await backend.cleanup();
    });

    it('300 writes issued at once from one process are all stored, each with its audit entry', async () => {
      const auditBefore = await countRows(store.db, 'audit_log');
      const written = await Promise.all(
        Array.from({ length: 300 }, (_, i) =>
          store.recordSubmission(actor, patientId, 'nrs', { input: { value: i % 11 } }),
        ),
      );
      assert.equal(new Set(written.map((s) => s.id)).size, 300);
      assert.equal((await store.listSubmissions(actor, patientId)).length, 300);
      assert.equal((await countRows(store.db, 'audit_log')) - auditBefore, 301); // 300 writes + the list
    });

    it('transactions issued together commit or fail each on its own (group commit keeps their independence)', async () => {
      await store.db.exec('CREATE TABLE IF NOT EXISTS scratch (n INTEGER NOT NULL)');
      const results = await Promise.allSettled(
        Array.from({ length: 50 }, (_, n) =>
          store.db.transaction(async (tx) => {
            await tx.run('INSERT INTO scratch (n) VALUES (?)', [n]);
            if (n % 5 === 0) throw new Error(`job ${n} fails after writing`);
            return (
              await tx.get<{ c: number }>('SELECT COUNT(*) AS c FROM scratch WHERE n = ?', [n])
            )?.c;
          }),
        ),
      );
      assert.deepEqual(
        results.map((r) => r.status === 'fulfilled'),
        Array.from({ length: 50 }, (_, n) => n % 5 !== 0),
      );
      assert.ok(
        results.every((r) => r.status === 'rejected' || Number(r.value) === 1),
        'each job sees its own write',
      );
      const kept = (await store.db.all<{ n: number }>('SELECT n FROM scratch ORDER BY n')).map(
        (r) => Number(r.n),
      );
      assert.deepEqual(
        kept,
        Array.from({ length: 50 }, (_, n) => n).filter((n) => n % 5 !== 0),
      );
    });

    it('three processes writing to the same database at once lose nothing', async () => {
      const before = await countRows(store.db, 'questionnaire_submissions');
      const local = Promise.all(
        Array.from({ length: 40 }, () =>
          store.recordSubmission(actor, patientId, 'nrs', { input: { value: 1 } }),
        ),
      );
      const counts = await Promise.all([
        writerProcess(config, actor, patientId, 60),
        writerProcess(config, actor, patientId, 60),
        writerProcess(config, actor, patientId, 60),
      ]);
      await local;
      assert.deepEqual(counts, [60, 60, 60]);
      assert.equal((await countRows(store.db, 'questionnaire_submissions')) - before, 220);
    });
  });
}
