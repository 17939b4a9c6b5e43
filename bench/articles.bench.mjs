// Issues 7 and 14: `foramen site build OUT` as a whole process (target: under 2 s for the 72 patient pages,
// the 72 clinician pages, the linked KB pages and the index), the cold start of one `foramen article`,
// in-process build and render times, and for the 72 patient pages the visible words, the Flesch–Kincaid
// grade of the whole visible page (both by measurePage) and the PEMAT-P scores (min / median / max).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median, processMs, throughput } from './_measure.mjs';

export default async function ({ quick }) {
  const out = mkdtempSync(join(tmpdir(), 'foramen-site-bench-'));
  try {
    const runs = quick ? 3 : 7;
    const bare = processMs(['-e', '0'], runs);
    const site = processMs(['bin/foramen.js', 'site', 'build', out], runs);
    const article = processMs(
      [
        'bin/foramen.js',
        'article',
        'L4-L5',
        '--side',
        'left',
        '--zone',
        'foraminal',
        '--format',
        'html',
      ],
      runs,
    );

    const { buildArticle, renderArticleHtml, buildArticleSite, scorePemat, LEVELS, SIDES, ZONES } =
      await import('../dist/src/index.js');
    const { EN } = await import('../dist/src/articles/patient/en.js');
    const cases = LEVELS.flatMap((level) =>
      ZONES.flatMap((zone) => SIDES.map((side) => ({ level, side, zone }))),
    );
    const started = performance.now();
    buildArticleSite();
    const firstSite = performance.now() - started;
    const t = throughput(
      (i) => renderArticleHtml(buildArticle(cases[i % cases.length])),
      quick ? 72 : 360,
    );
    const pages = cases.map((c) => buildArticle(c));
    const sorted = (f) => pages.map(f).sort((a, b) => a - b);
    const grades = sorted((a) => a.readingGrade);
    const words = sorted((a) => a.wordCount);
    const pemat = pages.map((a) => scorePemat(a, EN.terms));
    const understand = pemat.map((p) => p.understandability).sort((a, b) => a - b);
    const act = pemat.map((p) => p.actionability).sort((a, b) => a - b);
    return [
      {
        name: 'site build: 72 patient + 72 clinician pages, KB pages, index; whole process',
        value: site,
        unit: 'ms',
        baseline: { name: 'node -e 0', value: bare },
        ratio: site / bare,
        note: 'target < 2000 ms',
      },
      {
        name: 'cold start: article L4-L5 --format html',
        value: article,
        unit: 'ms',
        baseline: { name: 'node -e 0', value: bare },
        ratio: article / bare,
      },
      { name: 'buildArticleSite in-process, first call', value: firstSite, unit: 'ms' },
      { name: 'build + render one article (HTML) p50', value: t.p50, unit: 'ms' },
      { name: 'build + render one article (HTML) p99', value: t.p99, unit: 'ms' },
      {
        name: 'patient page: visible words min',
        value: words[0],
        unit: 'words',
        note: '1,200-2,500',
      },
      { name: 'patient page: visible words max', value: words.at(-1), unit: 'words' },
      { name: 'reading grade (FK, whole page) min', value: grades[0], unit: 'grade' },
      { name: 'reading grade (FK, whole page) median', value: median(grades), unit: 'grade' },
      {
        name: 'reading grade (FK, whole page) max',
        value: grades.at(-1),
        unit: 'grade',
        note: 'limit 7',
      },
      { name: 'PEMAT-P understandability min', value: understand[0], unit: '%', note: 'aim >= 80' },
      { name: 'PEMAT-P actionability min', value: act[0], unit: '%', note: 'aim >= 80' },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
