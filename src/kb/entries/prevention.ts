import type { EntryInputOf } from '../schema.js';

/**
 * Prevention (seed-inventory §2.11, PV1-PV15).
 *
 * Foraminal narrowing is mostly age-related and cannot be prevented outright; what can be influenced is how
 * often symptoms flare. The only measure with good trial support is continued exercise, with or without
 * education (Steffens 2016). Each entry says how much evidence stands behind the articles' advice.
 */

const REVIEWED = '2026-11-21';

/** Prevention. */
export const PREVENTION = [
  {
    id: 'prevention-healthy-weight',
    category: 'prevention',
    name: 'Keep a healthy body weight',
    synonyms: [
      'healthy weight',
      'maintain healthy weight',
      'Maintain Healthy Weight',
      'Healthy Body Weight',
      'maintain a healthy weight',
      'weight control',
      'avoid weight gain',
      'keep body weight within a healthy range',
    ],
    summary:
      'Staying in a healthy weight range lowers the load on the lower back and is linked to less back pain and sciatica. It does not reverse narrowing that is already there.',
    details:
      'All five articles recommend it. People with obesity have more low back pain and sciatica in meta-analysis, but that shows association rather than proof that losing weight prevents foraminal narrowing.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['tx-shiri-2010-obesity'],
    evidence: {
      level: 'limited',
      note: 'Observational association only; no prevention trials of weight loss for foraminal stenosis.',
      sources: ['tx-shiri-2010-obesity'],
    },
    related: ['therapy-weight-management', 'faq-weight'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-core-strengthening',
    category: 'prevention',
    name: 'Regular core and back strengthening exercise',
    synonyms: [
      'core strengthening',
      'Regular Core-Strengthening Exercises',
      'Regular Core Strengthening',
      'core-strengthening exercises',
      'back strengthening',
      'core and back-strengthening exercises',
      'daily core-strengthening exercises',
      'exercise to prevent back pain',
    ],
    summary:
      'Keeping up regular exercise, including trunk strengthening, is the best-supported way to reduce new episodes of back pain. The protection fades if exercise stops.',
    details:
      'Exercise combined with education cut the risk of a new episode of low back pain by roughly a third to a half within a year; the effect shrank after a year, so exercise has to continue.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['tx-steffens-2016-prevention'],
    evidence: {
      level: 'recommended',
      note: 'Moderate-quality evidence that exercise with education prevents low back pain episodes (Steffens 2016).',
      sources: ['tx-steffens-2016-prevention'],
    },
    related: ['therapy-core-stabilisation', 'therapy-home-exercise'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-safe-lifting',
    category: 'prevention',
    name: 'Safe lifting technique',
    synonyms: [
      'safe lifting',
      'proper lifting technique',
      'Proper Lifting Technique',
      'Safe Lifting Techniques',
      'lifting technique',
      'lift with your knees',
      'bend your knees when lifting',
      'keep the load close',
      'manual handling',
    ],
    summary:
      'Bending the hips and knees, keeping the load close and avoiding twisting while lifting is sensible, especially during a flare. Training in lifting technique on its own has not been shown to prevent back pain.',
    details:
      'All five articles advise it. A Cochrane review of workplace lifting training and lifting aids found no reduction in back pain.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['tx-cochrane-manual-handling-2011'],
    evidence: {
      level: 'limited',
      note: 'Moderate-quality evidence that manual handling training, with or without lifting aids, does not prevent back pain.',
      sources: ['tx-cochrane-manual-handling-2011'],
    },
    related: ['advice-avoid-heavy-lifting-twisting'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-neutral-posture',
    category: 'prevention',
    name: 'Comfortable, neutral posture',
    synonyms: [
      'good posture',
      'neutral posture',
      'neutral spine',
      'neutral spine posture',
      'Good Posture',
      'Maintain Proper Posture',
      'maintain neutral spine posture',
      'posture',
    ],
    summary:
      'Sitting and standing in a relaxed, balanced way and changing position often. No single posture has been proven to prevent back pain; with foraminal narrowing, avoiding long spells arched backwards helps.',
    details: 'Leaning back (extension) narrows the foramen; a slightly flexed position opens it.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '004'],
    sources: ['tx-steffens-2016-prevention', 'tx-inufusa-1996-foramen-motion'],
    evidence: {
      level: 'limited',
      note: 'Posture advice alone has not been shown to prevent back pain; education alone did not prevent episodes.',
      sources: ['tx-steffens-2016-prevention'],
    },
    related: ['therapy-posture-education', 'faq-posture'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-movement-breaks',
    category: 'prevention',
    name: 'Frequent movement breaks',
    synonyms: [
      'movement breaks',
      'Frequent Movement Breaks',
      'micro-breaks',
      'microbreaks',
      'frequent breaks',
      'change position often',
      'stand and stretch',
      'Frequent Breaks from Prolonged Sitting',
      'take frequent breaks from prolonged sitting or standing',
    ],
    summary:
      'Getting up, moving or changing position regularly rather than sitting or standing still for long spells. Many people find a change every 30-60 minutes comfortable; no study has fixed an ideal interval.',
    details:
      'The articles give different intervals: every 30 minutes (000, 003), every 30-60 minutes (002), "micro-breaks" (001). There is no evidence for one interval over another; use symptoms as the guide.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['nice-ng59', 'tx-steffens-2016-prevention'],
    evidence: {
      level: 'limited',
      note: 'Staying active is advised (NICE NG59), but specific break intervals have not been tested for prevention.',
      sources: ['nice-ng59'],
    },
    related: ['advice-avoid-prolonged-sitting-standing'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-ergonomic-workstation',
    category: 'prevention',
    name: 'Ergonomic chair and workstation',
    synonyms: [
      'ergonomic workstation',
      'ergonomic chair',
      'Ergonomic Adjustments',
      'Ergonomic Workstation Setup',
      'workstation setup',
      'desk setup',
      'chair with lumbar support',
      'use ergonomic chairs and lumbar supports',
    ],
    summary:
      'Setting chair height, back support, screen and keyboard so you can sit comfortably and change position. It can make work more comfortable; studies have not shown it prevents back pain.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['tx-driessen-2010-ergonomics'],
    evidence: {
      level: 'limited',
      note: 'A systematic review found physical and organisational ergonomic changes no better than none for preventing low back pain.',
      sources: ['tx-driessen-2010-ergonomics'],
    },
    related: ['therapy-ergonomic-training', 'advice-do-ergonomic-workstation'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-stop-smoking',
    category: 'prevention',
    name: 'Stop smoking',
    synonyms: [
      'stop smoking',
      'quit smoking',
      'Smoking Cessation',
      'Quit Smoking',
      'avoid smoking',
      'no tobacco',
    ],
    summary:
      'Smokers have somewhat more back pain, and smoking slows bone healing after fusion surgery. Stopping is good for the spine and general health.',
    details:
      'The articles say smoking harms disc nutrition and blood flow. The link between smoking and back pain is real but modest in meta-analysis.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['tx-shiri-2010-smoking'],
    evidence: {
      level: 'limited',
      note: 'Current and former smokers have more low back pain than never-smokers (modest association); prevention trials are lacking.',
      sources: ['tx-shiri-2010-smoking'],
    },
    related: ['therapy-smoking-cessation-counselling', 'advice-avoid-smoking'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-vitamin-d-calcium',
    category: 'prevention',
    name: 'Enough vitamin D and calcium for bone health',
    synonyms: [
      'Adequate Vitamin D & Calcium Intake',
      'vitamin D and calcium',
      'calcium and vitamin D intake',
      'bone health nutrition',
    ],
    summary:
      'Getting enough vitamin D and calcium from diet or, if low, supplements supports bone health and lowers fracture risk in people with osteoporosis. It has not been shown to prevent foraminal narrowing or nerve pain.',
    levels: 'all',
    seedDocs: ['000'],
    sources: ['tx-steffens-2016-prevention'],
    evidence: {
      level: 'limited',
      note: 'No prevention trial shows an effect on back pain or foraminal narrowing; relevant mainly where osteoporosis raises the risk of a compression fracture.',
      sources: ['tx-steffens-2016-prevention'],
    },
    related: ['prevention-balanced-nutrition'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-balanced-nutrition',
    category: 'prevention',
    name: 'Balanced, bone-supporting diet',
    synonyms: [
      'balanced diet',
      'balanced nutrition',
      'Balanced Nutrition',
      'healthy diet',
      'bone-supportive nutrients',
      'balanced diet rich in bone-supportive nutrients',
      'protein vitamins and minerals',
    ],
    summary:
      'A varied diet with enough protein, vitamins and minerals supports general and bone health and a healthy weight. No specific diet prevents foraminal narrowing.',
    levels: 'all',
    seedDocs: ['002', '004'],
    sources: ['tx-steffens-2016-prevention'],
    evidence: {
      level: 'limited',
      note: 'Not tested as a back-pain prevention measure.',
      sources: ['tx-steffens-2016-prevention'],
    },
    related: ['prevention-vitamin-d-calcium', 'prevention-anti-inflammatory-foods'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-anti-inflammatory-foods',
    category: 'prevention',
    name: 'Anti-inflammatory foods',
    synonyms: [
      'anti-inflammatory diet',
      'anti-inflammatory foods',
      'Incorporate anti-inflammatory foods',
      'fruit and vegetables',
      'omega-3 rich foods',
      'oily fish',
      'Mediterranean diet',
    ],
    summary:
      'Eating plenty of vegetables, fruit, whole grains and oily fish is healthy. It has not been shown to prevent or treat nerve-root compression.',
    levels: 'all',
    seedDocs: ['003'],
    sources: ['tx-steffens-2016-prevention'],
    evidence: {
      level: 'limited',
      note: 'No trials of diet for preventing foraminal stenosis or radiculopathy.',
      sources: ['tx-steffens-2016-prevention'],
    },
    related: ['prevention-balanced-nutrition', 'advice-avoid-pro-inflammatory-foods'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-stress-management',
    category: 'prevention',
    name: 'Stress management',
    synonyms: [
      'stress management',
      'Stress Management (Mind-Body Practices)',
      'stress reduction',
      'manage stress',
      'yoga or meditation for stress',
    ],
    summary:
      'Regular ways to unwind, such as meditation, yoga or relaxation exercises. Stress and worry make pain harder to live with; mind-body practices help people with persistent back pain cope.',
    details:
      'Evidence is for treating persistent back pain, not for preventing foraminal narrowing.',
    levels: 'all',
    seedDocs: ['000'],
    sources: ['acp-2017'],
    evidence: {
      level: 'limited',
      note: 'ACP 2017 supports mindfulness and yoga for chronic low back pain; a preventive effect has not been tested.',
      sources: ['acp-2017'],
    },
    related: ['therapy-mindfulness', 'therapy-yoga'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-low-impact-aerobic',
    category: 'prevention',
    name: 'Regular low-impact aerobic activity',
    synonyms: [
      'Regular Low-Impact Aerobic Activity',
      'Regular Low-Impact Aerobic Exercise',
      'low-impact aerobic activity',
      'low-impact aerobic exercise',
      'walking, swimming or cycling',
      'engage in low-impact aerobic activities',
    ],
    summary:
      'Walking, swimming or cycling most days keeps the body fit and is part of the exercise that lowers the chance of new back-pain episodes.',
    details:
      'Article 000 says it keeps discs hydrated; that is not shown. The benefit is from exercise in general.',
    levels: 'all',
    seedDocs: ['000', '002', '004'],
    sources: ['tx-steffens-2016-prevention', 'tx-cochrane-exercise-2021'],
    evidence: {
      level: 'option',
      note: 'Exercise in general lowers the risk of new back-pain episodes while it continues.',
      sources: ['tx-steffens-2016-prevention'],
    },
    related: ['therapy-aerobic', 'advice-do-low-impact-aerobic'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-supportive-footwear',
    category: 'prevention',
    name: 'Supportive footwear',
    synonyms: [
      'supportive footwear',
      'Supportive Footwear',
      'supportive shoes',
      'cushioned shoes',
      'wear supportive footwear',
      'shoe insoles',
      'orthotics',
      'foot orthotics',
      'rocker sole shoes',
    ],
    summary:
      'Comfortable, well-fitting shoes make walking easier, but special insoles, orthotics or rocker-sole shoes do not prevent or treat back pain.',
    details:
      'Articles 001, 003 and 004 recommend supportive footwear. NICE advises against foot orthotics and rocker-sole shoes for low back pain and sciatica, and reviews found insoles do not prevent back pain.',
    levels: 'all',
    seedDocs: ['001', '003', '004'],
    sources: ['nice-ng59', 'tx-cochrane-insoles-2007', 'tx-steffens-2016-prevention'],
    evidence: {
      level: 'not-recommended',
      note: 'NICE NG59: do not offer foot orthotics or rocker-sole shoes; strong evidence that insoles do not prevent back pain.',
      sources: ['nice-ng59', 'tx-cochrane-insoles-2007'],
    },
    related: ['advice-do-supportive-footwear'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-mattress-sleep',
    category: 'prevention',
    name: 'Medium-firm mattress and comfortable sleep position',
    synonyms: [
      'medium-firm mattress',
      'supportive mattress',
      'mattress',
      'Adequate Sleep on Supportive Mattress',
      'sleep on a medium-firm mattress',
      'pillow under the knees',
      'sleeping position',
      'sleep posture',
    ],
    summary:
      'A medium-firm mattress did better than a very firm one for chronic back pain in a randomised trial. Any sleeping position that is comfortable is fine; a pillow under or between the knees often helps.',
    details:
      'Lying on the back with the knees supported, or on the side with the knees bent, keeps the lower back slightly flexed, which opens the foramen.',
    levels: 'all',
    seedDocs: ['001', '002', '003'],
    sources: ['tx-kovacs-2003-mattress', 'tx-inufusa-1996-foramen-motion'],
    evidence: {
      level: 'option',
      note: 'One good-quality trial favoured medium-firm over firm mattresses for chronic non-specific back pain; no trials in radiculopathy.',
      sources: ['tx-kovacs-2003-mattress'],
    },
    related: ['advice-do-pillow-under-knees', 'faq-sleep'],
    reviewed: REVIEWED,
  },
  {
    id: 'prevention-hydration',
    category: 'prevention',
    name: 'Stay hydrated',
    synonyms: [
      'stay hydrated',
      'hydration',
      'drink water',
      'drink enough water',
      'disc hydration',
      'Stay hydrated to keep spinal discs healthy',
    ],
    summary:
      'Drinking enough is good for general health, but drinking more water does not rehydrate worn discs or restore disc height.',
    details:
      'Articles 001 and 003 claim hydration maintains disc height. No study shows that fluid intake changes disc height or foraminal size.',
    levels: 'all',
    seedDocs: ['001', '003'],
    sources: ['tx-steffens-2016-prevention'],
    evidence: {
      level: 'limited',
      note: 'No evidence that fluid intake prevents disc degeneration or foraminal narrowing.',
      sources: ['tx-steffens-2016-prevention'],
    },
    related: ['advice-do-hydration-nutrition'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'prevention'>[];
