/**
 * Parsing reports in bulk on every core: a directory of `.txt` files or an NDJSON stream of
 * `{ "id", "text" }` records in, one NDJSON result line per report out, in input order. This is the I/O
 * edge of the report parser (the parser itself stays pure).
 *
 * On N cores the calling thread and N − 1 workers parse. An NDJSON input is cut into blocks of whole
 * lines (about 512 KB) whose bytes are *transferred* to a worker, never cloned; the worker decodes,
 * parses and serialises the whole block and transfers one buffer of NDJSON output back with its counts.
 * Between its own blocks the calling thread reads the input, hands blocks out and writes the answers in
 * input order. A bounded number of blocks is in flight, so memory stays flat however many reports
 * there are. A bad record becomes an `{ id, error }` line and the batch goes on.
 */
import { isAscii } from 'node:buffer';
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
  /** Sentences naming a level or a spinal structure that yielded no finding, over all reports. */
  readonly unreadSentences: number;
  /** Reports with at least one such sentence. */
  readonly reportsWithUnread: number;
  readonly bytes: number;
  readonly seconds: number;
  /** Threads that parsed: the calling thread and the workers. */
  readonly threads: number;
  /** Worker threads among them. */
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
  /**
   * Threads that parse (default: every core): the calling thread and `threads − 1` workers; 0 and 1
   * both parse on the calling thread alone.
   */
  readonly threads?: number;
  /** Worker threads beside the calling thread; `threads − 1` when `threads` is given. */
  readonly workers?: number;
  /** Records per message to a worker (a directory source; NDJSON goes in blocks of bytes). */
  readonly chunkSize?: number;
  /** Bytes of NDJSON per block sent to a worker. */
  readonly blockBytes?: number;
  readonly onProgress?: (progress: BatchProgress) => void;
}

/** A source of records with its byte progress. */
export interface BatchSource {
  readonly records: AsyncIterable<BatchInput>;
  /** The raw NDJSON bytes, when the source is NDJSON (read instead of `records`, never both). */
  readonly bytes?: AsyncIterable<Buffer>;
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
      bytes: countedBytes(stdin, counter),
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
    // Streams open only when read, so the unused one never holds a file descriptor.
    records: (async function* () {
      yield* ndjsonRecords(createReadStream(path), counter);
    })(),
    bytes: (async function* () {
      yield* countedBytes(createReadStream(path, { highWaterMark: 1 << 20 }), counter);
    })(),
    progress: () => ({ bytesRead: counter.bytes, totalBytes: info.size }),
  };
}

async function* countedBytes(
  stream: NodeJS.ReadableStream,
  counter: { bytes: number },
): AsyncGenerator<Buffer> {
  for await (const raw of stream) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : (raw as Buffer);
    counter.bytes += chunk.length;
    yield chunk;
  }
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
export function decodeRecord(line: string, lineNumber: number): BatchInput | undefined {
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
  return parseCounted(record).result;
}

