/**
 * The audit log: who read or wrote which patient's data, when, and with what outcome. Every record
 * operation writes its entry in the same transaction as the work, so there is no access without an
 * entry and no entry for work that was rolled back. Entries hold ids and codes only, never clinical
 * content, so the log itself is safe to hand to an auditor.
 */
import type { Role } from './roles.js';
import type { SqlExecutor } from './driver.js';

/** Who acts: a signed-in account, a patient holding a questionnaire link, or the command line. */
export type Actor =
  | {
      readonly kind: 'user';
      readonly userId: string;
      readonly role: Role;
      readonly requestId?: string;
    }
  | { readonly kind: 'patient-link'; readonly linkId: string | null; readonly requestId?: string }
  | { readonly kind: 'cli'; readonly name: string }
  | { readonly kind: 'anonymous'; readonly requestId?: string };

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

/**
 * Appends one entry (inside the caller's transaction).
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
  },
): Promise<void> {
  await tx.run(
    'INSERT INTO audit_log (at, actor_kind, actor_id, action, resource_type, resource_id, patient_id, outcome, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      at,
      actor.kind,
      actorIdOf(actor),
      entry.action,
      entry.resourceType,
      entry.resourceId ?? null,
      entry.patientId ?? null,
      entry.outcome ?? 'ok',
      requestIdOf(actor),
    ],
  );
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
});

/**
 * Reads entries, newest first.
 * @param db - where to read
 * @param filter - optionally one patient's entries; page size and start
 */
export async function readAudit(
  db: SqlExecutor,
  filter: { patientId?: string; limit?: number; beforeId?: number } = {},
): Promise<AuditEntry[]> {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (filter.patientId !== undefined) {
    where.push('patient_id = ?');
    params.push(filter.patientId);
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
