#!/usr/bin/env node
// Bundles the compiled CLI: the program (dist/bundle/foramen.mjs) plus one independent, tree-shaken file per
// verb (dist/bundle/verbs/<verb>.mjs) that program.ts loads on demand. One file per verb starts about twice
// as fast as hundreds of separate modules (zod alone is ~300 files), and `kb find` never loads the report
// parser or the server. Worker entry points are bundled beside the verbs so their URLs resolve the same way.
import { build } from 'esbuild';
import { existsSync, readdirSync, rmSync } from 'node:fs';

// Start clean so files of removed verbs do not linger.
rmSync('dist/bundle', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Native and optional server-side packages stay outside the bundle.
  // bullmq and ioredis too: only `batch` and a server with REDIS_URL load them, at run time.
  external: [
    'better-sqlite3',
    'pg',
    'pg-native',
    'playwright-core',
    'fsevents',
    '@node-rs/argon2',
    'bullmq',
    'ioredis',
  ],
  banner: {
    js: "import { createRequire as __foramenRequire } from 'node:module'; const require = __foramenRequire(import.meta.url);",
  },
  define: { __FORAMEN_BUNDLE__: 'true' },
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
};
// The program itself, then one independent, tree-shaken bundle per verb (loaded by program.ts on demand).
await build({ ...common, entryPoints: { foramen: 'dist/src/cli/run.js' }, outdir: 'dist/bundle' });
const verbs = readdirSync('dist/src/cli/commands').filter(
  (f) => f.endsWith('.js') && !f.endsWith('.test.js'),
);
await build({
  ...common,
  entryPoints: Object.fromEntries(
    verbs.map((f) => [f.replace(/\.js$/, ''), `dist/src/cli/commands/${f}`]),
  ),
  outdir: 'dist/bundle/verbs',
});
const workers = ['dist/src/report-parser/batch-worker.js'].filter((f) => existsSync(f));
if (workers.length > 0) {
  await build({
    ...common,
    entryPoints: Object.fromEntries(
      workers.map((w) => [w.split('/').pop().replace(/\.js$/, ''), w]),
    ),
    outdir: 'dist/bundle/verbs',
  });
}
