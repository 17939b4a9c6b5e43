/**
 * The one storage interface both databases implement. Repositories write portable SQL with `?`
 * placeholders; the PostgreSQL driver numbers them. Values are strings, numbers or null only, so the
 * two databases store exactly the same things.
 */

/** Which database a driver talks to. */
export const DIALECTS = ['sqlite', 'postgres'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** A value bound to a placeholder. */
export type SqlValue = string | number | null;

/** A result row, column name to value. */
export type Row = Record<string, unknown>;

/** Runs statements: outside a transaction on a driver, or inside one on the executor it hands out. */
export interface SqlExecutor {
  readonly dialect: Dialect;
  /** Runs a query and returns every row (SELECT, or a write with RETURNING). */
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a query and returns its first row, if any. */
  get<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a write and returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
}

/**
 * An executor from a dialect's `all` and `run`; `get` is the first row of `all`, the same on every
 * dialect.
 * @param dialect - the SQL dialect
 * @param all - runs a query and returns every row
 * @param run - runs a write and returns how many rows it changed
 */
export function makeExecutor(
  dialect: Dialect,
  all: <T extends Row>(sql: string, params?: readonly SqlValue[]) => Promise<T[]>,
  run: (sql: string, params?: readonly SqlValue[]) => Promise<{ changes: number }>,
): SqlExecutor {
  return {
    dialect,
    all,
    async get<T extends Row = Row>(
      sql: string,
      params: readonly SqlValue[] = [],
    ): Promise<T | undefined> {
      const rows: T[] = await all<T>(sql, params);
      return rows[0];
    },
    run,
  };
}

/**
 * Inserts one row whose keys are its column names. The table and column names come from code, never
 * from input, so they are safe to place in the statement; the values are bound.
 * @param db - the executor (a transaction's, usually)
 * @param table - the table
 * @param row - column name to value, in the order the columns are listed
 */
export async function insertRow(
  db: SqlExecutor,
  table: string,
  row: Readonly<Record<string, SqlValue>>,
): Promise<void> {
  const columns = Object.keys(row);
  await db.run(
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    Object.values(row),
  );
}

/** A connection (or pool) to one database. */
export interface SqlDriver extends SqlExecutor {
  /**
   * Runs `fn` in one write transaction: committed (and durable) when it resolves, rolled back when it
   * throws. Transactions never interleave within a process.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Runs several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Where the data lives, without credentials, for messages. */
  readonly location: string;
  close(): Promise<void>;
}

/**
 * Rewrites `?` placeholders as `$1, $2, ...` for PostgreSQL, leaving quoted text alone.
 * @param sql - a statement with `?` placeholders
 */
export function numberPlaceholders(sql: string): string {
  let out = '';
  let n = 0;
  let quote: string | null = null;
  for (const ch of sql) {
    if (quote) {
      if (ch === quote) quote = null;
      out += ch;
    } else if (ch === "'" || ch === '"') {
      quote = ch;
      out += ch;
    } else if (ch === '?') {
      out += `$${++n}`;
    } else {
      out += ch;
    }
  }
  return out;
}

/** A FIFO lock: `run` waits for every earlier holder to finish. */
export class Mutex {
  private tail: Promise<void> = Promise.resolve();

  /** Runs `fn` alone, after everything queued before it. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.tail;
    let release!: () => void;
    this.tail = new Promise<void>((resolve) => (release = resolve));
    await previous;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}
