/**
 * Who may do what. Clinicians read and write patient records; admins do that too and also manage
 * accounts and read the audit log. Patients have no account: a one-time questionnaire link is their
 * only way in, and it reaches nothing but its own questionnaire.
 */

export const ROLES = ['clinician', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What an operation needs. */
export const PERMISSIONS = ['patient-data', 'manage-accounts', 'read-audit-log'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Permissions of each role, one row per role. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  clinician: ['patient-data'],
  admin: ['patient-data', 'manage-accounts', 'read-audit-log'],
};

/**
 * True when `role` grants `permission`.
 * @param role - the account's role
 * @param permission - what the operation needs
 */
export const roleCan = (role: Role, permission: Permission): boolean =>
  ROLE_PERMISSIONS[role].includes(permission);
