/**
 * The embedded default: one SQLite file (better-sqlite3) in WAL mode. Writes go through one connection
 * in arrival order (group-committed when they queue up), each batch started with BEGIN IMMEDIATE; when
 * another process holds the file's write lock, the start is retried after short asynchronous pauses
 * (the event loop keeps serving) until the busy timeout. Reads use a second connection and never see uncommitted data.
 * `synchronous = FULL` by default, so a committed transaction survives a power cut as well as a killed
 * process.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { makeExecutor } from './driver.js';
import type { Row, SqlDriver, SqlExecutor, SqlValue } from './driver.js';

/** Options of the SQLite driver. */
export interface SqliteOptions {
  /** `full` (default): durable on power loss; `normal`: durable on a crash, faster. */
  readonly synchronous?: 'full' | 'normal';
  /** How long to wait for another process's write lock, in ms (default 10000). */
  readonly busyTimeoutMs?: number;
}

/** Most transactions one group commit carries. */
const MAX_BATCH = 256;

type Database = BetterSqlite3.Database;
type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/** Prepared statements per connection: repositories reuse a few dozen statements many times. */
class StatementCache {
  private readonly cache = new Map<string, Statement>();
  constructor(private readonly db: Database) {}
  get(sql: string): Statement {
    let s = this.cache.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.cache.set(sql, s);
    }
    return s;
  }
}

function executor(cache: StatementCache): SqlExecutor {
  const all = async <T extends Row>(
    sql: string,
    params: readonly SqlValue[] = [],
  ): Promise<T[]> => {
    const s = cache.get(sql);
    if (s.reader) return s.all(...params) as T[];
    s.run(...params);
    return [];
  };
  return makeExecutor('sqlite', all, async (sql: string, params: readonly SqlValue[] = []) => ({
    changes: cache.get(sql).run(...params).changes,
  }));
}

/**
 * Opens (creating if needed) the SQLite database at `file`.
 * @param file - path of the database file; its folder is created (owner-only) when missing
 * @param options - durability and lock-wait settings
 */
export async function openSqlite(file: string, options: SqliteOptions = {}): Promise<SqlDriver> {
  // Loaded on first use so commands that never touch storage never load the native module.
  const { default: Database } = await import('better-sqlite3');
  const path = resolve(file);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const busy = options.busyTimeoutMs ?? 10_000;
  const created = !existsSync(path);
  const writer = new Database(path, { timeout: busy });
  // Patient data: a new database file is readable by its owner only (its folder already is).
  if (created) chmodSync(path, 0o600);
  writer.pragma('journal_mode = WAL');
  writer.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  writer.pragma('foreign_keys = ON');
  // From here a short blocking wait inside SQLite; longer waits happen in beginWrite, off the event loop.
  writer.pragma('busy_timeout = 20');
  const reader = new Database(path, { timeout: 2000, readonly: true });
  reader.pragma('foreign_keys = ON');
  const writes = executor(new StatementCache(writer));
  const reads = executor(new StatementCache(reader));

  /** BEGIN IMMEDIATE, retried with growing pauses while another process writes. */
  const beginWrite = async (): Promise<void> => {
    const deadline = Date.now() + busy;
    for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
      try {
        writer.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) {
          throw error;
        }
        await sleep(pause + Math.random() * pause);
      }
    }
  };

  // Group commit: transactions that queue while one commits run next as one SQLite transaction, each in
  // its own savepoint (a failing one rolls back alone), and are answered after the shared COMMIT. The
  // results are those of running them one by one; under load, one fsync serves the whole batch.
  interface Job {
    readonly fn: (tx: SqlExecutor) => Promise<unknown>;
    readonly resolve: (value: unknown) => void;
    readonly reject: (error: unknown) => void;
  }
  const queue: Job[] = [];
  let draining: Promise<void> | null = null;
  let closed = false;

  const runBatch = async (batch: Job[]): Promise<void> => {
    try {
      await beginWrite();
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    }
    const outcomes: { ok: boolean; value?: unknown; error?: unknown }[] = [];
    for (const [i, job] of batch.entries()) {
      writer.exec('SAVEPOINT job');
      try {
        const value = await job.fn(writes);
        writer.exec('RELEASE job');
        outcomes.push({ ok: true, value });
      } catch (error) {
        if (writer.inTransaction) {
          writer.exec('ROLLBACK TO job');
          writer.exec('RELEASE job');
          outcomes.push({ ok: false, error });
          continue;
        }
        // SQLite abandoned the whole transaction (e.g. disk full): nothing of the batch was kept, so no
        // earlier job may be acknowledged; the ones not yet run go back to the front of the queue.
        for (const done of batch.slice(0, i + 1)) done.reject(error);
        queue.unshift(...batch.slice(i + 1));
        return;
      }
    }
    try {
      writer.exec('COMMIT');
    } catch (error) {
      if (writer.inTransaction) writer.exec('ROLLBACK');
      for (const job of batch) job.reject(error);
      return;
    }
    batch.forEach((job, i) =>
      outcomes[i]?.ok ? job.resolve(outcomes[i]?.value) : job.reject(outcomes[i]?.error),
    );
  };

  const drain = async (): Promise<void> => {
    while (queue.length > 0) await runBatch(queue.splice(0, MAX_BATCH));
    draining = null;
  };

  const transaction = <T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (closed) return reject(new Error('the database is closed'));
      queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      draining ??= drain();
    });

  return {
    dialect: 'sqlite',
    location: path,
    all: (sql, params) => reads.all(sql, params),
    get: (sql, params) => reads.get(sql, params),
    // A lone write is a transaction of its own: it must not join another, nor skip the busy handling.
    run: (sql, params) => transaction((tx) => tx.run(sql, params)),
    transaction,
    exec: (sql) => transaction(async () => void writer.exec(sql)),
    close: async () => {
      if (closed) return;
      closed = true;
      while (draining) await draining;
      reader.close();
      writer.close();
    },
  };
}
