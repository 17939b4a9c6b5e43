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
  buildTimeline,
  createUser,
  ensureFirstAdmin,
  listUsers,
  login,
  logout,
  openRecordStore,
  resolveSession,
  roleCan,
  storeConfigFromEnv,
} from '../../index.js';
import { sendError } from '../errors.js';
import type { Actor, AuditResource, Permission, RecordStore, UserAccount } from '../../index.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in account, set by the authentication pre-handler. */
    foramenUser?: UserAccount;
    /** The open record store, attached once by the records plugin before any of its routes run. */
    records: RecordStore;
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
}

type Params = { id: string };
type Body = Record<string, unknown> | undefined;

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;
const RESOURCE_OF: Readonly<Record<Permission, AuditResource>> = {
  'patient-data': 'patient',
  'manage-accounts': 'user',
  'read-audit-log': 'audit-log',
};

export const recordsRoutes: FastifyPluginAsync<RecordsRoutesOptions> = async (app, options) => {
  const env = options.env ?? process.env;
  const now = options.now ?? (() => new Date());
  let opening: Promise<RecordStore> | undefined;
  const storeOf = (): Promise<RecordStore> => {
    if (options.store) return Promise.resolve(options.store);
    opening ??= openRecordStore(storeConfigFromEnv(env)).then(
      async (store) => {
        await ensureFirstAdmin(store.db, env);
        return store;
      },
      (cause: unknown) => {
        opening = undefined; // a failed open is retried by the next request
        throw cause;
      },
    );
    return opening;
  };
  app.addHook('onClose', async () => {
    if (!options.store && opening) await (await opening.catch(() => null))?.close();
  });

  // Every route here needs the store: open it (once, on first use) and attach it to the request.
  app.decorateRequest('records', null as unknown as RecordStore);
  app.addHook('onRequest', async (request) => {
    request.records = await storeOf();
  });

  const actorOf = (request: FastifyRequest, user: UserAccount): Actor => ({
    kind: 'user',
    userId: user.id,
    role: user.role,
    requestId: request.id,
  });

  /** A pre-handler that admits live sessions whose role grants `permission`. */
  const requires =
    (permission: Permission) => async (request: FastifyRequest, reply: FastifyReply) => {
      const store = request.records;
      const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
      const user = token ? await resolveSession(store.db, token, { now }) : null;
      if (!user) {
        void reply.header('www-authenticate', 'Bearer');
        return sendError(
          reply,
          401,
          'authorization',
          'sign in first: send Authorization: Bearer <token> from POST /api/auth/login',
        );
      }
      if (!roleCan(user.role, permission)) {
        await store.recordDenied(actorOf(request, user), RESOURCE_OF[permission]);
        return sendError(reply, 403, 'role', `the ${user.role} role does not allow this`);
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
      const store = request.records;
      const session = await login(store.db, body(request), request.id, { now });
      if (!session) return sendError(reply, 401, 'password', 'wrong username or password');
      return session;
    },
  );
  app.post('/auth/logout', { preHandler: requires('patient-data') }, async (request, reply) => {
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1] ?? '';
    await logout(request.records.db, token, signedIn(request), { now });
    return reply.status(204).send();
  });
  app.get(
    '/auth/me',
    { preHandler: requires('patient-data') },
    async (request) => request.foramenUser,
  );
  app.get('/auth/users', { preHandler: requires('manage-accounts') }, async (request) => ({
    users: await listUsers(request.records.db),
  }));
  app.post('/auth/users', { preHandler: requires('manage-accounts') }, async (request, reply) => {
    const user = await createUser(request.records.db, signedIn(request), body(request), { now });
    return reply.status(201).send(user);
  });
  app.get<{ Querystring: { patientId?: string; limit?: string; beforeId?: string } }>(
    '/audit',
    { preHandler: requires('read-audit-log') },
    async (request) => {
      const q = request.query;
      const limit = q.limit === undefined ? 100 : Number(q.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw new InputError('invalid-input', 'limit', 'must be a whole number from 1 to 1000');
      }
      const beforeId = q.beforeId === undefined ? undefined : Number(q.beforeId);
      if (beforeId !== undefined && !Number.isInteger(beforeId)) {
        throw new InputError('invalid-input', 'beforeId', 'must be a whole number');
      }
      const entries = await request.records.readAuditLog(signedIn(request), {
        limit,
        ...(q.patientId ? { patientId: q.patientId } : {}),
        ...(beforeId === undefined ? {} : { beforeId }),
      });
      return { entries };
    },
  );

  // --- Patients ---------------------------------------------------------------------------------

  app.get<{ Querystring: { limit?: string; offset?: string } }>(
    '/patients',
    patientData,
    async (request) => ({
      patients: await request.records.listPatients(signedIn(request), {
        ...(request.query.limit ? { limit: request.query.limit } : {}),
        ...(request.query.offset ? { offset: request.query.offset } : {}),
      }),
    }),
  );
  app.post('/patients', patientData, async (request, reply) =>
    reply.status(201).send(await request.records.createPatient(signedIn(request), body(request))),
  );
  app.get<{ Params: Params }>('/patients/:id', patientData, async (request) =>
    request.records.getPatient(signedIn(request), request.params.id),
  );
  app.get<{ Params: Params; Querystring: { episodeId?: string } }>(
    '/patients/:id/timeline',
    patientData,
    async (request) => {
      const history = await request.records.getHistory(signedIn(request), request.params.id);
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
        await request.records.createEpisode(signedIn(request), request.params.id, body(request)),
      ),
  );
  app.post<{ Params: Params }>('/patients/:id/assessments', patientData, async (request, reply) =>
    reply
      .status(201)
      .send(
        await request.records.recordAssessment(signedIn(request), request.params.id, body(request)),
      ),
  );
  app.post<{ Params: Params & { instrument: string } }>(
    '/patients/:id/scores/:instrument',
    patientData,
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await request.records.recordSubmission(
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
      submissions: await request.records.listSubmissions(
        signedIn(request),
        request.params.id,
        request.query.instrument,
      ),
    }),
  );
  app.post<{ Params: Params }>('/patients/:id/notes', patientData, async (request, reply) =>
    reply
      .status(201)
      .send(await request.records.addNote(signedIn(request), request.params.id, body(request))),
  );
  app.get<{ Params: Params }>('/patients/:id/notes', patientData, async (request) => ({
    notes: await request.records.listNotes(signedIn(request), request.params.id),
  }));
  app.post<{ Params: Params }>(
    '/patients/:id/questionnaire-links',
    patientData,
    async (request, reply) => {
      const link = await request.records.createLink(
        signedIn(request),
        request.params.id,
        body(request),
      );
      // The token travels in the fragment, which browsers never send to a server or write to its logs.
      return reply.status(201).send({ ...link, path: `/timeline/fill.html#token=${link.token}` });
    },
  );

  // --- The patient's side: a one-time link, no account -------------------------------------------

  app.post(
    '/questionnaires/open',
    { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } },
    async (request) => request.records.openLink(body(request), request.id),
  );
  app.post(
    '/questionnaires/submit',
    { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const out = await request.records.submitLink(body(request), request.id);
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
