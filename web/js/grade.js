// The grading calculators: one form per system, built from the system's input fields as the API
// describes them (the same zod schema that validates the input).
import { esc, getJson, postJson, showError, words } from './api.js';

const $ = (id) => document.getElementById(id);
let systems = [];

function fieldHtml(f) {
  const id = `in-${f.field.replace(/\./g, '-')}`;
  const label = `${words(
    f.field
      .split('.')
      .pop()
      .replace(/([A-Z])/g, ' $1')
      .toLowerCase(),
  )}${
    f.field.includes('.')
      ? ` (${words(
          f.field
            .split('.')[0]
            .replace(/([A-Z])/g, ' $1')
            .toLowerCase(),
        )})`
      : ''
  }`;
  if (f.type === 'boolean') {
    return `<div><label><input type="checkbox" id="${id}" data-field="${esc(f.field)}" data-type="boolean"> ${esc(label)}</label></div>`;
  }
  if (f.values) {
    return `<div class="field"><label for="${id}">${esc(label)}</label><select id="${id}" data-field="${esc(f.field)}" data-type="${typeof f.values[0] === 'number' ? 'number' : 'string'}"><option value="">–</option>${f.values.map((v) => `<option value="${esc(v)}">${esc(v)}</option>`).join('')}</select></div>`;
  }
  const range = [
    f.minimum !== undefined ? `min="${f.minimum}"` : '',
    f.maximum !== undefined ? `max="${f.maximum}"` : '',
  ].join(' ');
  return `<div class="field"><label for="${id}">${esc(label)}</label><input id="${id}" type="number" step="any" ${range} data-field="${esc(f.field)}" data-type="number"></div>`;
}

function showSystem() {
  const s = systems.find((x) => x.id === $('system').value);
  if (!s) return;
  $('system-description').textContent = `${s.description} Input: ${s.forms.join(' or ')}.`;
  $('grade-inputs').innerHTML = `<div class="row">${s.inputs.map(fieldHtml).join('')}</div>`;
  $('grade-result').hidden = true;
}

function input() {
  const out = {};
  for (const el of $('grade-inputs').querySelectorAll('[data-field]')) {
    const path = el.dataset.field.split('.');
    let value;
    if (el.dataset.type === 'boolean') value = el.checked;
    else if (el.value === '') continue;
    else value = el.dataset.type === 'number' ? Number(el.value) : el.value;
    let node = out;
    for (const key of path.slice(0, -1)) node = node[key] ??= {};
    node[path[path.length - 1]] = value;
  }
  return out;
}

async function init() {
  systems = (await getJson('/api/grade')).systems;
  $('system').innerHTML = systems
    .map((s) => `<option value="${esc(s.id)}">${esc(s.name)}</option>`)
    .join('');
  $('system').addEventListener('change', showSystem);
  showSystem();
  $('grade-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('grade-error').hidden = true;
    try {
      const r = await postJson(`/api/grade/${encodeURIComponent($('system').value)}`, input());
      $('grade-result').innerHTML =
        `<h2>Grade ${esc(r.grade)}${String(r.grade) === r.label ? '' : ` (${esc(r.label)})`}</h2>
<p>Severity: <strong>${esc(r.severity)}</strong>${r.rsnaClass ? `; RSNA class ${esc(r.rsnaClass)} (heuristic)` : ''}</p>
<h3>Criteria</h3><ul>${r.criteria.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
${(r.warnings ?? []).length ? `<h3>Warnings</h3><ul>${r.warnings.map((w) => `<li>${esc(w)}</li>`).join('')}</ul>` : ''}
<p class="muted">Source: ${esc(r.reference ?? r.source)}</p>`;
      $('grade-result').hidden = false;
    } catch (error) {
      showError($('grade-error'), error);
    }
  });
}

init().catch((error) => showError($('grade-error'), error));
