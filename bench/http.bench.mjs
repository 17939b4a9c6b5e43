// Issue 8: HTTP load on loopback with autocannon. POST /api/assess (a vignette, and a full presentation
// with imaging and medicines), GET /health and the lumbar MRI CDS hook against the real app, beside a bare Fastify hello-world measured in the same run.
// Each server runs in its own process, so on a 2-core machine the server and autocannon get a core
// each. The app is built with rateLimitPerMinute: false and no logger. Figures: requests per second
// (mean over the run) and p99 latency, each the median of the rounds; aim ≥ 3,000 req/s, p99 < 20 ms.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { median } from './_measure.mjs';

const require = createRequire(import.meta.url);
const autocannon = require('autocannon');
const root = fileURLToPath(new URL('../', import.meta.url));

const PRESENTATION = {
  age: 58,
  sex: 'female',
  durationWeeks: 8,
  pain: { back: 4, leg: 7 },
  symptoms: [
    { kind: 'pain', region: 'anterior-thigh', side: 'left' },
    { kind: 'numbness', region: 'medial-knee', side: 'left' },
  ],
  exam: {
    motor: [{ movement: 'knee-extension', side: 'left', mrc: 4 }],
    sensory: [{ region: 'medial-knee', side: 'left', status: 'reduced' }],
    reflexes: [{ reflex: 'patellar', side: 'left', status: 'reduced' }],
    tests: [{ test: 'femoral-nerve-stretch', side: 'left', result: 'positive' }],
  },
  imaging: [
    {
      level: 'L3-L4',
      zone: 'foraminal',
      side: 'left',
      finding: 'foraminal-stenosis',
      severity: 'moderate',
      grade: { system: 'lee', value: 2 },
    },
  ],
  medications: [{ drug: 'ibuprofen', doseMg: 400, timesPerDay: 3 }],
};

const VIGNETTE = JSON.parse(readFileSync(`${root}test/fixtures/vignettes/dev.json`, 'utf8'))
  .cases[0].presentation;
const MRI_ORDER = readFileSync(
  `${root}test/http/fixtures/cds-hooks/order-select-mri-recent.json`,
  'utf8',
);

const SERVERS = {
  foramen: `
    const { buildApp } = await import(${JSON.stringify(`${root}dist/src/http/app.js`)});
    const app = await buildApp({ logger: false, rateLimitPerMinute: false, webRoot: false });
    process.stdout.write(await app.listen({ host: '127.0.0.1', port: 0 }) + '\\n');`,
  // The ceiling for an answer of this size: bare Fastify answering POST /api/assess with the vignette's
  // assessment computed once at start (JSON body parsed, the stored answer stringified and sent; no
  // validation, no clinical work, no security headers). The app cannot beat it.
  stored: `
    const { default: Fastify } = await import('fastify');
    const { assessPresentation } = await import(${JSON.stringify(`${root}dist/src/index.js`)});
    const stored = assessPresentation(${JSON.stringify(VIGNETTE)});
    const app = Fastify({ logger: false });
    app.post('/api/assess', async () => stored);
    process.stdout.write(await app.listen({ host: '127.0.0.1', port: 0 }) + '\\n');`,
  hello: `
    const { default: Fastify } = await import('fastify');
    const app = Fastify({ logger: false });
    app.get('/', async () => ({ hello: 'world' }));
    process.stdout.write(await app.listen({ host: '127.0.0.1', port: 0 }) + '\\n');`,
};

