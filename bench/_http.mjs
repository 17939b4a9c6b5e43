// Load-test helpers shared by the HTTP benchmark and the soak test: start a server process from
// _servers.mjs, ask it for memory samples, and drive it with autocannon from this process.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

/**
 * Starts `node bench/_servers.mjs <kind>` and resolves once it listens.
 * @param kind - 'foramen' (buildApp) or 'hello' (bare Fastify)
 * @param options - `nodeArgs` for the server process (e.g. ['--expose-gc']), extra `env` variables
 * @returns `{ url, pid, memory(), gc(), stop() }`
 */
export async function startServer(kind, { nodeArgs = [], env = {} } = {}) {
  const child = spawn(
    process.execPath,
    [...nodeArgs, new URL('./_servers.mjs', import.meta.url).pathname, kind],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', ...env },
    },
  );
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  let exited = false;
  lines.on('line', (line) => waiting.shift()?.resolve(JSON.parse(line)));
  child.once('exit', (code) => {
    exited = true;
    for (const w of waiting.splice(0)) w.reject(new Error(`${kind} server exited (${code})`));
  });
  const next = () =>
    new Promise((resolve, reject) => {
      if (exited) reject(new Error(`${kind} server has exited`));
      else waiting.push({ resolve, reject });
    });
  const { port } = await next();
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid,
    /** One memory sample from the server process: { rss, heapUsed, external } in bytes. */
    memory: () => {
      const p = next();
      child.stdin.write('mem\n');
      return p;
    },
    /** A full garbage collection in the server (needs nodeArgs ['--expose-gc']). */
    gc: () => {
      const p = next();
      child.stdin.write('gc\n');
      return p;
    },
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', resolve);
        child.stdin.end();
      }),
  };
}

/**
 * Drives `url` with autocannon and returns requests/s, latency percentiles (ms) and failure counts.
 * @param options - autocannon options: url, duration (s), connections, requests, method, body, headers
 */
export async function load(options) {
  const result = await autocannon({ connections: 10, pipelining: 1, ...options });
  return {
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    statusCodes: result.statusCodeStats ?? {},
  };
}
