/**
 * Parsing reports in bulk on every core: a directory of `.txt` files or an NDJSON stream of
 * `{ "id", "text" }` records in, one result per report out, in input order. This is the I/O edge of the
 * report parser (the parser itself stays pure): records stream in, go to worker threads in small chunks,
 * and results stream out, with a bounded number of chunks in flight so memory stays flat however many
 * reports there are. A bad record becomes an `{ id, error }` result and the batch goes on.
 */
import { createReadStream } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { parseReport } from './parse-report.js';
import type { ReportFinding, ReportNote, VertebralFinding } from './schema.js';

/** One input record, or one that could not be read. */
export type BatchInput =
  { readonly id: string; readonly text: string } | { readonly id: string; readonly error: string };

/** One output line. */
export type BatchResult =
  | {
      readonly id: string;
      readonly findings: ReportFinding[];
      readonly vertebrae?: VertebralFinding[];
      readonly notes?: ReportNote[];
    }
  | { readonly id: string; readonly error: string };

/** Counts reported at the end of a batch. */
export interface BatchSummary {
  readonly reports: number;
  readonly errors: number;
  readonly findings: number;
  readonly bytes: number;
  readonly seconds: number;
  readonly workers: number;
}

/** Progress as the batch runs: reports done, and bytes read out of the total when it is known. */
export interface BatchProgress {
  readonly done: number;
  readonly bytesRead: number;
  readonly totalBytes: number | undefined;
}

/** Options of {@link runReportBatch}. */
export interface BatchOptions {
  /** Worker threads (default: every core). 0 parses on the calling thread. */
  readonly workers?: number;
  /** Records per message to a worker. */
  readonly chunkSize?: number;
  readonly onProgress?: (progress: BatchProgress) => void;
}

/** A source of records with its byte progress. */
export interface BatchSource {
  readonly records: AsyncIterable<BatchInput>;
  /** Bytes read so far and the total, for a progress bar. */
  readonly progress: () => { bytesRead: number; totalBytes: number | undefined };
}

/** Largest single report accepted (a larger one is reported as an error and skipped). */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/**
 * Opens a batch source: a directory of `.txt` files, an NDJSON file, or `-` for NDJSON on `stdin`.
 * @param path - directory, `.ndjson`/`.jsonl` file, or `-`
 * @param stdin - the stream to read for `-`
 * @throws InputError when the path does not exist
 */
export async function openBatchSource(
  path: string,
  stdin?: NodeJS.ReadableStream,
): Promise<BatchSource> {
  if (path === '-') {
    if (!stdin) throw new InputError('invalid-input', '--batch', 'no standard input to read');
    const counter = { bytes: 0 };
    return {
      records: ndjsonRecords(stdin, counter),
      progress: () => ({ bytesRead: counter.bytes, totalBytes: undefined }),
    };
  }
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new InputError('invalid-input', '--batch', `${path}: no such file or directory`, {
      cause: error,
    });
  }
  if (info.isDirectory()) {
    const counter = { bytes: 0 };
    return {
      records: directoryRecords(path, counter),
      progress: () => ({ bytesRead: counter.bytes, totalBytes: undefined }),
    };
  }
  const counter = { bytes: 0 };
  return {
    records: ndjsonRecords(createReadStream(path), counter),
    progress: () => ({ bytesRead: counter.bytes, totalBytes: info.size }),
  };
}

async function* directoryRecords(
  dir: string,
  counter: { bytes: number },
): AsyncGenerator<BatchInput> {
  // opendir streams entries, so a million files never sit in memory at once.
  const handle = await opendir(dir, { bufferSize: 256 });
  for await (const entry of handle) {
    if (!entry.isFile() || !entry.name.toLowerCase().endsWith('.txt')) continue;
    const file = join(dir, entry.name);
    try {
      const size = (await stat(file)).size;
      if (size > MAX_RECORD_BYTES) {
        yield { id: entry.name, error: `report larger than ${MAX_RECORD_BYTES} bytes` };
        continue;
      }
      const text = await readFile(file, 'utf8');
      counter.bytes += size;
      yield { id: entry.name, text };
    } catch (error) {
      yield {
        id: entry.name,
        error: `cannot read: ${error instanceof Error ? error.message : String(error)}`,
      };
    }
  }
}

