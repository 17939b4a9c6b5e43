/**
 * Input generators for the fuzz suites, derived from the entry points' own zod schemas through their JSON
 * Schema (`z.toJSONSchema`), so a new field or a new grading system is fuzzed without touching this file.
 * Values that the schema's refinements reject are fine: the suites classify every generated value with
 * the schema itself before deciding what the entry point must do.
 */
import fc from 'fast-check';
import { z } from 'zod';

/** The part of JSON Schema (draft 2020-12) that `z.toJSONSchema` emits for input schemas. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly items?: JsonSchema;
  readonly prefixItems?: readonly JsonSchema[];
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly allOf?: readonly JsonSchema[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly format?: string;
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
}

/**
 * Realistic values for string fields, keyed by property name (`drug`) or, for array items, by the array's
 * name and `[]` (`comorbidities[]`). They are mixed with arbitrary strings, never replace them.
 */
export type Hints = Readonly<Record<string, fc.Arbitrary<unknown>>>;

/** Longest generated array unless the schema demands more: keeps runs fast, still finds shape bugs. */
const MAX_ITEMS = 4;

const stringArbitrary = (s: JsonSchema): fc.Arbitrary<string> => {
  const minLength = s.minLength ?? 0;
  const maxLength = Math.max(minLength, Math.min(s.maxLength ?? minLength + 24, minLength + 24));
  switch (s.format) {
    case 'date-time':
      return fc
        .date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString());
    case 'date':
      return fc
        .date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
    case 'uri':
    case 'url':
      return fc.webUrl();
    case 'email':
      return fc.emailAddress();
    case 'uuid':
      return fc.uuid();
    default:
      break;
  }
  if (s.pattern !== undefined) {
    const pattern = new RegExp(s.pattern);
    return fc
      .stringMatching(pattern)
      .filter((x) => x.length >= minLength && x.length <= (s.maxLength ?? Infinity));
  }
  // Mostly printable text, sometimes any code point (lone surrogates, controls): both reach real users.
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ minLength, maxLength }) },
    { weight: 1, arbitrary: fc.string({ minLength, maxLength, unit: 'binary' }) },
  );
};

const numberArbitrary = (s: JsonSchema, integer: boolean): fc.Arbitrary<number> => {
  const lowIncl = s.minimum;
  const highIncl = s.maximum;
  const lowExcl = s.exclusiveMinimum;
  const highExcl = s.exclusiveMaximum;
  const multiple = s.multipleOf;
  if (integer || multiple !== undefined) {
    const step = multiple ?? 1;
    const low = lowIncl ?? (lowExcl !== undefined ? lowExcl + step : -10_000);
    const high = highIncl ?? (highExcl !== undefined ? highExcl - step : 10_000);
    const from = Math.ceil(Math.max(low, -1e9) / step);
    const to = Math.floor(Math.min(high, 1e9) / step);
    return to < from ? fc.constant(low) : fc.integer({ min: from, max: to }).map((k) => k * step);
  }
  const min = lowIncl ?? lowExcl;
  const max = highIncl ?? highExcl;
  const double = fc.double({
    noNaN: true,
    noDefaultInfinity: true,
    ...(min !== undefined ? { min, minExcluded: lowIncl === undefined } : {}),
    ...(max !== undefined ? { max, maxExcluded: highIncl === undefined } : {}),
  });
  // Whole numbers in range are what people type; doubles find the edges (tiny, huge, just past a bound).
  const wholeLow = Math.ceil(
    Math.max(min ?? -1000, -1e9) + (lowIncl === undefined && min !== undefined ? 1e-9 : 0),
  );
  const wholeHigh = Math.floor(
    Math.min(max ?? 1000, 1e9) - (highIncl === undefined && max !== undefined ? 1e-9 : 0),
  );
  const whole = wholeHigh >= wholeLow ? [fc.integer({ min: wholeLow, max: wholeHigh })] : [];
  return fc.oneof(...whole, double);
};

function mergeAll(schemas: readonly JsonSchema[]): JsonSchema {
  return schemas.reduce<JsonSchema>(
    (a, b) => ({
      ...a,
      ...b,
      properties: { ...(a.properties ?? {}), ...(b.properties ?? {}) },
      required: [...(a.required ?? []), ...(b.required ?? [])],
    }),
    {},
  );
}

/**
 * An arbitrary of values shaped by `schema`.
 * @param schema - a JSON Schema from `z.toJSONSchema(schema, { io: 'input' })`
 * @param hints - realistic string values by property name
 */
