/** `/api/kb`: the knowledge base over HTTP, the same operations as `foramen kb`. */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import { findKb, listKb, showKb } from '../../index.js';
import { answer, inputErrors, openObject } from '../schemas.js';

// A repeated query key arrives as an array; the schemas refuse it with the key as the path.
const ListQuerySchema = z.object({ category: z.string().optional() });
const SearchQuerySchema = z
  .object({
    q: z.string().optional(),
    category: z.string().optional(),
    limit: z.string().optional().describe('1 to 100 (default 10).'),
  })
  // `q` is required: without it `findKb` answers 400 naming the search text.
  .meta({ required: ['q'] });
const IdParamsSchema = z.object({ id: z.string() });
const ok = (description: string, what: string) => ({
  200: answer(description, { 'application/json': openObject(what) }),
  ...inputErrors,
});

/** Registers `GET /api/kb`, `GET /api/kb/search` and `GET /api/kb/:id`. */
export const kbRoutes: FastifyPluginAsync = async (plugin) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['knowledge base'];
  app.get(
    '/',
    {
      schema: {
        tags,
        operationId: 'listKb',
        summary: 'List knowledge-base entries',
        querystring: ListQuerySchema,
        response: ok('Same as `foramen kb list --json`.', 'The entries, by category.'),
      },
    },
    async (request) => listKb(request.query.category),
  );
  app.get(
    '/search',
    {
      schema: {
        tags,
        operationId: 'findKb',
        summary: 'Search the knowledge base',
        querystring: SearchQuerySchema,
        response: ok('Same as `foramen kb find --json`.', 'The best matches.'),
      },
    },
    async (request) => {
      const query = request.query;
      const limit = Number(query.limit ?? 10);
      return findKb(query.q ?? '', {
        limit: Number.isInteger(limit) && limit > 0 && limit <= 100 ? limit : 10,
        ...(query.category ? { category: query.category } : {}),
      });
    },
  );
  app.get(
    '/:id',
    {
      schema: {
        tags,
        operationId: 'showKb',
        summary: 'One knowledge-base entry with its citations',
        params: IdParamsSchema,
        response: ok('Same as `foramen kb show ID --json`.', 'The entry and its citations.'),
      },
    },
    async (request) => showKb(request.params.id),
  );
};
