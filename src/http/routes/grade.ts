/** `/api/grade`: the grading calculators, the same operation as `foramen grade` (CONTRACTS.md). */
import * as z from 'zod';
import type { FastifyPluginAsync } from 'fastify';
import {
  GRADING_SYSTEMS,
  GRADING_SYSTEM_IDS,
  SEVERITIES,
  describeGradingSystems,
  grade,
} from '../../index.js';
import { answer, calculatorRequest, inputErrors, named, openObject } from '../schemas.js';

/** The contract fields of every grading result (CONTRACTS.md `foramen grade`); systems add more. */
export const GradeResultSchema = named(
  'GradeResult',
  z.looseObject({
    system: z.enum(GRADING_SYSTEM_IDS as [string, ...string[]]),
    grade: z.union([z.number(), z.string()]),
    label: z.string(),
    severity: z.enum(SEVERITIES),
    criteria: z.array(z.string()),
    source: z.string(),
  }),
);

// `grade` parses the body with the system's own schema (its field paths and messages), so the route
// only describes the choices.
const { params, body } = calculatorRequest('system', 'GradeInput', {
  ids: GRADING_SYSTEM_IDS,
  entries: GRADING_SYSTEMS,
});

/** Registers `GET /api/grade` (the systems and their inputs) and `POST /api/grade/:system`. */
export const gradeRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['grading'],
        operationId: 'listGradingSystems',
        summary: 'Describe every grading system, its inputs and its source',
        response: {
          200: answer('Same as `foramen grade --list --json`.', {
            'application/json': openObject('The grading systems, their inputs and sources.'),
          }),
        },
      },
    },
    async () => describeGradingSystems(),
  );
  app.post<{ Params: { system: string } }>(
    '/:system',
    {
      schema: {
        tags: ['grading'],
        operationId: 'grade',
        summary: 'Grade an imaging finding with a published system',
        params,
        body,
        response: {
          200: answer('Same as `foramen grade SYSTEM --json`.', {
            'application/json': GradeResultSchema,
          }),
          ...inputErrors,
        },
      },
    },
    async (request) => grade(request.params.system, request.body),
  );
};
