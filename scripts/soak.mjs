#!/usr/bin/env node
// Soak test: the HTTP service under steady load for a minute, with memory watched throughout.
//
//   npm run soak [-- --duration 60] [-- --warmup 15] [-- --connections 8]
//
// Starts the server as its own process (bench/_servers.mjs: buildApp() listening on 127.0.0.1, port 0,
// rate limit and logging off, --expose-gc), drives it with autocannon over a mix of routes whose inputs
// change on every request (so a cache keyed by input that never stops growing shows up as growth), and
// every 2 s forces a full GC in the server and samples RSS and heap. After the warm-up, memory must stay
// flat: the floor of the heap after GC may grow by at most max(8 MB, 10%) from the warm-up level, the RSS
// floor by at most max(48 MB, 25%), and the heap floor's trend must stay under 6 MB a minute. No request
// may fail (network error, timeout or non-2xx). Prints a summary; exits 1 on any failure.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { startServer } from '../bench/_http.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? Number(process.argv[i + 1]) : fallback;
};
const DURATION_S = option('duration', 60);
const WARMUP_S = option('warmup', Math.min(15, Math.round(DURATION_S / 4)));
const CONNECTIONS = option('connections', 8);
const SAMPLE_MS = 2000;
const MB = 1024 * 1024;
const LIMITS = {
  heapGrowthMb: 8,
  heapGrowthShare: 0.1,
  rssGrowthMb: 48,
  rssGrowthShare: 0.25,
  heapSlopeMbPerMin: 6,
};

// ---- Inputs that vary from request to request ------------------------------------------------------
const json = (file) => JSON.parse(readFileSync(`${root}${file}`, 'utf8'));
const vignettes = ['dev', 'extra'].flatMap((f) =>
  json(`test/fixtures/vignettes/${f}.json`).cases.map((c) => c.presentation),
);
const reportDir = `${root}test/fixtures/reports/texts/`;
const reports = readdirSync(reportDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(reportDir + f, 'utf8'));
const queries = [
  'sciatica',
  'Tylenol',
  'pinched nerve',
  'SLR',
  'gabapentn',
  'foraminotomy',
  'L5 root',
  'ibuprofen',
  'epidural',
  'cauda equina',
];
const drugs = [
  'ibuprofen',
  'Tylenol',
  'naproxen',
  'gabapentin',
  'tramadol',
  'pregabalin',
  'Advil',
  'diclofenac',
  'oxycodone',
  'duloxetine',
];
const LEVELS = ['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'];
const SIDES = ['left', 'right', 'bilateral'];
const ZONES = ['central', 'subarticular', 'foraminal', 'extraforaminal'];
const cds = json('test/http/fixtures/cds-hooks/patient-view-radiculopathy.json');
let n = 0;
const pick = (xs) => xs[n++ % xs.length];
const post = (body, type = 'application/json') => ({
  method: 'POST',
  body,
  headers: { 'content-type': type },
});

