export * from './schema.js';
export * from './load.js';
export * from './validate.js';
export * from './search.js';
export * from './queries.js';
export type { CitationId } from './citations/index.js';
