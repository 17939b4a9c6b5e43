/**
 * Property-based tests of every CLI verb, run in-process. Every verb in the verb table (VERBS) gets its help
 * checked and random command lines thrown at it: whatever the arguments, the CLI never reports an internal
 * error, succeeds silently on stderr, or fails with exit 1 or 2 and one line `foramen: ...` on stderr
 * and nothing on stdout. The verbs that take JSON or text are also mirrored against the library: the CLI
 * prints exactly the library's result as JSON, or exactly its InputError as `foramen: <path>: <message>`.
 * Runs happen in a scratch folder, so a verb that writes files writes them there.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { VERBS } from '../../src/cli/program.js';
import {
  GRADING_SYSTEM_IDS,
  KB_CATEGORIES,
  LEVELS,
  SCORE_INSTRUMENT_IDS,
  buildArticle,
  checkMedications,
  findKb,
  grade,
  isInputError,
  listKb,
  parseReport,
  score,
  showKb,
} from '../../src/index.js';
import { runForamen } from '../support/memory-io.js';
import type { CliRun } from '../support/memory-io.js';
import { anyJson, mixedInputs, mutated } from './_arbitraries.js';
import { KNOWN_BUG_EXCLUSIONS } from './_entry-points.js';
import {
  KB_IDS,
  articleRequest,
  gradeInputs,
  kbCategory,
  kbQuery,
  medsInput,
  nearMissIds,
  presentation,
  reportText,
  scoreInputs,
} from './_inputs.js';
import { asJson, assertOneLine, checkAsyncProperty, describeThrown } from './_support.js';
import * as api from '../../src/index.js';

/** Verbs that must not be run with arbitrary arguments: `serve` would start listening for good. */
// `batch` talks to a live Redis (a random `batch work x` would wait for jobs forever); test/batch covers it.
const NO_RANDOM_ARGUMENTS = new Set(['serve', 'batch']);

/**
 * Commander follows "unknown option/command" with a second line `(Did you mean --json?)`, so those errors
 * are two lines (src/cli/program.ts, known bug: `foramen kb find --jsn x`). Tolerated here, narrowly.
 */
const SUGGESTION_LINE = /^\(Did you mean [^\n]+\?\)$/;
/** A command group named without a subcommand (`foramen site`) prints its usage and exits 2. */
const GROUP_USAGE = /^Usage: foramen \S+ \[options\] \[command\]/;

/** What every run must look like, whatever its arguments. */
function assertCleanRun(run: CliRun, argv: readonly string[]): void {
  const where = `foramen ${JSON.stringify(argv)}`;
  assert.ok(!run.stderr.includes('internal error'), `${where}: ${run.stderr.trim()}`);
  assert.ok([0, 1, 2].includes(run.code), `${where}: exit code ${run.code}: ${run.stderr.trim()}`);
  if (run.code === 0) {
    assert.equal(run.stderr, '', `${where}: succeeded but wrote to stderr: ${run.stderr.trim()}`);
    return;
  }
  if (run.code === 2 && GROUP_USAGE.test(run.stderr)) return;
  assert.equal(run.stdout, '', `${where}: failed (exit ${run.code}) but wrote to stdout`);
  assert.match(
    run.stderr,
    /^foramen: \S/,
    `${where}: error does not start with "foramen: ": ${JSON.stringify(run.stderr)}`,
  );
  const [first = '', ...rest] = run.stderr.replace(/\n$/, '').split('\n');
  assertOneLine(first, `${where}: error`);
  const tolerated = run.code === 2 && rest.length === 1 && SUGGESTION_LINE.test(rest[0] ?? '');
  assert.ok(
    rest.length === 0 || tolerated,
    `${where}: error is not one line: ${JSON.stringify(run.stderr)}`,
  );
}

/**
 * The CLI run must mirror the library call: its JSON result, or its InputError as one stderr line.
 * @param run - the CLI's run
 * @param argv - the command line, for messages
 * @param library - the same operation through the library
 */
