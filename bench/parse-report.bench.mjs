// Issues 6 and 15: report parser throughput. The 462 corpus reports replicated to 100,000 (10,000 with --quick):
// reports/s and MB/s on one core, against the same texts merely tokenised by wink-nlp in the same run;
// then `--batch` on every core through worker threads (NDJSON in, NDJSON out), with the batch process's
// peak memory, run as a child process so its RSS is its own.
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

  // --batch on 2 worker threads against the single-core in-process rate, measured in one child process,
  // interleaved round by round so load drift on this shared machine hits both alike; then the batch alone
  // at 100,000 and (FORAMEN_BENCH_MILLION=1) 1,000,000 reports for its peak RSS. The NDJSON input is
  // streamed from memory, so no 800 MB file is written.
  const dir = mkdtempSync(join(tmpdir(), 'foramen-bench-'));
  const cores = 2;
  const child = (mode, count, rounds) => {
    const script = `
      import { readdirSync, readFileSync } from 'node:fs';
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
      const n = cycles * corpus.length;
      const inproc = [], batch = [];
      if (${JSON.stringify(mode)} === 'compare') for (let i = 0; i < 2000; i++) parseReport(corpus[i % corpus.length]);
      for (let r = 0; r < ${rounds}; r++) {
        if (${JSON.stringify(mode)} === 'compare') {
          const t0 = performance.now();
          for (let i = 0; i < n; i++) parseReport(corpus[i % corpus.length]);
          inproc.push(n / ((performance.now() - t0) / 1000));
        }
        const t1 = performance.now();
        const s = await runReportBatch(source(), () => {}, { workers: ${cores} });
        if (s.reports !== n || s.errors !== 0) throw new Error('batch gave ' + s.reports + ' reports, ' + s.errors + ' errors');
        batch.push(n / ((performance.now() - t1) / 1000));
      }
      process.stdout.write(JSON.stringify({ n, inproc, batch, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
    `;
    const file = join(dir, `${mode}-${count}.mjs`);
    writeFileSync(file, script);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (r.status !== 0) throw new Error(`batch child failed: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  const rounds = quick ? 3 : 5;
  const compared = child('compare', quick ? 20_000 : 100_000, rounds);
  const ratios = compared.batch.map((b, i) => b / compared.inproc[i]);
  const memory = child('batch', quick ? 20_000 : 100_000, 1);
  const million =
    process.env.FORAMEN_BENCH_MILLION === '1' ? child('batch', 1_000_000, 1) : undefined;
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
      name: `--batch on ${cores} workers`,
      value: median(compared.batch),
      unit: 'reports/s',
      baseline: { name: 'one core in-process, same rounds', value: median(compared.inproc) },
      ratio: median(ratios),
      note: `median of ${rounds} interleaved rounds of ${compared.n} reports; per-round speed-ups ${ratios.map((r) => r.toFixed(2)).join(', ')}; ${loads}`,
    },
    { name: `--batch peak RSS (${memory.n} reports)`, value: memory.maxRssMb, unit: 'MB' },
    ...(million
      ? [
          {
            name: `--batch peak RSS (${million.n} reports)`,
            value: million.maxRssMb,
            unit: 'MB',
            note: `${median(million.batch).toFixed(0)} reports/s`,
          },
        ]
      : []),
  ];
}
