// Issues 6 and 15: report parser throughput. The 462 corpus reports replicated to 100,000 (10,000 with --quick):
// reports/s and MB/s on one core, against the same texts merely tokenised by wink-nlp in the same run;
// then `--batch` on two worker threads (NDJSON in, NDJSON out) against it, in wall time and in CPU time,
// with the batch process's peak memory at 100,000 and 1,000,000 reports, each run as a child process so
// its RSS is its own.
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { median } from './_measure.mjs';

const corpusDir = new URL('../../shared/corpus/lumbar-mri-reports/', import.meta.url);
const fixtureDir = new URL('../test/fixtures/reports/texts/', import.meta.url);

function loadCorpus() {
  for (const dir of [corpusDir, fixtureDir]) {
    try {
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort();
      if (files.length > 0) return files.map((f) => readFileSync(new URL(f, dir), 'utf8'));
    } catch {
      // fall through to the fixture copies
    }
  }
  throw new Error('no report texts found');
}

/** Median seconds of `runs` passes of fn over all texts. */
function timePasses(texts, fn, runs) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    for (let i = 0; i < texts.length; i++) fn(texts[i]);
    times.push((performance.now() - t) / 1000);
  }
  return median(times);
}

/**
 * The user's view of `--batch`: the whole command, `--jobs 2` against `--jobs 0` (the same work on the
 * calling thread: decode, parse, serialise), each a fresh process reading one NDJSON file, interleaved
 * round by round. Both sides pay their own start-up; CPU time (the process's own getrusage, workers
 * included) comes from a wrapper that reports it at exit.
 */
