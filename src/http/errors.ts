/**
 * The one place HTTP errors are shaped. Bad input answers 400 `{ error: { message, path, code } }`
 * (CONTRACTS.md), a record error its own status (404, 409, 410) in the same shape, fastify's own client
 * errors (bad JSON, body too large, a malformed URL) the same shape again, and anything unexpected 500
 * without internals. Routes that speak FHIR answer bad input as an OperationOutcome when FHIR was asked
 * for, and the CDS Hooks routes answer every error as one.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { badRequestOutcome, isForamenError, isInputError, operationOutcomeFor } from '../index.js';
import { asksForFhir, sendFhir } from './routes/_shared.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Bad input answers a FHIR OperationOutcome when the client asked for FHIR (`?format=fhir`). */
    fhirErrors?: boolean;
  }
}

/** Fastify's own client-error codes and the status each answers with. */
const CLIENT_ERRORS: Record<string, number> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 400,
  FST_ERR_CTP_EMPTY_JSON_BODY: 400,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 415,
  FST_ERR_CTP_BODY_TOO_LARGE: 413,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 400,
  FST_ERR_VALIDATION: 400,
};

export interface ErrorBody {
  readonly error: { readonly message: string; readonly path: string; readonly code?: string };
}

/** The contract's error body. */
export const errorBody = (message: string, path: string, code?: string): ErrorBody => ({
  error: code === undefined ? { message, path } : { message, path, code },
});

/**
 * Answers with the contract's error body.
 * @param reply - the reply
 * @param status - HTTP status
 * @param path - the field, parameter or header at fault
 * @param message - one line
 * @param code - a stable code, when there is one
 */
export function sendError(
  reply: FastifyReply,
  status: number,
  path: string,
  message: string,
  code?: string,
): FastifyReply {
  return reply.status(status).send(errorBody(message, path, code));
}

/** Maps any thrown error to a status and a JSON body. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (isForamenError(error)) {
    return { status: error.status, body: errorBody(error.message, error.path, error.code) };
  }
  const fastifyError = error as Partial<FastifyError> & { statusCode?: number };
  const code = fastifyError.code;
  const known = code ? CLIENT_ERRORS[code] : undefined;
  if (code && known !== undefined) {
    const message = (fastifyError.message ?? 'bad request').split('\n')[0] ?? 'bad request';
    return { status: known, body: errorBody(message, 'body', code) };
  }
  if (
    typeof fastifyError.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    return {
      status: fastifyError.statusCode,
      body: errorBody(fastifyError.message ?? 'bad request', ''),
    };
  }
  return { status: 500, body: errorBody('internal error', '') };
}

/** The app's error handler: logs server faults (never the body) and answers with `toErrorResponse`. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  if (request.routeOptions.config.fhirErrors && isInputError(error) && asksForFhir(request)) {
    void sendFhir(reply, operationOutcomeFor(error), 400);
    return;
  }
  const { status, body } = toErrorResponse(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  void reply.status(status).type('application/json').send(body);
}

/**
 * The error handler of the CDS Hooks routes: the same statuses, each answered as a FHIR
 * OperationOutcome (the spec's advice for non-2xx answers).
 */
export function handleOperationOutcomeError(
  error: unknown,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  const { status, body } = toErrorResponse(error);
  if (status >= 500) request.log.error({ err: error }, 'cds-hooks request failed');
  void reply
    .status(status)
    .type('application/fhir+json; charset=utf-8')
    .send(
      status >= 500
        ? badRequestOutcome('internal error', body.error.path, 'exception')
        : badRequestOutcome(body.error.message, body.error.path, 'invalid'),
    );
}

/** The not-found handler: 404 naming the method and path (never the query). */
export function handleNotFound(request: FastifyRequest, reply: FastifyReply): void {
  void sendError(
    reply,
    404,
    'url',
    `no route for ${request.method} ${request.url.split('?')[0] ?? ''}`,
  );
}

/**
 * Fastify `frameworkErrors` handler: errors fastify raises before any route runs (a malformed %-escape
 * in the URL, a path parameter over the router's length limit), in the contract's shape.
 */
export function handleFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  void sendError(
    reply.type('application/json'),
    tooLong ? 414 : 400,
    'url',
    tooLong ? 'a path parameter is longer than the limit' : 'the URL is not valid',
    error.code,
  );
}
