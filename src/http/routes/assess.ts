/**
 * `POST /api/assess`: a presentation in, an assessment out, the same operation as `foramen assess`;
 * `?format=fhir` answers a FHIR R4 Bundle instead (errors then come as an OperationOutcome).
 */
import type { FastifyPluginAsync } from 'fastify';
import {
  PresentationSchema,
  assessPresentation,
  assessmentToFhir,
  parseInput,
} from '../../index.js';
import { formatOf, withFhirErrors } from './_shared.js';

/** Registers `POST /api/assess`. */
export const assessRoutes: FastifyPluginAsync = async (app) => {
  app.post('/', { config: { fhirErrors: true } }, async (request, reply) => {
    const format = formatOf(request, ['json', 'fhir']);
    return withFhirErrors(reply, format === 'fhir', () => {
      // Parsed once here (the same schema and path rules as `assess`) so FHIR output can use the input too.
      const presentation = parseInput(PresentationSchema, request.body, 'input');
      const assessment = assessPresentation(presentation);
      return format === 'fhir' ? assessmentToFhir(assessment, presentation) : assessment;
    });
  });
};
