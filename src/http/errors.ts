/**
 * The one place HTTP errors are shaped. Bad input answers 400 `{ error: { message, path } }` (CONTRACTS.md);
 * anything unexpected answers 500 without internals.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { isInputError } from '../index.js';

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

/** Maps any thrown error to a status and a JSON body. */
export function toErrorResponse(error: unknown): { status: number; body: ErrorBody } {
  if (isInputError(error)) {
    return {
      status: 400,
      body: { error: { message: error.message, path: error.path, code: error.code } },
    };
  }
  const fastifyError = error as Partial<FastifyError> & { statusCode?: number };
  const code = fastifyError.code;
  const known = code ? CLIENT_ERRORS[code] : undefined;
  if (code && known !== undefined) {
    return {
      status: known,
      body: {
        error: {
          message: (fastifyError.message ?? 'bad request').split('\n')[0] ?? 'bad request',
          path: 'body',
          code,
        },
      },
    };
  }
  if (
    typeof fastifyError.statusCode === 'number' &&
    fastifyError.statusCode >= 400 &&
    fastifyError.statusCode < 500
  ) {
    return {
      status: fastifyError.statusCode,
      body: { error: { message: fastifyError.message ?? 'bad request', path: '' } },
    };
  }
  return { status: 500, body: { error: { message: 'internal error', path: '' } } };
}

/** Fastify error handler: logs server faults (never the body), answers with `toErrorResponse`. */
export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorResponse(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  void reply.status(status).type('application/json').send(body);
}
