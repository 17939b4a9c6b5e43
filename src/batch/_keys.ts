/**
 * Names of a batch in Redis. Every key of one batch shares the hash tag `{foramen:batch:NAME}`, so on a
 * Redis Cluster the whole batch (BullMQ's own keys included) sits in one slot and the Lua scripts stay
 * atomic; different batches spread over the cluster.
 */
import { InputError } from '../errors.js';

const BATCH_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/** The batch name checked: letters, digits, `.`, `_`, `-`, at most 64. */
export function checkBatchName(name: unknown): string {
  if (typeof name !== 'string' || !BATCH_NAME.test(name)) {
    throw new InputError(
      'invalid-input',
      'NAME',
      'a batch name is 1 to 64 letters, digits, ".", "_" or "-"',
    );
  }
  return name;
}

/** The keys of one batch. */
export interface BatchKeys {
  /** BullMQ prefix (the queue itself is called `jobs` under it). */
  readonly prefix: string;
  /** Hash: record id → `0` submitted, `1` result stored (the idempotency and exactly-once ledger). */
  readonly state: string;
  /**
   * Hash: job id → the texts of that chunk job, one `{ "id", "text" }` NDJSON line per report, until
   * the chunk's results are stored. The jobs themselves carry only a count (see queue.ts).
   */
  readonly chunks: string;
  /** Hash: record id → its NDJSON result line, until collected. */
  readonly results: string;
  /** Hash: counters and times (submitted, done, errors, refused, parsed, collected, firstAt, lastAt). */
  readonly stats: string;
  /** Hash: settings fixed at the first submit (where results go). */
  readonly meta: string;
  /** String: held by the one collector at work. */
  readonly collectLock: string;
}

export const QUEUE_NAME = 'jobs';

/** The keys of batch `name`. */
export function batchKeys(name: string): BatchKeys {
  const tag = `{foramen:batch:${name}}`;
  return {
    prefix: tag,
    state: `${tag}:state`,
    chunks: `${tag}:chunks`,
    results: `${tag}:results`,
    stats: `${tag}:stats`,
    meta: `${tag}:meta`,
    collectLock: `${tag}:collecting`,
  };
}
