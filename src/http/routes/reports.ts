/**
 * `POST /api/reports/parse`: a radiology report (text/plain, or JSON `{ "text": ... }`) in, findings out,
 * the same operation as `foramen parse-report`; `?format=fhir` answers a DiagnosticReport Bundle.
 */
import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { parseInput, reportToFhir } from '../../index.js';
import type { ParsedReportLike } from '../../index.js';
import { coreFunction, formatOf, notAvailable, withFhirErrors } from './_shared.js';

/** The largest report accepted, in characters (the longest corpus report is a few kB). */
export const MAX_REPORT_CHARS = 200_000;

/** The JSON body of `POST /api/reports/parse`. */
export const ReportParseRequestSchema = z.strictObject({
  text: z.string().min(1).max(MAX_REPORT_CHARS).describe('The report text, as written.'),
  includeHistory: z.boolean().optional().describe('Keep findings stated in CLINICAL HISTORY / INDICATION sections.'),
  dedupe: z.boolean().optional().describe('Merge repeated statements across FINDINGS and IMPRESSION (default true).'),
});

type ParseReport = (text: string, options?: { includeHistory?: boolean | undefined; dedupe?: boolean | undefined }) => ParsedReportLike;

/** Registers `POST /api/reports/parse`. */
export const reportRoutes: FastifyPluginAsync = async (app) => {
  app.post('/parse', async (request, reply) => {
    const format = formatOf(request, ['json', 'fhir']);
    const parseReport = coreFunction<ParseReport>('parseReport');
    if (!parseReport) return notAvailable(reply, 'the report parser');
    return withFhirErrors(reply, format === 'fhir', () => {
      const body = typeof request.body === 'string' ? { text: request.body } : request.body;
      const { text, ...options } = parseInput(ReportParseRequestSchema, body, 'body');
      const result = Object.keys(options).length > 0 ? parseReport(text, options) : parseReport(text);
      return format === 'fhir' ? reportToFhir(result) : result;
    });
  });
};
