/**
 * The English wording of the patient pages, as data: every sentence a patient reads is here, keyed by
 * what it says, so a second language is one more file of the same shape (`PatientWording`). Facts (which
 * root, which skin areas, which movements, which doses) come from the anatomy data and the meds ceiling
 * table; this file only says them in plain words. Written for a reading grade of 7 or below.
 */
import type { BodyRegion, Movement, Reflex, Side, Zone } from '../../vocab/index.js';
import type { PatientWording } from './wording.js';
import { formatNumber } from '../_number.js';

const REGIONS: Readonly<Record<BodyRegion, string>> = {
  'low-back': 'low back',
  buttock: 'buttock',
  groin: 'groin',
  'lower-abdomen': 'lower belly',
  'anterior-thigh': 'front of the thigh',
  'medial-thigh': 'inner thigh',
  'lateral-thigh': 'outer thigh',
  'posterior-thigh': 'back of the thigh',
  'anterior-knee': 'front of the knee',
  'medial-knee': 'inner side of the knee',
  'medial-leg': 'inner side of the shin',
  'lateral-leg': 'outer side of the shin',
  'posterior-leg': 'calf',
  'medial-ankle': 'inner ankle',
  'dorsum-foot': 'top of the foot',
  'great-toe': 'big toe',
  'lateral-foot': 'outer edge of the foot',
  sole: 'sole of the foot',
  heel: 'heel',
  saddle: 'skin between the legs',
};

const MOVEMENTS: Readonly<Record<Movement, string>> = {
  'hip-flexion': 'It may be hard to lift your thigh, for example on stairs.',
  'hip-adduction': 'It may be hard to press your knees together.',
  'hip-abduction': 'It may be hard to move your leg out to the side, so you limp a little.',
  'hip-extension': 'It may be hard to push your leg back, for example to get up from a chair.',
  'knee-extension': 'It may be hard to straighten your knee, so it gives way on stairs.',
  'knee-flexion': 'It may be hard to bend your knee.',
  'ankle-dorsiflexion':
    'It may be hard to lift your foot at the ankle, so your toes catch as you walk.',
  'great-toe-extension': 'It may be hard to lift your big toe.',
  'ankle-plantarflexion': 'It may be hard to push down with your foot, or to stand on tiptoe.',
  'foot-eversion': 'It may be hard to turn your foot out.',
  'foot-inversion': 'It may be hard to turn your foot in.',
};

const REFLEXES: Readonly<Record<Reflex, string>> = {
  patellar: 'knee jerk (the kick when a doctor taps just below your knee)',
  achilles: 'ankle jerk (the small kick when a doctor taps the back of your heel)',
  'medial-hamstring': 'a reflex at the back of the knee',
  cremasteric: 'a small reflex in the groin',
};

const sideWords = (side: Side): string =>
  side === 'bilateral' ? 'on both sides' : `on the ${side}`;
const legWords = (side: Side): string =>
  side === 'bilateral' ? 'one or both legs' : `your ${side} leg`;

function zonePlace(zone: Zone): string {
  switch (zone) {
    case 'central':
      return 'the middle of the spinal canal';
    case 'subarticular':
      return 'the side pocket of the spinal canal';
    case 'foraminal':
      return 'the side window where the nerve leaves the spine';
    case 'extraforaminal':
      return 'just outside the side window where the nerve leaves the spine';
  }
}

