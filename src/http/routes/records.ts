/**
 * Patient follow-up over HTTP: `/api/auth` (sign in, accounts), `/api/patients` (records, scores,
 * assessments, notes, timeline, questionnaire links), `/api/questionnaires` (the patient's one-time link,
 * no account) and `/api/audit`. Clinician routes need `Authorization: Bearer <token>`: 401 without a
 * live session, 403 when the role lacks the permission (and the refusal is audited). The store opens on
 * first use from DATABASE_URL or FORAMEN_DATA_DIR, so the calculators never touch a database.
 */
import { z } from 'zod';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  LinkSubmitSchema,
  LinkTokenSchema,
  LoginSchema,
  NewAssessmentSchema,
  NewEpisodeSchema,
  NewLinkSchema,
  NewNoteSchema,
  NewPatientSchema,
  NewSubmissionSchema,
  NewUserSchema,
  InputError,
  RecordError,
  BreakGlassReason,
  buildTimeline,
  createUser,
  isRecordError,
  listUsers,
  logout,
  parseInput,
  resolveSession,
  roleCan,
  signIn,
} from '../../index.js';
import type { Actor, AuditResource, Permission, RecordStore, UserAccount } from '../../index.js';
import { clientOf, recordsStoreHandle } from '../records-context.js';
import type { RecordsStoreHandle } from '../records-context.js';
import { accountRoutes } from './auth.js';
import { careTeamRoutes } from './care-team.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account, set by the authentication pre-handler. */
    foramenUser?: UserAccount;
  }
}

/** Options of the records plugin. */
export interface RecordsRoutesOptions {
  /** An open store (tests); without one the plugin opens the configured store on first use. */
  readonly store?: RecordStore;
  /** The environment to read DATABASE_URL, FORAMEN_DATA_DIR and the first-admin variables from. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** The clock, for the timeline's day (tests). */
  readonly now?: () => Date;
  /** The app's shared store handle (buildApp passes it; without one the plugin makes its own). */
  readonly handle?: RecordsStoreHandle;
}

/** What a route needs besides the permission. */
export interface RequireOptions {
  /** Allowed while the account must change its password (after an admin reset). */
  readonly duringPasswordChange?: boolean;
}

