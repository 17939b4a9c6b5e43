/* global Node, navigator */
// The patient timeline page. It talks only to the HTTP API (/api/auth, /api/patients); every judgement it
// shows (bands, clinically important change, escalation) comes from the server, this file only draws it.
// Charts use Chart.js (window.Chart, loaded by a deferred classic script before this module runs).

const TOKEN_KEY = 'foramen.session';
const ODI_SECTIONS = [
  'Pain intensity',
  'Personal care',
  'Lifting',
  'Walking',
  'Sitting',
  'Standing',
  'Sleeping',
  'Sex life',
  'Social life',
  'Travelling',
];
const COLORS = {
  line: '#0b5cad',
  leg: '#0b5cad',
  back: '#7a4fb3',
  better: '#1e6b3a',
  worse: '#a4161a',
  review: '#6b7785',
  band: '#1e6b3a',
};
const DAY = 86_400_000;

const $ = (id) => document.getElementById(id);
const state = {
  token: sessionStorage.getItem(TOKEN_KEY),
  user: null,
  patientId: null,
  charts: {},
};

/** Builds an element; strings become text nodes, so nothing from the server is parsed as HTML. */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

function say(message, kind = 'info') {
  const box = $('status');
  box.replaceChildren(
    message ? h('p', { class: kind === 'error' ? 'error' : 'muted' }, message) : '',
  );
}

class ApiError extends Error {
  constructor(status, message, path) {
    super(message);
    this.status = status;
    this.path = path;
  }
}

