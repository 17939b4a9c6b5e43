/**
 * Patient follow-up over HTTP: `/api/auth` (sign in, accounts), `/api/patients` (records, scores,
 * assessments, notes, timeline, questionnaire links), `/api/questionnaires` (the patient's one-time link,
 * no account) and `/api/audit`. Clinician routes need `Authorization: Bearer <token>`: 401 without a
 * live session, 403 when the role lacks the permission (and the refusal is audited). The store opens on
 * first use from DATABASE_URL or FORAMEN_DATA_DIR, so the calculators never touch a database.
 */
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import {
  InputError, RecordError, buildTimeline, createUser, ensureFirstAdmin, isRecordError, listUsers, login, logout, openRecordStore, resolveSession,
  roleCan, storeConfigFromEnv,
} from '../../index.js';
import type { Actor, AuditResource, Permission, RecordStore, UserAccount } from '../../index.js';

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
}

type Params = { id: string };
type Body = Record<string, unknown> | undefined;

const BEARER = /^Bearer ([A-Za-z0-9_-]{20,200})$/;
const RESOURCE_OF: Readonly<Record<Permission, AuditResource>> = { 'patient-data': 'patient', 'manage-accounts': 'user', 'read-audit-log': 'audit-log' };

const error = (reply: FastifyReply, status: number, path: string, message: string) => reply.status(status).send({ error: { message, path } });

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

  // Record errors carry their own status and field; anything else goes to the app's error handler.
  app.setErrorHandler(async (err, _request, reply) => {
    if (isRecordError(err)) return reply.status(err.status).send({ error: { message: err.message, path: err.path, code: err.code } });
    throw err;
  });

  const actorOf = (request: FastifyRequest, user: UserAccount): Actor => ({ kind: 'user', userId: user.id, role: user.role, requestId: request.id });

  /** A pre-handler that admits live sessions whose role grants `permission`. */
  const requires = (permission: Permission) => async (request: FastifyRequest, reply: FastifyReply) => {
    const store = await storeOf();
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    const user = token ? await resolveSession(store.db, token, { now }) : null;
    if (!user) {
      void reply.header('www-authenticate', 'Bearer');
      return error(reply, 401, 'authorization', 'sign in first: send Authorization: Bearer <token> from POST /api/auth/login');
    }
    if (!roleCan(user.role, permission)) {
      await store.recordDenied(actorOf(request, user), RESOURCE_OF[permission]);
      return error(reply, 403, 'role', `the ${user.role} role does not allow this`);
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
    if (typeof b !== 'object' || Array.isArray(b)) throw new InputError('invalid-input', 'body', 'must be a JSON object');
    return b;
  };

  // --- Accounts ---------------------------------------------------------------------------------

  // A tight per-client limit slows password guessing (the app-wide limit is much higher).
  app.post('/auth/login', { config: { rateLimit: { max: 20, timeWindow: '1 minute' } } }, async (request, reply) => {
    const store = await storeOf();
    const session = await login(store.db, body(request), request.id, { now });
    if (!session) return error(reply, 401, 'password', 'wrong username or password');
    return session;
  });
  app.post('/auth/logout', { preHandler: requires('patient-data') }, async (request, reply) => {
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1] ?? '';
    await logout((await storeOf()).db, token, signedIn(request), { now });
    return reply.status(204).send();
  });
  app.get('/auth/me', { preHandler: requires('patient-data') }, async (request) => request.foramenUser);
  app.get('/auth/users', { preHandler: requires('manage-accounts') }, async () => ({ users: await listUsers((await storeOf()).db) }));
  app.post('/auth/users', { preHandler: requires('manage-accounts') }, async (request, reply) => {
    const user = await createUser((await storeOf()).db, signedIn(request), body(request), { now });
    return reply.status(201).send(user);
  });
  app.get<{ Querystring: { patientId?: string; limit?: string; beforeId?: string } }>('/audit', { preHandler: requires('read-audit-log') }, async (request) => {
    const q = request.query;
    const limit = q.limit === undefined ? 100 : Number(q.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new InputError('invalid-input', 'limit', 'must be a whole number from 1 to 1000');
    const beforeId = q.beforeId === undefined ? undefined : Number(q.beforeId);
    if (beforeId !== undefined && !Number.isInteger(beforeId)) throw new InputError('invalid-input', 'beforeId', 'must be a whole number');
    const entries = await (await storeOf()).readAuditLog(signedIn(request), { limit, ...(q.patientId ? { patientId: q.patientId } : {}), ...(beforeId === undefined ? {} : { beforeId }) });
    return { entries };
  });

  // --- Patients ---------------------------------------------------------------------------------

  app.get<{ Querystring: { limit?: string; offset?: string } }>('/patients', patientData, async (request) => ({
    patients: await (await storeOf()).listPatients(signedIn(request), { ...(request.query.limit ? { limit: request.query.limit } : {}), ...(request.query.offset ? { offset: request.query.offset } : {}) }),
  }));
  app.post('/patients', patientData, async (request, reply) => reply.status(201).send(await (await storeOf()).createPatient(signedIn(request), body(request))));
  app.get<{ Params: Params }>('/patients/:id', patientData, async (request) => (await storeOf()).getPatient(signedIn(request), request.params.id));
  app.get<{ Params: Params; Querystring: { episodeId?: string } }>('/patients/:id/timeline', patientData, async (request) => {
    const history = await (await storeOf()).getHistory(signedIn(request), request.params.id);
    const episodeId = request.query.episodeId;
    if (episodeId !== undefined && !history.episodes.some((e) => e.id === episodeId)) throw new RecordError('not-found', 'episodeId', 'no such episode for this patient');
    return buildTimeline(history, now().toISOString().slice(0, 10), episodeId);
  });
  app.post<{ Params: Params }>('/patients/:id/episodes', patientData, async (request, reply) =>
    reply.status(201).send(await (await storeOf()).createEpisode(signedIn(request), request.params.id, body(request))));
  app.post<{ Params: Params }>('/patients/:id/assessments', patientData, async (request, reply) =>
    reply.status(201).send(await (await storeOf()).recordAssessment(signedIn(request), request.params.id, body(request))));
  app.post<{ Params: Params & { instrument: string } }>('/patients/:id/scores/:instrument', patientData, async (request, reply) =>
    reply.status(201).send(await (await storeOf()).recordSubmission(signedIn(request), request.params.id, request.params.instrument, body(request))));
  app.get<{ Params: Params; Querystring: { instrument?: string } }>('/patients/:id/scores', patientData, async (request) => ({
    submissions: await (await storeOf()).listSubmissions(signedIn(request), request.params.id, request.query.instrument),
  }));
  app.post<{ Params: Params }>('/patients/:id/notes', patientData, async (request, reply) =>
    reply.status(201).send(await (await storeOf()).addNote(signedIn(request), request.params.id, body(request))));
  app.get<{ Params: Params }>('/patients/:id/notes', patientData, async (request) => ({ notes: await (await storeOf()).listNotes(signedIn(request), request.params.id) }));
  app.post<{ Params: Params }>('/patients/:id/questionnaire-links', patientData, async (request, reply) => {
    const link = await (await storeOf()).createLink(signedIn(request), request.params.id, body(request));
    // The token travels in the fragment, which browsers never send to a server or write to its logs.
    return reply.status(201).send({ ...link, path: `/timeline/fill.html#token=${link.token}` });
  });

  // --- The patient's side: a one-time link, no account -------------------------------------------

  app.post('/questionnaires/open', { config: { rateLimit: { max: 60, timeWindow: '1 minute' } } }, async (request) => (await storeOf()).openLink(body(request), request.id));
  app.post('/questionnaires/submit', { config: { rateLimit: { max: 30, timeWindow: '1 minute' } } }, async (request, reply) => {
    const out = await (await storeOf()).submitLink(body(request), request.id);
    // The patient learns that the answers arrived; the scores are for the clinician to discuss.
    return reply.status(201).send({ stored: out.submissions.map((s) => s.instrument) });
  });
};
