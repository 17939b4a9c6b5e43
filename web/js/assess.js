// The assessment page: builds the form from the API's vocabularies, turns it into a presentation
// (CONTRACTS.md `foramen assess` input) and shows the results.
import { createBodyMap } from './body-map.js';
import { download, esc, postJson, showError, vocabulary, words } from './api.js';
import { renderAssessment } from './results.js';

const $ = (id) => document.getElementById(id);
const FLAG_WORDS = {
  'saddle-anesthesia': 'Numbness in the saddle area',
  'urinary-retention': 'Urinary retention',
  'urinary-incontinence': 'Urinary incontinence',
  'fecal-incontinence': 'Faecal incontinence',
  'sexual-dysfunction': 'New sexual dysfunction',
  'bilateral-leg-symptoms': 'Symptoms in both legs',
  'progressive-weakness': 'Progressive weakness',
  fever: 'Fever',
  'unexplained-weight-loss': 'Unexplained weight loss',
  'history-of-cancer': 'History of cancer',
  'iv-drug-use': 'Intravenous drug use',
  immunosuppression: 'Immunosuppression',
  'significant-trauma': 'Significant trauma',
  osteoporosis: 'Osteoporosis',
  'prolonged-steroid-use': 'Prolonged steroid use',
  'night-pain': 'Pain at night or at rest',
  'recent-spinal-procedure': 'Recent spinal procedure',
};

const options = (values, blank) =>
  `${blank !== undefined ? `<option value="">${esc(blank)}</option>` : ''}${values.map((v) => `<option value="${esc(v)}">${esc(words(v))}</option>`).join('')}`;
const numberOf = (el) => (el.value === '' ? undefined : Number(el.value));

let V;
let symptoms = [];
let map;

function renderSymptoms() {
  $('symptom-list').innerHTML = symptoms
    .map(
      (s, i) => `<li><label>${esc(s.side ? `${s.side} ` : '')}${esc(words(s.region))}
    <select data-symptom="${i}" aria-label="What is felt in the ${esc(s.side ?? '')} ${esc(words(s.region))}">${options(V.symptomKinds)}</select></label></li>`,
    )
    .join('');
  for (const sel of document.querySelectorAll('[data-symptom]')) {
    const s = symptoms[Number(sel.dataset.symptom)];
    sel.value = s.kind;
    sel.addEventListener('change', () => {
      s.kind = sel.value;
    });
  }
}

function examGrid() {
  const side = (name, values, blank) =>
    ['left', 'right']
      .map(
        (sd) =>
          `<td><select data-exam="${name}" data-side="${sd}" aria-label="${esc(sd)}">${options(values, blank)}</select></td>`,
      )
      .join('');
  const rows = (kind, items, values) =>
    items
      .map(
        (item) =>
          `<tr data-kind="${kind}" data-item="${esc(item)}"><th scope="row">${esc(words(item))}</th>${side(kind, values, 'not tested')}</tr>`,
      )
      .join('');
  const mrc = ['0', '1', '2', '3', '4', '5'];
  $('exam-grid').innerHTML = `
<details open><summary>Motor power (MRC 0–5)</summary><div class="table-wrap"><table><thead><tr><th scope="col">Movement</th><th scope="col">Left</th><th scope="col">Right</th></tr></thead><tbody>${rows('motor', V.movements, mrc)}</tbody></table></div></details>
<details><summary>Sensation</summary><div class="table-wrap"><table><thead><tr><th scope="col">Region</th><th scope="col">Left</th><th scope="col">Right</th></tr></thead><tbody>${rows(
    'sensory',
    V.bodyRegions.filter((r) => r !== 'saddle'),
    V.sensoryStatuses,
  )}</tbody></table></div></details>
<details open><summary>Reflexes</summary><div class="table-wrap"><table><thead><tr><th scope="col">Reflex</th><th scope="col">Left</th><th scope="col">Right</th></tr></thead><tbody>${rows('reflexes', V.reflexes, V.reflexStatuses)}</tbody></table></div></details>
<details open><summary>Tests</summary><div class="table-wrap"><table><thead><tr><th scope="col">Test</th><th scope="col">Left</th><th scope="col">Right</th></tr></thead><tbody>${rows('tests', V.examTests, V.testResults)}</tbody></table></div></details>`;
  // Give every select a name that says what it is, for screen readers.
  for (const tr of document.querySelectorAll('#exam-grid tr[data-kind]')) {
    for (const sel of tr.querySelectorAll('select')) {
      sel.setAttribute('aria-label', `${words(tr.dataset.item)}, ${sel.dataset.side}`);
    }
  }
}

