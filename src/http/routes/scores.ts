/** `/api/scores`: the outcome instruments over HTTP, the same operation as `foramen score`. */
import type { FastifyPluginAsync } from 'fastify';
import { describeScoreInstruments, score } from '../../index.js';

export const scoresRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', async () => describeScoreInstruments());
  // Stateless calculator: no account needed, nothing stored (storing goes through /api/patients).
  app.post<{ Params: { instrument: string } }>('/:instrument', async (request) => score(request.params.instrument, request.body));
};
