#!/usr/bin/env node
// Bundles the compiled CLI: the program (dist/bundle/foramen.mjs) plus one independent, tree-shaken file per
// verb (dist/bundle/verbs/<verb>.mjs) that program.ts loads on demand, and per run-<verb> file that a verb
// loads only when it runs. One file per verb starts about twice
// as fast as hundreds of separate modules (zod alone is ~300 files), and `kb find` never loads the report
// parser or the server. Worker entry points are bundled beside the verbs so their URLs resolve the same way.
//
// The knowledge base is precomputed here as well: its entries, citations and search index are written once
// as JSON (dist/bundle/snapshot/<name>.json, kb-search-index.json) and the bundles read those files
// instead of evaluating ~800 kB of entry modules and indexing them on every start; so is what the `grade`
// and `score` verbs declare their flags from (src/cli/registries.ts). Every snapshot is checked to be
// deep-equal to what the compiled modules give, so results are identical.
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
// The JSON is written in ASCII (other characters as \u escapes) and read as latin1: reading a one-byte string
// skips UTF-8 decoding, which took longer than parsing the 750 kB snapshot.
const asciiJson = (value) =>
  JSON.stringify(value).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
/** The value as JSON, refused unless it survives the round trip as the same data. */
function jsonOf(value, what) {
  const json = asciiJson(value);
  // JSON drops undefined, functions and identity-less values: refuse a snapshot that is not the same data.
  deepStrictEqual(JSON.parse(json), value, `${what} does not survive JSON`);
  return json;
}
// One file per export or function (dist/bundle/snapshot/<name>.json), so a bundle reads only the data it
// uses: a grade cites its source from the citations without parsing the 630 kB of entries.
mkdirSync('dist/bundle/snapshot');
const snapshotNames = new Set();
/** Writes the snapshot file of one export or function. */
function writeSnapshot(file, name, value, what) {
  if (snapshotNames.has(name)) throw new Error(`${file}: a second snapshot named ${name}`);
  snapshotNames.add(name);
  writeFileSync(`dist/bundle/snapshot/${name}.json`, jsonOf(value, what));
}
const snapshotExports = {};
for (const file of SNAPSHOT_MODULES) {
  snapshotExports[file] = [];
  for (const [name, value] of Object.entries(await importDist(file))) {
    writeSnapshot(file, name, value, `${file}: ${name}`);
    snapshotExports[file].push(name);
  }
}

// Modules whose exports are functions without arguments that give data built from the code: the shipped
// KB's entries (which only a verb that asks for the KB should parse), and the grading systems and score
// instruments the CLI builds \`grade\` and \`score\` flags from (which would construct every zod schema).
// Each function is replaced by one that reads its value, taken here, on first call.
const VALUE_MODULES = ['kb/shipped-entries.js', 'cli/registries.js'];
const valueModules = {};
for (const file of VALUE_MODULES) {
  valueModules[file] = [];
  for (const [name, fn] of Object.entries(await importDist(file))) {
    if (typeof fn !== 'function' || fn.length !== 0) {
      throw new Error(`${file}: ${name} is not a function without arguments`);
    }
    const value = fn();
    deepStrictEqual(fn(), value, `${file}: ${name} does not return the same value twice`);
    writeSnapshot(file, name, value, `${file}: ${name}()`);
    valueModules[file].push(name);
  }
}

// The shipped KB's search: the documents of its entries and the index built from them.
const { getKb } = await importDist('kb/index.js');
const { searchDocsOf, searchIndexOver } = await importDist('kb/search-index.js');
const searchDocs = searchDocsOf(getKb());
writeFileSync(
  'dist/bundle/kb-search-index.json',
  jsonOf({ docs: searchDocs, index: searchIndexOver(searchDocs).toJSON() }, 'the search index'),
);

/**
 * Swaps the snapshotted modules for ones that read the JSON files beside the bundle or hold their values.
 * @param {string} up - path from the output file's folder to dist/bundle ('./' or '../')
 */
const snapshots = (up) => ({
  name: 'snapshots',
  setup(b) {
    // Pure, so esbuild drops the read of any export the bundle does not use.
    const reader = (name) =>
      `/* @__PURE__ */ JSON.parse(/* @__PURE__ */ __foramenReadFile(new URL(${JSON.stringify(up + name)}, import.meta.url), 'latin1'))`;
    const readFile = `import { readFileSync as __foramenReadFile } from 'node:fs';`;
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/](kb|cli)[\\/].*\.js$/ }, (args) => {
      const file = args.path.replaceAll('\\', '/').split('/dist/src/')[1];
      if (file === 'kb/prebuilt.js') {
        return {
          contents: `${readFile}\nexport function prebuiltSearch() { return ${reader('kb-search-index.json')}; }`,
          loader: 'js',
        };
      }
      if (snapshotExports[file]) {
        return {
          contents: `${readFile}\n${snapshotExports[file]
            .map((n) => `export const ${n} = ${reader(`snapshot/${n}.json`)};`)
            .join('\n')}`,
          loader: 'js',
        };
      }
      if (valueModules[file]) {
        return {
          contents: `${readFile}\n${valueModules[file]
            .map(
              (n) =>
                `let ${n}Value;\nexport function ${n}() { return (${n}Value ??= ${reader(`snapshot/${n}.json`)}); }`,
            )
            .join('\n')}`,
          loader: 'js',
        };
      }
      return undefined;
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
// commander requires child_process when it loads, for executable subcommands (\`foramen-x\` files), which
// foramen has none of; child_process brings net, dgram and their streams, some 35 internal modules that
// every start compiled. commander gets a stand-in that requires the real module on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer)
        ? { path: 'child_process', namespace: 'lazy-child-process' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: `let real;\nmodule.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });`,
      loader: 'js',
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
  plugins: [snapshots('./'), zodEnglishOnly, lazyChildProcess],
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
  plugins: [snapshots('../'), zodEnglishOnly, runFilesApart, lazyChildProcess],
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
    plugins: [snapshots('../'), zodEnglishOnly],
  });
}
