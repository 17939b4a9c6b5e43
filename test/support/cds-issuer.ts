/**
 * A CDS Hooks client for tests: an EHR with its own ES384 key pair that signs the JWT the CDS Hooks
 * specification asks for, and the settings that make a Foramen app trust it.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { CdsAuthSettings, TrustedIssuer } from '../../src/index.js';

/** The public URL the test apps are configured with. */
export const TEST_PUBLIC_URL = 'https://foramen.test.example';

/** Claims a test may override (or drop with `null`). */
export interface TestClaims {
  iss?: string | null;
  aud?: string | null;
  exp?: number | null;
  iat?: number | null;
  jti?: string | null;
}

/** A test EHR. */
export interface TestIssuer {
  readonly issuer: TrustedIssuer;
  /** CDS settings that trust this issuer only. */
  readonly auth: CdsAuthSettings;
  /** A JWT for `service` (a service id), valid for 5 minutes, with a fresh jti. */
  sign(service: string, claims?: TestClaims): Promise<string>;
  /** `{ authorization: 'Bearer …' }` for a call to `service`. */
  headers(service: string, claims?: TestClaims): Promise<Record<string, string>>;
}

/**
 * Makes a test EHR.
 * @param iss - its issuer URL
 */
export async function testIssuer(iss = 'https://ehr.test.example'): Promise<TestIssuer> {
  const { publicKey, privateKey } = await generateKeyPair('ES384');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'test-key-1', alg: 'ES384', use: 'sig' };
  const issuer: TrustedIssuer = { iss, jwks: { keys: [jwk] } };
  const sign = async (service: string, claims: TestClaims = {}): Promise<string> => {
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      iss: claims.iss === undefined ? iss : claims.iss,
      aud: claims.aud === undefined ? `${TEST_PUBLIC_URL}/cds-services/${service}` : claims.aud,
      exp: claims.exp === undefined ? now + 300 : claims.exp,
      iat: claims.iat === undefined ? now : claims.iat,
      jti: claims.jti === undefined ? randomUUID() : claims.jti,
      sub: 'test-client',
    };
    const kept = Object.fromEntries(Object.entries(payload).filter(([, v]) => v !== null));
    return new SignJWT(kept)
      .setProtectedHeader({ alg: 'ES384', kid: 'test-key-1', typ: 'JWT' })
      .sign(privateKey);
  };
  return {
    issuer,
    auth: { mode: 'required', issuers: [issuer], publicUrl: TEST_PUBLIC_URL, warnings: [] },
    sign,
    headers: async (service, claims) => ({
      authorization: `Bearer ${await sign(service, claims)}`,
    }),
  };
}

/**
 * Makes `app.inject` sign every `POST /cds-services/<id>…` that has no Authorization header with a
 * fresh JWT from `ehr`, so suites about what the services answer (fuzzing, fixtures) run with
 * authentication on, as in production. The app must be built with `cdsHooks: { auth: ehr.auth }`.
 * @param app - the app under test
 * @param ehr - the trusted test EHR
 */
export function signCdsCalls(
  app: { inject: (...args: never[]) => unknown },
  ehr: TestIssuer,
): void {
  type Opts = { method?: string; url?: string; headers?: Record<string, unknown> };
  const original = app.inject.bind(app) as (options?: unknown) => Promise<unknown>;
  const inject = async (options?: unknown): Promise<unknown> => {
    const o = options as Opts | undefined;
    const match = /^\/cds-services\/([^/?#]+)/.exec(typeof o?.url === 'string' ? o.url : '');
    if (
      o &&
      typeof o === 'object' &&
      o.method === 'POST' &&
      match &&
      !o.headers?.['authorization']
    ) {
      let service = match[1] ?? '';
      try {
        service = decodeURIComponent(service);
      } catch {
        // a malformed escape: sign for the raw text (the app refuses the URL anyway)
      }
      return original({ ...o, headers: { ...o.headers, ...(await ehr.headers(service)) } });
    }
    return original(options);
  };
  (app as { inject: unknown }).inject = inject;
}
