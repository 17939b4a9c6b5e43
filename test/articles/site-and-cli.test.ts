/** The static site, and the `article` and `site build` commands run in-process plus one spawned smoke test. */
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticleSite } from '../../src/articles/index.js';
import type { Article } from '../../src/articles/index.js';
import { runForamen } from '../support/memory-io.js';

describe('buildArticleSite', () => {
  const files = buildArticleSite();
  const index = files.find((f) => f.path === 'index.html')?.content ?? '';

  const articles = files.filter((f) => /^[lt]\d+-[ls]\d+\//.test(f.path));
  const kbPages = files.filter((f) => f.path.startsWith('kb/'));
  it('writes 72 patient pages, 72 clinician pages, the linked KB pages and an index', () => {
    assert.equal(articles.filter((f) => !f.path.endsWith('.clinician.html')).length, 72);
    assert.equal(articles.filter((f) => f.path.endsWith('.clinician.html')).length, 72);
    assert.ok(files.some((f) => f.path === 'l4-l5/left-foraminal.html'));
    assert.ok(files.some((f) => f.path === 'l4-l5/left-foraminal.clinician.html'));
    assert.ok(kbPages.length >= 20);
    assert.equal(new Set(files.map((f) => f.path)).size, files.length);
  });
  it('every KB link of every page resolves to a page of the site', () => {
    const paths = new Set(files.map((f) => f.path));
    for (const f of articles) {
      for (const m of f.content.matchAll(/href="\.\.\/kb\/([^"]+)"/g)) {
        assert.ok(paths.has(`kb/${m[1] ?? ''}`), `${f.path} → ${m[1] ?? ''}`);
      }
    }
  });
  it('links every page from the index, grouped by level', () => {
    for (const f of articles) {
      assert.ok(index.includes(`href="${f.path}"`), f.path);
    }
    for (const level of ['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1']) {
      assert.ok(index.includes(`<h2 id="level-${level}">${level}</h2>`));
    }
  });
  it('carries a client-side search over an inline JSON index, with no external resources', () => {
    const data =
      /<script type="application\/json" id="search-data">([^<]*)<\/script>/.exec(index)?.[1] ?? '';
    const entries = JSON.parse(data) as { t: string; u: string; k: string }[];
    assert.equal(entries.length, 72);
    assert.ok(entries.find((e) => e.u === 'l4-l5/left-foraminal.html')?.k.includes('l4 root'));
    // Someone who types a body part finds the roots that supply it.
    assert.ok(entries.filter((e) => e.k.includes('big toe')).every((e) => /L4|L5/.test(e.t)));
    for (const f of files) assert.ok(!/<link |src="http|@import|url\(http/.test(f.content), f.path);
  });
  it('every page links back to the index and to the other audience', () => {
    for (const f of articles) {
      assert.ok(f.content.includes('<a href="../index.html">'), f.path);
      assert.match(
        f.content,
        /<a href="[a-z]+-[a-z]+(\.clinician)?\.html">(For clinicians|Patient page)<\/a>/,
      );
    }
  });
});

describe('foramen article (in-process)', () => {
  it('prints Markdown by default', async () => {
    const r = await runForamen(['article', 'L4-L5', '--side', 'left', '--zone', 'foraminal']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stdout,
      /^# Narrow nerve window \(foraminal stenosis\) at L4-L5 on the left: the L4 nerve\n/,
    );
  });
  it('--audience clinician prints the clinician summary', async () => {
    const r = await runForamen([
      'article',
      'L4-L5',
      '--side',
      'left',
      '--zone',
      'foraminal',
      '--audience',
      'clinician',
      '--json',
    ]);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Article;
    assert.equal(a.audience, 'clinician');
    assert.ok(a.sections.some((s) => s.id === 'doses'));
  });
  it('--format html prints a whole page', async () => {
    const r = await runForamen([
      'article',
      'l5-s1',
      '--side',
      'right',
      '--zone',
      'central',
      '--format',
      'html',
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^<!doctype html>/);
    assert.match(r.stdout, /the S1 nerve/);
  });
  it('--format json and --json print the article as data', async () => {
    for (const args of [['--format', 'json'], ['--json']]) {
      const r = await runForamen([
        'article',
        'T12-L1',
        '--side',
        'bilateral',
        '--zone',
        'foraminal',
        ...args,
      ]);
      assert.equal(r.code, 0, r.stderr);
      const a = JSON.parse(r.stdout) as Article;
      assert.equal(a.root, 'T12');
      assert.equal(a.relation, 'exiting');
      assert.equal(a.sections.length, 10);
    }
  });
  const bad: [string, string[], RegExp][] = [
    [
      'bad level',
      ['article', 'L6-L7', '--side', 'left', '--zone', 'central'],
      /^foramen: level: "L6-L7" is not allowed; use one of T12-L1, L1-L2, L2-L3, L3-L4, L4-L5, L5-S1$/,
    ],
    [
      'bad side',
      ['article', 'L4-L5', '--side', 'up', '--zone', 'central'],
      /^foramen: side: "up" is not allowed; use one of left, right, bilateral$/,
    ],
    [
      'missing side',
      ['article', 'L4-L5', '--zone', 'central'],
      /^foramen: side: is required; use one of left, right, bilateral$/,
    ],
    [
      'bad zone',
      ['article', 'L4-L5', '--side', 'left', '--zone', 'lateral'],
      /^foramen: zone: "lateral" is not allowed; use one of central, subarticular, foraminal, extraforaminal$/,
    ],
    [
      'bad audience',
      ['article', 'L4-L5', '--side', 'left', '--zone', 'central', '--audience', 'nurse'],
      /^foramen: audience: "nurse" is not allowed; use one of patient, clinician$/,
    ],
    [
      'bad format',
      ['article', 'L4-L5', '--side', 'left', '--zone', 'central', '--format', 'pdf'],
      /^foramen: format: "pdf" is not allowed; use one of md, html, json$/,
    ],
  ];
  for (const [name, args, pattern] of bad) {
    it(`${name}: one line naming the field and the allowed values, non-zero exit`, async () => {
      const r = await runForamen(args);
      assert.equal(r.code, 1);
      assert.equal(r.stdout, '');
      assert.match(r.stderr.trimEnd(), pattern);
      assert.equal(r.stderr.trimEnd().split('\n').length, 1);
    });
  }
});

describe('foramen site build (in-process)', () => {
  // Inside the repository's gitignored test-artifacts, as the brief asks for generated output.
  mkdirSync(join(process.cwd(), 'test-artifacts'), { recursive: true });
  const out = mkdtempSync(join(process.cwd(), 'test-artifacts', 'site-'));
  after(() => rmSync(out, { recursive: true, force: true }));

  it('writes both audiences and reports them as JSON', async () => {
    const r = await runForamen(['site', 'build', out, '--json']);
    assert.equal(r.code, 0, r.stderr);
    const body = JSON.parse(r.stdout) as {
      files: number;
      pages: number;
      clinicianPages: number;
      ms: number;
    };
    assert.equal(body.pages, 72);
    assert.equal(body.clinicianPages, 72);
    assert.equal(readdirSync(join(out, 'l4-l5')).filter((f) => f.endsWith('.html')).length, 24);
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /Search the guides/);
  });
  it('names OUT when it cannot write there', async () => {
    const file = join(out, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = await runForamen(['site', 'build', join(file, 'inside')]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^foramen: OUT: .*cannot write there/);
  });
});

describe('foramen article (spawned)', () => {
  it('node dist/src/cli/run.js article L5-S1 --side right --zone foraminal --json', () => {
    const r = spawnSync(
      process.execPath,
      [
        'dist/src/cli/run.js',
        'article',
        'L5-S1',
        '--side',
        'right',
        '--zone',
        'foraminal',
        '--json',
      ],
      { encoding: 'utf8' },
    );
    assert.equal(r.status, 0, r.stderr);
    const a = JSON.parse(r.stdout) as Article;
    assert.equal(a.root, 'L5');
    assert.equal(a.slug, 'l5-s1-right-foraminal');
  });
});
