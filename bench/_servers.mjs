// A server for the load benchmarks and the soak test, run as its own process so the load generator and the
// server do not share an event loop: `node bench/_servers.mjs foramen|hello`. It listens on 127.0.0.1 on a
// free port, prints `{"port":N,"pid":N}` on one line, and exits on SIGTERM or when stdin closes.
//   foramen: the real app from buildApp() (rate limit and logging off: they would measure themselves)
//   hello:   a bare Fastify hello-world, the baseline the real app is compared with in the same run
import { createRequire } from 'node:module';

const kind = process.argv[2];
let app;
if (kind === 'foramen') {
  // The CDS services are measured by themselves here unless the caller asks for JWT verification
  // (bench/security.bench.mjs sets FORAMEN_CDS_AUTH=required with a trusted issuer).
  process.env.FORAMEN_CDS_AUTH ??= 'off';
  const { buildApp } = await import('../dist/src/http/app.js');
  app = await buildApp({ logger: false, rateLimitPerMinute: false });
} else if (kind === 'hello') {
  // Resolved from the project so the baseline runs the same Fastify release as the app.
  const Fastify = createRequire(import.meta.url)('fastify');
  app = Fastify({ logger: false });
  app.get('/', async () => ({ hello: 'world' }));
} else {
  process.stderr.write('usage: node bench/_servers.mjs foramen|hello\n');
  process.exit(2);
}
// Self-test of the soak test: FORAMEN_SOAK_LEAK_BYTES=1000 keeps that many bytes per request forever, a
// leak the soak must catch (`FORAMEN_SOAK_LEAK_BYTES=1000 node scripts/soak.mjs --duration 30` fails).
const leakBytes = Number(process.env.FORAMEN_SOAK_LEAK_BYTES ?? 0);
if (leakBytes > 0) {
  const kept = [];
  app.addHook('onRequest', async () => {
    kept.push('x'.repeat(leakBytes) + kept.length);
  });
}
await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${JSON.stringify({ port: app.server.address().port, pid: process.pid })}\n`);

// Memory samples on request: the soak test writes "mem\n" and reads one JSON line back.
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  for (const line of chunk.split('\n')) {
    if (line.trim() === 'mem') {
      const m = process.memoryUsage();
      process.stdout.write(
        `${JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed, external: m.external })}\n`,
      );
    } else if (line.trim() === 'gc' && typeof globalThis.gc === 'function') {
      globalThis.gc();
      process.stdout.write('{"gc":true}\n');
    }
  }
});
const stop = () =>
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
process.stdin.on('end', stop);
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
