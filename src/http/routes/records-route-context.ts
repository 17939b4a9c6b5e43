/**
 * What the records plugin shares with the route files registered under it (accounts, care teams): its
 * own file, so those route files and records.ts do not import each other.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Permission } from '../../index.js';

/** What a route needs besides the permission. */
export interface RequireOptions {
  /** Allowed while the account must change its password (after an admin reset). */
  readonly duringPasswordChange?: boolean;
}

/** What the records plugin shares with the account and care-team route files. */
export interface RecordsRouteContext {
  readonly requires: (
    permission: Permission,
    options?: RequireOptions,
  ) => (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  readonly signedIn: (request: FastifyRequest) => Actor;
  readonly now: () => Date;
}
