// Issue 9: the record store. Acknowledged writes per second (each one committed, audited and, on SQLite
// with synchronous=FULL, fsynced before it returns), one writer at a time and 64 in flight; the timeline
// read of a patient with 120 scores; password hashing (the cost of a login); and HTTP writes through the
// whole stack (bearer session, validation, scoring, audit) with autocannon. SQLite always, PostgreSQL too
// when FORAMEN_TEST_DATABASE_URL (or DATABASE_URL) is set, in a throw-away schema.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, percentile } from './_measure.mjs';
import { load } from './_http.mjs';

const lib = await import('../dist/src/index.js');
const { buildApp } = await import('../dist/src/http/app.js');
const PASSWORD = 'correct horse battery staple';

async function seeded(config) {
  const store = await lib.openRecordStore(config);
  const user = await lib.createUser(
    store.db,
    { kind: 'cli', name: 'bench' },
    { username: 'bench', password: PASSWORD, role: 'clinician' },
  );
  const actor = { kind: 'user', userId: user.id, role: 'clinician' };
  const patient = await store.createPatient(actor, {});
  return { store, actor, patientId: patient.id };
}

/** Writes per second, one at a time and `inFlight` at once. */
async function writeRates({ store, actor, patientId }, n, inFlight) {
  const write = (i) =>
    store.recordSubmission(actor, patientId, 'nrs', { input: { value: i % 11, site: 'leg' } });
  for (let i = 0; i < 20; i++) await write(i);
  const lat = [];
  let t = performance.now();
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    await write(i);
    lat.push(performance.now() - s);
  }
  const sequential = (n / (performance.now() - t)) * 1000;
  t = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < n) await write(next++);
    }),
  );
  const concurrent = (n / (performance.now() - t)) * 1000;
  return { sequential, concurrent, p50: percentile(lat, 50), p99: percentile(lat, 99) };
}

/** Median time of reading a 120-score history and building its timeline. */
async function timelineMs({ store, actor }, runs) {
  const p = await store.createPatient(actor, {});
  await store.createEpisode(actor, p.id, { startedOn: '2024-01-01' });
  for (let i = 0; i < 40; i++) {
    const day = `2024-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    await store.recordSubmission(actor, p.id, 'odi', {
      takenAt: day,
      input: { answers: [3, 2, 3, 2, 2, 2, 1, null, 1, i % 5] },
    });
    await store.recordSubmission(actor, p.id, 'nrs', {
      takenAt: day,
      input: { value: i % 11, site: 'leg' },
    });
    await store.recordSubmission(actor, p.id, 'nrs', {
      takenAt: day,
      input: { value: (i + 3) % 11, site: 'back' },
    });
  }
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    lib.buildTimeline(await store.getHistory(actor, p.id), '2024-03-01');
    times.push(performance.now() - t);
  }
  return median(times);
}

async function httpWrites(config, seconds) {
  const { store, patientId } = await seeded(config);
  const app = await buildApp({
    logger: false,
    rateLimitPerMinute: false,
    webRoot: false,
    records: { store },
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  try {
    const token = (
      await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username: 'bench', password: PASSWORD },
      })
    ).json().token;
    return await load({
      url: `${url}/api/patients/${patientId}/scores/nrs`,
      method: 'POST',
      duration: seconds,
      connections: 16,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ input: { value: 4, site: 'leg' } }),
    });
  } finally {
    await app.close();
    await store.close();
  }
}

export default async function ({ quick }) {
  const n = quick ? 200 : 1000;
  const rows = [];
  const dirs = [];
  const sqlite = (synchronous) => {
    const dir = mkdtempSync(join(tmpdir(), 'foramen-bench-'));
    dirs.push(dir);
    return { dataDir: dir, sqliteSynchronous: synchronous };
  };
  try {
    const hashTimes = [];
    for (let i = 0; i < (quick ? 5 : 15); i++) {
      const t = performance.now();
      await lib.hashPassword(PASSWORD);
      hashTimes.push(performance.now() - t);
    }
    rows.push({
      name: 'argon2id password hash (the cost of a login)',
      value: median(hashTimes),
      unit: 'ms',
    });

    const backends = [
      ['SQLite FULL', sqlite('full')],
      ['SQLite NORMAL', sqlite('normal')],
    ];
    const pgUrl = process.env.FORAMEN_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
    const schema = `foramen_bench_${process.pid}`;
    if (pgUrl) backends.push(['PostgreSQL', { databaseUrl: pgUrl, pgSchema: schema }]);
    for (const [name, config] of backends) {
      const s = await seeded(config);
      try {
        const w = await writeRates(s, n, 64);
        rows.push({
          name: `${name}: acknowledged writes/s, one at a time`,
          value: w.sequential,
          unit: 'writes/s',
          note: `p50 ${w.p50.toFixed(2)} ms, p99 ${w.p99.toFixed(2)} ms`,
        });
        rows.push({
          name: `${name}: acknowledged writes/s, 64 in flight`,
          value: w.concurrent,
          unit: 'writes/s',
        });
        if (name !== 'SQLite NORMAL')
          rows.push({
            name: `${name}: timeline of 120 scores (read + build)`,
            value: await timelineMs(s, quick ? 10 : 40),
            unit: 'ms',
          });
      } finally {
        await s.store.close();
      }
    }
    if (pgUrl) await lib.dropPostgresSchema(pgUrl, schema);

    const http = await httpWrites(sqlite('full'), quick ? 3 : 10);
    rows.push({
      name: 'HTTP POST /api/patients/:id/scores/nrs on SQLite FULL (16 connections)',
      value: http.requestsPerSecond,
      unit: 'req/s',
      note: `p50 ${http.p50} ms, p99 ${http.p99} ms, errors ${http.errors}, non-2xx ${http.non2xx}`,
    });
  } finally {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
  return rows;
}
