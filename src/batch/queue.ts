/**
 * A report batch on BullMQ and Redis: `submit` streams records into chunked jobs, any number of `work`
 * processes on any number of machines parse them, `status` counts, `collect` streams the results out
 * exactly once per id, `drop` removes everything.
 *
 * Guarantees, and where they come from:
 * - Idempotent submit: a hash `state` (record id → 0 submitted / 1 done) is checked before a chunk is
 *   enqueued, and a chunk's BullMQ job id is a hash of its record ids, so resubmitting adds nothing.
 * - Nothing lost: BullMQ holds a lock per active job; a worker killed with SIGKILL stops renewing it, and
 *   another worker's stalled check puts the job back in the queue once the lock expires.
 * - Exactly once: results are written by a Lua script that stores a record's line only when its state
 *   is not yet 1 (or, with PostgreSQL, by `INSERT … ON CONFLICT DO NOTHING`), so a chunk processed twice
 *   stores nothing the second time, even after the first copy was collected.
 * - Bad records never stop a batch: an unreadable or oversized record is refused at submit with its
 *   reason; a report whose parse throws becomes an `{ id, error }` line; a job that fails all its
 *   attempts (or stalls too often) is split into one job per report, and a single report that still
 *   fails ends as one error line.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import type { Job, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { InputError } from '../errors.js';
import { parseBatchRecord } from '../report-parser/index.js';
import type { BatchInput, BatchResult } from '../report-parser/index.js';
import { QUEUE_NAME, batchKeys, checkBatchName } from './_keys.js';
import type { BatchKeys } from './_keys.js';
import { DEFAULT_REDIS_URL, connectRedis } from './_redis.js';
import { PostgresResults } from './postgres-results.js';
import type { StoredResult } from './postgres-results.js';

/** Where a batch's results are kept until collected. */
export const RESULT_STORES = ['redis', 'postgres'] as const;
export type ResultStore = (typeof RESULT_STORES)[number];

/** Largest report accepted by default (bytes of UTF-8); a larger one is refused with its reason. */
export const DEFAULT_MAX_REPORT_BYTES = 1024 * 1024;
/** Reports per job by default: large enough that Redis round trips are a small share of the work. */
export const DEFAULT_CHUNK_SIZE = 100;

/** Connection settings of a batch. */
export interface BatchConnectionOptions {
  /** Redis URL (default `REDIS_URL`, then redis://127.0.0.1:6379). */
  readonly redisUrl?: string;
  /** PostgreSQL URL for `--to postgres` batches (default `DATABASE_URL`). */
  readonly databaseUrl?: string;
  /** PostgreSQL schema of the results table (default `FORAMEN_DB_SCHEMA`, else the search path). */
  readonly databaseSchema?: string;
}

/** Options of {@link ReportBatch.submit}. */
export interface SubmitOptions {
  readonly chunkSize?: number;
  readonly maxReportBytes?: number;
  /** Where results go; fixed by the first submit of a batch. */
  readonly to?: ResultStore;
  /** Attempts per job, with exponential back-off from one second (default 3). */
  readonly attempts?: number;
  /** Called after each group of records is enqueued. */
  readonly onProgress?: (progress: SubmitSummary) => void;
}

/** What `submit` did. `refused` reports are counted in `submitted` and end as error lines. */
export interface SubmitSummary {
  readonly batch: string;
  readonly submitted: number;
  readonly skipped: number;
  readonly refused: number;
}

/** Options of {@link ReportBatch.work}. */
export interface WorkOptions {
  /** Jobs processed at once by this process (default 2: one parsing while the next is fetched). */
  readonly concurrency?: number;
  /** Return once the queue is empty instead of waiting for more work. */
  readonly untilEmpty?: boolean;
  /**
   * How long a job's lock lasts (ms, default 30 000): a killed worker's jobs return to the queue about
   * this long after it died.
   */
  readonly lockDurationMs?: number;
  /** Stops the worker gracefully: the jobs in hand finish, no new ones are taken. */
  readonly signal?: AbortSignal;
  /** Parses one record (default: the parser `parse-report` uses); tests inject failures here. */
  readonly parse?: (record: BatchInput) => BatchResult;
  readonly onProgress?: (progress: { readonly parsed: number; readonly seconds: number }) => void;
}

