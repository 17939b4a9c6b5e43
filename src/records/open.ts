/**
 * Where records live: PostgreSQL when DATABASE_URL is set, otherwise an SQLite file under ./data
 * (FORAMEN_DATA_DIR moves it). Opening migrates the schema, so a fresh machine needs no set-up step.
 */
import { join, resolve } from 'node:path';
import type { SqlDriver } from './driver.js';
import { migrate } from './migrations.js';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import { RecordStore } from './store.js';
import type { RecordStoreOptions } from './store.js';

/** Where and how to open the database. */
export interface StoreConfig {
  /** A `postgres://` URL; when absent the SQLite file is used. */
  readonly databaseUrl?: string;
  /** Folder of the SQLite file (default `./data`). */
  readonly dataDir?: string;
  /** PostgreSQL schema (default: the server's search path). */
  readonly pgSchema?: string;
  /** SQLite durability: `full` (default) or `normal`. */
  readonly sqliteSynchronous?: 'full' | 'normal';
}

/** File name of the SQLite database inside the data folder. */
export const SQLITE_FILE_NAME = 'foramen.sqlite';

/**
 * Reads the storage settings from the environment: DATABASE_URL, FORAMEN_DATA_DIR, FORAMEN_DB_SCHEMA,
 * FORAMEN_SQLITE_SYNCHRONOUS.
 * @param env - the environment (default `process.env`)
 */
export function storeConfigFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): StoreConfig {
  const sync = env.FORAMEN_SQLITE_SYNCHRONOUS?.toLowerCase();
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.FORAMEN_DATA_DIR ? { dataDir: env.FORAMEN_DATA_DIR } : {}),
    ...(env.FORAMEN_DB_SCHEMA ? { pgSchema: env.FORAMEN_DB_SCHEMA } : {}),
    ...(sync === 'normal' || sync === 'full' ? { sqliteSynchronous: sync } : {}),
  };
}

/** The SQLite file a configuration points at. */
export const sqlitePathOf = (config: StoreConfig): string =>
  resolve(join(config.dataDir ?? 'data', SQLITE_FILE_NAME));

/**
 * Opens the database a configuration names, without migrating.
 * @param config - where the data lives
 */
export async function openDriver(config: StoreConfig): Promise<SqlDriver> {
  if (config.databaseUrl !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
      throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
    }
    return openPostgres(config.databaseUrl, config.pgSchema ? { schema: config.pgSchema } : {});
  }
  return openSqlite(
    sqlitePathOf(config),
    config.sqliteSynchronous ? { synchronous: config.sqliteSynchronous } : {},
  );
}

/**
 * Opens the record store and brings its schema up to date.
 * @param config - where the data lives (default: from the environment)
 * @param options - the clock
 */
export async function openRecordStore(
  config: StoreConfig = storeConfigFromEnv(),
  options: RecordStoreOptions = {},
): Promise<RecordStore> {
  const db = await openDriver(config);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return new RecordStore(db, options);
}
