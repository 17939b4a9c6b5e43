/**
 * Route schemas: every route declares `schema` (body, params, querystring, response) with zod, and
 * `/openapi.json` is generated from the registered routes (@fastify/swagger with
 * fastify-type-provider-zod's `jsonSchemaTransform`), so a shape is written once.
 *
 * Validation: a schema the handler would otherwise parse itself is parsed here, before the handler,
 * through `parseInput`, so bad input answers the contract's 400 `{ error: { message, path, code } }`
 * naming the first bad field exactly as before. A schema marked `parsedByCore` is only described: the
 * core function the handler calls parses that input itself (per grading system, per instrument, in
 * the record store), and parsing it twice would cost time and change nothing.
 *
 * Serialisation: `JSON.stringify`, unchanged. Response schemas describe the answers (and a test checks
 * the real answers against them), but fast-json-stringify compiled from these schemas was slower than
 * `JSON.stringify` on an assessment (29 µs against 20 µs) and would drop any field a schema leaves out.
 */
import * as z from 'zod';
import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import { parseInput } from '../index.js';

/**
 * Names a schema in the OpenAPI document (`#/components/schemas/<id>`; the request view of a named
 * schema is `<id>Input`). Returns a copy carrying the name, so the core's schema is left as it is.
 * @param id - the component name
 * @param schema - the zod schema
 */
export function named<S extends z.ZodType>(id: string, schema: S): S {
  return schema.meta({ ...z.globalRegistry.get(schema), id });
}

const describedOnly = new WeakSet<object>();
/** Marks a schema as parsed by the core function the handler calls; the route only describes it. */
export function parsedByCore<S extends z.ZodType>(schema: S): S {
  describedOnly.add(schema);
  return schema;
}

/** A calculator registry as its routes describe it: each entry's input schema, name and example. */
interface DescribedRegistry<Id extends string> {
  readonly ids: readonly Id[];
  readonly entries: Readonly<
    Record<
      Id,
      { readonly inputSchema: z.ZodType; readonly name: string; readonly example: unknown }
    >
  >;
}

/**
 * The path parameter and body of a route that runs one calculator of a registry (`POST
 * /api/grade/:system`, `POST /api/scores/:instrument`): the id is one of the registry's, the body one of
 * their input schemas, each named `<prefix>-<id>` with its title and example. The core function parses
 * both, so the route only describes them.
 * @param param - the name of the path parameter
 * @param prefix - the prefix of each input schema's component name
 * @param registry - the ids and entries
 */
export function calculatorRequest<Id extends string>(
  param: string,
  prefix: string,
  { ids, entries }: DescribedRegistry<Id>,
) {
  const params = parsedByCore(
    z.object({ [param]: z.enum(ids as unknown as [string, ...string[]]) }),
  );
  const body = parsedByCore(
    z.union(
      ids.map((id) =>
        named(
          `${prefix}-${id}`,
          entries[id].inputSchema.meta({
            title: entries[id].name,
            examples: [entries[id].example],
          }),
        ),
      ),
    ),
  );
  return { params, body };
}

const rootNames = new WeakMap<object, string>();
/**
 * Names the whole input in error paths when the problem is the input itself (`input: must be object`).
 * The default is the part of the request: `body`, `query` or `url`.
 */
export function rootNamed<S extends z.ZodType>(name: string, schema: S): S {
  rootNames.set(schema, name);
  return schema;
}

const PART_NAMES: Record<string, string> = { body: 'body', querystring: 'query', params: 'url' };

/** Fastify validator compiler: `parseInput` with the schema, errors as `InputError`. */
export const validatorCompiler: FastifySchemaCompiler<z.ZodType> = ({
  schema,
  method,
  url,
  httpPart,
}) => {
  if (!(schema instanceof z.ZodType)) {
    throw new Error(`${method} ${url}: route schemas are zod schemas (src/http/schemas.ts)`);
  }
  if (describedOnly.has(schema)) return (data) => ({ value: data });
  const root = rootNames.get(schema) ?? PART_NAMES[httpPart ?? 'body'] ?? 'input';
  return (data) => {
    try {
      return { value: parseInput(schema, data, root) };
    } catch (error) {
      return { error: error as Error };
    }
  };
};

