/** `POST /api/meds/check`: a regimen in, safety alerts out, the same operation as `foramen meds`. */
import type { FastifyPluginAsync } from 'fastify';
import { coreFunction, notAvailable } from './_shared.js';

type CheckMedications = (input: unknown) => unknown;

/** Registers `POST /api/meds/check`. */
export const medsRoutes: FastifyPluginAsync = async (app) => {
  app.post('/check', async (request, reply) => {
    const checkMedications = coreFunction<CheckMedications>('checkMedications');
    if (!checkMedications) return notAvailable(reply, 'the medication checker');
    return checkMedications(request.body);
  });
};
