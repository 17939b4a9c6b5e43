/**
 * `/api/diagrams`: the spine and dermatome SVG diagrams the articles module draws, for the web app's
 * results page (`?format=svg` for the picture alone).
 */
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  LEVELS,
  ROOTS,
  SIDES,
  ZONES,
  drawDermatomeDiagram,
  drawSpineDiagram,
  parseInput,
} from '../../index.js';
import type { Diagram } from '../../index.js';
import { formatOf } from './_shared.js';

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

function send(reply: FastifyReply, diagram: Diagram, format: 'json' | 'svg'): unknown {
  if (format === 'svg') return reply.type('image/svg+xml; charset=utf-8').send(diagram.svg);
  return diagram;
}

/** Registers `GET /api/diagrams/spine` and `GET /api/diagrams/dermatome`. */
export const diagramRoutes: FastifyPluginAsync = async (app) => {
  app.get('/spine', async (request, reply) => {
    const format = formatOf(request, ['json', 'svg']);
    const { level, side, zone } = parseInput(SpineDiagramQuerySchema, request.query, 'query');
    return send(reply, drawSpineDiagram({ level, side, zone }), format);
  });
  app.get('/dermatome', async (request, reply) => {
    const format = formatOf(request, ['json', 'svg']);
    const { root, side } = parseInput(DermatomeDiagramQuerySchema, request.query, 'query');
    return send(reply, drawDermatomeDiagram({ root, side }), format);
  });
};