function cliRounds(dir, corpus, count, rounds) {
  const file = join(dir, `cli-${count}.ndjson`);
  const lines = [];
  for (let i = 0; i < count; i++)
    lines.push(JSON.stringify({ id: `r${i}`, text: corpus[i % corpus.length] }));
  writeFileSync(file, `${lines.join('\n')}\n`);
  const wrapper = join(dir, 'cli-rusage.mjs');
  writeFileSync(
    wrapper,
    `process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nRUSAGE ' + (u.userCPUTime + u.systemCPUTime) / 1e6 + '\\n'); });
await import(${JSON.stringify(new URL('../bin/foramen.js', import.meta.url).href)});`,
  );
  const run = (jobs) => {
    const t = performance.now();
    const r = spawnSync(
      process.execPath,
      [wrapper, 'parse-report', '--batch', file, '--jobs', String(jobs)],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    const seconds = (performance.now() - t) / 1000;
    const cpu = /RUSAGE ([\d.]+)/.exec(r.stderr ?? '');
    if (r.status !== 0 || !cpu)
      throw new Error(`parse-report --batch --jobs ${jobs} failed: ${r.stderr}`);
    return { rate: count / seconds, cpu: Number(cpu[1]) };
  };
  const serial = [];
  const parallel = [];
  for (let r = 0; r < rounds; r++) {
    serial.push(run(0));
    parallel.push(run(2));
  }
  const ratios = serial.map((s, i) => parallel[i].rate / s.rate);
  return {
    n: count,
    rounds,
    serial: median(serial.map((s) => s.rate)),
    parallel: median(parallel.map((p) => p.rate)),
    ratio: median(ratios),
    ratios,
    serialCpu: median(serial.map((s) => s.cpu)),
    parallelCpu: median(parallel.map((p) => p.cpu)),
  };
}

export default async function ({ quick }) {
  const { parseReport } = await import('../dist/src/index.js');
  const winkNLP = (await import('wink-nlp')).default;
  const model = (await import('wink-eng-lite-web-model')).default;
  // Tokenisation only: an empty pipe skips sentence detection, negation, POS and entities.
  const nlp = winkNLP(model, []);

  const corpus = loadCorpus();
  const total = quick ? 10_000 : 100_000;
  const texts = Array.from({ length: total }, (_, i) => corpus[i % corpus.length]);
  const mb = texts.reduce((a, t) => a + Buffer.byteLength(t), 0) / 1e6;
  const runs = quick ? 3 : 5;

  // Warm both up so the JIT has compiled the hot paths.
  for (let i = 0; i < 2000; i++) {
    parseReport(corpus[i % corpus.length]);
    nlp
      .readDoc(corpus[i % corpus.length])
      .tokens()
      .out();
  }
  let findings = 0;
  const parseSeconds = timePasses(texts, (t) => (findings += parseReport(t).findings.length), runs);
  const winkSeconds = timePasses(texts, (t) => nlp.readDoc(t).tokens().out(), runs);
  const perCore = total / parseSeconds;
  const winkPerCore = total / winkSeconds;

  // --batch on 2 threads (the calling thread and one worker) against the single-core in-process rate,
  // measured in one child process, interleaved round by round so load drift on this shared machine hits
  // both alike. Each batch round starts a fresh worker, as the CLI does, so the whole-run figure includes
  // its start-up (loading the parser and the JIT warming up, a fixed cost per worker; the calling thread
  // is already warm here, as in any process that parses more than one batch); the steady figure is the same run from the
  // moment a fifth of the reports are done to the end. CPU time (process.cpuUsage: the main thread, the
  // workers and V8's helper threads) per report does not depend on what else the machine runs: on two
  // idle cores the batch can run at most 2 × (in-process CPU per report / batch CPU per report) times
  // the one-core rate. Then the batch alone at 100,000 and 1,000,000 reports (20,000 and 100,000 with
  // --quick) for its peak RSS. The NDJSON input is generated from the corpus and streamed from memory.
  const dir = mkdtempSync(join(tmpdir(), 'foramen-bench-'));
  const cores = 2;
  const child = (mode, count, rounds) => {
    const script = `
      import { performance } from 'node:perf_hooks';
      const { parseReport, runReportBatch } = await import(${JSON.stringify(new URL('../dist/src/index.js', import.meta.url).href)});
      const corpus = ${JSON.stringify(corpus)};
      const cycle = Buffer.from(corpus.map((text, i) => JSON.stringify({ id: 'c' + i, text }) + '\\n').join(''));
      const count = ${count};
      const cycles = Math.ceil(count / corpus.length);
      const source = () => {
        const counter = { bytes: 0 };
        return {
          records: (async function* () {})(),
          bytes: (async function* () {
            for (let c = 0; c < cycles; c++) { counter.bytes += cycle.length; yield cycle; }
          })(),
          progress: () => ({ bytesRead: counter.bytes, totalBytes: undefined }),
        };
      };
      const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
      const n = cycles * corpus.length;
      const rounds = [];
      if (${JSON.stringify(mode)} === 'compare') for (let i = 0; i < 2000; i++) parseReport(corpus[i % corpus.length]);
      for (let r = 0; r < ${rounds}; r++) {
        const round = {};
        if (${JSON.stringify(mode)} === 'compare') {
          const c0 = cpu();
          const t0 = performance.now();
          for (let i = 0; i < n; i++) parseReport(corpus[i % corpus.length]);
          round.inproc = n / ((performance.now() - t0) / 1000);
          round.inprocCpu = (cpu() - c0) / n;
        }
        let mark;
        const c1 = cpu();
        const t1 = performance.now();
        const s = await runReportBatch(source(), () => {}, {
          threads: ${cores},
          onProgress: (p) => { if (!mark && p.done >= n / 5) mark = { done: p.done, t: performance.now(), cpu: cpu() }; },
        });
        const t2 = performance.now();
        const c2 = cpu();
        if (s.reports !== n || s.errors !== 0) throw new Error('batch gave ' + s.reports + ' reports, ' + s.errors + ' errors');
        round.batch = n / ((t2 - t1) / 1000);
        round.batchCpu = (c2 - c1) / n;
        round.steady = (n - mark.done) / ((t2 - mark.t) / 1000);
        round.steadyCpu = (c2 - mark.cpu) / (n - mark.done);
        rounds.push(round);
      }
      process.stdout.write(JSON.stringify({ n, rounds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
    `;
    const file = join(dir, `${mode}-${count}.mjs`);
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`batch child failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  const rounds = quick ? 3 : 5;
  const compared = child('compare', quick ? 20_000 : 100_000, rounds);
  const of = (key) => compared.rounds.map((r) => r[key]);
  const ratios = compared.rounds.map((r) => r.batch / r.inproc);
  const steadyRatios = compared.rounds.map((r) => r.steady / r.inproc);
  // CPU efficiency: in-process CPU per report over batch CPU per report (1 = no overhead at all).
  const efficiency = median(compared.rounds.map((r) => r.inprocCpu / r.batchCpu));
  const steadyEfficiency = median(compared.rounds.map((r) => r.inprocCpu / r.steadyCpu));
  // The fixed start-up: whole-run CPU beyond what the steady per-report cost explains.
  const startupCpu = median(compared.rounds.map((r) => (r.batchCpu - r.steadyCpu) * compared.n));
  const cli = cliRounds(dir, corpus, quick ? 10_000 : 100_000, quick ? 1 : 3);
  const memory = child('batch', quick ? 10_000 : 100_000, 1);
  const million = child('batch', quick ? 30_000 : 1_000_000, 1);
  rmSync(dir, { recursive: true, force: true });
  const loads = `load average ${loadavg()[0].toFixed(1)} at the end (machine shared with other jobs)`;

  const note = `${total} reports (${mb.toFixed(1)} MB), ${(findings / runs / total).toFixed(1)} findings/report`;
  return [
    {
      name: 'parse-report, one core',
      value: perCore,
      unit: 'reports/s',
      baseline: { name: 'wink-nlp tokenise only', value: winkPerCore },
      ratio: perCore / winkPerCore,
      note,
    },
    {
      name: 'parse-report, one core',
      value: mb / parseSeconds,
      unit: 'MB/s',
      baseline: { name: 'wink-nlp tokenise only', value: mb / winkSeconds },
      ratio: winkSeconds / parseSeconds,
    },
    {
      name: `--batch on ${cores} threads (this one and ${cores - 1} worker), whole run`,
      value: median(of('batch')),
      unit: 'reports/s',
      baseline: { name: 'one core in-process, same rounds', value: median(of('inproc')) },
      ratio: median(ratios),
      note: `median of ${rounds} interleaved rounds of ${compared.n} reports, a fresh worker each round (the calling thread stays warm, as in a long-lived process); per-round speed-ups ${ratios.map((r) => r.toFixed(2)).join(', ')}; ${loads}`,
    },
    {
      name: `--batch on ${cores} threads, steady (after the first fifth)`,
      value: median(of('steady')),
      unit: 'reports/s',
      baseline: { name: 'one core in-process, same rounds', value: median(of('inproc')) },
      ratio: median(steadyRatios),
      note: `per-round speed-ups ${steadyRatios.map((r) => r.toFixed(2)).join(', ')}`,
    },
    {
      name: `--batch CPU efficiency (in-process CPU / batch CPU per report)`,
      value: efficiency,
      unit: '',
      note: `whole run; steady ${steadyEfficiency.toFixed(2)}; on ${cores} idle cores at most ${(cores * efficiency).toFixed(2)}× (steady ${(cores * steadyEfficiency).toFixed(2)}×) one core; in-process ${(1 / median(of('inprocCpu'))).toFixed(0)} reports per CPU-second`,
    },
    {
      name: `--batch start-up CPU (${cores} threads: load the parser, warm the JIT in each worker)`,
      value: startupCpu,
      unit: 'CPU-s',
      note: 'once per run, whatever its size',
    },
    {
      name: `foramen parse-report --batch --jobs ${cores}, whole command`,
      value: cli.parallel,
      unit: 'reports/s',
      baseline: { name: 'the same command with --jobs 0 (one core)', value: cli.serial },
      ratio: cli.ratio,
      note: `${cli.n} reports from an NDJSON file, output to /dev/null, each command a fresh process (start-up and JIT warm-up on both sides); median of ${cli.rounds} interleaved rounds, per-round speed-ups ${cli.ratios.map((r) => r.toFixed(2)).join(', ')}; CPU ${cli.serialCpu.toFixed(1)} vs ${cli.parallelCpu.toFixed(1)} CPU-s, so on ${cores} idle cores at most ${((cores * cli.serialCpu) / cli.parallelCpu).toFixed(2)}×`,
    },
    { name: `--batch peak RSS (${memory.n} reports)`, value: memory.maxRssMb, unit: 'MB' },
    {
      name: `--batch peak RSS (${million.n} reports)`,
      value: million.maxRssMb,
      unit: 'MB',
      note: `${median(million.rounds.map((r) => r.batch)).toFixed(0)} reports/s whole run; ${(1 / million.rounds[0].batchCpu).toFixed(0)} reports per CPU-second`,
    },
  ];
}
