/**
 * Getting the data a service needs: from the request's prefetch, or, when the client left a key out and
 * named a FHIR server Foramen is configured to trust, from that server with the client's access token.
 * A FHIR server outside the allow-list is never contacted, so a caller cannot make Foramen fetch
 * arbitrary URLs.
 * {@link https://cds-hooks.hl7.org/#providing-fhir-resources-to-a-cds-service | Providing FHIR resources}
 */
import type { Condition, Observation, Patient, Resource } from '@medplum/fhirtypes';
import { PREFETCH_TEMPLATES, REQUIRED_PREFETCH } from './services.js';
import type { PrefetchKey } from './services.js';
import type { CdsRequest } from './types.js';
import { InputError } from '../errors.js';

/** Fetches one FHIR URL with a bearer token and returns the parsed JSON (or throws). */
export type FhirFetcher = (url: string, accessToken: string | undefined) => Promise<unknown>;

/** How the service may reach FHIR servers. */
export interface FhirAccess {
  /** Base URLs Foramen may fetch missing prefetch data from (exact match, no trailing slash). */
  readonly allowedServers: readonly string[];
  readonly fetcher: FhirFetcher;
}

/** The data both services read. */
export interface ChartData {
  readonly patient?: Patient | undefined;
  readonly conditions: readonly Condition[];
  readonly observations: readonly Observation[];
}

/** Either the data, or the required keys nobody could supply (the caller answers 412). */
export type PrefetchResult =
  | { readonly ok: true; readonly data: ChartData }
  | { readonly ok: false; readonly missing: readonly PrefetchKey[] };

/**
 * A copy of untrusted JSON with null items removed from every array. EHRs send FHIR with holes
 * (`"entry": [null]`, `"coding": [null]`); dropping them once at the boundary keeps every reader simple.
 */
export function withoutNullItems(value: unknown, depth = 0): unknown {
  if (depth > MAX_JSON_DEPTH) {
    throw new InputError(
      'invalid-input',
      'body',
      `is nested more than ${MAX_JSON_DEPTH} levels deep`,
    );
  }
  if (Array.isArray(value)) {
    return value
      .filter((item) => item !== null && item !== undefined)
      .map((item: unknown) => withoutNullItems(item, depth + 1));
  }
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = withoutNullItems(item, depth + 1);
  return out;
}

/** The deepest nesting of request JSON that is walked (FHIR resources need about 12). */
export const MAX_JSON_DEPTH = 100;

/** The resources in a prefetch value: a searchset Bundle's entries, or a single resource. */
export function resourcesOf(value: unknown): Resource[] {
  if (typeof value !== 'object' || value === null) return [];
  const resource = value as Resource & { entry?: unknown };
  if (resource.resourceType === 'Bundle') {
    const entries: unknown[] = Array.isArray(resource.entry) ? resource.entry : [];
    return entries
      .map((e) =>
        typeof e === 'object' && e !== null ? (e as { resource?: unknown }).resource : undefined,
      )
      .filter(
        (r): r is Resource =>
          typeof r === 'object' && r !== null && typeof (r as Resource).resourceType === 'string',
      );
  }
  return typeof resource.resourceType === 'string' ? [resource] : [];
}

/** Fills a prefetch template's context tokens (only root-level primitive context fields, per the spec). */
export function fillTemplate(template: string, context: Readonly<Record<string, unknown>>): string {
  return template.replace(/\{\{context\.(\w+)\}\}/g, (_whole, name: string) => {
    const value = context[name];
    return typeof value === 'string' || typeof value === 'number'
      ? encodeURIComponent(String(value))
      : '';
  });
}

/** A FHIR base URL without its trailing slash. */
const baseOf = (url: string): string => url.replace(/\/+$/, '');

/**
 * Resolves the prefetch keys a service reads.
 * @param request - the validated hook request
 * @param access - allowed FHIR servers and the fetcher (omitted: prefetch only)
 */
export async function resolvePrefetch(
  request: CdsRequest,
  access?: FhirAccess,
): Promise<PrefetchResult> {
  const values = new Map<PrefetchKey, unknown>();
  const missing: PrefetchKey[] = [];
  const server = request.fhirServer ? baseOf(request.fhirServer) : undefined;
  const trusted =
    server !== undefined &&
    access !== undefined &&
    access.allowedServers.map(baseOf).includes(server);
  for (const key of Object.keys(PREFETCH_TEMPLATES) as PrefetchKey[]) {
    const given = request.prefetch?.[key];
    if (given !== undefined && given !== null) {
      values.set(key, given);
      continue;
    }
    if (trusted && server && access) {
      try {
        // The access token belongs to the FHIR server named in the same request: it goes to that
        // server's own URLs only (the fetcher refuses redirects), never anywhere else.
        const url = `${server}/${fillTemplate(PREFETCH_TEMPLATES[key], request.context)}`;
        if (!url.startsWith(`${server}/`)) throw new Error('prefetch URL outside the FHIR server');
        values.set(key, await access.fetcher(url, request.fhirAuthorization?.access_token));
        continue;
      } catch {
        // A server that fails is the same as no server: the key stays missing.
      }
    }
    if (REQUIRED_PREFETCH.includes(key)) missing.push(key);
  }
  if (missing.length > 0) return { ok: false, missing };
  const of = <R extends Resource['resourceType']>(key: PrefetchKey, type: R) =>
    resourcesOf(values.get(key)).filter(
      (r): r is Extract<Resource, { resourceType: R }> => r.resourceType === type,
    );
  // Only this patient's resources count, whatever else a careless prefetch returned.
  const mine = <T extends { subject?: { reference?: string } }>(r: T): boolean =>
    r.subject?.reference === undefined ||
    r.subject.reference === `Patient/${request.context.patientId}` ||
    r.subject.reference.endsWith(`/Patient/${request.context.patientId}`);
  return {
    ok: true,
    data: {
      patient: of('patient', 'Patient')[0],
      conditions: of('conditions', 'Condition').filter(mine),
      observations: of('observations', 'Observation').filter(mine),
    },
  };
}

/**
 * The default fetcher: GET with `Accept: application/fhir+json`, a bearer token and a 5-second timeout.
 * @param url - the FHIR URL
 * @param accessToken - the client's token, if any
 */
export const fetchFhir: FhirFetcher = async (url, accessToken) => {
  const response = await fetch(url, {
    headers: {
      accept: 'application/fhir+json',
      ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
    },
    signal: AbortSignal.timeout(5000),
    // A redirect could carry the access token to another host: refuse it.
    redirect: 'error',
  });
  if (!response.ok) throw new Error(`FHIR server answered ${response.status}`);
  return response.json() as Promise<unknown>;
};
