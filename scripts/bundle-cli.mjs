#!/usr/bin/env node
// Bundles the compiled CLI: the program (dist/bundle/foramen.mjs) plus one independent, tree-shaken file per
// verb (dist/bundle/verbs/<verb>.mjs) that program.ts loads on demand, and per run-<verb> file that a verb
// loads only when it runs. One file per verb starts about twice
// as fast as hundreds of separate modules (zod alone is ~300 files), and `kb find` never loads the report
// parser or the server. Worker entry points are bundled beside the verbs so their URLs resolve the same way.
//
// The knowledge base is precomputed here as well: its entries, citations and search index are written once
// as JSON (dist/bundle/kb-snapshot.json, kb-search-index.json) and the bundles read those files instead of
// evaluating ~800 kB of entry modules and indexing them on every start. The snapshot is checked to be
// deep-equal to the compiled modules, so results are identical.
import { build } from 'esbuild';
import { deepStrictEqual } from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

// Start clean so files of removed verbs do not linger.
rmSync('dist/bundle', { recursive: true, force: true });
mkdirSync('dist/bundle', { recursive: true });

// KB modules replaced by the snapshot, with every export each one has (all plain data).
const SNAPSHOT_MODULES = ['kb/entries/index.js', 'kb/citations/index.js', 'kb/anatomy-entries.js'];
const importDist = (file) => import(pathToFileURL(resolve('dist/src', file)).href);
const snapshot = {};
for (const file of SNAPSHOT_MODULES) {
  const mod = await importDist(file);
  snapshot[file] = JSON.parse(JSON.stringify({ ...mod }));
  // JSON drops undefined, functions and identity-less values: refuse a snapshot that is not the same data.
  deepStrictEqual(snapshot[file], { ...mod }, `${file} does not survive JSON`);
}
// The JSON is written in ASCII (other characters as \u escapes) and read as latin1: reading a one-byte string
// skips UTF-8 decoding, which took longer than parsing the 750 kB snapshot.
const asciiJson = (value) =>
  JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
deepStrictEqual(
  JSON.parse(asciiJson(snapshot)),
  snapshot,
  'the ASCII snapshot is not the same data',
);
writeFileSync('dist/bundle/kb-snapshot.json', asciiJson(snapshot));
const { getKb, createSearchIndex } = await importDist('kb/index.js');
writeFileSync('dist/bundle/kb-search-index.json', asciiJson(createSearchIndex(getKb())));

/**
 * Swaps the snapshotted KB modules for ones that read the JSON files beside the bundle.
 * @param {string} up - path from the output file's folder to dist/bundle ('./' or '../')
 */
const kbSnapshot = (up) => ({
  name: 'kb-snapshot',
  setup(b) {
    const reader = (name) =>
      `JSON.parse(__foramenReadFile(new URL(${JSON.stringify(up + name)}, import.meta.url), 'latin1'))`;
    b.onResolve({ filter: /^foramen:kb-snapshot$/ }, (args) => ({
      path: args.path,
      namespace: 'kb',
    }));
    b.onLoad({ filter: /.*/, namespace: 'kb' }, () => ({
      contents: `import { readFileSync as __foramenReadFile } from 'node:fs';\nexport const SNAPSHOT = ${reader('kb-snapshot.json')};`,
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/]kb[\\/].*\.js$/ }, (args) => {
      const file = args.path.replaceAll('\\', '/').split('/dist/src/')[1];
      if (file === 'kb/prebuilt.js') {
        return {
          contents: `import { readFileSync as __foramenReadFile } from 'node:fs';\nexport function prebuiltSearchIndex() { return ${reader('kb-search-index.json')}; }`,
          loader: 'js',
        };
      }
      if (!SNAPSHOT_MODULES.includes(file)) return undefined;
      const names = Object.keys(snapshot[file]);
      return {
        contents: `import { SNAPSHOT } from 'foramen:kb-snapshot';\n${names
          .map((n) => `export const ${n} = SNAPSHOT[${JSON.stringify(file)}].${n};`)
          .join('\n')}`,
        loader: 'js',
      };
    });
  },
});
// zod's namespace re-exports its messages in some forty languages (~350 kB of the ~750 kB zod adds to each
// bundle); Foramen only ever uses the English default, so the bundles carry English alone.
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: `export { default as en } from './en.js';`,
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};
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
  // Whitespace, comments and syntax minified (names kept, so stack traces still name functions): V8
  // parses every byte of a bundle at start; this makes the verb bundles a quarter smaller and cut the
  // compile step of `foramen assess` from about 75 to 60 ms (CPU profiles, two runs each).
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};
// The program itself, then one independent, tree-shaken bundle per verb (loaded by program.ts on demand).
await build({
  ...common,
  entryPoints: { foramen: 'dist/src/cli/run.js' },
  outdir: 'dist/bundle',
  plugins: [kbSnapshot('./'), zodEnglishOnly],
});
const verbs = readdirSync('dist/src/cli/commands').filter(
  (f) => f.endsWith('.js') && !f.endsWith('.test.js'),
);
// A verb whose declaration needs nothing from the core loads its work from commands/run-<verb>.ts when it
// runs: that file is its own bundle here, and the verb's bundle imports it by URL instead of inlining it,
// so `<verb> --help` loads the flags and not the rules.
const runFilesApart = {
  name: 'run-files-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/run-[a-z-]+\.js$/ }, (args) => ({
      path: args.path.replace(/\.js$/, '.mjs'),
      external: true,
    }));
  },
};
await build({
  ...common,
  entryPoints: Object.fromEntries(
    verbs.map((f) => [f.replace(/\.js$/, ''), `dist/src/cli/commands/${f}`]),
  ),
  outdir: 'dist/bundle/verbs',
  plugins: [kbSnapshot('../'), zodEnglishOnly, runFilesApart],
});
// The HTTP server is its own file, loaded by `serve` only when it serves (not for `serve --help`).
const workers = ['dist/src/report-parser/batch-worker.js', 'dist/src/http/server.js'].filter((f) =>
  existsSync(f),
);
if (workers.length > 0) {
  await build({
    ...common,
    entryPoints: Object.fromEntries(
      workers.map((w) => [w.split('/').pop().replace(/\.js$/, ''), w]),
    ),
    outdir: 'dist/bundle/verbs',
    plugins: [kbSnapshot('../'), zodEnglishOnly],
  });
}
