// Public surface of src/report-parser: free-text lumbar imaging reports to structured findings.
export { parseReport } from './parse-report.js';
export {
  ReportFindingSchema,
  VertebralFindingSchema,
  ReportNoteSchema,
  ParseReportResultSchema,
  ParseReportOptionsSchema,
  VERTEBRAE,
} from './schema.js';
export type {
  ReportFinding,
  VertebralFinding,
  ReportNote,
  ParseReportResult,
  ParseReportOptions,
  Vertebra,
} from './schema.js';
export { CONTEXT_RULES, CONTEXT_CATEGORIES, CONTEXT_DIRECTIONS } from './data/context-rules.js';
export type { ContextRule, ContextCategory, ContextDirection } from './data/context-rules.js';
export { SEVERITY_TERMS } from './data/severity-terms.js';
export type { SeverityTerm } from './data/severity-terms.js';
export { openBatchSource, runReportBatch, parseBatchRecord, MAX_RECORD_BYTES } from './batch.js';
export type {
  BatchInput,
  BatchResult,
  BatchSummary,
  BatchProgress,
  BatchOptions,
  BatchSource,
} from './batch.js';