/** Calls the API with the session token; a 401 signs the page out. */
async function api(path, { method = 'GET', body } = {}) {
  const res = await fetch(path, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(state.token ? { authorization: `Bearer ${state.token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (res.status === 401 && path !== '/api/auth/login') {
    signOut('Your session has ended; please sign in again.');
  }
  if (res.status === 403 && data?.error?.path === 'password') showPasswordChange();
  if (!res.ok) {
    throw new ApiError(
      res.status,
      data?.error?.message ?? `request failed (${res.status})`,
      data?.error?.path ?? '',
    );
  }
  return data;
}

const showError = (e) =>
  say(e instanceof ApiError && e.path ? `${e.path}: ${e.message}` : e.message, 'error');

// --- Sign-in and patient choice -----------------------------------------------------------------

function signOut(message) {
  state.token = null;
  state.user = null;
  sessionStorage.removeItem(TOKEN_KEY);
  $('signin').hidden = false;
  for (const id of ['password-change', 'picker', 'mfa-setup', 'timeline']) $(id).hidden = true;
  $('totp-field').hidden = true;
  $('totp').required = false;
  $('totp').value = '';
  if (message) say(message);
}

/** Asks for the authenticator code: the login route answers 401 with error.path "totp". */
function askForCode() {
  $('totp-field').hidden = false;
  $('totp').required = true;
  $('totp').focus();
  say('Enter the 6-digit code from your authenticator app, then sign in again.');
}

async function signIn(event) {
  event.preventDefault();
  const totp = $('totp').value.trim();
  try {
    const session = await api('/api/auth/login', {
      method: 'POST',
      body: {
        username: $('username').value.trim(),
        password: $('password').value,
        ...(totp ? { totp } : {}),
      },
    });
    state.token = session.token;
    state.user = session.user;
    sessionStorage.setItem(TOKEN_KEY, session.token);
    $('password').value = '';
    $('totp').value = '';
    say(`Signed in as ${session.user.username} (${session.user.role}).`);
    await afterSignIn();
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && e.path === 'totp') askForCode();
    else {
      $('totp').value = '';
      showError(e);
    }
  }
}

/** After sign-in (or on load with a stored session): a reset password comes first, then the patients. */
async function afterSignIn() {
  state.user ??= await api('/api/auth/me');
  if (state.user.mustChangePassword) {
    showPasswordChange();
    return;
  }
  $('mfa-setup').hidden = state.user.mfa === true;
  await showPicker();
}

function showPasswordChange() {
  $('signin').hidden = true;
  $('picker').hidden = true;
  $('timeline').hidden = true;
  $('mfa-setup').hidden = true;
  $('password-change').hidden = false;
  say('Choose a new password to go on.');
  $('current-password').focus();
}

async function changePassword(event) {
  event.preventDefault();
  const newPassword = $('new-password').value;
  if (newPassword !== $('new-password-again').value) {
    say('New password again: does not match the new password.', 'error');
    $('new-password-again').focus();
    return;
  }
  try {
    await api('/api/auth/password', {
      method: 'POST',
      body: { currentPassword: $('current-password').value, newPassword },
    });
    for (const id of ['current-password', 'new-password', 'new-password-again']) $(id).value = '';
    $('password-change').hidden = true;
    state.user = { ...state.user, mustChangePassword: false };
    await afterSignIn();
    say('Password changed.');
  } catch (e) {
    showError(e);
  }
}

// --- Two-step sign-in (TOTP, RFC 6238) ------------------------------------------------------------

async function startMfa() {
  try {
    const { secret, otpauthUrl } = await api('/api/auth/mfa/enroll', { method: 'POST' });
    $('mfa-key').value = secret;
    $('mfa-uri').value = otpauthUrl;
    $('mfa-secret').hidden = false;
    $('mfa-start').textContent = 'Get a new secret';
    $('mfa-code').focus();
  } catch (e) {
    showError(e);
  }
}

async function verifyMfa(event) {
  event.preventDefault();
  try {
    await api('/api/auth/mfa/verify', {
      method: 'POST',
      body: { totp: $('mfa-code').value.trim() },
    });
    $('mfa-code').value = '';
    $('mfa-key').value = '';
    $('mfa-uri').value = '';
    $('mfa-secret').hidden = true;
    $('mfa-setup').hidden = true;
    state.user = { ...state.user, mfa: true };
    say('Two-step sign-in is on: from now on, sign-in also asks for a code from your app.');
  } catch (e) {
    showError(e);
  }
}

async function showPicker(selectId) {
  $('signin').hidden = true;
  $('picker').hidden = false;
  const { patients } = await api('/api/patients?limit=500');
  const select = $('patient-select');
  select.replaceChildren(
    h('option', { value: '' }, patients.length ? '— choose —' : 'no patients yet'),
    ...patients.map((p) => h('option', { value: p.id }, p.pseudonym)),
  );
  const wanted = selectId ?? new URLSearchParams(location.search).get('patient');
  if (wanted && patients.some((p) => p.id === wanted)) {
    select.value = wanted;
    await loadTimeline(wanted);
  }
}

// --- Drawing ------------------------------------------------------------------------------------

const fmt = (v) => (Number.isInteger(v) ? String(v) : v.toFixed(1));
const dayOf = (at) => Date.parse(`${at.slice(0, 10)}T00:00:00Z`);
const dateText = (at) => at.slice(0, 10);

/** The ODI the patient must reach for an important improvement: either 10 points or 30 % below baseline. */
function improvementLine(baseline, threshold) {
  const absolute = baseline - threshold.absolute;
  const relative =
    threshold.relativePercent === null
      ? -Infinity
      : baseline * (1 - threshold.relativePercent / 100);
  return Math.max(0, Math.max(absolute, relative));
}

function pointStyleOf(p) {
  if (p.change?.importantImprovement) {
    return { color: COLORS.better, style: 'triangle', radius: 8, rotation: 180 };
  }
  if (p.change?.importantWorsening) {
    return { color: COLORS.worse, style: 'triangle', radius: 8, rotation: 0 };
  }
  return { color: COLORS.line, style: 'circle', radius: 4, rotation: 0 };
}

function seriesDataset(label, points, start, color) {
  const styles = points.map(pointStyleOf);
  return {
    label,
    data: points.map((p) => ({ x: (dayOf(p.at) - start) / DAY, y: p.value, point: p })),
    borderColor: color,
    backgroundColor: color,
    pointBackgroundColor: styles.map((s) => (s.color === COLORS.line ? color : s.color)),
    pointBorderColor: styles.map((s) => (s.color === COLORS.line ? color : s.color)),
    pointStyle: styles.map((s) => s.style),
    pointRotation: styles.map((s) => s.rotation),
    pointRadius: styles.map((s) => s.radius),
    tension: 0,
  };
}

const hline = (label, y, from, to, color) => ({
  label,
  data: [
    { x: from, y },
    { x: to, y },
  ],
  borderColor: color,
  borderDash: [6, 4],
  borderWidth: 1.5,
  pointRadius: 0,
  fill: false,
});

function drawChart(id, datasets, { yMax, yTitle, start, maxDay }) {
  state.charts[id]?.destroy();
  if (typeof window.Chart !== 'function') {
    $(id).replaceWith(
      h(
        'p',
        { class: 'error', id },
        'The chart library did not load; the table below holds the same values.',
      ),
    );
    return;
  }
  const review = {
    label: 'six-week review',
    data: [
      { x: 42, y: 0 },
      { x: 42, y: yMax },
    ],
    borderColor: COLORS.review,
    borderDash: [2, 3],
    borderWidth: 1,
    pointRadius: 0,
  };
  state.charts[id] = new window.Chart($(id), {
    type: 'line',
    data: { datasets: maxDay >= 35 ? [...datasets, review] : datasets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      parsing: false,
      scales: {
        x: {
          type: 'linear',
          min: 0,
          suggestedMax: Math.max(49, maxDay + 3),
          title: { display: true, text: `weeks since ${dateText(new Date(start).toISOString())}` },
          ticks: { stepSize: 7, callback: (v) => `${Math.round(v / 7)}` },
        },
        y: { min: 0, max: yMax, title: { display: true, text: yTitle } },
      },
      plugins: {
        legend: { labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (ctx) => {
              const p = ctx.raw.point;
              if (!p) return ctx.dataset.label;
              const change = p.change
                ? `, ${p.change.change > 0 ? '+' : ''}${fmt(p.change.change)} from baseline${p.change.clinicallyImportant ? ' (clinically important)' : ''}`
                : ' (baseline)';
              return `${dateText(p.at)}: ${fmt(p.value)}${p.label ? ` ${p.label}` : ''}${change}`;
            },
          },
        },
      },
    },
  });
}

function changeCell(p) {
  if (!p.change) return h('td', {}, 'baseline');
  const c = p.change;
  const text = `${c.change > 0 ? '+' : ''}${fmt(c.change)}${c.percentImprovement === null ? '' : ` (${fmt(Math.abs(c.percentImprovement))} %)`}`;
  if (c.importantImprovement) {
    return h('td', { class: 'mark-better' }, `${text}: important improvement`);
  }
  if (c.importantWorsening) return h('td', { class: 'mark-worse' }, `${text}: important worsening`);
  return h('td', {}, text);
}

function fillTable(id, header, rows, empty) {
  const table = $(id);
  if (rows.length === 0) return table.replaceChildren(h('caption', { class: 'muted' }, empty));
  table.replaceChildren(
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        header.map((x) => h('th', { scope: 'col' }, x)),
      ),
    ),
    h('tbody', {}, rows),
  );
}

function drawEscalation(e) {
  const box = $('escalation');
  const kind =
    { escalate: 'urgent', 'needs-data': 'soon', 'on-track': 'routine', 'too-early': 'neutral' }[
      e.status
    ] ?? 'neutral';
  const title =
    {
      escalate: 'Escalation threshold reached: review the plan',
      'needs-data': 'More data needed before the six-week review',
      'on-track': 'Responding to conservative care',
      'too-early': 'Too early to judge the response',
    }[e.status] ?? e.status;
  const weeks =
    e.weeksOfConservativeCare === null
      ? ''
      : ` Week ${e.weeksOfConservativeCare} of conservative care.`;
  box.replaceChildren(
    h(
      'div',
      { class: `banner ${kind}`, role: e.escalate ? 'alert' : 'status' },
      h('h2', {}, title),
      h(
        'p',
        {},
        `${weeks}${e.odiChange ? ` ODI ${fmt(e.odiChange.baseline)} → ${fmt(e.odiChange.followUp)}.` : ''}`,
      ),
      h(
        'ul',
        {},
        e.reasons.map((r) =>
          h('li', {}, `${r.text} `, h('small', {}, `[${r.sources.join(', ')}]`)),
        ),
      ),
    ),
  );
}

function draw(t) {
  $('timeline').hidden = false;
  $('patient-name').textContent = t.patient.pseudonym;
  const ep = t.episode;
  $('episode-line').textContent = ep
    ? `Episode: ${ep.label}, started ${ep.startedOn}${ep.conservativeCareStartedOn ? `, conservative care since ${ep.conservativeCareStartedOn}` : ''}. Drawn on ${t.asOf}.`
    : `No episode recorded yet: scores are shown from the first one. Drawn on ${t.asOf}.`;
  drawEscalation(t.escalation);

  const firsts = [t.series.odi[0], t.series.legPain[0], t.series.backPain[0]]
    .filter(Boolean)
    .map((p) => dayOf(p.at));
  const start = ep
    ? dayOf(ep.conservativeCareStartedOn ?? ep.startedOn)
    : firsts.length
      ? Math.min(...firsts)
      : dayOf(t.asOf);
  const maxDay = (dayOf(t.asOf) - start) / DAY;

  const odi = t.series.odi;
  const odiSets = [seriesDataset('ODI', odi, start, COLORS.line)];
  if (odi.length > 0) {
    const base = odi[0].value;
    const to = Math.max(49, maxDay + 3);
    odiSets.push(
      hline(
        'important improvement below',
        improvementLine(base, t.thresholds.odi),
        0,
        to,
        COLORS.better,
      ),
    );
    odiSets.push(
      hline(
        'important worsening above',
        Math.min(100, base + t.thresholds.odi.absolute),
        0,
        to,
        COLORS.worse,
      ),
    );
  }
  drawChart('odi-chart', odiSets, { yMax: 100, yTitle: 'ODI %', start, maxDay });
  $('odi-chart').setAttribute(
    'aria-label',
    odi.length
      ? `Chart of the ODI over time: ${odi.map((p) => `${fmt(p.value)} % on ${dateText(p.at)}`).join(', ')}`
      : 'Chart of the ODI over time: no scores yet',
  );
  fillTable(
    'odi-table',
    ['date', 'ODI %', 'band', 'change from baseline', 'source'],
    odi.map((p) =>
      h(
        'tr',
        {},
        h('td', {}, dateText(p.at)),
        h('td', {}, fmt(p.value)),
        h('td', {}, p.label ?? ''),
        changeCell(p),
        h('td', {}, p.source),
      ),
    ),
    'No ODI recorded yet.',
  );

  const painSets = [
    seriesDataset('leg pain', t.series.legPain, start, COLORS.leg),
    seriesDataset('back pain', t.series.backPain, start, COLORS.back),
  ];
  if (t.series.legPain.length > 0) {
    painSets.push(
      hline(
        'leg: important improvement below',
        improvementLine(t.series.legPain[0].value, t.thresholds.nrs),
        0,
        Math.max(49, maxDay + 3),
        COLORS.better,
      ),
    );
  }
  drawChart('pain-chart', painSets, { yMax: 10, yTitle: 'pain 0–10', start, maxDay });
  const painRows = [
    ...t.series.legPain.map((p) => ['leg', p]),
    ...t.series.backPain.map((p) => ['back', p]),
    ...t.series.overallPain.map((p) => ['overall', p]),
  ]
    .sort((a, b) => a[1].at.localeCompare(b[1].at))
    .map(([site, p]) =>
      h(
        'tr',
        {},
        h('td', {}, dateText(p.at)),
        h('td', {}, site),
        h('td', {}, fmt(p.value)),
        h('td', {}, p.label ?? ''),
        changeCell(p),
      ),
    );
  fillTable(
    'pain-table',
    ['date', 'site', 'rating', 'band', 'change from first rating'],
    painRows,
    'No pain rating recorded yet.',
  );

  fillTable(
    'triage-table',
    ['date', 'triage', 'leading root', 'plan', 'reasons', 'engine / knowledge'],
    [...t.triage].reverse().map((x) =>
      h(
        'tr',
        {},
        h('td', {}, dateText(x.at)),
        h('td', {}, h('span', { class: `level ${x.level}` }, x.level)),
        h('td', {}, x.topRoot ?? '—'),
        h('td', {}, (x.planStage ?? '').replace(/-/g, ' ')),
        h(
          'td',
          {},
          h(
            'ul',
            {},
            x.reasons.slice(0, 4).map((r) => h('li', {}, r.text)),
          ),
        ),
        h('td', { class: 'muted' }, `${x.engineVersion} / ${x.kbVersion}`),
      ),
    ),
    'No assessment stored for this episode.',
  );
  fillTable(
    'startback-table',
    ['date', 'total', 'psychosocial', 'risk'],
    t.series.startback.map((s) =>
      h(
        'tr',
        {},
        h('td', {}, dateText(s.at)),
        h('td', {}, String(s.total)),
        h('td', {}, String(s.psychosocial)),
        h('td', {}, s.risk),
      ),
    ),
    'No STarT Back recorded.',
  );

  $('notes').replaceChildren(
    ...(t.notes.length
      ? t.notes.map((n) =>
          h('li', {}, h('time', { datetime: n.createdAt }, dateText(n.createdAt)), n.body),
        )
      : [h('li', { class: 'muted' }, 'No notes.')]),
  );
}

async function loadTimeline(patientId) {
  state.patientId = patientId;
  const url = new URL(location.href);
  url.searchParams.set('patient', patientId);
  history.replaceState(null, '', url);
  try {
    draw(await api(`/api/patients/${encodeURIComponent(patientId)}/timeline`));
    say('');
  } catch (e) {
    showError(e);
  }
}

// --- Recording ----------------------------------------------------------------------------------

const takenAt = (id) => ($(id).value ? { takenAt: $(id).value } : {});

/** Wraps a form handler: posts, reports errors with their field, redraws. */
const onSubmit = (id, fn) =>
  $(id).addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!state.patientId && id !== 'new-patient-form') {
      return say('Choose a patient first.', 'error');
    }
    try {
      await fn(event.target);
      if (state.patientId) await loadTimeline(state.patientId);
    } catch (e) {
      showError(e);
    }
  });

function setUp() {
  $('odi-fields').replaceChildren(
    ...ODI_SECTIONS.map((name, i) =>
      h(
        'div',
        { class: 'field' },
        h('label', { for: `odi-${i}` }, `${i + 1}. ${name}`),
        h(
          'select',
          { id: `odi-${i}` },
          h('option', { value: '' }, 'skipped'),
          [0, 1, 2, 3, 4, 5].map((v) => h('option', { value: String(v) }, String(v))),
        ),
      ),
    ),
  );
  $('signin-form').addEventListener('submit', signIn);
  $('password-form').addEventListener('submit', changePassword);
  $('mfa-start').addEventListener('click', startMfa);
  $('mfa-form').addEventListener('submit', verifyMfa);
  for (const button of document.querySelectorAll('[data-copy]')) {
    button.addEventListener('click', () =>
      navigator.clipboard?.writeText($(button.dataset.copy).value).then(() => say('Copied.')),
    );
  }
  for (const id of ['sign-out', 'password-sign-out']) {
    $(id).addEventListener('click', async () => {
      await api('/api/auth/logout', { method: 'POST' }).catch(() => undefined);
      signOut('Signed out.');
    });
  }
  $('patient-select').addEventListener(
    'change',
    (e) => e.target.value && loadTimeline(e.target.value),
  );
  onSubmit('new-patient-form', async () => {
    const pseudonym = $('new-pseudonym').value.trim();
    const p = await api('/api/patients', { method: 'POST', body: pseudonym ? { pseudonym } : {} });
    $('new-pseudonym').value = '';
    await showPicker(p.id);
    say(`Added ${p.pseudonym}.`);
  });
  onSubmit('episode-form', () =>
    api(`/api/patients/${state.patientId}/episodes`, {
      method: 'POST',
      body: {
        ...($('episode-label').value.trim() ? { label: $('episode-label').value.trim() } : {}),
        startedOn: $('episode-start').value,
        ...($('episode-care').value ? { conservativeCareStartedOn: $('episode-care').value } : {}),
      },
    }),
  );
  onSubmit('pain-form', () =>
    api(`/api/patients/${state.patientId}/scores/nrs`, {
      method: 'POST',
      body: {
        input: { value: Number($('pain-value').value), site: $('pain-site').value },
        ...takenAt('pain-date'),
      },
    }),
  );
  onSubmit('odi-form', () =>
    api(`/api/patients/${state.patientId}/scores/odi`, {
      method: 'POST',
      body: {
        input: {
          answers: ODI_SECTIONS.map((_, i) =>
            $(`odi-${i}`).value === '' ? null : Number($(`odi-${i}`).value),
          ),
        },
        ...takenAt('odi-date'),
      },
    }),
  );
  onSubmit('note-form', async () => {
    await api(`/api/patients/${state.patientId}/notes`, {
      method: 'POST',
      body: { body: $('note-body').value },
    });
    $('note-body').value = '';
  });
  onSubmit('link-form', async (form) => {
    const instruments = [...form.querySelectorAll('input[name="instrument"]:checked')].map(
      (i) => i.value,
    );
    const link = await api(`/api/patients/${state.patientId}/questionnaire-links`, {
      method: 'POST',
      body: { instruments },
    });
    const input = h('input', {
      type: 'text',
      readonly: true,
      value: `${location.origin}${link.path}`,
      'aria-label': 'one-time link',
    });
    const copy = h('button', { type: 'button', class: 'secondary small' }, 'Copy');
    copy.addEventListener('click', () =>
      navigator.clipboard?.writeText(input.value).then(() => say('Link copied.')),
    );
    $('link-output').replaceChildren(
      h('div', { class: 'link-box' }, input, copy),
      h(
        'p',
        { class: 'muted' },
        `Valid once, until ${link.expiresAt.slice(0, 16).replace('T', ' ')} UTC. It is shown only now.`,
      ),
    );
  });
  const today = new Date().toISOString().slice(0, 10);
  for (const id of ['episode-start', 'pain-date', 'odi-date']) $(id).max = today;
}

setUp();
if (state.token) afterSignIn().catch(showError);
else signOut();
