// Public surface of src/accounts: roles, password hashing, accounts and sessions.
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
  createUser,
  listUsers,
  countUsers,
  login,
  resolveSession,
  logout,
  ensureFirstAdmin,
} from './accounts.js';
export type { UserAccount, Session, AccountOptions } from './accounts.js';
