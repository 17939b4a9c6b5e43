/**
 * Every function src/index.ts exports, classified for the library fuzz suite:
 * - ENTRY_POINTS take user input and are fuzzed with valid and invalid values against their contracts;
 *   grading systems and instruments are read from their registries, so a new one is fuzzed at once;
 * - TOTAL_ON_STRINGS read free text (a dose, a drug name) and must accept any string;
 * - PREDICATES take anything and answer a boolean;
 * - TYPED_HELPERS take values that are typed and already validated by their caller (a closed vocabulary,
 *   a parsed presentation); they are reached through the entry points, the CLI and HTTP instead;
 * - KNOWN_BUGS are entry points whose fuzzing found a bug the owner has still to fix (see the report).
 * The surface test fails on any export in none of these, so a new export is classified, not forgotten.
 */
import fc from 'fast-check';
import * as api from '../../src/index.js';
import {
  ChangeInputSchema,
  EscalationInputSchema,
  GRADING_SYSTEM_IDS,
  KB_CATEGORIES,
  LEVELS,
  MedsInputSchema,
  ParseReportOptionsSchema,
  PresentationSchema,
  ROOTS,
  SCORE_INSTRUMENT_IDS,
  SIDES,
  ZONES,
  assessmentToFhir,
  buildArticle,
  checkEscalation,
  checkMedications,
  classifyChange,
  describeEscalation,
  drawDermatomeDiagram,
  drawSpineDiagram,
  findKb,
  grade,
  listKb,
  parseArticleRequest,
  parseReport,
  renderArticleHtml,
  renderArticleMarkdown,
  reportToFhir,
  score,
  showKb,
} from '../../src/index.js';
import type { z } from 'zod';
import assert from 'node:assert/strict';
import { anyJson, arbitraryFromZod, mixedInputs, mutated } from './_arbitraries.js';
import {
  ArticleContract,
  assertMatches,
  checkAssessment,
  checkGradeResult,
  checkKbEntry,
  checkKbFind,
  checkKbList,
  checkMedsResult,
  checkParsedReport,
  checkScoreResult,
} from './_contracts.js';
import {
  KB_IDS,
  articleRequest,
  gradeInputs,
  gradeSchema,
  kbCategory,
  kbQuery,
  medsInput,
  nearMissIds,
  presentation,
  reportText,
  scoreInputs,
  scoreSchema,
} from './_inputs.js';

type Args = readonly unknown[];

/** One library entry point under fuzzing. */
export interface EntryPoint {
  /** Test title. */
  readonly title: string;
  /** The exports of src/index.ts this entry covers. */
  readonly covers: readonly string[];
  /** Argument lists that must be accepted (unless `isValid` says otherwise for a refined schema). */
  readonly valid: fc.Arbitrary<Args>;
  /** Argument lists of any kind: near misses and garbage, with some valid ones. */
  readonly mixed?: fc.Arbitrary<Args>;
  /** Whether the entry's own schema accepts these arguments; without it, `valid` decides. */
  readonly isValid?: (args: Args) => boolean;
  /**
   * The entry checks more than its schema shows (e.g. it reads dose text), so schema-valid input may still
   * be refused, but only with an InputError.
   */
  readonly validatesBeyondSchema?: true;
  readonly call: (args: Args) => unknown;
  /** Contract and invariants of a successful result. */
  readonly check: (out: unknown, args: Args) => void;
  readonly runs: number;
}

/** Generator exclusions for known bugs (see KNOWN_BUGS below) that sit behind otherwise healthy entry points. */
export const KNOWN_BUG_EXCLUSIONS = {
  /** Fixed: kb errors now quote the user's text escaped, on one line (see counterexamples.test.ts). Every text passes. */
  kbTextHasNoLineBreak: (_s: unknown): boolean => true,
  /**
   * src/kb/search.ts: findKb on a 100,000-character text throws RangeError "Invalid typed array length:
   * 10000400003" (a distance table sized by the text), so `foramen kb find <100,000 x>` ends in "internal
   * error", exit 70. KB search texts stay short here (the URL limit keeps HTTP clear of it).
   */
  kbQueryMaxLength: 40,
} as const;

