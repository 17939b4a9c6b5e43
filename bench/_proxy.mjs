// A small round-robin HTTP reverse proxy for the scale benchmark (the tests have their own copy):
// `node bench/_proxy.mjs URL...` listens on a free loopback port and prints `{"port":N}`; keep-alive to
// the backends, so the proxy adds one hop, not a connection per request. Exits when stdin closes.
import { Agent, createServer, request } from 'node:http';

const backends = process.argv.slice(2).map((u) => new URL(u));
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
let next = 0;
const server = createServer((req, res) => {
  const target = backends[next++ % backends.length];
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      path: req.url,
      method: req.method,
      headers: req.headers,
      agent,
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: server.address().port })}\n`);
});
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