/** Starts a server in its own process and resolves with its address and the child. */
function start(kind) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SERVERS[kind]], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    // The services by themselves; bench/security.bench.mjs measures them with JWT verification on.
    env: { ...process.env, FORAMEN_CDS_AUTH: process.env.FORAMEN_CDS_AUTH ?? 'off' },
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n')) resolve({ child, url: line.trim() });
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited ${code}`)));
  });
}

function load(options) {
  return new Promise((resolve, reject) => {
    autocannon({ connections: 10, pipelining: 1, ...options }, (error, result) => {
      if (error) return reject(error);
      if (result.non2xx > 0 || result.errors > 0)
        return reject(
          new Error(`${options.url}: ${result.non2xx} non-2xx, ${result.errors} errors`),
        );
      resolve({ rps: result.requests.average, p99: result.latency.p99 });
    });
  });
}

export default async function ({ quick }) {
  const duration = quick ? 3 : 10;
  const rounds = quick ? 1 : 3;
  const foramen = await start('foramen');
  const hello = await start('hello');
  const stored = await start('stored');
  const body = JSON.stringify(PRESENTATION);
  const runs = { hello: [], health: [], assess: [], vignette: [], cds: [], stored: [] };
  const json = { method: 'POST', headers: { 'content-type': 'application/json' } };
  try {
    // Warm every server (JIT, KB load) on what it will serve before measuring: the assessment routes
    // take a few seconds of traffic before the JIT has compiled their paths.
    for (const warm of [body, JSON.stringify(VIGNETTE), body, JSON.stringify(VIGNETTE)]) {
      await load({ url: `${foramen.url}/api/assess`, ...json, body: warm, duration: 2 });
    }
    await load({
      url: `${stored.url}/api/assess`,
      ...json,
      body: JSON.stringify(VIGNETTE),
      duration: 2,
    });
    await load({ url: `${hello.url}/`, duration: 1 });
    for (let i = 0; i < rounds; i++) {
      runs.hello.push(await load({ url: `${hello.url}/`, duration }));
      // The app's own per-request work (headers, ids, hooks) without any clinical computation.
      runs.health.push(await load({ url: `${foramen.url}/health`, duration }));
      runs.assess.push(await load({ url: `${foramen.url}/api/assess`, ...json, body, duration }));
      runs.vignette.push(
        await load({
          url: `${foramen.url}/api/assess`,
          ...json,
          body: JSON.stringify(VIGNETTE),
          duration,
        }),
      );
      runs.stored.push(
        await load({
          url: `${stored.url}/api/assess`,
          ...json,
          body: JSON.stringify(VIGNETTE),
          duration,
        }),
      );
      runs.cds.push(
        await load({
          url: `${foramen.url}/cds-services/foramen-lumbar-mri-order`,
          ...json,
          body: MRI_ORDER,
          duration,
        }),
      );
    }
  } finally {
    foramen.child.kill();
    hello.child.kill();
    stored.child.kill();
  }
  const rps = (xs) => median(xs.map((x) => x.rps));
  const p99 = (xs) => median(xs.map((x) => x.p99));
  const baseline = { name: 'bare Fastify hello-world req/s', value: rps(runs.hello) };
  const helloP99 = { name: 'hello-world p99', value: p99(runs.hello) };
  return [
    {
      name: 'POST /api/assess, vignette (symptoms + exam) req/s',
      value: rps(runs.vignette),
      unit: 'req/s',
      baseline,
      ratio: rps(runs.vignette) / baseline.value,
      note: 'aim ≥ 3000',
    },
    {
      name: 'POST /api/assess, vignette p99',
      value: p99(runs.vignette),
      unit: 'ms',
      baseline: helloP99,
      note: 'aim < 20 ms',
    },
    {
      name: 'POST /api/assess, full (+ imaging, medicines) req/s',
      value: rps(runs.assess),
      unit: 'req/s',
      baseline,
      ratio: rps(runs.assess) / baseline.value,
      note: 'aim ≥ 3000',
    },
    {
      name: 'POST /api/assess, full p99',
      value: p99(runs.assess),
      unit: 'ms',
      baseline: helloP99,
      note: 'aim < 20 ms',
    },
    {
      name: 'POST /cds-services/foramen-lumbar-mri-order req/s',
      value: rps(runs.cds),
      unit: 'req/s',
      baseline,
      ratio: rps(runs.cds) / baseline.value,
    },
    {
      name: 'POST /cds-services/foramen-lumbar-mri-order p99',
      value: p99(runs.cds),
      unit: 'ms',
      baseline: helloP99,
    },
    {
      name: 'GET /health (the app without clinical work) req/s',
      value: rps(runs.health),
      unit: 'req/s',
      baseline,
      ratio: rps(runs.health) / baseline.value,
    },
    {
      name: 'ceiling: bare Fastify answering a stored vignette assessment (no validation, no clinical work) req/s',
      value: rps(runs.stored),
      unit: 'req/s',
      baseline,
      ratio: rps(runs.stored) / baseline.value,
      note: `the vignette route reaches ${((rps(runs.vignette) / rps(runs.stored)) * 100).toFixed(0)} % of it`,
    },
    { name: 'bare Fastify hello-world req/s', value: baseline.value, unit: 'req/s' },
  ];
}