/** The route mix: each entry makes a fresh request every time it comes round. */
const MIX = [
  { name: 'GET /health', make: () => ({ method: 'GET', path: '/health' }) },
  {
    name: 'POST /api/assess',
    make: () => ({ path: '/api/assess', ...post(JSON.stringify(pick(vignettes))) }),
  },
  {
    name: 'POST /api/assess?format=fhir',
    make: () => ({ path: '/api/assess?format=fhir', ...post(JSON.stringify(pick(vignettes))) }),
  },
  {
    name: 'POST /api/grade/lee',
    make: () => ({
      path: '/api/grade/lee',
      ...post(
        JSON.stringify({
          fatObliteration: {
            superior: n % 2 === 0,
            inferior: n % 3 === 0,
            anterior: n % 5 === 0,
            posterior: false,
          },
          rootMorphologyChanged: n % 7 === 0,
        }),
      ),
    }),
  },
  {
    name: 'POST /api/grade/percent',
    make: () => ({
      path: '/api/grade/percent',
      ...post(JSON.stringify({ reductionPercent: (n * 7) % 101 })),
    }),
  },
  {
    name: 'POST /api/scores/odi',
    make: () => ({
      path: '/api/scores/odi',
      ...post(JSON.stringify({ answers: Array.from({ length: 10 }, (_, i) => (n + i) % 6) })),
    }),
  },
  {
    name: 'POST /api/meds/check',
    make: () => ({
      path: '/api/meds/check',
      ...post(
        JSON.stringify({
          patient: { age: 20 + (n % 70), eGFR: 15 + (n % 100) },
          drugs: [
            { drug: pick(drugs), doseMg: 100 * (1 + (n % 8)), timesPerDay: 1 + (n % 4) },
            { drug: pick(drugs), frequency: 'q6h', dose: 1, unit: 'tablet' },
          ],
        }),
      ),
    }),
  },
  {
    name: 'POST /api/reports/parse',
    make: () => ({ path: '/api/reports/parse', ...post(pick(reports), 'text/plain') }),
  },
  // A fresh query every time (with a counter) so a search cache keyed by text would grow without end.
  {
    name: 'GET /api/kb/search',
    make: () => ({
      method: 'GET',
      path: `/api/kb/search?q=${encodeURIComponent(`${pick(queries)} ${n % 997}`)}`,
    }),
  },
  {
    name: 'GET /api/articles/:level',
    make: () => ({
      method: 'GET',
      path: `/api/articles/${pick(LEVELS)}?side=${pick(SIDES)}&zone=${pick(ZONES)}&format=html`,
    }),
  },
  {
    name: 'GET /api/diagrams/spine',
    make: () => ({
      method: 'GET',
      path: `/api/diagrams/spine?level=${pick(LEVELS)}&side=${pick(SIDES)}&zone=${pick(ZONES)}&format=svg`,
    }),
  },
  {
    name: 'POST /cds-services/foramen-patient-view',
    make: () => ({
      path: '/cds-services/foramen-patient-view',
      ...post(JSON.stringify({ ...cds, hookInstance: `soak-${n}` })),
    }),
  },
  { name: 'GET /openapi.json', make: () => ({ method: 'GET', path: '/openapi.json' }) },
];

