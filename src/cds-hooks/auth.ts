/**
 * Who may call the CDS services. The CDS Hooks specification has the EHR sign a short-lived JWT for
 * every call: verified here with `jose` against the JWKS of an issuer the operator trusts (`iss` on
 * the allow-list), with `aud` the service's own external URL, `exp` in the future, `iat` not in the
 * future nor too old, and a `jti` never seen before (a replay cache, pluggable so several servers can
 * share one).
 * {@link https://cds-hooks.hl7.org/#trusting-cds-clients | Trusting CDS Clients}
 */
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, errors, jwtVerify } from 'jose';
import type { JSONWebKeySet, JWTVerifyGetKey } from 'jose';
import * as z from 'zod';
import { InputError, parseInput } from '../errors.js';

/**
 * Remembers JWT ids until they expire. `firstSeen` is true the first time an id is offered and false
 * on every later offer before `expiresAtMs`. A Redis implementation (SET NX PX) shares it across servers.
 */
export interface ReplayCache {
  firstSeen(jti: string, expiresAtMs: number): Promise<boolean>;
}

/**
 * The in-process replay cache: a map of id → expiry, bounded (the oldest ids are dropped first when
 * full; expired ids are swept as new ones arrive).
 */
export class MemoryReplayCache implements ReplayCache {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly maxEntries = 100_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** How many ids are held. */
  get size(): number {
    return this.seen.size;
  }

  firstSeen(jti: string, expiresAtMs: number): Promise<boolean> {
    const t = this.now();
    const known = this.seen.get(jti);
    if (known !== undefined && known > t) return Promise.resolve(false);
    // Insertion order is expiry order for tokens of similar lifetime: sweep from the front.
    for (const [id, exp] of this.seen) {
      if (exp > t && this.seen.size < this.maxEntries) break;
      this.seen.delete(id);
    }
    this.seen.delete(jti);
    this.seen.set(jti, expiresAtMs);
    return Promise.resolve(true);
  }
}

/** An EHR trusted to call the services: its `iss` and where its public keys are. */
export type TrustedIssuer =
  | { readonly iss: string; readonly jwks: JSONWebKeySet }
  | { readonly iss: string; readonly jwksUrl: string };

const IssuerSchema = z.union(
  [
    z.strictObject({
      iss: z.string().min(1).max(2000),
      jwks: z.strictObject({ keys: z.array(z.record(z.string(), z.unknown())).min(1) }),
    }),
    z.strictObject({ iss: z.string().min(1).max(2000), jwksUrl: z.url({ protocol: /^https?$/ }) }),
  ],
  { error: 'each issuer needs "iss" and either "jwks": { "keys": [...] } or an http(s) "jwksUrl"' },
);

/** The shape of the FORAMEN_CDS_ISSUERS file. */
export const CdsIssuersSchema = z.array(IssuerSchema).max(100);

/**
 * Reads the trusted issuers file.
 * @param file - path of a JSON file `[{ "iss", "jwks": { "keys": [...] } } | { "iss", "jwksUrl" }]`
 * @throws InputError naming FORAMEN_CDS_ISSUERS when the file is unreadable or malformed
 */
export function loadCdsIssuers(file: string): TrustedIssuer[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new InputError(
      'invalid-input',
      'FORAMEN_CDS_ISSUERS',
      `cannot read ${file}: ${(error as Error).message.split('\n')[0] ?? ''}`,
    );
  }
  try {
    return parseInput(CdsIssuersSchema, json) as TrustedIssuer[];
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const at = error.path === '' || error.path.startsWith('[') ? error.path : `.${error.path}`;
    throw new InputError(error.code, `FORAMEN_CDS_ISSUERS${at}`, error.message, { cause: error });
  }
}

/** `required` (the default) or `off` (local demos only). */
export type CdsAuthMode = 'required' | 'off';

/** CDS Hooks security settings, usually read from the environment. */
export interface CdsAuthSettings {
  readonly mode: CdsAuthMode;
  readonly issuers: readonly TrustedIssuer[];
  /** The external base URL: `aud` of the JWTs and the base of card links. */
  readonly publicUrl: string;
  /** Messages to log at start (demo mode, no issuers, default public URL). */
  readonly warnings: readonly string[];
}

/**
 * Reads FORAMEN_CDS_AUTH, FORAMEN_CDS_ISSUERS and FORAMEN_PUBLIC_URL. Without them the services
 * still start: discovery answers, and every call is refused until an issuer is configured.
 * @param env - the environment
 */
