/**
 * `/cds-services`: CDS Hooks discovery, the two services and their feedback endpoints. Every error is a
 * FHIR OperationOutcome (the spec's advice for non-2xx answers); a required prefetch key that neither
 * the request nor a trusted FHIR server supplies answers 412.
 * {@link https://cds-hooks.hl7.org/ | CDS Hooks}
 */
import * as z from 'zod';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import {
  CDS_SERVICES,
  CdsDiscoveryResponseSchema,
  CdsFeedbackSchema,
  CdsRequestSchema,
  CdsResponseSchema,
  LUMBAR_MRI_SERVICE_ID,
  PATIENT_VIEW_SERVICE_ID,
  badRequestOutcome,
  discoverServices,
  lumbarMriCards,
  parseInput,
  patientViewCards,
  readChart,
  resolvePrefetch,
  selectedServiceRequests,
  withoutNullItems,
  CdsJwtVerifier,
  MemoryReplayCache,
} from '../../index.js';
import type { CdsAuthSettings, CdsCard, FhirAccess, ReplayCache } from '../../index.js';
import { handleOperationOutcomeError } from '../errors.js';
import { OperationOutcomeSchema, answer, named, parsedByCore } from '../schemas.js';

// The handlers parse the bodies themselves (after the CDS-specific clean-up) and answer an unknown
// service 404, so these schemas only describe the routes.
const tags = ['cds-hooks'];
const outcome = (description: string) =>
  answer(description, { 'application/fhir+json': OperationOutcomeSchema });
const ServiceParamsSchema = parsedByCore(
  z.object({ id: z.enum(Object.keys(CDS_SERVICES) as [string, ...string[]]) }),
);
const cdsErrors = {
  400: outcome('Invalid request (OperationOutcome; `expression` names the field).'),
  404: outcome('No such service.'),
};
const discovery = {
  schema: {
    tags,
    operationId: 'cdsDiscovery',
    summary: 'CDS Hooks discovery',
    response: {
      200: answer('The services and their prefetch templates.', {
        'application/json': named('CdsDiscovery', CdsDiscoveryResponseSchema),
      }),
    },
  },
};
const call = {
  schema: {
    tags,
    operationId: 'cdsCall',
    summary: 'Call a CDS service (patient-view or order-select)',
    params: ServiceParamsSchema,
    body: parsedByCore(named('CdsRequest', CdsRequestSchema)),
    response: {
      200: answer('Cards.', { 'application/json': named('CdsResponse', CdsResponseSchema) }),
      ...cdsErrors,
      412: outcome('A required prefetch key is missing and no trusted FHIR server can supply it.'),
    },
  },
};
const feedback = {
  schema: {
    tags,
    operationId: 'cdsFeedback',
    summary: 'Feedback on cards (accepted or overridden)',
    params: ServiceParamsSchema,
    body: parsedByCore(named('CdsFeedback', CdsFeedbackSchema)),
    response: {
      200: answer('Recorded (counts only).', { 'application/json': z.object({}) }),
      ...cdsErrors,
    },
  },
};

/** Options of the CDS Hooks plugin. */
export interface CdsHooksOptions {
  /** FHIR servers the services may fetch missing prefetch data from (default: none). */
  readonly fhirAccess?: FhirAccess;
  /** The clock, for symptom durations and ages (tests fix it). */
  readonly now?: () => Date;
  /** Origins allowed to call from a browser (default: any; the spec expects browser-based clients). */
  readonly corsOrigins?: readonly string[] | '*';
  /**
   * Who may call: `off`, or the trusted issuers and the public URL (the JWT audience and the base of
   * card links). Default: required, with no issuer trusted, so every call is refused.
   */
  readonly auth?: CdsAuthSettings;
  /** Where used JWT ids are remembered (default: in this process). */
  readonly replayCache?: ReplayCache;
}

/** Counts of feedback outcomes per service; no card content or patient data is kept. */
export interface FeedbackTally {
  accepted: number;
  overridden: number;
}

const sendOutcome = (
  reply: FastifyReply,
  status: number,
  message: string,
  expression = '',
  code: 'invalid' | 'not-found' | 'incomplete' | 'exception' | 'security' = 'invalid',
): FastifyReply =>
  reply
    .status(status)
    .type('application/fhir+json; charset=utf-8')
    .send(badRequestOutcome(message, expression, code));

