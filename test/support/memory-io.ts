/** In-memory streams for running the CLI in-process in tests. */
import { Readable } from 'node:stream';
import { runCli } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `foramen <args>` in-process with `stdin` as standard input and returns its exit code and output. */
export async function runForamen(
  args: readonly string[],
  stdin = '',
  options: { tty?: boolean } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdin: Readable.from([stdin]),
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => (stderr += s) },
  };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}
