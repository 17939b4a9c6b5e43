/**
 * Builds the `foramen` command tree. Each verb lives in commands/<verb>.ts; no clinical logic lives in cli/.
 * Verbs are loaded on demand: a run loads only the module of the verb it names (all of them for help or an
 * unknown verb), so `foramen kb find` never pays for the report parser or the HTTP server. With the
 * bundler's code splitting this keeps the cold start close to that of `node -e 0`.
 */
import { Command } from 'commander';
import { VERSION } from '../version.js';
import type { CliIo } from './io.js';

type Register = (program: Command, io: CliIo) => void;

/** Every verb: its module under commands/ and the function that registers it. Add a line to add a verb. */
export const VERBS: Record<string, { readonly module: string; readonly register: string }> = {
  kb: { module: 'kb', register: 'registerKb' },
  grade: { module: 'grade', register: 'registerGrade' },
  meds: { module: 'meds', register: 'registerMeds' },
  'parse-report': { module: 'parse-report', register: 'registerParseReport' },
  assess: { module: 'assess', register: 'registerAssess' },
  serve: { module: 'serve', register: 'registerServe' },
  article: { module: 'article', register: 'registerArticle' },
  site: { module: 'site', register: 'registerSite' },
  score: { module: 'score', register: 'registerScore' },
  db: { module: 'db', register: 'registerDb' },
  batch: { module: 'batch', register: 'registerBatch' },
};

// Set by scripts/bundle-cli.mjs. Bundled, each verb is its own tree-shaken file under verbs/ (esbuild's
// code splitting would merge them back into one shared chunk); compiled by tsc, it is commands/<verb>.js.
declare const __FORAMEN_BUNDLE__: boolean | undefined;
const BUNDLED = typeof __FORAMEN_BUNDLE__ !== 'undefined' && __FORAMEN_BUNDLE__;

async function loadVerb(verb: { module: string; register: string }): Promise<Register> {
  const file = BUNDLED ? `./verbs/${verb.module}.mjs` : `./commands/${verb.module}.js`;
  const mod = (await import(new URL(file, import.meta.url).href)) as Record<string, unknown>;
  const register = mod[verb.register];
  if (typeof register !== 'function') throw new Error(`${file} does not export ${verb.register}`);
  return register as Register;
}

/**
 * A group such as `kb` or `db` run without a known subcommand answers one line naming what it takes,
 * instead of commander's multi-line help on stderr (which `kb --help` still prints on request).
 */
function requireSubcommand(group: Command): void {
  const names = group.commands.map((c) => c.name()).filter((n) => n !== 'help');
  group.allowExcessArguments(true).action((...params: unknown[]) => {
    const self = params[params.length - 1] as Command;
    const given = self.args[0];
    if (given !== undefined) {
      throw new CliUsageError(
        `unknown command '${given}' for '${group.name()}' (expected ${names.join(', ')})`,
      );
    }
    throw new CliUsageError(`'${group.name()}' needs a command: ${names.join(', ')}`);
  });
}

/** A usage mistake on the command line, reported like commander's own errors (exit 2). */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

/** The verb a command line names: the first argument that is not an option. */
function verbOf(args: readonly string[]): string | undefined {
  return args.find((a) => !a.startsWith('-'));
}

/**
 * Creates the program with its streams; `parseAsync` runs it.
 * @param io - the streams to use
 * @param args - the command line, used to load only the verb it names
 */
export async function createProgram(io: CliIo, args: readonly string[] = []): Promise<Command> {
  const program = new Command('foramen')
    .description(
      'Lumbar foraminal stenosis and nerve-root compression: knowledge base, grading, assessment, reports, education.',
    )
    .version(VERSION, '-V, --version')
    .option('--verbose', 'print stack traces for unexpected errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's own errors (unknown command, missing argument) become one `foramen: ...` line.
      outputError: (s, write) =>
        write(
          `foramen: ${s
            .replace(/^error: /, '')
            .trim()
            .replace(/\s*\n\s*/g, ' ')}\n`,
        ),
    });
  const named = verbOf(args);
  // `--version` alone needs no verb; help or an unknown verb needs them all (for the list and suggestions).
  const versionOnly = named === undefined && args.some((a) => a === '-V' || a === '--version');
  const verbs = versionOnly
    ? []
    : named !== undefined && named in VERBS
      ? [VERBS[named]]
      : Object.values(VERBS);
  for (const verb of verbs) if (verb) (await loadVerb(verb))(program, io);
  for (const group of program.commands) if (group.commands.length > 0) requireSubcommand(group);
  return program;
}
