/**
 * Password hashing and bearer secrets. Passwords are hashed with Argon2id (@node-rs/argon2, the
 * algorithm OWASP recommends first); session and link tokens are 256 random bits, and only their
 * SHA-256 is stored, so a copy of the database cannot be used to sign in.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

interface Argon2 {
  hash(password: string, options?: Record<string, unknown>): Promise<string>;
  verify(hashed: string, password: string): Promise<boolean>;
}

let argon2: Promise<Argon2> | undefined;
// A computed specifier keeps the CLI bundler from following the native module (it stays in
// node_modules and loads only when an account is used).
const ARGON2_MODULE = ['@node-rs', 'argon2'].join('/');
const loadArgon2 = (): Promise<Argon2> => (argon2 ??= import(ARGON2_MODULE) as Promise<Argon2>);

/** Shortest password accepted for an account. */
export const MIN_PASSWORD_LENGTH = 12;

/**
 * Hashes a password with Argon2id and a random salt (PHC string).
 * @param password - the plain password
 */
export async function hashPassword(password: string): Promise<string> {
  return (await loadArgon2()).hash(password);
}

/**
 * Checks a password against a stored hash; false for any malformed hash.
 * @param hashed - the stored PHC string
 * @param password - the password offered
 */
export async function verifyPassword(hashed: string, password: string): Promise<boolean> {
  try {
    return await (await loadArgon2()).verify(hashed, password);
  } catch {
    return false;
  }
}

/** A fresh bearer secret: 32 random bytes, base64url. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * The stored form of a bearer secret.
 * @param token - the secret as the client holds it
 */
export const tokenHash = (token: string): string =>
  createHash('sha256').update(token).digest('hex');

/**
 * Compares two secrets in constant time.
 * @param a - one secret
 * @param b - the other
 */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
