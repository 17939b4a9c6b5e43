// Issue 17: beyond one machine. Needs Redis (FORAMEN_TEST_REDIS_URL or REDIS_URL, else 127.0.0.1:6379).
// 1. Batch throughput on 100,000 corpus reports (10,000 with --quick): parse in-process on one core
//    (parseBatchRecord + JSON, what `parse-report --batch --jobs 0` does) against `batch work` through
//    Redis with one and with two worker processes, rounds interleaved; worker rates are the batch's
//    own reports/s (first job start to last result), medians of the rounds.
// 2. A million reports (100,000 with --quick): submit rate and peak RSS of `submit` (records generated
//    on the fly, streamed), then two workers draining it, each with its peak RSS.
// 3. POST /api/assess req/s (autocannon) on one `foramen serve` with REDIS_URL, and on two behind a
//    round-robin proxy process (bench/_proxy.mjs), rate limit set out of the way; medians of rounds.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median } from './_measure.mjs';
import { load } from './_http.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const REDIS_URL =
  process.env.FORAMEN_TEST_REDIS_URL ?? process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const api = `${root}dist/src/index.js`;

function loadCorpus() {
  for (const dir of [
    `${root}../shared/corpus/lumbar-mri-reports/`,
    `${root}test/fixtures/reports/texts/`,
  ]) {
    try {
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      if (files.length > 0) return files.map((f) => readFileSync(join(dir, f), 'utf8'));
    } catch {
      // next
    }
  }
  throw new Error('no report texts found');
}

/** Runs a module script in its own process; resolves with the JSON it prints last. */
function runScript(dir, name, body) {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, body);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], {
      env: { ...process.env, REDIS_URL },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()))
        : reject(new Error(`${name} exited ${code}: ${err.split('\n').slice(0, 3).join(' ')}`)),
    );
  });
}

const header = (corpusFile) => `
  import { readFileSync } from 'node:fs';
  import { openReportBatch, parseBatchRecord } from ${JSON.stringify(api)};
  const corpus = JSON.parse(readFileSync(${JSON.stringify(corpusFile)}, 'utf8'));
  async function* records(n, prefix) {
    for (let i = 0; i < n; i++) yield { id: prefix + i, text: corpus[i % corpus.length] };
  }
  const rss = () => process.resourceUsage().maxRSS / 1024;
`;

const submitScript = (corpusFile, name, n) => `${header(corpusFile)}
  const b = await openReportBatch(${JSON.stringify(name)});
  await b.drop();
  const t = performance.now();
  const c = process.cpuUsage();
  const s = await b.submit(records(${n}, 'r'));
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(c);
  await b.close();
  console.log(JSON.stringify({ ...s, seconds, cpuSeconds: (used.user + used.system) / 1e6, maxRssMb: rss() }));
`;

const workScript = (corpusFile, name) => `${header(corpusFile)}
  const b = await openReportBatch(${JSON.stringify(name)});
  const c = process.cpuUsage();
  const w = await b.work({ untilEmpty: true, concurrency: 2 });
  const used = process.cpuUsage(c);
  await b.close();
  console.log(JSON.stringify({ ...w, cpuSeconds: (used.user + used.system) / 1e6, maxRssMb: rss() }));
`;

const statusScript = (corpusFile, name, drop) => `${header(corpusFile)}
  const b = await openReportBatch(${JSON.stringify(name)});
  const s = await b.status();
  ${drop ? 'await b.drop();' : ''}
  await b.close();
  console.log(JSON.stringify(s));
`;

const inProcessScript = (corpusFile, n) => `${header(corpusFile)}
  for (let i = 0; i < 2000; i++) parseBatchRecord({ id: 'w' + i, text: corpus[i % corpus.length] });
  const t = performance.now();
  const c = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < ${n}; i++) bytes += JSON.stringify(parseBatchRecord({ id: 'r' + i, text: corpus[i % corpus.length] })).length;
  const seconds = (performance.now() - t) / 1000;
  const used = process.cpuUsage(c);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(JSON.stringify({ seconds, reportsPerSecond: ${n} / seconds, perCpuSecond: ${n} / cpuSeconds, bytes }));
`;

