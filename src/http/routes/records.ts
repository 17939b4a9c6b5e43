/**
 * Patient follow-up over HTTP: `/api/auth` (sign in, accounts), `/api/patients` (records, scores,
 * assessments, notes, timeline, questionnaire links), `/api/questionnaires` (the patient's one-time link,
 * no account) and `/api/audit`. Clinician routes need `Authorization: Bearer <token>`: 401 without a
 * live session, 403 when the role lacks the permission (and the refusal is audited). The store opens on
 * first use from DATABASE_URL or FORAMEN_DATA_DIR, so the calculators never touch a database.
 */
import * as z from 'zod';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest, FastifySchema } from 'fastify';
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
import { handleError, sendError } from '../errors.js';
import { ErrorSchema, answer, named, noBody, openObject, parsedByCore } from '../schemas.js';
import type { Actor, AuditResource, Permission, RecordStore, UserAccount } from '../../index.js';
import { clientOf, recordsStoreHandle } from '../records-context.js';
import type { RecordsStoreHandle } from '../records-context.js';
import type { RecordsRouteContext, RequireOptions } from './records-route-context.js';
import { accountRoutes } from './auth.js';
import { careTeamRoutes } from './care-team.js';
import { sendCreated } from './_shared.js';

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
  /** The app's shared store handle (buildApp passes it; without one the plugin makes its own). */
  readonly handle?: RecordsStoreHandle;
}

