// The report reader: paste a report, see every finding highlighted in the text and listed in a table,
// and hand the findings to the assessment page.
import { esc, postJson, showError, words } from './api.js';

const $ = (id) => document.getElementById(id);
const EXAMPLE = `MRI LUMBAR SPINE WITHOUT CONTRAST
CLINICAL HISTORY: Left leg pain.
FINDINGS:
L3-4: Mild disc bulge. No central canal stenosis. Moderate left neural foraminal narrowing.
L4-5: Broad-based disc protrusion contacting the traversing right L5 nerve root. Mild to moderate bilateral foraminal narrowing.
L5-S1: No disc herniation. Facet arthropathy.
IMPRESSION: Moderate left L3-4 foraminal stenosis.`;

/** The report text with each finding's span wrapped in <mark>; overlapping spans keep the first. */
function highlight(text, findings) {
  const spans = findings
    .map((f, i) => ({ start: f.span[0], end: f.span[1], f, i }))
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += esc(text.slice(at, s.start));
    const cls = s.f.negated ? 'negated' : s.f.uncertain ? 'uncertain' : '';
    const what = `${s.f.level ?? s.f.vertebra}: ${words(s.f.finding)}${s.f.negated ? ' (absent)' : ''}${s.f.severity ? `, ${s.f.severity}` : ''}`;
    out += `<mark class="${cls}" title="${esc(what)}" data-finding="${s.i}">${esc(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  return out + esc(text.slice(at));
}

function render(text, result) {
  const rows = result.findings
    .map(
      (
        f,
      ) => `<tr><td>${esc(f.level)}</td><td>${esc(words(f.finding))}</td><td>${esc(f.side ?? '–')}</td><td>${esc(f.zone ?? '–')}</td>
    <td>${esc(f.severity ?? 'not stated')}</td><td>${esc(f.root ?? '–')}</td><td>${f.negated ? 'absent' : f.uncertain ? 'uncertain' : 'present'}</td><td>${esc(f.text)}</td></tr>`,
    )
    .join('');
  const section = $('report-results');
  section.innerHTML = `<h2>Findings (${result.findings.length})</h2>
<p class="muted"><mark>present</mark> <mark class="uncertain">uncertain</mark> <mark class="negated">absent</mark></p>
<div class="report-text" id="highlighted">${highlight(text, [...result.findings, ...(result.vertebrae ?? [])])}</div>
<div class="table-wrap"><table id="findings-table"><thead><tr><th scope="col">Level</th><th scope="col">Finding</th><th scope="col">Side</th><th scope="col">Zone</th><th scope="col">Severity</th><th scope="col">Root</th><th scope="col">Status</th><th scope="col">Text</th></tr></thead><tbody>${rows}</tbody></table></div>
${(result.vertebrae ?? []).length ? `<h3>Vertebral findings</h3><ul>${result.vertebrae.map((v) => `<li>${esc(v.vertebra)}: ${esc(words(v.finding))}${v.negated ? ' (absent)' : ''}</li>`).join('')}</ul>` : ''}
${(result.notes ?? []).length ? `<h3>Notes</h3><ul>${result.notes.map((n) => `<li>${esc(words(n.code))}: ${esc(n.text)}</li>`).join('')}</ul>` : ''}
<p class="no-print"><button type="button" id="to-assess">Use these findings in an assessment</button></p>`;
  section.hidden = false;
  $('to-assess').addEventListener('click', () => {
    const imaging = result.findings
      .filter((f) => !f.negated)
      .map((f) => ({
        level: f.level,
        finding: f.finding,
        zone: f.zone,
        side: f.side,
        severity: f.severity ?? undefined,
      }));
    sessionStorage.setItem('foramen.imaging', JSON.stringify(imaging));
    location.href = '/assess.html';
  });
}

$('report-example').addEventListener('click', () => {
  $('report-text').value = EXAMPLE;
});
$('report-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('report-error').hidden = true;
  const text = $('report-text').value;
  try {
    render(text, await postJson('/api/reports/parse', { text }));
  } catch (error) {
    showError($('report-error'), error);
  }
});