/** Splits a byte stream into lines without ever holding more than one over-long line's prefix. */
async function* ndjsonRecords(
  stream: NodeJS.ReadableStream,
  counter: { bytes: number },
): AsyncGenerator<BatchInput> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let overflow = false;
  let line = 0;
  const finish = function* (): Generator<BatchInput> {
    line++;
    if (overflow) {
      yield { id: `line:${line}`, error: `record longer than ${MAX_RECORD_BYTES} bytes` };
    } else if (pendingBytes > 0) {
      const record = decodeRecord(Buffer.concat(pending, pendingBytes).toString('utf8'), line);
      if (record) yield record;
    }
    pending = [];
    pendingBytes = 0;
    overflow = false;
  };
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : (raw as Buffer);
    counter.bytes += chunk.length;
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      const end = nl < 0 ? chunk.length : nl;
      if (!overflow) {
        if (pendingBytes + (end - from) > MAX_RECORD_BYTES) {
          overflow = true;
          pending = [];
          pendingBytes = 0;
        } else if (end > from) {
          pending.push(chunk.subarray(from, end));
          pendingBytes += end - from;
        }
      }
      if (nl < 0) break;
      yield* finish();
      from = nl + 1;
    }
  }
  if (pendingBytes > 0 || overflow) yield* finish();
}

/** One NDJSON line to a record; blank lines are skipped. */
function decodeRecord(line: string, lineNumber: number): BatchInput | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { id: `line:${lineNumber}`, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: `line:${lineNumber}`, error: 'not a JSON object' };
  }
  const record = value as Record<string, unknown>;
  const rawId = record['id'];
  const id =
    typeof rawId === 'string' && rawId !== ''
      ? rawId
      : typeof rawId === 'number'
        ? String(rawId)
        : undefined;
  if (id === undefined) {
    return { id: `line:${lineNumber}`, error: 'id: must be a non-empty string or a number' };
  }
  const text = record['text'];
  if (typeof text !== 'string') return { id, error: 'text: must be a string' };
  return { id, text };
}

/** Parses one record; never throws. */
export function parseBatchRecord(record: BatchInput): BatchResult {
  if ('error' in record) return record;
  try {
    const result = parseReport(record.text);
    return {
      id: record.id,
      findings: result.findings,
      ...(result.vertebrae.length > 0 ? { vertebrae: result.vertebrae } : {}),
      ...(result.notes.length > 0 ? { notes: result.notes } : {}),
    };
  } catch (error) {
    return { id: record.id, error: error instanceof Error ? error.message : String(error) };
  }
}

declare const __FORAMEN_BUNDLE__: boolean | undefined;
const workerUrl = (): URL =>
  new URL(
    typeof __FORAMEN_BUNDLE__ !== 'undefined' && __FORAMEN_BUNDLE__
      ? './batch-worker.mjs'
      : './batch-worker.js',
    import.meta.url,
  );

/** A worker that inherits the process's flags except those that only make sense for a main script. */
function spawnWorker(): Worker {
  const execArgv = process.execArgv.filter(
    (a) =>
      !a.startsWith('--input-type') && a !== '-e' && a !== '--eval' && !a.startsWith('--eval='),
  );
  const worker = new Worker(workerUrl(), { execArgv });
  // A worker that dies between chunks must not take the process down; its next chunk reports the error.
  worker.on('error', () => undefined);
  return worker;
}

interface Chunk {
  readonly seq: number;
  readonly records: BatchInput[];
}

/**
 * Parses every record of `source` and hands each result to `sink` in input order.
 * @param source - the records (see {@link openBatchSource})
 * @param sink - receives each chunk's results; awaited, so a slow consumer slows the reading
 * @returns the counts of the run
 */
