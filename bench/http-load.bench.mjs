// Issue 10: HTTP requests per second and p99 latency with autocannon on loopback for the routes the issue 8
// bench (http.bench.mjs: POST /api/assess, the MRI CDS hook) does not load, each beside a bare Fastify
// hello-world measured in the same run. Server and hello-world each run in their own process (the
// load generator is this process), rounds alternate baseline and route, and each figure is the median over
// the rounds; each ratio is the median of per-round ratios. A route this build does not serve is skipped.
import { median } from './_measure.mjs';
import { load, startServer } from './_http.mjs';

const regimen = {
  patient: { age: 72, eGFR: 38 },
  drugs: [
    { drug: 'ibuprofen', doseMg: 600, timesPerDay: 4 },
    { drug: 'Tylenol', dose: 1, unit: 'g', frequency: 'q6h' },
    { drug: 'tramadol', doseMg: 50, frequency: 'every 6 hours as needed' },
  ],
};
const report =
  'FINDINGS: At L4-L5 there is a broad-based disc bulge with moderate left neural foraminal narrowing. ' +
  'At L5-S1 no central canal stenosis. Mild bilateral facet arthropathy.';

const TARGETS = [
  { name: 'GET /health', path: '/health' },
  {
    name: 'POST /api/reports/parse (text/plain)',
    path: '/api/reports/parse',
    method: 'POST',
    body: report,
    headers: { 'content-type': 'text/plain' },
    quick: true,
  },
  { name: 'GET /api/kb/search?q=sciatica', path: '/api/kb/search?q=sciatica' },
  {
    name: 'POST /api/meds/check (three drugs)',
    path: '/api/meds/check',
    method: 'POST',
    body: JSON.stringify(regimen),
    headers: { 'content-type': 'application/json' },
  },
];

async function probe(url, target) {
  const res = await fetch(url + target.path, {
    method: target.method ?? 'GET',
    body: target.body,
    headers: target.headers,
  });
  await res.arrayBuffer();
  return res.status;
}

export default async function ({ quick }) {
  const rounds = quick ? 3 : 5;
  const duration = quick ? 1 : 3;
  const hello = await startServer('hello');
  const app = await startServer('foramen');
  const rows = [];
  try {
    const targets = [];
    for (const t of TARGETS.filter((t) => !quick || t.quick)) {
      const status = await probe(app.url, t);
      if (status === 200) targets.push(t);
      else
        rows.push({
          name: `${t.name}: skipped`,
          value: status,
          unit: 'HTTP status',
          note: 'route not served by this build',
        });
    }
    const base = { rps: [], p99: [] };
    const per = targets.map(() => ({ rps: [], p99: [], ratio: [], failures: 0 }));
    for (let r = 0; r < rounds; r++) {
      const h = await load({ url: `${hello.url}/`, duration });
      base.rps.push(h.requestsPerSecond);
      base.p99.push(h.p99);
      for (const [i, t] of targets.entries()) {
        const m = await load({
          url: app.url + t.path,
          duration,
          method: t.method ?? 'GET',
          body: t.body,
          headers: t.headers,
        });
        per[i].rps.push(m.requestsPerSecond);
        per[i].p99.push(m.p99);
        per[i].ratio.push(m.requestsPerSecond / h.requestsPerSecond);
        per[i].failures += m.errors + m.non2xx;
      }
    }
    const helloRps = median(base.rps);
    const helloP99 = median(base.p99);
    rows.push({
      name: 'bare Fastify hello-world',
      value: helloRps,
      unit: 'req/s',
      note: `p99 ${helloP99} ms`,
    });
    for (const [i, t] of targets.entries()) {
      const failures = per[i].failures ? `, ${per[i].failures} failed requests` : '';
      rows.push({
        name: `${t.name} throughput`,
        value: median(per[i].rps),
        unit: 'req/s',
        baseline: { name: 'hello-world', value: helloRps },
        ratio: median(per[i].ratio),
        note: `10 connections${failures}`,
      });
      // autocannon records latency in whole milliseconds, so a ratio of p99s (often 0 for hello) means little.
      rows.push({
        name: `${t.name} p99`,
        value: median(per[i].p99),
        unit: 'ms',
        baseline: { name: 'hello-world p99', value: helloP99 },
      });
    }
    return rows;
  } finally {
    await Promise.all([hello.stop(), app.stop()]);
  }
}
