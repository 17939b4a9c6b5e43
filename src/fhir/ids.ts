/**
 * Deterministic `urn:uuid:` ids: the same assessment always gives the same Bundle, which keeps FHIR
 * output reproducible and testable (no clock, no randomness).
 */
import { createHash } from 'node:crypto';

/** A UUID (version 5 layout) derived from the seed and the parts. */
export function stableUuid(seed: string, ...parts: readonly (string | number)[]): string {
  const hex = createHash('sha1')
    .update(seed)
    .update('\u0000')
    .update(parts.join('\u0000'))
    .digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A hash of a JSON value, used as the seed of an output's ids. */
export const seedOf = (value: unknown): string =>
  createHash('sha1').update(JSON.stringify(value)).digest('hex');

/** Hands out `urn:uuid:` full URLs for one bundle. */
export class IdMint {
  constructor(private readonly seed: string) {}

  /** The full URL of the resource named by `parts`. */
  urn(...parts: readonly (string | number)[]): string {
    return `urn:uuid:${stableUuid(this.seed, ...parts)}`;
  }
}
