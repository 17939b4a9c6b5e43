/** Renderers and the builder with an injected KB (a small fixture KB, and an empty one). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildArticle,
  renderArticleHtml,
  renderArticleMarkdown,
} from '../../src/articles/index.js';
import type { Article } from '../../src/articles/index.js';
import { fixtureKb } from './fixtures.js';

const kb = fixtureKb();

describe('an empty KB', () => {
  const empty = fixtureKb([]);
  it('still gives every section, the anatomy and the emergency signs, without links to missing pages', () => {
    const a = buildArticle({ level: 'L2-L3', side: 'bilateral', zone: 'subarticular' }, empty);
    assert.equal(a.root, 'L3');
    assert.equal(a.sections.length, 10);
    assert.ok(
      a.sections
        .find((s) => s.id === 'get-help')
        ?.blocks.some((b) => b.kind === 'callout' && b.tone === 'emergency'),
    );
    assert.equal(a.reviewed, 'not recorded');
    for (const s of a.sections) {
      for (const b of s.blocks) {
        if (b.kind === 'list' || b.kind === 'ordered') {
          for (const i of b.items) assert.equal(i.link, undefined);
        }
      }
    }
  });
});

describe('renderers', () => {
  const a = buildArticle({ level: 'L5-S1', side: 'right', zone: 'subarticular' }, kb);
  const md = renderArticleMarkdown(a);
  const html = renderArticleHtml(a);

  it('Markdown has the title, one heading per section and the diagrams as data URIs with alt text', () => {
    assert.ok(md.startsWith(`# ${a.title}\n`));
    for (const s of a.sections) assert.ok(md.includes(`\n## ${s.heading}\n`), s.heading);
    assert.match(
      md,
      /!\[Side and back views of the lower spine[^\]]+\]\(data:image\/svg\+xml;base64,/,
    );
    assert.ok(!/\]\(https?:/.test(md.replace(/<https?:[^>]+>/g, '')), 'no remote images');
  });
  it('HTML is one self-contained page with landmarks, headings in order and named figures', () => {
    assert.match(html, /^<!doctype html>\n<html lang="en">/);
    for (const tag of ['<header', '<nav', '<main id="main"', '<footer']) {
      assert.ok(html.includes(tag), tag);
    }
    assert.equal(html.match(/<h1>/g)?.length, 1);
    assert.equal(html.match(/<h2 id="/g)?.length, a.sections.length + 1);
    assert.match(
      html,
      /<svg [^>]*role="img" aria-labelledby="spine-diagram-title spine-diagram-desc"/,
    );
    assert.match(html, /<figcaption>/);
    assert.match(html, /@media print/);
    assert.ok(
      !/<link |<script|@import|src="http|url\(http/.test(html),
      'no external resources or scripts',
    );
    // Every reference mark was filled in and points at a listed reference.
    assert.ok(!/[\uE000\uE001]/.test(html));
    for (const m of html.matchAll(/href="#ref-(\d+)"/g)) {
      assert.ok(html.includes(`<li id="ref-${m[1] ?? ''}">`));
    }
  });
  it('HTML links each named treatment to its KB page, by default the static site address', () => {
    const shipped = buildArticle({ level: 'L5-S1', side: 'right', zone: 'subarticular' });
    assert.match(renderArticleHtml(shipped), /<a href="\.\.\/kb\/procedure-foraminotomy\.html">/);
    assert.match(
      renderArticleHtml(shipped, { kbHref: (id) => `/kb/${id}` }),
      /<a href="\/kb\/therapy-home-exercise">/,
    );
  });
  it('the clinician page is the same condition with tables, and no handout', () => {
    const c = buildArticle({
      level: 'L5-S1',
      side: 'right',
      zone: 'subarticular',
      audience: 'clinician',
    });
    assert.equal(c.audience, 'clinician');
    assert.equal(c.root, 'S1');
    assert.equal(c.handout, undefined);
    assert.match(renderArticleHtml(c), /<table><caption>Adult doses/);
    assert.match(renderArticleMarkdown(c), /\| Medicine \| Usual ceiling for pain \|/);
  });
  it('JSON keeps the sections as data', () => {
    const back = JSON.parse(JSON.stringify(a)) as Article;
    assert.deepEqual(
      back.sections.map((s) => s.id),
      a.sections.map((s) => s.id),
    );
    assert.equal(back.root, 'S1');
  });
});
