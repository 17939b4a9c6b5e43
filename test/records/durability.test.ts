/**
 * Nothing acknowledged is lost: the real server runs as a child process, eight clients stream writes at
 * it, the process is killed with SIGKILL in mid-stream, a new server starts on the same data, and every
 * write that had been answered 201 must be there. Runs on SQLite always and on PostgreSQL when
 * FORAMEN_TEST_DATABASE_URL is set.
 */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { dropPostgresSchema, openRecordStore } from '../../src/index.js';
import { PG_URL } from './_backends.js';

const CLI = fileURLToPath(new URL('../../src/cli/run.js', import.meta.url));
const ADMIN = { username: 'kill-test-admin', password: 'correct horse battery staple' };
const WORKERS = 8;
const KILL_AFTER_ACKS = 120;

interface Server {
  readonly child: ChildProcessWithoutNullStreams;
  readonly base: string;
}

/** Starts `foramen serve --port 0` and resolves once it prints its address. */
function startServer(env: Record<string, string>): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'serve', '--port', '0'], {
      env: { ...process.env, ...env, LOG_LEVEL: 'warn' },
      stdio: 'pipe',
    });
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 20_000);
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

const killed = (child: ChildProcessWithoutNullStreams): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });

async function api<T>(
  base: string,
  path: string,
  init: { method?: string; token?: string; body?: unknown } = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as T };
}

const signIn = async (base: string) =>
  (await api<{ token: string }>(base, '/api/auth/login', { method: 'POST', body: ADMIN })).body
    .token;

/** The whole kill test against one storage configuration. */
async function killTest(
  env: Record<string, string>,
): Promise<{ acked: number; stored: number; inFlightFailed: number }> {
  const first = await startServer(env);
  let second: Server | undefined;
  try {
    const token = await signIn(first.base);
    assert.ok(token, 'admin signs in');
    const patient = await api<{ id: string }>(first.base, '/api/patients', {
      method: 'POST',
      token,
      body: {},
    });
    assert.equal(patient.status, 201);
    const acked: string[] = [];
    let inFlightFailed = 0;
    let stop = false;
    let killing: Promise<void> | undefined;
    const worker = async (w: number) => {
      for (let i = 0; !stop; i++) {
        try {
          const r = await api<{ id: string }>(
            first.base,
            `/api/patients/${patient.body.id}/scores/nrs`,
            { method: 'POST', token, body: { input: { value: (w + i) % 11, site: 'leg' } } },
          );
          if (r.status !== 201) throw new Error(`write answered ${r.status}`);
          acked.push(r.body.id);
          // Kill while the other workers' requests are still on the wire.
          if (acked.length === KILL_AFTER_ACKS) killing = killed(first.child);
        } catch (error) {
          if (killing === undefined) throw error;
          inFlightFailed++;
          stop = true;
        }
      }
    };
    await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
    await killing;
    assert.equal(first.child.signalCode, 'SIGKILL');

    second = await startServer(env);
    const token2 = await signIn(second.base);
    const listed = await api<{ submissions: { id: string }[] }>(
      second.base,
      `/api/patients/${patient.body.id}/scores`,
      { token: token2 },
    );
    assert.equal(listed.status, 200);
    const stored = new Set(listed.body.submissions.map((s) => s.id));
    const lost = acked.filter((id) => !stored.has(id));
    assert.deepEqual(lost, [], `${lost.length} acknowledged writes lost`);
    // A write may commit and die before its answer left: stored ≥ acknowledged, never fewer.
    assert.ok(stored.size >= acked.length);
    return { acked: acked.length, stored: stored.size, inFlightFailed };
  } finally {
    await killed(first.child);
    if (second) await killed(second.child);
  }
}

describe('durability: SIGKILL in the middle of a stream of writes', () => {
  const dirs: string[] = [];
  after(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('SQLite: every acknowledged write survives, and the file passes its integrity check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'foramen-kill-'));
    dirs.push(dir);
    const r = await killTest({
      FORAMEN_DATA_DIR: dir,
      FORAMEN_ADMIN_USERNAME: ADMIN.username,
      FORAMEN_ADMIN_PASSWORD: ADMIN.password,
    });
    assert.ok(r.acked >= KILL_AFTER_ACKS && r.inFlightFailed > 0, JSON.stringify(r));
    const store = await openRecordStore({ dataDir: dir });
    try {
      assert.deepEqual(await store.db.all('PRAGMA integrity_check'), [{ integrity_check: 'ok' }]);
    } finally {
      await store.close();
    }
  });

  const pgUrl = PG_URL;
  if (pgUrl !== undefined) {
    it('PostgreSQL: every acknowledged write survives', async () => {
      const schema = `foramen_kill_${process.pid}_${randomBytes(3).toString('hex')}`;
      try {
        const r = await killTest({
          DATABASE_URL: pgUrl,
          FORAMEN_DB_SCHEMA: schema,
          FORAMEN_ADMIN_USERNAME: ADMIN.username,
          FORAMEN_ADMIN_PASSWORD: ADMIN.password,
        });
        assert.ok(r.acked >= KILL_AFTER_ACKS, JSON.stringify(r));
      } finally {
        await dropPostgresSchema(pgUrl, schema);
      }
    });
  }
});
