/**
 * PostgreSQL, used when DATABASE_URL is set: a small pool; each transaction holds one client from
 * BEGIN to COMMIT. An optional schema (tests use a fresh one per run) is created and put first on the
 * search path of every connection.
 */
import type { Pool, PoolClient } from 'pg';
import { redactPassword } from '../redact.js';
import { makeExecutor, numberPlaceholders } from './driver.js';
import type { Row, SqlDriver, SqlExecutor, SqlValue } from './driver.js';

/** Options of the PostgreSQL driver. */
export interface PostgresOptions {
  /** Schema holding Foramen's tables (default: the server's search path, normally `public`). */
  readonly schema?: string;
  /** Largest number of connections (default 10). */
  readonly maxConnections?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const INT8_OID = 20;

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  return redactPassword(url, 'postgres');
}

type Queryable = Pick<PoolClient, 'query'>;

function executor(db: Queryable): SqlExecutor {
  const all = async <T extends Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> =>
    (await db.query<T>(numberPlaceholders(sql), [...params])).rows;
  return makeExecutor('postgres', all, async (sql: string, params: readonly SqlValue[] = []) => ({
    changes: (await db.query(numberPlaceholders(sql), [...params])).rowCount ?? 0,
  }));
}

/**
 * Connects to PostgreSQL at `url`.
 * @param url - a `postgres://` connection URL
 * @param options - schema and pool size
 */
export async function openPostgres(url: string, options: PostgresOptions = {}): Promise<SqlDriver> {
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error(`invalid schema name ${JSON.stringify(options.schema)}`);
  }
  // Loaded on first use so the SQLite default never loads the PostgreSQL client.
  const { default: pg } = await import('pg');
  const pool: Pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    // Counts and the audit log's ids are int8; they stay far below 2^53, so plain numbers are safe.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === INT8_OID
          ? Number
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  if (options.schema) {
    // Two processes may create the schema at once; the loser's duplicate error means it exists.
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`).catch((error: unknown) => {
      if ((error as { code?: string }).code !== '23505') throw error;
    });
  }
  const direct = executor(pool);

  const transaction = async <T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(executor(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  return {
    ...direct,
    location: `${redactUrl(url)}${options.schema ? ` (schema ${options.schema})` : ''}`,
    transaction,
    exec: async (sql) => void (await pool.query(sql)),
    close: () => pool.end(),
  };
}

/**
 * Drops a schema and everything in it (test clean-up).
 * @param url - a `postgres://` connection URL
 * @param schema - the schema to drop
 */
export async function dropPostgresSchema(url: string, schema: string): Promise<void> {
  if (!SCHEMA_NAME.test(schema)) throw new Error(`invalid schema name ${JSON.stringify(schema)}`);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
}