/** Fastify serializer compiler: plain `JSON.stringify`, so no field is ever dropped or reshaped. */
export const serializerCompiler: FastifySerializerCompiler<z.ZodType> = () => (data) =>
  JSON.stringify(data);

/**
 * A documented answer: its description and its schema per media type.
 * @param description - what the answer is
 * @param content - media type → zod schema
 */
export function answer(description: string, content: Record<string, z.ZodType>) {
  return {
    description,
    content: Object.fromEntries(
      Object.entries(content).map(([media, schema]) => [media, { schema }]),
    ),
  };
}

/** A documented answer without a body (204, or a status the framework answers). */
export const noBody = (description: string) => z.null().describe(description);

/** The contract's error body (CONTRACTS.md). */
export const ErrorSchema = named(
  'Error',
  z
    .object({
      error: z.object({
        message: z.string(),
        path: z.string().describe('The field, parameter or header at fault.'),
        code: z.string().optional(),
      }),
    })
    .describe('Invalid input: `error.path` names the first bad field.'),
);

/**
 * An answer described by its contract fields; the core adds more, and every field is sent.
 * @param description - what the answer holds
 * @param shape - the contract fields, when they have a zod shape here
 */
export const openObject = (description: string, shape: z.ZodRawShape = {}) =>
  z.looseObject(shape).describe(description);

/** A FHIR R4 Bundle. */
export const BundleSchema = named(
  'Bundle',
  z
    .looseObject({ resourceType: z.literal('Bundle') })
    .describe('A FHIR R4 Bundle (https://hl7.org/fhir/R4/bundle.html).'),
);

/** A FHIR R4 OperationOutcome. */
export const OperationOutcomeSchema = named(
  'OperationOutcome',
  z
    .looseObject({ resourceType: z.literal('OperationOutcome'), issue: z.array(z.looseObject({})) })
    .describe('A FHIR R4 OperationOutcome (https://hl7.org/fhir/R4/operationoutcome.html).'),
);

/** The usual error answers of a route that takes input. */
export const inputErrors = {
  400: answer('Invalid input: `error.path` names the first bad field.', {
    'application/json': ErrorSchema,
  }),
  413: answer('Body larger than the limit.', { 'application/json': ErrorSchema }),
} as const;

/** The error answers of a route that can answer FHIR: an OperationOutcome when FHIR was asked for. */
export const fhirInputErrors = {
  400: answer(
    'Invalid input: `error.path` names the first bad field (with `format=fhir`, an OperationOutcome whose `expression` does).',
    { 'application/json': ErrorSchema, 'application/fhir+json': OperationOutcomeSchema },
  ),
  413: answer('Body larger than the limit.', { 'application/json': ErrorSchema }),
} as const;

/**
 * The documented answers of a route that answers JSON, or a FHIR Bundle with `format=fhir`: the 200
 * with both bodies, and the input errors (an OperationOutcome under FHIR).
 * @param description - what the 200 answer is
 * @param json - the schema of the JSON answer
 */
export const jsonOrFhirResponses = (description: string, json: z.ZodType) => ({
  200: answer(description, { 'application/json': json, 'application/fhir+json': BundleSchema }),
  ...fhirInputErrors,
});

/** `?format=` of a route that can answer FHIR (read by `formatOf`, which also honours `Accept`). */
export const FhirFormatQuerySchema = parsedByCore(
  z.looseObject({
    format: z
      .enum(['json', 'fhir'])
      .optional()
      .describe('`fhir` answers a FHIR R4 Bundle (errors as OperationOutcome).'),
  }),
);
