export * from './schema.js';
export * from './load.js';
export * from './validate.js';
export * from './search.js';
export * from './queries.js';
export { CITATIONS } from './citations/index.js';
export type { CitationId } from './citations/index.js';
export { SCORE_CITATIONS } from './citations/scores.js';
export { CODE_CITATIONS } from './citations/codes.js';
