// Public surface of src/batch: report batches on BullMQ/Redis across any number of machines.
export {
  openReportBatch,
  ReportBatch,
  RESULT_STORES,
  DEFAULT_MAX_REPORT_BYTES,
  DEFAULT_CHUNK_SIZE,
} from './queue.js';
export type {
  ResultStore,
  BatchConnectionOptions,
  SubmitOptions,
  SubmitSummary,
  WorkOptions,
  WorkSummary,
  BatchStatus,
  CollectOptions,
} from './queue.js';
export { checkBatchName } from './_keys.js';
export { connectRedis, redactRedisUrl, DEFAULT_REDIS_URL } from './_redis.js';
export type { ConnectRedisOptions } from './_redis.js';
