// Issue 7: `foramen site build OUT` as a whole process (target: under 2 s for all 72 pages and the index),
// the cold start of one `foramen article`, in-process build and render times, and the reading grades of
// the 72 articles (min / median / max Flesch–Kincaid) so a KB change that makes pages harder shows here.
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

    const { buildArticle, renderArticleHtml, buildArticleSite, LEVELS, SIDES, ZONES } =
      await import('../dist/src/index.js');
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
    const grades = cases.map((c) => buildArticle(c).readingGrade).sort((a, b) => a - b);
    return [
      {
        name: 'site build: 72 pages + index, whole process',
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
      { name: 'reading grade (FK) min', value: grades[0], unit: 'grade' },
      { name: 'reading grade (FK) median', value: median(grades), unit: 'grade' },
      { name: 'reading grade (FK) max', value: grades.at(-1), unit: 'grade', note: 'limit 8' },
    ];
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
