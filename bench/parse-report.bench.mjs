// Issue 6: report parser throughput. The 462 corpus reports replicated to 100,000 (10,000 with --quick):
// reports/s and MB/s on one core, against the same texts merely tokenised by wink-nlp in the same run;
// then `--batch` on every core through worker threads (NDJSON in, NDJSON out), with the batch process's
// peak memory, run as a child process so its RSS is its own.
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
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

  // --batch on every core, as a child process (CLI), NDJSON file in, NDJSON to /dev/null.
  const dir = mkdtempSync(join(tmpdir(), 'foramen-bench-'));
  const file = join(dir, 'reports.ndjson');
  writeFileSync(
    file,
    texts.map((text, i) => JSON.stringify({ id: `r${i}`, text })).join('\n') + '\n',
  );
  const cores = availableParallelism();
  const script = `
    import { openBatchSource, runReportBatch } from ${JSON.stringify(new URL('../dist/src/index.js', import.meta.url).href)};
    const source = await openBatchSource(${JSON.stringify(file)});
    const t = performance.now();
    const s = await runReportBatch(source, () => {}, { workers: ${cores} });
    const seconds = (performance.now() - t) / 1000;
    process.stdout.write(JSON.stringify({ reports: s.reports, errors: s.errors, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
  `;
  const scriptFile = join(dir, 'batch.mjs');
  writeFileSync(scriptFile, script);
  const child = spawnSync(process.execPath, [scriptFile], { encoding: 'utf8', maxBuffer: 1 << 20 });
  rmSync(dir, { recursive: true, force: true });
  if (child.status !== 0) throw new Error(`batch child failed: ${child.stderr}`);
  const batch = JSON.parse(child.stdout);
  if (batch.reports !== total || batch.errors !== 0)
    throw new Error(`batch returned ${batch.reports} reports, ${batch.errors} errors`);

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
      name: `--batch on ${cores} worker(s)`,
      value: batch.reports / batch.seconds,
      unit: 'reports/s',
      note: `${(batch.reports / batch.seconds / cores).toFixed(0)} reports/s per core`,
    },
    { name: `--batch peak RSS (${total} reports)`, value: batch.maxRssMb, unit: 'MB' },
  ];
}