const ok =
  (schema: z.ZodType) =>
  (args: Args): boolean =>
    schema.safeParse(args[0]).success;
const one = (a: fc.Arbitrary<unknown>): fc.Arbitrary<Args> => a.map((x) => [x]);
const exported = api as unknown as Record<string, unknown>;

/** `grade<System>` / `score<Instrument>` exports, found by name for every id in the registries. */
function exportFor(
  prefix: string,
  id: string,
): { name: string; fn: (input: unknown) => unknown } | undefined {
  const wanted = `${prefix}${id.replace(/-/g, '')}`.toLowerCase();
  const name = Object.keys(exported).find((k) => k.toLowerCase() === wanted);
  const fn = name ? exported[name] : undefined;
  return name && typeof fn === 'function'
    ? { name, fn: fn as (input: unknown) => unknown }
    : undefined;
}

const gradeEntries: EntryPoint[] = GRADING_SYSTEM_IDS.flatMap((id) => {
  const fn = exportFor('grade', id);
  const schema = gradeSchema(id);
  const inputs = gradeInputs.get(id);
  if (!fn || !schema || !inputs) return [];
  return [
    {
      title: `${fn.name} (grading system ${id})`,
      covers: [fn.name],
      valid: one(inputs),
      mixed: one(mixedInputs(inputs)),
      isValid: ok(schema),
      call: (args: Args) => fn.fn(args[0]),
      check: (out: unknown) => checkGradeResult(id, out),
      runs: 40,
    },
  ];
});

const scoreEntries: EntryPoint[] = SCORE_INSTRUMENT_IDS.flatMap((id) => {
  const fn = exportFor('score', id);
  const schema = scoreSchema(id);
  const inputs = scoreInputs.get(id);
  if (!fn || !schema || !inputs) return [];
  return [
    {
      title: `${fn.name} (instrument ${id})`,
      covers: [fn.name],
      valid: one(inputs),
      mixed: one(mixedInputs(inputs)),
      isValid: ok(schema),
      // Published scoring rules (e.g. how many ODI sections may be skipped) apply after the schema passes.
      validatesBeyondSchema: true as const,
      call: (args: Args) => fn.fn(args[0]),
      check: (out: unknown) => checkScoreResult(id, out),
      runs: 40,
    },
  ];
});

const anySystem = fc.oneof(
  fc.constantFrom(...GRADING_SYSTEM_IDS),
  nearMissIds,
  fc.string({ maxLength: 12 }),
);
const anyInstrument = fc.oneof(
  fc.constantFrom(...SCORE_INSTRUMENT_IDS),
  nearMissIds,
  fc.string({ maxLength: 12 }),
);
const validGrade = fc
  .constantFrom(...GRADING_SYSTEM_IDS)
  .chain((id) => (gradeInputs.get(id) ?? fc.constant({})).map((x): Args => [id, x]));
const validScore = fc
  .constantFrom(...SCORE_INSTRUMENT_IDS)
  .chain((id) => (scoreInputs.get(id) ?? fc.constant({})).map((x): Args => [id, x]));

