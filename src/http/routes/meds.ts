/** `POST /api/meds/check`: a regimen in, safety alerts out, the same operation as `foramen meds`. */
import * as z from 'zod';
import type { FastifyPluginAsync } from 'fastify';
import { MedsInputSchema, checkMedications } from '../../index.js';
import { answer, inputErrors, named, openObject, parsedByCore } from '../schemas.js';

/** The checker's answer: its contract fields (CONTRACTS.md `foramen meds`) and more. */
export const MedsResultSchema = named(
  'MedsResult',
  openObject(
    'Recognised drugs with daily totals, and alerts with severity, code, drugs, text and source (CONTRACTS.md `foramen meds`).',
    {
      drugs: z.array(z.looseObject({})),
      alerts: z.array(
        z.looseObject({
          severity: z.string(),
          code: z.string(),
          drugs: z.array(z.string()),
          text: z.string(),
          source: z.string(),
        }),
      ),
    },
  ),
);

/** Registers `POST /api/meds/check`. */
export const medsRoutes: FastifyPluginAsync = async (app) => {
  app.post(
    '/check',
    {
      schema: {
        tags: ['medications'],
        operationId: 'checkMedications',
        summary: 'Check a medication regimen',
        // `checkMedications` parses its input with this schema (field names, dose units, frequencies).
        body: parsedByCore(named('MedsInput', MedsInputSchema)),
        response: {
          200: answer('Same as `foramen meds --json`.', { 'application/json': MedsResultSchema }),
          ...inputErrors,
        },
      },
    },
    async (request) => checkMedications(request.body),
  );
};
