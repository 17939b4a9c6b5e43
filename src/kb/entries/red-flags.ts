import { CAUDA_EQUINA_FLAGS } from '../../vocab/index.js';
import type { EntryInputOf } from '../schema.js';

/**
 * Red flags and "when to see a doctor" (clinical-rules.md §3.1-3.2; seed-inventory §2.12, W1-W11).
 *
 * Triage levels follow the NHS pathways in clinical-rules.md: any cauda equina feature is an emergency (seen
 * within hours, MRI within 4 hours of request) and no other input may lower that. Suspected infection, cancer,
 * fracture and progressive or marked weakness are `urgent` (same-day to within-2-weeks assessment by the
 * specific pathway); radicular pain persisting beyond about 6 weeks of good care is `soon`.
 * Article 000's advice to wait 6-12 weeks with bladder or bowel symptoms is wrong (inventory §3.12 item 80).
 */

const REVIEWED = '2026-11-21';

/** Why cauda equina features outrank everything else; shared by every CES entry. */
const CES_ACTION =
  'Go to an emergency department now (do not wait for a GP appointment) and say you may have cauda equina syndrome. You need to be seen within hours and have an emergency MRI scan.';
const CES_SOURCES = [
  'tx-cks-ces-2018',
  'tx-bmj-bp-ces',
  'tx-girft-ces-2023',
  'tx-nhs-lothian-physio-red-flags',
];

