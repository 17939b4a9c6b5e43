/**
 * Clinician accounts and sessions. Passwords are stored as Argon2id hashes; a login returns a bearer
 * token valid for a working day, stored only as its hash. Logins, failed logins and account creation
 * go to the audit log, without the username typed (it may be a mistyped password).
 */
import { randomUUID } from 'node:crypto';
import { InputError, parseInput } from '../errors.js';
import { writeAudit } from './audit.js';
import type { Actor } from './audit.js';
import type { SqlDriver } from './driver.js';
import { RecordError, isUniqueViolation } from './errors.js';
import { LoginSchema, NewUserSchema } from './schemas.js';
import type { Role } from './roles.js';
import { hashPassword, newToken, tokenHash, verifyPassword } from './secrets.js';

/** An account as the rest of the system sees it (never the hash). */
export interface UserAccount {
  readonly id: string;
  readonly username: string;
  readonly role: Role;
  readonly createdAt: string;
  readonly disabled: boolean;
}

/** A signed-in session. */
export interface Session {
  readonly token: string;
  readonly expiresAt: string;
  readonly user: UserAccount;
}

/** Clock and lifetime settings shared by the account functions. */
export interface AccountOptions {
  readonly now?: () => Date;
  /** Session lifetime in hours (default 12). */
  readonly sessionHours?: number;
}

type R = Record<string, unknown>;
const accountOf = (r: R): UserAccount => ({
  id: String(r.id),
  username: String(r.username),
  role: String(r.role) as Role,
  createdAt: String(r.created_at),
  disabled: r.disabled_at !== null && r.disabled_at !== undefined,
});
const nowOf = (o: AccountOptions): Date => (o.now ? o.now() : new Date());

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
  const v = parseInput(NewUserSchema, input);
  const hash = await hashPassword(v.password);
  const id = randomUUID();
  const at = nowOf(options).toISOString();
  try {
    await db.transaction(async (tx) => {
      await tx.run(
        'INSERT INTO users (id, username, password_hash, role, created_at, disabled_at) VALUES (?, ?, ?, ?, ?, NULL)',
        [id, v.username, hash, v.role, at],
      );
      await writeAudit(tx, at, actor, { action: 'create', resourceType: 'user', resourceId: id });
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new RecordError('conflict', 'username', 'this username is taken');
    }
    throw error;
  }
  return { id, username: v.username, role: v.role, createdAt: at, disabled: false };
}

/**
 * Every account, oldest first.
 * @param db - the database
 */
export async function listUsers(db: SqlDriver): Promise<UserAccount[]> {
  return (
    await db.all(
      'SELECT id, username, role, created_at, disabled_at FROM users ORDER BY created_at, username',
    )
  ).map(accountOf);
}

/** The number of accounts (0 on a fresh database). */
export async function countUsers(db: SqlDriver): Promise<number> {
  return Number((await db.get<{ n: number }>('SELECT COUNT(*) AS n FROM users'))?.n ?? 0);
}

// Verifying against a real hash when the username is unknown keeps the answer time the same, so
// timing does not reveal which usernames exist.
let decoy: Promise<string> | undefined;
const decoyHash = (): Promise<string> => (decoy ??= hashPassword(`decoy-${randomUUID()}`));

/**
 * Checks a username and password and opens a session.
 * @param db - the database
 * @param input - username and password
 * @param requestId - the request, for the audit entry
 * @returns the session, or null when the credentials are wrong or the account is disabled
 */
export async function login(
  db: SqlDriver,
  input: unknown,
  requestId?: string,
  options: AccountOptions = {},
): Promise<Session | null> {
  const v = parseInput(LoginSchema, input);
  const row = await db.get('SELECT * FROM users WHERE username = ?', [v.username.toLowerCase()]);
  const ok = await verifyPassword(row ? String(row.password_hash) : await decoyHash(), v.password);
  const now = nowOf(options);
  const at = now.toISOString();
  const rid = requestId ? { requestId } : {};
  if (!row || !ok || row.disabled_at !== null) {
    const actor: Actor = row
      ? { kind: 'user', userId: String(row.id), role: String(row.role) as Role, ...rid }
      : { kind: 'anonymous', ...rid };
    await db.transaction((tx) =>
      writeAudit(tx, at, actor, {
        action: 'login-failed',
        resourceType: 'session',
        outcome: 'failed',
      }),
    );
    return null;
  }
  const user = accountOf(row);
  const token = newToken();
  const expiresAt = new Date(
    now.getTime() + (options.sessionHours ?? 12) * 3_600_000,
  ).toISOString();
  await db.transaction(async (tx) => {
    await tx.run(
      'INSERT INTO sessions (token_hash, user_id, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, NULL)',
      [tokenHash(token), user.id, at, expiresAt],
    );
    await writeAudit(
      tx,
      at,
      { kind: 'user', userId: user.id, role: user.role, ...rid },
      { action: 'login', resourceType: 'session' },
    );
  });
  return { token, expiresAt, user };
}

/**
 * The account behind a bearer token, if the session is live and the account enabled.
 * @param db - the database
 * @param token - the bearer token
 */
export async function resolveSession(
  db: SqlDriver,
  token: string,
  options: AccountOptions = {},
): Promise<UserAccount | null> {
  if (token.length < 20 || token.length > 200) return null;
  const row = await db.get(
    'SELECT u.id, u.username, u.role, u.created_at, u.disabled_at, s.expires_at, s.revoked_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?',
    [tokenHash(token)],
  );
  if (
    !row ||
    row.revoked_at !== null ||
    row.disabled_at !== null ||
    String(row.expires_at) <= nowOf(options).toISOString()
  ) {
    return null;
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