function addImaging(f = {}) {
  const tr = document.createElement('tr');
  tr.innerHTML = `<td><select aria-label="Level">${options(V.levels)}</select></td><td><select aria-label="Zone">${options(V.zones, '–')}</select></td>
    <td><select aria-label="Side">${options(V.findingSides, '–')}</select></td><td><select aria-label="Finding">${options(V.findingTypes)}</select></td>
    <td><select aria-label="Severity">${options(V.severities, 'not graded')}</select></td><td><button type="button" class="secondary small">Remove</button></td>`;
  const [level, zone, side, finding, severity] = tr.querySelectorAll('select');
  level.value = f.level ?? 'L4-L5';
  zone.value = f.zone ?? '';
  side.value = f.side ?? '';
  finding.value = f.finding ?? 'foraminal-stenosis';
  severity.value = f.negated ? 'none' : (f.severity ?? '');
  tr.querySelector('button').addEventListener('click', () => tr.remove());
  $('imaging-rows').append(tr);
}

function addMed(m = {}) {
  const tr = document.createElement('tr');
  tr.innerHTML = `<td><input type="text" aria-label="Drug" value="${esc(m.drug ?? '')}"></td><td><input type="number" min="0" aria-label="Dose in mg" value="${esc(m.doseMg ?? '')}"></td>
    <td><input type="number" min="0" aria-label="Times a day" value="${esc(m.timesPerDay ?? '')}"></td><td><button type="button" class="secondary small">Remove</button></td>`;
  tr.querySelector('button').addEventListener('click', () => tr.remove());
  $('med-rows').append(tr);
}

/** The presentation the form describes. */
function presentation() {
  const p = {
    symptoms: symptoms.map((s) => ({
      kind: s.kind,
      region: s.region,
      ...(s.side ? { side: s.side } : {}),
    })),
  };
  const age = numberOf($('age'));
  if (age !== undefined) p.age = age;
  if ($('sex').value) p.sex = $('sex').value;
  const duration = numberOf($('duration'));
  if (duration !== undefined) p.durationWeeks = duration;
  const conservative = numberOf($('conservative'));
  if (conservative !== undefined) p.conservativeCareWeeks = conservative;
  const back = numberOf($('pain-back'));
  const leg = numberOf($('pain-leg'));
  if (back !== undefined || leg !== undefined) {
    p.pain = { ...(back !== undefined ? { back } : {}), ...(leg !== undefined ? { leg } : {}) };
  }
  const picked = (id) => [...$(id).selectedOptions].map((o) => o.value);
  if (picked('aggravators').length) p.aggravators = picked('aggravators');
  if (picked('relievers').length) p.relievers = picked('relievers');
  const exam = {};
  for (const sel of document.querySelectorAll('#exam-grid select')) {
    if (!sel.value) continue;
    const tr = sel.closest('tr');
    const kind = tr.dataset.kind;
    const item = tr.dataset.item;
    const side = sel.dataset.side;
    const entry =
      kind === 'motor'
        ? { movement: item, side, mrc: Number(sel.value) }
        : kind === 'sensory'
          ? { region: item, side, status: sel.value }
          : kind === 'reflexes'
            ? { reflex: item, side, status: sel.value }
            : { test: item, side, result: sel.value };
    (exam[kind] ??= []).push(entry);
  }
  if (Object.keys(exam).length) p.exam = exam;
  const flags = [...document.querySelectorAll('#flags input:checked')].map((i) => i.value);
  if (flags.length) p.flags = flags;
  const imaging = [...$('imaging-rows').querySelectorAll('tr')].map((tr) => {
    const [level, zone, side, finding, severity] = [...tr.querySelectorAll('select')].map(
      (s) => s.value,
    );
    return {
      level,
      finding,
      ...(zone ? { zone } : {}),
      ...(side ? { side } : {}),
      ...(severity ? { severity } : {}),
    };
  });
  if (imaging.length) p.imaging = imaging;
  const meds = [...$('med-rows').querySelectorAll('tr')]
    .map((tr) => {
      const [drug, dose, times] = tr.querySelectorAll('input');
      return {
        drug: drug.value.trim(),
        ...(dose.value ? { doseMg: Number(dose.value) } : {}),
        ...(times.value ? { timesPerDay: Number(times.value) } : {}),
      };
    })
    .filter((m) => m.drug);
  if (meds.length) p.medications = meds;
  return p;
}

