/**
 * `/api/diagrams`: the spine and dermatome SVG diagrams the articles module draws, for the web app's
 * results page (`?format=svg` for the picture alone).
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import * as z from 'zod';
import {
  LEVELS,
  ROOTS,
  SIDES,
  ZONES,
  drawDermatomeDiagram,
  drawSpineDiagram,
} from '../../index.js';
import type { Diagram } from '../../index.js';
import { formatOf } from './_shared.js';
import { answer, inputErrors, named } from '../schemas.js';

/** Query of `GET /api/diagrams/spine`. */
export const SpineDiagramQuerySchema = z.strictObject({
  level: z.enum(LEVELS),
  side: z.enum(SIDES),
  zone: z.enum(ZONES),
  format: z.enum(['json', 'svg']).optional(),
});

/** Query of `GET /api/diagrams/dermatome`. */
export const DermatomeDiagramQuerySchema = z.strictObject({
  root: z.enum(ROOTS),
  side: z.enum(SIDES),
  format: z.enum(['json', 'svg']).optional(),
});

const DiagramSchema = named(
  'Diagram',
  z.object({ svg: z.string(), title: z.string(), description: z.string() }),
);
const response = (description: string) => ({
  200: answer(description, {
    'application/json': DiagramSchema,
    'image/svg+xml': z.string(),
  }),
  ...inputErrors,
});

function send(reply: FastifyReply, diagram: Diagram, format: 'json' | 'svg'): unknown {
  if (format === 'svg') return reply.type('image/svg+xml; charset=utf-8').send(diagram.svg);
  return diagram;
}

/** Registers `GET /api/diagrams/spine` and `GET /api/diagrams/dermatome`. */
export const diagramRoutes: FastifyPluginAsync = async (plugin) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const tags = ['education'];
  app.get(
    '/spine',
    {
      schema: {
        tags,
        operationId: 'spineDiagram',
        summary: 'The spine diagram for a level, side and zone',
        querystring: SpineDiagramQuerySchema,
        response: response(
          'SVG with its title and text description (`format=svg`: the SVG alone).',
        ),
      },
    },
    async (request, reply) => {
      const format = formatOf(request, ['json', 'svg']);
      const { level, side, zone } = request.query;
      return send(reply, drawSpineDiagram({ level, side, zone }), format);
    },
  );
  app.get(
    '/dermatome',
    {
      schema: {
        tags,
        operationId: 'dermatomeDiagram',
        summary: 'The dermatome diagram of a root',
        querystring: DermatomeDiagramQuerySchema,
        response: response('SVG with its title and text description.'),
      },
    },
    async (request, reply) => {
      const format = formatOf(request, ['json', 'svg']);
      const { root, side } = request.query;
      return send(reply, drawDermatomeDiagram({ root, side }), format);
    },
  );
};
