/** `/api/grade`: the grading calculators, the same operation as `foramen grade` (CONTRACTS.md). */
import type { FastifyPluginAsync } from 'fastify';
import { describeGradingSystems, grade } from '../../index.js';

/** Registers `GET /api/grade` (the systems and their inputs) and `POST /api/grade/:system`. */
export const gradeRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', async () => describeGradingSystems());
  app.post<{ Params: { system: string } }>('/:system', async (request) =>
    grade(request.params.system, request.body),
  );
};