/** What the records plugin shares with the account and care-team route files. */
export interface RecordsRouteContext {
  readonly storeOf: () => Promise<RecordStore>;
  readonly requires: (
    permission: Permission,
    options?: RequireOptions,
  ) => (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  readonly signedIn: (request: FastifyRequest) => Actor;
  readonly now: () => Date;
}

type Params = { id: string };
type Body = Record<string, unknown> | undefined;

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;
const RESOURCE_OF: Readonly<Record<Permission, AuditResource>> = {
  'patient-data': 'patient',
  'manage-accounts': 'user',
  'read-audit-log': 'audit-log',
};

const error = (reply: FastifyReply, status: number, path: string, message: string) =>
  reply.status(status).send({ error: { message, path } });

export const recordsRoutes: FastifyPluginAsync<RecordsRoutesOptions> = async (app, options) => {
  const env = options.env ?? process.env;
  const now = options.now ?? (() => new Date());
  const handle =
    options.handle ??
    recordsStoreHandle({ env, ...(options.store ? { store: options.store } : {}) });
  const storeOf = (): Promise<RecordStore> => handle.get();
  if (!options.handle) app.addHook('onClose', async () => handle.close());

  // Record errors carry their own status and field; anything else goes to the app's error handler.
  app.setErrorHandler(async (err, request, reply) => {
    if (isRecordError(err)) {
      // The store audits care-team refusals itself.
      if (err.code === 'forbidden') request.foramenAudited = true;
      return reply
        .status(err.status)
        .send({ error: { message: err.message, path: err.path, code: err.code } });
    }
    throw err;
  });

  const actorOf = (request: FastifyRequest, user: UserAccount): Actor => {
    const glass = request.headers['x-break-glass'];
    return {
      kind: 'user',
      userId: user.id,
      role: user.role,
      requestId: request.id,
      client: clientOf(request),
      // Break the glass: reach a patient outside the care team, with a reason that is audited.
      ...(glass === undefined
        ? {}
        : { breakGlass: parseInput(BreakGlassReason, String(glass), 'X-Break-Glass') }),
    };
  };

  /** A pre-handler that admits live sessions whose role grants `permission`. */
  const requires =
    (permission: Permission, required: RequireOptions = {}) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const store = await storeOf();
      const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
      const user = token ? await resolveSession(store.db, token, { now }) : null;
      if (!user) {
        request.foramenAudited = true;
        await store.recordDenied(
          { kind: 'anonymous', requestId: request.id, client: clientOf(request) },
          RESOURCE_OF[permission],
          token ? 'session unknown, expired, idle too long or ended' : 'no bearer token',
        );
        void reply.header('www-authenticate', 'Bearer');
        return error(
          reply,
          401,
          'authorization',
          'sign in first: send Authorization: Bearer <token> from POST /api/auth/login',
        );
      }
      if (!roleCan(user.role, permission)) {
        request.foramenAudited = true;
        await store.recordDenied(actorOf(request, user), RESOURCE_OF[permission], 'role');
        return error(reply, 403, 'role', `the ${user.role} role does not allow this`);
      }
      if (user.mustChangePassword && required.duringPasswordChange !== true) {
        request.foramenAudited = true;
        await store.recordDenied(
          actorOf(request, user),
          RESOURCE_OF[permission],
          'password expired',
        );
        return error(
          reply,
          403,
          'password',
          'an administrator reset this password: choose a new one with POST /api/auth/password first',
        );
      }
      request.foramenUser = user;
      return undefined;
    };
  const signedIn = (request: FastifyRequest): Actor => {
    if (!request.foramenUser) throw new Error('route without its authentication pre-handler');
    return actorOf(request, request.foramenUser);
  };
  const patientData = { preHandler: requires('patient-data') };
  const body = (request: FastifyRequest): Record<string, unknown> => {
    const b = request.body as Body;
    if (b === undefined || b === null) return {};
    if (typeof b !== 'object' || Array.isArray(b)) {
      throw new InputError('invalid-input', 'body', 'must be a JSON object');
    }
    return b;
  };

  // --- Accounts ---------------------------------------------------------------------------------

