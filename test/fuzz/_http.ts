/**
 * HTTP helpers shared by the route fuzz suites: the route list of a built app, and the shape every
 * response must have whatever the request.
 */
import assert from 'node:assert/strict';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

/** One route as fastify lists it. */
export interface Route {
  readonly method: string;
  readonly url: string;
}

/** The routes of `app`, read from fastify's route tree (`printRoutes`), one per method. */
export function routesOf(app: FastifyInstance): Route[] {
  const routes: Route[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(m[2] ?? '');
    for (const method of (m[3] ?? '').split(', ').filter(Boolean)) {
      routes.push({ method, url: stack.join('') });
    }
  }
  return routes;
}

/** A request and its answer in one line, for assertion messages. */
export const where = (r: InjectOptions, res: LightMyRequestResponse): string =>
  `${String(r.method)} ${String(r.url)} ${typeof r.payload === 'string' ? r.payload.slice(0, 200) : ''} → ${res.statusCode} ${res.body.slice(0, 300)}`;

/** What every response must look like, whatever the request. */
export function assertCleanResponse(request: InjectOptions, res: LightMyRequestResponse): void {
  assert.ok(res.statusCode < 500, `server error: ${where(request, res)}`);
  if (res.statusCode < 400) return;
  const type = String(res.headers['content-type'] ?? '');
  assert.match(type, /json/, `error without a JSON body: ${where(request, res)}`);
  const parsed = res.json<{
    error?: { message?: unknown; path?: unknown };
    resourceType?: string;
    issue?: unknown[];
  }>();
  if (parsed.resourceType === 'OperationOutcome') {
    assert.ok(
      Array.isArray(parsed.issue) && parsed.issue.length > 0,
      `OperationOutcome without issues: ${where(request, res)}`,
    );
    return;
  }
  assert.equal(
    typeof parsed.error?.message,
    'string',
    `error body without a message: ${where(request, res)}`,
  );
  assert.ok(
    (parsed.error?.message as string).length > 0,
    `empty error message: ${where(request, res)}`,
  );
  assert.equal(
    typeof parsed.error?.path,
    'string',
    `error body without a path: ${where(request, res)}`,
  );
}
