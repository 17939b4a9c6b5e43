/**
 * Batch results in PostgreSQL (`submit --to postgres`): one row per report in
 * `foramen_batch_results (batch, id, result jsonb, error, stored_at)`, primary key `(batch, id)`, so a
 * chunk processed twice (a worker killed after writing, before acknowledging) inserts nothing the
 * second time. Analysts query the rows with SQL; `collect` reads them back in id order.
 */
import type { Pool } from 'pg';
import { InputError } from '../errors.js';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** One stored result: the id, its NDJSON line and whether it is an error line. */
export interface StoredResult {
  readonly id: string;
  readonly line: string;
  readonly error: string | undefined;
}

/** The results table of every batch. */
export class PostgresResults {
  private constructor(private readonly pool: Pool) {}

  /**
   * Connects and creates the table when missing (under an advisory lock, so workers starting together
   * do not race).
   * @param schema - schema to use (created when missing; tests use a fresh one)
   */
  static async open(url: string, schema?: string): Promise<PostgresResults> {
    if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
      throw new InputError('invalid-input', 'FORAMEN_DB_SCHEMA', 'not a plain schema name');
    }
    const { default: pg } = await import('pg');
    const pool = new pg.Pool({
      connectionString: url,
      max: 4,
      ...(schema ? { options: `-c search_path=${schema}` } : {}),
    });
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query("SELECT pg_advisory_xact_lock(hashtext('foramen_batch_results'))");
        if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await client.query(
          `CREATE TABLE IF NOT EXISTS foramen_batch_results (
             batch TEXT NOT NULL,
             id TEXT NOT NULL,
             result JSONB NOT NULL,
             error TEXT,
             stored_at TIMESTAMPTZ NOT NULL DEFAULT now(),
             PRIMARY KEY (batch, id))`,
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => undefined);
      const why = error instanceof Error ? error.message : String(error);
      throw new InputError('invalid-input', 'DATABASE_URL', `cannot use PostgreSQL (${why})`, {
        cause: error,
      });
    }
    return new PostgresResults(pool);
  }

  /** Inserts the results that are not there yet; returns how many rows were new. */
  async insert(batch: string, results: readonly StoredResult[]): Promise<number> {
    if (results.length === 0) return 0;
    const outcome = await this.pool.query(
      `INSERT INTO foramen_batch_results (batch, id, result, error)
       SELECT $1, r.id, r.result::jsonb, r.error
         FROM unnest($2::text[], $3::text[], $4::text[]) AS r(id, result, error)
       ON CONFLICT (batch, id) DO NOTHING`,
      [batch, results.map((r) => r.id), results.map((r) => r.line), results.map((r) => r.error)],
    );
    return outcome.rowCount ?? 0;
  }

  /** Reads results after `afterId` in id order (keyset pages, so any size streams). */
  async page(batch: string, afterId: string | undefined, limit: number): Promise<string[][]> {
    const outcome = await this.pool.query<{ id: string; result: string }>(
      `SELECT id, result::text AS result FROM foramen_batch_results
        WHERE batch = $1 AND ($2::text IS NULL OR id > $2) ORDER BY id LIMIT $3`,
      [batch, afterId ?? null, limit],
    );
    return outcome.rows.map((r) => [r.id, r.result]);
  }

  /** Rows stored for `batch`. */
  async count(batch: string): Promise<number> {
    const outcome = await this.pool.query<{ n: string }>(
      'SELECT count(*) AS n FROM foramen_batch_results WHERE batch = $1',
      [batch],
    );
    return Number(outcome.rows[0]?.n ?? 0);
  }

  /** Deletes every row of `batch`. */
  async drop(batch: string): Promise<number> {
    const outcome = await this.pool.query('DELETE FROM foramen_batch_results WHERE batch = $1', [
      batch,
    ]);
    return outcome.rowCount ?? 0;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
