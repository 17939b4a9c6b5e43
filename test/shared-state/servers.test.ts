/**
 * Many servers, one state: two real `foramen serve` processes on one PostgreSQL and one Redis, behind a
 * small round-robin proxy written here with node:http. A session token issued by one works on the
 * other; the rate limit counts across both; a `jti` seen through one server's replay cache is refused
 * through the other's. Needs FORAMEN_TEST_REDIS_URL (and FORAMEN_TEST_DATABASE_URL for the servers);
 * skipped with that reason when they are not set.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { RedisReplayCache, dropPostgresSchema, openSharedState } from '../../src/index.js';

const REDIS_URL = process.env.FORAMEN_TEST_REDIS_URL;
const PG_URL = process.env.FORAMEN_TEST_DATABASE_URL;
const CLI = fileURLToPath(new URL('../../src/cli/run.js', import.meta.url));
const ADMIN = { username: 'scale-admin', password: 'a long shared-state passphrase' };
const LIMIT = 40;

interface Backend {
  readonly child: ChildProcessWithoutNullStreams;
  readonly base: string;
}

function startServer(env: Record<string, string>): Promise<Backend> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], {
      env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
      stdio: 'pipe',
    });
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 30_000);
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      const address = /serving on (http:\/\/\S+)/.exec(err)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve({ child, base: address });
      }
    });
    child.stdout.resume();
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${String(code)}: ${err}`));
    });
  });
}

/** A round-robin reverse proxy over `backends`; counts the requests each one got. */
function startProxy(
  backends: readonly string[],
): Promise<{ server: Server; base: string; served: number[] }> {
  const served = backends.map(() => 0);
  let next = 0;
  const server = createServer((req, res) => {
    const index = next++ % backends.length;
    served[index] = (served[index] ?? 0) + 1;
    const target = new URL(req.url ?? '/', backends[index]);
    const upstream = httpRequest(
      target,
      { method: req.method, headers: { ...req.headers, host: target.host } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      res.writeHead(502).end();
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, base: `http://127.0.0.1:${port}`, served });
    });
  });
}

async function api<T>(
  base: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: T; headers: Headers }> {
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return {
    status: res.status,
    body: (await res.json().catch(() => null)) as T,
    headers: res.headers,
  };
}

describe(
  'shared state on Redis',
  { skip: REDIS_URL ? false : 'FORAMEN_TEST_REDIS_URL is not set' },
  () => {
    it('the jti replay cache: first sight true, any replay false, on any server, until the token expires', async () => {
      const one = await openSharedState(REDIS_URL ?? '');
      const other = await openSharedState(REDIS_URL ?? '');
      try {
        const jti = `https://ehr.example ${process.pid}-${Date.now()}`;
        const expires = Date.now() + 1500;
        assert.equal(await one.replayCache.firstSeen(jti, expires), true);
        assert.equal(
          await other.replayCache.firstSeen(jti, expires),
          false,
          'replayed to the other server',
        );
        assert.equal(
          await one.replayCache.firstSeen(jti, expires),
          false,
          'replayed to the same server',
        );
        assert.equal(await other.replayCache.firstSeen(`${jti}-2`, expires), true, 'another id');
        await new Promise((resolve) => setTimeout(resolve, 1700));
        assert.equal(
          await other.replayCache.firstSeen(jti, Date.now() + 1000),
          true,
          'expired ids are forgotten',
        );
        assert.equal(await one.isReady(), true);
      } finally {
        await one.close();
        await other.close();
      }
    });

    it('an id already expired is still refused in the same instant, and keys do not hold the id in clear', async () => {
      const redis = new Redis(REDIS_URL ?? '');
      try {
        const cache = new RedisReplayCache(redis);
        const jti = `expired-${process.pid}-${Date.now()}`;
        assert.equal(await cache.firstSeen(jti, Date.now() - 10_000), true);
        assert.equal(await cache.firstSeen(jti, Date.now() - 10_000), false);
        assert.deepEqual(await redis.keys(`*${jti}*`), []);
      } finally {
        redis.disconnect();
      }
    });

    it('a server with an unreachable REDIS_URL refuses to start with one line', async () => {
      await assert.rejects(startServer({ REDIS_URL: 'redis://127.0.0.1:1' }), (error: Error) => {
        assert.match(
          error.message,
          /foramen: REDIS_URL: cannot reach Redis at redis:\/\/127\.0\.0\.1:1/,
        );
        return true;
      });
    });

    describe(
      'two servers behind a round-robin proxy',
      { skip: PG_URL ? false : 'FORAMEN_TEST_DATABASE_URL is not set' },
      () => {
        const schema = `foramen_servers_${process.pid}`;
        const backends: Backend[] = [];
        let proxy: { server: Server; base: string; served: number[] } | undefined;
        before(async () => {
          const env = {
            DATABASE_URL: PG_URL ?? '',
            FORAMEN_DB_SCHEMA: schema,
            REDIS_URL: REDIS_URL ?? '',
            FORAMEN_RATE_LIMIT_PER_MINUTE: String(LIMIT),
            FORAMEN_ADMIN_USERNAME: ADMIN.username,
            FORAMEN_ADMIN_PASSWORD: ADMIN.password,
          };
          backends.push(await startServer(env));
          backends.push(await startServer(env));
          proxy = await startProxy(backends.map((b) => b.base));
        });
        after(async () => {
          proxy?.server.close();
          for (const b of backends) b.child.kill('SIGTERM');
          if (PG_URL) await dropPostgresSchema(PG_URL, schema);
        });

        it('a token issued by one server works on the other, and through the proxy', async () => {
          const [a, b] = backends;
          assert.ok(a && b && proxy);
          const login = await api<{ token: string }>(a.base, '/api/auth/login', {
            method: 'POST',
            body: ADMIN,
          });
          assert.equal(login.status, 200);
          const me = await api<{ username: string }>(b.base, '/api/auth/me', {
            token: login.body.token,
          });
          assert.equal(me.status, 200);
          assert.equal(me.body.username, ADMIN.username);
          for (let i = 0; i < 4; i++) {
            assert.equal(
              (await api(proxy.base, '/api/auth/me', { token: login.body.token })).status,
              200,
            );
          }
          // Logging out on one ends the session on every server.
          assert.equal(
            (await api(b.base, '/api/auth/logout', { method: 'POST', token: login.body.token }))
              .status < 300,
            true,
          );
          assert.equal(
            (await api(a.base, '/api/auth/me', { token: login.body.token })).status,
            401,
          );
        });

        it('the rate limit counts across both servers', async () => {
          assert.ok(proxy);
          const redis = new Redis(REDIS_URL ?? '');
          try {
            const keys = await redis.keys('foramen:rl:*');
            if (keys.length > 0) await redis.del(...keys);
          } finally {
            redis.disconnect();
          }
          const before = [...proxy.served];
          const statuses: number[] = [];
          for (let i = 0; i < LIMIT + 10; i++) {
            statuses.push((await api(proxy.base, '/api/vocab')).status);
          }
          const perBackend = proxy.served.map((n, i) => n - (before[i] ?? 0));
          assert.deepEqual(
            perBackend,
            [(LIMIT + 10) / 2, (LIMIT + 10) / 2],
            'both servers answered',
          );
          assert.equal(statuses.filter((s) => s === 200).length, LIMIT);
          assert.deepEqual(
            statuses.slice(LIMIT),
            Array.from({ length: 10 }, () => 429),
          );
        });
      },
    );
  },
);
