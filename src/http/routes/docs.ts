/** `GET /openapi.json`: the OpenAPI 3.1 document generated from the zod schemas. */
import type { FastifyPluginAsync } from 'fastify';
import { buildOpenApi } from '../openapi.js';

/** Registers `GET /openapi.json`. */
export const docsRoutes: FastifyPluginAsync = async (app) => {
  app.get('/openapi.json', async () => buildOpenApi());
};