/** `foramen serve` with REDIS_URL; resolves with its URL and a stop function. */
function startForamen() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${root}bin/foramen.js`, 'serve', '--port', '0'], {
      env: {
        ...process.env,
        REDIS_URL,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        FORAMEN_RATE_LIMIT_PER_MINUTE: '999999999',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => {
      err += d;
      const url = /serving on (http:\/\/\S+)/.exec(err)?.[1];
      if (url) resolve({ url, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

function startProxy(urls) {
  const child = spawn(process.execPath, [`${root}bench/_proxy.mjs`, ...urls], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => {
    createInterface({ input: child.stdout }).once('line', (line) => {
      resolve({ url: `http://127.0.0.1:${JSON.parse(line).port}`, stop: () => child.stdin.end() });
    });
  });
}

const PRESENTATION = {
  age: 58,
  sex: 'female',
  durationWeeks: 8,
  pain: { back: 4, leg: 7 },
  symptoms: [{ kind: 'pain', region: 'anterior-thigh', side: 'left' }],
  exam: {
    motor: [{ movement: 'knee-extension', side: 'left', mrc: 4 }],
    reflexes: [{ reflex: 'patellar', side: 'left', status: 'reduced' }],
  },
  imaging: [
    {
      level: 'L3-L4',
      zone: 'foraminal',
      side: 'left',
      finding: 'foraminal-stenosis',
      severity: 'moderate',
    },
  ],
};

