/**
 * The embedded default: one SQLite file (better-sqlite3) in WAL mode. Writes go through one connection
 * behind a FIFO lock, each transaction started with BEGIN IMMEDIATE; when another process holds the
 * file's write lock, the start is retried after short asynchronous pauses (the event loop keeps serving)
 * until the busy timeout. Reads use a second connection and never see uncommitted data.
 * `synchronous = FULL` by default, so a committed transaction survives a power cut as well as a killed
 * process.
 */
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { dirname, resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { Mutex } from './driver.js';
import type { Row, SqlDriver, SqlExecutor, SqlValue } from './driver.js';

/** Options of the SQLite driver. */
export interface SqliteOptions {
  /** `full` (default): durable on power loss; `normal`: durable on a crash, faster. */
  readonly synchronous?: 'full' | 'normal';
  /** How long to wait for another process's write lock, in ms (default 10000). */
  readonly busyTimeoutMs?: number;
}

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
  const all = async <T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> => {
    const s = cache.get(sql);
    if (s.reader) return s.all(...params) as T[];
    s.run(...params);
    return [];
  };
  return {
    dialect: 'sqlite',
    all,
    async get<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T | undefined> {
      const rows: T[] = await all<T>(sql, params);
      return rows[0];
    },
    run: async (sql: string, params: readonly SqlValue[] = []) => ({ changes: cache.get(sql).run(...params).changes }),
  };
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
  const lock = new Mutex();
  let closed = false;

  /** BEGIN IMMEDIATE, retried with growing pauses while another process writes. */
  const beginWrite = async (): Promise<void> => {
    const deadline = Date.now() + busy;
    for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
      try {
        writer.exec('BEGIN IMMEDIATE');
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw error;
        await sleep(pause + Math.random() * pause);
      }
    }
  };

  const transaction = <T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> =>
    lock.run(async () => {
      await beginWrite();
      try {
        const result = await fn(writes);
        writer.exec('COMMIT');
        return result;
      } catch (error) {
        if (writer.inTransaction) writer.exec('ROLLBACK');
        throw error;
      }
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
    close: () =>
      lock.run(async () => {
        if (closed) return;
        closed = true;
        reader.close();
        writer.close();
      }),
  };
}
