/**
 * Starts the HTTP service on PORT (default 8080) and stops cleanly on SIGINT/SIGTERM. With REDIS_URL
 * set, state that several servers must share (rate-limit counters, the CDS Hooks replay cache) lives
 * in Redis; FORAMEN_RATE_LIMIT_PER_MINUTE sets the /api limit per client (default 1200).
 */
import { InputError, sharedStateFromEnv } from '../index.js';
import { buildApp } from './app.js';

export interface ServeOptions {
  readonly port?: number;
  readonly host?: string;
}

/** Builds the app and listens; resolves with the address once ready. */
export async function serve(options: ServeOptions = {}): Promise<string> {
  const limit = process.env.FORAMEN_RATE_LIMIT_PER_MINUTE;
  if (limit !== undefined && !/^[1-9]\d{0,8}$/.test(limit)) {
    throw new InputError(
      'invalid-input',
      'FORAMEN_RATE_LIMIT_PER_MINUTE',
      'must be a positive integer',
    );
  }
  const sharedState = await sharedStateFromEnv();
  const app = await buildApp({
    logger: { level: process.env.LOG_LEVEL ?? 'info' },
    ...(limit !== undefined ? { rateLimitPerMinute: Number(limit) } : {}),
    ...(sharedState ? { sharedState } : {}),
  });
  if (sharedState) app.addHook('onClose', () => sharedState.close());
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
