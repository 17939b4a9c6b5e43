// Public surface of src/records: accounts and sessions, opening the store, the record operations, the
// audit log, backup, restore and export, and the timeline builder.
export { ROLES, PERMISSIONS, ROLE_PERMISSIONS, roleCan } from './roles.js';
export type { Role, Permission } from './roles.js';
export {
  MIN_PASSWORD_LENGTH,
  hashPassword,
  verifyPassword,
  newToken,
  tokenHash,
  sameSecret,
} from './secrets.js';
export {
  MAX_LOCKOUT_SECONDS,
  lockoutSeconds,
  createUser,
  listUsers,
  countUsers,
  signIn,
  login,
  resolveSession,
  logout,
  disableUser,
  enableUser,
  changePassword,
  resetPassword,
  enrollMfa,
  verifyMfa,
  ensureFirstAdmin,
} from './accounts.js';
export type {
  UserAccount,
  Session,
  AccountOptions,
  RequestContext,
  LoginRefusal,
  MfaEnrolment,
} from './accounts.js';
export { DIALECTS, numberPlaceholders, Mutex } from './driver.js';
export type { Dialect, SqlValue, Row, SqlExecutor, SqlDriver } from './driver.js';
export { openSqlite } from './sqlite.js';
export type { SqliteOptions } from './sqlite.js';
export { openPostgres, dropPostgresSchema, redactUrl } from './postgres.js';
export type { PostgresOptions } from './postgres.js';
export {
  MIGRATIONS,
  SCHEMA_VERSION,
  AUDIT_GUARD_SQL,
  migrate,
  migrationSql,
} from './migrations.js';
export type { Migration, MigrateResult } from './migrations.js';
export {
  SQLITE_FILE_NAME,
  storeConfigFromEnv,
  sqlitePathOf,
  openDriver,
  openRecordStore,
} from './open.js';
export type { StoreConfig } from './open.js';
export { RecordStore, SUBMISSION_SOURCES, TABLES, countRows, headlineOf } from './store.js';
export type {
  PatientRecord,
  EpisodeRecord,
  AssessmentRecord,
  SubmissionRecord,
  SubmissionSource,
  NoteRecord,
  IssuedLink,
  PatientHistory,
  RecordStoreOptions,
  TableName,
} from './store.js';
export {
  AUDIT_ACTIONS,
  AUDIT_RESOURCES,
  AUDIT_OUTCOMES,
  AUDIT_GENESIS,
  actorIdOf,
  readAudit,
  verifyAudit,
  auditHashOf,
  auditText,
} from './audit.js';
export type {
  Actor,
  AuditAction,
  AuditResource,
  AuditOutcome,
  AuditEntry,
  AuditFilter,
  AuditVerification,
  ClientInfo,
} from './audit.js';
export { RECORD_ERROR_CODES, RecordError, isRecordError, isUniqueViolation } from './errors.js';
export type { RecordErrorCode } from './errors.js';
export {
  SEXES,
  RecordId,
  Pseudonym,
  NewPatientSchema,
  NewEpisodeSchema,
  NewAssessmentSchema,
  NewSubmissionSchema,
  NewNoteSchema,
  NewLinkSchema,
  LinkSubmitSchema,
  LinkTokenSchema,
  NewUserSchema,
  LoginSchema,
  TotpCode,
  PasswordChangeSchema,
  PasswordResetSchema,
  MfaVerifySchema,
  CareTeamAddSchema,
  BreakGlassReason,
  PageSchema,
} from './schemas.js';
export type {
  Sex,
  NewPatient,
  NewEpisode,
  NewAssessment,
  NewSubmission,
  NewNote,
  NewLink,
  LinkSubmit,
  NewUser,
  Login,
} from './schemas.js';
export { TABLE_COLUMNS, SNAPSHOT_TABLES } from './snapshot.js';
export type { SnapshotTable } from './snapshot.js';
export {
  BACKUP_FORMAT,
  BackupSchema,
  backupDatabase,
  restoreDatabase,
  signBackup,
  backupKeyId,
  backupSignatureProblem,
} from './backup.js';
export type { Backup, BackupSignature, RestoreResult, RestoreOptions } from './backup.js';
export { csvCell, toCsv, exportCsv } from './export-csv.js';
export type { CsvFiles } from './export-csv.js';
export { FHIR_EXPORT_SYSTEMS, submissionResources, exportFhirBundle } from './export-fhir.js';
export { buildTimeline } from './timeline.js';
export type { Timeline, TimelinePoint, TriageEntry } from './timeline.js';
