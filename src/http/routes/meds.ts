/** `POST /api/meds/check`: a regimen in, safety alerts out, the same operation as `foramen meds`. */
import type { FastifyPluginAsync } from 'fastify';
import { checkMedications } from '../../index.js';

/** Registers `POST /api/meds/check`. */
export const medsRoutes: FastifyPluginAsync = async (app) => {
  app.post('/check', async (request) => checkMedications(request.body));
};
