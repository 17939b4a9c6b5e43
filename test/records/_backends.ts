/**
 * The storage suites run once per database: SQLite always, PostgreSQL too when
 * FORAMEN_TEST_DATABASE_URL is set. Each PostgreSQL store gets a fresh schema, dropped afterwards.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { dropPostgresSchema, openDriver, openRecordStore } from '../../src/index.js';
import type { RecordStore, RecordStoreOptions, SqlDriver, StoreConfig } from '../../src/index.js';

export const PG_URL = process.env.FORAMEN_TEST_DATABASE_URL;

/** One database to test against. */
export interface Backend {
  readonly name: 'sqlite' | 'postgres';
  /** A configuration for a new, empty database. */
  fresh(): StoreConfig;
  /** Removes everything `fresh` created. */
  cleanup(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dirs: string[] = [];
  return {
    name: 'sqlite',
    fresh() {
      const dir = mkdtempSync(join(tmpdir(), 'foramen-records-'));
      dirs.push(dir);
      return { dataDir: dir };
    },
    async cleanup() {
      for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
    },
  };
}

function postgresBackend(url: string): Backend {
  const schemas: string[] = [];
  return {
    name: 'postgres',
    fresh() {
      const schema = `foramen_test_${process.pid}_${randomBytes(4).toString('hex')}`;
      schemas.push(schema);
      return { databaseUrl: url, pgSchema: schema };
    },
    async cleanup() {
      for (const s of schemas.splice(0)) await dropPostgresSchema(url, s);
    },
  };
}

/** The databases available to this run. */
export function backends(): Backend[] {
  return [sqliteBackend(), ...(PG_URL ? [postgresBackend(PG_URL)] : [])];
}

/** A migrated store on a fresh database of `backend`. */
export const freshStore = (
  backend: Backend,
  options: RecordStoreOptions = {},
): Promise<RecordStore> => openRecordStore(backend.fresh(), options);

/** An unmigrated driver on a fresh database of `backend`. */
export const freshDriver = (backend: Backend): Promise<SqlDriver> => openDriver(backend.fresh());

/** A clock that starts at `start` and moves only when told. */
export function manualClock(start: string): {
  now: () => Date;
  advanceHours(h: number): void;
  set(iso: string): void;
} {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advanceHours: (h: number) => void (t += h * 3_600_000),
    set: (iso: string) => void (t = Date.parse(iso)),
  };
}