function loadExample() {
  $('age').value = '58';
  $('sex').value = 'female';
  $('duration').value = '8';
  $('pain-leg').value = '7';
  map.set([
    { region: 'anterior-thigh', side: 'left' },
    { region: 'medial-knee', side: 'left' },
  ]);
  const set = (kind, item, side, value) => {
    const sel = document.querySelector(
      `#exam-grid tr[data-kind="${kind}"][data-item="${item}"] select[data-side="${side}"]`,
    );
    if (sel) sel.value = value;
  };
  set('motor', 'knee-extension', 'left', '4');
  set('reflexes', 'patellar', 'left', 'reduced');
  set('tests', 'femoral-nerve-stretch', 'left', 'positive');
  $('imaging-rows').innerHTML = '';
  addImaging({
    level: 'L3-L4',
    zone: 'foraminal',
    side: 'left',
    finding: 'foraminal-stenosis',
    severity: 'moderate',
  });
}

async function init() {
  V = await vocabulary();
  map = createBodyMap($('bodymap'), (selected) => {
    symptoms = selected.map(
      (s) =>
        symptoms.find((x) => x.region === s.region && x.side === s.side) ?? { ...s, kind: 'pain' },
    );
    renderSymptoms();
  });
  $('aggravators').innerHTML = options(V.aggravators);
  $('relievers').innerHTML = options(V.relievers);
  $('flags').innerHTML = V.flags
    .map(
      (f) =>
        `<label><input type="checkbox" value="${esc(f)}"> ${esc(FLAG_WORDS[f] ?? words(f))}</label>`,
    )
    .join('');
  examGrid();
  // Findings handed over from the report reader.
  const handed = sessionStorage.getItem('foramen.imaging');
  if (handed) {
    sessionStorage.removeItem('foramen.imaging');
    for (const f of JSON.parse(handed)) addImaging(f);
  }
  $('add-imaging').addEventListener('click', () => addImaging());
  $('add-med').addEventListener('click', () => addMed());
  $('load-example').addEventListener('click', loadExample);
  $('assess-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('assess-error').hidden = true;
    const p = presentation();
    try {
      const a = await postJson('/api/assess', p);
      await renderAssessment($('results'), a);
      // The likely root's skin areas on the same body the clinician clicked.
      map.showDermatome(a.roots[0]?.root, a.roots[0]?.side);
      $('results')
        .querySelector('#fhir')
        ?.addEventListener('click', async () =>
          download('foramen-assessment.fhir.json', await postJson('/api/assess?format=fhir', p)),
        );
      $('triage-banner').scrollIntoView({ behavior: 'smooth', block: 'start' });
    } catch (error) {
      showError($('assess-error'), error);
    }
  });
}

init().catch((error) => showError($('assess-error'), error));
