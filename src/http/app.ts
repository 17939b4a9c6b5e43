/**
 * Builds the HTTP service without listening (tests use `app.inject`; server.ts listens). Each area is an
 * encapsulated plugin under its prefix.
 */
import Fastify from 'fastify';
import * as z from 'zod';
import type { FastifyInstance } from 'fastify';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { InputError, MAX_JSON_DEPTH, VERSION, cdsAuthFromEnv, getKb } from '../index.js';
import type { ReplayCache } from '../index.js';
import { clientOf, recordsStoreHandle } from './records-context.js';
import { handleError, handleFrameworkError, handleNotFound } from './errors.js';
import { addSecurityHeaders } from './security-headers.js';
import type { SharedState } from '../index.js';
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
  /**
   * Fastify `trustProxy`: how many proxy hops (or which proxy addresses) to believe for the client
   * address (default: FORAMEN_TRUST_PROXY, else none).
   */
  readonly trustProxy?: boolean | number | string;
  /** Where CDS Hooks JWT ids are remembered (default: in this process; Redis for several servers). */
  readonly replayCache?: ReplayCache;
  /**
   * State shared with other server processes through Redis (serve opens it when REDIS_URL is set):
   * rate-limit counters count across every process, and its replay cache remembers CDS Hooks JWT
   * ids for all of them (an explicit `replayCache` wins).
   */
  readonly sharedState?: SharedState;
}

/**
 * FORAMEN_TRUST_PROXY as fastify takes it: `true`, a hop count, or a comma-separated list of
 * addresses or CIDR ranges.
 * @param value - the variable
 */
export function trustProxyOf(value: string | undefined): boolean | number | string | undefined {
  if (value === undefined || value.trim() === '' || value === 'false') return undefined;
  if (value === 'true') return true;
  if (/^\d+$/.test(value.trim())) return Number(value);
  return value;
}

type TrustProxy = boolean | string[] | ((address: string, hop: number) => boolean);

/** The setting in the form fastify's types take: a hop count becomes its predicate. */
function fastifyTrustProxy(value: boolean | number | string): TrustProxy {
  if (typeof value === 'number') return (_address, hop) => hop < value;
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  }
  return value;
}