/** What one worker did. */
export interface WorkSummary {
  readonly batch: string;
  readonly parsed: number;
  readonly jobs: number;
  readonly seconds: number;
  readonly reportsPerSecond: number;
}

/** `foramen batch status` (CONTRACTS.md round 2), counted in reports, plus a few more counts. */
export interface BatchStatus {
  readonly batch: string;
  readonly waiting: number;
  readonly active: number;
  readonly completed: number;
  readonly failed: number;
  readonly reportsPerSecond: number;
  readonly submitted: number;
  readonly refused: number;
  readonly collected: number;
  readonly to: ResultStore;
}

/** Options of {@link ReportBatch.collect}. */
export interface CollectOptions {
  readonly onProgress?: (progress: { readonly collected: number; readonly total: number }) => void;
}

/** A report of a job. */
interface ChunkRecord {
  readonly id: string;
  readonly text: string;
}

/**
 * A job's data. A chunk's texts are not in its job but in the `chunks` hash under the job id: BullMQ
 * hands a worker its next job as the reply to the previous one's completion and turns that whole reply
 * into one string on the way (about 10 ms for 500 reports), and the texts would be JSON inside JSON.
 * Kept apart, they travel once, as bytes, and a job is a few bytes. A single report split off a failed
 * chunk travels inline in `records`.
 */
interface ChunkData {
  readonly count: number;
  readonly records?: readonly ChunkRecord[];
}

/** One NDJSON line as a string: ASCII as Latin-1 (a plain copy), anything else through UTF-8. */
const lineText = (bytes: Buffer, from: number, end: number): string =>
  isAscii(bytes.subarray(from, end))
    ? bytes.toString('latin1', from, end)
    : bytes.toString('utf8', from, end);

/** The records of a chunk's NDJSON (written by `submit`, so every line is a record). */
function chunkRecords(bytes: Buffer): ChunkRecord[] {
  const records: ChunkRecord[] = [];
  let from = 0;
  while (from < bytes.length) {
    const nl = bytes.indexOf(10, from);
    const end = nl < 0 ? bytes.length : nl;
    if (end > from) records.push(JSON.parse(lineText(bytes, from, end)) as ChunkRecord);
    from = end + 1;
  }
  return records;
}

// Stores result lines of a chunk, only for records not yet done; counts what was new; then drops the
// chunk's texts, so texts gone means every result of the chunk is stored.
// KEYS: state, results, stats, meta, chunks. ARGV: mode ('lines' | 'mark'), kind ('parsed' |
// 'refused'), startedAt, now, chunk job id ('' for none), then (id, line, isError) triples. In 'mark'
// mode the lines live in PostgreSQL. Returns -1, storing nothing, when the mode is not the batch's (a
// worker remembers where results go; this catches a batch dropped and submitted again with the other
// store).
const STORE_SCRIPT = `
local to = redis.call('HGET', KEYS[4], 'to')
if to == false then to = 'redis' end
if (ARGV[1] == 'mark') ~= (to == 'postgres') then return -1 end
local added, errors = 0, 0
for i = 6, #ARGV, 3 do
  local id = ARGV[i]
  if redis.call('HGET', KEYS[1], id) ~= '1' then
    redis.call('HSET', KEYS[1], id, '1')
    if ARGV[1] == 'lines' then redis.call('HSET', KEYS[2], id, ARGV[i + 1]) end
    added = added + 1
    if ARGV[i + 2] == '1' then errors = errors + 1 end
  end
end
if ARGV[5] ~= '' then redis.call('HDEL', KEYS[5], ARGV[5]) end
if added > 0 then
  redis.call('HINCRBY', KEYS[3], 'done', added)
  redis.call('HINCRBY', KEYS[3], ARGV[2], added)
  if errors > 0 then redis.call('HINCRBY', KEYS[3], 'errors', errors) end
  if ARGV[2] == 'parsed' then
    redis.call('HSETNX', KEYS[3], 'firstAt', ARGV[3])
    redis.call('HSET', KEYS[3], 'lastAt', ARGV[4])
  end
end
return added
`;

