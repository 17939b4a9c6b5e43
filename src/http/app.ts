/**
 * Builds the HTTP service without listening (tests use `app.inject`; server.ts listens). Each area is an
 * encapsulated plugin under its prefix.
 */
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { VERSION, getKb } from '../index.js';
import type { SharedState } from '../index.js';
import { handleError } from './errors.js';
import { kbRoutes } from './routes/kb.js';
import { scoresRoutes } from './routes/scores.js';
import { recordsRoutes } from './routes/records.js';
import type { RecordsRoutesOptions } from './routes/records.js';
import { loggerOptions } from './logging.js';
import { handleFrameworkError } from './framework-errors.js';
import type { LoggerOption } from './logging.js';
import { assessRoutes } from './routes/assess.js';
import { gradeRoutes } from './routes/grade.js';
import { reportRoutes } from './routes/reports.js';
import { medsRoutes } from './routes/meds.js';
import { articleRoutes } from './routes/articles.js';
import { diagramRoutes } from './routes/diagrams.js';
import { vocabRoutes } from './routes/vocab.js';
import { docsRoutes } from './routes/docs.js';
import { cdsHooksRoutes } from './routes/cds-hooks.js';
import type { CdsHooksOptions } from './routes/cds-hooks.js';
import { webRoutes } from './routes/web.js';

export interface AppOptions {
  /** Pino logger options, or false for none (tests); requests are logged without bodies or queries. */
  readonly logger?: LoggerOption;
  /** Requests per minute per client on /api; false disables the limit (benchmarks). */
  readonly rateLimitPerMinute?: number | false;
  /** Allowed CORS origins (default: none, same-origin only). */
  readonly corsOrigins?: readonly string[];
  /** Largest request body in bytes. */
  readonly bodyLimit?: number;
  /** CDS Hooks: trusted FHIR servers, clock, CORS origins. */
  readonly cdsHooks?: CdsHooksOptions;
  /** Folder of the static web app (default: found beside the build); false serves no web app. */
  readonly webRoot?: string | false;
  /** Patient records: an open store (tests) or where to find one (default: DATABASE_URL or ./data). */
  readonly records?: RecordsRoutesOptions;
  /**
   * State shared with other server processes through Redis (serve opens it when REDIS_URL is set):
   * rate-limit counters count across every process. Its `replayCache` is meant for the CDS Hooks JWT
   * check's `replayCache` option (lead: pass `options.replayCache ?? options.sharedState?.replayCache`).
   */
  readonly sharedState?: SharedState;
}

/** Creates the Fastify instance with security headers, limits, error handling and every route. */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Request ids in logs let a fault be traced without logging any patient data.
    genReqId: () => crypto.randomUUID(),
    frameworkErrors: handleFrameworkError,
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({
      error: {
        message: `no route for ${request.method} ${request.url.split('?')[0] ?? ''}`,
        path: 'url',
      },
    });
  });
  // Reports may be posted as plain text.
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'style-src': ["'self'", "'unsafe-inline'"],
      },
    },
  });
  await app.register(cors, {
    origin:
      options.corsOrigins && options.corsOrigins.length > 0 ? [...options.corsOrigins] : false,
  });
  if (options.rateLimitPerMinute !== false) {
    await app.register(rateLimit, {
      max: options.rateLimitPerMinute ?? 1200,
      timeWindow: '1 minute',
      // Several servers: one counter per client in Redis. A Redis outage lets requests through
      // rather than failing them (the readiness check reports it).
      ...(options.sharedState
        ? { redis: options.sharedState.redis, nameSpace: 'foramen:rl:', skipOnError: true }
        : {}),
    });
  }

  app.get('/health', async () => ({ status: 'ok', version: VERSION, kbVersion: getKb().version }));
  await app.register(kbRoutes, { prefix: '/api/kb' });
  await app.register(scoresRoutes, { prefix: '/api/scores' });
  await app.register(recordsRoutes, { prefix: '/api', ...options.records });
  await app.register(assessRoutes, { prefix: '/api/assess' });
  await app.register(gradeRoutes, { prefix: '/api/grade' });
  await app.register(reportRoutes, { prefix: '/api/reports' });
  await app.register(medsRoutes, { prefix: '/api/meds' });
  await app.register(articleRoutes, { prefix: '/api/articles' });
  await app.register(diagramRoutes, { prefix: '/api/diagrams' });
  await app.register(vocabRoutes, { prefix: '/api/vocab' });
  await app.register(docsRoutes);
  await app.register(cdsHooksRoutes, { prefix: '/cds-services', ...options.cdsHooks });
  if (options.webRoot !== false) {
    await app.register(webRoutes, options.webRoot ? { root: options.webRoot } : {});
  }
  return app;
}