/** The fuzzed entry points. */
export const ENTRY_POINTS: readonly EntryPoint[] = [
  {
    title: 'assess (presentation → assessment, plus its FHIR bundle)',
    covers: ['assess', 'assessmentToFhir'],
    valid: one(presentation),
    mixed: one(mixedInputs(presentation)),
    isValid: ok(PresentationSchema),
    // Medication lines go through the regimen checker, which reads dose and frequency text the schema lets by.
    validatesBeyondSchema: true,
    call: (args) => api.assess(args[0]),
    check: (out, args) => {
      checkAssessment(out, args[0]);
      const bundle = assessmentToFhir(
        out as ReturnType<typeof api.assess>,
        PresentationSchema.parse(args[0]),
      );
      assert.equal(bundle.resourceType, 'Bundle');
    },
    runs: 60,
  },
  {
    title: 'checkMedications (regimen → drugs and alerts)',
    covers: ['checkMedications'],
    valid: one(medsInput),
    mixed: one(mixedInputs(medsInput)),
    isValid: ok(MedsInputSchema),
    // Dose, strength and frequency text is read after the schema passes; unreadable text is an InputError.
    validatesBeyondSchema: true,
    call: (args) => checkMedications(args[0]),
    check: (out, args) => checkMedsResult(out, (args[0] as { drugs: unknown[] }).drugs.length),
    runs: 80,
  },
  {
    title: 'grade(system, input)',
    covers: ['grade'],
    valid: validGrade,
    mixed: fc.oneof(
      validGrade,
      fc.tuple(anySystem, anyJson),
      validGrade.chain(([id, x]) => mutated(fc.constant(x)).map((m): Args => [id, m])),
    ),
    isValid: ([id, x]) =>
      gradeSchema(String(id))?.safeParse(x).success === true &&
      (GRADING_SYSTEM_IDS as readonly unknown[]).includes(id),
    call: ([id, x]) => grade(id as string, x),
    check: (out, [id]) => checkGradeResult(String(id), out),
    runs: 60,
  },
  ...gradeEntries,
  {
    title: 'score(instrument, input)',
    covers: ['score'],
    valid: validScore,
    mixed: fc.oneof(
      validScore,
      fc.tuple(anyInstrument, anyJson),
      validScore.chain(([id, x]) => mutated(fc.constant(x)).map((m): Args => [id, m])),
    ),
    isValid: ([id, x]) =>
      scoreSchema(String(id))?.safeParse(x).success === true &&
      (SCORE_INSTRUMENT_IDS as readonly unknown[]).includes(id),
    validatesBeyondSchema: true,
    call: ([id, x]) => score(id as string, x),
    check: (out, [id]) => checkScoreResult(String(id), out),
    runs: 60,
  },
  ...scoreEntries,
  {
    title: 'classifyChange (before/after scores → important change)',
    covers: ['classifyChange'],
    valid: one(arbitraryFromZod(ChangeInputSchema)),
    mixed: one(mixedInputs(arbitraryFromZod(ChangeInputSchema))),
    isValid: ok(ChangeInputSchema),
    call: (args) => classifyChange(args[0] as Parameters<typeof classifyChange>[0]),
    check: (out) => assert.ok(out !== null && typeof out === 'object'),
    runs: 40,
  },
  {
    title: 'checkEscalation (score history → escalate?), and its description',
    covers: ['checkEscalation', 'describeEscalation'],
    valid: one(arbitraryFromZod(EscalationInputSchema)),
    mixed: one(mixedInputs(arbitraryFromZod(EscalationInputSchema))),
    isValid: ok(EscalationInputSchema),
    call: (args) => checkEscalation(args[0] as Parameters<typeof checkEscalation>[0]),
    check: (out) =>
      assert.ok(describeEscalation(out as ReturnType<typeof checkEscalation>).length > 0),
    runs: 40,
  },
  {
    title: 'parseReport (text → findings, plus its FHIR bundle)',
    covers: ['parseReport', 'reportToFhir'],
    valid: fc.tuple(
      reportText,
      fc.option(arbitraryFromZod(ParseReportOptionsSchema), { nil: undefined }),
    ),
    mixed: fc.tuple(
      fc.oneof(reportText, anyJson),
      fc.oneof(fc.constant(undefined), arbitraryFromZod(ParseReportOptionsSchema), anyJson),
    ),
    isValid: ([text, options]) =>
      typeof text === 'string' &&
      (options === undefined || ParseReportOptionsSchema.safeParse(options).success),
    call: ([text, options]) =>
      parseReport(text as string, options as Parameters<typeof parseReport>[1]),
    check: (out, [text]) => {
      checkParsedReport(out, text as string);
      assert.equal(reportToFhir(out as ReturnType<typeof parseReport>).resourceType, 'Bundle');
    },
    runs: 150,
  },
  {
    title: 'findKb (search text and options → ranked results)',
    covers: ['findKb'],
    valid: fc.tuple(
      kbQuery,
      fc.option(
        fc.record(
          { limit: fc.integer({ min: 1, max: 50 }), category: fc.constantFrom(...KB_CATEGORIES) },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    ),
    // findKb is typed `(text: string, ...)`: the shells always pass text, so only strings are fuzzed here.
    mixed: fc.tuple(
      fc.oneof(kbQuery, fc.constantFrom('', '   ', '\n')),
      fc.option(
        fc.record(
          {
            limit: fc.integer({ min: 1, max: 50 }),
            category: kbCategory.filter(KNOWN_BUG_EXCLUSIONS.kbTextHasNoLineBreak),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    ),
    call: ([text, options]) => findKb(text as string, options as Parameters<typeof findKb>[1]),
    check: (out, [, options]) =>
      checkKbFind(out, (options as { limit?: number } | undefined)?.limit ?? 10),
    runs: 80,
  },
  {
    title: 'showKb (id → entry with citations)',
    covers: ['showKb'],
    valid: one(fc.constantFrom(...KB_IDS)),
    mixed: one(
      fc
        .oneof(fc.constantFrom(...KB_IDS), nearMissIds, fc.string({ maxLength: 20 }))
        .filter(KNOWN_BUG_EXCLUSIONS.kbTextHasNoLineBreak),
    ),
    isValid: ([id]) => KB_IDS.includes(id as string),
    call: ([id]) => showKb(id as string),
    check: (out, [id]) => checkKbEntry(out, id as string),
    runs: 60,
  },
  {
    title: 'listKb (category → entries)',
    covers: ['listKb'],
    valid: one(fc.option(fc.constantFrom(...KB_CATEGORIES), { nil: undefined })),
    mixed: one(
      fc
        .oneof(fc.constant(undefined), kbCategory, fc.string({ maxLength: 12 }))
        .filter(KNOWN_BUG_EXCLUSIONS.kbTextHasNoLineBreak),
    ),
    isValid: ([c]) => c === undefined || (KB_CATEGORIES as readonly unknown[]).includes(c),
    call: ([c]) => listKb(c as string | undefined),
    check: (out, [c]) => checkKbList(out, c as string | undefined),
    runs: 40,
  },
  {
    title:
      'buildArticle (level, side, zone in any spelling → article, rendered as Markdown and HTML)',
    covers: ['buildArticle', 'renderArticleMarkdown', 'renderArticleHtml'],
    valid: one(articleRequest),
    mixed: one(mixedInputs(articleRequest)),
    call: (args) => buildArticle(args[0]),
    check: (out) => {
      assertMatches(ArticleContract, out, 'article');
      const article = out as ReturnType<typeof buildArticle>;
      assert.match(renderArticleMarkdown(article), /^# /);
      assert.match(renderArticleHtml(article), /<h1[\s>]/);
    },
    runs: 25,
  },
  {
    title: 'parseArticleRequest (any spelling → contract values)',
    covers: ['parseArticleRequest'],
    valid: one(articleRequest),
    mixed: one(mixedInputs(articleRequest)),
    call: (args) => parseArticleRequest(args[0]),
    check: (out) =>
      assertMatches(
        ArticleContract.pick({ level: true, side: true, zone: true, audience: true }).strict(),
        out,
        'article request',
      ),
    runs: 80,
  },
  {
    title: 'drawSpineDiagram and drawDermatomeDiagram over their whole typed domain',
    covers: ['drawSpineDiagram', 'drawDermatomeDiagram'],
    valid: fc.tuple(
      fc.constantFrom(...LEVELS),
      fc.constantFrom(...SIDES),
      fc.constantFrom(...ZONES),
      fc.constantFrom(...ROOTS),
    ),
    call: ([level, side, zone, root]) => [
      drawSpineDiagram({ level, side, zone } as Parameters<typeof drawSpineDiagram>[0]),
      drawDermatomeDiagram({ root, side } as Parameters<typeof drawDermatomeDiagram>[0]),
    ],
    check: (out) => {
      for (const d of out as { svg: string }[]) assert.match(d.svg, /^<svg[\s>]/);
    },
    runs: 30,
  },
];

/** Free-text readers and string predicates: any string in, never an exception other than InputError. */
export const TOTAL_ON_STRINGS: Readonly<Record<string, (text: string) => unknown>> = {
  normalise: (t) => api.normalise(t),
  normaliseDrugName: (t) => api.normaliseDrugName(t),
  normaliseUnit: (t) => api.normaliseUnit(t),
  parseDoseText: (t) => api.parseDoseText(t),
  parseFrequency: (t) => api.parseFrequency(t),
  parseStrength: (t) => api.parseStrength(t),
  recogniseComorbidity: (t) => api.recogniseComorbidity(t),
  recogniseConditions: (t) => api.recogniseConditions(t),
  conditionSet: (t) => api.conditionSet([t, t.toUpperCase()]),
  toKebab: (t) => api.toKebab(t),
  indicationCeiling: (t) => api.indicationCeiling(t),
  recogniseDrug: (t) => api.recogniseDrug(t, api.getKb()),
  editDistance: (t) => api.editDistance(t, t.split('').reverse().join('')),
  articleReadingGrade: (t) => api.articleReadingGrade(t),
  articleVisibleText: (t) => api.articleVisibleText(t),
  measureArticlePage: (t) => api.measureArticlePage(t),
  summaryOf: (t) => api.summaryOf(t),
  fillTemplate: (t) => api.fillTemplate(t, { patientId: t, userId: 'Practitioner/1' }),
  assertGradingSystemId: (t) => api.assertGradingSystemId(t),
  assertScoreInstrumentId: (t) => api.assertScoreInstrumentId(t),
  isLevel: (t) => api.isLevel(t),
  isRoot: (t) => api.isRoot(t),
  isSide: (t) => api.isSide(t),
  isZone: (t) => api.isZone(t),
  isGradingSystemId: (t) => api.isGradingSystemId(t),
  isScoreInstrumentId: (t) => api.isScoreInstrumentId(t),
  redactUrl: (t) => api.redactUrl(t),
  numberPlaceholders: (t) => api.numberPlaceholders(t),
  tokenHash: (t) => api.tokenHash(t),
  sameSecret: (t) => api.sameSecret(t, `${t}x`),
  escapeMarkdown: (t) => api.escapeMarkdown(t),
  auditText: (t) => api.auditText(t, 100),
  backupKeyId: (t) => api.backupKeyId(t),
};

/** Functions of `unknown` that must answer for any value and never throw. */
export const PREDICATES: Readonly<Record<string, (value: unknown) => unknown>> = {
  isInputError: (v) => api.isInputError(v),
  isForamenError: (v) => api.isForamenError(v),
  isRecordError: (v) => api.isRecordError(v),
  isUniqueViolation: (v) => api.isUniqueViolation(v),
  resourcesOf: (v) => api.resourcesOf(v),
  backupSignatureProblem: (v) => api.backupSignatureProblem(v, 'k'.repeat(32)),
};

/** Exports whose parameters are typed and validated by their callers, with the reason. */
export const TYPED_HELPERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    'knowledge-base maintenance (a build-time check over authored data; null entries are reported, see counterexamples)':
      ['validateKb', 'withoutNullItems'],
    'closed-vocabulary lookups (callers pass contract values; tested exhaustively by their owners)':
      [
        'affectedRoot',
        'lesionSitesForRoot',
        'levelAnatomy',
        'levelBelow',
        'rootAnatomy',
        'relationForZone',
        'rootsForMovement',
        'rootsForReflex',
        'rootsForRegion',
        'rootsForTest',
        'severityRank',
        'triageRank',
        'moreUrgent',
        'rsnaClassOf',
        'indicatorFor',
        'workupCoding',
        'foramenCoding',
        'articleSlug',
        'articleSitePath',
        'entriesOf',
        'scoreReferenceOf',
        'citationReference',
        'stableUuid',
        'roleCan',
      ],
    'bands of numbers already validated by a schema': [
      'percentBand',
      'thirdsBand',
      'meyerdingGradeOf',
      'odiBandOf',
      'nrsBandOf',
      'startBackRiskOf',
      'isImportantImprovement',
      'lockoutSeconds',
      // A display formatter of a number its caller computed (a weight or dose), memoised.
      'numberText',
      // A display formatter of a number its caller computed (a dose, an age), without ICU.
      'formatNumber',
    ],
    'take a parsed value or a result of an entry point (reached through assess, parseReport, the CLI and HTTP)':
      [
        'assessPresentation',
        'renderAssessmentText',
        'findingObservation',
        'gradeObservation',
        'siteText',
        'scorePemat',
        'patientViewCards',
        'lumbarMriCards',
        'readChart',
        'conditionMeaning',
        'isLumbarMriOrder',
        'cardSource',
        'headlineOf',
        'buildTimeline',
        'submissionResources',
        'toCsv',
        'csvCell',
        'parseBatchRecord',
        'signBackup',
        'auditHashOf',
        'round3',
      ],
    'error and FHIR outcome builders (take an error or a message from the code)': [
      'ForamenError',
      'InputError',
      'RecordError',
      'parseInput',
      'formatIssuePath',
      'badRequestOutcome',
      'operationOutcomeFor',
      'serverOutcome',
    ],
    'no user input: the knowledge base, registries, site, configuration': [
      'getKb',
      'assembleKb',
      'createSearchIndex',
      'describeGradingSystems',
      'describeScoreInstruments',
      'discoverServices',
      'buildArticleSite',
      'storeConfigFromEnv',
      'sqlitePathOf',
      'migrationSql',
      'newToken',
      'Mutex',
      'actorIdOf',
      'cdsAuthFromEnv',
      'loadCdsIssuers',
    ],
    'CDS Hooks JWT checks (fuzzed from outside by test/security with signed, unsigned and malformed tokens)':
      ['CdsJwtVerifier', 'MemoryReplayCache'],
    'network, FHIR server or database access (reached through the HTTP routes and their own suites)':
      [
        'fetchFhir',
        'resolvePrefetch',
        'selectedServiceRequests',
        'openSqlite',
        'openPostgres',
        'dropPostgresSchema',
        'openDriver',
        'openRecordStore',
        'RecordStore',
        'migrate',
        'countRows',
        'readAudit',
        'backupDatabase',
        'restoreDatabase',
        'exportCsv',
        'exportFhirBundle',
        'createUser',
        'listUsers',
        'countUsers',
        'login',
        'resolveSession',
        'logout',
        'ensureFirstAdmin',
        'hashPassword',
        'verifyPassword',
        'signIn',
        'disableUser',
        'enableUser',
        'changePassword',
        'resetPassword',
        'enrollMfa',
        'verifyMfa',
        'verifyAudit',
      ],
    'Redis, BullMQ and PostgreSQL access (the batch queue and shared server state; tested against live servers in test/batch and test/shared-state)':
      [
        'openReportBatch',
        'ReportBatch',
        'checkBatchName',
        'connectRedis',
        'redactRedisUrl',
        'RedisReplayCache',
        'openSharedState',
        'sharedStateFromEnv',
      ],
    'file and process I/O (the CLI batch mode; fuzzed through `foramen parse-report`)': [
      'openBatchSource',
      'runReportBatch',
    ],
  }).flatMap(([reason, names]) => names.map((n) => [n, reason])),
);

/**
 * Bugs the fuzzing found in code this suite does not own, not yet fixed by their owners. No skipped tests:
 * each is kept out of the suite by the narrowest exclusion (an unclassified export, or a generator that
 * avoids the trigger), and its exact counterexample is listed here. Once fixed, drop the exclusion and
 * add the counterexample to counterexamples.test.ts.
 */
export const KNOWN_BUGS: Readonly<Record<string, string>> = {};