// Marks fresh ids as submitted; returns 1/0 per id (1 = was new). KEYS: state, stats.
const SUBMIT_SCRIPT = `
local fresh = {}
local n = 0
for i = 1, #ARGV do
  if redis.call('HSETNX', KEYS[1], ARGV[i], '0') == 1 then n = n + 1 end
end
if n > 0 then redis.call('HINCRBY', KEYS[2], 'submitted', n) end
return n
`;

/** The two scripts as commands of the connection: sent once, then run by their SHA (EVALSHA). */
interface BatchScripts {
  foramenBatchStore(...keysAndArgs: string[]): Promise<unknown>;
  foramenBatchSubmit(...keysAndArgs: string[]): Promise<unknown>;
}
const withScripts = new WeakSet<Redis>();
const scripts = (redis: Redis): BatchScripts => {
  if (!withScripts.has(redis)) {
    redis.defineCommand('foramenBatchStore', { numberOfKeys: 5, lua: STORE_SCRIPT });
    redis.defineCommand('foramenBatchSubmit', { numberOfKeys: 2, lua: SUBMIT_SCRIPT });
    withScripts.add(redis);
  }
  return redis as unknown as BatchScripts;
};

const jobIdOf = (kind: 'c' | 's', ids: readonly string[]): string =>
  `${kind}-${createHash('sha1').update(ids.join('\u0000')).digest('hex')}`;

const positiveInt = (value: number | undefined, fallback: number, field: string): number => {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 1) {
    throw new InputError('invalid-input', field, 'must be a positive integer');
  }
  return n;
};

const errorLine = (id: string, error: string): StoredResult => ({
  id,
  line: JSON.stringify({ id, error }),
  error,
});

const toStored = (result: BatchResult): StoredResult => ({
  id: result.id,
  line: JSON.stringify(result),
  error: 'error' in result ? result.error : undefined,
});

/**
 * Opens batch `name` on Redis (and PostgreSQL when its results go there). Close it when done.
 * @throws InputError for a bad name or an unreachable server
 */
export async function openReportBatch(
  name: string,
  options: BatchConnectionOptions = {},
): Promise<ReportBatch> {
  const batch = checkBatchName(name);
  const redis = await connectRedis(options.redisUrl ?? process.env.REDIS_URL ?? DEFAULT_REDIS_URL);
  return new ReportBatch(batch, redis, options);
}

/** One named batch. */
export class ReportBatch {
  private readonly keys: BatchKeys;
  private queueInstance: Queue | undefined;
  private postgres: PostgresResults | undefined;
  private fixedStore: ResultStore | undefined;

  /** @internal use {@link openReportBatch} */
  constructor(
    readonly name: string,
    private readonly redis: Redis,
    private readonly options: BatchConnectionOptions,
  ) {
    this.keys = batchKeys(name);
  }

  private async queue(): Promise<Queue> {
    if (!this.queueInstance) {
      const { Queue: BullQueue } = await import('bullmq');
      this.queueInstance = new BullQueue(QUEUE_NAME, {
        connection: this.redis,
        prefix: this.keys.prefix,
      });
    }
    return this.queueInstance;
  }

  /** Where results go: fixed by the first submit (default Redis). */
  private async resultStore(): Promise<ResultStore> {
    if (this.fixedStore) return this.fixedStore;
    const to = await this.redis.hget(this.keys.meta, 'to');
    // Once a submit has fixed it, it never changes: remember it rather than ask for every chunk.
    if (to === 'postgres' || to === 'redis') this.fixedStore = to;
    return to === 'postgres' ? 'postgres' : 'redis';
  }