/** A record's result with the number of its unread sentences. */
function parseCounted(record: BatchInput): { result: BatchResult; unread: number } {
  if ('error' in record) return { result: record, unread: 0 };
  try {
    const parsed = parseReport(record.text);
    return {
      result: {
        id: record.id,
        findings: parsed.findings,
        ...(parsed.vertebrae.length > 0 ? { vertebrae: parsed.vertebrae } : {}),
        ...(parsed.notes.length > 0 ? { notes: parsed.notes } : {}),
      },
      unread: parsed.coverage.unreadSentences.length,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { result: { id: record.id, error: message }, unread: 0 };
  }
}

/** Counts of one block of results. */
export interface BlockCounts {
  reports: number;
  errors: number;
  findings: number;
  unreadSentences: number;
  reportsWithUnread: number;
}

const emptyCounts = (): BlockCounts => ({
  reports: 0,
  errors: 0,
  findings: 0,
  unreadSentences: 0,
  reportsWithUnread: 0,
});

/** A block of work for a worker: NDJSON bytes (transferred) or records read from files. */
export type BatchBlock =
  | { readonly seq: number; readonly bytes: Uint8Array; readonly firstLine: number }
  | { readonly seq: number; readonly records: readonly BatchInput[] };

/** A worker's answer: the block's NDJSON output (transferred) and its counts. */
export interface BlockAnswer {
  readonly seq: number;
  readonly out: Uint8Array;
  readonly counts: BlockCounts;
}

const encoder = new TextEncoder();

/**
 * One NDJSON line of a block as a string. Most lines are ASCII, which decodes as Latin-1 with a plain
 * copy; V8's UTF-8 decoder costs about twenty times more per byte, so only the few lines holding other
 * characters go through it.
 */
const lineText = (bytes: Buffer, from: number, end: number): string =>
  isAscii(bytes.subarray(from, end))
    ? bytes.toString('latin1', from, end)
    : bytes.toString('utf8', from, end);

/** UTF-8 bytes of `text` in an ArrayBuffer of their own, so it can be transferred. */
const ownBytes = (text: string): Uint8Array => {
  const bytes = Buffer.from(text, 'utf8');
  // Short strings come from Buffer's shared pool, which must never be transferred.
  return bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length
    ? bytes
    : new Uint8Array(bytes);
};

/**
 * Parses a block into NDJSON output; never throws. Runs in a worker (and on the calling thread when a
 * batch has no workers).
 * @param block - NDJSON bytes with the number of their first line, or records
 */
export function parseBlock(block: BatchBlock): BlockAnswer {
  const counts = emptyCounts();
  let out = '';
  const take = (record: BatchInput): void => {
    const { result, unread } = parseCounted(record);
    counts.reports++;
    if ('error' in result) counts.errors++;
    else counts.findings += result.findings.length;
    counts.unreadSentences += unread;
    if (unread > 0) counts.reportsWithUnread++;
    out += `${JSON.stringify(result)}\n`;
  };
  if ('records' in block) block.records.forEach(take);
  else {
    const bytes = Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.byteLength);
    let line = block.firstLine;
    let from = 0;
    while (from < bytes.length) {
      const nl = bytes.indexOf(10, from);
      const end = nl < 0 ? bytes.length : nl;
      const record = decodeRecord(lineText(bytes, from, end), line);
      if (record) take(record);
      line++;
      from = end + 1;
    }
  }
  return { seq: block.seq, out: ownBytes(out), counts };
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
  worker.on('error', () => undefined);
  return worker;
}

/** Default NDJSON block: large enough that a message costs little, small enough to keep memory flat. */
const DEFAULT_BLOCK_BYTES = 512 * 1024;
/**
 * Blocks a worker holds at once: it starts the next as soon as it answers one, while the calling thread
 * may still be busy with a block of its own.
 */
const BLOCKS_QUEUED_PER_WORKER = 2;

/** Blocks of whole NDJSON lines from a byte stream, each in its own (transferable) buffer. */
async function* ndjsonBlocks(
  chunks: AsyncIterable<Buffer>,
  blockBytes: number,
): AsyncGenerator<
  { bytes: Uint8Array; firstLine: number } | { records: BatchInput[]; firstLine: number }
> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let line = 1;
  let partial: Uint8Array[] = [];
  let partialSize = 0;
  let overflow = false;
  const block = (): { bytes: Uint8Array; firstLine: number } => {
    const bytes = new Uint8Array(size);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    let lines = 0;
    for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) lines++;
    const out = { bytes, firstLine: line };
    line += lines;
    parts = [];
    size = 0;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(10, from);
      const end = nl < 0 ? chunk.length : nl + 1;
      if (!overflow && partialSize + (end - from) > MAX_RECORD_BYTES) {
        overflow = true;
        partial = [];
        partialSize = 0;
      }
      if (!overflow) {
        partial.push(chunk.subarray(from, end));
        partialSize += end - from;
      }
      if (nl < 0) break;
      if (overflow) {
        // One over-long record: its error keeps its place between the blocks around it.
        if (size > 0) yield block();
        yield {
          records: [{ id: `line:${line}`, error: `record longer than ${MAX_RECORD_BYTES} bytes` }],
          firstLine: line,
        };
        line++;
        overflow = false;
      } else {
        parts.push(...partial);
        size += partialSize;
      }
      partial = [];
      partialSize = 0;
      from = nl + 1;
      if (size >= blockBytes) yield block();
    }
  }
  if (overflow) {
    if (size > 0) yield block();
    yield {
      records: [{ id: `line:${line}`, error: `record longer than ${MAX_RECORD_BYTES} bytes` }],
      firstLine: line,
    };
    return;
  }
  parts.push(...partial);
  size += partialSize;
  if (size > 0) yield block();
}

