// The education library: choose a level, side and zone and read the patient guide, rendered from the
// article's JSON (the same article `foramen article` prints).
import { esc, getJson, showError, vocabulary, words } from './api.js';

const $ = (id) => document.getElementById(id);

function item(i) {
  const clinician = (i.clinician ?? []).length
    ? `<details><summary>For clinicians</summary><ul>${i.clinician.map((c) => `<li>${esc(c)}</li>`).join('')}</ul></details>`
    : '';
  return `<li>${i.term ? `<strong>${esc(i.term)}</strong>: ` : ''}${esc(i.text)}${clinician}</li>`;
}

function block(b) {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${esc(b.text)}</p>`;
    case 'subheading':
      return b.minor ? `<h4>${esc(b.text)}</h4>` : `<h3>${esc(b.text)}</h3>`;
    case 'list':
      return `<ul>${b.items.map(item).join('')}</ul>`;
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

async function open(level, side, zone) {
  $('learn-error').hidden = true;
  try {
    const a = await getJson(
      `/api/articles/${encodeURIComponent(level)}?side=${encodeURIComponent(side)}&zone=${encodeURIComponent(zone)}`,
    );
    $('article').innerHTML =
      `<h2 id="article-title">${esc(a.title)}</h2><p><strong>${esc(a.summary)}</strong></p>
<nav aria-label="On this page"><ul>${a.sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.heading)}</a></li>`).join('')}</ul></nav>
${a.sections.map((s) => `<section id="${esc(s.id)}" aria-labelledby="${esc(s.id)}-h"><h2 id="${esc(s.id)}-h">${esc(s.heading)}</h2>${s.blocks.map(block).join('')}</section>`).join('')}
<p class="muted">Reviewed ${esc(a.reviewed)} · knowledge base ${esc(a.kbVersion)} · reading grade ${esc(a.readingGrade)} · <a href="/api/articles/${esc(a.level)}?side=${esc(a.side)}&zone=${esc(a.zone)}&format=html">printable page</a></p>
<p class="muted">${esc(a.disclaimer)}</p>`;
    history.replaceState(null, '', `?level=${a.level}&side=${a.side}&zone=${a.zone}`);
  } catch (error) {
    showError($('learn-error'), error);
  }
}

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
  $('learn-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void open($('learn-level').value, $('learn-side').value, $('learn-zone').value);
  });
  if (q.get('level')) {
    void open($('learn-level').value, $('learn-side').value, $('learn-zone').value);
  }
}

init().catch((error) => showError($('learn-error'), error));