  private async pg(): Promise<PostgresResults> {
    if (!this.postgres) {
      const url = this.options.databaseUrl ?? process.env.DATABASE_URL;
      if (!url) {
        throw new InputError(
          'invalid-input',
          'DATABASE_URL',
          `batch ${this.name} keeps its results in PostgreSQL: set DATABASE_URL`,
        );
      }
      this.postgres = await PostgresResults.open(
        url,
        this.options.databaseSchema ?? process.env.FORAMEN_DB_SCHEMA,
      );
    }
    return this.postgres;
  }

  /**
   * Stores results of records not done yet, and drops the texts of `chunk` (a job id) with them;
   * returns how many were new.
   */
  private async store(
    results: readonly StoredResult[],
    kind: 'parsed' | 'refused',
    startedAt: number,
    chunk = '',
  ): Promise<number> {
    if (results.length === 0 && chunk === '') return 0;
    for (;;) {
      const to = await this.resultStore();
      if (to === 'postgres' && results.length > 0) {
        await (await this.pg()).insert(this.name, results);
      }
      const args: string[] = [to === 'postgres' ? 'mark' : 'lines', kind, String(startedAt)];
      args.push(String(Date.now()), chunk);
      for (const r of results) {
        args.push(r.id, to === 'postgres' ? '' : r.line, r.error === undefined ? '0' : '1');
      }
      const added = Number(
        await scripts(this.redis).foramenBatchStore(
          this.keys.state,
          this.keys.results,
          this.keys.stats,
          this.keys.meta,
          this.keys.chunks,
          ...args,
        ),
      );
      if (added >= 0) return added;
      this.fixedStore = undefined; // the batch changed store since it was remembered: ask again
    }
  }

  /** A job's records: inline, or its chunk's texts (none once the chunk's results are stored). */
  private async recordsOf(job: Job<ChunkData>): Promise<readonly ChunkRecord[]> {
    if (job.data.records) return job.data.records;
    if (job.id === undefined) return [];
    const bytes = await this.redis.hgetBuffer(this.keys.chunks, job.id);
    return bytes ? chunkRecords(bytes) : [];
  }

