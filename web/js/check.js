// The patient symptom checker: plain questions in, an assessment from the API, and clear advice on
// where to go. Emergency answers always lead to emergency advice, because triage never lowers them.
import { esc, postJson, showError } from './api.js';

const $ = (id) => document.getElementById(id);

/** Emergency questions and the red flags they stand for. */
const EMERGENCY = [
  ['saddle-anesthesia', 'Numbness between your legs or around your bottom'],
  ['urinary-retention', 'Trouble passing urine, or not feeling when your bladder is full'],
  ['urinary-incontinence', 'Leaking urine that is new for you'],
  ['fecal-incontinence', 'Not being able to control your bowels'],
  ['sexual-dysfunction', 'New numbness of the genitals or change in sexual function'],
  ['progressive-weakness', 'Leg weakness that is getting worse, or a foot that drops or slaps'],
];

/** Other warning signs. */
const WARNING = [
  ['history-of-cancer', 'You have had cancer'],
  ['fever', 'Fever or feeling hot and shivery with the back pain'],
  ['unexplained-weight-loss', 'Weight loss you cannot explain'],
  ['significant-trauma', 'The pain started after a fall or an accident'],
  ['osteoporosis', 'You have thin bones (osteoporosis)'],
  ['prolonged-steroid-use', 'You have taken steroid tablets for months'],
  ['immunosuppression', 'Your immune system is weakened (for example by medicines or HIV)'],
  ['iv-drug-use', 'You inject drugs'],
  ['night-pain', 'Pain that is bad at night or when resting and does not ease'],
  ['bilateral-leg-symptoms', 'Symptoms in both legs'],
];

/** Where it is felt, in everyday words, and the body regions that means. */
const WHERE = [
  ['low-back', 'Lower back', ['low-back']],
  ['buttock', 'Buttock', ['buttock']],
  ['back-thigh', 'Back of the thigh', ['posterior-thigh']],
  ['front-thigh', 'Front of the thigh', ['anterior-thigh']],
  ['knee', 'Inside of the knee', ['medial-knee']],
  ['outer-shin', 'Outer side of the lower leg', ['lateral-leg']],
  ['calf', 'Calf', ['posterior-leg']],
  ['foot-top', 'Top of the foot or the big toe', ['dorsum-foot', 'great-toe']],
  ['foot-sole', 'Sole, heel or outer edge of the foot', ['sole', 'heel', 'lateral-foot']],
];

const ADVICE = {
  emergency: {
    title: 'Go to the emergency department now',
    text: 'Your answers include signs that a bundle of nerves at the bottom of the spine may be squeezed (cauda equina syndrome) or another emergency. Go to the nearest emergency department now, or call your emergency number (999 in the UK, 911 in the US, 112 in Europe). Do not wait to see if it settles.',
  },
  urgent: {
    title: 'Contact a doctor today',
    text: 'Your answers include a warning sign that needs a doctor to see you soon. Phone your GP practice or family doctor today and ask for an urgent appointment, or go to an urgent care centre. If anything on the emergency list starts, go to the emergency department.',
  },
  soon: {
    title: 'Book an appointment with your GP or family doctor',
    text: 'Your symptoms should be checked by a doctor within the next one to two weeks. Keep as active as you can meanwhile and use simple pain relief as the pack says.',
  },
  routine: {
    title: 'Look after it at home, and see your GP if it is not getting better',
    text: 'Most back pain and sciatica gets better on its own within a few weeks. Stay active, keep moving gently, and use simple pain relief as the pack says. See your GP if it is no better after 6 weeks, if the pain stops you doing daily things, or if it keeps getting worse.',
  },
};

const checks = (items, name) =>
  items
    .map(
      ([value, label]) =>
        `<label><input type="checkbox" name="${name}" value="${value}"> ${esc(label)}</label>`,
    )
    .join('');

$('check-emergency').innerHTML = checks(EMERGENCY, 'emergency');
$('check-warning').innerHTML = checks(WARNING, 'warning');
$('check-where').innerHTML = checks(
  WHERE.map(([v, l]) => [v, l]),
  'where',
);

$('check-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('check-error').hidden = true;
  const flags = [
    ...document.querySelectorAll('input[name="emergency"]:checked, input[name="warning"]:checked'),
  ].map((i) => i.value);
  const side = $('check-side').value;
  const kind = $('check-kind').value;
  const places = [...document.querySelectorAll('input[name="where"]:checked')].map((i) => i.value);
  const regions = WHERE.filter(([v]) => places.includes(v)).flatMap(([, , r]) => r);
  const sides = side === 'bilateral' ? ['left', 'right'] : [side];
  const symptoms = regions.flatMap((region) =>
    region === 'low-back' ? [{ kind, region }] : sides.map((s) => ({ kind, region, side: s })),
  );
  if (flags.includes('saddle-anesthesia')) symptoms.push({ kind: 'numbness', region: 'saddle' });
  const presentation = {
    symptoms,
    durationWeeks: Number(document.querySelector('input[name="check-duration"]:checked').value),
    ...(flags.length ? { flags } : {}),
  };
  try {
    const a = await postJson('/api/assess', presentation);
    const advice = ADVICE[a.triage.level];
    $('check-result').innerHTML =
      `<div class="advice ${a.triage.level}" id="advice" role="status"><h2>${esc(advice.title)}</h2><p>${esc(advice.text)}</p>
${a.triage.level !== 'emergency' ? `<p><strong>Go to the emergency department at once if</strong> you get numbness between your legs, trouble passing or holding urine, loss of bowel control, or leg weakness that gets worse.</p>` : ''}</div>
<p><a href="/learn.html">Read about nerve-root narrowing in plain language</a></p>
<p class="muted">${esc(a.disclaimer)}</p>`;
    $('check-result').hidden = false;
    $('advice').scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (error) {
    showError($('check-error'), error);
  }
});
