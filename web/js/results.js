// Renders an assessment (POST /api/assess) as the results page: triage banner, roots with evidence,
// spine diagram, lesion sites, concordance, plan, work-up, medication alerts, codes. Printable.
import { esc, getJson, words } from './api.js';

const list = (items, f) =>
  items.length === 0
    ? '<p class="muted">None.</p>'
    : `<ul>${items.map((i) => `<li>${f(i)}</li>`).join('')}</ul>`;
const table = (head, rows) =>
  rows.length === 0
    ? '<p class="muted">None.</p>'
    : `<div class="table-wrap"><table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`;
const src = (s) => (s ? ` <span class="muted">[${esc(s)}]</span>` : '');

const TRIAGE_WORDS = {
  emergency: 'Emergency: same-day emergency assessment',
  urgent: 'Urgent: assessment within 24–48 hours',
  soon: 'Soon: specialist review within about 2 weeks',
  routine: 'Routine: usual care and review',
};

/**
 * Fills `section` with the assessment.
 * @param {HTMLElement} section
 * @param {object} a - the assessment
 */
export async function renderAssessment(section, a) {
  const top = a.lesionSites[0];
  section.innerHTML = `
<h2 class="visually-hidden">Results</h2>
<div class="banner ${esc(a.triage.level)}" id="triage-banner" role="status">
  <h2>Triage: ${esc(TRIAGE_WORDS[a.triage.level] ?? a.triage.level)}</h2>
  ${list(a.triage.reasons, (r) => `${esc(r.text)}${src(r.source)}`)}
</div>
<p class="no-print"><button type="button" id="print">Print</button> <button type="button" class="secondary" id="fhir">Download FHIR bundle</button></p>
<div class="grid2">
<section><h2>Likely roots</h2>
${
  a.roots.length === 0
    ? `<p>No lumbar root localised. ${esc(a.localisation.notes[0] ?? '')}</p>`
    : a.roots
        .map(
          (r) => `
  <div class="card root"><h3>${esc(r.side)} ${esc(r.root)} <span class="pill">${esc(r.confidence)} confidence</span></h3>
  <p><span class="bar-score" style="width:${Math.round(r.score * 100)}px" aria-hidden="true"></span> score ${r.score.toFixed(2)} (${esc(words(r.basis))})</p>
  ${list(r.evidence, (e) => `${esc(e.kind)}: ${esc(e.detail)} <span class="muted">(weight ${e.weight})</span>`)}
  ${r.indistinctFrom.length ? `<p class="muted">Hard to tell apart from ${esc(r.indistinctFrom.join(', '))}.</p>` : ''}</div>`,
        )
        .join('')
}
</section>
<section><h2>Spine diagram</h2><figure class="diagram" id="diagram">${top ? '<p class="muted">Drawing…</p>' : '<p class="muted">No lesion site to draw.</p>'}</figure></section>
</div>
<h2>Lesion sites that fit</h2>
${table(
  ['Level', 'Zone', 'Side', 'Root', 'Relation'],
  a.lesionSites.map((s) => [esc(s.level), esc(s.zone), esc(s.side), esc(s.root), esc(s.relation)]),
)}
<h2>Imaging concordance</h2>
${table(
  ['Finding', 'Level', 'Root', 'Concordant', 'Why'],
  a.concordance.map((c) => [
    esc(words(c.finding)),
    esc(c.level),
    esc(c.root ?? '–'),
    c.concordant ? 'yes' : 'no',
    esc(c.text),
  ]),
)}
<h2>Plan: ${esc(words(a.plan.stage))}</h2>
${list(a.plan.steps, (s) => `${esc(s.text)}${s.timing ? ` <em>(${esc(s.timing)})</em>` : ''}${src(s.source)}`)}
<h2>Work-up</h2>
${table(
  ['Test', 'Priority', 'Reason'],
  a.workup.map((w) => [esc(words(w.test)), esc(w.priority), `${esc(w.reason)}${src(w.source)}`]),
)}
<h2>Other diagnoses to consider</h2>
${list(a.differentials, (d) => `<strong>${esc(words(d.code))}</strong>: ${esc(d.text)}${src(d.source)}`)}
<h2>Medication alerts</h2>
${list(a.medicationAlerts, (m) => `<span class="alert-${esc(m.severity)}">${esc(m.severity)}</span> ${esc(m.text)}${src(m.source)}`)}
<h2>Codes (ICD-10-CM)</h2>
${table(
  ['Code', 'Title', 'Why'],
  a.codes.map((c) => [
    `<strong>${esc(c.code)}</strong>${c.alternative ? ' <span class="pill">alternative</span>' : ''}`,
    esc(c.display),
    `${esc(c.basis)}${c.note ? ` <span class="muted">${esc(c.note)}</span>` : ''}`,
  ]),
)}
<p class="muted">${esc(a.disclaimer)}</p>`;
  section.hidden = false;
  section.querySelector('#print')?.addEventListener('click', () => window.print());
  if (top) {
    const figure = section.querySelector('#diagram');
    try {
      const d = await getJson(
        `/api/diagrams/spine?level=${encodeURIComponent(top.level)}&side=${encodeURIComponent(top.side)}&zone=${encodeURIComponent(top.zone)}`,
      );
      // The SVG comes from this service's own diagram module; it carries its own title and description.
      figure.innerHTML = `${d.svg}<figcaption>${esc(d.description)}</figcaption>`;
    } catch {
      figure.innerHTML = '<p class="muted">The diagram could not be drawn.</p>';
    }
  }
}