  /**
   * Enqueues every record of `records` not submitted before, in chunked jobs. Streams: memory holds
   * one group of chunks at a time, whatever the number of records.
   */
  async submit(
    records: AsyncIterable<BatchInput>,
    options: SubmitOptions = {},
  ): Promise<SubmitSummary> {
    const chunkSize = positiveInt(options.chunkSize, DEFAULT_CHUNK_SIZE, '--chunk-size');
    const maxBytes = positiveInt(options.maxReportBytes, DEFAULT_MAX_REPORT_BYTES, '--max-bytes');
    const wanted: ResultStore = options.to ?? 'redis';
    await this.redis.hsetnx(this.keys.meta, 'to', wanted);
    const to = await this.resultStore();
    if (options.to !== undefined && to !== options.to) {
      throw new InputError(
        'invalid-input',
        '--to',
        `batch ${this.name} already keeps its results in ${to}`,
      );
    }
    if (to === 'postgres') await this.pg(); // fail now, not in every worker
    const queue = await this.queue();
    const retry = {
      attempts: positiveInt(options.attempts, 3, '--attempts'),
      backoff: { type: 'exponential', delay: 1000 },
    };
    const groupSize = chunkSize * 10;
    let submitted = 0;
    let skipped = 0;
    let refused = 0;
    let group: { id: string; text: string }[] = [];
    let refusals: StoredResult[] = [];

    const flush = async (): Promise<void> => {
      const seen = new Set<string>();
      const unique = group.filter((r) => (seen.has(r.id) ? false : (seen.add(r.id), true)));
      skipped += group.length - unique.length;
      const known =
        unique.length > 0
          ? await this.redis.hmget(this.keys.state, ...unique.map((r) => r.id))
          : [];
      const fresh = unique.filter((_, i) => known[i] === null);
      skipped += unique.length - fresh.length;
      const jobs = [];
      const texts: string[] = [];
      for (let i = 0; i < fresh.length; i += chunkSize) {
        const records = fresh.slice(i, i + chunkSize);
        const jobId = jobIdOf(
          'c',
          records.map((r) => r.id),
        );
        texts.push(jobId, records.map((r) => JSON.stringify(r)).join('\n'));
        jobs.push({
          name: 'chunk',
          data: { count: records.length } satisfies ChunkData,
          opts: { jobId, ...retry },
        });
      }
      // Texts first, jobs second, ledger last: a submit killed in between leaves texts or jobs that a
      // resubmit writes again under the same job ids (a no-op), never records marked but not enqueued.
      if (jobs.length > 0) {
        await this.redis.hset(this.keys.chunks, ...texts);
        await queue.addBulk(jobs);
      }
      if (fresh.length > 0) {
        submitted += Number(
          await scripts(this.redis).foramenBatchSubmit(
            this.keys.state,
            this.keys.stats,
            ...fresh.map((r) => r.id),
          ),
        );
      }
      if (refusals.length > 0) {
        const ids = refusals.filter((r) => !seen.has(r.id));
        const known2 = await this.redis.hmget(this.keys.state, ...ids.map((r) => r.id));
        const newRefusals = ids.filter((_, i) => known2[i] === null);
        skipped += ids.length - newRefusals.length;
        const added = await this.store(newRefusals, 'refused', Date.now());
        if (added > 0) await this.redis.hincrby(this.keys.stats, 'submitted', added);
        skipped += newRefusals.length - added;
        submitted += added;
        refused += added;
      }
      group = [];
      refusals = [];
      options.onProgress?.({ batch: this.name, submitted, skipped, refused });
    };

    for await (const record of records) {
      if ('error' in record) {
        refusals.push(errorLine(record.id, record.error));
      } else {
        const bytes = Buffer.byteLength(record.text, 'utf8');
        if (bytes > maxBytes) {
          refusals.push(
            errorLine(record.id, `report is ${bytes} bytes, above the limit of ${maxBytes}`),
          );
        } else {
          group.push({ id: record.id, text: record.text });
        }
      }
      if (group.length + refusals.length >= groupSize) await flush();
    }
    if (group.length + refusals.length > 0) await flush();
    return { batch: this.name, submitted, skipped, refused };
  }

