/**
 * Errors fastify raises before any route runs (a malformed %-escape in the URL, a path parameter over
 * the router's length limit) answered in the contract's shape, `{ error: { message, path } }`, like every
 * other client error, instead of fastify's own body.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** Fastify `frameworkErrors` handler. */
export function handleFrameworkError(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  void reply
    .status(tooLong ? 414 : 400)
    .type('application/json')
    .send({
      error: {
        message: tooLong ? 'a path parameter is longer than the limit' : 'the URL is not valid',
        path: 'url',
        code: error.code,
      },
    });
}
