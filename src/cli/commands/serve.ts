/** `foramen serve`: the HTTP API (and web app) on PORT, default 8080. */
import type { Command } from 'commander';
import { InputError } from '../../index.js';
import type { CliIo } from '../io.js';

// Set by scripts/bundle-cli.mjs (see program.ts).
declare const __FORAMEN_BUNDLE__: boolean | undefined;
const SERVER_MODULE = new URL(
  typeof __FORAMEN_BUNDLE__ !== 'undefined' && __FORAMEN_BUNDLE__
    ? './server.mjs'
    : '../../http/server.js',
  import.meta.url,
).href;

/** What `serve` needs of src/http/server.ts. */
interface ServerModule {
  serve(options: { port: number; host?: string }): Promise<string>;
}

export function registerServe(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the HTTP API and web app (PORT sets the port, default 8080)')
    .option('--port <port>', 'port to listen on (overrides PORT)')
    .option('--host <host>', 'address to bind (default 127.0.0.1; HOST also works)')
    .action(async (options: { port?: string; host?: string }) => {
      const port = options.port ?? process.env.PORT ?? '8080';
      if (!/^\d+$/.test(port) || Number(port) > 65535) {
        throw new InputError(
          'invalid-input',
          'port',
          `must be a number from 0 to 65535, not "${port}"`,
        );
      }
      // The server lives outside the CLI bundle's hot path: loaded only when serving (bundled, it is its
      // own file beside the verbs, so `serve --help` does not parse it).
      const { serve } = (await import(SERVER_MODULE)) as ServerModule;
      const address = await serve({
        port: Number(port),
        ...(options.host ? { host: options.host } : {}),
      });
      io.stderr.write(`foramen: serving on ${address}\n`);
    });
}
