/**
 * Worker-thread entry of the batch parser: receives a block (NDJSON bytes, transferred, or records),
 * answers with the block's NDJSON output in one transferred buffer and its counts. Each record is parsed
 * on its own, so one bad record cannot lose the rest of its block.
 */
import { parentPort } from 'node:worker_threads';
import { parseBlock } from './batch.js';
import type { BatchBlock } from './batch.js';

parentPort?.on('message', (block: BatchBlock) => {
  const answer = parseBlock(block);
  parentPort?.postMessage(answer, [answer.out.buffer as ArrayBuffer]);
});
