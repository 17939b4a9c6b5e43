/**
 * The public API of Foramen. The CLI, HTTP service and web build import only from here; this list is
 * reviewed, and a test pins it.
 */
export { VERSION } from './version.js';
export * from './vocab/index.js';
export {
  ForamenError,
  InputError,
  isForamenError,
  isInputError,
  parseInput,
  formatIssuePath,
  INPUT_ERROR_CODES,
} from './errors.js';
export type { InputErrorCode } from './errors.js';
export * from './anatomy/index.js';
export * from './kb/index.js';
export * from './grading/index.js';
export * from './meds/index.js';
export * from './report-parser/index.js';
export * from './assess/index.js';
export * from './articles/index.js';
export * from './scores/index.js';
export * from './fhir/index.js';
export * from './cds-hooks/index.js';
export * from './records/index.js';
export * from './batch/index.js';
export * from './shared-state/index.js';
