/**
 * Builds the `foramen` command tree. Each verb lives in commands/<verb>.ts and registers itself here;
 * no clinical logic lives in cli/.
 */
import { Command } from 'commander';
import { VERSION } from '../index.js';
import type { CliIo } from './io.js';
import { registerKb } from './commands/kb.js';
import { registerGrade } from './commands/grade.js';
import { registerMeds } from './commands/meds.js';
import { registerParseReport } from './commands/parse-report.js';
import { registerAssess } from './commands/assess.js';
import { registerServe } from './commands/serve.js';

/** Creates the program with its streams; `parseAsync` runs it. */
export function createProgram(io: CliIo): Command {
  const program = new Command('foramen')
    .description('Lumbar foraminal stenosis and nerve-root compression: knowledge base, grading, assessment, reports, education.')
    .version(VERSION, '-V, --version')
    .option('--verbose', 'print stack traces for unexpected errors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      // Commander's own errors (unknown command, missing argument) become one `foramen: ...` line.
      outputError: (s, write) => write(`foramen: ${s.replace(/^error: /, '').trim()}\n`),
    });
  for (const register of [registerKb, registerGrade, registerMeds, registerParseReport, registerAssess, registerServe]) {
    register(program, io);
  }
  return program;
}
