/**
 * The audit log: who read or wrote which patient's data, when, and with what outcome. Every record
 * operation writes its entry in the same transaction as the work, so there is no access without an
 * entry and no entry for work that was rolled back. Entries hold ids and codes only, never clinical
 * content, so the log itself is safe to hand to an auditor.
 */
import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import type { Role } from './roles.js';
import { insertRow } from './driver.js';
import type { SqlExecutor } from './driver.js';

/** Where a request came from, as the HTTP shell saw it (behind a trusted proxy: the client's). */
export interface ClientInfo {
  readonly address?: string;
  readonly userAgent?: string;
}

/** Who acts: a signed-in account, a patient holding a questionnaire link, or the command line. */
export type Actor =
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly role: Role;
      readonly requestId?: string;
      readonly client?: ClientInfo;
      /** The reason given in `X-Break-Glass`, which opens a patient outside the care team. */
      readonly breakGlass?: string;
    }
  | {
      readonly kind: 'patient-link';
      readonly linkId: string | null;
      readonly requestId?: string;
      readonly client?: ClientInfo;
    }
  | { readonly kind: 'cli'; readonly name: string }
  | { readonly kind: 'anonymous'; readonly requestId?: string; readonly client?: ClientInfo };

export const AUDIT_ACTIONS = [
  'create',
  'read',
  'list',
  'export',
  'backup',
  'restore',
  'login',
  'login-failed',
  'logout',
  'denied',
  'submit',
  'disable',
  'enable',
  'password-change',
  'password-reset',
  'mfa-enroll',
  'mfa-enabled',
  'break-glass',
  'restore-forced',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_RESOURCES = [
  'patient',
  'episode',
  'assessment',
  'questionnaire-submission',
  'questionnaire-link',
  'note',
  'timeline',
  'user',
  'session',
  'audit-log',
  'database',
  'care-team',
  'cds-service',
  'request',
] as const;
export type AuditResource = (typeof AUDIT_RESOURCES)[number];

export const AUDIT_OUTCOMES = ['ok', 'denied', 'failed'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** One audit entry as stored. */
export interface AuditEntry {
  readonly id: number;
  readonly at: string;
  readonly actorKind: Actor['kind'];
  readonly actorId: string | null;
  readonly action: AuditAction;
  readonly resourceType: AuditResource;
  readonly resourceId: string | null;
  readonly patientId: string | null;
  readonly outcome: AuditOutcome;
  readonly requestId: string | null;
  readonly clientAddress: string | null;
  readonly userAgent: string | null;
  /** The break-glass reason, or why a refusal happened; never clinical content. */
  readonly reason: string | null;
  readonly prevHash: string | null;
  readonly hash: string | null;
}

/** The id an actor is logged under. */
export function actorIdOf(actor: Actor): string | null {
  switch (actor.kind) {
    case 'user':
      return actor.userId;
    case 'patient-link':
      return actor.linkId;
    case 'cli':
      return actor.name;
    case 'anonymous':
      return null;
  }
}

const requestIdOf = (actor: Actor): string | null =>
  'requestId' in actor && actor.requestId !== undefined ? actor.requestId : null;
const clientOf = (actor: Actor): ClientInfo =>
  'client' in actor && actor.client !== undefined ? actor.client : {};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CLI_NAME = /^[A-Za-z0-9_.:@-]{1,100}$/;
const REQUEST_ID = /^[A-Za-z0-9_.-]{1,100}$/;

/** Thrown when code tries to write an id that is not one Foramen issues: a bug, never user input. */
function checkId(value: string | null, pattern: RegExp, field: string): string | null {
  if (value !== null && !pattern.test(value)) {
    throw new Error(`audit: refusing to write a malformed ${field}`);
  }
  return value;
}

/** Free text from a request header, made safe for the log: no control characters, bounded length. */
export function auditText(value: string | undefined | null, max: number): string | null {
  if (value === undefined || value === null) return null;
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').trim();
  return clean === '' ? null : clean.slice(0, max);
}

/** The hash before the first entry of the chain. */
export const AUDIT_GENESIS = '0'.repeat(64);

/**
 * The stored fields an entry's hash covers, in a fixed order (the id is the database's, not hashed); a
 * backup carries these, the id and the hash.
 */
export const HASHED_COLUMNS = [
  'at',
  'actor_kind',
  'actor_id',
  'action',
  'resource_type',
  'resource_id',
  'patient_id',
  'outcome',
  'request_id',
  'client_address',
  'user_agent',
  'reason',
  'prev_hash',
] as const;

/**
 * An entry's hash: SHA-256 over its content and the previous entry's hash, so changing, removing or
 * reordering any entry breaks every hash after it.
 * @param row - the stored columns
 */
export function auditHashOf(row: Readonly<Record<string, unknown>>): string {
  const content = HASHED_COLUMNS.map((c) => {
    const v = row[c];
    return v === null || v === undefined ? null : String(v);
  });
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Appends one entry (inside the caller's transaction), chained to the newest entry. On PostgreSQL a
 * transaction-scoped advisory lock orders concurrent writers, so the chain never forks.
 * @param tx - the transaction doing the work
 * @param at - the time of the work
 * @param actor - who did it
 * @param entry - what was done to which resource of which patient
 */
export async function writeAudit(
  tx: SqlExecutor,
  at: string,
  actor: Actor,
  entry: {
    action: AuditAction;
    resourceType: AuditResource;
    resourceId?: string | null;
    patientId?: string | null;
    outcome?: AuditOutcome;
    reason?: string | null;
  },
): Promise<void> {
  const client = clientOf(actor);
  const actorId = actorIdOf(actor);
  const row: Record<string, string | null> = {
    at,
    actor_kind: actor.kind,
    actor_id: checkId(actorId, actor.kind === 'cli' ? CLI_NAME : UUID, 'actor id'),
    action: entry.action,
    resource_type: entry.resourceType,
    resource_id: checkId(entry.resourceId ?? null, UUID, 'resource id'),
    patient_id: checkId(entry.patientId ?? null, UUID, 'patient id'),
    outcome: entry.outcome ?? 'ok',
    request_id: checkId(requestIdOf(actor), REQUEST_ID, 'request id'),
    client_address:
      client.address !== undefined && isIP(client.address) !== 0 ? client.address : null,
    user_agent: auditText(client.userAgent, 256),
    reason: auditText(entry.reason, 500),
  };
  if (!(AUDIT_ACTIONS as readonly string[]).includes(entry.action)) {
    throw new Error('audit: unknown action');
  }
  if (tx.dialect === 'postgres') await tx.all('SELECT pg_advisory_xact_lock(7061727)');
  const last = await tx.get<{ hash: string | null }>(
    'SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1',
  );
  row.prev_hash = last?.hash ?? AUDIT_GENESIS;
  row.hash = auditHashOf(row);
  // The row's keys are the hashed columns then the hash, in the order HASHED_COLUMNS lists them.
  await insertRow(tx, 'audit_log', row);
}

interface AuditRow {
  id: number;
  at: string;
  actor_kind: Actor['kind'];
  actor_id: string | null;
  action: AuditAction;
  resource_type: AuditResource;
  resource_id: string | null;
  patient_id: string | null;
  outcome: AuditOutcome;
  request_id: string | null;
  client_address?: string | null;
  user_agent?: string | null;
  reason?: string | null;
  prev_hash?: string | null;
  hash?: string | null;
  [key: string]: unknown;
}

/** Maps a stored row to an entry. */
export const auditEntryOf = (r: AuditRow): AuditEntry => ({
  id: Number(r.id),
  at: r.at,
  actorKind: r.actor_kind,
  actorId: r.actor_id,
  action: r.action,
  resourceType: r.resource_type,
  resourceId: r.resource_id,
  patientId: r.patient_id,
  outcome: r.outcome,
  requestId: r.request_id,
  clientAddress: r.client_address ?? null,
  userAgent: r.user_agent ?? null,
  reason: r.reason ?? null,
  prevHash: r.prev_hash ?? null,
  hash: r.hash ?? null,
});

/** Which entries to read. */
export interface AuditFilter {
  readonly patientId?: string;
  readonly action?: AuditAction;
  readonly limit?: number;
  readonly beforeId?: number;
}

/**
 * Reads entries, newest first.
 * @param db - where to read
 * @param filter - optionally one patient's entries or one action; page size and start
 */
export async function readAudit(db: SqlExecutor, filter: AuditFilter = {}): Promise<AuditEntry[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.patientId !== undefined) {
    where.push('patient_id = ?');
    params.push(filter.patientId);
  }
  if (filter.action !== undefined) {
    where.push('action = ?');
    params.push(filter.action);
  }
  if (filter.beforeId !== undefined) {
    where.push('id < ?');
    params.push(filter.beforeId);
  }
  const rows = await db.all<AuditRow>(
    `SELECT * FROM audit_log${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
    [...params, filter.limit ?? 100],
  );
  return rows.map(auditEntryOf);
}

/** The outcome of checking the chain. */
export interface AuditVerification {
  /** True when every chained entry is unchanged and in place. */
  readonly ok: boolean;
  /** Entries read. */
  readonly entries: number;
  /** Entries written before the chain existed (schema version 1), at the start of the log. */
  readonly unchained: number;
  /** The newest entry's hash: write it down elsewhere to detect removal of the newest entries. */
  readonly head: string | null;
  /** The first entry that does not check out, and why. */
  readonly firstBroken?: { readonly id: number; readonly reason: string };
}

/**
 * Walks the whole audit log in id order and checks every entry's hash and its link to the entry
 * before it.
 * @param db - the database
 */
export async function verifyAudit(db: SqlExecutor): Promise<AuditVerification> {
  let entries = 0;
  let unchained = 0;
  let previous: string | null = null;
  let afterId = -1;
  for (;;) {
    const rows = await db.all<AuditRow>(
      'SELECT * FROM audit_log WHERE id > ? ORDER BY id LIMIT 1000',
      [afterId],
    );
    if (rows.length === 0) break;
    for (const r of rows) {
      entries += 1;
      afterId = Number(r.id);
      const broken = (reason: string): AuditVerification => ({
        ok: false,
        entries,
        unchained,
        head: previous,
        firstBroken: { id: Number(r.id), reason },
      });
      if (r.hash === null || r.hash === undefined) {
        if (previous === null) {
          unchained += 1;
          continue;
        }
        return broken('it has no hash, though entries before it do');
      }
      if ((r.prev_hash ?? null) !== (previous ?? AUDIT_GENESIS)) {
        return broken('it does not follow the entry before it: an entry was removed or inserted');
      }
      if (auditHashOf(r) !== r.hash) return broken('its content differs from what was written');
      previous = r.hash;
    }
  }
  return { ok: true, entries, unchained, head: previous };
}
