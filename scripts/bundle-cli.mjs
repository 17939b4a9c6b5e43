#!/usr/bin/env node
// Bundles the compiled CLI into one ESM file (dist/bundle/foramen.mjs). A single file starts about twice as
// fast as hundreds of separate modules (zod alone is ~300 files), which is what keeps `foramen kb find`
// near the cost of `node -e 0`. Worker entry points found under dist/src are bundled beside it so
// `new URL('./<name>.js', import.meta.url)` resolves the same way from the bundle.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const workers = ['dist/src/report-parser/batch-worker.js'].filter((f) => existsSync(f));
await build({
  entryPoints: { foramen: 'dist/src/cli/run.js', ...Object.fromEntries(workers.map((w) => [w.split('/').pop().replace(/\.js$/, ''), w])) },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  // Dynamic imports (the HTTP server, batch workers) become separate chunks, loaded only when used.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Native and optional server-side packages stay outside the bundle.
  external: ['better-sqlite3', 'pg', 'pg-native', 'playwright-core', 'fsevents'],
  banner: { js: "import { createRequire as __foramenRequire } from 'node:module'; const require = __foramenRequire(import.meta.url);" },
  logLevel: 'warning',
});