export default async function ({ quick }) {
  const corpus = loadCorpus();
  const dir = mkdtempSync(join(tmpdir(), 'foramen-scale-bench-'));
  const corpusFile = join(dir, 'corpus.json');
  writeFileSync(corpusFile, JSON.stringify(corpus));
  const n = quick ? 10_000 : 100_000;
  const big = Number(process.env.FORAMEN_BENCH_SCALE_BIG ?? (quick ? 100_000 : 1_000_000));
  const rounds = Number(process.env.FORAMEN_BENCH_SCALE_ROUNDS ?? (quick ? 1 : 3));
  const { Redis } = await import('ioredis');
  const redis = new Redis(REDIS_URL);
  const redisCpu = async () => {
    const info = await redis.info('cpu');
    const get = (k) => Number(new RegExp(`${k}:([\\d.]+)`).exec(info)?.[1] ?? 0);
    return get('used_cpu_user') + get('used_cpu_sys');
  };
  const name = `bench-scale-${process.pid}`;
  const rows = [];
  // Each figure is also printed as it is measured: the whole case runs for many minutes.
  const push = rows.push.bind(rows);
  rows.push = (...r) => {
    for (const row of r) process.stderr.write(`scale: ${JSON.stringify(row)}\n`);
    return push(...r);
  };
  try {
    // 1. Throughput, rounds interleaved.
    const inProc = [];
    const inProcCpu = [];
    const one = [];
    const two = [];
    const workerCpu = [];
    const pairCpu = [];
    const redisCpuPerReport = [];
    const submitRates = [];
    for (let r = 0; r < rounds; r++) {
      const ip = await runScript(dir, 'inproc', inProcessScript(corpusFile, n));
      inProc.push(ip.reportsPerSecond);
      inProcCpu.push(ip.perCpuSecond);
      for (const [workers, into] of [
        [1, one],
        [2, two],
      ]) {
        const s = await runScript(dir, 'submit', submitScript(corpusFile, name, n));
        submitRates.push(s.submitted / s.seconds);
        const redisBefore = await redisCpu();
        const runs = await Promise.all(
          Array.from({ length: workers }, (_, i) =>
            runScript(dir, `work${i}`, workScript(corpusFile, name)),
          ),
        );
        const redisSeconds = (await redisCpu()) - redisBefore;
        redisCpuPerReport.push(redisSeconds / n);
        const workerSeconds = runs.reduce((a, w) => a + w.cpuSeconds, 0);
        workerCpu.push(n / workerSeconds);
        if (workers === 2) pairCpu.push(n / (workerSeconds + redisSeconds));
        const status = await runScript(dir, 'status', statusScript(corpusFile, name, true));
        const parsed = runs.reduce((a, w) => a + w.parsed, 0);
        if (status.completed !== n || parsed !== n) {
          throw new Error(
            `${workers} worker(s): ${status.completed} completed, ${parsed} parsed of ${n}`,
          );
        }
        into.push(status.reportsPerSecond);
      }
    }
    const base = median(inProc);
    rows.push({
      name: `in-process parse, one core (${n} reports)`,
      value: base,
      unit: 'reports/s',
    });
    rows.push({
      name: `batch work through Redis, 1 worker (${n} reports)`,
      value: median(one),
      unit: 'reports/s',
      baseline: { name: 'in-process one core', value: base },
      ratio: median(one) / base,
    });
    rows.push({
      name: `batch work through Redis, 2 workers (${n} reports)`,
      value: median(two),
      unit: 'reports/s',
      baseline: { name: 'in-process one core', value: base },
      ratio: median(two) / base,
      note: 'aim ≥ 1.6× (the queue costs under 20%)',
    });
    rows.push({
      name: `batch submit (${n} reports)`,
      value: median(submitRates),
      unit: 'reports/s',
    });
    // CPU time is what a contended machine cannot distort: reports per CPU-second of the worker
    // process (fetch, parse, store) against the in-process loop, and Redis's own CPU per report.
    const effWorker = median(workerCpu);
    const effInProc = median(inProcCpu);
    rows.push({
      name: 'batch worker, reports per CPU-second',
      value: effWorker,
      unit: 'reports/CPU-s',
      baseline: { name: 'in-process', value: effInProc },
      ratio: effWorker / effInProc,
      note: `whole runs, process start-up included; 2 workers on 2 free cores ≈ ${((2 * effWorker) / effInProc).toFixed(2)}× one core in-process`,
    });
    // On one machine Redis runs on the same cores as the workers, so its CPU counts against them too.
    const effPair = median(pairCpu);
    rows.push({
      name: 'batch, 2 workers + Redis, reports per CPU-second',
      value: effPair,
      unit: 'reports/CPU-s',
      baseline: { name: 'in-process', value: effInProc },
      ratio: effPair / effInProc,
      note: `with Redis on the same 2 free cores ≈ ${((2 * effPair) / effInProc).toFixed(2)}× one core in-process`,
    });
    rows.push({
      name: 'Redis server CPU per 1,000 reports',
      value: median(redisCpuPerReport) * 1000 * 1000,
      unit: 'CPU-ms',
    });

    // 2. A million: submit alone, then two workers drain it.
    const t = performance.now();
    const sub = await runScript(dir, 'submit-big', submitScript(corpusFile, name, big));
    rows.push({
      name: `batch submit, ${big} reports`,
      value: sub.submitted / sub.seconds,
      unit: 'reports/s',
      note: `${((sub.cpuSeconds / sub.submitted) * 1e6).toFixed(0)} CPU-µs per report in the submitting process`,
    });
    rows.push({ name: `batch submit peak RSS, ${big} reports`, value: sub.maxRssMb, unit: 'MB' });
    const workers = await Promise.all(
      [0, 1].map((i) => runScript(dir, `work-big${i}`, workScript(corpusFile, name))),
    );
    const status = await runScript(dir, 'status-big', statusScript(corpusFile, name, true));
    if (status.completed !== big)
      throw new Error(`million: ${status.completed} completed of ${big}`);
    rows.push({
      name: `batch work, 2 workers, ${big} reports`,
      value: status.reportsPerSecond,
      unit: 'reports/s',
      note: `whole run ${((performance.now() - t) / 1000).toFixed(0)} s incl. submit`,
    });
    rows.push({
      name: `batch work peak RSS per worker, ${big} reports`,
      value: Math.max(...workers.map((w) => w.maxRssMb)),
      unit: 'MB',
    });

    // 3. Servers.
    const duration = quick ? 2 : 5;
    const body = JSON.stringify(PRESENTATION);
    const a = await startForamen();
    const b = await startForamen();
    const proxy = await startProxy([a.url, b.url]);
    try {
      const single = [];
      const pair = [];
      const opts = {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json' },
        duration,
      };
      await load({ url: `${a.url}/api/assess`, ...opts, duration: 1 });
      for (let r = 0; r < rounds; r++) {
        const s = await load({ url: `${a.url}/api/assess`, ...opts });
        const p = await load({ url: `${proxy.url}/api/assess`, ...opts });
        if (s.non2xx || p.non2xx || s.errors || p.errors)
          throw new Error('assess load had failures');
        single.push(s.requestsPerSecond);
        pair.push(p.requestsPerSecond);
      }
      rows.push({
        name: 'POST /api/assess, one server (REDIS_URL set)',
        value: median(single),
        unit: 'req/s',
      });
      rows.push({
        name: 'POST /api/assess, two servers behind a round-robin proxy',
        value: median(pair),
        unit: 'req/s',
        baseline: { name: 'one server', value: median(single) },
        ratio: median(pair) / median(single),
        note: 'proxy, both servers and autocannon share the same 2 cores',
      });
    } finally {
      a.stop();
      b.stop();
      proxy.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
    redis.disconnect();
  }
  return rows;
}
