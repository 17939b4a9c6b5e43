/**
 * Build-time snapshot of the shipped KB's search index. Compiled by tsc there is none and `kb find`
 * indexes the entries on first use; scripts/bundle-cli.mjs replaces this module in the CLI bundle with one
 * that reads the index precomputed from the same KB at build time, which loads faster than indexing.
 * @returns the index as `KbSearchIndex.toJSON()` wrote it, or `undefined`
 */
export function prebuiltSearchIndex(): unknown {
  return undefined;
}
