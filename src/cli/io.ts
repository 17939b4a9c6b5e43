/**
 * The CLI's window on the world: streams are injected so tests run the program in-process.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../index.js';

export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown };
}

/** The real process streams. */
export const processIo = (): CliIo => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads FILE, or standard input when FILE is `-`, as text. */
export async function readTextInput(file: string, io: CliIo): Promise<string> {
  if (file === '-') return readAll(io.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : 'cannot be read';
    throw new InputError('invalid-input', 'FILE', `${file}: ${why}`, { cause: error });
  }
}

/** Reads FILE or `-` and parses it as JSON, naming the position of a syntax error. */
export async function readJsonInput(file: string, io: CliIo): Promise<unknown> {
  const text = await readTextInput(file, io);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'syntax error';
    throw new InputError(
      'invalid-json',
      file === '-' ? 'stdin' : file,
      `not valid JSON (${detail ?? 'syntax error'})`,
      { cause: error },
    );
  }
}

/** Whether to print JSON: when asked, or when stdout is not a terminal (pipes get JSON). */
export const wantsJson = (options: { json?: boolean }, io: CliIo): boolean =>
  options.json === true || io.stdout.isTTY !== true;

/** Prints a value as pretty JSON followed by a newline. */
export function printJson(io: CliIo, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
