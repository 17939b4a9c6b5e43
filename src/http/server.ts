/** Starts the HTTP service on PORT (default 8080) and stops cleanly on SIGINT/SIGTERM. */
import { buildApp } from './app.js';

export interface ServeOptions {
  readonly port?: number;
  readonly host?: string;
}

/** Builds the app and listens; resolves with the address once ready. */
export async function serve(options: ServeOptions = {}): Promise<string> {
  const app = await buildApp({ logger: { level: process.env.LOG_LEVEL ?? 'info' } });
  const port = options.port ?? Number(process.env.PORT ?? 8080);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const address = await app.listen({ port, host });
  const close = () => {
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', close);
  process.once('SIGTERM', close);
  return address;
}