  /**
   * Processes jobs until the queue is empty (`untilEmpty`) or `signal` aborts. Any number of workers
   * may run at once, anywhere.
   */
  async work(options: WorkOptions = {}): Promise<WorkSummary> {
    const concurrency = positiveInt(options.concurrency, 2, '--concurrency');
    const lockDuration = positiveInt(options.lockDurationMs, 30_000, '--lock-ms');
    const parse = options.parse ?? parseBatchRecord;
    const { Worker: BullWorker } = await import('bullmq');
    const started = Date.now();
    let parsed = 0;
    let jobs = 0;

    const processor = async (job: Job<ChunkData>): Promise<void> => {
      const jobStarted = Date.now();
      const results: StoredResult[] = [];
      let slice = Date.now();
      // No texts left means a copy of this job already stored every result: nothing to do.
      for (const record of await this.recordsOf(job)) {
        try {
          results.push(toStored(parse(record)));
        } catch (error) {
          const why = error instanceof Error ? error.message : String(error);
          results.push(errorLine(record.id, `parse failed: ${why}`));
        }
        // Parsing is CPU work: yield now and then so the lock renewal timer runs, or a slow chunk
        // would lose its lock and be taken for a dead worker's.
        if (Date.now() - slice > 50) {
          await new Promise((resolve) => setImmediate(resolve));
          slice = Date.now();
        }
      }
      await this.store(results, 'parsed', jobStarted, job.data.records ? '' : (job.id ?? ''));
      parsed += results.length;
      jobs++;
      options.onProgress?.({ parsed, seconds: (Date.now() - started) / 1000 });
    };

    const worker: Worker<ChunkData> = new BullWorker<ChunkData>(QUEUE_NAME, processor, {
      connection: this.redis,
      prefix: this.keys.prefix,
      concurrency,
      lockDuration,
      stalledInterval: Math.max(1000, Math.floor(lockDuration / 2)),
      maxStalledCount: 3,
      drainDelay: 1,
      removeOnComplete: { count: 0 },
      autorun: false,
    });
    worker.on('error', () => undefined); // connection blips: ioredis reconnects, jobs are retried
    const run = worker.run();
    const stop = new Promise<void>((resolve) => {
      if (options.signal?.aborted) resolve();
      options.signal?.addEventListener('abort', () => resolve(), { once: true });
    });

    try {
      for (;;) {
        const which = await Promise.race([
          stop.then(() => 'stop' as const),
          delay(500).then(() => 'tick' as const),
        ]);
        if (which === 'stop') break;
        await this.sweepFailed();
        if (options.untilEmpty && (await this.isEmpty())) {
          // Twice, a moment apart: a job between two states is not mistaken for the end.
          await delay(200);
          await this.sweepFailed();
          if (await this.isEmpty()) break;
        }
      }
    } finally {
      await worker.close();
      await run.catch(() => undefined);
    }
    const seconds = (Date.now() - started) / 1000;
    return {
      batch: this.name,
      parsed,
      jobs,
      seconds,
      reportsPerSecond: seconds > 0 ? Math.round(parsed / seconds) : 0,
    };
  }

  /** No job waiting, active, delayed or failed. */
  private async isEmpty(): Promise<boolean> {
    const queue = await this.queue();
    const counts = await queue.getJobCounts(
      'wait',
      'active',
      'delayed',
      'prioritized',
      'waiting-children',
      'failed',
    );
    return Object.values(counts).every((n) => n === 0);
  }

  /**
   * Handles jobs that failed for good (out of attempts, which BullMQ retries with back-off, or stalled
   * too often): a chunk is split into one job per unfinished report, so one poisoned report cannot
   * take its neighbours down; a single report ends as its error line.
   */
  private async sweepFailed(): Promise<void> {
    const queue = await this.queue();
    const failed = (await queue.getFailed(0, 99)) as Job<ChunkData>[];
    for (const job of failed) {
      const reason = job.failedReason || 'failed';
      const tries = job.attemptsMade;
      try {
        const records = await this.recordsOf(job);
        const chunk = job.data.records ? '' : (job.id ?? '');
        if (records.length > 1) {
          const state = await this.redis.hmget(this.keys.state, ...records.map((r) => r.id));
          const open = records.filter((_, i) => state[i] !== '1');
          await queue.addBulk(
            open.map((r) => ({
              name: 'report',
              data: { count: 1, records: [r] } satisfies ChunkData,
              opts: { jobId: jobIdOf('s', [r.id]), attempts: job.opts.attempts ?? 1 },
            })),
          );
          if (chunk !== '') await this.redis.hdel(this.keys.chunks, chunk);
        } else {
          await this.store(
            records.map((r) => errorLine(r.id, `failed after ${tries} attempt(s): ${reason}`)),
            'parsed',
            Date.now(),
            chunk,
          );
        }
        await job.remove();
      } catch {
        // Another worker handled this job first.
      }
    }
  }

