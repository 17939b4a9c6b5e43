/** `/api/scores`: the outcome instruments over HTTP, the same operation as `foramen score`. */
import type { FastifyPluginAsync } from 'fastify';
import {
  SCORE_INSTRUMENTS,
  SCORE_INSTRUMENT_IDS,
  describeScoreInstruments,
  score,
} from '../../index.js';
import { answer, calculatorRequest, inputErrors, named, openObject } from '../schemas.js';

/** A score: the instrument's contract fields and the rest. */
const ScoreResultSchema = named(
  'ScoreResult',
  openObject(
    "The instrument's contract fields (odi: score, band, answered; startback: total, psychosocial, risk; nrs: value, band) then instrument, criteria, source, sources, reference and warnings.",
  ),
);

// `score` parses the body with the instrument's own schema, so the route only describes the choices.
const { params, body } = calculatorRequest('instrument', 'ScoreInput', {
  ids: SCORE_INSTRUMENT_IDS,
  entries: SCORE_INSTRUMENTS,
});

export const scoresRoutes: FastifyPluginAsync = async (app) => {
  const tags = ['outcomes'];
  app.get(
    '/',
    {
      schema: {
        tags,
        operationId: 'listScoreInstruments',
        summary: 'Describe every outcome instrument',
        response: {
          200: answer('Same as `foramen score --list --json`.', {
            'application/json': openObject('The instruments, their items and sources.'),
          }),
        },
      },
    },
    async () => describeScoreInstruments(),
  );
  // Stateless calculator: no account needed, nothing stored (storing goes through /api/patients).
  app.post<{ Params: { instrument: string } }>(
    '/:instrument',
    {
      schema: {
        tags,
        operationId: 'score',
        summary: 'Score a patient-reported outcome questionnaire (stateless; nothing is stored)',
        params,
        body,
        response: {
          200: answer('Same as `foramen score INSTRUMENT --json`.', {
            'application/json': ScoreResultSchema,
          }),
          ...inputErrors,
        },
      },
    },
    async (request) => score(request.params.instrument, request.body),
  );
};
