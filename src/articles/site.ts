/**
 * The static site: one HTML page per level, side and zone (72), and an index page that lists them by
 * level and searches them in the browser with a small inline script over an inline JSON index. Pure:
 * it returns the files, and the caller writes them.
 */
import { levelAnatomy, affectedRoot, rootAnatomy } from '../anatomy/index.js';
import { getKb } from '../kb/index.js';
import type { Kb } from '../kb/index.js';
import { LEVELS, SIDES, ZONES, DISCLAIMER, isRoot } from '../vocab/index.js';
import type { Side, Zone } from '../vocab/index.js';
import { buildArticle } from './build-article.js';
import { ARTICLE_CSS } from './html-style.js';
import { escapeHtml, pageHead, renderArticleHtml } from './render-html.js';
import { EN } from './patient/en.js';
import { INDICATION_CEILINGS } from '../meds/index.js';
import type { KbEntry } from '../kb/index.js';
import type { Article } from './model.js';
import { formatNumber } from './_number.js';

const zoneName = EN.zoneName;
const regionWords = (r: keyof typeof EN.regions): string => EN.regions[r];
/** Where a page lives in the site: `l4-l5/left-foraminal.html`, and `.clinician.html` beside it. */
export const sitePath = (a: Pick<Article, 'level' | 'side' | 'zone'>, clinician = false): string =>
  `${a.level.toLowerCase()}/${a.side}-${a.zone}${clinician ? '.clinician' : ''}.html`;

/** One file of the site: a path relative to the output folder, and its text. */
export interface SiteFile {
  readonly path: string;
  readonly content: string;
}

/** One row of the search index. */
interface SearchEntry {
  readonly t: string;
  readonly u: string;
  readonly k: string;
}

const sideLabel = (side: Side): string => (side === 'bilateral' ? 'both sides' : side);

/** Words a person might type to find a page: level spellings, root, zone names, where it is felt. */
function keywordsOf(article: Article): string {
  const { level, side, zone, root } = article;
  const words = [
    level,
    level.replace('-', '/'),
    level.replace('-', ''),
    root,
    `${root} root`,
    side,
    sideLabel(side),
    zone,
    zoneName(zone),
    article.relation,
    article.title,
  ];
  if (side === 'bilateral') words.push('both', 'bilateral');
  if (zone === 'subarticular') words.push('lateral recess', 'recess');
  if (zone === 'extraforaminal') words.push('far lateral', 'extraforaminal');
  if (zone === 'foraminal' || zone === 'extraforaminal') words.push('foramen', 'foraminal');
  if (isRoot(root)) {
    const row = rootAnatomy(root);
    words.push(row.painDistribution, row.dermatome, ...row.regions.map((r) => regionWords(r.item)));
  }
  return words.join(' ').toLowerCase();
}

// The search runs in the browser: every typed word must appear in a page's keywords.
const SEARCH_SCRIPT = `
(function () {
  var data = JSON.parse(document.getElementById('search-data').textContent);
  var input = document.getElementById('q');
  var list = document.getElementById('results');
  var status = document.getElementById('search-status');
  function run() {
    var words = input.value.toLowerCase().split(/[\\s,]+/).filter(Boolean);
    list.replaceChildren();
    if (words.length === 0) { status.textContent = ''; return; }
    var hits = data.filter(function (p) { return words.every(function (w) { return p.k.indexOf(w) !== -1; }); });
    hits.slice(0, 40).forEach(function (p) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = p.u;
      a.textContent = p.t;
      li.appendChild(a);
      list.appendChild(li);
    });
    status.textContent = hits.length === 1 ? '1 page found' : hits.length + ' pages found';
  }
  input.addEventListener('input', run);
  document.getElementById('search-form').addEventListener('submit', function (e) { e.preventDefault(); run(); });
})();
`;

