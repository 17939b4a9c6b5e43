/**
 * The work of `foramen batch` (declared in batch.ts). All the queue logic lives in the core (src/batch);
 * this file reads, prints, draws progress and turns SIGTERM into a graceful stop.
 */
import { createWriteStream } from 'node:fs';
import { InputError, RESULT_STORES, openBatchSource, openReportBatch } from '../../index.js';
import type { ReportBatch, ResultStore, BatchStatus } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, wantsJson } from '../io.js';
import { isTty, progressBar } from '../progress-bar.js';

export interface Common {
  redisUrl?: string;
  json?: boolean;
}

export type SubmitOptions = Common & {
  wait?: boolean;
  chunkSize?: string;
  maxBytes?: string;
  attempts?: string;
  to?: string;
};

export type WorkOptions = Common & { concurrency?: string; untilEmpty?: boolean; lockMs?: string };

type Writable = CliIo['stdout'] & { once?: (event: 'drain', listener: () => void) => unknown };

function intOption(value: string | undefined, field: string, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new InputError('invalid-input', field, `must be an integer from 1 to ${max}`);
  }
  return n;
}

async function withBatch<T>(
  name: string,
  o: Common,
  fn: (batch: ReportBatch) => Promise<T>,
): Promise<T> {
  const batch = await openReportBatch(name, o.redisUrl ? { redisUrl: o.redisUrl } : {});
  try {
    return await fn(batch);
  } finally {
    await batch.close();
  }
}

const drained = async (out: Writable, chunk: string): Promise<void> => {
  if (out.write(chunk) === false && typeof out.once === 'function') {
    await new Promise<void>((resolve) => out.once?.('drain', resolve));
  }
};

function renderStatus(s: BatchStatus): string {
  const done = s.completed + s.failed;
  return (
    `batch ${s.batch}: ${s.submitted} submitted, ${s.waiting} waiting, ${s.active} active, ` +
    `${s.completed} completed, ${s.failed} failed (${s.refused} refused at submit), ` +
    `${s.collected} collected, ${done - s.collected} to collect, ${s.reportsPerSecond} reports/s, ` +
    `results in ${s.to}\n`
  );
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** `batch submit`: enqueues the reports of `source`, and with --wait follows them to the end. */
export async function submitBatch(
  name: string,
  source: string,
  o: SubmitOptions,
  io: CliIo,
): Promise<void> {
  if (o.to !== undefined && !(RESULT_STORES as readonly string[]).includes(o.to)) {
    throw new InputError('invalid-input', '--to', 'must be redis or postgres');
  }
  const chunkSize = intOption(o.chunkSize, '--chunk-size', 10_000);
  const maxReportBytes = intOption(o.maxBytes, '--max-bytes', 16 * 1024 * 1024);
  const attempts = intOption(o.attempts, '--attempts', 100);
  const records = await openBatchSource(source, io.stdin);
  await withBatch(name, o, async (b) => {
    const tty = isTty(io.stderr);
    const started = Date.now();
    const summary = await b.submit(records.records, {
      ...(chunkSize ? { chunkSize } : {}),
      ...(maxReportBytes ? { maxReportBytes } : {}),
      ...(attempts ? { attempts } : {}),
      ...(o.to ? { to: o.to as ResultStore } : {}),
      onProgress: (p) => {
        if (!tty) return;
        const rate = Math.round(p.submitted / Math.max((Date.now() - started) / 1000, 0.001));
        io.stderr.write(`\rsubmitting: ${p.submitted} new, ${p.skipped} skipped  ${rate}/s `);
      },
    });
    if (tty) io.stderr.write('\r\x1b[K');
    if (o.wait) {
      const bar = progressBar(io.stderr, 'processing');
      for (;;) {
        const s = await b.status();
        const done = s.completed + s.failed;
        bar.draw(done, s.submitted);
        if (done >= s.submitted) break;
        await delay(500);
      }
      bar.end();
    }
    if (wantsJson(o, io)) printJson(io, summary);
    else {
      io.stdout.write(
        `batch ${summary.batch}: ${summary.submitted} submitted (${summary.refused} refused with a reason), ${summary.skipped} already there\n`,
      );
    }
  });
}

/** `batch work`: processes jobs until stopped (SIGTERM, SIGINT) or, with --until-empty, until none wait. */
export async function workBatch(name: string, o: WorkOptions, io: CliIo): Promise<void> {
  const concurrency = intOption(o.concurrency, '--concurrency', 256);
  const lockDurationMs = intOption(o.lockMs, '--lock-ms', 3_600_000);
  await withBatch(name, o, async (b) => {
    const controller = new AbortController();
    const stop = (): void => {
      io.stderr.write('batch work: stopping after the jobs in hand\n');
      controller.abort();
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
    try {
      const summary = await b.work({
        ...(concurrency ? { concurrency } : {}),
        ...(lockDurationMs ? { lockDurationMs } : {}),
        untilEmpty: o.untilEmpty === true,
        signal: controller.signal,
      });
      if (wantsJson(o, io)) printJson(io, summary);
      else {
        io.stdout.write(
          `batch ${summary.batch}: ${summary.parsed} report(s) in ${summary.jobs} job(s), ${summary.seconds.toFixed(1)} s, ${summary.reportsPerSecond} reports/s\n`,
        );
      }
    } finally {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
    }
  });
}

/** `batch status`: counts and throughput. */
export async function batchStatus(name: string, o: Common, io: CliIo): Promise<void> {
  await withBatch(name, o, async (b) => {
    const s = await b.status();
    if (wantsJson(o, io)) printJson(io, s);
    else io.stdout.write(renderStatus(s));
  });
}

/** `batch collect`: writes every result once, as NDJSON, to --out or standard output. */
export async function collectBatch(
  name: string,
  o: Common & { out?: string },
  io: CliIo,
): Promise<void> {
  await withBatch(name, o, async (b) => {
    const file = o.out ? createWriteStream(o.out, { mode: 0o600 }) : undefined;
    const out = io.stdout as Writable;
    const bar = progressBar(io.stderr, 'collecting');
    try {
      // A file line is handed to the OS before its result is deleted from Redis.
      const write = file
        ? (lines: string): Promise<void> =>
            new Promise<void>((resolve, reject) => {
              file.write(lines, (error) => (error ? reject(error) : resolve()));
            })
        : (lines: string): Promise<void> => drained(out, lines);
      const result = await b.collect(write, {
        onProgress: (p) => bar.draw(p.collected, p.total),
      });
      bar.end();
      io.stderr.write(`batch ${result.batch}: collected ${result.collected} line(s)\n`);
    } finally {
      if (file) {
        await new Promise<void>((resolve, reject) => {
          file.end((error?: Error | null) => (error ? reject(error) : resolve()));
        });
      }
    }
  });
}

/** `batch drop`: removes the batch, its queue and its results. */
export async function dropBatch(name: string, o: Common, io: CliIo): Promise<void> {
  await withBatch(name, o, async (b) => {
    const result = await b.drop();
    if (wantsJson(o, io)) printJson(io, result);
    else io.stdout.write(`batch ${result.batch}: dropped\n`);
  });
}