/** Registers discovery, `POST /cds-services/{id}` and `POST /cds-services/{id}/feedback`. */
export const cdsHooksRoutes: FastifyPluginAsync<CdsHooksOptions> = async (app, options) => {
  const now = options.now ?? (() => new Date());
  const tally = new Map<string, FeedbackTally>();
  const origins = options.corsOrigins ?? '*';
  // CORS here, not through @fastify/cors: the app-wide instance (same-origin by default) cannot be
  // registered twice, and CDS clients running in a browser need these routes open.
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin) return;
    if (origins === '*') reply.header('access-control-allow-origin', '*');
    else if (origins.includes(origin)) {
      reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    }
  });
  const preflight = async (_request: unknown, reply: FastifyReply) =>
    reply
      .header('access-control-allow-methods', 'GET, POST, OPTIONS')
      .header('access-control-allow-headers', 'content-type, authorization')
      .header('access-control-max-age', '600')
      .status(204)
      .send();
  app.options('/', { schema: { hide: true } }, preflight);
  app.options('/*', { schema: { hide: true } }, preflight);

  // Every service call and feedback must carry a JWT signed by a trusted EHR (discovery stays open).
  const auth = options.auth ?? {
    mode: 'required',
    issuers: [],
    publicUrl: 'http://127.0.0.1:8080',
    warnings: [],
  };
  const verifier =
    auth.mode === 'off'
      ? null
      : new CdsJwtVerifier(auth.issuers, options.replayCache ?? new MemoryReplayCache());
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || !verifier) return undefined;
    const id = (request.params as { id?: string }).id ?? '';
    const service = `${auth.publicUrl}/cds-services/${encodeURIComponent(id)}`;
    const audiences = request.url.endsWith('/feedback')
      ? [service, `${service}/feedback`]
      : [service];
    const result = await verifier.verify(request.headers.authorization, audiences);
    if (result.ok) return undefined;
    request.foramenRefusal = `CDS Hooks JWT refused: ${result.reason}`;
    void reply.header('www-authenticate', 'Bearer error="invalid_token"');
    return sendOutcome(
      reply,
      401,
      `a JWT signed by a trusted EHR is required (${result.reason})`,
      'authorization',
      'security',
    );
  });

  app.setErrorHandler(handleOperationOutcomeError);

  app.get('/', discovery, async () => discoverServices());

  app.post<{ Params: { id: string } }>('/:id', call, async (request, reply) => {
    const service = CDS_SERVICES[request.params.id];
    if (!service || !Object.hasOwn(CDS_SERVICES, request.params.id)) {
      return sendOutcome(reply, 404, `no CDS service "${request.params.id}"`, 'id', 'not-found');
    }
    const call = parseInput(CdsRequestSchema, withoutNullItems(request.body), 'body');
    if (call.hook !== service.hook) {
      return sendOutcome(
        reply,
        400,
        `this service answers the ${service.hook} hook, not ${call.hook}`,
        'hook',
      );
    }
    const prefetch = await resolvePrefetch(call, options.fhirAccess);
    if (!prefetch.ok) {
      return sendOutcome(
        reply,
        412,
        `prefetch missing and no trusted FHIR server to fetch it from: ${prefetch.missing.join(', ')}`,
        `prefetch.${prefetch.missing[0] ?? ''}`,
        'incomplete',
      );
    }
    const chart = readChart(prefetch.data, now());
    let cards: CdsCard[];
    switch (service.id) {
      case PATIENT_VIEW_SERVICE_ID:
        cards = patientViewCards({
          hookInstance: call.hookInstance,
          chart,
          // Links point at the configured public URL, never at the Host header the caller sent.
          appUrl: auth.publicUrl,
        });
        break;
      case LUMBAR_MRI_SERVICE_ID:
        cards = lumbarMriCards({
          hookInstance: call.hookInstance,
          chart,
          orders: selectedServiceRequests(call.context.draftOrders, call.context.selections),
        });
        break;
      default:
        cards = [];
    }
    // Counts only: which service, how many cards, which indicators. Never the chart.
    request.log.info(
      { service: service.id, cards: cards.length, indicators: cards.map((c) => c.indicator) },
      'cds-hooks cards',
    );
    return { cards };
  });

  app.post<{ Params: { id: string } }>('/:id/feedback', feedback, async (request, reply) => {
    if (!Object.hasOwn(CDS_SERVICES, request.params.id)) {
      return sendOutcome(reply, 404, `no CDS service "${request.params.id}"`, 'id', 'not-found');
    }
    const { feedback } = parseInput(CdsFeedbackSchema, request.body, 'body');
    const counts = tally.get(request.params.id) ?? { accepted: 0, overridden: 0 };
    for (const item of feedback) counts[item.outcome] += 1;
    tally.set(request.params.id, counts);
    request.log.info(
      { service: request.params.id, accepted: counts.accepted, overridden: counts.overridden },
      'cds-hooks feedback',
    );
    return reply.status(200).send({});
  });
};
