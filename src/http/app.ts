/**
 * Builds the HTTP service without listening (tests use `app.inject`; server.ts listens). Each area is an
 * encapsulated plugin under its prefix.
 */
import Fastify from 'fastify';
import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { VERSION, getKb } from '../index.js';
import { handleError, handleFrameworkError, handleNotFound } from './errors.js';
import { addSecurityHeaders } from './security-headers.js';
import { kbRoutes } from './routes/kb.js';
import { scoresRoutes } from './routes/scores.js';
import { recordsRoutes } from './routes/records.js';
import type { RecordsRoutesOptions } from './routes/records.js';
import { loggerOptions } from './logging.js';
import type { LoggerOption } from './logging.js';
import { assessRoutes } from './routes/assess.js';
import { gradeRoutes } from './routes/grade.js';
import { reportRoutes } from './routes/reports.js';
import { medsRoutes } from './routes/meds.js';
import { articleRoutes } from './routes/articles.js';
import { diagramRoutes } from './routes/diagrams.js';
import { vocabRoutes } from './routes/vocab.js';
import swagger from '@fastify/swagger';
import { docsRoutes, openApiOptions } from './routes/docs.js';
import { answer, serializerCompiler, validatorCompiler } from './schemas.js';

const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  kbVersion: z.string(),
});
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
  // Route schemas are zod (src/http/schemas.ts); @fastify/swagger collects them for /openapi.json.
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setNotFoundHandler(handleNotFound);
  // Reports may be posted as plain text.
  app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );

  await addSecurityHeaders(app);
  await app.register(cors, {
    origin:
      options.corsOrigins && options.corsOrigins.length > 0 ? [...options.corsOrigins] : false,
  });
  if (options.rateLimitPerMinute !== false) {
    await app.register(rateLimit, {
      max: options.rateLimitPerMinute ?? 1200,
      timeWindow: '1 minute',
    });
  }

  await app.register(swagger, openApiOptions);
  app.get(
    '/health',
    {
      schema: {
        tags: ['service'],
        operationId: 'health',
        summary: 'Readiness',
        response: {
          200: answer('Ready, with the versions.', { 'application/json': HealthSchema }),
        },
      },
    },
    async () => ({ status: 'ok', version: VERSION, kbVersion: getKb().version }),
  );
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
