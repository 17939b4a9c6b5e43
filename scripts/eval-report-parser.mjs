#!/usr/bin/env node
// Prints the report parser's evaluation against the hand-labelled gold in test/fixtures/reports/gold
// (and the hard cases in test/fixtures/reports/hard) as Markdown tables for the README.
// Also scores the new-style gold (test/fixtures/reports/styles/gold.json), the second and third outside
// reviewers' sets kept as fixtures (styles/reviewer2.json, reviewer3.json) and, when present, a held-out reviewer set
// (/work/review/reports/gold.json, or --reviewer=FILE): foraminal and central only.
// Usage: npm run build && node scripts/eval-report-parser.mjs [--verbose] [--only ID,ID] [--reviewer=FILE]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseReport } from '../dist/src/index.js';
import {
  evaluateReports,
  GoldReportSchema,
  STYLE_GOLD_TYPES,
  StyleGoldReportSchema,
  styleGoldFindings,
} from '../dist/src/report-parser/evaluate.js';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'test/fixtures/reports');
const corpus = resolve(root, '../shared/corpus/lumbar-mri-reports');
const verbose = process.argv.includes('--verbose');
const onlyArg = process.argv.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice(7).split(',')) : undefined;

function load(dir) {
  const cases = [];
  let unavailable = 0;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const gold = GoldReportSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
    if (only && !only.has(gold.id)) continue;
    let text;
    if (gold.text.startsWith('texts/')) text = readFileSync(join(fixtures, gold.text), 'utf8');
    else if (gold.text.startsWith('corpus:')) {
      const file = join(corpus, gold.text.slice(7));
      if (!existsSync(file)) {
        unavailable++;
        continue;
      }
      text = readFileSync(file, 'utf8');
    } else text = gold.text;
    cases.push({ id: gold.id, gold: gold.findings, predicted: parseReport(text) });
  }
  return { cases, unavailable };
}

function loadStyle(file) {
  const reports = JSON.parse(readFileSync(file, 'utf8')).map((r) => StyleGoldReportSchema.parse(r));
  const cases = reports
    .filter((r) => !only || only.has(r.id))
    .map((r) => ({
      id: r.id,
      gold: styleGoldFindings(r),
      predicted: parseReport(r.text),
      types: STYLE_GOLD_TYPES,
      sides: 'per-side',
    }));
  return { cases, unavailable: 0 };
}

const pct = (x) => (100 * x).toFixed(1);
function print(title, { cases, unavailable }) {
  const e = evaluateReports(cases);
  console.log(`### ${title}\n`);
  console.log(
    `${e.reports} reports, ${e.goldFindings} gold findings${unavailable ? ` (${unavailable} reports skipped: ../shared not available)` : ''}.\n`,
  );
  console.log('| finding | gold | predicted | TP | precision | recall | F1 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [type, s] of [...e.perType].sort((a, b) => b[1].tp + b[1].fn - (a[1].tp + a[1].fn))) {
    console.log(
      `| ${type} | ${s.tp + s.fn} | ${s.tp + s.fp} | ${s.tp} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`,
    );
  }
  const o = e.overall;
  console.log(
    `| **all types** | ${o.tp + o.fn} | ${o.tp + o.fp} | ${o.tp} | ${pct(o.precision)} | ${pct(o.recall)} | ${pct(o.f1)} |`,
  );
  const f = e.foraminalStrict;
  console.log(
    `\nForaminal stenosis, strict (level + side + severity + negation): precision ${pct(f.precision)}, recall ${pct(f.recall)}, F1 ${pct(f.f1)}.`,
  );
  console.log(
    `Foraminal stenosis exact severity accuracy: ${e.foraminalSeverity.correct}/${e.foraminalSeverity.total} = ${pct(e.foraminalSeverity.accuracy)}%.\n`,
  );
  console.log(
    `Negation accuracy: ${e.negation.correct}/${e.negation.total} = ${pct(e.negation.accuracy)}%. ` +
      `Temporal accuracy: ${e.temporal.correct}/${e.temporal.total} = ${pct(e.temporal.accuracy)}%. ` +
      `Prior or retracted findings reported as current: ${e.priorAsCurrent}.\n`,
  );
  if (verbose) for (const m of e.mismatches) console.log(`  ${m.id} ${m.kind.padEnd(8)} ${m.key}`);
}

print('Hand-labelled corpus reports', load(join(fixtures, 'gold')));
if (existsSync(join(fixtures, 'hard')))
  print('Hard cases (synthetic)', load(join(fixtures, 'hard')));
const styles = join(fixtures, 'styles/gold.json');
if (existsSync(styles))
  print('New styles (issue 15, labelled before the first run)', loadStyle(styles));
const reviewer2 = join(fixtures, 'styles/reviewer2.json');
if (existsSync(reviewer2))
  print(
    'Second outside reviewer (blind-labelled; kept as a fixture after scoring)',
    loadStyle(reviewer2),
  );
const reviewer3 = join(fixtures, 'styles/reviewer3.json');
if (existsSync(reviewer3))
  print(
    'Third outside reviewer (blind-labelled; kept as a fixture after scoring)',
    loadStyle(reviewer3),
  );
const reviewerArg = process.argv.find((a) => a.startsWith('--reviewer='));
const reviewer = reviewerArg ? reviewerArg.slice(11) : '/work/review/reports/gold.json';
const sameAsFixture =
  existsSync(reviewer) &&
  existsSync(reviewer2) &&
  JSON.stringify(JSON.parse(readFileSync(reviewer, 'utf8'))) ===
    JSON.stringify(JSON.parse(readFileSync(reviewer2, 'utf8')));
if (existsSync(reviewer) && !sameAsFixture)
  print('Outside reviewer (held out)', loadStyle(reviewer));
