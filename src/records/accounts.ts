/**
 * Clinician accounts and sessions. Passwords are stored as Argon2id hashes; a login returns a bearer
 * token valid for a working day (and ended sooner by inactivity), stored only as its hash. Accounts can
 * be disabled (every session ends at once) and enabled, passwords changed or reset by an admin (the
 * user must then choose a new one), and a second factor enrolled (TOTP, RFC 6238). Failed logins are
 * throttled per account name in the database, so several servers share the count. Every change and
 * every failed login goes to the audit log, without the username typed (it may be a mistyped password).
 */
import { createHash, randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { z } from 'zod';
import { InputError, parseInput } from '../errors.js';
import { writeAudit } from './audit.js';
import type { Actor, AuditAction, ClientInfo } from './audit.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { RecordError, isUniqueViolation } from './errors.js';
import {
  LoginSchema,
  MfaVerifySchema,
  NewUserSchema,
  PasswordChangeSchema,
  PasswordResetSchema,
  Username,
} from './schemas.js';
import type { Role } from './roles.js';
import { hashPassword, newToken, tokenHash, verifyPassword } from './secrets.js';

/** An account as the rest of the system sees it (never the hash or the MFA secret). */
export interface UserAccount {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly disabled: boolean;
  /** True when the account signs in with a TOTP code as well. */
  readonly mfa: boolean;
  /** True after an admin reset: only changing the password is allowed until it is changed. */
  readonly mustChangePassword: boolean;
}

/** A signed-in session. */
export interface Session {
  readonly token: string;
  readonly expiresAt: string;
  readonly user: UserAccount;
}

/** Clock, lifetime and throttling settings shared by the account functions. */
export interface AccountOptions {
  readonly now?: () => Date;
  /** Absolute session lifetime in hours (default 12). */
  readonly sessionHours?: number;
  /** A session unused for this many minutes ends (default 30). */
  readonly idleMinutes?: number;
  /** Failed logins of one account name allowed before the back-off starts (default 5). */
  readonly freeFailures?: number;
}

/** Who is asking, for the audit entry. */
export interface RequestContext {
  readonly requestId?: string;
  readonly client?: ClientInfo;
}

/** Why a login was refused. */
export type LoginRefusal =
  | { readonly refused: 'credentials' }
  | { readonly refused: 'totp-required' }
  | { readonly refused: 'locked'; readonly retryAfterSeconds: number };

type R = Record<string, unknown>;
const accountOf = (r: R): UserAccount => ({
  id: String(r.id),
  username: String(r.username),
  role: String(r.role) as Role,
  createdAt: String(r.created_at),
  disabled: r.disabled_at !== null && r.disabled_at !== undefined,
  mfa: r.mfa_secret !== null && r.mfa_secret !== undefined,
  mustChangePassword: Number(r.must_change_password ?? 0) === 1,
});
const nowOf = (o: AccountOptions): Date => (o.now ? o.now() : new Date());
const ACCOUNT_COLUMNS =
  'u.id, u.username, u.role, u.created_at, u.disabled_at, u.mfa_secret, u.must_change_password';

/** The longest lock-out of the per-account back-off, in seconds. */
export const MAX_LOCKOUT_SECONDS = 15 * 60;
/** Failures older than this are forgotten. */
const THROTTLE_WINDOW_MS = 60 * 60 * 1000;

/** The back-off after `failures` failed logins: none for the first few, then 15 s doubling to 15 min. */
export function lockoutSeconds(failures: number, freeFailures = 5): number {
  if (failures < freeFailures) return 0;
  return Math.min(MAX_LOCKOUT_SECONDS, 15 * 2 ** (failures - freeFailures));
}

// The throttle is keyed by a hash of the name typed, so unknown names are throttled exactly like real
// ones (no way to tell them apart) and the table never holds a mistyped password in clear.
const throttleKey = (username: string): string =>
  createHash('sha256').update(`login:${username.toLowerCase()}`).digest('hex');

const userActor = (r: R, ctx: RequestContext): Actor => ({
  kind: 'user',
  userId: String(r.id),
  role: String(r.role) as Role,
  ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
  ...(ctx.client ? { client: ctx.client } : {}),
});

/**
 * Creates an account.
 * @param db - the database
 * @param actor - who creates it (an admin, or the command line)
 * @param input - username, password (12 characters or more) and role
 * @throws RecordError `conflict` when the username is taken
 */
export async function createUser(
  db: SqlDriver,
  actor: Actor,
  input: unknown,
  options: AccountOptions = {},
): Promise<UserAccount> {
  const { v, hash } = await parseNewPassword(NewUserSchema, input);
  const id = randomUUID();
  const at = nowOf(options).toISOString();
  try {
    await db.transaction(async (tx) => {
      await tx.run(
        'INSERT INTO users (id, username, password_hash, role, created_at, disabled_at, must_change_password, password_changed_at) VALUES (?, ?, ?, ?, ?, NULL, 0, ?)',
        [id, v.username, hash, v.role, at, at],
      );
      await writeAudit(tx, at, actor, { action: 'create', resourceType: 'user', resourceId: id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new RecordError('conflict', 'username', 'this username is taken');
    }
    throw error;
  }
  return {
    id,
    username: v.username,
    role: v.role,
    createdAt: at,
    disabled: false,
    mfa: false,
    mustChangePassword: false,
  };
}

/**
 * Every account, oldest first. With an actor, the read is audited (account data is personal data).
 * @param db - the database
 * @param actor - who reads
 */
export async function listUsers(db: SqlDriver, actor?: Actor): Promise<UserAccount[]> {
  const rows = (
    await db.all(`SELECT ${ACCOUNT_COLUMNS} FROM users u ORDER BY u.created_at, u.username`)
  ).map(accountOf);
  if (actor) {
    await db.transaction((tx) =>
      writeAudit(tx, new Date().toISOString(), actor, { action: 'list', resourceType: 'user' }),
    );
  }
  return rows;
}

/** The number of accounts (0 on a fresh database). */
export async function countUsers(db: SqlDriver): Promise<number> {
  return Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM users'))?.n ?? 0);
}

/**
 * Parses a request that sets a password and hashes the password (slow on purpose, so it is done before
 * any transaction opens).
 */
async function parseNewPassword<T extends { readonly password: string }>(
  schema: z.ZodType<T>,
  input: unknown,
): Promise<{ v: T; hash: string }> {
  const v = parseInput(schema, input);
  return { v, hash: await hashPassword(v.password) };
}

// Verifying against a real hash when the username is unknown keeps the answer time the same, so
// timing does not reveal which usernames exist.
let decoy: Promise<string> | undefined;
const decoyHash = (): Promise<string> => (decoy ??= hashPassword(`decoy-${randomUUID()}`));

/** The TOTP settings every authenticator app understands: SHA-1, 6 digits, 30 seconds. */
const totpOf = (secret: string, label = 'account'): TOTP =>
  new TOTP({
    issuer: 'Foramen',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });

/** The time step a code matches (one step either side), or null. */
function matchingStep(secret: string, code: string, at: Date): number | null {
  const delta = totpOf(secret).validate({ token: code, timestamp: at.getTime(), window: 1 });
  return delta === null ? null : Math.floor(at.getTime() / 30_000) + delta;
}

/**
 * Checks a username, password and (for accounts with MFA) TOTP code, and opens a session. Refused
 * logins count against the name typed; after five, each further try waits 15 s, doubling to 15 min.
 * @param db - the database
 * @param input - username, password and optional totp
 * @param ctx - request id and client, for the audit entry
 */
export async function signIn(
  db: SqlDriver,
  input: unknown,
  ctx: RequestContext = {},
  options: AccountOptions = {},
): Promise<Session | LoginRefusal> {
  const v = parseInput(LoginSchema, input);
  const now = nowOf(options);
  const at = now.toISOString();
  const key = throttleKey(v.username);
  const anonymous: Actor = {
    kind: 'anonymous',
    ...(ctx.requestId ? { requestId: ctx.requestId } : {}),
    ...(ctx.client ? { client: ctx.client } : {}),
  };
  const throttle = await db.get<{ locked_until: string | null }>(
    'SELECT locked_until FROM login_throttle WHERE key_hash = ?',
    [key],
  );
  if (throttle?.locked_until && throttle.locked_until > at) {
    await db.transaction((tx) =>
      writeAudit(tx, at, anonymous, {
        action: 'login-failed',
        resourceType: 'session',
        outcome: 'denied',
        reason: 'account name locked by the login back-off',
      }),
    );
    return {
      refused: 'locked',
      retryAfterSeconds: Math.max(
        1,
        Math.ceil((Date.parse(throttle.locked_until) - now.getTime()) / 1000),
      ),
    };
  }
  const row = await db.get('SELECT * FROM users WHERE username = ?', [v.username.toLowerCase()]);
  const ok = await verifyPassword(row ? String(row.password_hash) : await decoyHash(), v.password);
  let refusal: LoginRefusal | null = null;
  let step: number | null = null;
  if (!row || !ok || row.disabled_at !== null) refusal = { refused: 'credentials' };
  else if (row.mfa_secret !== null && row.mfa_secret !== undefined) {
    if (v.totp === undefined) refusal = { refused: 'totp-required' };
    else {
      step = matchingStep(String(row.mfa_secret), v.totp, now);
      // A code is good once: a step at or before the last one used is a replay.
      const last = row.mfa_last_step === null ? -1 : Number(row.mfa_last_step);
      if (step === null || step <= last) refusal = { refused: 'credentials' };
    }
  }
  if (refusal) {
    // A missing code after the right password is not a guess: it does not count against the account.
    const counts = refusal.refused === 'credentials';
    await db.transaction(async (tx) => {
      if (counts) await countFailure(tx, key, now, options);
      await writeAudit(tx, at, row ? userActor(row, ctx) : anonymous, {
        action: 'login-failed',
        resourceType: 'session',
        outcome: 'failed',
        reason: refusal.refused === 'totp-required' ? 'one-time code missing' : null,
      });
    });
    return refusal;
  }
  const found = row as R;
  const user = accountOf(found);
  const token = newToken();
  const expiresAt = new Date(
    now.getTime() + (options.sessionHours ?? 12) * 3_600_000,
  ).toISOString();
  await db.transaction(async (tx) => {
    await tx.run('DELETE FROM login_throttle WHERE key_hash = ?', [key]);
    if (step !== null) {
      await tx.run('UPDATE users SET mfa_last_step = ? WHERE id = ?', [step, user.id]);
    }
    await tx.run(
      'INSERT INTO sessions (token_hash, user_id, created_at, expires_at, revoked_at, last_seen_at) VALUES (?, ?, ?, ?, NULL, ?)',
      [tokenHash(token), user.id, at, expiresAt, at],
    );
    await writeAudit(tx, at, userActor(found, ctx), { action: 'login', resourceType: 'session' });
  });
  return { token, expiresAt, user };
}

async function countFailure(
  tx: SqlExecutor,
  key: string,
  now: Date,
  options: AccountOptions,
): Promise<void> {
  const at = now.toISOString();
  const stale = new Date(now.getTime() - THROTTLE_WINDOW_MS).toISOString();
  // One statement, so servers sharing the database count every failure exactly once.
  const row = await tx.get<{ failures: number }>(
    `INSERT INTO login_throttle (key_hash, failures, last_failed_at, locked_until) VALUES (?, 1, ?, NULL)
     ON CONFLICT (key_hash) DO UPDATE SET failures = CASE WHEN login_throttle.last_failed_at < ? THEN 1 ELSE login_throttle.failures + 1 END, last_failed_at = ?
     RETURNING failures`,
    [key, at, stale, at],
  );
  const wait = lockoutSeconds(Number(row?.failures ?? 1), options.freeFailures);
  if (wait > 0) {
    await tx.run('UPDATE login_throttle SET locked_until = ? WHERE key_hash = ?', [
      new Date(now.getTime() + wait * 1000).toISOString(),
      key,
    ]);
  }
}

/**
 * Checks a username and password and opens a session (accounts without MFA).
 * @param db - the database
 * @param input - username and password
 * @param requestId - the request, for the audit entry
 * @returns the session, or null when refused for any reason
 */
export async function login(
  db: SqlDriver,
  input: unknown,
  requestId?: string,
  options: AccountOptions = {},
): Promise<Session | null> {
  const out = await signIn(db, input, requestId ? { requestId } : {}, options);
  return 'token' in out ? out : null;
}

/**
 * The account behind a bearer token, if the session is live (neither expired, idle too long nor
 * revoked) and the account enabled. Marks the session used (at most once a minute).
 * @param db - the database
 * @param token - the bearer token
 */
export async function resolveSession(
  db: SqlDriver,
  token: string,
  options: AccountOptions = {},
): Promise<UserAccount | null> {
  if (token.length < 20 || token.length > 200) return null;
  const hash = tokenHash(token);
  const row = await db.get(
    `SELECT ${ACCOUNT_COLUMNS}, s.expires_at, s.revoked_at, s.last_seen_at, s.created_at AS session_created_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?`,
    [hash],
  );
  const now = nowOf(options);
  const at = now.toISOString();
  if (!row || row.revoked_at !== null || row.disabled_at !== null || String(row.expires_at) <= at) {
    return null;
  }
  const seen = Date.parse(String(row.last_seen_at ?? row.session_created_at));
  if (now.getTime() - seen > (options.idleMinutes ?? 30) * 60_000) return null;
  if (now.getTime() - seen > 60_000) {
    await db.run('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?', [at, hash]);
  }
  return accountOf(row);
}

/**
 * Ends a session.
 * @param db - the database
 * @param token - the bearer token to revoke
 * @param actor - the account signing out
 */
export async function logout(
  db: SqlDriver,
  token: string,
  actor: Actor,
  options: AccountOptions = {},
): Promise<void> {
  const at = nowOf(options).toISOString();
  await db.transaction(async (tx) => {
    await tx.run('UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL', [
      at,
      tokenHash(token),
    ]);
    await writeAudit(tx, at, actor, { action: 'logout', resourceType: 'session' });
  });
}

async function requireUser(tx: SqlExecutor, username: string): Promise<R> {
  const name = parseInput(Username, username, 'username');
  const row = await tx.get('SELECT * FROM users WHERE username = ?', [name]);
  if (!row) throw new RecordError('not-found', 'username', 'no such account');
  return row;
}

/**
 * Runs an admin change to one account in one transaction and audits it under the account's id.
 * @param db - the database
 * @param actor - the admin or the command line
 * @param username - the account
 * @param action - the audit action
 * @param options - the clock
 * @param change - the change, given the account's row and the time (ISO); its result is returned
 */
async function changeAccount<T>(
  db: SqlDriver,
  actor: Actor,
  username: string,
  action: AuditAction,
  options: AccountOptions,
  change: (tx: SqlExecutor, row: R, at: string) => Promise<T>,
): Promise<T> {
  const at = nowOf(options).toISOString();
  return db.transaction(async (tx) => {
    const row = await requireUser(tx, username);
    const result = await change(tx, row, at);
    await writeAudit(tx, at, actor, {
      action,
      resourceType: 'user',
      resourceId: String(row.id),
    });
    return result;
  });
}

/** Ends every open session of an account, so a disabled account or a reset password takes effect now. */
async function endSessions(tx: SqlExecutor, userId: string, at: string): Promise<void> {
  await tx.run('UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL', [
    at,
    userId,
  ]);
}

/**
 * Disables an account and ends every one of its sessions at once.
 * @param db - the database
 * @param actor - the admin or the command line
 * @param username - the account
 */
export async function disableUser(
  db: SqlDriver,
  actor: Actor,
  username: string,
  options: AccountOptions = {},
): Promise<UserAccount> {
  return changeAccount(db, actor, username, 'disable', options, async (tx, row, at) => {
    if (actor.kind === 'user' && actor.userId === String(row.id)) {
      throw new RecordError('conflict', 'username', 'you cannot disable your own account');
    }
    await tx.run('UPDATE users SET disabled_at = COALESCE(disabled_at, ?) WHERE id = ?', [
      at,
      String(row.id),
    ]);
    await endSessions(tx, String(row.id), at);
    return { ...accountOf(row), disabled: true };
  });
}

/**
 * Enables a disabled account (its old sessions stay ended).
 * @param db - the database
 * @param actor - the admin or the command line
 * @param username - the account
 */
export async function enableUser(
  db: SqlDriver,
  actor: Actor,
  username: string,
  options: AccountOptions = {},
): Promise<UserAccount> {
  return changeAccount(db, actor, username, 'enable', options, async (tx, row) => {
    await tx.run('UPDATE users SET disabled_at = NULL WHERE id = ?', [String(row.id)]);
    return { ...accountOf(row), disabled: false };
  });
}

/**
 * Changes the signed-in user's own password; needs the current one. Every other session of the
 * account ends.
 * @param db - the database
 * @param actor - the signed-in user
 * @param token - the session making the change (kept)
 * @param input - currentPassword and newPassword
 */
export async function changePassword(
  db: SqlDriver,
  actor: Actor,
  token: string,
  input: unknown,
  options: AccountOptions = {},
): Promise<void> {
  if (actor.kind !== 'user') throw new Error('only an account changes its own password');
  const v = parseInput(PasswordChangeSchema, input);
  const row = await db.get('SELECT password_hash FROM users WHERE id = ?', [actor.userId]);
  if (!row || !(await verifyPassword(String(row.password_hash), v.currentPassword))) {
    await db.transaction((tx) =>
      writeAudit(tx, nowOf(options).toISOString(), actor, {
        action: 'password-change',
        resourceType: 'user',
        resourceId: actor.userId,
        outcome: 'failed',
      }),
    );
    throw new InputError('invalid-input', 'currentPassword', 'is not the current password');
  }
  if (v.newPassword === v.currentPassword) {
    throw new InputError('invalid-input', 'newPassword', 'must differ from the current password');
  }
  const hash = await hashPassword(v.newPassword);
  const at = nowOf(options).toISOString();
  await db.transaction(async (tx) => {
    await tx.run(
      'UPDATE users SET password_hash = ?, must_change_password = 0, password_changed_at = ? WHERE id = ?',
      [hash, at, actor.userId],
    );
    await tx.run(
      'UPDATE sessions SET revoked_at = ? WHERE user_id = ? AND token_hash <> ? AND revoked_at IS NULL',
      [at, actor.userId, tokenHash(token)],
    );
    await writeAudit(tx, at, actor, {
      action: 'password-change',
      resourceType: 'user',
      resourceId: actor.userId,
    });
  });
}

/**
 * An admin sets a temporary password: every session of the account ends and the user must choose a
 * new password at the next sign-in before doing anything else.
 * @param db - the database
 * @param actor - the admin
 * @param username - the account
 * @param input - `{ password }`
 */
export async function resetPassword(
  db: SqlDriver,
  actor: Actor,
  username: string,
  input: unknown,
  options: AccountOptions = {},
): Promise<UserAccount> {
  const { hash } = await parseNewPassword(PasswordResetSchema, input);
  return changeAccount(db, actor, username, 'password-reset', options, async (tx, row, at) => {
    await tx.run(
      'UPDATE users SET password_hash = ?, must_change_password = 1, password_changed_at = ? WHERE id = ?',
      [hash, at, String(row.id)],
    );
    await endSessions(tx, String(row.id), at);
    return { ...accountOf(row), mustChangePassword: true };
  });
}

/** What the user copies into an authenticator app. */
export interface MfaEnrolment {
  /** The shared secret, base32. */
  readonly secret: string;
  /** `otpauth://totp/...`, for a QR code. */
  readonly otpauthUrl: string;
}

/**
 * Starts TOTP enrolment: a new secret, pending until a code from it is verified.
 * @param db - the database
 * @param actor - the signed-in user
 */
export async function enrollMfa(
  db: SqlDriver,
  actor: Actor,
  options: AccountOptions = {},
): Promise<MfaEnrolment> {
  if (actor.kind !== 'user') throw new Error('only an account enrols a second factor');
  const secret = new Secret({ size: 20 }).base32;
  const at = nowOf(options).toISOString();
  const row = await db.transaction(async (tx) => {
    await tx.run('UPDATE users SET mfa_pending_secret = ? WHERE id = ?', [secret, actor.userId]);
    await writeAudit(tx, at, actor, {
      action: 'mfa-enroll',
      resourceType: 'user',
      resourceId: actor.userId,
    });
    return tx.get('SELECT username FROM users WHERE id = ?', [actor.userId]);
  });
  return { secret, otpauthUrl: totpOf(secret, String(row?.username ?? 'account')).toString() };
}

/**
 * Completes TOTP enrolment with a code from the pending secret; from then on the account signs in
 * with a code.
 * @param db - the database
 * @param actor - the signed-in user
 * @param input - `{ totp }`
 */
export async function verifyMfa(
  db: SqlDriver,
  actor: Actor,
  input: unknown,
  options: AccountOptions = {},
): Promise<void> {
  if (actor.kind !== 'user') throw new Error('only an account enrols a second factor');
  const { totp } = parseInput(MfaVerifySchema, input);
  const now = nowOf(options);
  const row = await db.get('SELECT mfa_pending_secret FROM users WHERE id = ?', [actor.userId]);
  const pending = row?.mfa_pending_secret;
  if (pending === null || pending === undefined) {
    throw new InputError('invalid-input', 'totp', 'start with POST /api/auth/mfa/enroll');
  }
  const step = matchingStep(String(pending), totp, now);
  if (step === null) throw new InputError('invalid-input', 'totp', 'does not match the new secret');
  await db.transaction(async (tx) => {
    await tx.run(
      'UPDATE users SET mfa_secret = mfa_pending_secret, mfa_pending_secret = NULL, mfa_last_step = ? WHERE id = ?',
      [step, actor.userId],
    );
    await writeAudit(tx, now.toISOString(), actor, {
      action: 'mfa-enabled',
      resourceType: 'user',
      resourceId: actor.userId,
    });
  });
}

/**
 * Creates the first admin from FORAMEN_ADMIN_USERNAME and FORAMEN_ADMIN_PASSWORD when the database has
 * no account yet; does nothing otherwise.
 * @param db - the database
 * @param env - the environment to read
 * @returns the account created, or null
 */
export async function ensureFirstAdmin(
  db: SqlDriver,
  env: Readonly<Record<string, string | undefined>> = process.env,
  options: AccountOptions = {},
): Promise<UserAccount | null> {
  const username = env.FORAMEN_ADMIN_USERNAME;
  const password = env.FORAMEN_ADMIN_PASSWORD;
  if (!username || !password) return null;
  if ((await countUsers(db)) > 0) return null;
  try {
    return await createUser(
      db,
      { kind: 'cli', name: 'environment' },
      { username, password, role: 'admin' },
      options,
    );
  } catch (error) {
    // Two processes starting together may race to create the same admin; the loser finds it made.
    if (error instanceof RecordError && error.code === 'conflict') return null;
    if (error instanceof InputError) {
      throw new InputError(error.code, `FORAMEN_ADMIN_${error.path.toUpperCase()}`, error.message, {
        cause: error,
      });
    }
    throw error;
  }
}
