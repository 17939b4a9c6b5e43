/**
 * Care teams over HTTP: `POST /api/patients/:id/care-team { "username" }` adds a clinician to a
 * patient's care team. A clinician reads a patient only when on its team (the creator is), unless the
 * request carries `X-Break-Glass: <reason>`, which the store audits.
 */
import * as z from 'zod';
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CareTeamAddSchema } from '../../index.js';
import type { RecordsRouteContext } from './records-route-context.js';
import { sendCreated } from './_shared.js';

const Member = z.object({ patientId: z.string(), userId: z.string(), username: z.string() });

/** Registers the care-team route under the records plugin's prefix and hooks. */
export const careTeamRoutes: FastifyPluginAsync<{ context: RecordsRouteContext }> = async (
  plugin,
  { context },
) => {
  const app = plugin.withTypeProvider<ZodTypeProvider>();
  const { requires, signedIn } = context;
  app.post(
    '/patients/:id/care-team',
    {
      preHandler: requires('patient-data'),
      schema: {
        operationId: 'addCareTeamMember',
        security: [{ bearer: [] }],
        tags: ['records'],
        summary: "Add an account to a patient's care team",
        params: z.strictObject({ id: z.string().max(100) }),
        body: CareTeamAddSchema,
        response: { 201: Member },
      },
    },
    async (request, reply) =>
      sendCreated(reply, () =>
        request.records.addCareTeamMember(signedIn(request), request.params.id, request.body),
      ),
  );
};
