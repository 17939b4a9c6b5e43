/** `/api/kb`: the knowledge base over HTTP, the same operations as `foramen kb`. */
import type { FastifyPluginAsync } from 'fastify';
import { findKb, listKb, showKb } from '../../index.js';

export const kbRoutes: FastifyPluginAsync = async (app) => {
  app.get<{ Querystring: { category?: string } }>('/', async (request) => listKb(request.query.category));
  app.get<{ Querystring: { q?: string; category?: string; limit?: string } }>('/search', async (request) => {
    const limit = Number(request.query.limit ?? 10);
    return findKb(request.query.q ?? '', {
      limit: Number.isInteger(limit) && limit > 0 && limit <= 100 ? limit : 10,
      ...(request.query.category ? { category: request.query.category } : {}),
    });
  });
  app.get<{ Params: { id: string } }>('/:id', async (request) => showKb(request.params.id));
};
