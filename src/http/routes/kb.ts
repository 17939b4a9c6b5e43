/** `/api/kb`: the knowledge base over HTTP, the same operations as `foramen kb`. */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { findKb, listKb, parseInput, showKb } from '../../index.js';

// A repeated query key arrives as an array; the schemas refuse it with the key as the path.
const ListQuerySchema = z.object({ category: z.string().optional() });
const SearchQuerySchema = z.object({
  q: z.string().optional(),
  category: z.string().optional(),
  limit: z.string().optional(),
});

/** Registers `GET /api/kb`, `GET /api/kb/search` and `GET /api/kb/:id`. */
export const kbRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', async (request) =>
    listKb(parseInput(ListQuerySchema, request.query, 'query').category),
  );
  app.get('/search', async (request) => {
    const query = parseInput(SearchQuerySchema, request.query, 'query');
    const limit = Number(query.limit ?? 10);
    return findKb(query.q ?? '', {
      limit: Number.isInteger(limit) && limit > 0 && limit <= 100 ? limit : 10,
      ...(query.category ? { category: query.category } : {}),
    });
  });
  app.get<{ Params: { id: string } }>('/:id', async (request) => showKb(request.params.id));
};