export function arbitraryFromJsonSchema(
  schema: JsonSchema,
  hints: Hints = {},
): fc.Arbitrary<unknown> {
  const defs = schema.$defs ?? {};
  const build = (s: JsonSchema, key: string, depth: number): fc.Arbitrary<unknown> => {
    if (depth > 12) return fc.constant(null);
    if (s.$ref !== undefined) {
      const target = s.$ref === '#' ? schema : defs[s.$ref.replace('#/$defs/', '')];
      return target ? build(target, key, depth + 1) : fc.jsonValue({ maxDepth: 1 });
    }
    if ('const' in s) return fc.constant(s.const);
    if (s.enum) return fc.constantFrom(...s.enum);
    const alternatives = s.anyOf ?? s.oneOf;
    if (alternatives && alternatives.length > 0) {
      return fc.oneof(...alternatives.map((x) => build(x, key, depth + 1)));
    }
    if (s.allOf && s.allOf.length > 0) return build(mergeAll(s.allOf), key, depth + 1);
    const types: readonly string[] = typeof s.type === 'string' ? [s.type] : (s.type ?? []);
    if (types.length > 1) {
      return fc.oneof(...types.map((type) => build({ ...s, type }, key, depth)));
    }
    const hint = hints[key];
    switch (types[0]) {
      case 'object': {
        const props = s.properties ?? {};
        const model: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [name, sub] of Object.entries(props)) model[name] = build(sub, name, depth + 1);
        const record = fc.record(model, {
          requiredKeys: (s.required ?? []).filter((k) => k in props),
        });
        if (typeof s.additionalProperties === 'object' && Object.keys(props).length === 0) {
          return fc.dictionary(
            fc.string({ maxLength: 12 }),
            build(s.additionalProperties, `${key}{}`, depth + 1),
            { maxKeys: MAX_ITEMS },
          );
        }
        return record;
      }
      case 'array': {
        if (s.prefixItems) {
          return fc.tuple(...s.prefixItems.map((x, i) => build(x, `${key}[${i}]`, depth + 1)));
        }
        const minLength = s.minItems ?? 0;
        const maxLength = Math.max(minLength, Math.min(s.maxItems ?? MAX_ITEMS, MAX_ITEMS));
        return fc.array(build(s.items ?? {}, `${key}[]`, depth + 1), { minLength, maxLength });
      }
      case 'string':
        return hint
          ? fc.oneof({ weight: 3, arbitrary: hint }, { weight: 1, arbitrary: stringArbitrary(s) })
          : stringArbitrary(s);
      case 'integer':
        return numberArbitrary(s, true);
      case 'number':
        return numberArbitrary(s, false);
      case 'boolean':
        return fc.boolean();
      case 'null':
        return fc.constant(null);
      default:
        // `{}`: the schema accepts anything (z.unknown, or a transform JSON Schema cannot show).
        return hint ? fc.oneof(hint, fc.jsonValue({ maxDepth: 2 })) : fc.jsonValue({ maxDepth: 2 });
    }
  };
  return build(schema, '', 0);
}

/**
 * An arbitrary of values shaped by a zod schema's input side.
 * @param schema - the entry point's input schema
 * @param hints - realistic string values by property name
 */
export function arbitraryFromZod(schema: z.ZodType, hints: Hints = {}): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return arbitraryFromJsonSchema(json, hints);
}

type Path = readonly (string | number)[];

const REMOVE = Symbol('remove');

/** A copy of `obj` with `key` as an own property, even `__proto__` (as JSON.parse would make it). */
function withKey(obj: object, key: string, val: unknown): object {
  const copy: Record<string, unknown> = { ...obj };
  Object.defineProperty(copy, key, {
    value: val,
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length > 6) return out;
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  }
  return out;
}

function setAt(
  value: unknown,
  path: Path,
  replace: (old: unknown, parent: unknown, key: string | number) => unknown,
): unknown {
  if (path.length === 0) return replace(value, undefined, '');
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...(value as unknown[])];
    if (rest.length === 0) {
      const next = replace(copy[head as number], copy, head as number);
      if (next === REMOVE) copy.splice(head as number, 1);
      else copy[head as number] = next;
      return copy;
    }
    copy[head as number] = setAt(copy[head as number], rest, replace);
    return copy;
  }
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const k = String(head);
    if (rest.length === 0) {
      const next = replace(copy[k], copy, k);
      if (next === REMOVE) {
        return Object.fromEntries(Object.entries(copy).filter(([key]) => key !== k));
      }
      return withKey(copy, k, next);
    }
    return withKey(copy, k, setAt(copy[k], rest, replace));
  }
  return value;
}

/** A value of the wrong kind for almost any field. */
export const wrongValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(''),
  fc.constant([]),
  fc.constant({}),
  fc.boolean(),
  fc.integer({ min: -5, max: 1000 }),
  fc.constantFrom(-1, 1e308, -1e308, 0.5, Number.MAX_SAFE_INTEGER + 2),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '__proto__',
    'constructor',
    'toString',
    'NaN',
    'Infinity',
    '1e999',
    '\u0000',
    '<script>',
    '../../etc/passwd',
  ),
);

/** How near misses are made. */
export interface MutationOptions {
  /** Names of the unknown fields to add (default: a plain name, `__proto__`, `constructor`, `extra`). */
  readonly extraKeys?: readonly string[];
}

/**
 * Near misses of a value: one field replaced by a wrong value, removed, or joined by an unknown field.
 * Most are invalid; the suites classify each with the schema, so the few that stay valid are still checked.
 * @param valid - an arbitrary of valid values to mutate
 * @param options - which unknown field names to add
 */
export function mutated(
  valid: fc.Arbitrary<unknown>,
  options: MutationOptions = {},
): fc.Arbitrary<unknown> {
  const extraKeys = options.extraKeys ?? ['unknownField', '__proto__', 'constructor', 'extra'];
  return valid.chain((value) => {
    const paths = pathsOf(value);
    return fc
      .tuple(
        fc.constantFrom(...paths),
        fc.constantFrom('replace', 'remove', 'add'),
        wrongValue,
        fc.constantFrom(...extraKeys),
      )
      .map(([path, op, wrong, extraKey]) => {
        switch (op) {
          case 'replace':
            return setAt(value, path, () => wrong);
          case 'remove':
            return path.length === 0 ? undefined : setAt(value, path, () => REMOVE);
          case 'add':
            return setAt(value, path, (old) =>
              old !== null && typeof old === 'object' && !Array.isArray(old)
                ? withKey(old, extraKey, wrong)
                : wrong,
            );
        }
      });
  });
}

/** Anything at all, as a client could send it: the other half of the invalid inputs. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true }),
);

/** Valid-looking and broken inputs in one arbitrary: schema-shaped, mutated, and anything. */
export function mixedInputs(
  valid: fc.Arbitrary<unknown>,
  options: MutationOptions = {},
): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    { weight: 3, arbitrary: mutated(valid, options) },
    { weight: 1, arbitrary: anyJson },
  );
}
