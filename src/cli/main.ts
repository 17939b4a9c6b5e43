/**
 * Entry point of the `foramen` command: runs the program and maps errors to one line on stderr and a
 * non-zero exit code (STYLE.md §5). Stack traces only with --verbose.
 */
import { CommanderError } from 'commander';
import { isInputError } from '../index.js';
import { CliUsageError, createProgram } from './program.js';
import { processIo } from './io.js';
import type { CliIo } from './io.js';

/**
 * Runs the CLI with `args` (without the node and script names) and returns the exit code.
 * @param args - command-line arguments, e.g. `['kb', 'find', 'ibuprofen', '--json']`
 * @param io - streams to use (tests pass in-memory ones)
 */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  try {
    const program = await createProgram(io, args);
    await program.parseAsync([...args], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit through here with code 0; commander already printed its message.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliUsageError) {
      io.stderr.write(`foramen: ${error.message}\n`);
      return 2;
    }
    if (isInputError(error)) {
      io.stderr.write(`foramen: ${error.toLine()}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`foramen: internal error: ${message.split('\n')[0] ?? ''}\n`);
    if (args.includes('--verbose') && error instanceof Error && error.stack) {
      io.stderr.write(`${error.stack}\n`);
    }
    return 70;
  }
}

/** The bin's entry: runs with the process streams and sets the exit code. */
export async function main(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`foramen kb list | head`) closes the pipe: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // When nothing is left to do (output written, no server or connection open), exit there and then: a
  // natural exit first tears down the V8 heap and waits for background compilations to finish, which
  // took 10-25 ms of every one-shot command. 'beforeExit' is only emitted once the event loop is empty.
  process.once('beforeExit', () => process.exit());
  process.exitCode = await runCli(argv.slice(2), processIo());
}
