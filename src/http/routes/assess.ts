/**
 * `POST /api/assess`: a presentation in, an assessment out, the same operation as `foramen assess`;
 * `?format=fhir` answers a FHIR R4 Bundle instead (errors then come as an OperationOutcome).
 */
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  AssessmentSchema,
  PresentationSchema,
  assessPresentation,
  assessmentToFhir,
} from '../../index.js';
import { jsonOrFhir } from './_shared.js';
import { FhirFormatQuerySchema, jsonOrFhirResponses, named, rootNamed } from '../schemas.js';

// Parsed once, by the route's schema (the same schema and path rules as `assess`), so FHIR output can
// use the input too.
const body = rootNamed('input', named('Presentation', PresentationSchema));

/** Registers `POST /api/assess`. */
export const assessRoutes: FastifyPluginAsync = async (app) => {
  app.withTypeProvider<ZodTypeProvider>().post(
    '/',
    {
      config: { fhirErrors: true },
      schema: {
        tags: ['assessment'],
        operationId: 'assess',
        summary: 'Assess a presentation',
        description:
          'Root localisation, lesion sites, imaging concordance, triage, work-up, plan, medication alerts and ICD-10-CM codes. Same as `foramen assess`.',
        querystring: FhirFormatQuerySchema,
        body,
        response: jsonOrFhirResponses(
          'The assessment, or with `format=fhir` a Bundle (Condition, Observations, CarePlan, DetectedIssue, ClinicalImpression).',
          named('Assessment', AssessmentSchema),
        ),
      },
    },
    async (request, reply) =>
      jsonOrFhir(
        request,
        reply,
        () => assessPresentation(request.body),
        (assessment) => assessmentToFhir(assessment, request.body),
      ),
  );
};
