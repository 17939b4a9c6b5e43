/**
 * Security headers (Helmet's, with the app's Content-Security-Policy) on every answer. @fastify/helmet
 * rebuilds Helmet's middleware on every request (two hooks, the CSP parsed again each time: 13% of the
 * CPU time of `GET /health`). Without nonces Helmet's headers are the same for every request, so they
 * are worked out once, by running @fastify/helmet with these options on a throwaway instance, and set
 * by one hook.
 */
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import type { FastifyHelmetOptions } from '@fastify/helmet';

/** Helmet's options: a same-origin CSP that allows inline styles and data: images (the web app). */
export const HELMET_OPTIONS: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    directives: {
      'default-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'style-src': ["'self'", "'unsafe-inline'"],
    },
  },
};

/**
 * The headers @fastify/helmet sets with `options`, as it sets them.
 * @param options - @fastify/helmet options (without CSP nonces, which differ per request)
 */
export async function helmetHeaders(
  options: FastifyHelmetOptions = HELMET_OPTIONS,
): Promise<readonly (readonly [string, string])[]> {
  if (options.enableCSPNonces) {
    throw new Error('CSP nonces differ per request: use @fastify/helmet');
  }
  const probe = async (withHelmet: boolean) => {
    const app = Fastify({ logger: false });
    if (withHelmet) await app.register(helmet, options);
    app.get('/', async () => '');
    const res = await app.inject({ method: 'GET', url: '/' });
    await app.close();
    return res.headers;
  };
  const plain = await probe(false);
  const secured = await probe(true);
  return Object.entries(secured)
    .filter(([name]) => !(name in plain))
    .map(([name, value]) => [name, String(value)] as const);
}

/**
 * Sets Helmet's headers on every answer of `app` with one hook.
 * @param app - the root instance
 * @param options - @fastify/helmet options
 */
export async function addSecurityHeaders(
  app: FastifyInstance,
  options: FastifyHelmetOptions = HELMET_OPTIONS,
): Promise<void> {
  const headers = Object.fromEntries(await helmetHeaders(options));
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}
