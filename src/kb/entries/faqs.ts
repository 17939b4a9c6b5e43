import type { EntryInputOf } from '../schema.js';

/**
 * Frequently asked questions: the 27 merged themes of seed-inventory §2.14 (75 article questions).
 *
 * Synonyms hold short forms of the articles' own questions so a search with an article's wording lands on the
 * theme. Answers follow the literature where the articles are wrong: bladder or bowel symptoms never wait
 * 6-12 weeks (000), extension does not open the foramen (003), TENS plus ultrasound is not the best physio
 * (002), a specific 10% weight loss is not evidence-based (003), supplements and regenerative injections are
 * unproven, and the exiting root at Lx-Ly is Lx (001, 002, 004).
 */

const REVIEWED = '2026-11-21';

/** Frequently asked questions. */
export const FAQS = [
  {
    id: 'faq-definition',
    category: 'faq',
    name: 'What is neural foraminal narrowing?',
    synonyms: [
      'what is foraminal narrowing',
      'what is foraminal stenosis',
      'what is neural foraminal stenosis',
      'What exactly is unilateral neural foraminal narrowing?',
      'What exactly is posterior neural foraminal narrowing?',
      'definition of neural foraminal narrowing',
      'foraminal narrowing meaning',
    ],
    question: 'What is neural foraminal narrowing?',
    summary:
      'Narrowing of the side opening where a nerve root leaves the spine; it presses on the root that exits at that level.',
    answer:
      'On each side of the spine, between two vertebrae, is an opening called the foramen, through which a spinal nerve root leaves the spinal canal. When that opening narrows, usually from age-related changes, it can squeeze the nerve root. The root that exits a lumbar foramen is the one numbered after the upper vertebra: L1 at L1-L2, L2 at L2-L3, L3 at L3-L4. Narrowing in the middle of the canal or just in front of the facet joint affects the next root down instead. "Unilateral" means one side, "bilateral" both sides. Narrowing seen on a scan does not always cause symptoms.',
    details: 'Only L1 exits at L1-L2 (not L2), and at L2-L3 L2 exits while L3 traverses.',
    levels: 'all',
    seedDocs: ['000', '004'],
    sources: ['msd-radiculopathy', 'wikimsk-radicular', 'fardon-2014'],
    related: ['level-l1-l2', 'level-l2-l3', 'level-l3-l4'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-causes',
    category: 'faq',
    name: 'What causes foraminal narrowing?',
    synonyms: [
      'What causes this narrowing?',
      'What causes this condition?',
      'What causes nerve root compression?',
      'causes of foraminal narrowing',
      'why does the foramen narrow',
    ],
    question: 'What causes foraminal narrowing?',
    summary:
      'Mostly age-related wear: disc height loss and bulging, facet joint arthritis and spurs, thickened ligament and vertebral slip.',
    answer:
      'Most often it is wear and tear that comes with age: discs lose height and bulge, the facet joints develop arthritis and bony spurs, the ligament at the back of the foramen thickens, and one vertebra can slip slightly on another (spondylolisthesis). A disc herniation into the foramen or a facet joint cyst can also press on the root. Being born with a narrow canal makes symptoms more likely. Rarely, a fracture, infection or tumour is the cause, which is why warning signs such as fever, weight loss or a cancer history need prompt review.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['msd-radiculopathy', 'tx-nass-lss-2011', 'tx-finucane-2020-red-flags'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-symptoms',
    category: 'faq',
    name: 'What symptoms does it cause?',
    synonyms: [
      'What symptoms are typical?',
      'What are common symptoms?',
      'What are the common symptoms?',
      'symptoms of foraminal narrowing',
      'signs of a pinched nerve in the lower back',
    ],
    question: 'What symptoms does foraminal narrowing cause?',
    summary:
      'Pain, numbness, tingling or weakness along the path of the squeezed root, often worse standing or leaning back and better sitting or bending forward.',
    answer:
      'It causes pain, tingling, numbness or weakness in the area supplied by the compressed root. Upper lumbar roots (L1-L2) give groin and upper front-thigh symptoms; L3 the front and inner thigh to the knee with a weak quadriceps and a reduced knee jerk; L4 the inner shin; L5 the outer shin and top of the foot; S1 the sole and outer foot. Symptoms are often worse when standing, walking or leaning back and ease with sitting or bending forward. Low back pain may or may not be present. Numbness around the bottom or genitals, or bladder or bowel change, is not a symptom of foraminal narrowing and needs emergency care.',
    details:
      'The exiting root at L2-L3 is L2, and at L3-L4 it is L3; L3 and L4 signs at those levels point to the traversing root or another level.',
    levels: 'all',
    seedDocs: ['002', '003', '004'],
    sources: ['harrison-radiculopathy', 'msd-radiculopathy', 'tx-nass-lss-2011', 'tx-cks-ces-2018'],
    related: ['red-flag-cauda-equina-syndrome'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-diagnosis',
    category: 'faq',
    name: 'How is it diagnosed?',
    synonyms: [
      'How is it diagnosed?',
      'How is the diagnosis confirmed?',
      'diagnosis of foraminal stenosis',
      'tests for a pinched nerve',
    ],
    question: 'How is foraminal narrowing diagnosed?',
    summary:
      'By history and examination of sensation, strength and reflexes, with MRI when the result would change treatment; findings must match the symptoms.',
    answer:
      'A clinician asks where the pain travels and what makes it better or worse, and examines feeling, muscle strength, reflexes and nerve stretch tests (the femoral nerve stretch for upper lumbar roots, the straight-leg raise for lower ones). If a scan would change treatment, MRI is the preferred test; CT or CT myelography is used when MRI is not possible. Nerve conduction and EMG tests are sometimes used to tell a root problem from a peripheral nerve problem. Narrowing on a scan only counts if it fits the examination, because many people without symptoms have it too.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['tx-nass-lss-2011', 'nice-ng59', 'tx-acr-2021'],
    related: ['faq-imaging'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-imaging',
    category: 'faq',
    name: 'Do I need an MRI scan?',
    synonyms: [
      'Are imaging studies always needed?',
      'do I need a scan',
      'is an MRI necessary',
      'when should I get an MRI',
      'when is imaging needed',
    ],
    question: 'Do I need an MRI or other scan?',
    summary:
      'Usually not at first: scans are for red flags, severe or worsening weakness, or symptoms lasting beyond about 6 weeks when an injection or surgery is being considered.',
    answer:
      'Not usually at the start. Without warning signs, guidelines advise against routine scans in the first 6 weeks because they rarely change treatment and often show age-related changes that are not causing the pain. An MRI is appropriate straight away for suspected cauda equina syndrome (emergency), suspected infection, cancer or fracture, or severe or worsening weakness. Otherwise it is considered when leg pain has not settled after about 6 weeks of good non-surgical care and you would consider an injection or surgery.',
    details:
      'Stable mild sensory change alone does not require a scan; severe or progressive deficits do, and so does failed care at about 6 weeks in someone who may need an injection or surgery.',
    levels: 'all',
    seedDocs: ['001'],
    sources: ['tx-acr-2021', 'nice-ng59', 'tx-acp-aps-2007'],
    related: ['red-flag-persistent-radicular-pain'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-conservative-care',
    category: 'faq',
    name: 'When should non-surgical treatment start?',
    synonyms: [
      'When should I try conservative treatments?',
      'conservative treatment',
      'first treatment for foraminal stenosis',
      'what to do first',
    ],
    question: 'When should I start non-surgical (conservative) treatment?',
    summary:
      'Straight away: advice, staying active and exercise-based care come first for almost everyone without red flags.',
    answer:
      'Right from the start. Unless there are warning signs, the first step for everyone is information and reassurance, staying as active as possible, and an exercise-based programme, with manual therapy or psychological support added if needed. Short courses of anti-inflammatory painkillers can help. Give this a fair trial, usually 6-12 weeks, before considering injections or surgery; the exceptions are cauda equina symptoms and severe or worsening weakness, which need urgent specialist care.',
    levels: 'all',
    seedDocs: ['000'],
    sources: ['nice-ng59', 'acp-2017', 'tx-acr-2021'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-self-healing',
    category: 'faq',
    name: 'Can it get better on its own?',
    synonyms: [
      'Can it heal on its own?',
      'Can nerve compression heal on its own?',
      'will it go away by itself',
      'does foraminal stenosis resolve',
      'natural history',
    ],
    question: 'Can foraminal narrowing or a compressed nerve get better on its own?',
    summary:
      'Symptoms often settle even though bony narrowing does not reverse; disc-related sciatica usually improves within weeks to a few months.',
    answer:
      'The symptoms often do. Nerve-root pain from a disc herniation usually improves over weeks to a few months as the disc material shrinks and the inflammation settles. Narrowing caused by bone spurs and arthritis does not go away, but the irritated nerve can calm down, and many people with mild to moderate stenosis stay stable or improve over time; NASS estimates a favourable course in about a third to a half. Symptoms that keep worsening, or weakness that is getting worse, need review.',
    levels: 'all',
    seedDocs: ['001', '002'],
    sources: ['rx-nass-ldh-2014', 'tx-nass-lss-2011', 'tx-peul-2007-sciatica-surgery'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-medicines',
    category: 'faq',
    name: 'Which medicines help?',
    synonyms: [
      'Which medications help?',
      'Are pain medications necessary?',
      'painkillers for foraminal stenosis',
      'medication for pinched nerve',
      'best painkiller for sciatica',
    ],
    question: 'Which medicines help nerve-root pain from foraminal narrowing?',
    summary:
      'Medicines play a limited role: short courses of NSAIDs at the lowest dose; NICE advises against gabapentinoids, oral steroids, benzodiazepines and long-term opioids for sciatica.',
    answer:
      'Medicines play a supporting role. An anti-inflammatory (NSAID) at the lowest effective dose for the shortest time can ease pain, after checking stomach, kidney and heart risks. NICE advises against paracetamol on its own for back pain and, for sciatica, against gabapentin, pregabalin and other antiepileptic drugs, steroid tablets and benzodiazepines, and against opioids for long-lasting sciatica. A weak opioid may be used briefly for acute back pain if NSAIDs are unsuitable. Muscle relaxants are an option only for short-term acute back pain.',
    details:
      'NICE NG59 (2020 update) recommends against gabapentinoids for sciatica and against opioids for chronic sciatica, though both are often prescribed.',
    levels: 'all',
    seedDocs: ['000', '003'],
    sources: ['nice-ng59', 'acp-2017'],
    evidence: {
      level: 'limited',
      note: 'NICE NG59 finds limited evidence that NSAIDs help sciatica and advises against gabapentinoids, benzodiazepines, oral steroids and long-term opioids for it.',
      sources: ['nice-ng59'],
    },
    related: ['faq-nsaid-risks'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-injections',
    category: 'faq',
    name: 'Do epidural steroid injections work?',
    synonyms: [
      'Are injections effective?',
      'Do injections work?',
      'What is the role of epidural steroid injections?',
      'Are corticosteroid pills or injections better?',
      'epidural injection for foraminal stenosis',
      'nerve root block',
    ],
    question: 'Do epidural steroid injections work, and are steroid tablets an alternative?',
    summary:
      'An epidural can give some people short-term relief of severe nerve pain; the effect is modest and temporary. Steroid tablets are not recommended.',
    answer:
      'An injection of local anaesthetic and steroid around the nerve root (often transforaminal, into the foramen) can reduce severe leg pain for some weeks, which may help you keep active while the nerve settles. The average benefit is modest and short-lived, and it has not been shown to change long-term outcome reliably. NICE suggests considering it for acute, severe sciatica, but not for walking-related symptoms from central canal stenosis. Rare but serious complications can occur, and epidural steroid use is not approved by the US FDA. Steroid tablets did not help sciatica in trials and are not recommended.',
    details:
      'Epidurals are not shown to delay surgery or to work faster than steroid tablets, and steroid tablets are not a recommended alternative.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '004'],
    sources: ['nice-ng59', 'rx-nass-ldh-2014', 'tx-fda-epidural-steroid-2014', 'acp-2017'],
    evidence: {
      level: 'option',
      note: 'NASS: transforaminal steroid injection is an option for short-term relief in disc herniation with radiculopathy; NICE NG59: consider for acute severe sciatica.',
      sources: ['rx-nass-ldh-2014', 'nice-ng59'],
    },
    reviewed: REVIEWED,
  },
  {
    id: 'faq-non-drug',
    category: 'faq',
    name: 'Which non-drug treatments help most?',
    synonyms: [
      'What non-drug therapies are most helpful?',
      'Which physiotherapy modality is most effective?',
      'Are there alternative therapies that help?',
      'best physiotherapy for foraminal stenosis',
      'alternative treatments',
    ],
    question: 'Which non-drug treatments help most?',
    summary:
      'Exercise-based programmes, with manual therapy or psychological approaches added; machines such as TENS, ultrasound and traction are not recommended.',
    answer:
      'The best-supported approach is an exercise programme you will keep doing, combined if needed with hands-on manual therapy and a psychological approach such as CBT. For long-lasting pain, mindfulness, yoga and tai chi also help. Heat can ease pain in flares. NICE advises against TENS, therapeutic ultrasound, interferential therapy, traction, acupuncture and back belts for back pain and sciatica. In one stenosis trial, a physiotherapy programme of flexion exercise, conditioning and manual therapy gave similar results to surgery at two years.',
    details:
      'No combination of TENS, ultrasound and manual mobilisation is shown to work best; NICE advises against TENS and ultrasound.',
    levels: 'all',
    seedDocs: ['000', '001', '002'],
    sources: ['nice-ng59', 'acp-2017', 'tx-delitto-2015-pt-vs-surgery'],
    related: ['therapy-aerobic', 'therapy-tens', 'therapy-cbt'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-supplements',
    category: 'faq',
    name: 'Do supplements help?',
    synonyms: [
      'Are supplements effective?',
      'Do dietary supplements really help?',
      'What supplements support spine health?',
      'Can dietary supplements help?',
      'vitamins for nerve pain',
      'glucosamine for back pain',
    ],
    question: 'Do dietary supplements help foraminal narrowing or nerve pain?',
    summary:
      'No supplement has been shown to relieve foraminal stenosis or nerve-root pain; correct a proven deficiency, otherwise save your money.',
    answer:
      'No supplement has been shown to shrink foraminal narrowing or relieve nerve-root pain. Glucosamine was no better than placebo for chronic low back pain with spinal arthritis. Vitamin D, calcium or vitamin B12 make sense only if a blood test shows you are low or you have osteoporosis. Supplements can interact with medicines (for example fish oil with blood thinners), so tell your doctor or pharmacist what you take.',
    details:
      'Vitamin D, magnesium, fish oil, alpha-lipoic acid, methylcobalamin, glucosamine, chondroitin and collagen have no evidence for this condition.',
    levels: 'all',
    seedDocs: ['001', '002', '003', '004'],
    sources: ['tx-wilkens-2010-glucosamine'],
    evidence: {
      level: 'limited',
      note: 'No trials show benefit in foraminal stenosis or radiculopathy; glucosamine failed in a randomised trial in chronic back pain.',
      sources: ['tx-wilkens-2010-glucosamine'],
    },
    reviewed: REVIEWED,
  },
  {
    id: 'faq-regenerative',
    category: 'faq',
    name: 'Can stem cells or PRP reverse the narrowing?',
    synonyms: [
      'Can regenerative injections reverse the damage?',
      'Can regenerative treatments reverse the narrowing?',
      'Are stem cell treatments proven?',
      'PRP for foraminal stenosis',
      'stem cell therapy for back',
    ],
    question: 'Can stem cell or platelet-rich plasma (PRP) injections reverse the narrowing?',
    summary:
      'No. They are experimental, do not remove bone or ligament narrowing, and should be used only within research.',
    answer:
      'No. Stem cell and PRP injections are experimental for spinal problems: they have not been shown to regrow discs or widen a foramen narrowed by bone and ligament, and treatment protocols are not standardised. The US FDA warns that many clinics sell unapproved stem cell products that carry risks such as infection. If you are interested, ask about a registered clinical trial.',
    levels: 'all',
    seedDocs: ['002', '003', '004'],
    sources: ['tx-fda-regenerative-2019'],
    evidence: {
      level: 'experimental',
      note: 'No approved regenerative therapy for lumbar stenosis or radiculopathy; evidence is early and low quality.',
      sources: ['tx-fda-regenerative-2019'],
    },
    reviewed: REVIEWED,
  },
  {
    id: 'faq-surgery-indications',
    category: 'faq',
    name: 'When is surgery advised?',
    synonyms: [
      'When is surgery recommended?',
      'When is surgery indicated?',
      'Is surgery always necessary?',
      'Is surgery the only cure?',
      'When should I consider spinal fusion?',
      'do I need surgery',
      'surgery for foraminal stenosis',
    ],
    question: 'When is surgery advised?',
    summary:
      'At once for cauda equina syndrome; urgently for severe or worsening weakness; otherwise only for disabling leg pain that persists despite good non-surgical care and matches the scan.',
    answer:
      'Surgery is needed as an emergency for cauda equina syndrome (numbness around the bottom, new bladder or bowel trouble), which must never wait. Severe or worsening weakness needs urgent surgical assessment. Otherwise surgery is a choice, not a necessity: it is considered when disabling leg pain persists despite good non-surgical treatment, usually for at least 6-12 weeks, and the scan matches your symptoms and examination. Most people never need it. Fusion is added only for instability, a slipped vertebra or deformity, not for narrowing alone.',
    details:
      'Bowel or bladder symptoms are never a reason to wait 6-12 weeks: they need emergency assessment the same day. For planned surgery, guidelines set no fixed waiting time.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: [
      'nice-ng59',
      'rx-nass-ldh-2014',
      'tx-nass-lss-2011',
      'tx-cks-ces-2018',
      'tx-forsth-2016-fusion',
    ],
    related: [
      'red-flag-cauda-equina-syndrome',
      'procedure-foraminotomy',
      'procedure-spinal-fusion',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-surgery-outcome',
    category: 'faq',
    name: 'Does surgery cure it?',
    synonyms: [
      'Is surgery curative?',
      'does surgery work',
      'success rate of back surgery',
      'will surgery fix it',
    ],
    question: 'Does surgery cure foraminal narrowing?',
    summary:
      'Decompression relieves leg pain for most carefully chosen patients, but back pain improves less reliably and narrowing can recur or appear at other levels.',
    answer:
      'Decompression surgery relieves leg pain and walking limits for most carefully selected patients, and it works faster than waiting. Over one to two years, though, people treated without surgery often catch up, and surgery relieves back pain less reliably than leg pain. Narrowing can return at the same level or develop at another, and some people need further surgery later, including fusion if the segment becomes unstable.',
    levels: 'all',
    seedDocs: ['000'],
    sources: [
      'tx-weinstein-2008-sport-stenosis',
      'tx-peul-2007-sciatica-surgery',
      'tx-delitto-2015-pt-vs-surgery',
      'tx-cochrane-lss-surgery-vs-conservative-2016',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-surgery-risks',
    category: 'faq',
    name: 'What are the risks of surgery?',
    synonyms: [
      'What are the risks of surgery?',
      'complications of spine surgery',
      'is back surgery dangerous',
      'surgical risks',
    ],
    question: 'What are the risks of spinal surgery?',
    summary:
      'Infection, bleeding, spinal fluid leak, nerve injury, blood clots and anaesthetic problems; fusion adds non-union, hardware problems and wear at neighbouring levels.',
    answer:
      'Risks common to lumbar operations include wound infection, bleeding, a tear in the nerve sac with spinal fluid leak, nerve damage causing new numbness or weakness, blood clots, and problems from the anaesthetic. Symptoms may not improve or may come back. Removing a lot of bone can leave the spine unstable. Fusion adds the risks that the bone does not join, that screws loosen, and that the levels next to the fusion wear faster. Your surgeon should discuss your own risk, which rises with age and other illnesses.',
    levels: 'all',
    seedDocs: ['000'],
    sources: [
      'tx-nhs-lumbar-decompression-recovery',
      'tx-cochrane-lss-surgical-options-2016',
      'tx-spine-health-fusion-recovery',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-recovery',
    category: 'faq',
    name: 'How long is recovery after surgery?',
    synonyms: [
      'How long is recovery after surgery?',
      'How long does recovery take after foraminotomy?',
      'What is recovery time after microdiscectomy?',
      'What is the recovery time after foraminotomy?',
      'recovery after spinal fusion',
      'when can I go back to work after surgery',
    ],
    question: 'How long does recovery take after surgery?',
    summary:
      'Decompression: walking the next day, home in 1-4 days, usual activity in about 4-6 weeks. Fusion: desk work at 4-6 weeks, the bone fuses over 3-6 months.',
    answer:
      'After a decompression such as foraminotomy, laminectomy or microdiscectomy, most people walk the day after surgery (or the same day), go home within 1-4 days and are back to their usual level of activity in about 4-6 weeks; heavy manual work can take around 3 months. After a fusion, the hospital stay is usually a few days, desk work is possible from about 4-6 weeks, more physical activity from about 3 months, and the bone fuses over 3-6 months and keeps strengthening for a year or more. Exercise-based rehabilitation after surgery speeds recovery.',
    details:
      'After foraminotomy, NHS information gives about 4-6 weeks to usual mobility; heavy work can take about 3 months.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003'],
    sources: [
      'tx-nhs-lumbar-decompression-recovery',
      'tx-spine-health-fusion-recovery',
      'tx-cochrane-rehab-after-disc-surgery-2014',
    ],
    related: ['procedure-foraminotomy', 'procedure-microdiscectomy', 'procedure-spinal-fusion'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-prevention',
    category: 'faq',
    name: 'Can it be prevented?',
    synonyms: [
      'Can this condition be prevented?',
      'Is this condition preventable?',
      'What lifestyle changes help prevent recurrence?',
      'How can I prevent recurrence?',
      'how to stop it coming back',
      'preventing foraminal narrowing',
    ],
    question: 'Can foraminal narrowing, or a flare of symptoms, be prevented?',
    summary:
      'Age-related narrowing cannot be fully prevented; regular exercise is the one measure shown to cut new episodes of back pain.',
    answer:
      'The age-related changes behind foraminal narrowing cannot be fully prevented. What helps reduce new episodes of pain is regular exercise, with or without education, kept up over time. Keeping a healthy weight and not smoking are sensible for general and spinal health. Back belts, shoe insoles, ergonomic workstation changes and lifting-technique training have not been shown to prevent back pain.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '004'],
    sources: [
      'tx-steffens-2016-prevention',
      'tx-cochrane-manual-handling-2011',
      'tx-driessen-2010-ergonomics',
    ],
    related: ['prevention-core-strengthening'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-progression',
    category: 'faq',
    name: 'Will it get worse?',
    synonyms: [
      'Will it get worse over time?',
      'Will it lead to permanent nerve damage?',
      'does foraminal stenosis get worse',
      'permanent nerve damage',
    ],
    question: 'Will it get worse, and can it cause permanent nerve damage?',
    summary:
      'Usually it stays stable or improves; permanent damage is uncommon but can follow severe, prolonged compression, which is why warning signs need fast action.',
    answer:
      'For most people symptoms stay stable or improve; the narrowing itself changes slowly over years, and how bad a scan looks does not predict symptoms well. Permanent nerve damage is uncommon but can happen with severe compression that goes on for a long time, especially in cauda equina syndrome or when weakness is worsening. That is why new bladder or bowel changes, saddle numbness or increasing weakness need urgent care.',
    levels: 'all',
    seedDocs: ['000', '004'],
    sources: ['tx-nass-lss-2011', 'tx-cks-ces-2018', 'tx-finucane-2020-red-flags'],
    related: ['red-flag-progressive-weakness', 'red-flag-cauda-equina-syndrome'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-activity',
    category: 'faq',
    name: 'Is exercise safe, and which exercises help?',
    synonyms: [
      'Is physical activity safe?',
      'Can exercise make it worse?',
      'Can exercise worsen my condition?',
      'What exercises should I avoid?',
      'Can exercises help?',
      'Can exercises cure it?',
      'How often should I exercise?',
      'Is prolonged standing bad?',
      'best exercises for foraminal stenosis',
    ],
    question: 'Is exercise safe, and which exercises help?',
    summary:
      'Yes: exercise is safe and recommended. Favour forward-bending movements and cycling with foraminal narrowing; it eases symptoms but does not reverse the narrowing.',
    answer:
      'Exercise is safe and one of the most helpful treatments. Start gently and build up; a sudden jump in effort or forcing painful stretches can cause a flare. With foraminal narrowing, movements that bend the lower back forward, cycling and walking with a slight lean tend to be easier, while repeated or held backward bending narrows the foramen and often brings on leg pain. Long standing commonly worsens symptoms; sitting or leaning forward relieves them. Exercise improves pain and function but does not reverse bony narrowing. No ideal number of sessions per week has been established; regular practice matters most.',
    details:
      'Lumbar extension narrows the foramina rather than opening them. No number of sessions a week is backed by evidence.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: [
      'tx-cochrane-exercise-2021',
      'nice-ng59',
      'tx-inufusa-1996-foramen-motion',
      'tx-nass-lss-2011',
    ],
    related: ['therapy-flexion-exercise', 'therapy-mckenzie', 'advice-avoid-over-extension'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-outlook',
    category: 'faq',
    name: 'What is the long-term outlook?',
    synonyms: [
      'What is the long-term outlook?',
      'prognosis of foraminal stenosis',
      'long term prognosis',
    ],
    question: 'What is the long-term outlook?',
    summary:
      'Generally good: most people manage without surgery, and those who need an operation usually get good leg-pain relief.',
    answer:
      'The outlook is generally good. Most people manage their symptoms with exercise, activity changes and time, and never need surgery. For those who do have an operation, leg pain usually improves well, although back pain and stiffness may persist and symptoms can return at the same or another level over the years.',
    levels: 'all',
    seedDocs: ['000', '004'],
    sources: [
      'tx-nass-lss-2011',
      'tx-weinstein-2008-sport-stenosis',
      'tx-peul-2007-sciatica-surgery',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-weight',
    category: 'faq',
    name: 'Does body weight matter?',
    synonyms: [
      'Is weight important?',
      'Does weight loss help?',
      'Will weight loss help?',
      'What role does weight play?',
      'weight and back pain',
      'losing weight for sciatica',
    ],
    question: 'Does body weight matter, and will losing weight help?',
    summary:
      'Excess weight is linked to more back pain and sciatica; losing weight helps general health, but no specific amount has been shown to relieve nerve compression.',
    answer:
      'Being overweight is linked to more back pain and sciatica, and losing excess weight reduces load on the spine and improves fitness and general health. However, no trial has shown that a particular amount of weight loss relieves nerve-root compression, so weight loss works best as part of an active plan rather than as the only treatment.',
    details:
      'No study shows that losing a set share of body weight, such as 10%, reduces spinal load and pain by a set amount.',
    levels: 'all',
    seedDocs: ['001', '003', '004'],
    sources: ['tx-shiri-2010-obesity'],
    evidence: {
      level: 'limited',
      note: 'Association from observational meta-analysis; no weight-loss trials in radiculopathy.',
      sources: ['tx-shiri-2010-obesity'],
    },
    related: ['prevention-healthy-weight', 'therapy-weight-management'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-posture',
    category: 'faq',
    name: 'Does posture matter?',
    synonyms: [
      'Is posture correction alone enough?',
      'Can posture correction alone fix the problem?',
      'What role does posture play?',
      'Can posture correctors help?',
      'posture and foraminal stenosis',
    ],
    question: 'Does posture matter, and do posture correctors help?',
    summary:
      'No single posture is correct; change position often and avoid long spells leaning back. Posture advice alone is not enough and posture correctors do not give lasting help.',
    answer:
      'There is no single correct posture. What helps is changing position often and avoiding long periods in positions that bring on your symptoms; with foraminal narrowing, leaning back tends to narrow the opening and slightly bending forward to widen it. Posture advice on its own rarely fixes the problem and works best combined with exercise. Posture correctors and back braces may feel supportive briefly but do not give lasting benefit, and NICE advises against belts and corsets.',
    levels: 'all',
    seedDocs: ['001', '002', '003'],
    sources: ['tx-inufusa-1996-foramen-motion', 'nice-ng59', 'tx-steffens-2016-prevention'],
    related: ['therapy-posture-education', 'therapy-lumbar-brace'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-nsaid-risks',
    category: 'faq',
    name: 'What are the risks of long-term NSAIDs?',
    synonyms: [
      'What are the risks of long-term NSAID use?',
      'Are there long-term side effects of NSAIDs?',
      'long term ibuprofen risks',
      'NSAID side effects',
    ],
    question: 'What are the risks of taking anti-inflammatory painkillers (NSAIDs) long term?',
    summary:
      'Stomach ulcers and bleeding, kidney damage, raised blood pressure and heart and stroke risk; use the lowest dose for the shortest time.',
    answer:
      'Regular use of NSAIDs such as ibuprofen, naproxen or diclofenac can cause stomach irritation, ulcers and bleeding, kidney damage, fluid retention, raised blood pressure and a higher risk of heart attack and stroke. The risks are higher in older people and in those taking blood thinners, steroids or certain blood-pressure medicines. Use the lowest effective dose for the shortest time, and ask your doctor about stomach protection if you need them for longer.',
    levels: 'all',
    seedDocs: ['001', '002'],
    sources: ['nice-ng59'],
    related: ['advice-avoid-exceeding-doses', 'faq-medicines'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-choosing-treatment',
    category: 'faq',
    name: 'How do I choose between treatments?',
    synonyms: [
      'How do I choose between treatments?',
      'which treatment is best',
      'treatment options for foraminal stenosis',
      'treatment plan',
    ],
    question: 'How do I choose between treatments?',
    summary:
      'Step by step with your clinician: self-care and exercise first, injections for severe persisting nerve pain, surgery for disabling symptoms that match the scan or for a worsening deficit.',
    answer:
      'Treatment is usually stepped and shared with your clinician. First rule out warning signs. Then start with information, staying active and an exercise-based programme, adding manual therapy or psychological support if needed. An epidural injection may be considered for severe nerve pain that is not settling. Surgery is considered when disabling leg pain persists despite this and the scan matches, or sooner for worsening weakness. Your preferences, general health and how much symptoms limit your life all count.',
    levels: 'all',
    seedDocs: ['001'],
    sources: ['nice-ng59', 'acp-2017', 'tx-nass-lss-2011'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-work',
    category: 'faq',
    name: 'Can I keep working?',
    synonyms: [
      'Is it safe to continue working?',
      'Can I work with this condition?',
      'returning to work',
      'time off work for sciatica',
    ],
    question: 'Can I keep working?',
    summary: 'Usually yes: staying at work with temporary adjustments helps recovery.',
    answer:
      'Most people can keep working, and staying at or returning early to work usually helps recovery. Temporary changes help: lighter duties during a flare, regular breaks and changes of position, and avoiding heavy lifting for a while. Talk to your employer or occupational health about adjustments.',
    levels: 'all',
    seedDocs: ['002', '004'],
    sources: ['nice-ng59'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-sleep',
    category: 'faq',
    name: 'How should I sleep?',
    synonyms: [
      'How do I sleep comfortably?',
      'best sleeping position for foraminal stenosis',
      'sleeping with back pain',
      'best mattress for back pain',
    ],
    question: 'How should I sleep to ease symptoms?',
    summary:
      'Whatever is comfortable: on your side with knees bent, or on your back with a pillow under the knees; a medium-firm mattress suits most people.',
    answer:
      'Use whatever position is most comfortable. Many people with foraminal narrowing prefer lying on their side with the knees bent and a pillow between them, or on their back with a pillow under the knees, because both keep the lower back slightly rounded. Lying flat on the stomach arches the back and may bring on leg symptoms. In a trial, a medium-firm mattress helped chronic back pain more than a firm one.',
    levels: 'all',
    seedDocs: ['003'],
    sources: ['tx-kovacs-2003-mattress', 'tx-inufusa-1996-foramen-motion'],
    related: ['advice-do-pillow-under-knees', 'prevention-mattress-sleep'],
    reviewed: REVIEWED,
  },
  {
    id: 'faq-timeline',
    category: 'faq',
    name: 'How soon will I improve?',
    synonyms: [
      'How quickly should I see improvement?',
      'how long does sciatica last',
      'how long until it gets better',
      'recovery time without surgery',
    ],
    question: 'How soon should I expect to improve?',
    summary:
      'Many people notice improvement within a few weeks of starting exercise-based care; nerve pain from a disc often settles within about 3 months. Review if there is no improvement after about 6 weeks.',
    answer:
      'Many people notice some improvement within a few weeks of starting exercise-based care. In one trial of disc-related sciatica, half of those treated without surgery had recovered by about 12 weeks. Medicines and injections may ease pain sooner but do not change the long-term result. If you are not improving after about 6 weeks, see your clinician to review the plan; get help at once for any red-flag symptom.',
    levels: 'all',
    seedDocs: ['004'],
    sources: ['tx-peul-2007-sciatica-surgery', 'tx-acr-2021', 'nice-ng59'],
    related: ['red-flag-persistent-radicular-pain'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'faq'>[];
