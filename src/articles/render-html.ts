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
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Options for pages that are part of the static site. */
export interface HtmlOptions {
  /** Link back to the site index, when the page is part of a site. */
  readonly indexHref?: string;
}

function marks(sources: readonly string[] | undefined, refs: readonly ArticleReference[]): string {
  const n = referenceMarks(sources, refs);
  if (n.length === 0) return '';
  return ` <sup class="refs">[${n.map((x) => `<a href="#ref-${x}" aria-label="reference ${x}">${x}</a>`).join(', ')}]</sup>`;
}

function clinicianDetails(lines: readonly string[]): string {
  if (lines.length === 0) return '';
  return `<details><summary>For clinicians</summary><ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul></details>`;
}

function item(i: ListItem, refs: readonly ArticleReference[]): string {
  const head = i.term ? `<strong>${escapeHtml(i.term)}</strong>${i.text ? ': ' : ''}` : '';
  return `<li>${head}${escapeHtml(i.text)}${marks(i.sources, refs)}${clinicianDetails(i.clinician ?? [])}</li>`;
}

function block(b: Block, refs: readonly ArticleReference[], sectionId: string, index: number): string {
  switch (b.kind) {
    case 'paragraph': return `<p>${escapeHtml(b.text)}${marks(b.sources, refs)}</p>`;
    case 'subheading': return b.minor === true ? `<h4>${escapeHtml(b.text)}</h4>` : `<h3>${escapeHtml(b.text)}</h3>`;
    case 'list': return `<ul class="items">${b.items.map((i) => item(i, refs)).join('')}</ul>`;
    case 'callout': {
      const id = `${sectionId}-callout-${index}`;
      return `<aside class="callout ${b.tone}" aria-labelledby="${id}"><h3 id="${id}">${escapeHtml(b.title)}</h3><ul class="items">${b.items.map((i) => item(i, refs)).join('')}</ul></aside>`;
    }
    case 'figure': return `<figure id="${b.id}">${b.svg}<figcaption>${escapeHtml(b.caption)}</figcaption></figure>`;
    case 'clinician': return clinicianDetails(b.lines);
    case 'references':
      return `<ol class="references">${b.items
        .map((r) => `<li id="ref-${r.number}">${escapeHtml(r.text)}${r.url ? ` <a href="${escapeHtml(r.url)}">${escapeHtml(r.url)}</a>` : ''}</li>`)
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
  const toc = article.sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.heading)}</a></li>`).join('');
  const sections = article.sections
    .map((s) => `<section id="${s.id}" aria-labelledby="${s.id}-h"><h2 id="${s.id}-h">${escapeHtml(s.heading)}</h2>${s.blocks.map((b, i) => block(b, article.references, s.id, i)).join('')}</section>`)
    .join('\n');
  const home = options.indexHref ? ` · <a href="${escapeHtml(options.indexHref)}">All articles</a>` : '';
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
