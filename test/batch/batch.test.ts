/**
 * `foramen batch` against the Redis (and PostgreSQL) on loopback: real worker processes, one of them
 * SIGKILLed in mid-batch, then every id collected exactly once with the findings `parse-report` gives.
 * Needs FORAMEN_TEST_REDIS_URL (set by .ci/run); without it the suite is skipped with that reason. The
 * PostgreSQL case also needs FORAMEN_TEST_DATABASE_URL.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { dropPostgresSchema, openReportBatch, parseBatchRecord } from '../../src/index.js';
import type { BatchInput, BatchStatus } from '../../src/index.js';

const REDIS_URL = process.env.FORAMEN_TEST_REDIS_URL;
const PG_URL = process.env.FORAMEN_TEST_DATABASE_URL;
const CLI = fileURLToPath(new URL('../../src/cli/run.js', import.meta.url));
const TEXTS = fileURLToPath(new URL('../../../test/fixtures/reports/texts/', import.meta.url));
const RUN = `t${process.pid}`;

interface Run {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `foramen ARGS` as its own process. */
function start(args: readonly string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, REDIS_URL: REDIS_URL ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

function finished(child: ChildProcess, stdin?: string): Promise<Run> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    if (stdin !== undefined) child.stdin?.end(stdin);
    else child.stdin?.end();
  });
}

const foramen = (
  args: readonly string[],
  env: Record<string, string> = {},
  stdin?: string,
): Promise<Run> => finished(start(args, env), stdin);

const json = <T>(run: Run): T => {
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as T;
};

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The corpus texts repeated under distinct ids. */
function records(count: number): { id: string; text: string }[] {
  const texts = readdirSync(TEXTS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(TEXTS, f), 'utf8'));
  return Array.from({ length: count }, (_, i) => ({
    id: `r${String(i).padStart(5, '0')}`,
    text: texts[i % texts.length] ?? '',
  }));
}