function assertMirrors(run: CliRun, argv: readonly string[], library: () => unknown): void {
  assertCleanRun(run, argv);
  const where = `foramen ${JSON.stringify(argv)}`;
  let expected: unknown;
  try {
    expected = library();
  } catch (error) {
    assert.ok(isInputError(error), `library threw ${describeThrown(error)}`);
    assert.equal(
      run.code,
      1,
      `${where}: the library refused with "${error.toLine()}" but the CLI exited ${run.code}`,
    );
    assert.equal(
      run.stderr,
      `foramen: ${error.toLine()}\n`,
      `${where}: CLI and library disagree on the error`,
    );
    return;
  }
  assert.equal(
    run.code,
    0,
    `${where}: the library accepted the input but the CLI said ${JSON.stringify(run.stderr)}`,
  );
  assert.deepEqual(
    JSON.parse(run.stdout),
    asJson(expected),
    `${where}: CLI output differs from the library's`,
  );
}

/**
 * Sends `input` as JSON on stdin to `argv` and checks the run mirrors `library` on the same JSON; input
 * JSON cannot express (undefined) reaches the CLI as empty stdin, which is a syntax error.
 */
async function mirrorJson(
  argv: readonly string[],
  input: unknown,
  library: (value: unknown) => unknown,
): Promise<void> {
  const text = JSON.stringify(input);
  const run = await runForamen(argv, text ?? '');
  if (text === undefined) {
    // An argument may be refused before stdin is read (`grade nope -`); either way, one clean line.
    assertCleanRun(run, argv);
    assert.equal(run.code, 1, `${JSON.stringify(argv)} with empty stdin exited ${run.code}`);
    return;
  }
  const value = JSON.parse(text) as unknown;
  assertMirrors(run, argv, () => library(value));
}

/** Stdin survives as UTF-8: lone surrogates become U+FFFD, as they would from a file. */
const viaUtf8 = (text: string): string => Buffer.from(text, 'utf8').toString('utf8');

/** A command-line word that cannot reach outside the scratch folder. */
const word = fc
  .string({ minLength: 1, maxLength: 10 })
  .filter((s) => !s.includes('/') && !s.includes('\\') && s !== '.' && s !== '..');
const tokens = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '-',
      '--json',
      '--list',
      '--help',
      '--verbose',
      '--limit',
      '5',
      '0',
      '-1',
      '--category',
      'drug',
      '--side',
      'left',
      '--zone',
      'foraminal',
      '--format',
      'html',
      'md',
      'json',
      'list',
      'show',
      'find',
      'build',
      '38',
      'partial',
      '--site',
      'leg',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ...GRADING_SYSTEM_IDS,
      ...SCORE_INSTRUMENT_IDS,
      ...LEVELS,
      ...KB_CATEGORIES,
    ),
  },
  { weight: 2, arbitrary: word },
  { weight: 1, arbitrary: word.map((w) => `--${w}`) },
);
const stdinText = fc.oneof(
  anyJson.map((v) => JSON.stringify(v) ?? ''),
  fc.string({ maxLength: 60 }),
  reportText,
);

let home = '';
let scratch = '';
const savedEnv = { ...process.env };
before(() => {
  home = process.cwd();
  scratch = mkdtempSync(join(tmpdir(), 'foramen-cli-fuzz-'));
  process.chdir(scratch);
  // A verb that opens the record store (`db ...`) must find a scratch SQLite file, never a real database.
  delete process.env.DATABASE_URL;
  process.env.FORAMEN_DATA_DIR = scratch;
});
after(() => {
  process.chdir(home);
  process.env = savedEnv;
  rmSync(scratch, { recursive: true, force: true });
});

