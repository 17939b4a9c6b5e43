/**
 * Worker-thread entry of the batch parser: receives chunks of records, answers with their results. Each
 * record is parsed on its own, so one bad record cannot lose the rest of its chunk.
 */
import { parentPort } from 'node:worker_threads';
import { parseBatchRecord } from './batch.js';
import type { BatchInput } from './batch.js';

parentPort?.on('message', (chunk: { seq: number; records: BatchInput[] }) => {
  parentPort?.postMessage({ seq: chunk.seq, results: chunk.records.map(parseBatchRecord) });
});