/** Record blocks of a directory source. */
async function* recordBlocks(
  records: AsyncIterable<BatchInput>,
  chunkSize: number,
): AsyncGenerator<{ records: BatchInput[] }> {
  let batch: BatchInput[] = [];
  let bytes = 0;
  for await (const record of records) {
    batch.push(record);
    bytes += 'text' in record ? record.text.length : 0;
    if (batch.length >= chunkSize || bytes >= 1 << 20) {
      yield { records: batch };
      batch = [];
      bytes = 0;
    }
  }
  if (batch.length > 0) yield { records: batch };
}

/**
 * Runs a batch: every record parsed, one NDJSON line per record handed to `sink` in input order.
 * @param source - from {@link openBatchSource}
 * @param sink - receives NDJSON output, block by block, in input order; may return a promise
 *   (back-pressure)
 * @param options - workers, block sizes and a progress callback
 * @returns the counts of the whole batch
 */
export async function runReportBatch(
  source: BatchSource,
  sink: (ndjson: Uint8Array) => Promise<void> | void,
  options: BatchOptions = {},
): Promise<BatchSummary> {
  const started = Date.now();
  const workers =
    options.threads !== undefined
      ? Math.max(0, Math.floor(options.threads) - 1)
      : Math.max(0, Math.floor(options.workers ?? availableParallelism() - 1));
  const chunkSize = Math.max(1, options.chunkSize ?? 64);
  const blockBytes = Math.max(1, options.blockBytes ?? DEFAULT_BLOCK_BYTES);
  const total = emptyCounts();
  const deliver = async (answer: BlockAnswer): Promise<void> => {
    total.reports += answer.counts.reports;
    total.errors += answer.counts.errors;
    total.findings += answer.counts.findings;
    total.unreadSentences += answer.counts.unreadSentences;
    total.reportsWithUnread += answer.counts.reportsWithUnread;
    const p = source.progress();
    options.onProgress?.({ done: total.reports, bytesRead: p.bytesRead, totalBytes: p.totalBytes });
    if (answer.out.length > 0) await sink(answer.out);
  };
  const blocks = numbered(
    source.bytes ? ndjsonBlocks(source.bytes, blockBytes) : recordBlocks(source.records, chunkSize),
  );

  if (workers === 0) {
    for await (const block of blocks) await deliver(parseBlock(block));
  } else await runOnThreads(blocks[Symbol.asyncIterator](), workers, deliver);
  const p = source.progress();
  return {
    ...total,
    bytes: p.bytesRead,
    seconds: (Date.now() - started) / 1000,
    threads: workers + 1,
    workers,
  };
}

/** Numbers the blocks in reading order; the numbers put the answers back in that order. */
async function* numbered(
  blocks: AsyncIterable<{ bytes: Uint8Array; firstLine: number } | { records: BatchInput[] }>,
): AsyncGenerator<BatchBlock> {
  let seq = 0;
  for await (const b of blocks) {
    yield 'bytes' in b
      ? { seq: seq++, bytes: b.bytes, firstLine: b.firstLine }
      : { seq: seq++, records: b.records };
  }
}

/** A block handed to a worker, with what is left to report if the worker dies before answering. */
interface Pending {
  readonly copy: BatchBlock;
  readonly resolve: () => void;
}

/**
 * Parses the blocks on this thread and `workerCount` workers at once. A worker keeps
 * {@link BLOCKS_QUEUED_PER_WORKER} blocks in hand, so it never waits for this thread, which parses a
 * block of its own between dispatches. Parsing here as well saves one worker's start-up (its own copy of
 * the parser and a JIT warming up from cold) and gives the batch a core a coordinator alone would leave
 * idle.
 */
