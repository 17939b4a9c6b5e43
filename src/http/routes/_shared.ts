/** Helpers the route plugins share: reading `?format=` and sending FHIR resources. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { InputError } from '../../index.js';

/** The output formats a route can offer. */
export type OutputFormat = 'json' | 'fhir' | 'md' | 'html' | 'svg';

const FHIR_MEDIA = 'application/fhir+json';

/** True when the client asked for FHIR: `?format=fhir`, or no format and `Accept: application/fhir+json`. */
export function asksForFhir(request: FastifyRequest): boolean {
  const given = (request.query as Record<string, unknown> | undefined)?.format;
  if (given === undefined) return (request.headers.accept ?? '').includes(FHIR_MEDIA);
  return given === 'fhir';
}

/**
 * Reads `format` from the query (or `Accept: application/fhir+json` when FHIR is offered).
 * @param request - the request
 * @param allowed - the formats this route offers, the default first
 * @throws InputError with path `format` for a format the route does not offer
 */
export function formatOf<F extends OutputFormat>(
  request: FastifyRequest,
  allowed: readonly [F, ...F[]],
): F {
  const query = request.query as Record<string, unknown> | undefined;
  const given = query?.format;
  if (given === undefined) {
    const accept = request.headers.accept ?? '';
    if (accept.includes(FHIR_MEDIA) && (allowed as readonly string[]).includes('fhir')) {
      return 'fhir' as F;
    }
    return allowed[0];
  }
  if (typeof given === 'string' && (allowed as readonly string[]).includes(given)) {
    return given as F;
  }
  throw new InputError(
    'invalid-input',
    'format',
    `must be one of ${allowed.map((f) => JSON.stringify(f)).join(', ')}`,
  );
}

/**
 * Sends a FHIR resource with the FHIR media type.
 * @param reply - the reply
 * @param resource - a FHIR resource
 * @param status - HTTP status (default 200)
 */
export function sendFhir(reply: FastifyReply, resource: unknown, status = 200): FastifyReply {
  return reply.status(status).type(`${FHIR_MEDIA}; charset=utf-8`).send(resource);
}

/**
 * Runs `produce` and sends its result, as FHIR when the client asked for it. Bad input thrown here (or
 * by the route's schema) reaches the app's error handler, which answers an OperationOutcome naming the
 * field for routes with `config: { fhirErrors: true }`, the way FHIR servers report errors.
 * @param reply - the reply
 * @param fhir - whether the client asked for FHIR
 * @param produce - builds the response body (may throw InputError)
 */
export async function withFhirErrors(
  reply: FastifyReply,
  fhir: boolean,
  produce: () => unknown,
): Promise<unknown> {
  const body = produce();
  return fhir ? sendFhir(reply, body) : body;
}

/**
 * Answers a route that offers JSON (the default) and FHIR: `produce()` as it is, or `toFhir` of it when
 * the client asked for FHIR (errors then come as an OperationOutcome, see `withFhirErrors`).
 * @param request - the request, for `?format=` and `Accept`
 * @param reply - the reply
 * @param produce - computes the JSON answer (may throw InputError)
 * @param toFhir - maps that answer to a FHIR resource
 */
export async function jsonOrFhir<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  produce: () => T,
  toFhir: (value: T) => unknown,
): Promise<unknown> {
  const format = formatOf(request, ['json', 'fhir']);
  return withFhirErrors(reply, format === 'fhir', () => {
    const value = produce();
    return format === 'fhir' ? toFhir(value) : value;
  });
}

/**
 * Answers 201 Created with what `create` makes (the status is set first, as a route writing
 * `reply.status(201).send(await …)` would).
 * @param reply - the reply
 * @param create - makes the new record
 */
export async function sendCreated(
  reply: FastifyReply,
  create: () => Promise<unknown>,
): Promise<FastifyReply> {
  return reply.status(201).send(await create());
}
