/* global Node */
// The patient's side of a one-time questionnaire link: no account, the token travels in the URL fragment
// (never sent to the server in a request line or kept in its logs) and in the body of two API calls.
// The questions are written in Foramen's own words; scoring happens on the server.

const $ = (id) => document.getElementById(id);

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

const say = (text, error = false) =>
  $('status').replaceChildren(text ? h('p', { class: error ? 'error' : '' }, text) : '');

async function post(path, body) {
  const res = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const error = new Error(data?.error?.message ?? `request failed (${res.status})`);
    error.status = res.status;
    throw error;
  }
  return data;
}

/** A radio scale: one fieldset, one choice required unless `optional`. */
function scale(name, legend, options, { optional = false, hint } = {}) {
  return h(
    'fieldset',
    { class: 'question' },
    h('legend', {}, legend),
    hint ? h('p', { class: 'muted' }, hint) : null,
    h(
      'div',
      { class: 'scale' },
      options.map(([value, label], i) =>
        h(
          'label',
          {},
          h('input', { type: 'radio', name, value: String(value), required: !optional && i === 0 }),
          ` ${label}`,
        ),
      ),
    ),
  );
}

const ODI = [
  ['Pain intensity', 'How strong is your pain right now?'],
  ['Personal care', 'Washing and dressing yourself'],
  ['Lifting', 'Lifting things'],
  ['Walking', 'Walking'],
  ['Sitting', 'Sitting'],
  ['Standing', 'Standing'],
  ['Sleeping', 'Sleeping'],
  ['Sex life', 'Your sex life (skip if it does not apply to you)'],
  ['Social life', 'Going out and seeing people'],
  ['Travelling', 'Travelling'],
];
const ODI_ANCHORS = [
  [0, '0 no problem'],
  [1, '1'],
  [2, '2'],
  [3, '3'],
  [4, '4'],
  [5, '5 impossible or worst'],
];

const STARTBACK = [
  'In the last two weeks, the pain has spread down one or both legs.',
  'In the last two weeks, I have also had pain in my shoulder or neck.',
  'Because of my back, I have only walked short distances.',
  'Because of my back, I have got dressed more slowly than usual.',
  'I do not think it is really safe for someone with my back to be physically active.',
  'My thoughts have often been full of worry.',
  'My back pain feels terrible and I think it will never get better.',
  'On the whole, I have not enjoyed the things I usually enjoy.',
];
const BOTHER = [
  [0, 'not at all'],
  [0, 'slightly'],
  [0, 'moderately'],
  [1, 'very much'],
  [1, 'extremely'],
];

const ZCQ_SEVERITY = [
  'Pain overall',
  'How often you have pain',
  'Back pain',
  'Pain in the buttocks or legs',
  'Numbness or tingling in the legs',
  'Weakness in the legs',
];
const ZCQ_FUNCTION = [
  'How far you can walk',
  'Walking outside for pleasure',
  'Shopping',
  'Walking around the house',
  'Walking from the bedroom to the bathroom',
];

const value = (form, name) => {
  const checked = form.querySelector(`input[name="${name}"]:checked`);
  return checked ? Number(checked.value) : null;
};

/** The questions for each instrument and how to read the answers back. */
const SECTIONS = {
  odi: {
    title: 'How your back affects everyday life',
    build: () =>
      ODI.map(([name, question], i) =>
        scale(`odi-${i}`, `${i + 1}. ${name}: ${question}`, ODI_ANCHORS, {
          optional: i === 7,
          hint: '0 means no problem at all, 5 means you cannot do it at all or it is the worst it could be.',
        }),
      ),
    read: (form) => [
      { instrument: 'odi', input: { answers: ODI.map((_, i) => value(form, `odi-${i}`)) } },
    ],
  },
  nrs: {
    title: 'Your pain today',
    build: () =>
      ['leg', 'back'].map((site) =>
        scale(
          `nrs-${site}`,
          `${site === 'leg' ? 'Leg' : 'Back'} pain: 0 is no pain, 10 the worst you can imagine`,
          Array.from({ length: 11 }, (_, v) => [v, String(v)]),
        ),
      ),
    read: (form) =>
      ['leg', 'back'].map((site) => ({
        instrument: 'nrs',
        input: { value: value(form, `nrs-${site}`), site },
      })),
  },
  startback: {
    title: 'Thinking about the last two weeks',
    build: () => [
      ...STARTBACK.map((text, i) =>
        scale(`sb-${i}`, `${i + 1}. ${text}`, [
          [1, 'agree'],
          [0, 'disagree'],
        ]),
      ),
      scale(
        'sb-8',
        '9. Overall, how bothersome has your back pain been in the last two weeks?',
        BOTHER.map(([v, label], i) => [`${v}-${i}`, label]),
      ),
    ],
    read: (form) => [
      {
        instrument: 'startback',
        input: {
          answers: [
            ...STARTBACK.map((_, i) => value(form, `sb-${i}`)),
            Number(
              String(form.querySelector('input[name="sb-8"]:checked')?.value ?? 'x').split('-')[0],
            ),
          ],
        },
      },
    ],
  },
  zcq: {
    title: 'Walking and leg symptoms in the last month',
    build: () => [
      ...ZCQ_SEVERITY.map((text, i) =>
        scale(`zs-${i}`, text, [
          [1, '1 none'],
          [2, '2 mild'],
          [3, '3 moderate'],
          [4, '4 severe'],
          [5, '5 very severe'],
        ]),
      ),
      scale('zs-6', 'Problems with balance', [
        [1, 'none'],
        [3, 'sometimes'],
        [5, 'often'],
      ]),
      ...ZCQ_FUNCTION.map((text, i) =>
        scale(`zf-${i}`, text, [
          [1, '1 no trouble'],
          [2, '2 some trouble'],
          [3, '3 much trouble'],
          [4, '4 cannot'],
        ]),
      ),
    ],
    read: (form) => [
      {
        instrument: 'zcq',
        input: {
          symptomSeverity: Array.from({ length: 7 }, (_, i) => value(form, `zs-${i}`)),
          physicalFunction: ZCQ_FUNCTION.map((_, i) => value(form, `zf-${i}`)),
        },
      },
    ],
  },
};

async function start() {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  // Drop the token from the address bar and history once read.
  history.replaceState(null, '', location.pathname);
  if (!token) return say('This page needs the link your clinician sent you.', true);
  let link;
  try {
    link = await post('/api/questionnaires/open', { token });
  } catch (e) {
    return say(
      e.status === 410
        ? 'This link has already been used or has expired. Please ask your clinician for a new one.'
        : e.message,
      true,
    );
  }
  const form = $('questions');
  const known = link.instruments.filter((i) => SECTIONS[i]);
  form.replaceChildren(
    ...known.map((i) => h('section', {}, h('h2', {}, SECTIONS[i].title), SECTIONS[i].build())),
    h('button', { type: 'submit' }, 'Send my answers'),
  );
  form.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await post('/api/questionnaires/submit', {
        token,
        responses: known.flatMap((i) => SECTIONS[i].read(form)),
      });
      form.hidden = true;
      say('Thank you: your answers have reached your clinician. You can close this page.');
    } catch (e) {
      say(`${e.message} Please check your answers and send them again.`, true);
    }
  });
}

start();
