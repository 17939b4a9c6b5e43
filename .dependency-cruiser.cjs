// The dependency rule of ARCHITECTURE.md, checked by `npm run lint:deps` (part of `npm test`).
// Layers, lowest first: a module may import from its own layer or the layers below it, never above.
// Type-only imports count too (tsPreCompilationDeps), since they tie the layers together just as well.
const LAYERS = [
  // The shared base: closed vocabularies, the error family, the registry pattern, URL redaction, the
  // version, object helpers, the edit distance.
  [
    'src/vocab',
    'src/errors.ts',
    'src/registry.ts',
    'src/redact.ts',
    'src/version.ts',
    'src/objects.ts',
    'src/edit-distance.ts',
  ],
  ['src/anatomy'],
  ['src/kb', 'src/diagrams'],
  // Pure rules.
  [
    'src/grading',
    'src/localisation',
    'src/triage',
    'src/meds',
    'src/scores',
    'src/report-parser',
    'src/codes',
  ],
  // Compose the rules into answers.
  ['src/assess', 'src/articles'],
  // Interchange formats and storage of results.
  ['src/fhir', 'src/cds-hooks', 'src/records', 'src/batch', 'src/shared-state'],
  // The public API.
  ['src/index.ts'],
  // Shells.
  ['src/cli', 'src/http'],
];

const pattern = (paths) => `^(${paths.map((p) => p.replace(/[.]/g, '\\.')).join('|')})($|/)`;

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `layer-${i}-imports-upward`,
  comment: `${layer.join(', ')} may not import from a layer above it (ARCHITECTURE.md)`,
  severity: 'error',
  // Tests may reach across layers to check that data agrees (e.g. anatomy sources resolve in the KB).
  from: { path: pattern(layer), pathNot: '\\.test\\.ts$' },
  to: { path: pattern(LAYERS.slice(i + 1).flat()) },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'sibling-index-only',
      comment:
        'a folder imports another folder only through its index.ts (its public surface); files of the base layer are single modules',
      severity: 'error',
      from: {
        path: '^src/([^/]+)/',
        pathNot: '\\.test\\.ts$',
      },
      to: {
        path: '^src/[^/]+/',
        pathNot: [
          '^src/$1/',
          '^src/[^/]+/index\\.ts$',
          // `foramen serve` loads the server on demand (src/cli/commands/serve.ts).
          '^src/http/server\\.ts$',
        ],
      },
    },
    {
      name: 'shells-see-the-public-api',
      comment:
        'cli/ and http/ import only src/index.ts (and version.ts, which the CLI reads before anything else to start fast)',
      severity: 'error',
      from: { path: '^src/(cli|http)/' },
      to: {
        path: '^src/',
        pathNot: [
          '^src/(cli|http)/',
          '^src/index\\.ts$',
          '^src/version\\.ts$',
          '^src/http/server\\.ts$',
        ],
      },
    },
    {
      name: 'no-circular',
      comment: 'folders depend one way; a cycle means two of them are really one',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
