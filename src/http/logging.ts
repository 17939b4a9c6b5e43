/**
 * Logger settings for the service: structured JSON lines that name the request (method, path without
 * its query, id) and the status, and never a body, a query string or a header, so no patient data
 * reaches the logs.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The logger option of `buildApp`: off, a level, or a level and a stream (tests capture lines). */
export type LoggerOption =
  boolean | { readonly level: string; readonly stream?: { write(line: string): void } };

/** The request fields that are logged. */
export const serializeRequest = (
  request: FastifyRequest,
): { method: string; path: string; id: string } => ({
  method: request.method,
  path: request.url.split('?')[0] ?? '',
  id: String(request.id),
});

/** The reply fields that are logged. */
export const serializeReply = (reply: FastifyReply): { statusCode: number } => ({
  statusCode: reply.statusCode,
});

/**
 * Fastify logger options with the patient-safe serializers.
 * @param option - the `logger` option of `buildApp`
 */
export function loggerOptions(option: LoggerOption | undefined): false | Record<string, unknown> {
  if (option === undefined || option === false) return false;
  const base =
    option === true
      ? { level: 'info' }
      : { level: option.level, ...(option.stream ? { stream: option.stream } : {}) };
  return {
    ...base,
    serializers: { req: serializeRequest, res: serializeReply },
    // Belt and braces: should anything log these objects whole, their contents are removed.
    redact: {
      paths: [
        'body',
        'req.body',
        'request.body',
        'prefetch',
        'context',
        'req.query',
        'req.headers',
      ],
      remove: true,
    },
  };
}