  // A tight per-client limit slows password guessing (the app-wide limit is much higher).
  app.post(
    '/auth/login',
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const store = await storeOf();
      const out = await signIn(
        store.db,
        body(request),
        { requestId: request.id, client: clientOf(request) },
        { now },
      );
      if ('token' in out) return out;
      request.foramenAudited = true; // signIn audited the failure
      switch (out.refused) {
        case 'locked':
          return reply
            .status(429)
            .header('retry-after', String(out.retryAfterSeconds))
            .send({
              error: {
                message: `too many failed sign-ins for this account name: try again in ${out.retryAfterSeconds} s`,
                path: 'username',
              },
            });
        case 'totp-required':
          return error(
            reply,
            401,
            'totp',
            'this account needs the code from its authenticator app',
          );
        case 'credentials':
          return error(reply, 401, 'password', 'wrong username, password or code');
      }
    },
  );
  app.post(
    '/auth/logout',
    { preHandler: requires('patient-data', { duringPasswordChange: true }) },
    async (request, reply) => {
      const token = BEARER.exec(request.headers.authorization ?? '')?.[1] ?? '';
      await logout((await storeOf()).db, token, signedIn(request), { now });
      return reply.status(204).send();
    },
  );
  app.get(
    '/auth/me',
    { preHandler: requires('patient-data', { duringPasswordChange: true }) },
    async (request) => request.foramenUser,
  );
  app.get('/auth/users', { preHandler: requires('manage-accounts') }, async (request) => ({
    users: await listUsers((await storeOf()).db, signedIn(request)),
  }));
  app.post('/auth/users', { preHandler: requires('manage-accounts') }, async (request, reply) => {
    const user = await createUser((await storeOf()).db, signedIn(request), body(request), { now });
    return reply.status(201).send(user);
  });
  app.get<{
    Querystring: { patientId?: string; limit?: string; beforeId?: string; breakGlass?: string };
  }>('/audit', { preHandler: requires('read-audit-log') }, async (request) => {
    const q = request.query;
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
      throw new InputError('invalid-input', 'limit', 'must be a whole number from 1 to 1000');
    }
    const beforeId = q.beforeId === undefined ? undefined : Number(q.beforeId);
    if (beforeId !== undefined && !Number.isInteger(beforeId)) {
      throw new InputError('invalid-input', 'beforeId', 'must be a whole number');
    }
    if (q.breakGlass !== undefined && q.breakGlass !== 'true' && q.breakGlass !== 'false') {
      throw new InputError('invalid-input', 'breakGlass', 'must be true or false');
    }
    const entries = await (
      await storeOf()
    ).readAuditLog(signedIn(request), {
      limit,
      ...(q.breakGlass === 'true' ? { action: 'break-glass' as const } : {}),
      ...(q.patientId ? { patientId: q.patientId } : {}),
      ...(beforeId === undefined ? {} : { beforeId }),
    });
    return { entries };
  });

  // Account lifecycle and care teams live in their own files, under this plugin's hooks.
  const context: RecordsRouteContext = { storeOf, requires, signedIn, now };
  await app.register(accountRoutes, { context });
  await app.register(careTeamRoutes, { context });

  // --- Patients ---------------------------------------------------------------------------------

  app.get<{ Querystring: { limit?: string; offset?: string } }>(
    '/patients',
    patientData,
    async (request) => ({
      patients: await (
        await storeOf()
      ).listPatients(signedIn(request), {
        ...(request.query.limit ? { limit: request.query.limit } : {}),
        ...(request.query.offset ? { offset: request.query.offset } : {}),
      }),
    }),
  );
  app.post('/patients', patientData, async (request, reply) =>
    reply.status(201).send(await (await storeOf()).createPatient(signedIn(request), body(request))),
  );
  app.get<{ Params: Params }>('/patients/:id', patientData, async (request) =>
    (await storeOf()).getPatient(signedIn(request), request.params.id),
  );
  app.get<{ Params: Params; Querystring: { episodeId?: string } }>(
    '/patients/:id/timeline',
    patientData,
    async (request) => {
      const history = await (await storeOf()).getHistory(signedIn(request), request.params.id);
      const episodeId = request.query.episodeId;
      if (episodeId !== undefined && !history.episodes.some((e) => e.id === episodeId)) {
        throw new RecordError('not-found', 'episodeId', 'no such episode for this patient');
      }
      return buildTimeline(history, now().toISOString().slice(0, 10), episodeId);
    },
  );
  app.post<{ Params: Params }>('/patients/:id/episodes', patientData, async (request, reply) =>
    reply
      .status(201)
      .send(
        await (await storeOf()).createEpisode(signedIn(request), request.params.id, body(request)),
      ),
  );
  app.post<{ Params: Params }>('/patients/:id/assessments', patientData, async (request, reply) =>
    reply
      .status(201)
      .send(
        await (
          await storeOf()
        ).recordAssessment(signedIn(request), request.params.id, body(request)),
      ),
  );
  app.post<{ Params: Params & { instrument: string } }>(
    '/patients/:id/scores/:instrument',
    patientData,
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await (
            await storeOf()
          ).recordSubmission(
            signedIn(request),
            request.params.id,
            request.params.instrument,
            body(request),
          ),
        ),
  );
  app.get<{ Params: Params; Querystring: { instrument?: string } }>(
    '/patients/:id/scores',
    patientData,
    async (request) => ({
      submissions: await (
        await storeOf()
      ).listSubmissions(signedIn(request), request.params.id, request.query.instrument),
    }),
  );
  app.post<{ Params: Params }>('/patients/:id/notes', patientData, async (request, reply) =>
    reply
      .status(201)
      .send(await (await storeOf()).addNote(signedIn(request), request.params.id, body(request))),
  );
  app.get<{ Params: Params }>('/patients/:id/notes', patientData, async (request) => ({
    notes: await (await storeOf()).listNotes(signedIn(request), request.params.id),
  }));
  app.post<{ Params: Params }>(
    '/patients/:id/questionnaire-links',
    patientData,
    async (request, reply) => {
      const link = await (
        await storeOf()
      ).createLink(signedIn(request), request.params.id, body(request));
      // The token travels in the fragment, which browsers never send to a server or write to its logs.
      return reply.status(201).send({ ...link, path: `/timeline/fill.html#token=${link.token}` });
    },
  );

  // --- The patient's side: a one-time link, no account -------------------------------------------

  app.post(
    '/questionnaires/open',
    { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (request) => (await storeOf()).openLink(body(request), request.id, clientOf(request)),
  );
  app.post(
    '/questionnaires/submit',
    { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const out = await (await storeOf()).submitLink(body(request), request.id, clientOf(request));
      // The patient learns that the answers arrived; the scores are for the clinician to discuss.
      return reply.status(201).send({ stored: out.submissions.map((s) => s.instrument) });
    },
  );
};

