/**
 * Account lifecycle over HTTP (CONTRACTS.md round 2, security settings): an admin disables an account
 * (every session ends at once), enables it, or resets its password (the user must choose a new one
 * at the next sign-in); a signed-in user changes their own password and enrols a TOTP second factor.
 * Request shapes are the zod schemas of src/records, given to fastify through
 * fastify-type-provider-zod, so validation and the OpenAPI document come from one definition.
 */
import * as z from 'zod';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  MfaVerifySchema,
  PasswordChangeSchema,
  PasswordResetSchema,
  changePassword,
  disableUser,
  enableUser,
  enrollMfa,
  resetPassword,
  verifyMfa,
} from '../../index.js';
import type { RecordsRouteContext } from './records-route-context.js';

const UsernameParams = z.strictObject({ username: z.string().min(1).max(100) });
const Account = z.object({
  id: z.string(),
  username: z.string(),
  role: z.string(),
  createdAt: z.string(),
  disabled: z.boolean(),
  mfa: z.boolean(),
  mustChangePassword: z.boolean(),
});
const Enrolment = z.object({ secret: z.string(), otpauthUrl: z.string() });
/**
 * The OpenAPI fields every account route shares: its operation id and summary, a bearer token, the
 * `accounts` tag.
 */
const accountsDoc = (operationId: string, summary: string) => ({
  operationId,
  security: [{ bearer: [] }],
  tags: ['accounts'],
  summary,
});
const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;

/** Registers the account lifecycle routes under the records plugin's prefix and hooks. */
export const accountRoutes: FastifyPluginAsync<{ context: RecordsRouteContext }> = async (
  plugin,
  { context },
) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const { requires, signedIn, now } = context;
  const admin = requires('manage-accounts');
  const self = requires('patient-data', { duringPasswordChange: true });

  // Disabling and enabling are the same admin route over one account, answering with the account.
  const adminActions = [
    [
      'disable',
      'disableUser',
      'Disable an account and end all its sessions at once (admin)',
      disableUser,
    ],
    ['enable', 'enableUser', 'Enable a disabled account (admin)', enableUser],
  ] as const;
  for (const [action, operationId, summary, run] of adminActions) {
    app.post(
      `/auth/users/:username/${action}`,
      {
        preHandler: admin,
        schema: {
          ...accountsDoc(operationId, summary),
          params: UsernameParams,
          response: { 200: Account },
        },
      },
      async (request) =>
        run(request.records.db, signedIn(request), request.params.username, { now }),
    );
  }
  app.post(
    '/auth/users/:username/reset-password',
    {
      preHandler: admin,
      schema: {
        ...accountsDoc(
          'resetPassword',
          'Set a temporary password: sessions end and the user must change it at the next sign-in (admin)',
        ),
        params: UsernameParams,
        body: PasswordResetSchema,
        response: { 200: Account },
      },
    },
    async (request) =>
      resetPassword(request.records.db, signedIn(request), request.params.username, request.body, {
        now,
      }),
  );
  app.post(
    '/auth/password',
    {
      preHandler: self,
      schema: {
        ...accountsDoc(
          'changePassword',
          'Change your own password (needs the current one); your other sessions end',
        ),
        body: PasswordChangeSchema,
      },
    },
    async (request, reply) => {
      const token = BEARER.exec(request.headers.authorization ?? '')?.[1] ?? '';
      await changePassword(request.records.db, signedIn(request), token, request.body, { now });
      return reply.status(204).send();
    },
  );
  app.post(
    '/auth/mfa/enroll',
    {
      preHandler: self,
      schema: {
        ...accountsDoc(
          'enrollMfa',
          'Start TOTP enrolment (RFC 6238): a secret for the authenticator app, active once verified',
        ),
        response: { 200: Enrolment },
      },
    },
    async (request) => enrollMfa(request.records.db, signedIn(request), { now }),
  );
  app.post(
    '/auth/mfa/verify',
    {
      preHandler: self,
      schema: {
        ...accountsDoc(
          'verifyMfa',
          'Finish TOTP enrolment with a code; from then on sign-in needs a code',
        ),
        body: MfaVerifySchema,
      },
    },
    async (request, reply) => {
      await verifyMfa(request.records.db, signedIn(request), request.body, { now });
      return reply.status(204).send();
    },
  );
};