const ndjson = (rows: readonly unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n');

/** The collected lines by id, asserting each id comes exactly once. */
function byId(text: string): Map<string, Record<string, unknown>> {
  const lines = text.split('\n').filter((l) => l !== '');
  const map = new Map<string, Record<string, unknown>>();
  for (const line of lines) {
    const row = JSON.parse(line) as Record<string, unknown>;
    const id = String(row.id);
    assert.ok(!map.has(id), `id ${id} collected twice`);
    map.set(id, row);
  }
  return map;
}

describe(
  'foramen batch on Redis',
  { skip: REDIS_URL ? false : 'FORAMEN_TEST_REDIS_URL is not set' },
  () => {
    let dir = '';
    let redis: Redis;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'foramen-batch-'));
      redis = new Redis(REDIS_URL ?? '');
    });
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      const stale = await redis.keys(`{foramen:batch:${RUN}*`);
      if (stale.length > 0) await redis.del(...stale);
      redis.disconnect();
    });

    it('three workers, one SIGKILLed mid-batch: every id once, findings as parse-report, resubmit adds nothing, poisoned records end as one error line each, drop removes it', async () => {
      const name = `${RUN}-kill`;
      const good = records(3000);
      const oversized = { id: 'too-big', text: 'L4-5 mild foraminal narrowing. '.repeat(200) };
      const noText = { id: 'no-text', text: 42 };
      const file = join(dir, 'reports.ndjson');
      writeFileSync(
        file,
        `${ndjson([...good.slice(0, 10), oversized, noText, 'not an object', ...good.slice(10)])}\n{broken\n`,
      );
      const total = good.length + 4;

      const submitted = json<Record<string, number>>(
        await foramen(['batch', 'submit', name, file, '--chunk-size', '25', '--max-bytes', '4096']),
      );
      assert.deepEqual(submitted, { batch: name, submitted: total, skipped: 0, refused: 4 });
      const again = json<Record<string, number>>(await foramen(['batch', 'submit', name, file]));
      assert.deepEqual(again, { batch: name, submitted: 0, skipped: total, refused: 0 });

      const waiting = json<BatchStatus>(await foramen(['batch', 'status', name, '--json']));
      assert.deepEqual(
        [waiting.submitted, waiting.waiting, waiting.active, waiting.completed, waiting.failed],
        [total, good.length, 0, 0, 4],
      );

      const work = ['batch', 'work', name, '--until-empty', '--lock-ms', '1500', '--json'];
      // The third worker starts first, so it certainly holds jobs when it is killed.
      const victim = start([...work, '--concurrency', '3']);
      const victimDone = finished(victim);
      const watcher = await openReportBatch(name, { redisUrl: REDIS_URL ?? '' });
      try {
        while ((await watcher.status()).completed < 100) await delay(20);
      } finally {
        await watcher.close();
      }
      const workers = [finished(start(work)), finished(start(work))];
      await delay(200);
      victim.kill('SIGKILL');
      const killed = await victimDone;
      assert.equal(
        killed.signal,
        'SIGKILL',
        `${String(killed.code)} ${killed.stderr} ${killed.stdout}`,
      );
      for (const run of await Promise.all(workers)) assert.equal(run.code, 0, run.stderr);

      const status = json<BatchStatus>(await foramen(['batch', 'status', name, '--json']));
      assert.deepEqual(
        [status.waiting, status.active, status.completed, status.failed, status.collected],
        [0, 0, good.length, 4, 0],
      );
      assert.ok(status.reportsPerSecond > 0);

      const out = join(dir, 'collected.ndjson');
      const collected = await foramen(['batch', 'collect', name, '--out', out]);
      assert.equal(collected.code, 0, collected.stderr);
      assert.match(collected.stderr, new RegExp(`collected ${total} line\\(s\\)`));
      const rows = byId(readFileSync(out, 'utf8'));
      assert.equal(rows.size, total);

      // The same findings as a single-process parse-report run over the same records.
      const reference = await foramen(['parse-report', '--batch', file, '--jobs', '0']);
      assert.equal(reference.code, 0, reference.stderr);
      const expected = byId(reference.stdout);
      for (const r of good) assert.deepEqual(rows.get(r.id), expected.get(r.id), r.id);
      assert.match(String(rows.get('too-big')?.error), /above the limit of 4096/);
      assert.deepEqual(rows.get('no-text'), { id: 'no-text', error: 'text: must be a string' });
      assert.deepEqual(Object.keys(rows.get('too-big') ?? {}), ['id', 'error']);

      // Collected once means gone from Redis: a second collect writes nothing.
      const second = await foramen(['batch', 'collect', name]);
      assert.equal(second.stdout, '');
      const afterCollect = json<BatchStatus>(await foramen(['batch', 'status', name, '--json']));
      assert.equal(afterCollect.collected, total);

      assert.deepEqual(json(await foramen(['batch', 'drop', name, '--json'])), {
        batch: name,
        dropped: true,
      });
      assert.deepEqual(await redis.keys(`{foramen:batch:${name}}*`), []);
    });

    it('a report whose parse throws ends as one error line and the batch goes on', async () => {
      const name = `${RUN}-poison`;
      const batch = await openReportBatch(name, { redisUrl: REDIS_URL ?? '' });
      try {
        const input = records(120);
        input.splice(50, 0, { id: 'poison', text: 'L4-5 disc bulge.' });
        async function* source(): AsyncGenerator<BatchInput> {
          yield* input;
        }
        assert.equal((await batch.submit(source(), { chunkSize: 30 })).submitted, 121);
        const parse = (record: BatchInput) => {
          if (record.id === 'poison') throw new Error('parser blew up');
          return parseBatchRecord(record);
        };
        const work = await batch.work({ untilEmpty: true, parse });
        assert.equal(work.parsed, 121);
        let text = '';
        await batch.collect(async (lines) => {
          text += lines;
        });
        const rows = byId(text);
        assert.equal(rows.size, 121);
        assert.deepEqual(rows.get('poison'), {
          id: 'poison',
          error: 'parse failed: parser blew up',
        });
        const errors = [...rows.values()].filter((r) => 'error' in r);
        assert.equal(errors.length, 1);
        const s = await batch.status();
        assert.deepEqual([s.completed, s.failed, s.waiting, s.active], [120, 1, 0, 0]);
      } finally {
        await batch.drop();
        await batch.close();
      }
    });

    it('a graceful stop (abort, as SIGTERM does) finishes the jobs in hand and leaves the rest queued', async () => {
      const name = `${RUN}-term`;
      const batch = await openReportBatch(name, { redisUrl: REDIS_URL ?? '' });
      try {
        async function* source(): AsyncGenerator<BatchInput> {
          yield* records(2000);
        }
        await batch.submit(source(), { chunkSize: 20 });
        const controller = new AbortController();
        let stopped = false;
        const work = batch.work({
          signal: controller.signal,
          concurrency: 1,
          onProgress: (p) => {
            if (p.parsed >= 100 && !stopped) {
              stopped = true;
              controller.abort();
            }
          },
        });
        const summary = await work;
        const s = await batch.status();
        assert.equal(s.active, 0);
        assert.equal(s.completed, summary.parsed);
        assert.equal(s.waiting, 2000 - summary.parsed);
        assert.ok(s.waiting > 0);
      } finally {
        await batch.drop();
        await batch.close();
      }
    });

    it('submit --wait returns once a worker has processed every report', async () => {
      const name = `${RUN}-wait`;
      const waiting = start(['batch', 'submit', name, '-', '--wait', '--json']);
      const submitted = finished(waiting, ndjson(records(200)));
      const watcher = await openReportBatch(name, { redisUrl: REDIS_URL ?? '' });
      try {
        while ((await watcher.status()).submitted < 200) await delay(20);
        const worker = await foramen(['batch', 'work', name, '--until-empty']);
        assert.equal(worker.code, 0, worker.stderr);
        const run = await submitted;
        assert.deepEqual(json(run), { batch: name, submitted: 200, skipped: 0, refused: 0 });
        const s = await watcher.status();
        assert.deepEqual([s.completed, s.waiting, s.active], [200, 0, 0]);
      } finally {
        await watcher.drop();
        await watcher.close();
      }
    });

    it('bad names, sources and options are one clear line', async () => {
      const bad = await foramen(['batch', 'status', 'no spaces allowed']);
      assert.deepEqual(
        [bad.code, bad.stderr],
        [1, 'foramen: NAME: a batch name is 1 to 64 letters, digits, ".", "_" or "-"\n'],
      );
      const missing = await foramen(['batch', 'submit', `${RUN}-x`, join(dir, 'nothing-here')]);
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /^foramen: --batch: .*no such file or directory\n$/);
      const to = await foramen(['batch', 'submit', `${RUN}-x`, '-', '--to', 'mongo']);
      assert.deepEqual([to.code, to.stderr], [1, 'foramen: --to: must be redis or postgres\n']);
      const unreachable = await foramen(['batch', 'status', 'x'], {
        REDIS_URL: 'redis://127.0.0.1:1',
      });
      assert.equal(unreachable.code, 1);
      assert.match(
        unreachable.stderr,
        /^foramen: REDIS_URL: cannot reach Redis at redis:\/\/127\.0\.0\.1:1/,
      );
      assert.equal(unreachable.stderr.split('\n').length, 2);
    });

    describe(
      'results in PostgreSQL (--to postgres)',
      { skip: PG_URL ? false : 'FORAMEN_TEST_DATABASE_URL is not set' },
      () => {
        const schema = `foramen_batch_${process.pid}`;
        after(async () => {
          if (PG_URL) await dropPostgresSchema(PG_URL, schema);
        });

        it('workers write each report once to foramen_batch_results; collect reads them back; drop deletes them', async () => {
          const name = `${RUN}-pg`;
          const env = { DATABASE_URL: PG_URL ?? '', FORAMEN_DB_SCHEMA: schema };
          const input = records(300);
          const sub = json<Record<string, number>>(
            await foramen(
              ['batch', 'submit', name, '-', '--to', 'postgres', '--chunk-size', '20'],
              env,
              ndjson(input),
            ),
          );
          assert.equal(sub.submitted, 300);
          const runs = await Promise.all([
            foramen(['batch', 'work', name, '--until-empty'], env),
            foramen(['batch', 'work', name, '--until-empty'], env),
          ]);
          for (const r of runs) assert.equal(r.code, 0, r.stderr);
          const { default: pg } = await import('pg');
          const client = new pg.Client({
            connectionString: PG_URL,
            options: `-c search_path=${schema}`,
          });
          await client.connect();
          try {
            const count = await client.query<{ n: string }>(
              'SELECT count(*) AS n FROM foramen_batch_results WHERE batch = $1',
              [name],
            );
            assert.equal(Number(count.rows[0]?.n), 300);
            const collected = await foramen(['batch', 'collect', name], env);
            const rows = byId(collected.stdout);
            assert.equal(rows.size, 300);
            const one = input[7];
            assert.ok(one);
            assert.deepEqual(rows.get(one.id), JSON.parse(JSON.stringify(parseBatchRecord(one))));
            assert.equal((await foramen(['batch', 'drop', name], env)).code, 0);
            const left = await client.query<{ n: string }>(
              'SELECT count(*) AS n FROM foramen_batch_results WHERE batch = $1',
              [name],
            );
            assert.equal(Number(left.rows[0]?.n), 0);
          } finally {
            await client.end();
          }
        });

        it('a worker that remembers where results go follows a batch dropped and resubmitted to the other store', async () => {
          const name = `${RUN}-switch`;
          const options = { databaseUrl: PG_URL ?? '', databaseSchema: schema };
          const worker = await openReportBatch(name, { redisUrl: REDIS_URL ?? '', ...options });
          const admin = await openReportBatch(name, { redisUrl: REDIS_URL ?? '', ...options });
          try {
            const input = records(12);
            async function* source(): AsyncGenerator<BatchInput> {
              yield* input;
            }
            await admin.submit(source(), { chunkSize: 5 });
            assert.equal((await worker.work({ untilEmpty: true })).parsed, 12);
            await admin.drop();
            await admin.submit(source(), { chunkSize: 5, to: 'postgres' });
            assert.equal((await worker.work({ untilEmpty: true })).parsed, 12);
            const status = await admin.status();
            assert.equal(status.to, 'postgres');
            assert.equal(status.completed, 12);
            let lines = '';
            await admin.collect(async (chunk) => {
              lines += chunk;
            });
            assert.equal(byId(lines).size, 12);
            await admin.drop();
          } finally {
            await worker.close();
            await admin.close();
          }
        });
      },
    );
  },
);