  /** Counts, in reports (CONTRACTS.md round 2). */
  async status(): Promise<BatchStatus> {
    const stats = await this.redis.hgetall(this.keys.stats);
    const n = (field: string): number => Number(stats[field] ?? 0);
    const queue = await this.queue();
    const activeJobs = (await queue.getActive(0, 999)) as Job<ChunkData>[];
    const activeReports = activeJobs.reduce(
      (sum, j) => sum + (j.data?.count ?? j.data?.records?.length ?? 0),
      0,
    );
    const submitted = n('submitted');
    const done = n('done');
    const errors = n('errors');
    const active = Math.max(0, Math.min(activeReports, submitted - done));
    const span = (n('lastAt') - n('firstAt')) / 1000;
    return {
      batch: this.name,
      waiting: Math.max(0, submitted - done - active),
      active,
      completed: done - errors,
      failed: errors,
      reportsPerSecond: span > 0 ? Math.round(n('parsed') / span) : 0,
      submitted,
      refused: n('refused'),
      collected: n('collected'),
      to: await this.resultStore(),
    };
  }

  /**
   * Hands every stored result line to `sink`, once: with Redis, lines are deleted after the sink has
   * taken them; with PostgreSQL, rows stay for SQL and are read in id order. One collector at a time.
   */
  async collect(
    sink: (lines: string) => Promise<void>,
    options: CollectOptions = {},
  ): Promise<{ batch: string; collected: number }> {
    const to = await this.resultStore();
    let collected = 0;
    if (to === 'postgres') {
      const pg = await this.pg();
      const total = await pg.count(this.name);
      let after: string | undefined;
      for (;;) {
        const rows = await pg.page(this.name, after, 2000);
        if (rows.length === 0) break;
        await sink(rows.map(([, line]) => `${line ?? ''}\n`).join(''));
        collected += rows.length;
        after = rows[rows.length - 1]?.[0];
        options.onProgress?.({ collected, total });
      }
      return { batch: this.name, collected };
    }
    const lock = `${process.pid}-${Date.now()}`;
    if ((await this.redis.set(this.keys.collectLock, lock, 'PX', 600_000, 'NX')) !== 'OK') {
      throw new InputError(
        'invalid-input',
        'NAME',
        `batch ${this.name} is being collected by another process`,
      );
    }
    try {
      let total = await this.redis.hlen(this.keys.results);
      // A full HSCAN pass returns every field present throughout it; a field is deleted as soon as
      // its line is written, so it can never come back in a later page. Passes repeat while workers
      // are still adding results.
      while ((await this.redis.hlen(this.keys.results)) > 0) {
        let cursor = '0';
        do {
          const [next, flat] = await this.redis.hscan(this.keys.results, cursor, 'COUNT', 1000);
          cursor = next;
          if (flat.length === 0) continue;
          const ids: string[] = [];
          let out = '';
          for (let i = 0; i + 1 < flat.length; i += 2) {
            ids.push(flat[i] as string);
            out += `${flat[i + 1] as string}\n`;
          }
          await sink(out);
          await this.redis
            .multi()
            .hdel(this.keys.results, ...ids)
            .hincrby(this.keys.stats, 'collected', ids.length)
            .pexpire(this.keys.collectLock, 600_000)
            .exec();
          collected += ids.length;
          total = Math.max(total, collected);
          options.onProgress?.({ collected, total });
        } while (cursor !== '0');
      }
    } finally {
      await this.redis.del(this.keys.collectLock);
    }
    return { batch: this.name, collected };
  }

  /** Removes the batch: its queue, ledger, results and counters (and its PostgreSQL rows). */
  async drop(): Promise<{ batch: string; dropped: true }> {
    const to = await this.resultStore();
    if (to === 'postgres') await (await this.pg()).drop(this.name);
    const queue = await this.queue();
    await queue.obliterate({ force: true });
    const k = this.keys;
    await this.redis.del(k.state, k.chunks, k.results, k.stats, k.meta, k.collectLock);
    this.fixedStore = undefined;
    return { batch: this.name, dropped: true };
  }

  /** Closes the connections. */
  async close(): Promise<void> {
    await this.queueInstance?.close().catch(() => undefined);
    await this.postgres?.close().catch(() => undefined);
    this.redis.disconnect();
  }
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
