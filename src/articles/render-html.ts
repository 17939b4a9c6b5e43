/**
 * Accessible HTML rendering of an article: one self-contained page with semantic headings, landmarks
 * (header, nav, main, footer), inline SVG diagrams named by their title and description, clinician notes
 * in <details>, a print stylesheet, and no external resources.
 */
import { ARTICLE_CSS } from './html-style.js';
import type { Article, ArticleReference, Block, ListItem } from './model.js';
import { referenceMarks } from './render-markdown.js';

/** Escapes text for HTML. */
export const escapeHtml = (s: string): string =>
  /[&<>"]/.test(s) ? s.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c) : s;
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/** Options for pages that are part of the static site. */
export interface HtmlOptions {
  /** Link back to the site index, when the page is part of a site. */
  readonly indexHref?: string;
}

// Reference numbers differ from page to page, so blocks are rendered with a placeholder for their
// marks (the citation ids between two private-use characters) and the numbers are filled in per page.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARK = /\uE000([^\uE001]*)\uE001/g;

function marks(sources: readonly string[] | undefined): string {
  return sources && sources.length > 0 ? `${MARK_OPEN}${sources.join(' ')}${MARK_CLOSE}` : '';
}

function fillMarks(html: string, refs: readonly ArticleReference[]): string {
  return html.replace(MARK, (_, ids: string) => {
    const n = referenceMarks(ids.split(' '), refs);
    if (n.length === 0) return '';
    return ` <sup class="refs">[${n.map((x) => `<a href="#ref-${x}" aria-label="reference ${x}">${x}</a>`).join(', ')}]</sup>`;
  });
}

// Clinician notes come from sections shared by the pages of a level; render each list once.
const detailsCache = new WeakMap<readonly string[], string>();

function clinicianDetails(lines: readonly string[]): string {
  if (lines.length === 0) return '';
  let html = detailsCache.get(lines);
  if (html === undefined) {
    html = `<details><summary>For clinicians</summary><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></details>`;
    detailsCache.set(lines, html);
  }
  return html;
}

function item(i: ListItem): string {
  const head = i.term
    ? `<strong>${escapeHtml(i.term)}</strong>${i.text ? (/[?!]$/.test(i.term) ? ' ' : ': ') : ''}`
    : '';
  return `<li>${head}${escapeHtml(i.text)}${marks(i.sources)}${clinicianDetails(i.clinician ?? [])}</li>`;
}

// Blocks shared by several pages (the same object) are rendered once; the key covers the callout id.
const blockCache = new WeakMap<Block, { key: string; html: string }>();

function block(b: Block, sectionId: string, index: number): string {
  const key = `${sectionId} ${index}`;
  const hit = blockCache.get(b);
  if (hit && hit.key === key) return hit.html;
  const html = renderBlock(b, sectionId, index);
  blockCache.set(b, { key, html });
  return html;
}

function renderBlock(b: Block, sectionId: string, index: number): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}${marks(b.sources)}</p>`;
    case 'subheading':
      return b.minor === true ? `<h4>${escapeHtml(b.text)}</h4>` : `<h3>${escapeHtml(b.text)}</h3>`;
    case 'list':
      return `<ul class="items">${b.items.map(item).join('')}</ul>`;
    case 'callout': {
      const id = `${sectionId}-callout-${index}`;
      return `<aside class="callout ${b.tone}" aria-labelledby="${id}"><h3 id="${id}">${escapeHtml(b.title)}</h3><ul class="items">${b.items.map(item).join('')}</ul></aside>`;
    }
    case 'figure':
      return `<figure id="${b.id}">${b.svg}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
    case 'clinician':
      return clinicianDetails(b.lines);
    case 'references':
      return `<ol class="references">${b.items
        .map(
          (r) =>
            `<li id="ref-${r.number}">${escapeHtml(r.text)}${r.url ? ` <a href="${escapeHtml(r.url)}">${escapeHtml(r.url)}</a>` : ''}</li>`,
        )
        .join('')}</ol>`;
  }
}

/**
 * Renders an article as a complete, self-contained HTML page.
 * @param article - the article from `buildArticle`
 * @param options - site links, when the page belongs to the static site
 * @returns an HTML document
 */
export function renderArticleHtml(article: Article, options: HtmlOptions = {}): string {
  const toc = article.sections
    .map((s) => `<li><a href="#${s.id}">${escapeHtml(s.heading)}</a></li>`)
    .join('');
  const sections = article.sections
    .map(
      (s) =>
        `<section id="${s.id}" aria-labelledby="${s.id}-h"><h2 id="${s.id}-h">${escapeHtml(s.heading)}</h2>${fillMarks(s.blocks.map((b, i) => block(b, s.id, i)).join(''), article.references)}</section>`,
    )
    .join('\n');
  const home = options.indexHref
    ? ` · <a href="${escapeHtml(options.indexHref)}">All articles</a>`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${escapeHtml(article.summary)}">
<title>${escapeHtml(article.title)} · Foramen</title>
<style>${ARTICLE_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the article</a>
<header class="site"><p>Foramen patient guides${home}</p></header>
<main id="main">
<article>
<h1>${escapeHtml(article.title)}</h1>
<p class="summary">${escapeHtml(article.summary)}</p>
<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">On this page</h2><ol>${toc}</ol></nav>
${sections}
</article>
</main>
<footer class="site"><p>Content last reviewed ${escapeHtml(article.reviewed)} · knowledge base ${escapeHtml(article.kbVersion)}${home}</p></footer>
</body>
</html>
`;
}