export type { RecordsRouteContext, RequireOptions } from './records-route-context.js';

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
  const handle =
    options.handle ??
    recordsStoreHandle({ env, ...(options.store ? { store: options.store } : {}) });
  const storeOf = (): Promise<RecordStore> => handle.get();
  if (!options.handle) app.addHook('onClose', async () => handle.close());

  // Record errors are shaped by the app's one error handler; a care-team refusal was audited by the
  // store itself, so the app's refusal audit must not record it twice.
  app.setErrorHandler((err, request, reply) => {
    if (isRecordError(err) && err.code === 'forbidden') request.foramenAudited = true;
    handleError(err, request, reply);
  });
  // Every route here needs the store: open it (once, on first use) and attach it to the request.
  app.decorateRequest('records', null as unknown as RecordStore);
  app.addHook('onRequest', async (request) => {
    request.records = await storeOf();
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
      const store = request.records;
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
        return sendError(
          reply,
          401,
          'authorization',
          'sign in first: send Authorization: Bearer <token> from POST /api/auth/login',
        );
      }
      if (!roleCan(user.role, permission)) {
        request.foramenAudited = true;
        await store.recordDenied(actorOf(request, user), RESOURCE_OF[permission], 'role');
        return sendError(reply, 403, 'role', `the ${user.role} role does not allow this`);
      }
      if (user.mustChangePassword && required.duringPasswordChange !== true) {
        request.foramenAudited = true;
        await store.recordDenied(
          actorOf(request, user),
          RESOURCE_OF[permission],
          'password expired',
        );
        return sendError(
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
  const guard = (permission: Permission, schema: FastifySchema, required: RequireOptions = {}) => ({
    preHandler: requires(permission, required),
    schema,
  });
  const patientData = (schema: FastifySchema) => guard('patient-data', schema);
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
    { config: { rateLimit: { max: 20, timeWindow: '1 minute' } }, schema: ROUTE_SCHEMAS.login },
    async (request, reply) => {
      const store = request.records;
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
          return sendError(
            reply,
            401,
            'totp',
            'this account needs the code from its authenticator app',
          );
        case 'credentials':
          return sendError(reply, 401, 'password', 'wrong username, password or code');
      }
    },
  );
  app.post(
    '/auth/logout',
    guard('patient-data', ROUTE_SCHEMAS.logout, { duringPasswordChange: true }),
    async (request, reply) => {
      const token = BEARER.exec(request.headers.authorization ?? '')?.[1] ?? '';
      await logout(request.records.db, token, signedIn(request), { now });
      return reply.status(204).send();
    },
  );
  app.get(
    '/auth/me',
    guard('patient-data', ROUTE_SCHEMAS.me, { duringPasswordChange: true }),
    async (request) => request.foramenUser,
  );
  app.get('/auth/users', guard('manage-accounts', ROUTE_SCHEMAS.listUsers), async (request) => ({
    users: await listUsers(request.records.db, signedIn(request)),
  }));
  app.post(
    '/auth/users',
    guard('manage-accounts', ROUTE_SCHEMAS.createUser),
    async (request, reply) => {
      const user = await createUser(request.records.db, signedIn(request), body(request), { now });
      return reply.status(201).send(user);
    },
  );
  app.get<{
    Querystring: { patientId?: string; limit?: string; beforeId?: string; breakGlass?: string };
  }>('/audit', guard('read-audit-log', ROUTE_SCHEMAS.readAuditLog), async (request) => {
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
    const entries = await request.records.readAuditLog(signedIn(request), {
      limit,
      ...(q.breakGlass === 'true' ? { action: 'break-glass' as const } : {}),
      ...(q.patientId ? { patientId: q.patientId } : {}),
      ...(beforeId === undefined ? {} : { beforeId }),
    });
    return { entries };
  });

  // Account lifecycle and care teams live in their own files, under this plugin's hooks.
  const context: RecordsRouteContext = { requires, signedIn, now };
  await app.register(accountRoutes, { context });
  await app.register(careTeamRoutes, { context });

  // --- Patients ---------------------------------------------------------------------------------

  app.get<{ Querystring: { limit?: string; offset?: string } }>(
    '/patients',
    patientData(ROUTE_SCHEMAS.listPatients),
    async (request) => ({
      patients: await request.records.listPatients(signedIn(request), {
        ...(request.query.limit ? { limit: request.query.limit } : {}),
        ...(request.query.offset ? { offset: request.query.offset } : {}),
      }),
    }),
  );
  app.post('/patients', patientData(ROUTE_SCHEMAS.createPatient), async (request, reply) =>
    sendCreated(reply, () => request.records.createPatient(signedIn(request), body(request))),
  );
  app.get<{ Params: Params }>(
    '/patients/:id',
    patientData(ROUTE_SCHEMAS.getPatient),
    async (request) => request.records.getPatient(signedIn(request), request.params.id),
  );
  app.get<{ Params: Params; Querystring: { episodeId?: string } }>(
    '/patients/:id/timeline',
    patientData(ROUTE_SCHEMAS.getTimeline),
    async (request) => {
      const history = await request.records.getHistory(signedIn(request), request.params.id);
      const episodeId = request.query.episodeId;
      if (episodeId !== undefined && !history.episodes.some((e) => e.id === episodeId)) {
        throw new RecordError('not-found', 'episodeId', 'no such episode for this patient');
      }
      return buildTimeline(history, now().toISOString().slice(0, 10), episodeId);
    },
  );
  app.post<{ Params: Params }>(
    '/patients/:id/episodes',
    patientData(ROUTE_SCHEMAS.createEpisode),
    async (request, reply) =>
      sendCreated(reply, () =>
        request.records.createEpisode(signedIn(request), request.params.id, body(request)),
      ),
  );
  app.post<{ Params: Params }>(
    '/patients/:id/assessments',
    patientData(ROUTE_SCHEMAS.recordAssessment),
    async (request, reply) =>
      sendCreated(reply, () =>
        request.records.recordAssessment(signedIn(request), request.params.id, body(request)),
      ),
  );
  app.post<{ Params: Params & { instrument: string } }>(
    '/patients/:id/scores/:instrument',
    patientData(ROUTE_SCHEMAS.recordSubmission),
    async (request, reply) =>
      sendCreated(reply, () =>
        request.records.recordSubmission(
          signedIn(request),
          request.params.id,
          request.params.instrument,
          body(request),
        ),
      ),
  );
  app.get<{ Params: Params; Querystring: { instrument?: string } }>(
    '/patients/:id/scores',
    patientData(ROUTE_SCHEMAS.listSubmissions),
    async (request) => ({
      submissions: await request.records.listSubmissions(
        signedIn(request),
        request.params.id,
        request.query.instrument,
      ),
    }),
  );
  app.post<{ Params: Params }>(
    '/patients/:id/notes',
    patientData(ROUTE_SCHEMAS.addNote),
    async (request, reply) =>
      sendCreated(reply, () =>
        request.records.addNote(signedIn(request), request.params.id, body(request)),
      ),
  );
  app.get<{ Params: Params }>(
    '/patients/:id/notes',
    patientData(ROUTE_SCHEMAS.listNotes),
    async (request) => ({
      notes: await request.records.listNotes(signedIn(request), request.params.id),
    }),
  );
  app.post<{ Params: Params }>(
    '/patients/:id/questionnaire-links',
    patientData(ROUTE_SCHEMAS.createQuestionnaireLink),
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
    {
      config: { rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: ROUTE_SCHEMAS.openQuestionnaire,
    },
    async (request) => request.records.openLink(body(request), request.id, clientOf(request)),
  );
  app.post(
    '/questionnaires/submit',
    {
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: ROUTE_SCHEMAS.submitQuestionnaire,
    },
    async (request, reply) => {
      const out = await request.records.submitLink(body(request), request.id, clientOf(request));
      // The patient learns that the answers arrived; the scores are for the clinician to discuss.
      return reply.status(201).send({ stored: out.submissions.map((s) => s.instrument) });
    },
  );
};

// --- Route schemas -------------------------------------------------------------------------------
// The store and `login` parse every body with these schemas (their field paths and messages) after the
// handler's object check, so the routes only describe them; /openapi.json is generated from them.

const schemaOf = <S extends z.ZodType>(id: string, schema: S) => parsedByCore(named(id, schema));
const IdParams = parsedByCore(z.object({ id: z.uuid() }));
const ok = (description: string) =>
  answer(description, { 'application/json': openObject(description) });
const err = (description: string) => answer(description, { 'application/json': ErrorSchema });
const guardedErrors = {
  400: err('Invalid input: `error.path` names the field.'),
  401: err('No live session.'),
  403: err('The role does not allow this (audited).'),
  404: err('No such record.'),
};
const openErrors = {
  400: err('Invalid input: `error.path` names the field.'),
  404: err('No such record.'),
  410: err('The link is unknown, used or expired.'),
};

/**
 * One operation's schema.
 * @param operationId - the OpenAPI operation id
 * @param summary - one line
 * @param o - tag, body, params, querystring, success status and description, and whether it is open
 */
function operation(
  operationId: string,
  summary: string,
  o: {
    tag?: string;
    body?: z.ZodType;
    params?: z.ZodType;
    querystring?: z.ZodType;
    ok?: [number, string];
    open?: boolean;
  } = {},
): FastifySchema {
  const [status, description] = o.ok ?? [200, 'OK'];
  return {
    tags: [o.tag ?? 'records'],
    operationId,
    summary,
    ...(o.params ? { params: o.params } : {}),
    ...(o.querystring ? { querystring: o.querystring } : {}),
    ...(o.body ? { body: o.body } : {}),
    ...(o.open ? {} : { security: [{ bearer: [] }] }),
    response: {
      [status]: status === 204 ? noBody(description) : ok(description),
      ...(o.open ? openErrors : guardedErrors),
    },
  };
}

const ROUTE_SCHEMAS = {
  login: {
    ...operation('login', 'Sign in: a bearer token for 12 hours', {
      tag: 'accounts',
      body: schemaOf('Login', LoginSchema),
      ok: [200, 'token, expiresAt, user'],
      open: true,
    }),
    response: {
      200: ok('token, expiresAt, user'),
      400: err('Invalid input: `error.path` names the field.'),
      401: err('Wrong username or password (audited).'),
      429: noBody('Too many attempts.'),
    },
  },
  logout: operation('logout', 'End the session', { tag: 'accounts', ok: [204, 'Signed out.'] }),
  me: operation('me', 'The signed-in account', { tag: 'accounts' }),
  listUsers: operation('listUsers', 'Every account (admin)', { tag: 'accounts' }),
  createUser: operation('createUser', 'Create an account (admin)', {
    tag: 'accounts',
    body: schemaOf('NewUser', NewUserSchema),
    ok: [201, 'The account.'],
  }),
  readAuditLog: operation('readAuditLog', 'Audit log entries, newest first (admin)', {
    tag: 'accounts',
    querystring: parsedByCore(
      z.object({
        patientId: z.string().optional(),
        limit: z.string().optional().describe('A whole number from 1 to 1000 (default 100).'),
        beforeId: z.string().optional().describe('A whole number: entries before this id.'),
        breakGlass: z
          .enum(['true', 'false'])
          .optional()
          .describe('true: only break-the-glass entries, for review.'),
      }),
    ),
  }),
  listPatients: operation('listPatients', 'Patients, newest first', {
    querystring: parsedByCore(
      z.object({ limit: z.string().optional(), offset: z.string().optional() }),
    ),
  }),
  createPatient: operation('createPatient', 'Register a patient under a pseudonym', {
    body: schemaOf('NewPatient', NewPatientSchema),
    ok: [201, 'The patient.'],
  }),
  getPatient: operation('getPatient', 'One patient', { params: IdParams }),
  getTimeline: operation('getTimeline', 'The timeline page data', {
    params: IdParams,
    querystring: parsedByCore(z.object({ episodeId: z.string().optional() })),
    ok: [
      200,
      'Patient, episode, ODI and pain series with each change from baseline judged against the minimal important change, STarT Back and ZCQ, triage history, escalation judgement and notes.',
    ],
  }),
  createEpisode: operation('createEpisode', 'Open an episode of care', {
    params: IdParams,
    body: schemaOf('NewEpisode', NewEpisodeSchema),
    ok: [201, 'The episode.'],
  }),
  recordAssessment: operation(
    'recordAssessment',
    'Assess a presentation and store input, output, engine and KB versions',
    {
      params: IdParams,
      body: schemaOf('NewAssessment', NewAssessmentSchema),
      ok: [201, 'The stored assessment.'],
    },
  ),
  recordSubmission: operation('recordSubmission', 'Score and store a questionnaire', {
    params: parsedByCore(z.object({ id: z.uuid(), instrument: z.string() })),
    body: schemaOf('NewSubmission', NewSubmissionSchema),
    ok: [201, 'The stored submission.'],
  }),
  listSubmissions: operation('listSubmissions', "A patient's questionnaire submissions", {
    params: IdParams,
    querystring: parsedByCore(z.object({ instrument: z.string().optional() })),
  }),
  addNote: operation('addNote', 'Add a note', {
    params: IdParams,
    body: schemaOf('NewNote', NewNoteSchema),
    ok: [201, 'The note.'],
  }),
  listNotes: operation('listNotes', "A patient's notes", { params: IdParams }),
  createQuestionnaireLink: operation(
    'createQuestionnaireLink',
    'Issue a one-time questionnaire link (the token is shown once)',
    {
      params: IdParams,
      body: schemaOf('NewQuestionnaireLink', NewLinkSchema),
      ok: [201, 'id, token, instruments, expiresAt, path.'],
    },
  ),
  openQuestionnaire: operation(
    'openQuestionnaire',
    "The patient's side: what a link asks (no account)",
    { tag: 'questionnaires', body: schemaOf('QuestionnaireToken', LinkTokenSchema), open: true },
  ),
  submitQuestionnaire: operation(
    'submitQuestionnaire',
    "The patient's side: send the answers once (410 when used or expired)",
    {
      tag: 'questionnaires',
      body: schemaOf('QuestionnaireSubmission', LinkSubmitSchema),
      ok: [201, 'The instruments stored.'],
      open: true,
    },
  ),
} satisfies Record<string, FastifySchema>;