const server = await startServer('foramen', { nodeArgs: ['--expose-gc'] });
const failures = [];
try {
  // Every route must answer 2xx before the soak starts; one this build does not serve (404) is left out.
  const mix = [];
  for (const route of MIX) {
    const r = route.make();
    const res = await fetch(server.url + r.path, {
      method: r.method ?? 'GET',
      body: r.body,
      headers: r.headers,
    });
    await res.arrayBuffer();
    if (res.status === 404)
      console.log(`soak: ${route.name} is not served by this build; left out of the mix`);
    else if (res.status >= 300)
      failures.push(`${route.name} answered ${res.status} before the soak`);
    else mix.push(route);
  }

  const byRoute = new Map(mix.map((r) => [r.name, { count: 0, failed: 0 }]));
  const requests = mix.map((route) => ({
    setupRequest: (req) => ({ ...req, ...route.make() }),
    onResponse: (status) => {
      const s = byRoute.get(route.name);
      s.count++;
      if (status < 200 || status >= 300) s.failed++;
    },
  }));

  const samples = [];
  const sample = async () => {
    await server.gc();
    const m = await server.memory();
    samples.push({ t: performance.now(), rss: m.rss / MB, heap: m.heapUsed / MB });
  };
  const started = performance.now();
  await sample();
  const instance = autocannon({
    url: server.url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    requests,
    timeout: 10,
  });
  const timer = setInterval(() => void sample().catch(() => {}), SAMPLE_MS);
  const result = await instance;
  clearInterval(timer);
  await sample();

  // ---- Verdict ---------------------------------------------------------------------------------------
  // After a forced GC the heap still holds whatever requests are in flight, so single samples jump by
  // 10-20 MB; what a leak raises is the floor. Each measure therefore uses the lowest sample of a window:
  // growth compares the floor of the last third after warm-up with that of the first third, and the
  // trend is the Theil-Sen slope of the floors of consecutive four-sample windows.
  const rel = (s) => (s.t - started) / 1000;
  const after = samples.filter((s) => rel(s) >= WARMUP_S);
  const third = Math.max(1, Math.floor(after.length / 3));
  const floor = (xs, key) => Math.min(...xs.map((s) => s[key]));
  const first = after.slice(0, third);
  const lastThird = after.slice(-third);
  const base = { heap: floor(first, 'heap'), rss: floor(first, 'rss') };
  const end = { heap: floor(lastThird, 'heap'), rss: floor(lastThird, 'rss') };
  const maxOf = (key) => Math.max(...after.map((s) => s[key]));
  const windows = after
    .slice(0, -3)
    .map((s, i) => ({ x: rel(s) / 60, y: floor(after.slice(i, i + 4), 'heap') }));
  // Theil-Sen (the median of pairwise slopes): a few unlucky windows cannot tilt it the way they tilt
  // least squares.
  const slope = (() => {
    const slopes = [];
    for (let i = 0; i < windows.length; i++) {
      for (let j = i + 1; j < windows.length; j++)
        slopes.push((windows[j].y - windows[i].y) / (windows[j].x - windows[i].x));
    }
    slopes.sort((a, b) => a - b);
    if (slopes.length === 0) return 0;
    const m = Math.floor(slopes.length / 2);
    return slopes.length % 2 ? slopes[m] : (slopes[m - 1] + slopes[m]) / 2;
  })();
  const heapGrowth = end.heap - base.heap;
  const rssGrowth = end.rss - base.rss;
  const heapLimit = Math.max(LIMITS.heapGrowthMb, base.heap * LIMITS.heapGrowthShare);
  const rssLimit = Math.max(LIMITS.rssGrowthMb, base.rss * LIMITS.rssGrowthShare);
  const failed = result.errors + result.timeouts + result.non2xx;

  if (after.length < 6)
    failures.push(`only ${after.length} memory samples after the warm-up; run longer`);
  if (failed > 0)
    failures.push(
      `${failed} request(s) failed (${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx)`,
    );
  for (const [name, s] of byRoute)
    if (s.failed > 0) failures.push(`${name}: ${s.failed} of ${s.count} failed`);
  if (heapGrowth > heapLimit)
    failures.push(
      `heap floor after GC grew ${heapGrowth.toFixed(1)} MB after the warm-up (limit ${heapLimit.toFixed(1)} MB)`,
    );
  if (rssGrowth > rssLimit)
    failures.push(
      `RSS floor grew ${rssGrowth.toFixed(1)} MB after the warm-up (limit ${rssLimit.toFixed(1)} MB)`,
    );
  if (slope > LIMITS.heapSlopeMbPerMin)
    failures.push(
      `heap floor trend ${slope.toFixed(2)} MB/min after the warm-up (limit ${LIMITS.heapSlopeMbPerMin})`,
    );

  console.log(
    `soak: ${DURATION_S} s, ${CONNECTIONS} connections, ${mix.length} routes in rotation, inputs varied per request`,
  );
  console.log(
    `soak: ${result.requests.total} requests, ${result.requests.average.toFixed(0)} req/s, latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, ${failed} failed`,
  );
  console.log('soak: | route | requests | failed |');
  for (const [name, s] of byRoute) console.log(`soak: | ${name} | ${s.count} | ${s.failed} |`);
  console.log(
    `soak: memory after GC (MB): at start; floor just after the ${WARMUP_S} s warm-up; floor at the end; highest sample; ` +
      `heap ${samples[0].heap.toFixed(1)}; ${base.heap.toFixed(1)}; ${end.heap.toFixed(1)} (${heapGrowth >= 0 ? '+' : ''}${heapGrowth.toFixed(1)}, limit ${heapLimit.toFixed(1)}); ${maxOf('heap').toFixed(1)}. ` +
      `RSS ${samples[0].rss.toFixed(1)}; ${base.rss.toFixed(1)}; ${end.rss.toFixed(1)} (${rssGrowth >= 0 ? '+' : ''}${rssGrowth.toFixed(1)}, limit ${rssLimit.toFixed(1)}); ${maxOf('rss').toFixed(1)}`,
  );
  if (process.argv.includes('--samples')) {
    for (const x of samples)
      console.log(
        `soak: sample ${rel(x).toFixed(1)} s heap ${x.heap.toFixed(1)} MB rss ${x.rss.toFixed(1)} MB`,
      );
  }
  console.log(
    `soak: heap floor trend after warm-up ${slope >= 0 ? '+' : ''}${slope.toFixed(2)} MB/min (limit ${LIMITS.heapSlopeMbPerMin}) over ${after.length} samples`,
  );
} finally {
  await server.stop();
}
if (failures.length > 0) {
  console.log(`soak: FAILED\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  process.exit(1);
}
console.log('soak: passed (memory flat after warm-up, no failed request)');
