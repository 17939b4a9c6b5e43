/**
 * `foramen batch submit | work | status | collect | drop`: report batches on BullMQ/Redis across any
 * number of processes and machines (CONTRACTS.md round 2). REDIS_URL names the Redis server; results
 * of a `--to postgres` batch go to DATABASE_URL. All the queue logic lives in the core (src/batch);
 * this file reads, prints, draws progress and turns SIGTERM into a graceful stop.
 */
import { createWriteStream } from 'node:fs';
import type { Command } from 'commander';
import { InputError, RESULT_STORES, openBatchSource, openReportBatch } from '../../index.js';
import type { ReportBatch, ResultStore, BatchStatus } from '../../index.js';
import type { CliIo } from '../io.js';
import { printJson, wantsJson } from '../io.js';

interface Common {
  redisUrl?: string;
  json?: boolean;
}

type Writable = CliIo['stdout'] & { once?: (event: 'drain', listener: () => void) => unknown };

const isTty = (stream: unknown): boolean =>
  typeof stream === 'object' && stream !== null && (stream as { isTTY?: unknown }).isTTY === true;

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

const clock = (seconds: number): string => {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
};

/** A progress bar with rate and time left, redrawn in place on a terminal; silent otherwise. */
export function progressBar(
  stream: CliIo['stderr'],
  label: string,
): {
  draw: (done: number, total: number) => void;
  end: () => void;
} {
  const tty = isTty(stream);
  const started = Date.now();
  let last = 0;
  return {
    draw: (done, total) => {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const seconds = Math.max((now - started) / 1000, 0.001);
      const rate = done / seconds;
      const fraction = total > 0 ? Math.min(1, done / total) : 0;
      const width = 30;
      const filled = Math.round(fraction * width);
      const left = rate > 0 ? (total - done) / rate : Number.NaN;
      stream.write(
        `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${done}/${total}  ${Math.round(rate)}/s  ${clock(left)} left `,
      );
    },
    end: () => {
      if (tty) stream.write('\r\x1b[K');
    },
  };
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

/** Registers `foramen batch`. */
export function registerBatch(program: Command, io: CliIo): void {
  const batch = program
    .command('batch')
    .description(
      'parse report batches on a Redis queue with any number of workers (REDIS_URL, default redis://127.0.0.1:6379)',
    );

  batch
    .command('submit')
    .description('enqueue reports: a directory of .txt files, an NDJSON file, or - (stdin)')
    .argument('<name>', 'batch name (letters, digits, . _ -)')
    .argument('<source>', 'directory, FILE.ndjson, or -')
    .option('--wait', 'wait until every report is processed (progress bar on a terminal)')
    .option('--chunk-size <n>', 'reports per job (default 100)')
    .option('--max-bytes <n>', 'largest report accepted, in bytes (default 1048576)')
    .option('--attempts <n>', 'attempts per job before it is split into single reports (default 3)')
    .option('--to <store>', 'where results wait: redis (default) or postgres (DATABASE_URL)')
    .option('--redis-url <url>', 'Redis server (overrides REDIS_URL)')
    .option('--json', 'print JSON')
    .action(
      async (
        name: string,
        source: string,
        o: Common & {
          wait?: boolean;
          chunkSize?: string;
          maxBytes?: string;
          attempts?: string;
          to?: string;
        },
      ) => {
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
      },
    );

  batch
    .command('work')
    .description('process the batch (any number of workers, anywhere); SIGTERM stops gracefully')
    .argument('<name>', 'batch name')
    .option('--concurrency <n>', 'jobs in hand at once (default 2)')
    .option('--until-empty', 'stop when the queue is empty instead of waiting for more')
    .option(
      '--lock-ms <ms>',
      "a killed worker's jobs return to the queue after this (default 30000)",
    )
    .option('--redis-url <url>', 'Redis server (overrides REDIS_URL)')
    .option('--json', 'print JSON')
    .action(
      async (
        name: string,
        o: Common & { concurrency?: string; untilEmpty?: boolean; lockMs?: string },
      ) => {
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
      },
    );

  batch
    .command('status')
    .description('counts (in reports) and throughput')
    .argument('<name>', 'batch name')
    .option('--redis-url <url>', 'Redis server (overrides REDIS_URL)')
    .option('--json', 'print JSON')
    .action(async (name: string, o: Common) => {
      await withBatch(name, o, async (b) => {
        const s = await b.status();
        if (wantsJson(o, io)) printJson(io, s);
        else io.stdout.write(renderStatus(s));
      });
    });

  batch
    .command('collect')
    .description(
      'write every result once, one NDJSON line per report: {"id","findings"} or {"id","error"}',
    )
    .argument('<name>', 'batch name')
    .option('--out <file>', 'write to FILE (created owner-only) instead of standard output')
    .option('--redis-url <url>', 'Redis server (overrides REDIS_URL)')
    .action(async (name: string, o: Common & { out?: string }) => {
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
    });

  batch
    .command('drop')
    .description('remove the batch, its queue and its results')
    .argument('<name>', 'batch name')
    .option('--redis-url <url>', 'Redis server (overrides REDIS_URL)')
    .option('--json', 'print JSON')
    .action(async (name: string, o: Common) => {
      await withBatch(name, o, async (b) => {
        const result = await b.drop();
        if (wantsJson(o, io)) printJson(io, result);
        else io.stdout.write(`batch ${result.batch}: dropped\n`);
      });
    });
}
