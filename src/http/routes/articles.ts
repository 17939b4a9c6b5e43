/**
 * `GET /api/articles/:level?side=&zone=&audience=patient|clinician&format=json|md|html`: an article, the same
 * operation as `foramen article`; `GET /api/articles` lists every level, side and zone.
 */
import * as z from 'zod';
import type { FastifyPluginAsync } from 'fastify';
import {
  LEVELS,
  SIDES,
  ZONES,
  articleSlug,
  buildArticle,
  renderArticleHtml,
  renderArticleMarkdown,
} from '../../index.js';
import { formatOf } from './_shared.js';
import { answer, inputErrors, named, openObject, parsedByCore } from '../schemas.js';

const ArticleListSchema = z.object({
  items: z.array(
    z.object({
      level: z.enum(LEVELS),
      side: z.enum(SIDES),
      zone: z.enum(ZONES),
      slug: z.string(),
      url: z.string(),
    }),
  ),
});
// `buildArticle` parses the level (it also accepts spellings such as L4-5 or l4/l5), side and zone.
const params = parsedByCore(
  z.object({ level: z.string().describe('L1-L2 … L5-S1; also spellings such as L4-5 or l4/l5.') }),
);
const querystring = parsedByCore(
  z.object({
    side: z.enum(SIDES),
    zone: z.enum(ZONES),
    format: z.enum(['json', 'md', 'html']).optional(),
  }),
);
const ArticleSchema = named(
  'Article',
  openObject(
    'A patient-education article: title, summary, sections of blocks, references, disclaimer, KB version and reading grade.',
  ),
);

/** Registers the article routes. */
export const articleRoutes: FastifyPluginAsync = async (app) => {
  const tags = ['education'];
  app.get(
    '/',
    {
      schema: {
        tags,
        operationId: 'listArticles',
        summary: 'Every level, side and zone with its article URL',
        response: { 200: answer('The list.', { 'application/json': ArticleListSchema }) },
      },
    },
    async () => ({
      items: LEVELS.flatMap((level) =>
        SIDES.flatMap((side) =>
          ZONES.map((zone) => ({
            level,
            side,
            zone,
            slug: articleSlug(level, side, zone),
            url: `/api/articles/${level}?side=${side}&zone=${zone}`,
          })),
        ),
      ),
    }),
  );

  app.get<{ Params: { level: string }; Querystring: Record<string, string | undefined> }>(
    '/:level',
    {
      schema: {
        tags,
        operationId: 'article',
        summary: 'A patient-education article',
        params,
        querystring,
        response: {
          200: answer('Same as `foramen article LEVEL --side --zone`.', {
            'application/json': ArticleSchema,
            'text/markdown': z.string(),
            'text/html': z.string(),
          }),
          ...inputErrors,
        },
      },
    },
    async (request, reply) => {
      const format = formatOf(request, ['json', 'md', 'html']);
      const { format: _format, ...query } = request.query;
      const article = buildArticle({ ...query, level: request.params.level });
      switch (format) {
        case 'json':
          return article;
        case 'md':
          return reply.type('text/markdown; charset=utf-8').send(renderArticleMarkdown(article));
        case 'html':
          return reply.type('text/html; charset=utf-8').send(renderArticleHtml(article));
      }
    },
  );
};