export function cdsAuthFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): CdsAuthSettings {
  const warnings: string[] = [];
  const modeText = (env.FORAMEN_CDS_AUTH ?? 'required').toLowerCase();
  if (modeText !== 'required' && modeText !== 'off') {
    throw new InputError('invalid-input', 'FORAMEN_CDS_AUTH', 'must be "required" or "off"');
  }
  const mode: CdsAuthMode = modeText;
  const issuers = env.FORAMEN_CDS_ISSUERS ? loadCdsIssuers(env.FORAMEN_CDS_ISSUERS) : [];
  let publicUrl = env.FORAMEN_PUBLIC_URL;
  if (publicUrl) {
    if (!/^https?:\/\/[^/?#]+(\/[^?#]*)?$/.test(publicUrl)) {
      throw new InputError(
        'invalid-input',
        'FORAMEN_PUBLIC_URL',
        'must be an absolute http(s) URL without query or fragment',
      );
    }
  } else {
    publicUrl = `http://127.0.0.1:${env.PORT ?? '8080'}`;
    warnings.push(
      `FORAMEN_PUBLIC_URL is not set: CDS card links and the expected JWT audience use ${publicUrl}`,
    );
  }
  if (mode === 'off') {
    warnings.push(
      'FORAMEN_CDS_AUTH=off: the CDS Hooks services answer callers without a signed JWT. For local demos only; never in production.',
    );
  } else if (issuers.length === 0) {
    warnings.push(
      'no trusted CDS Hooks issuers (FORAMEN_CDS_ISSUERS): every CDS service call will be refused with 401',
    );
  }
  return { mode, issuers, publicUrl: publicUrl.replace(/\/+$/, ''), warnings };
}

/** The outcome of checking one call's JWT. */
export type CdsAuthResult =
  | { readonly ok: true; readonly iss: string; readonly sub: string | null }
  | { readonly ok: false; readonly reason: string };

/** Algorithms the specification names (RS384, ES384) and their siblings; never `none` or HMAC. */
const ALGORITHMS = [
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
];

/** Checks CDS Hooks JWTs against a set of trusted issuers. */
export class CdsJwtVerifier {
  private readonly keys = new Map<string, JWTVerifyGetKey>();

  /**
   * @param issuers - the trusted EHRs
   * @param replayCache - where used `jti`s are remembered
   * @param options - clock (tests), clock skew allowed in seconds (default 30), oldest `iat` accepted in seconds (default 300)
   */
  constructor(
    issuers: readonly TrustedIssuer[],
    private readonly replayCache: ReplayCache,
    private readonly options: {
      now?: () => Date;
      skewSeconds?: number;
      maxAgeSeconds?: number;
    } = {},
  ) {
    for (const issuer of issuers) {
      this.keys.set(
        issuer.iss,
        'jwks' in issuer
          ? createLocalJWKSet(issuer.jwks)
          : createRemoteJWKSet(new URL(issuer.jwksUrl), { timeoutDuration: 5000 }),
      );
    }
  }

  /**
   * Verifies the bearer token of a call.
   * @param authorization - the Authorization header
   * @param audiences - the URLs the token may be addressed to (the service endpoint)
   */
  async verify(
    authorization: string | undefined,
    audiences: readonly string[],
  ): Promise<CdsAuthResult> {
    const token = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)$/.exec(
      authorization ?? '',
    )?.[1];
    if (!token) return { ok: false, reason: 'no bearer JWT' };
    let iss: unknown;
    try {
      iss = decodeJwt(token).iss;
    } catch {
      return { ok: false, reason: 'not a JWT' };
    }
    const keys = typeof iss === 'string' ? this.keys.get(iss) : undefined;
    if (typeof iss !== 'string' || !keys) return { ok: false, reason: 'issuer not trusted' };
    const now = this.options.now?.() ?? new Date();
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: iss,
        audience: [...audiences],
        algorithms: ALGORITHMS,
        requiredClaims: ['iss', 'aud', 'exp', 'iat', 'jti'],
        clockTolerance: this.options.skewSeconds ?? 30,
        maxTokenAge: this.options.maxAgeSeconds ?? 300,
        currentDate: now,
      });
      const iat = payload.iat ?? 0;
      if (iat * 1000 > now.getTime() + (this.options.skewSeconds ?? 30) * 1000) {
        return { ok: false, reason: 'issued in the future' };
      }
      if (typeof payload.jti !== 'string' || payload.jti.length === 0 || payload.jti.length > 256) {
        return { ok: false, reason: 'jti missing or malformed' };
      }
      const expiresAtMs = (payload.exp ?? 0) * 1000 + (this.options.skewSeconds ?? 30) * 1000;
      if (!(await this.replayCache.firstSeen(`${iss} ${payload.jti}`, expiresAtMs))) {
        return { ok: false, reason: 'jti already used (replay)' };
      }
      return { ok: true, iss, sub: typeof payload.sub === 'string' ? payload.sub : null };
    } catch (error) {
      return { ok: false, reason: reasonOf(error) };
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) return `claim ${error.claim} not accepted`;
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'bad signature';
  if (error instanceof errors.JWKSNoMatchingKey) return 'no key of the issuer matches';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'algorithm not allowed';
  if (error instanceof errors.JOSEError) return error.code;
  return 'invalid token';
}
