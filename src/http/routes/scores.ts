/** `/api/scores`: the outcome instruments over HTTP, the same operation as `foramen score`. */
import { z } from 'zod';
import type { FastifyPluginAsync } from 'fastify';
import {
  SCORE_INSTRUMENTS,
  SCORE_INSTRUMENT_IDS,
  describeScoreInstruments,
  score,
} from '../../index.js';

export const scoresRoutes: FastifyPluginAsync = async (app) => {
  app.get('/', async () => describeScoreInstruments());
  // Stateless calculator: no account needed, nothing stored (storing goes through /api/patients).
  app.post<{ Params: { instrument: string } }>('/:instrument', async (request) =>
    score(request.params.instrument, request.body),
  );
};

type JsonSchema = Record<string, unknown>;
const schemaOf = (schema: z.ZodType): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/**
 * The OpenAPI paths and component schemas of `/api/scores`, generated from the instruments' zod schemas,
 * for the service's OpenAPI document to merge (it already defines `Error`).
 */
export function scoresOpenApi(): {
  paths: Record<string, JsonSchema>;
  schemas: Record<string, JsonSchema>;
} {
  const schemas: Record<string, JsonSchema> = {
    ScoreResult: {
      type: 'object',
      additionalProperties: true,
      description:
        "The instrument's contract fields (odi: score, band, answered; startback: total, psychosocial, risk; nrs: value, band) then instrument, criteria, source, sources, reference and warnings.",
    },
  };
  for (const id of SCORE_INSTRUMENT_IDS) {
    schemas[`ScoreInput-${id}`] = {
      ...schemaOf(SCORE_INSTRUMENTS[id].inputSchema),
      title: SCORE_INSTRUMENTS[id].name,
      examples: [SCORE_INSTRUMENTS[id].example],
    };
  }
  const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
  return {
    schemas,
    paths: {
      '/api/scores': {
        get: {
          tags: ['outcomes'],
          operationId: 'listScoreInstruments',
          summary: 'Describe every outcome instrument',
          responses: {
            200: {
              description: 'Same as `foramen score --list --json`.',
              content: json({ type: 'object' }),
            },
          },
        },
      },
      '/api/scores/{instrument}': {
        post: {
          tags: ['outcomes'],
          operationId: 'score',
          summary: 'Score a patient-reported outcome questionnaire (stateless; nothing is stored)',
          parameters: [
            {
              name: 'instrument',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: SCORE_INSTRUMENT_IDS },
            },
          ],
          requestBody: {
            required: true,
            content: json({ oneOf: SCORE_INSTRUMENT_IDS.map((id) => ref(`ScoreInput-${id}`)) }),
          },
          responses: {
            200: {
              description: 'Same as `foramen score INSTRUMENT --json`.',
              content: json(ref('ScoreResult')),
            },
            400: {
              description: 'Invalid input: `error.path` names the field.',
              content: json(ref('Error')),
            },
          },
        },
      },
    },
  };
}