/** Cauda equina syndrome features: always `emergency`. */
const CAUDA_EQUINA = [
  {
    id: 'red-flag-cauda-equina-syndrome',
    category: 'red-flag',
    name: 'Suspected cauda equina syndrome',
    synonyms: [
      'cauda equina syndrome',
      'cauda equina',
      'CES',
      'suspected CES',
      'cauda equina red flags',
      'cauda-equina red flag',
    ],
    summary:
      'Pressure on the bundle of nerve roots at the bottom of the spinal canal that control the bladder, bowel, sexual function and sensation around the bottom. Warning signs are numbness in the saddle area, new bladder or bowel trouble, sexual dysfunction, or sciatica in both legs. It needs emergency surgery to prevent permanent damage.',
    details:
      'Foraminal narrowing compresses a single exiting root and does not cause these symptoms; when they appear, a central canal problem (often a large disc herniation) is the likely cause.',
    flags: [...CAUDA_EQUINA_FLAGS],
    triage: 'emergency',
    action: CES_ACTION,
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: CES_SOURCES,
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-saddle-anaesthesia',
    category: 'red-flag',
    name: 'Saddle anaesthesia (numbness around the bottom or genitals)',
    synonyms: [
      'saddle anesthesia',
      'saddle anaesthesia',
      'saddle numbness',
      'numb bottom',
      'numbness around the anus',
      'perianal numbness',
      'perineal numbness',
      'genital numbness',
      'numbness in the groin or buttocks',
      'loss of feeling when wiping',
      'marked sensory loss in the groin',
    ],
    summary:
      'Numbness, tingling or reduced feeling in the area that would touch a saddle: around the anus, between the legs, the genitals or inner buttocks. It is a warning sign of cauda equina syndrome.',
    details:
      'Thigh numbness alone fits a single root, but numbness around the anus, perineum or genitals must be treated as saddle anaesthesia.',
    flags: ['saddle-anesthesia'],
    triage: 'emergency',
    action: CES_ACTION,
    levels: 'all',
    seedDocs: ['002', '003'],
    sources: CES_SOURCES,
    related: ['red-flag-cauda-equina-syndrome'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-urinary-retention',
    category: 'red-flag',
    name: 'Difficulty passing urine or reduced bladder sensation',
    synonyms: [
      'urinary retention',
      'difficulty passing urine',
      'difficulty starting to urinate',
      'cannot pass urine',
      'unable to pee',
      'weak urine stream',
      'reduced sensation of urine flow',
      'not feeling the bladder is full',
    ],
    summary:
      'New difficulty starting to pass urine, a weak flow you cannot feel, or not sensing that the bladder is full. Untreated, it can progress to painless retention with overflow leaking. It is a cauda equina warning sign.',
    flags: ['urinary-retention'],
    triage: 'emergency',
    action: CES_ACTION,
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: CES_SOURCES,
    related: ['red-flag-cauda-equina-syndrome', 'red-flag-bladder-bowel-loss'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-urinary-incontinence',
    category: 'red-flag',
    name: 'New urinary incontinence',
    synonyms: [
      'urinary incontinence',
      'loss of bladder control',
      'bladder leakage',
      'wetting yourself',
      'new bladder problems',
      'urinary urgency with back pain',
      'bladder dysfunction',
    ],
    summary:
      'New leaking of urine or loss of bladder control together with back or leg pain. It can be a late sign of cauda equina compression and needs emergency assessment.',
    details:
      'New sphincter change, urgency included, is never a routine symptom of foraminal narrowing and must be treated as possible cauda equina syndrome.',
    flags: ['urinary-incontinence'],
    triage: 'emergency',
    action: CES_ACTION,
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: CES_SOURCES,
    related: ['red-flag-cauda-equina-syndrome', 'red-flag-bladder-bowel-loss'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-faecal-incontinence',
    category: 'red-flag',
    name: 'Loss of bowel control or rectal sensation',
    synonyms: [
      'faecal incontinence',
      'fecal incontinence',
      'bowel incontinence',
      'loss of bowel control',
      'cannot feel when the bowel is full',
      'loss of rectal sensation',
      'anal sphincter weakness',
    ],
    summary:
      'New inability to hold stool, or not feeling when the bowel is full. Together with back pain it is a sign of cauda equina compression.',
    flags: ['fecal-incontinence'],
    triage: 'emergency',
    action: CES_ACTION,
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: CES_SOURCES,
    related: ['red-flag-cauda-equina-syndrome', 'red-flag-bladder-bowel-loss'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-bladder-bowel-loss',
    category: 'red-flag',
    name: 'Loss of bladder or bowel control',
    synonyms: [
      'loss of bladder or bowel control',
      'bladder or bowel problems',
      'bowel or bladder dysfunction',
      'new bowel or bladder dysfunction',
      'Loss of bowel or bladder control',
      'bladder and bowel symptoms',
    ],
    summary:
      'Any new change in bladder or bowel control (leaking, difficulty passing urine, or loss of sensation) with back or leg pain is a cauda equina warning sign. It must never wait for a trial of treatment.',
    details:
      'Bladder or bowel symptoms are never a reason to wait 6-12 weeks for non-surgical treatment to work: they need emergency assessment the same day.',
    flags: ['urinary-retention', 'urinary-incontinence', 'fecal-incontinence'],
    triage: 'emergency',
    action: CES_ACTION,
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: CES_SOURCES,
    related: ['red-flag-cauda-equina-syndrome'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-sexual-dysfunction',
    category: 'red-flag',
    name: 'New sexual dysfunction',
    synonyms: [
      'sexual dysfunction',
      'erectile dysfunction with back pain',
      'loss of genital sensation',
      'numb genitals',
      'new sexual problems',
    ],
    summary:
      'New erectile problems or loss of feeling in the genitals together with back or leg pain. It is one of the recognised cauda equina warning signs.',
    flags: ['sexual-dysfunction'],
    triage: 'emergency',
    action: CES_ACTION,
    levels: 'all',
    seedDocs: [],
    sources: CES_SOURCES,
    related: ['red-flag-cauda-equina-syndrome'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-bilateral-leg-symptoms',
    category: 'red-flag',
    name: 'Sciatica or leg symptoms in both legs',
    synonyms: [
      'bilateral sciatica',
      'bilateral leg symptoms',
      'pain in both legs',
      'numbness in both legs',
      'weakness in both legs',
      'sciatica in both legs',
      'both legs affected',
    ],
    summary:
      'Nerve pain, numbness or weakness going down both legs, or one-sided sciatica that has spread to the other leg. It can mean a central compression affecting the cauda equina.',
    details:
      'Bilateral foraminal narrowing can cause symptoms on both sides, but new or worsening bilateral symptoms must be assessed urgently to exclude cauda equina compression.',
    flags: ['bilateral-leg-symptoms'],
    triage: 'emergency',
    action: CES_ACTION,
    levels: 'all',
    seedDocs: ['003'],
    sources: CES_SOURCES,
    related: ['red-flag-cauda-equina-syndrome'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'red-flag'>[];

/** Other serious pathology and neurological deficit: `urgent`. */
const SERIOUS_PATHOLOGY = [
  {
    id: 'red-flag-progressive-weakness',
    category: 'red-flag',
    name: 'Progressive or worsening leg weakness',
    synonyms: [
      'progressive weakness',
      'progressive neurological deficit',
      'worsening weakness',
      'Progressive Neurological Deficits',
      'progressive leg weakness',
      'severe or worsening leg weakness',
      'progressive weakness in thigh or knee muscles',
      'worsening numbness',
      'foot drop',
      'acute foot drop',
    ],
    summary:
      'Weakness in the leg that is getting worse over days or weeks, or a sudden foot drop. A deteriorating nerve deficit needs assessment the same day because delay can leave permanent weakness.',
    details:
      'NHS pathways treat a progressive or deteriorating deficit and acute foot drop as same-day; NHS Lothian asks for same-day discussion with neurosurgery when deteriorating weakness reaches grade 3/5 or less.',
    flags: ['progressive-weakness'],
    triage: 'urgent',
    action:
      'Get a same-day medical assessment (GP, urgent care or emergency department). If bladder, bowel or saddle symptoms appear too, go to the emergency department at once.',
    levels: 'all',
    seedDocs: ['000', '002', '003', '004'],
    sources: ['tx-finucane-2020-red-flags', 'tx-nhs-lothian-red-flags', 'tx-acr-2021'],
    related: ['red-flag-marked-weakness'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-marked-weakness',
    category: 'red-flag',
    name: 'Marked leg weakness or difficulty walking',
    synonyms: [
      'marked weakness',
      'major motor loss',
      'severe weakness',
      'difficulty walking',
      'difficulty standing',
      'cannot lift the leg',
      'Difficulty walking, standing, or lifting the leg',
      'leg gives way',
      'MRC grade 3 or less',
    ],
    summary:
      'Clear weakness, for example being unable to lift the leg against gravity, the knee buckling or being unable to walk normally. Major motor loss (power 3/5 or less) needs urgent specialist assessment.',
    details:
      'Difficulty walking, standing or lifting the leg can mean motor loss. NHS community pathways place major motor loss (MRC below 3/5) in the urgent (within 2 weeks) group, and same day if it is getting worse.',
    flags: [],
    triage: 'urgent',
    action:
      'See a doctor urgently, ideally within days; go the same day if the weakness is getting worse.',
    levels: 'all',
    seedDocs: ['001'],
    sources: ['tx-finucane-2020-red-flags', 'tx-nhs-lothian-red-flags'],
    related: ['red-flag-progressive-weakness'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-fever',
    category: 'red-flag',
    name: 'Fever or chills with back pain',
    synonyms: [
      'fever with back pain',
      'fever',
      'chills',
      'high temperature with back pain',
      'feeling unwell with back pain',
      'night sweats',
      'Fever, chills, or unexplained weight loss alongside back pain',
      'spinal infection',
    ],
    summary:
      'A high temperature, shivering or feeling generally unwell together with back pain can mean an infection in the spine (discitis or an epidural abscess), which needs prompt treatment.',
    flags: ['fever'],
    triage: 'urgent',
    action:
      'Seek medical assessment the same day. Go to an emergency department if you also have new weakness, numbness or bladder or bowel changes.',
    levels: 'all',
    seedDocs: ['002', '003', '004'],
    sources: ['tx-finucane-2020-red-flags', 'tx-cks-red-flags', 'tx-nhs-lothian-physio-red-flags'],
    related: ['red-flag-iv-drug-use', 'red-flag-immunosuppression'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-iv-drug-use',
    category: 'red-flag',
    name: 'Injecting drug use with new back pain',
    synonyms: ['IV drug use', 'intravenous drug use', 'injecting drug use', 'IVDU'],
    summary:
      'People who inject drugs have a higher risk of spinal infection, so new back pain needs a lower threshold for tests.',
    flags: ['iv-drug-use'],
    triage: 'urgent',
    action:
      'See a doctor promptly, the same day if there is fever or new weakness, and mention injecting drug use so infection can be checked for.',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['tx-finucane-2020-red-flags', 'tx-cks-red-flags'],
    related: ['red-flag-fever'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-immunosuppression',
    category: 'red-flag',
    name: 'Weakened immune system with new back pain',
    synonyms: [
      'immunosuppression',
      'immunocompromised',
      'weakened immune system',
      'on chemotherapy',
      'HIV',
      'biologic drugs',
      'poorly controlled diabetes',
    ],
    summary:
      'A weakened immune system (for example from chemotherapy, HIV, steroids, biologic drugs or poorly controlled diabetes) raises the chance that new back pain is caused by infection.',
    flags: ['immunosuppression'],
    triage: 'urgent',
    action:
      'Tell your doctor about your condition or medicines and arrange an urgent review, the same day if you have a fever.',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['tx-finucane-2020-red-flags', 'tx-cks-red-flags'],
    related: ['red-flag-fever'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-recent-spinal-procedure',
    category: 'red-flag',
    name: 'New or worse pain after a recent spinal procedure',
    synonyms: [
      'recent spinal procedure',
      'recent spinal surgery',
      'after a spinal injection',
      'post-operative infection',
      'wound infection after back surgery',
      'recent catheterisation',
    ],
    summary:
      'New or increasing pain, fever or wound problems after spinal surgery, an injection or catheterisation can signal infection or a collection pressing on nerves.',
    flags: ['recent-spinal-procedure'],
    triage: 'urgent',
    action:
      'Contact the team who did the procedure or seek same-day assessment; go to an emergency department if you have new weakness, numbness or bladder or bowel changes.',
    levels: 'all',
    seedDocs: [],
    sources: ['tx-finucane-2020-red-flags', 'tx-nhs-lumbar-decompression-recovery'],
    related: ['red-flag-fever'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-history-of-cancer',
    category: 'red-flag',
    name: 'Past cancer with new back pain',
    synonyms: [
      'history of cancer',
      'previous cancer',
      'cancer history',
      'past malignancy',
      'known cancer with back pain',
      'metastatic cancer',
    ],
    summary:
      'New back pain in someone who has had cancer (especially breast, lung, prostate, kidney or thyroid) can be a sign the cancer has spread to the spine. It is the strongest single warning sign for cancer as a cause.',
    flags: ['history-of-cancer'],
    triage: 'urgent',
    action:
      'See your doctor or cancer team urgently (within days). If there is new weakness, numbness or bladder or bowel change, go to an emergency department at once.',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['tx-finucane-2020-red-flags', 'tx-cks-red-flags', 'tx-acr-2021'],
    related: ['red-flag-weight-loss', 'red-flag-night-pain'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-weight-loss',
    category: 'red-flag',
    name: 'Unexplained weight loss with back pain',
    synonyms: [
      'unexplained weight loss',
      'weight loss',
      'losing weight without trying',
      'Unexplained weight loss or fever accompanying pain',
    ],
    summary:
      'Losing weight without trying, together with back pain, can be a sign of cancer or infection and needs checking.',
    flags: ['unexplained-weight-loss'],
    triage: 'urgent',
    action:
      'Arrange an urgent appointment with your doctor (within 2 weeks, sooner if you feel unwell).',
    levels: 'all',
    seedDocs: ['002', '004'],
    sources: ['tx-finucane-2020-red-flags', 'tx-cks-red-flags'],
    related: ['red-flag-history-of-cancer'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-night-pain',
    category: 'red-flag',
    name: 'Severe pain at night or at rest',
    synonyms: [
      'night pain',
      'pain at night',
      'pain at rest',
      'Severe, unrelenting night pain',
      'severe night pain',
      'unrelenting pain',
      'pain not relieved by rest or medication',
      'Severe, unremitting back pain at rest',
      'constant pain',
    ],
    summary:
      'Severe pain that does not ease with rest, lying down or painkillers, or that wakes you every night, can point to cancer or infection rather than a mechanical problem. On its own it is a weak sign, but it needs review.',
    details:
      'Guidelines treat non-mechanical night or rest pain as a pointer toward serious pathology, strongest when combined with other flags.',
    flags: ['night-pain'],
    triage: 'urgent',
    action:
      'Book an urgent review with your doctor; mention any weight loss, fever or past cancer.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '004'],
    sources: ['tx-finucane-2020-red-flags', 'tx-cks-red-flags'],
    related: ['red-flag-history-of-cancer'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-significant-trauma',
    category: 'red-flag',
    name: 'Back pain after a fall or injury',
    synonyms: [
      'trauma',
      'significant trauma',
      'back injury',
      'fall',
      'accident',
      'Sudden, severe back pain after trauma',
      'spinal fracture',
      'minor trauma in the elderly',
    ],
    summary:
      'Sudden, severe back pain after a fall, accident or blow, or after minor trauma in an older person or someone with thin bones, may mean a spinal fracture.',
    flags: ['significant-trauma'],
    triage: 'urgent',
    action:
      'Seek same-day assessment; after a major accident, or with new weakness or numbness, go to an emergency department and keep still until assessed.',
    levels: 'all',
    seedDocs: ['001', '003'],
    sources: ['tx-finucane-2020-red-flags', 'tx-acr-2021'],
    related: ['red-flag-osteoporosis'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-osteoporosis',
    category: 'red-flag',
    name: 'Osteoporosis with new severe back pain',
    synonyms: [
      'osteoporosis',
      'thin bones',
      'brittle bones',
      'osteoporotic fracture',
      'vertebral compression fracture',
    ],
    summary:
      'In someone with osteoporosis, new severe back pain, even without a fall, may be a compression fracture of a vertebra.',
    flags: ['osteoporosis'],
    triage: 'urgent',
    action: 'See your doctor urgently for assessment and possible X-ray or scan.',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['tx-finucane-2020-red-flags', 'tx-acr-2021'],
    related: ['red-flag-significant-trauma', 'red-flag-prolonged-steroids'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-prolonged-steroids',
    category: 'red-flag',
    name: 'Long-term steroid use with new back pain',
    synonyms: [
      'prolonged steroid use',
      'long-term steroids',
      'chronic steroid use',
      'long-term corticosteroids',
      'prednisolone long term',
    ],
    summary:
      'Taking steroid tablets for months thins the bones and weakens the immune system, so new back pain could be a fracture or infection.',
    flags: ['prolonged-steroid-use'],
    triage: 'urgent',
    action: 'Tell your doctor you take steroids and arrange an urgent review.',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['tx-finucane-2020-red-flags', 'tx-acr-2021'],
    related: ['red-flag-osteoporosis', 'red-flag-immunosuppression'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'red-flag'>[];

/** The articles' other "see a doctor" triggers: `soon`. */
const SEE_A_DOCTOR = [
  {
    id: 'red-flag-persistent-radicular-pain',
    category: 'red-flag',
    name: 'Nerve pain lasting more than about 6 weeks',
    synonyms: [
      'persistent sciatica',
      'persistent radicular pain',
      'symptoms persist despite conservative care',
      'pain lasting more than 6 weeks',
      'Back pain persisting beyond 4 weeks despite conservative care',
      'Symptoms persist beyond 4-6 weeks despite conservative care',
      'not getting better',
    ],
    summary:
      'Leg pain from a nerve root that has not improved after about 6 weeks of good self-care and treatment. This is the usual point to see a doctor for review, and for scans if an injection or surgery is being considered.',
    details:
      'Imaging guidance (ACR) uses about 6 weeks of failed medical management, and then only if the person is a candidate for an injection or surgery.',
    flags: [],
    triage: 'soon',
    action:
      'Book a routine appointment with your GP or physiotherapist to review the diagnosis and plan; imaging is considered if an injection or surgery is an option.',
    levels: 'all',
    seedDocs: ['000', '001', '004'],
    sources: ['tx-acr-2021', 'nice-ng59', 'tx-acp-aps-2007'],
    related: ['faq-imaging'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-new-numbness-weakness',
    category: 'red-flag',
    name: 'New numbness, tingling or weakness in the leg',
    synonyms: [
      'new numbness',
      'new tingling',
      'new weakness',
      'new onset of leg numbness or weakness',
      'numbness in the thigh',
      'numbness in the thigh, groin or lower abdomen',
      'pins and needles in the leg',
    ],
    summary:
      'New numbness, pins and needles or mild weakness in one leg means a nerve root is affected and should be checked by a clinician, even if the pain is bearable.',
    details:
      'If the weakness is getting worse, see red-flag-progressive-weakness; numbness around the bottom or genitals is saddle anaesthesia and an emergency.',
    flags: [],
    triage: 'soon',
    action:
      'See your GP or physiotherapist soon (within a week or two); seek same-day help if weakness is worsening or bladder, bowel or saddle symptoms appear.',
    levels: 'all',
    seedDocs: ['000', '001', '003'],
    sources: ['nice-ng59', 'tx-finucane-2020-red-flags'],
    related: ['red-flag-progressive-weakness', 'red-flag-saddle-anaesthesia'],
    reviewed: REVIEWED,
  },
  {
    id: 'red-flag-groin-abdominal-pain',
    category: 'red-flag',
    name: 'Persistent groin or lower abdominal pain',
    synonyms: [
      'groin pain',
      'lower abdominal pain',
      'groin or lower abdominal pain spreading from the back',
      'hip pain',
      'groin and thigh pain',
    ],
    summary:
      'Groin or lower-belly pain that persists or worsens. An upper lumbar nerve root can cause it, but so can the hip, a hernia, kidney stones or bowel and pelvic problems, so it needs a proper examination.',
    details:
      'Sudden severe abdominal pain, especially with fever or a pulsating mass, needs emergency care rather than a routine review.',
    flags: [],
    triage: 'soon',
    action:
      'See your GP soon for an examination to tell spine, hip and abdominal causes apart; go to an emergency department if the pain is sudden and severe.',
    levels: 'all',
    seedDocs: ['001'],
    sources: ['nice-ng59', 'tx-cks-red-flags'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'red-flag'>[];

/** Red flags and when to see a doctor. */
export const RED_FLAGS = [
  ...CAUDA_EQUINA,
  ...SERIOUS_PATHOLOGY,
  ...SEE_A_DOCTOR,
] satisfies EntryInputOf<'red-flag'>[];
