/**
 * The records store as the HTTP service shares it: opened once, on first use, from the options or
 * the environment (DATABASE_URL, FORAMEN_DATA_DIR), and reachable from the records routes, the
 * readiness probe and the refusal audit. Also the per-request facts every audit entry carries.
 */
import type { FastifyRequest } from 'fastify';
import { ensureFirstAdmin, openRecordStore, storeConfigFromEnv } from '../index.js';
import type { ClientInfo, RecordStore } from '../index.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set once a refusal (401/403) has been written to the audit log, so it is written once. */
    foramenAudited?: boolean;
    /** Why the request was refused, for the audit entry (codes, never request content). */
    foramenRefusal?: string;
  }
}

/** The shared store handle. */
export interface RecordsStoreHandle {
  /** The store, opened (and migrated, and the first admin created) on first call. */
  get(): Promise<RecordStore>;
  /** The store if it is already open, without opening it. */
  ifOpen(): RecordStore | undefined;
  /** Closes a store this handle opened (a store passed in stays open). */
  close(): Promise<void>;
}

/**
 * Makes the handle.
 * @param options - an open store (tests) and the environment to read
 */
export function recordsStoreHandle(
  options: {
    readonly store?: RecordStore;
    readonly env?: Readonly<Record<string, string | undefined>>;
  } = {},
): RecordsStoreHandle {
  const env = options.env ?? process.env;
  let opening: Promise<RecordStore> | undefined;
  let opened: RecordStore | undefined = options.store;
  return {
    get() {
      if (options.store) return Promise.resolve(options.store);
      opening ??= openRecordStore(storeConfigFromEnv(env)).then(
        async (store) => {
          await ensureFirstAdmin(store.db, env);
          opened = store;
          return store;
        },
        (cause: unknown) => {
          opening = undefined; // a failed open is retried by the next request
          throw cause;
        },
      );
      return opening;
    },
    ifOpen: () => opened,
    async close() {
      if (!options.store && opening) await (await opening.catch(() => null))?.close();
    },
  };
}

/** The client's address (the proxy's client with FORAMEN_TRUST_PROXY) and user agent. */
export const clientOf = (request: FastifyRequest): ClientInfo => ({
  address: request.ip,
  ...(typeof request.headers['user-agent'] === 'string'
    ? { userAgent: request.headers['user-agent'] }
    : {}),
});
