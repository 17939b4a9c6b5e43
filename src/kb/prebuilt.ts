/**
 * Build-time snapshot of the shipped KB's search: the search documents of its entries and the index
 * built from them. Compiled by tsc there is none, and `kb find` indexes the entries on first use;
 * scripts/bundle-cli.mjs replaces this module in the CLI bundle with one that reads the snapshot made
 * from the same KB at build time, so `kb find` neither indexes nor loads the entries themselves.
 * @returns the documents (`searchDocsOf`) and the index as `KbSearchIndex.toJSON()` wrote it, or
 * `undefined`
 */
import type { SearchDoc } from './search-index.js';

export function prebuiltSearch(): { docs: readonly SearchDoc[]; index: unknown } | undefined {
  return undefined;
}
