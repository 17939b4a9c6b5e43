// The education library: choose a level, side and zone and read the patient guide, rendered from the
// article's JSON (the same article `foramen article` prints).
import { esc, getJson, showError, vocabulary, words } from './api.js';

const $ = (id) => document.getElementById(id);

// A treatment or medicine named in a page links to its own knowledge-base entry.
const kbLink = (id, text) => `<a href="/api/kb/${encodeURIComponent(id)}">${esc(text)}</a>`;

function item(i) {
  const term = i.term ? `<strong>${i.link ? kbLink(i.link, i.term) : esc(i.term)}</strong> ` : '';
  const badge = i.badge ? `<strong class="badge">${esc(i.badge)}</strong> ` : '';
  return `<li>${term}${badge}${esc(i.text)}</li>`;
}

function table(b) {
  const cell = (r, c, k) =>
    k === 0 ? `<th scope="row">${r.link ? kbLink(r.link, c) : esc(c)}</th>` : `<td>${esc(c)}</td>`;
  return `<div class="table-wrap" tabindex="0" role="region" aria-label="${esc(b.caption)}"><table><caption>${esc(b.caption)}</caption><thead><tr>${b.head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.cells.map((c, k) => cell(r, c, k)).join('')}</tr>`).join('')}</tbody></table></div>`;
}

function block(b) {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'subheading':
      return b.minor ? `<h4>${esc(b.text)}</h4>` : `<h3>${esc(b.text)}</h3>`;
    case 'list':
      return `<ul>${b.items.map(item).join('')}</ul>`;
    case 'ordered':
      return `<ol>${b.items.map(item).join('')}</ol>`;
    case 'table':
      return table(b);
    case 'callout':
      return `<aside class="callout ${esc(b.tone)}"><h3>${esc(b.title)}</h3><ul>${b.items.map(item).join('')}</ul></aside>`;
    // Diagrams come from this service's own diagram module.
    case 'figure':
      return `<figure class="diagram">${b.svg}<figcaption>${esc(b.caption)}</figcaption></figure>`;
    case 'clinician':
      return `<details><summary>For clinicians</summary><ul>${b.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul></details>`;
    case 'references':
      return `<ol>${b.items.map((r) => `<li id="ref-${r.number}">${esc(r.text)}${r.url ? ` <a href="${esc(r.url)}">${esc(r.url)}</a>` : ''}</li>`).join('')}</ol>`;
    default:
      return '';
  }
}

async function open(level, side, zone, audience = 'patient') {
  $('learn-error').hidden = true;
  try {
    const a = await getJson(
      `/api/articles/${encodeURIComponent(level)}?side=${encodeURIComponent(side)}&zone=${encodeURIComponent(zone)}&audience=${encodeURIComponent(audience)}`,
    );
    $('article').innerHTML =
      `<h2 id="article-title">${esc(a.title)}</h2><p><strong>${esc(a.summary)}</strong></p>
<nav aria-label="On this page"><ul>${a.sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.heading)}</a></li>`).join('')}</ul></nav>
${a.sections.map((s) => `<section id="${esc(s.id)}" aria-labelledby="${esc(s.id)}-h"><h2 id="${esc(s.id)}-h">${esc(s.heading)}</h2>${s.blocks.map(block).join('')}</section>`).join('')}
<p class="muted">Reviewed ${esc(a.reviewed)} · knowledge base ${esc(a.kbVersion)} · ${esc(a.wordCount)} words, reading grade ${esc(a.readingGrade)} · <a href="/api/articles/${esc(a.level)}?side=${esc(a.side)}&zone=${esc(a.zone)}&audience=${esc(a.audience)}&format=html">printable page</a></p>
<p class="muted">${esc(a.disclaimer)}</p>`;
    history.replaceState(
      null,
      '',
      `?level=${a.level}&side=${a.side}&zone=${a.zone}&audience=${a.audience}`,
    );
  } catch (error) {
    showError($('learn-error'), error);
  }
}

const openChosen = () =>
  open(
    $('learn-level').value,
    $('learn-side').value,
    $('learn-zone').value,
    $('learn-audience').value,
  );

async function init() {
  const V = await vocabulary();
  const fill = (id, values, chosen) => {
    $(id).innerHTML = values
      .map((v) => `<option value="${esc(v)}">${esc(words(v))}</option>`)
      .join('');
    $(id).value = chosen;
  };
  const q = new URLSearchParams(location.search);
  fill('learn-level', V.levels, q.get('level') ?? 'L4-L5');
  fill('learn-side', V.sides, q.get('side') ?? 'left');
  fill('learn-zone', V.zones, q.get('zone') ?? 'foraminal');
  fill('learn-audience', ['patient', 'clinician'], q.get('audience') ?? 'patient');
  $('learn-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void openChosen();
  });
  if (q.get('level')) void openChosen();
}

init().catch((error) => showError($('learn-error'), error));
