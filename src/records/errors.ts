/**
 * Errors of the record store that are not bad input: a missing record, a used or expired link, a
 * duplicate. The HTTP shell maps each code to its status (404, 410, 409); bad input stays an
 * `InputError` (400).
 */
import { ForamenError } from '../errors.js';

export const RECORD_ERROR_CODES = {
  'not-found': { status: 404, text: 'No such record.' },
  'link-invalid': { status: 410, text: 'The questionnaire link is unknown, used or expired.' },
  conflict: { status: 409, text: 'A record with this value already exists.' },
  forbidden: { status: 403, text: 'Not allowed for this account.' },
  'too-many-attempts': { status: 429, text: 'Too many failed attempts; wait and try again.' },
} as const;
export type RecordErrorCode = keyof typeof RECORD_ERROR_CODES;

/** A record operation that cannot proceed; `path` names the field or parameter at fault. */
export class RecordError extends ForamenError<RecordErrorCode> {
  override readonly name = 'RecordError';

  /** The HTTP status this error answers with. */
  get status(): number {
    return RECORD_ERROR_CODES[this.code].status;
  }
}

/** True for record errors. */
export const isRecordError = (error: unknown): error is RecordError => error instanceof RecordError;

/** True when a database error is a unique-constraint violation (SQLite or PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === '23505'
  );
}
