/**
 * `GET /api/articles/:level?side=&zone=&audience=patient|clinician&format=json|md|html`: an article, the same
 * operation as `foramen article`; `GET /api/articles` lists every level, side and zone.
 */
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

/** Registers the article routes. */
export const articleRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', async () => ({
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
  }));

  app.get<{ Params: { level: string }; Querystring: Record<string, string | undefined> }>(
    '/:level',
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
