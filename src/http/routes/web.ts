/**
 * The web app: static HTML, CSS and ES modules from `web/`, served by @fastify/static, and `/docs`, the
 * readable API reference page. The app talks only to the HTTP API; it never imports rule code.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Finds the `web/` folder by walking up from this module, so it works from dist/src/http/routes and from
 * the CLI bundle alike; FORAMEN_WEB_ROOT overrides.
 * @returns the absolute path, or undefined when there is no web app beside this build
 */
export function findWebRoot(): string | undefined {
  const override = process.env.FORAMEN_WEB_ROOT;
  if (override) return existsSync(join(override, 'index.html')) ? override : undefined;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 8; i++) {
    const candidate = join(dir, 'web');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** Options of the web plugin. */
export interface WebOptions {
  /** Where the static files are (default: found with `findWebRoot`). */
  readonly root?: string;
}

/** Registers the static web app at `/` and `/docs`. */
export const webRoutes: FastifyPluginAsync<WebOptions> = async (app, options) => {
  const root = options.root ?? findWebRoot();
  if (!root) return;
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    index: ['index.html'],
    maxAge: '5m',
    extensions: ['html'],
  });
  app.get('/docs', { schema: { hide: true } }, async (_request, reply) =>
    reply.sendFile('docs.html'),
  );
};