async function runOnThreads(
  blocks: AsyncIterator<BatchBlock>,
  workerCount: number,
  deliver: (answer: BlockAnswer) => Promise<void>,
): Promise<void> {
  const done = new Map<number, BlockAnswer>();
  let nextToDeliver = 0;
  let delivering: Promise<void> = Promise.resolve();
  let delivered: () => void = () => undefined;
  let deliveredOnce = new Promise<void>((resolve) => (delivered = resolve));
  const workers: Worker[] = [];
  // Output leaves in input order; the ahead-limit below bounds how many answers wait here.
  const flush = (): void => {
    delivering = delivering.then(async () => {
      for (;;) {
        const ready = done.get(nextToDeliver);
        if (!ready) return;
        done.delete(nextToDeliver);
        nextToDeliver++;
        await deliver(ready);
        delivered();
        deliveredOnce = new Promise<void>((resolve) => (delivered = resolve));
      }
    });
  };
  const answered = (answer: BlockAnswer): void => {
    done.set(answer.seq, answer);
    flush();
  };
  const aheadLimit = (workerCount + 1) * (BLOCKS_QUEUED_PER_WORKER + 1);
  // The next block for a thread, once the output has caught up enough to keep memory flat.
  const take = async (): Promise<BatchBlock | undefined> => {
    const next = await blocks.next();
    if (next.done === true) return undefined;
    while (next.value.seq - nextToDeliver > aheadLimit) await deliveredOnce;
    return next.value;
  };

  const hereLane = async (): Promise<void> => {
    for (let block = await take(); block; block = await take()) {
      answered(parseBlock(block));
      // Let the workers' answers, the input and the output move before the next block.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };

  const workerLane = async (): Promise<void> => {
    let worker = spawnWorker();
    workers.push(worker);
    const pending: Pending[] = [];
    const listen = (w: Worker): void => {
      // A worker answers its blocks in the order it was given them.
      w.on('message', (answer: BlockAnswer) => {
        answered(answer);
        pending.shift()?.resolve();
      });
      w.once('error', (error: Error) => {
        // Every block still gets an answer, so the output stays complete and ordered.
        for (const lost of pending.splice(0)) {
          answered(failedBlock(lost.copy, error));
          lost.resolve();
        }
        void w.terminate();
        worker = spawnWorker();
        workers.push(worker);
        listen(worker);
      });
    };
    listen(worker);
    const inHand = new Set<Promise<void>>();
    for (let block = await take(); block; block = await take()) {
      // What is left to report if the worker dies: the records, or the block's first line.
      const copy: BatchBlock =
        'bytes' in block
          ? { seq: block.seq, bytes: new Uint8Array(0), firstLine: block.firstLine }
          : block;
      const answer = new Promise<void>((resolve) => pending.push({ copy, resolve }));
      inHand.add(answer);
      void answer.then(() => inHand.delete(answer));
      // NDJSON bytes move to the worker (transfer, no copy); records are small and cloned.
      worker.postMessage(block, 'bytes' in block ? [block.bytes.buffer as ArrayBuffer] : []);
      while (inHand.size >= BLOCKS_QUEUED_PER_WORKER) await Promise.race(inHand);
    }
    await Promise.all([...inHand]);
  };

  try {
    await Promise.all([hereLane(), ...Array.from({ length: workerCount }, () => workerLane())]);
    flush();
    await delivering;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** The answer of a block whose worker died: one error line per record it held. */
function failedBlock(block: BatchBlock, error: Error): BlockAnswer {
  const records: readonly BatchInput[] =
    'records' in block ? block.records : [{ id: `line:${block.firstLine}`, error: 'block lost' }];
  const lines = records.map((r) =>
    JSON.stringify({ id: r.id, error: `worker failed: ${error.message}` }),
  );
  return {
    seq: block.seq,
    out: encoder.encode(`${lines.join('\n')}\n`),
    counts: { ...emptyCounts(), reports: lines.length, errors: lines.length },
  };
}
