/**
 * `foramen batch submit | work | status | collect | drop`: report batches on BullMQ/Redis across any
 * number of processes and machines (CONTRACTS.md round 2). REDIS_URL names the Redis server; results
 * of a `--to postgres` batch go to DATABASE_URL. This file only declares the commands; their work is in
 * run-batch.ts, loaded when one runs, so `batch --help` does not load the queue or the report parser.
 */
import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import type { Common, SubmitOptions, WorkOptions } from './run-batch.js';
import type * as RunBatchModule from './run-batch.js';

export { progressBar } from '../progress-bar.js';

type RunBatch = typeof RunBatchModule;
const work = (): Promise<RunBatch> => import('./run-batch.js');

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
    .action(async (name: string, source: string, o: SubmitOptions) =>
      (await work()).submitBatch(name, source, o, io),
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
    .action(async (name: string, o: WorkOptions) => (await work()).workBatch(name, o, io));

  batch
    .command('status')
    .description('counts (in reports) and throughput')
    .argument('<name>', 'batch name')
    .option('--redis-url <url>', 'Redis server (overrides REDIS_URL)')
    .option('--json', 'print JSON')
    .action(async (name: string, o: Common) => (await work()).batchStatus(name, o, io));

  batch
    .command('collect')
    .description(
      'write every result once, one NDJSON line per report: {"id","findings"} or {"id","error"}',
    )
    .argument('<name>', 'batch name')
    .option('--out <file>', 'write to FILE (created owner-only) instead of standard output')
    .option('--redis-url <url>', 'Redis server (overrides REDIS_URL)')
    .action(async (name: string, o: Common & { out?: string }) =>
      (await work()).collectBatch(name, o, io),
    );

  batch
    .command('drop')
    .description('remove the batch, its queue and its results')
    .argument('<name>', 'batch name')
    .option('--redis-url <url>', 'Redis server (overrides REDIS_URL)')
    .option('--json', 'print JSON')
    .action(async (name: string, o: Common) => (await work()).dropBatch(name, o, io));
}