describe('every CLI verb under fuzzing', () => {
  it('the verb table is not empty and every verb has help', async () => {
    assert.ok(Object.keys(VERBS).length > 0);
    for (const verb of Object.keys(VERBS)) {
      const run = await runForamen([verb, '--help']);
      assert.equal(run.code, 0, `${verb} --help: ${run.stderr}`);
      assert.match(run.stdout, new RegExp(`^Usage: foramen ${verb}\\b`), `${verb} --help`);
    }
  });

  for (const verb of Object.keys(VERBS).filter((v) => !NO_RANDOM_ARGUMENTS.has(v))) {
    it(`foramen ${verb} with random arguments and input fails cleanly or succeeds`, async () => {
      await checkAsyncProperty(
        fc.asyncProperty(fc.array(tokens, { maxLength: 4 }), stdinText, async (rest, stdin) => {
          const argv = [verb, ...rest];
          assertCleanRun(await runForamen(argv, stdin), argv);
        }),
        30,
      );
    });
  }

  it('foramen serve refuses a bad port with one line and never starts', async () => {
    const badPort = fc.oneof(
      fc.string({ maxLength: 8 }).filter((p) => !/^\d+$/.test(p) && !p.startsWith('-')),
      fc.integer({ min: 65536, max: 10_000_000 }).map(String),
    );
    await checkAsyncProperty(
      fc.asyncProperty(badPort, async (port) => {
        const run = await runForamen(['serve', '--port', port]);
        assert.equal(run.code, 1, `serve --port ${JSON.stringify(port)}: ${run.stderr}`);
        assertCleanRun(run, ['serve', '--port', port]);
        assert.match(run.stderr, /^foramen: port: /);
      }),
      20,
    );
  });
});

