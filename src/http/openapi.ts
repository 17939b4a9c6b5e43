/**
 * The OpenAPI 3.1 document of the HTTP service, generated at run time from the same zod schemas that
 * validate requests and results (`z.toJSONSchema`, JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 * Nothing is described twice: a shape without a zod schema in the core is described as an open object.
 */
import { z } from 'zod';
import {
  AssessmentSchema,
  CDS_SERVICES,
  CdsDiscoveryResponseSchema,
  CdsFeedbackSchema,
  CdsRequestSchema,
  CdsResponseSchema,
  DISCLAIMER,
  GRADING_SYSTEMS,
  GRADING_SYSTEM_IDS,
  KB_VERSION,
  LEVELS,
  MedsInputSchema,
  ParseReportResultSchema,
  PresentationSchema,
  SEVERITIES,
  SIDES,
  VERSION,
  ZONES,
} from '../index.js';
import { ReportParseRequestSchema } from './routes/reports.js';
import { DermatomeDiagramQuerySchema, SpineDiagramQuerySchema } from './routes/diagrams.js';
import { scoresOpenApi } from './routes/scores.js';
import { recordsOpenApi } from './routes/records.js';

type JsonSchema = Record<string, unknown>;

/** JSON Schema of a zod schema, as a request (`input`) or a result (`output`) sees it. */
function schemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io,
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
}

const openObject = (description: string): JsonSchema => ({
  type: 'object',
  description,
  additionalProperties: true,
});

/** The contract fields of every grading result (CONTRACTS.md `foramen grade`); systems add more. */
const GradeResultContractSchema = z.looseObject({
  system: z.enum(GRADING_SYSTEM_IDS as [string, ...string[]]),
  grade: z.union([z.number(), z.string()]),
  label: z.string(),
  severity: z.enum(SEVERITIES),
  criteria: z.array(z.string()),
  source: z.string(),
});

const ErrorSchema = z.object({
  error: z.object({ message: z.string(), path: z.string(), code: z.string().optional() }),
});
const DiagramSchema = z.object({ svg: z.string(), title: z.string(), description: z.string() });

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
const fhirJson = (schema: JsonSchema) => ({ 'application/fhir+json': { schema } });
const errorResponses = {
  400: {
    description: 'Invalid input: `error.path` names the first bad field.',
    content: json(ref('Error')),
  },
  413: { description: 'Body larger than the limit.', content: json(ref('Error')) },
  429: { description: 'Rate limit reached.' },
};
const fhirFormat = {
  name: 'format',
  in: 'query',
  required: false,
  description: '`fhir` answers a FHIR R4 Bundle (errors as OperationOutcome).',
  schema: { type: 'string', enum: ['json', 'fhir'], default: 'json' },
};
const cdsErrors = {
  400: {
    description: 'Invalid request (OperationOutcome; `expression` names the field).',
    content: fhirJson(ref('OperationOutcome')),
  },
  404: { description: 'No such service.', content: fhirJson(ref('OperationOutcome')) },
};

let cached: JsonSchema | undefined;

/**
 * Builds (once) and returns the OpenAPI 3.1 document.
 * @returns the document as a plain object
 */