export async function runReportBatch(
  source: BatchSource,
  sink: (results: readonly BatchResult[]) => Promise<void> | void,
  options: BatchOptions = {},
): Promise<BatchSummary> {
  const started = Date.now();
  const workers = Math.max(0, Math.floor(options.workers ?? availableParallelism()));
  const chunkSize = Math.max(1, options.chunkSize ?? 64);
  let reports = 0;
  let errors = 0;
  let findings = 0;
  const account = (results: readonly BatchResult[]): void => {
    for (const r of results) {
      reports++;
      if ('error' in r) errors++;
      else findings += r.findings.length;
    }
    const p = source.progress();
    options.onProgress?.({ done: reports, bytesRead: p.bytesRead, totalBytes: p.totalBytes });
  };

  if (workers === 0) {
    let batch: BatchInput[] = [];
    for await (const record of source.records) {
      batch.push(record);
      if (batch.length >= chunkSize) {
        const results = batch.map(parseBatchRecord);
        account(results);
        await sink(results);
        batch = [];
      }
    }
    const results = batch.map(parseBatchRecord);
    account(results);
    await sink(results);
  } else {
    await runOnWorkers(source.records, workers, chunkSize, async (results) => {
      account(results);
      await sink(results);
    });
  }
  const p = source.progress();
  return {
    reports,
    errors,
    findings,
    bytes: p.bytesRead,
    seconds: (Date.now() - started) / 1000,
    workers,
  };
}

async function runOnWorkers(
  records: AsyncIterable<BatchInput>,
  count: number,
  chunkSize: number,
  deliver: (results: readonly BatchResult[]) => Promise<void>,
): Promise<void> {
  const pool = Array.from({ length: count }, spawnWorker);
  const idle: Worker[] = [...pool];
  const waiting: ((w: Worker) => void)[] = [];
  const done = new Map<number, BatchResult[]>();
  let nextToDeliver = 0;
  let delivering: Promise<void> = Promise.resolve();
  const inFlight = new Set<Promise<void>>();

  const acquire = (): Promise<Worker> => {
    const w = idle.pop();
    if (w) return Promise.resolve(w);
    return new Promise((resolve) => waiting.push(resolve));
  };
  const release = (w: Worker): void => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  // Results leave in input order; at most `count` chunks wait here, so memory is bounded.
  const flush = (): void => {
    delivering = delivering.then(async () => {
      for (;;) {
        const ready = done.get(nextToDeliver);
        if (!ready) return;
        done.delete(nextToDeliver);
        nextToDeliver++;
        await deliver(ready);
      }
    });
  };
  const dispatch = (w: Worker, chunk: Chunk): Promise<void> =>
    new Promise<void>((resolve) => {
      const onMessage = (message: { seq: number; results: BatchResult[] }): void => {
        cleanup();
        done.set(message.seq, message.results);
        release(w);
        flush();
        resolve();
      };
      const onError = (error: Error): void => {
        cleanup();
        // The chunk still gets an answer so the output stays complete and ordered; a fresh worker
        // takes the dead one's place.
        done.set(
          chunk.seq,
          chunk.records.map((r) => ({ id: r.id, error: `worker failed: ${error.message}` })),
        );
        void w.terminate();
        const fresh = spawnWorker();
        pool.push(fresh);
        release(fresh);
        flush();
        resolve();
      };
      const cleanup = (): void => {
        w.off('message', onMessage);
        w.off('error', onError);
      };
      w.on('message', onMessage);
      w.on('error', onError);
      w.postMessage(chunk);
    });

  try {
    let seq = 0;
    let batch: BatchInput[] = [];
    let batchBytes = 0;
    const send = async (): Promise<void> => {
      const chunk: Chunk = { seq: seq++, records: batch };
      batch = [];
      batchBytes = 0;
      // Keep the reorder buffer bounded: never run too far ahead of the oldest undelivered chunk.
      while (chunk.seq - nextToDeliver > count * 4) {
        if (inFlight.size > 0) await Promise.race(inFlight);
        else await delivering;
      }
      const w = await acquire();
      const task = dispatch(w, chunk);
      inFlight.add(task);
      void task.then(() => inFlight.delete(task));
    };
    for await (const record of records) {
      batch.push(record);
      batchBytes += 'text' in record ? record.text.length : 0;
      if (batch.length >= chunkSize || batchBytes >= 1 << 20) await send();
    }
    if (batch.length > 0) await send();
    while (inFlight.size > 0) await Promise.all([...inFlight]);
    flush();
    await delivering;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