/** Renders the index page: the search box, then a table of pages for each level. */
function renderIndex(articles: readonly Article[], kb: Kb): string {
  const search: SearchEntry[] = articles.map((a) => ({
    t: a.title,
    u: sitePath(a),
    k: keywordsOf(a),
  }));
  // Inside a <script> element, "</" would end it early; escape it and keep the JSON valid.
  const data = JSON.stringify(search).replace(/</g, '\\u003c');
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  const levels = LEVELS.map((level) => {
    const row = levelAnatomy(level);
    const zoneRows = ZONES.map((zone: Zone) => {
      const hit = affectedRoot(level, zone);
      const cells = SIDES.map((side) => {
        const a = bySlug.get(`${level.toLowerCase()}-${side}-${zone}`);
        return `<td>${a ? `<a href="${sitePath(a)}">${escapeHtml(`${level} ${zoneName(zone)}, ${sideLabel(side)}`)}</a> · <a href="${sitePath(a, true)}" aria-label="${escapeHtml(`${level} ${zoneName(zone)}, ${sideLabel(side)}, clinician summary`)}">clinician</a>` : ''}</td>`;
      }).join('');
      return `<tr><th scope="row">${escapeHtml(zoneName(zone))} (${escapeHtml(hit.root)} root, ${hit.relation})</th>${cells}</tr>`;
    }).join('');
    return (
      `<section aria-labelledby="level-${level}"><h2 id="level-${level}">${level}</h2>` +
      `<p>At ${level}, the ${row.exitingRoot} root leaves the spine and the ${row.traversingRoot} root passes by on its way down.</p>` +
      `<div class="table-wrap" tabindex="0" role="region" aria-label="Pages for ${level}"><table class="index"><caption>Pages for ${level}, by zone and side</caption><thead><tr><th scope="col">Zone (root)</th><th scope="col">Left</th><th scope="col">Right</th><th scope="col">Both sides</th></tr></thead><tbody>${zoneRows}</tbody></table></div></section>`
    );
  }).join('\n');
  const reviewed =
    articles
      .map((a) => a.reviewed)
      .sort()
      .at(-1) ?? '';
  const head = pageHead(
    'en',
    'Plain-language guides to narrowing in the low back, for every level, side and zone.',
    'Foramen patient guides',
  );
  return `${head}
<body>
<a class="skip" href="#main">Skip to the list of guides</a>
<header class="site"><p>Foramen patient guides</p></header>
<main id="main">
<h1>Narrowing in the low back: guides by level</h1>
<p class="summary">Pick the level, zone and side from your scan report, or search below. Each guide explains which nerve is pinched, what it feels like, how it is treated, and when to get help fast.</p>
<section class="search" aria-labelledby="search-h">
<h2 id="search-h">Search the guides</h2>
<form id="search-form" role="search">
<label for="q">Type a level, nerve root, zone or body part (for example: L4-L5 left, S1, big toe)</label><br>
<input id="q" name="q" type="search" autocomplete="off">
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<ul id="results"></ul>
</section>
${levels}
<section aria-labelledby="about-h"><h2 id="about-h">About these guides</h2><p>${escapeHtml(DISCLAIMER)}</p><p class="meta">Content last reviewed ${escapeHtml(reviewed)} · knowledge base ${escapeHtml(kb.version)}</p></section>
</main>
<footer class="site"><p>Foramen · ${articles.length} guides</p></footer>
<script type="application/json" id="search-data">${data}</script>
<script>${SEARCH_SCRIPT}</script>
</body>
</html>
`;
}

/** A KB entry's own page: what it is, adult doses for pain where the ceiling table has them, evidence, sources. */
function renderKbPage(entry: KbEntry, kb: Kb): string {
  const ceiling = INDICATION_CEILINGS.find((r) => r.drug === entry.id);
  const dose = ceiling
    ? `<h2>Adult doses for pain</h2><ul class="items"><li data-drug="${escapeHtml(entry.id)}">Usual adult ceiling for pain: ${formatNumber(ceiling.usualMaxMg)} mg a day. ${escapeHtml(ceiling.note)}</li></ul>`
    : '';
  const evidence = entry.evidence
    ? `<h2>Evidence</h2><p>${escapeHtml(entry.evidence.level)}: ${escapeHtml(entry.evidence.note)}</p>`
    : '';
  const sources = [...new Set([...(ceiling?.sources ?? []), ...entry.sources])]
    .map((id) => kb.citations.get(id))
    .filter((c) => c !== undefined)
    .map(
      (c) =>
        `<li>${escapeHtml(c.title)}${c.year ? ` (${c.year})` : ''}${c.url ? ` <a href="${escapeHtml(c.url)}">${escapeHtml(c.url)}</a>` : ''}</li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(entry.name)} · Foramen</title>
<style>${ARTICLE_CSS}</style>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="site"><p>Foramen · <a href="../index.html">All guides</a></p></header>
<main id="main">
<h1>${escapeHtml(entry.name)}</h1>
<p>${escapeHtml(entry.summary)}</p>
${entry.details ? `<p>${escapeHtml(entry.details)}</p>` : ''}
${dose}
${evidence}
<section aria-labelledby="src-h"><h2 id="src-h">Sources</h2><ol class="references">${sources}</ol></section>
<p class="meta">${escapeHtml(DISCLAIMER)}</p>
</main>
</body>
</html>
`;
}

/**
 * Builds every page of the static site.
 * @param kb - the knowledge base (the shipped one by default)
 * @returns `index.html`, the patient and clinician page per level, side and zone, and a page per
 *   KB entry the pages link to
 */
export function buildArticleSite(kb: Kb = getKb()): SiteFile[] {
  const files: SiteFile[] = [];
  const patients: Article[] = [];
  const linked = new Set<string>();
  const collect = (a: Article) => {
    for (const s of a.sections) {
      for (const b of s.blocks) {
        if (b.kind === 'list' || b.kind === 'ordered' || b.kind === 'callout') {
          for (const i of b.items) if (i.link) linked.add(i.link);
        }
        if (b.kind === 'table') for (const r of b.rows) if (r.link) linked.add(r.link);
      }
    }
  };
  for (const level of LEVELS) {
    for (const zone of ZONES) {
      for (const side of SIDES) {
        const patient = buildArticle({ level, side, zone }, kb);
        const clinician = buildArticle({ level, side, zone, audience: 'clinician' }, kb);
        patients.push(patient);
        collect(patient);
        collect(clinician);
        const own = (path: string) => path.split('/').pop() ?? path;
        files.push(
          {
            path: sitePath(patient),
            content: renderArticleHtml(patient, {
              indexHref: '../index.html',
              otherAudienceHref: own(sitePath(patient, true)),
            }),
          },
          {
            path: sitePath(patient, true),
            content: renderArticleHtml(clinician, {
              indexHref: '../index.html',
              otherAudienceHref: own(sitePath(patient)),
            }),
          },
        );
      }
    }
  }
  for (const id of linked) {
    const entry = kb.byId.get(id);
    if (entry) files.push({ path: `kb/${id}.html`, content: renderKbPage(entry, kb) });
  }
  return [{ path: 'index.html', content: renderIndex(patients, kb) }, ...files];
}
