/** `GET /api/vocab`: the closed vocabularies of CONTRACTS.md, so the web app never keeps its own copy. */
import type { FastifyPluginAsync } from 'fastify';
import {
  AGGRAVATORS,
  BODY_REGIONS,
  DISCLAIMER,
  EXAM_TESTS,
  FINDING_SIDES,
  FINDING_TYPES,
  FLAGS,
  LEVELS,
  MOVEMENTS,
  PLAN_STAGES,
  REFLEXES,
  REFLEX_STATUSES,
  RELIEVERS,
  ROOTS,
  SENSORY_STATUSES,
  SEVERITIES,
  SIDES,
  SYMPTOM_KINDS,
  TEST_RESULTS,
  TRIAGE_LEVELS,
  ZONES,
  KB_VERSION,
  VERSION,
} from '../../index.js';
import { answer, openObject } from '../schemas.js';

/** The vocabularies, built once. */
export const VOCABULARY = {
  version: VERSION,
  kbVersion: KB_VERSION,
  disclaimer: DISCLAIMER,
  levels: LEVELS,
  roots: ROOTS,
  sides: SIDES,
  findingSides: FINDING_SIDES,
  zones: ZONES,
  severities: SEVERITIES,
  triageLevels: TRIAGE_LEVELS,
  planStages: PLAN_STAGES,
  bodyRegions: BODY_REGIONS,
  symptomKinds: SYMPTOM_KINDS,
  movements: MOVEMENTS,
  sensoryStatuses: SENSORY_STATUSES,
  reflexes: REFLEXES,
  reflexStatuses: REFLEX_STATUSES,
  examTests: EXAM_TESTS,
  testResults: TEST_RESULTS,
  flags: FLAGS,
  aggravators: AGGRAVATORS,
  relievers: RELIEVERS,
  findingTypes: FINDING_TYPES,
} as const;

/** Registers `GET /api/vocab`. */
export const vocabRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/',
    {
      schema: {
        tags: ['service'],
        operationId: 'vocabulary',
        summary: 'The closed vocabularies of the contract',
        response: {
          200: answer('Levels, roots, sides, zones, regions, flags and the rest.', {
            'application/json': openObject(
              'The vocabularies, with the versions and the disclaimer.',
            ),
          }),
        },
      },
    },
    async () => VOCABULARY,
  );
};