/** English wording for the patient pages. */
export const EN: PatientWording = {
  language: 'en',
  regions: REGIONS,
  movements: MOVEMENTS,
  reflexes: REFLEXES,
  zoneName: (zone) =>
    ({
      central: 'central canal',
      subarticular: 'lateral recess',
      foraminal: 'foraminal',
      extraforaminal: 'far lateral',
    })[zone],
  sideWords,
  join: (words) =>
    words.length <= 1
      ? (words[0] ?? '')
      : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`,
  amount: (mg) => `${formatNumber(mg)} mg`,
  tablets: (count, strength) => `${String(count)} tablets of ${strength}`,
  handoutTitle: 'Handout: the key points',
  title: (c) => {
    const where = {
      central: 'Narrow spinal canal',
      subarticular: 'Narrow side pocket (lateral recess)',
      foraminal: 'Narrow nerve window (foraminal stenosis)',
      extraforaminal: 'Nerve pinched outside the window (far lateral)',
    }[c.zone];
    return `${where} at ${c.level} ${sideWords(c.side)}: the ${c.root} nerve`;
  },
  headings: {
    summary: 'In short',
    'what-is-happening': 'What is happening in your back',
    symptoms: 'What you may feel',
    'what-to-do-now': 'What you can do now',
    treatments: 'Treatments that help, in the order people try them',
    'get-help': 'When to get help',
    questions: 'Questions to ask your doctor',
    faq: 'Common questions',
    references: 'Sources',
    about: 'About this page',
  },
  tocHeading: 'On this page',
  siteName: 'Foramen patient guides',
  allPages: 'All guides',
  skip: 'Skip to the guide',
  printNote: 'Printing this page gives a one-page handout with the key points.',
  summary: (c) => [
    `A nerve in your low back, the ${c.root} nerve, may be squeezed at ${c.level} ${sideWords(c.side)}. This can cause pain, tingling or weakness in ${legWords(c.side)}.`,
    'Most people get better in weeks to months with time, gentle activity and simple pain relief.',
    'Get help now if both legs get worse, you go numb between your legs, or you have new bladder or bowel trouble.',
  ],
  happening: (c) => {
    const out = [
      'Your spine is a stack of bones. Soft pads called discs sit between them. A long tube runs down the back of the stack. It holds the nerves on their way to your legs.',
      'At each level, a pair of nerves leaves the spine, one on the left and one on the right. Each one goes out through a small side window between two bones. Doctors call this window the foramen.',
      `Your scan or your doctor points to ${zonePlace(c.zone)} at ${c.level}. That is between the ${c.upper} and ${c.lower} bones. Here the space is smaller than it should be ${sideWords(c.side)}.`,
    ];
    out.push(
      c.relation === 'exiting'
        ? `The nerve that leaves through this window is the ${c.root} nerve. When the space is tight, the nerve can be pressed and get sore and swollen.`
        : `The nerve that runs down past this spot is the ${c.root} nerve. It leaves the spine one level lower. When the space is tight, the nerve can be pressed on its way down.`,
    );
    out.push(
      'The space gets smaller for common reasons. A disc can bulge. The small joints at the back of the spine can grow thick with wear. A band of tissue behind the nerves can thicken. These changes are very common as we age. Many people have them on a scan and feel nothing.',
    );
    if (c.side === 'bilateral') {
      out.push(
        'On this page the narrowing is on both sides. You may feel it in one leg, in both legs, or first in one and then the other.',
      );
    }
    if (c.isChestRoot) {
      out.push(
        'The T12 nerve is the last nerve of the chest part of the spine. It does not go down the leg. It goes to the skin and muscles of the lower belly and the top of the hip.',
      );
    }
    return out;
  },
  spineCaption: (c) =>
    `The spine seen from the side and from the back. The tight spot at ${c.level} is shaded, and the ${c.root} nerve is drawn in red. You can show it to your doctor if you are not sure what your scan means.`,
  bodyCaption: (c) =>
    `The skin the ${c.root} nerve looks after, front and back. Darker means more likely. If numbness spreads past the shaded area, or to the other leg, tell your doctor.`,
  noBodyMap:
    'There is no leg map for the T12 nerve, because it does not reach the leg. It looks after a band of skin on the lower belly and side.',
  symptomsIntro: (c) =>
    `These are the things the ${c.root} nerve most often causes, most common first. You may have some of them, not all. They are usually felt ${c.side === 'bilateral' ? 'in one or both legs' : `on the ${c.side}`}.`,
  symptomPain: (places) =>
    `Pain that runs from your back or buttock into the ${places}. It can feel sharp, burning or like an electric shock. It is often worse than the back pain.`,
  symptomNumb: (places) => `Numbness, tingling or pins and needles in the ${places}.`,
  symptomWeak: (moves) =>
    `Weak muscles. ${moves.join(' ')} This is less common than pain. Tell your doctor if you notice it.`,
  symptomReflex: (reflex) =>
    `A weaker ${reflex}. You will not notice this yourself. A doctor checks it.`,
  symptomBack: 'Pain or stiffness in the low back. This is common, but it may be mild or missing.',
  zoneSymptom: (zone) => {
    switch (zone) {
      case 'central':
        return 'Pain, heaviness or tiredness in the legs when you walk or stand for a while. It eases when you sit down or lean forward, for example on a shopping cart.';
      case 'subarticular':
        return 'Leg pain that gets worse when you stand or walk, and eases when you sit or bend forward.';
      case 'foraminal':
        return 'Leg pain that gets worse when you stand, walk or lean back, and eases when you sit or bend forward. Lying on the sore side may also hurt.';
      case 'extraforaminal':
        return 'Sharp leg pain that can come on when you lean or twist toward the sore side. It often eases when you lie still.';
    }
  },
  chestSymptom:
    'Pain or a band of numbness that wraps around the lower belly or side, at about the level of your belt.',
  symptomsOutro:
    'Pain in a leg does not always come from the back. Hip, knee and blood flow problems can feel the same. Your doctor will check for these.',
  doNow: [
    {
      lead: 'Keep moving.',
      text: 'Stay as active as you can, with short walks several times a day. Bed rest does not help and can slow your recovery.',
      link: 'advice-avoid-bed-rest',
      sources: ['tx-cochrane-bed-rest-2010', 'nice-ng59'],
    },
    {
      lead: 'Find your best position.',
      text: 'Many people feel better sitting, or lying on their back with a pillow under their knees. On your side, put a pillow between your knees.',
      link: 'advice-do-pillow-under-knees',
    },
    {
      lead: 'Try heat.',
      text: 'A warm pack or hot water bottle for 15 to 20 minutes can ease pain. Wrap it in a towel so it does not burn your skin.',
      link: 'therapy-superficial-heat',
      sources: ['tx-cochrane-heat-cold-2006'],
    },
    {
      lead: 'Pace yourself.',
      text: 'Do a bit less on bad days and a bit more on good days. Change position often. Do not sit or stand for a long time without a break.',
      link: 'therapy-activity-pacing',
    },
    {
      lead: 'Keep a simple diary.',
      text: 'Write down where you feel pain, numbness or weakness, and how bad it is from 0 to 10. Bring it to your doctor. It shows if things are getting better or worse.',
      link: 'therapy-self-monitoring',
    },
  ],
  doNowMedsIntro:
    'If you need pain relief, these are the usual first choices for adults you can buy without a prescription. Read the label. Ask a pharmacist if you take other medicines or have kidney, liver, heart or stomach problems, or are pregnant.',
  selfCareDose: (d) =>
    `Adults: ${d.perDose} ${d.howOften}. Do not take more than ${d.max} in 24 hours (${d.tablets}) unless your doctor tells you to.`,
  medNames: {
    'drug-acetaminophen': 'Acetaminophen (paracetamol, Tylenol)',
    'drug-ibuprofen': 'Ibuprofen (Advil, Motrin, Nurofen)',
    'drug-naproxen': 'Naproxen (Aleve)',
  },
  nsaidNote:
    'Ibuprofen and naproxen are NSAIDs. Take only one NSAID at a time. Do not take them late in pregnancy.',
  treatmentsIntro:
    'Most people try these in this order. You move to the next step only if the one before has not helped enough. The words in bold say how well each one works.',
  treatments: [
    {
      name: 'Time and staying active',
      link: 'advice-do-keep-moving',
      evidence: 'Helps most people.',
      text: 'Nerve pain from the back often gets much better within 6 to 12 weeks. Staying active helps you get there.',
      sources: ['nice-cks-sciatica', 'nice-ng59'],
    },
    {
      name: 'Exercise and a physical therapist',
      link: 'therapy-home-exercise',
      evidence: 'Helps many people.',
      text: 'A physical therapist can show you exercises to keep you moving and build strength. For narrowing in the spine, exercise did about as well as surgery for many people over 2 years.',
      sources: ['tx-cochrane-exercise-2021', 'tx-delitto-2015-pt-vs-surgery'],
    },
    {
      name: 'Pain medicines you can buy',
      link: 'drug-ibuprofen',
      evidence: 'Help a little, for a short time.',
      text: 'NSAIDs such as ibuprofen can ease pain for a while. Acetaminophen on its own does little for back pain, but some people find it helps.',
      sources: ['acp-2017', 'nice-ng59'],
    },
    {
      name: 'Talking therapy and pain coping skills',
      link: 'therapy-cbt',
      evidence: 'Helps some people with long-lasting pain.',
      text: 'This helps you deal with pain, sleep and worry, and get back to what you enjoy.',
      sources: ['tx-cochrane-behavioural-2010'],
    },
    {
      name: 'Duloxetine',
      link: 'drug-duloxetine',
      evidence: 'May help some people with long-lasting back pain.',
      text: 'It is a daily tablet that your doctor prescribes. It can make you feel sick or sleepy at first. Your doctor sets the dose.',
      sources: ['acp-2017'],
    },
    {
      name: 'Steroid injection near the nerve',
      link: 'injection-epidural-steroid-transforaminal',
      evidence: 'May give short relief to some people.',
      text: 'A doctor injects a steroid near the nerve, using an X-ray to guide the needle. It can ease leg pain for weeks. It does not fix the narrowing, and it has small but real risks.',
      sources: ['nass-ldh-2014', 'rx-fda-esi-2014'],
    },
    {
      name: 'Surgery to make more room for the nerve',
      link: 'procedure-foraminotomy',
      evidence: 'Helps leg pain when other care has not.',
      text: 'Surgery is for severe or lasting leg pain, or weakness that is getting worse. It can ease leg pain faster. After a year or two, results are often close to those of people who did not have surgery.',
      sources: ['tx-peul-2007-sciatica-surgery', 'tx-weinstein-2008-sport-stenosis'],
    },
  ],
  notAdvised: [
    {
      name: 'Gabapentin',
      link: 'drug-gabapentin',
      evidence: 'Not advised for this kind of pain.',
      text: 'In trials it did not help pain down the leg much more than a dummy pill, and it can make you dizzy and sleepy.',
      sources: ['nice-ng59', 'rx-enke-2018-anticonvulsants'],
    },
    {
      name: 'Pregabalin',
      link: 'drug-pregabalin',
      evidence: 'Not advised for this kind of pain.',
      text: 'It works like gabapentin, with the same lack of benefit for pain down the leg and the same side effects.',
      sources: ['nice-ng59', 'rx-mathieson-2017-pregabalin'],
    },
    {
      name: 'Strong opioid pain medicines for a long time',
      link: 'drug-oxycodone',
      evidence: 'Not advised.',
      text: 'They help little with this pain over time and can cause harm and dependence.',
      sources: ['rx-cdc-opioids-2022'],
    },
    {
      name: 'Back braces worn for weeks',
      link: 'therapy-lumbar-brace',
      evidence: 'Little evidence.',
      text: 'They do not help recovery and can weaken your muscles.',
      sources: ['tx-cochrane-lumbar-supports-2008'],
    },
    {
      name: 'Traction (stretching the spine with a machine)',
      link: 'therapy-traction',
      evidence: 'Little evidence.',
      text: 'Studies have not shown that it works.',
      sources: ['tx-cochrane-traction-2013'],
    },
  ],
  notAdvisedHeading: 'Not advised, or little evidence',
  otherOptions:
    'Each treatment name is a link to its own page, with doses, side effects and the evidence. Many other treatments exist. Ask your doctor before you pay for one.',
  emergencyTitle: 'Call 911 (US) or 999 (UK) now, or go to the emergency department, if you have:',
  emergency: [
    {
      text: 'New or worsening numbness, tingling or weakness in both legs.',
      link: 'red-flag-bilateral-leg-symptoms',
    },
    {
      text: 'Numbness between your legs, around your bottom or your genitals.',
      link: 'red-flag-saddle-anaesthesia',
    },
    {
      text: 'New trouble peeing, or you cannot pee at all.',
      link: 'red-flag-urinary-retention',
    },
    {
      text: 'New loss of control of your bladder or bowels.',
      link: 'red-flag-bladder-bowel-loss',
    },
    {
      text: 'A leg or foot that is getting weak quickly, over hours or days.',
      link: 'red-flag-progressive-weakness',
    },
  ],
  emergencyNote:
    'These signs can mean the nerves at the bottom of the spine are badly squeezed. This needs care within hours to protect your bladder, bowels and legs.',
  todayTitle: 'Call your doctor or an urgent care line today if you have:',
  today: [
    { text: 'A fever, or you feel unwell, as well as back pain.', link: 'red-flag-fever' },
    {
      text: 'Back pain after a fall, a crash or another injury.',
      link: 'red-flag-significant-trauma',
    },
    {
      text: 'Back pain and you have had cancer, or you are losing weight without trying.',
      link: 'red-flag-history-of-cancer',
    },
    {
      text: 'New weakness in one leg, even if it is not getting worse.',
      link: 'red-flag-new-numbness-weakness',
    },
    { text: 'Pain so bad that you cannot cope or sleep, even with pain relief.' },
  ],
  routineTitle: 'See your doctor at a normal visit if:',
  routine: [
    {
      text: 'You have had pain, numbness or tingling for a long time, and it is not changing. This includes long-standing symptoms in both legs.',
    },
    { text: 'You are not getting better after 4 to 6 weeks.' },
    { text: 'The pain keeps coming back.' },
    { text: 'You want to talk about injections or surgery.' },
  ],
  bilateralNote:
    'Pain or numbness in both legs that you have had for a long time, and that is not changing, is not an emergency. See your doctor. If it is new, or it is getting worse, get help now.',
  questionsIntro: 'You can print this list and take it with you.',
  questions: (c) => [
    `Is the ${c.root} nerve the cause of my symptoms?`,
    'Do I need a scan now, or can we wait?',
    'Which exercises are safe for me?',
    'Which pain medicine is best for me, and for how long?',
    'What signs mean I should come back sooner?',
    'When should I expect to feel better?',
    'Would an injection or surgery help me? What are the risks?',
    'Can I keep working, driving and doing sport?',
  ],
  faq: (c) => [
    {
      q: 'Will it get better?',
      a: 'Most people get better. Nerve pain from the back often settles in 6 to 12 weeks. Narrowing from wear can come and go over years, but many people stay the same or improve.',
      sources: ['nice-cks-sciatica'],
    },
    {
      q: 'Do I need a scan?',
      a: 'Not always. Most people do not need a scan in the first weeks. A scan helps when symptoms are severe, last a long time, or you may need an injection or surgery.',
      sources: ['acr-2021-low-back-pain', 'nice-ng59'],
    },
    {
      q: 'My scan shows wear and tear. Is that bad?',
      a: 'Not by itself. Many people with no pain have the same changes on a scan. What matters is how the scan fits your symptoms and the exam.',
      sources: ['brinjikji-2015'],
    },
    {
      q: 'Is it safe to exercise?',
      a: 'Yes. Gentle exercise is safe and helps. Some pain while you move is normal. Stop and rest if pain shoots down the leg more than before.',
    },
    {
      q: 'Can I work?',
      a: 'Most people can keep working, perhaps with lighter tasks for a while. Staying at work or going back early helps recovery.',
    },
    {
      q: `Why does my ${c.side === 'bilateral' ? 'leg' : `${c.side} leg`} hurt when the problem is in my back?`,
      a: `The ${c.root} nerve starts in your back and runs to your leg. When it is pressed in the back, your brain feels the pain along the whole nerve.`,
    },
  ],
  aboutText: [
    'This page is for learning. It cannot say what is wrong in your case. Only a doctor who examines you can do that.',
    'If you have new bladder or bowel problems, numbness between your legs, or weakness that gets worse quickly, get emergency care now.',
  ],
  reviewed: (date, version) => `Last checked ${date}. Knowledge base ${version}.`,
  sourcesNote: 'The numbers in square brackets point to these sources.',
  terms: [
    ['NSAID', 'a medicine that eases pain and swelling'],
    ['steroid', 'a strong medicine that calms swelling'],
  ],
};
