/** The builder selects and renders whatever the KB holds, by category and level (a small fixture KB). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildArticle,
  renderArticleHtml,
  renderArticleMarkdown,
} from '../../src/articles/index.js';
import type { Article } from '../../src/articles/index.js';
import { fixtureKb } from './fixtures.js';
import { itemsOf } from './_support.js';

const kb = fixtureKb();
const terms = (a: Article, section: string): string[] =>
  itemsOf(a)
    .filter((x) => x.section === section)
    .map((x) => x.item.term ?? '');

describe('selection from the KB', () => {
  const l5 = buildArticle({ level: 'L4-L5', side: 'left', zone: 'central' }, kb); // traversing L5
  const l4 = buildArticle({ level: 'L4-L5', side: 'left', zone: 'foraminal' }, kb); // exiting L4
  const l3 = buildArticle({ level: 'L3-L4', side: 'right', zone: 'foraminal' }, kb);

  it('shows a root-specific symptom only for its own root, and general symptoms for all', () => {
    assert.ok(terms(l5, 'symptoms').includes('Weak big toe'));
    assert.ok(!terms(l4, 'symptoms').includes('Weak big toe'));
    assert.ok(terms(l4, 'symptoms').includes('Back ache'));
  });
  it('shows an entry limited to some levels only at those levels', () => {
    assert.ok(terms(l4, 'prevention').includes('Stay active'));
    assert.ok(!terms(l3, 'prevention').includes('Stay active'));
  });
  it('lists as treatments only medicines graded for this problem, not ones known only for interactions', () => {
    assert.ok(terms(l4, 'treatment').includes('Safeprofen (Safo)'));
    assert.ok(terms(l4, 'treatment').includes('Overdosamol'));
    assert.ok(!terms(l4, 'treatment').includes('Thinnerin'));
  });
  it('marks the type that matches the article', () => {
    const item = itemsOf(l4).find((x) => x.item.term === 'Foraminal stenosis');
    assert.match(item?.item.text ?? '', /This is the type this page is about\./);
  });
  it('keeps hard KB wording for clinicians and gives patients a plain line', () => {
    const wear = itemsOf(l4).find((x) => x.item.term === 'Disc wear')?.item;
    assert.equal(wear?.text, 'A wear-and-tear change that comes with age.');
    assert.ok(wear?.clinician?.some((c) => c.startsWith('Intervertebral discs undergo')));
  });
  it('gives surgery its recovery time', () => {
    const op = itemsOf(l4).find((x) => x.item.term === 'Foraminotomy')?.item;
    assert.match(op?.text ?? '', /Most people need about 4 to 6 weeks/);
  });
  it('puts KB emergencies in the emergency box and urgent flags in their own box', () => {
    const help = l4.sections.find((s) => s.id === 'when-to-get-help');
    const tones = help?.blocks
      .filter((b) => b.kind === 'callout')
      .map((b) => (b.kind === 'callout' ? b.tone : ''));
    assert.deepEqual(tones, ['emergency', 'urgent']);
  });
  it('dates the article by the newest review of the entries it uses, and carries the KB version', () => {
    assert.equal(l4.reviewed, '2026-01-15');
    assert.equal(l4.kbVersion, kb.version);
  });
  it('numbers references in order of first use', () => {
    assert.deepEqual(
      l4.references.map((r) => r.number),
      l4.references.map((_, i) => i + 1),
    );
    assert.equal(
      l4.references.find((r) => r.id === 'fixture-source')?.text,
      'Fixture textbook of spine care (2020).',
    );
  });
});

describe('an empty KB', () => {
  const empty = fixtureKb([]);
  it('still gives every section, the anatomy and the emergency signs', () => {
    const a = buildArticle({ level: 'L2-L3', side: 'bilateral', zone: 'subarticular' }, empty);
    assert.equal(a.root, 'L3');
    assert.equal(a.sections.length, 13);
    assert.ok(
      a.sections
        .find((s) => s.id === 'when-to-get-help')
        ?.blocks.some((b) => b.kind === 'callout' && b.tone === 'emergency'),
    );
    assert.equal(a.reviewed, 'not recorded');
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
  it('HTML escapes text', () => {
    const odd = buildArticle(
      { level: 'L5-S1', side: 'right', zone: 'subarticular' },
      fixtureKb([
        {
          id: 'advice-odd',
          category: 'advice',
          adviceKind: 'avoid',
          name: 'Lifting <heavy> & "awkward" loads',
          synonyms: [],
          summary: 'Do not lift heavy boxes.',
          levels: 'all',
          seedDocs: [],
          sources: ['fixture-source'],
          reviewed: '2026-01-01',
        },
      ]),
    );
    assert.ok(
      renderArticleHtml(odd).includes('Lifting &lt;heavy&gt; &amp; &quot;awkward&quot; loads'),
    );
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
