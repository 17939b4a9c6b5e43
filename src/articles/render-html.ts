/**
 * Accessible HTML rendering of an article: one self-contained page with semantic headings, landmarks
 * (header, nav, main, footer), inline SVG diagrams named by their title and description, clinician notes
 * in <details>, a print stylesheet, and no external resources.
 */
import { ARTICLE_CSS } from './html-style.js';
import type { Article, ArticleReference, Block, ListItem } from './model.js';
import { kbLink, referenceMarks } from './render-markdown.js';
import { UNMEASURED } from './measure.js';

/** Escapes text for HTML. */
export const escapeHtml = (s: string): string =>
  /[&<>"]/.test(s) ? s.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c] ?? c) : s;
const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * The start of every Foramen page, up to `</head>`: language, description, title and the shared
 * stylesheet. The values are written as given, so escape them first.
 * @param lang - the page language (BCP 47)
 * @param description - the meta description
 * @param title - the document title
 */
export const pageHead = (
  lang: string,
  description: string,
  title: string,
): string => `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="${description}">
<title>${title}</title>
<style>${ARTICLE_CSS}</style>
</head>`;

/** Options for pages that are part of the static site. */
export interface HtmlOptions {
  /** Link back to the site index, when the page is part of a site. */
  readonly indexHref?: string;
  /** The address of a KB entry's own page (default: the static site's `../kb/<id>.html`). */
  readonly kbHref?: (id: string) => string;
  /** Link to the same page for the other audience. */
  readonly otherAudienceHref?: string;
}

let kbHrefOf: (id: string) => string = kbLink;

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
  const term = i.term
    ? i.link
      ? `<a href="${escapeHtml(kbHrefOf(i.link))}">${escapeHtml(i.term)}</a>`
      : escapeHtml(i.term)
    : '';
  const head = i.term
    ? `<strong>${term}</strong>${i.text ? (/[?!.]$/.test(i.term) ? ' ' : ': ') : ''}`
    : '';
  const badge = i.badge ? `<strong class="badge">${escapeHtml(i.badge)}</strong> ` : '';
  const drug = i.drug ? ` data-drug="${escapeHtml(i.drug)}"` : '';
  return `<li${drug}>${head}${badge}${escapeHtml(i.text)}${marks(i.sources)}${clinicianDetails(i.clinician ?? [])}</li>`;
}

function block(b: Block, sectionId: string, index: number): string {
  return renderBlock(b, sectionId, index);
}

function renderBlock(b: Block, sectionId: string, index: number): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(b.text)}${marks(b.sources)}</p>`;
    case 'subheading':
      return b.minor === true ? `<h4>${escapeHtml(b.text)}</h4>` : `<h3>${escapeHtml(b.text)}</h3>`;
    case 'list':
      return `<ul class="items">${b.items.map(item).join('')}</ul>`;
    case 'ordered':
      return `<ol class="items">${b.items.map(item).join('')}</ol>`;
    case 'table':
      return `<div class="table-wrap" tabindex="0" role="region" aria-label="${escapeHtml(b.caption)}"><table><caption>${escapeHtml(b.caption)}</caption><thead><tr>${b.head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map(
          (r) =>
            `<tr${r.drug ? ` data-drug="${escapeHtml(r.drug)}"` : ''}>${r.cells
              .map((c, k) =>
                k === 0 && r.link
                  ? `<th scope="row"><a href="${escapeHtml(kbHrefOf(r.link))}">${escapeHtml(c)}</a></th>`
                  : k === 0
                    ? `<th scope="row">${escapeHtml(c)}</th>`
                    : `<td>${escapeHtml(c)}</td>`,
              )
              .join('')}</tr>`,
        )
        .join('')}</tbody></table></div>`;
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
  kbHrefOf = options.kbHref ?? kbLink;
  const toc = article.sections
    .map((s) => `<li><a href="#${s.id}">${escapeHtml(s.heading)}</a></li>`)
    .join('');
  const [sourcesOpen, sourcesClose] = UNMEASURED[0];
  const [handoutOpen, handoutClose] = UNMEASURED[1];
  const sections = article.sections
    .map((s) => {
      const html = `<section id="${s.id}" aria-labelledby="${s.id}-h"><h2 id="${s.id}-h">${escapeHtml(s.heading)}</h2>${fillMarks(s.blocks.map((b, i) => block(b, `${article.audience}-${s.id}`, i)).join(''), article.references)}</section>`;
      return s.id === 'references' ? `${sourcesOpen}${html}${sourcesClose}` : html;
    })
    .join('\n');
  const home = options.indexHref
    ? ` · <a href="${escapeHtml(options.indexHref)}">${escapeHtml(article.chrome.allPages)}</a>`
    : '';
  const other = options.otherAudienceHref
    ? ` · <a href="${escapeHtml(options.otherAudienceHref)}">${article.audience === 'patient' ? 'For clinicians' : 'Patient page'}</a>`
    : '';
  const handout = article.handout
    ? `${handoutOpen}<div class="handout" hidden><p class="handout-title"><strong>${escapeHtml(article.title)}</strong></p>${article.handout
        .map((b, i) => block(b, 'handout', i))
        .join('')
        .replace(
          MARK,
          '',
        )}<p class="handout-foot">${escapeHtml(article.chrome.reviewed)}</p></div>${handoutClose}`
    : '';
  const head = pageHead(
    escapeHtml(article.language),
    escapeHtml(article.summary),
    `${escapeHtml(article.title)} · Foramen`,
  );
  return `${head}
<body class="${article.audience}">
<a class="skip" href="#main">${escapeHtml(article.chrome.skip)}</a>
<header class="site"><p>${escapeHtml(article.chrome.site)}${home}${other}</p></header>
<main id="main">
<article>
<h1>${escapeHtml(article.title)}</h1>
<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">${escapeHtml(article.chrome.toc)}</h2><ol>${toc}</ol></nav>
${sections}
</article>
${handout}
</main>
<footer class="site"><p>${escapeHtml(article.chrome.reviewed)}${home}</p></footer>
</body>
</html>
`;
}