export function buildOpenApi(): JsonSchema {
  if (cached) return cached;
  const schemas: Record<string, JsonSchema> = {
    Presentation: schemaOf(PresentationSchema, 'input'),
    Assessment: schemaOf(AssessmentSchema, 'output'),
    GradeResult: schemaOf(GradeResultContractSchema, 'output'),
    ReportParseRequest: schemaOf(ReportParseRequestSchema, 'input'),
    ParseReportResult: schemaOf(ParseReportResultSchema, 'output'),
    MedsInput: schemaOf(MedsInputSchema, 'input'),
    // The checker's result is a TypeScript type without a zod schema; its contract fields are in CONTRACTS.md.
    MedsResult: openObject(
      'Recognised drugs with daily totals, and alerts with severity, code, drugs, text and source (CONTRACTS.md `foramen meds`).',
    ),
    Article: openObject(
      'A patient-education article: title, summary, sections of blocks, references, disclaimer, KB version and reading grade.',
    ),
    Diagram: schemaOf(DiagramSchema, 'output'),
    CdsDiscovery: schemaOf(CdsDiscoveryResponseSchema, 'output'),
    CdsRequest: schemaOf(CdsRequestSchema, 'input'),
    CdsResponse: schemaOf(CdsResponseSchema, 'output'),
    CdsFeedback: schemaOf(CdsFeedbackSchema, 'input'),
    Error: schemaOf(ErrorSchema, 'output'),
    Bundle: {
      type: 'object',
      description: 'A FHIR R4 Bundle (https://hl7.org/fhir/R4/bundle.html).',
      required: ['resourceType'],
      properties: { resourceType: { const: 'Bundle' } },
      additionalProperties: true,
    },
    OperationOutcome: {
      type: 'object',
      description: 'A FHIR R4 OperationOutcome (https://hl7.org/fhir/R4/operationoutcome.html).',
      required: ['resourceType', 'issue'],
      properties: {
        resourceType: { const: 'OperationOutcome' },
        issue: { type: 'array', items: { type: 'object' } },
      },
      additionalProperties: true,
    },
  };
  for (const id of GRADING_SYSTEM_IDS) {
    schemas[`GradeInput-${id}`] = {
      ...schemaOf(GRADING_SYSTEMS[id].inputSchema, 'input'),
      title: GRADING_SYSTEMS[id].name,
      examples: [GRADING_SYSTEMS[id].example],
    };
  }

  const query = (schema: z.ZodType) => {
    const s = schemaOf(schema, 'input') as {
      properties: Record<string, JsonSchema>;
      required?: string[];
    };
    return Object.entries(s.properties).map(([name, p]) => ({
      name,
      in: 'query',
      required: (s.required ?? []).includes(name),
      schema: p,
    }));
  };

  cached = {
    openapi: '3.1.0',
    info: {
      title: 'Foramen HTTP API',
      version: VERSION,
      summary:
        'Lumbar foraminal stenosis and nerve-root compression: assessment, grading, report parsing, medication checks, patient education, FHIR R4 and CDS Hooks.',
      description: `Knowledge base version ${KB_VERSION}. The same operations and JSON as the \`foramen\` command line. ${DISCLAIMER}`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags: [
      { name: 'assessment' },
      { name: 'grading' },
      { name: 'reports' },
      { name: 'medications' },
      { name: 'education' },
      { name: 'knowledge base' },
      { name: 'cds-hooks', description: 'CDS Hooks 2.0 services (https://cds-hooks.hl7.org/).' },
      { name: 'service' },
    ],
    paths: {
      '/api/assess': {
        post: {
          tags: ['assessment'],
          operationId: 'assess',
          summary: 'Assess a presentation',
          description:
            'Root localisation, lesion sites, imaging concordance, triage, work-up, plan, medication alerts and ICD-10-CM codes. Same as `foramen assess`.',
          parameters: [fhirFormat],
          requestBody: { required: true, content: json(ref('Presentation')) },
          responses: {
            200: {
              description:
                'The assessment, or with `format=fhir` a Bundle (Condition, Observations, CarePlan, DetectedIssue, ClinicalImpression).',
              content: { ...json(ref('Assessment')), ...fhirJson(ref('Bundle')) },
            },
            ...errorResponses,
          },
        },
      },
      '/api/grade': {
        get: {
          tags: ['grading'],
          operationId: 'listGradingSystems',
          summary: 'Describe every grading system, its inputs and its source',
          responses: {
            200: {
              description: 'Same as `foramen grade --list --json`.',
              content: json({ type: 'object' }),
            },
          },
        },
      },
      '/api/grade/{system}': {
        post: {
          tags: ['grading'],
          operationId: 'grade',
          summary: 'Grade an imaging finding with a published system',
          parameters: [
            {
              name: 'system',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: GRADING_SYSTEM_IDS },
            },
          ],
          requestBody: {
            required: true,
            content: json({ oneOf: GRADING_SYSTEM_IDS.map((id) => ref(`GradeInput-${id}`)) }),
          },
          responses: {
            200: {
              description: 'Same as `foramen grade SYSTEM --json`.',
              content: json(ref('GradeResult')),
            },
            ...errorResponses,
          },
        },
      },
      '/api/reports/parse': {
        post: {
          tags: ['reports'],
          operationId: 'parseReport',
          summary: 'Read findings from a radiology report',
          parameters: [fhirFormat],
          requestBody: {
            required: true,
            content: {
              'text/plain': { schema: { type: 'string', maxLength: 200000 } },
              ...json(ref('ReportParseRequest')),
            },
          },
          responses: {
            200: {
              description:
                'Same as `foramen parse-report --json`; with `format=fhir` a DiagnosticReport Bundle.',
              content: { ...json(ref('ParseReportResult')), ...fhirJson(ref('Bundle')) },
            },
            ...errorResponses,
          },
        },
      },
      '/api/meds/check': {
        post: {
          tags: ['medications'],
          operationId: 'checkMedications',
          summary: 'Check a medication regimen',
          requestBody: { required: true, content: json(ref('MedsInput')) },
          responses: {
            200: {
              description: 'Same as `foramen meds --json`.',
              content: json(ref('MedsResult')),
            },
            ...errorResponses,
          },
        },
      },
      '/api/articles': {
        get: {
          tags: ['education'],
          operationId: 'listArticles',
          summary: 'Every level, side and zone with its article URL',
          responses: { 200: { description: 'The list.', content: json({ type: 'object' }) } },
        },
      },
      '/api/articles/{level}': {
        get: {
          tags: ['education'],
          operationId: 'article',
          summary: 'A patient-education article',
          parameters: [
            {
              name: 'level',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: LEVELS },
              description: 'Also accepts spellings such as L4-5 or l4/l5.',
            },
            { name: 'side', in: 'query', required: true, schema: { type: 'string', enum: SIDES } },
            { name: 'zone', in: 'query', required: true, schema: { type: 'string', enum: ZONES } },
            {
              name: 'format',
              in: 'query',
              required: false,
              schema: { type: 'string', enum: ['json', 'md', 'html'], default: 'json' },
            },
          ],
          responses: {
            200: {
              description: 'Same as `foramen article LEVEL --side --zone`.',
              content: {
                ...json(ref('Article')),
                'text/markdown': { schema: { type: 'string' } },
                'text/html': { schema: { type: 'string' } },
              },
            },
            ...errorResponses,
          },
        },
      },
      '/api/diagrams/spine': {
        get: {
          tags: ['education'],
          operationId: 'spineDiagram',
          summary: 'The spine diagram for a level, side and zone',
          parameters: query(SpineDiagramQuerySchema),
          responses: {
            200: {
              description: 'SVG with its title and text description (`format=svg`: the SVG alone).',
              content: { ...json(ref('Diagram')), 'image/svg+xml': { schema: { type: 'string' } } },
            },
            ...errorResponses,
          },
        },
      },
      '/api/diagrams/dermatome': {
        get: {
          tags: ['education'],
          operationId: 'dermatomeDiagram',
          summary: 'The dermatome diagram of a root',
          parameters: query(DermatomeDiagramQuerySchema),
          responses: {
            200: {
              description: 'SVG with its title and text description.',
              content: { ...json(ref('Diagram')), 'image/svg+xml': { schema: { type: 'string' } } },
            },
            ...errorResponses,
          },
        },
      },
      '/api/vocab': {
        get: {
          tags: ['service'],
          operationId: 'vocabulary',
          summary: 'The closed vocabularies of the contract',
          responses: {
            200: {
              description: 'Levels, roots, sides, zones, regions, flags and the rest.',
              content: json({ type: 'object' }),
            },
          },
        },
      },
      '/api/kb': {
        get: {
          tags: ['knowledge base'],
          operationId: 'listKb',
          summary: 'List knowledge-base entries',
          parameters: [
            { name: 'category', in: 'query', required: false, schema: { type: 'string' } },
          ],
          responses: {
            200: {
              description: 'Same as `foramen kb list --json`.',
              content: json({ type: 'object' }),
            },
            ...errorResponses,
          },
        },
      },
      '/api/kb/search': {
        get: {
          tags: ['knowledge base'],
          operationId: 'findKb',
          summary: 'Search the knowledge base',
          parameters: [
            { name: 'q', in: 'query', required: true, schema: { type: 'string' } },
            { name: 'category', in: 'query', required: false, schema: { type: 'string' } },
            {
              name: 'limit',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: 100 },
            },
          ],
          responses: {
            200: {
              description: 'Same as `foramen kb find --json`.',
              content: json({ type: 'object' }),
            },
            ...errorResponses,
          },
        },
      },
      '/api/kb/{id}': {
        get: {
          tags: ['knowledge base'],
          operationId: 'showKb',
          summary: 'One knowledge-base entry with its citations',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: {
            200: {
              description: 'Same as `foramen kb show ID --json`.',
              content: json({ type: 'object' }),
            },
            ...errorResponses,
          },
        },
      },
      '/cds-services': {
        get: {
          tags: ['cds-hooks'],
          operationId: 'cdsDiscovery',
          summary: 'CDS Hooks discovery',
          responses: {
            200: {
              description: 'The services and their prefetch templates.',
              content: json(ref('CdsDiscovery')),
            },
          },
        },
      },
      '/cds-services/{id}': {
        post: {
          tags: ['cds-hooks'],
          operationId: 'cdsCall',
          summary: 'Call a CDS service (patient-view or order-select)',
          parameters: [
            {
              name: 'id',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: Object.keys(CDS_SERVICES) },
            },
          ],
          requestBody: { required: true, content: json(ref('CdsRequest')) },
          responses: {
            200: { description: 'Cards.', content: json(ref('CdsResponse')) },
            ...cdsErrors,
            412: {
              description:
                'A required prefetch key is missing and no trusted FHIR server can supply it.',
              content: fhirJson(ref('OperationOutcome')),
            },
          },
        },
      },
      '/cds-services/{id}/feedback': {
        post: {
          tags: ['cds-hooks'],
          operationId: 'cdsFeedback',
          summary: 'Feedback on cards (accepted or overridden)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
          requestBody: { required: true, content: json(ref('CdsFeedback')) },
          responses: {
            200: { description: 'Recorded (counts only).', content: json({ type: 'object' }) },
            ...cdsErrors,
          },
        },
      },
      '/health': {
        get: {
          tags: ['service'],
          operationId: 'health',
          summary: 'Readiness',
          responses: {
            200: {
              description: 'Ready, with the versions.',
              content: json({
                type: 'object',
                properties: {
                  status: { const: 'ok' },
                  version: { type: 'string' },
                  kbVersion: { type: 'string' },
                },
              }),
            },
          },
        },
      },
    },
    components: { schemas },
  };
  // The scores and records routes describe themselves (issue 9); their fragments join the document here.
  const scores = scoresOpenApi();
  const records = recordsOpenApi();
  const doc = cached as {
    paths: Record<string, unknown>;
    tags: { name: string }[];
    components: Record<string, unknown>;
  };
  Object.assign(doc.paths, scores.paths, records.paths);
  Object.assign(schemas, scores.schemas, records.schemas);
  doc.components['securitySchemes'] = records.securitySchemes;
  const tagged = JSON.stringify([scores.paths, records.paths]).match(/"tags":\["([^"]+)"/g) ?? [];
  for (const name of new Set(tagged.map((t) => t.slice('"tags":["'.length, -1)))) {
    if (!doc.tags.some((t) => t.name === name)) doc.tags.push({ name });
  }
  return cached;
}