type JsonSchema = Record<string, unknown>;
const schemaOf = (schema: z.ZodType): JsonSchema => {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
  }) as JsonSchema;
  return rest;
};

/**
 * The OpenAPI paths, component schemas and bearer security scheme of the records routes, generated from
 * the same zod schemas that validate them, for the service's OpenAPI document to merge (it already
 * defines `Error`).
 */
export function recordsOpenApi(): {
  paths: Record<string, JsonSchema>;
  schemas: Record<string, JsonSchema>;
  securitySchemes: Record<string, JsonSchema>;
} {
  const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
  const json = (schema: JsonSchema) => ({ 'application/json': { schema } });
  const object = (description: string): JsonSchema => ({
    type: 'object',
    description,
    additionalProperties: true,
  });
  const err = (status: number, description: string) => ({
    [status]: { description, content: json(ref('Error')) },
  });
  const guarded = {
    security: [{ bearer: [] }],
    responses: {
      ...err(401, 'No live session.'),
      ...err(403, 'The role does not allow this (audited).'),
    },
  };
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } };
  const op = (
    operationId: string,
    summary: string,
    o: {
      body?: string;
      ok?: [number, string];
      params?: JsonSchema[];
      open?: boolean;
      tag?: string;
    } = {},
  ): JsonSchema => ({
    tags: [o.tag ?? 'records'],
    operationId,
    summary,
    ...(o.params ? { parameters: o.params } : {}),
    ...(o.body ? { requestBody: { required: true, content: json(ref(o.body)) } } : {}),
    ...(o.open ? {} : { security: guarded.security }),
    responses: {
      [o.ok?.[0] ?? 200]: { description: o.ok?.[1] ?? 'OK', content: json({ type: 'object' }) },
      ...err(400, 'Invalid input: `error.path` names the field.'),
      ...(o.open ? {} : guarded.responses),
      ...err(404, 'No such record.'),
    },
  });
  return {
    securitySchemes: {
      bearer: {
        type: 'http',
        scheme: 'bearer',
        description: 'A session token from POST /api/auth/login (12 hours).',
      },
    },
    schemas: {
      Login: schemaOf(LoginSchema),
      NewUser: schemaOf(NewUserSchema),
      NewPatient: schemaOf(NewPatientSchema),
      NewEpisode: schemaOf(NewEpisodeSchema),
      NewAssessment: schemaOf(NewAssessmentSchema),
      NewSubmission: schemaOf(NewSubmissionSchema),
      NewNote: schemaOf(NewNoteSchema),
      NewQuestionnaireLink: schemaOf(NewLinkSchema),
      QuestionnaireToken: schemaOf(LinkTokenSchema),
      QuestionnaireSubmission: schemaOf(LinkSubmitSchema),
      Timeline: object(
        'Patient, episode, ODI and pain series with each change from baseline judged against the minimal important change, STarT Back and ZCQ, triage history, escalation judgement and notes.',
      ),
    },
    paths: {
      '/api/auth/login': {
        post: {
          ...op('login', 'Sign in: a bearer token for 12 hours', {
            body: 'Login',
            open: true,
            tag: 'accounts',
          }),
          responses: {
            200: { description: 'token, expiresAt, user', content: json({ type: 'object' }) },
            ...err(401, 'Wrong username or password (audited).'),
            429: { description: 'Too many attempts.' },
          },
        },
      },
      '/api/auth/logout': {
        post: op('logout', 'End the session', { ok: [204, 'Signed out.'], tag: 'accounts' }),
      },
      '/api/auth/me': { get: op('me', 'The signed-in account', { tag: 'accounts' }) },
      '/api/auth/users': {
        get: op('listUsers', 'Every account (admin)', { tag: 'accounts' }),
        post: op('createUser', 'Create an account (admin)', {
          body: 'NewUser',
          ok: [201, 'The account.'],
          tag: 'accounts',
        }),
      },
      '/api/audit': {
        get: op('readAuditLog', 'Audit log entries, newest first (admin)', {
          params: [
            { name: 'patientId', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 1000 } },
            { name: 'beforeId', in: 'query', schema: { type: 'integer' } },
          ],
          tag: 'accounts',
        }),
      },
      '/api/patients': {
        get: op('listPatients', 'Patients, newest first', {
          params: [
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
            { name: 'offset', in: 'query', schema: { type: 'integer' } },
          ],
        }),
        post: op('createPatient', 'Register a patient under a pseudonym', {
          body: 'NewPatient',
          ok: [201, 'The patient.'],
        }),
      },
      '/api/patients/{id}': { get: op('getPatient', 'One patient', { params: [id] }) },
      '/api/patients/{id}/timeline': {
        get: {
          ...op('getTimeline', 'The timeline page data', {
            params: [id, { name: 'episodeId', in: 'query', schema: { type: 'string' } }],
          }),
        },
      },
      '/api/patients/{id}/episodes': {
        post: op('createEpisode', 'Open an episode of care', {
          params: [id],
          body: 'NewEpisode',
          ok: [201, 'The episode.'],
        }),
      },
      '/api/patients/{id}/assessments': {
        post: op(
          'recordAssessment',
          'Assess a presentation and store input, output, engine and KB versions',
          { params: [id], body: 'NewAssessment', ok: [201, 'The stored assessment.'] },
        ),
      },
      '/api/patients/{id}/scores': {
        get: op('listSubmissions', "A patient's questionnaire submissions", {
          params: [id, { name: 'instrument', in: 'query', schema: { type: 'string' } }],
        }),
      },
      '/api/patients/{id}/scores/{instrument}': {
        post: op('recordSubmission', 'Score and store a questionnaire', {
          params: [
            id,
            { name: 'instrument', in: 'path', required: true, schema: { type: 'string' } },
          ],
          body: 'NewSubmission',
          ok: [201, 'The stored submission.'],
        }),
      },
      '/api/patients/{id}/notes': {
        get: op('listNotes', "A patient's notes", { params: [id] }),
        post: op('addNote', 'Add a note', {
          params: [id],
          body: 'NewNote',
          ok: [201, 'The note.'],
        }),
      },
      '/api/patients/{id}/questionnaire-links': {
        post: op(
          'createQuestionnaireLink',
          'Issue a one-time questionnaire link (the token is shown once)',
          {
            params: [id],
            body: 'NewQuestionnaireLink',
            ok: [201, 'id, token, instruments, expiresAt, path.'],
          },
        ),
      },
      '/api/questionnaires/open': {
        post: op('openQuestionnaire', "The patient's side: what a link asks (no account)", {
          body: 'QuestionnaireToken',
          open: true,
          tag: 'questionnaires',
        }),
      },
      '/api/questionnaires/submit': {
        post: op(
          'submitQuestionnaire',
          "The patient's side: send the answers once (410 when used or expired)",
          {
            body: 'QuestionnaireSubmission',
            open: true,
            ok: [201, 'The instruments stored.'],
            tag: 'questionnaires',
          },
        ),
      },
    },
  };
}