/** True when JSON nests deeper than `max` (checked without recursion, so any depth is safe). */
export function jsonDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop() as [unknown, number];
    if (item === null || typeof item !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(item)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** Creates the Fastify instance with security headers, limits, error handling and every route. */
export async function buildApp(options: AppOptions = {}): Promise<FastifyInstance> {
  const trustProxy = options.trustProxy ?? trustProxyOf(process.env.FORAMEN_TRUST_PROXY);
  const cdsAuth = options.cdsHooks?.auth ?? cdsAuthFromEnv(process.env);
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    // Request ids in logs let a fault be traced without logging any patient data.
    genReqId: () => crypto.randomUUID(),
    frameworkErrors: handleFrameworkError,
    // A client must send its whole request within 30 s, and a silent socket closes after 10 s, so a
    // client trickling bytes cannot hold connections open.
    requestTimeout: 30_000,
    connectionTimeout: 10_000,
    ...(trustProxy === undefined ? {} : { trustProxy: fastifyTrustProxy(trustProxy) }),
  });
  const records = recordsStoreHandle(options.records ?? {});
  app.addHook('onClose', async () => records.close());
  // Nothing under /api may be kept by a browser or proxy cache: it may hold patient data or tokens.
  app.addHook('onSend', async (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      void reply.header('cache-control', 'no-store');
    }
  });
  // JSON is walked recursively in places; refuse absurd nesting before any route sees it.
  app.addHook('preValidation', async (request) => {
    if (
      request.body !== null &&
      typeof request.body === 'object' &&
      jsonDeeperThan(request.body, MAX_JSON_DEPTH)
    ) {
      throw new InputError(
        'invalid-input',
        'body',
        `is nested more than ${MAX_JSON_DEPTH} levels deep`,
      );
    }
  });
  // Refusals the routes did not record themselves (e.g. CDS Hooks without a valid JWT) are audited
  // when the records store is in use.
  app.addHook('onResponse', async (request, reply) => {
    if ((reply.statusCode !== 401 && reply.statusCode !== 403) || request.foramenAudited) return;
    const store = records.ifOpen();
    if (!store) return;
    try {
      await store.recordDenied(
        { kind: 'anonymous', requestId: request.id, client: clientOf(request) },
        request.url.startsWith('/cds-services') ? 'cds-service' : 'request',
        request.foramenRefusal ??
          `${request.method} ${request.routeOptions.url ?? 'unknown route'} answered ${reply.statusCode}`,
      );
    } catch (error) {
      request.log.error({ err: error }, 'could not audit a refusal');
    }
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
      // Several servers: one counter per client in Redis. A Redis outage lets requests through
      // rather than failing them (the readiness check reports it).
      ...(options.sharedState
        ? { redis: options.sharedState.redis, nameSpace: 'foramen:rl:', skipOnError: true }
        : {}),
    });
  }

  for (const warning of cdsAuth.warnings) app.log.warn(warning);

  await app.register(swagger, openApiOptions);
  app.get(
    '/health',
    {
      schema: {
        tags: ['service'],
        operationId: 'health',
        summary: 'Liveness',
        response: {
          200: answer('Alive, with the versions.', { 'application/json': HealthSchema }),
        },
      },
    },
    async () => ({ status: 'ok', version: VERSION, kbVersion: getKb().version }),
  );
  // Readiness: the database answers (a load balancer sends traffic only to ready servers).
  app.get(
    '/health/ready',
    {
      schema: {
        tags: ['service'],
        operationId: 'healthReady',
        summary: 'Readiness: 503 when the database (or Redis, when configured) cannot be reached',
      },
    },
    async (request, reply) => {
      try {
        const store = await records.get();
        await Promise.race([
          store.db.get('SELECT 1 AS ok'),
          new Promise((_, reject) =>
            setTimeout(() => reject(new Error('database timeout')), 2000).unref(),
          ),
        ]);
      } catch (error) {
        request.log.warn({ err: error }, 'not ready: database unreachable');
        return reply.status(503).send({
          status: 'unavailable',
          error: { message: 'the database is unreachable', path: 'database' },
        });
      }
      // With several servers, Redis holds the shared rate limits and replay cache: it must answer too.
      if (options.sharedState && !(await options.sharedState.isReady())) {
        request.log.warn('not ready: Redis unreachable');
        return reply.status(503).send({
          status: 'unavailable',
          error: { message: 'Redis is unreachable', path: 'redis' },
        });
      }
      return {
        status: 'ready',
        database: (await records.get()).db.dialect,
        ...(options.sharedState ? { redis: 'ok' } : {}),
      };
    },
  );
  await app.register(kbRoutes, { prefix: '/api/kb' });
  await app.register(scoresRoutes, { prefix: '/api/scores' });
  await app.register(recordsRoutes, { prefix: '/api', ...options.records, handle: records });
  await app.register(assessRoutes, { prefix: '/api/assess' });
  await app.register(gradeRoutes, { prefix: '/api/grade' });
  await app.register(reportRoutes, { prefix: '/api/reports' });
  await app.register(medsRoutes, { prefix: '/api/meds' });
  await app.register(articleRoutes, { prefix: '/api/articles' });
  await app.register(diagramRoutes, { prefix: '/api/diagrams' });
  await app.register(vocabRoutes, { prefix: '/api/vocab' });
  await app.register(docsRoutes);
  const replayCache = options.replayCache ?? options.sharedState?.replayCache;
  await app.register(cdsHooksRoutes, {
    prefix: '/cds-services',
    ...options.cdsHooks,
    auth: cdsAuth,
    ...(replayCache ? { replayCache } : {}),
  });
  if (options.webRoot !== false) {
    await app.register(webRoutes, options.webRoot ? { root: options.webRoot } : {});
  }
  return app;
}
