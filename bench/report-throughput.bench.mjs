// Issue 10: report parsing in reports/s and MB/s on one core over the lumbar MRI corpus in rotation
// (../shared/corpus, or the redistributable copies in test/fixtures/reports/texts without it), beside the
// same texts merely tokenised by wink-nlp (tokeniser only, no tagging) as a baseline. Rounds alternate
// parser and tokeniser; each figure is the median over the rounds, the ratio the median of per-round
// ratios. The full run parses (and tokenises) 100,000 reports, the corpus
// replicated, the quick run 4,500.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median } from './_measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The report texts: the shared corpus when present, else the fixtures' redistributable copies. */
function corpus() {
  const candidates = [process.env.FORAMEN_CORPUS, join(root, '../shared/corpus/lumbar-mri-reports'), join(root, 'test/fixtures/reports/texts')];
  const dir = candidates.find((d) => d && existsSync(d));
  if (!dir) throw new Error('no report corpus found');
  const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
  return { dir, texts };
}

/** Processes `count` reports from the rotation and returns [reports/s, MB/s]. */
function rate(fn, texts, bytes, count, offset) {
  let n = 0;
  let b = 0;
  const t = performance.now();
  for (let i = 0; i < count; i++) {
    const k = (offset + i) % texts.length;
    fn(texts[k]);
    b += bytes[k];
    n++;
  }
  const s = (performance.now() - t) / 1000;
  return [n / s, b / s / 1e6];
}

export default async function ({ quick }) {
  const { parseReport } = await import('../dist/src/index.js');
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  const nlp = winkNLP(model, []);
  const tokenise = (text) => nlp.readDoc(text).tokens().out();

  const { dir, texts } = corpus();
  const bytes = texts.map((t) => Buffer.byteLength(t));
  const rounds = quick ? 3 : 5;
  // Both sides read the same reports in each round, so the MB/s ratio equals the reports/s ratio.
  const perRound = quick ? 1500 : 20000;
  for (const t of texts) {
    parseReport(t);
    tokenise(t);
  }
  const parsed = [];
  const tokenised = [];
  for (let r = 0; r < rounds; r++) {
    parsed.push(rate(parseReport, texts, bytes, perRound, r * 7));
    tokenised.push(rate(tokenise, texts, bytes, perRound, r * 7));
  }
  const parseRps = median(parsed.map((x) => x[0]));
  const parseMbs = median(parsed.map((x) => x[1]));
  const tokRps = median(tokenised.map((x) => x[0]));
  const tokMbs = median(tokenised.map((x) => x[1]));
  const ratios = parsed.map((p, i) => p[0] / tokenised[i][0]);
  const source = dir.includes('shared') ? 'shared corpus' : 'fixture texts';
  const meanKb = bytes.reduce((a, b) => a + b, 0) / bytes.length / 1024;
  return [
    { name: 'parseReport (one core)', value: parseRps, unit: 'reports/s', baseline: { name: 'wink-nlp tokenise', value: tokRps }, ratio: median(ratios), note: `${perRound * rounds} reports each: ${texts.length} texts of the ${source} in rotation, mean ${meanKb.toFixed(1)} KiB` },
    { name: 'parseReport (one core)', value: parseMbs, unit: 'MB/s', baseline: { name: 'wink-nlp tokenise', value: tokMbs }, ratio: median(ratios) },
  ];
}
