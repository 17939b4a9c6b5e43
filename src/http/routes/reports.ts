/**
 * `POST /api/reports/parse`: a radiology report (text/plain, or JSON `{ "text": ... }`) in, findings out,
 * the same operation as `foramen parse-report`; `?format=fhir` answers a DiagnosticReport Bundle.
 */
import type { FastifyPluginAsync } from 'fastify';
import * as z from 'zod';
import {
  ParseReportOptionsSchema,
  ParseReportResultSchema,
  parseInput,
  parseReport,
  reportToFhir,
} from '../../index.js';
import { jsonOrFhir } from './_shared.js';
import { FhirFormatQuerySchema, jsonOrFhirResponses, named, parsedByCore } from '../schemas.js';

/** The largest report accepted, in characters (the longest corpus report is a few kB). */
export const MAX_REPORT_CHARS = 200_000;

/** The JSON body of `POST /api/reports/parse`: the parser's own options schema plus the text. */
export const ReportParseRequestSchema = ParseReportOptionsSchema.extend({
  text: z.string().min(1).max(MAX_REPORT_CHARS).describe('The report text, as written.'),
});

/** Registers `POST /api/reports/parse`. */
export const reportRoutes: FastifyPluginAsync = async (app) => {
  app.post(
    '/parse',
    {
      config: { fhirErrors: true },
      schema: {
        tags: ['reports'],
        operationId: 'parseReport',
        summary: 'Read findings from a radiology report',
        description:
          'The report as `text/plain`, or as JSON `{ "text": ... }` with the parser options. Same as `foramen parse-report`.',
        querystring: FhirFormatQuerySchema,
        // A text/plain body becomes `{ text }` first, so the handler parses it.
        body: parsedByCore(named('ReportParseRequest', ReportParseRequestSchema)),
        response: jsonOrFhirResponses(
          'Same as `foramen parse-report --json`; with `format=fhir` a DiagnosticReport Bundle.',
          named('ParseReportResult', ParseReportResultSchema),
        ),
      },
    },
    async (request, reply) =>
      jsonOrFhir(
        request,
        reply,
        () => {
          const body = typeof request.body === 'string' ? { text: request.body } : request.body;
          const { text, ...options } = parseInput(ReportParseRequestSchema, body, 'body');
          return parseReport(text, options);
        },
        (result) => reportToFhir(result),
      ),
  );
};