describe('CLI verbs mirror the library (same result, same error line)', () => {
  it('foramen assess - (presentation on stdin)', async () => {
    await checkAsyncProperty(
      fc.asyncProperty(mixedInputs(presentation), async (input) => {
        await mirrorJson(['assess', '-', '--json'], input, (value) => api.assess(value));
      }),
      40,
    );
  });

  it('foramen meds - (regimen on stdin)', async () => {
    await checkAsyncProperty(
      fc.asyncProperty(mixedInputs(medsInput), async (input) => {
        await mirrorJson(['meds', '-', '--json'], input, (value) => checkMedications(value));
      }),
      40,
    );
  });

  it('foramen grade SYSTEM - (every system in the registry)', async () => {
    const cases = fc
      .constantFrom(...GRADING_SYSTEM_IDS)
      .chain((id) =>
        fc.tuple(fc.constant(id), mixedInputs(gradeInputs.get(id) ?? fc.constant({}))),
      );
    await checkAsyncProperty(
      fc.asyncProperty(
        fc.oneof(
          cases,
          fc.tuple(
            nearMissIds.filter((s) => s.trim() !== '' && !s.includes('\n')),
            anyJson,
          ),
        ),
        async ([id, input]) => {
          await mirrorJson(['grade', id, '-', '--json'], input, (value) => grade(id, value));
        },
      ),
      50,
    );
  });

  it('foramen score INSTRUMENT - (every instrument in the registry)', async () => {
    const cases = fc
      .constantFrom(...SCORE_INSTRUMENT_IDS)
      .chain((id) =>
        fc.tuple(fc.constant(id), mixedInputs(scoreInputs.get(id) ?? fc.constant({}))),
      );
    await checkAsyncProperty(
      fc.asyncProperty(cases, async ([id, input]) => {
        await mirrorJson(['score', id, '-', '--json'], input, (value) => score(id, value));
      }),
      40,
    );
  });

  it('foramen parse-report - (report text on stdin)', async () => {
    const probe = await runForamen(
      ['parse-report', '-', '--json'],
      'L4-L5: mild left foraminal narrowing.',
    );
    if (probe.code !== 0) {
      // The verb is still a placeholder in this build: it must at least fail cleanly.
      assertCleanRun(probe, ['parse-report', '-']);
      return;
    }
    await checkAsyncProperty(
      fc.asyncProperty(reportText, async (text) => {
        assertMirrors(
          await runForamen(['parse-report', '-', '--json'], text),
          ['parse-report', '-'],
          () => parseReport(viaUtf8(text)),
        );
      }),
      60,
    );
  });

  it('foramen article LEVEL --side --zone --json', async () => {
    const request = mutated(articleRequest).filter(
      (r): r is Record<string, unknown> => r !== null && typeof r === 'object' && !Array.isArray(r),
    );
    const flags = fc.oneof(articleRequest, request).map((r) => ({
      level:
        typeof r.level === 'string' && r.level !== '' && !r.level.startsWith('-')
          ? r.level
          : 'L4-L5',
      side: typeof r.side === 'string' && !r.side.startsWith('-') ? r.side : undefined,
      zone: typeof r.zone === 'string' && !r.zone.startsWith('-') ? r.zone : undefined,
    }));
    await checkAsyncProperty(
      fc.asyncProperty(flags, async ({ level, side, zone }) => {
        const argv = [
          'article',
          level,
          ...(side === undefined ? [] : ['--side', side]),
          ...(zone === undefined ? [] : ['--zone', zone]),
          '--json',
        ];
        assertMirrors(await runForamen(argv), argv, () => buildArticle({ level, side, zone }));
      }),
      20,
    );
  });

  it('foramen kb show | list | find', async () => {
    const noBreak = KNOWN_BUG_EXCLUSIONS.kbTextHasNoLineBreak;
    const plain = (s: string): boolean => noBreak(s) && s.trim() !== '' && !s.startsWith('-');
    const show = fc
      .oneof(fc.constantFrom(...KB_IDS), nearMissIds.filter(plain))
      .map((id) => ({ argv: ['kb', 'show', id, '--json'], library: () => showKb(id) }));
    const list = fc.option(kbCategory.filter(plain), { nil: undefined }).map((c) => ({
      argv: ['kb', 'list', ...(c === undefined ? [] : [c]), '--json'],
      library: () => listKb(c),
    }));
    const find = fc
      .tuple(
        kbQuery.filter(plain),
        fc.integer({ min: 1, max: 20 }),
        fc.option(fc.constantFrom(...KB_CATEGORIES), { nil: undefined }),
      )
      .map(([q, limit, category]) => ({
        argv: [
          'kb',
          'find',
          q,
          '--limit',
          String(limit),
          ...(category === undefined ? [] : ['--category', category]),
          '--json',
        ],
        library: () => findKb(q, { limit, ...(category === undefined ? {} : { category }) }),
      }));
    await checkAsyncProperty(
      fc.asyncProperty(fc.oneof(show, list, find), async ({ argv, library }) => {
        assertMirrors(await runForamen(argv), argv, library);
      }),
      50,
    );
  });
});

describe('CLI inputs that are not JSON', () => {
  it('JSON verbs answer a syntax error with one line naming stdin', async () => {
    const broken = fc.oneof(
      fc.constantFrom('', '{', '{"a":', 'nul', '[1,]', '\u0000'),
      fc.string({ maxLength: 20 }).filter((s) => {
        try {
          JSON.parse(s);
          return false;
        } catch {
          return true;
        }
      }),
    );
    const verbs = [
      ['assess', '-'],
      ['meds', '-'],
      ['grade', 'lee', '-'],
      ['score', 'odi', '-'],
    ].filter(([v]) => v !== undefined && v in VERBS);
    await checkAsyncProperty(
      fc.asyncProperty(fc.constantFrom(...verbs), broken, async (argv, text) => {
        const run = await runForamen(argv, text);
        assertCleanRun(run, argv);
        assert.equal(run.code, 1);
        assert.match(run.stderr, /^foramen: stdin: /);
      }),
      30,
    );
  });
});
