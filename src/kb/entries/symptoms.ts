import type { EntryInputOf } from '../schema.js';

const REVIEWED = '2026-11-21';

/**
 * Symptoms and signs (inventory §2.4, S1–S41, plus the red-flag symptoms). Roots follow the anatomy
 * tables in root-reference.md, not the articles, which often name the wrong root. Lay words are
 * synonyms so people find entries in their own terms.
 */
export const SYMPTOMS = [
  // --- Pain ---------------------------------------------------------------------------------------
  {
    id: 'symptom-low-back-pain',
    category: 'symptom',
    name: 'Low back pain',
    synonyms: ['back pain', 'lower back pain', 'localized lower back pain', 'localised back pain', 'LBP', 'lumbar pain', 'backache', 'sore back', 'referred pain to lower back', 'lumbago'],
    summary:
      'Ache or stiffness across the lower back. It is very common, does not point to a particular root, and on its own rarely ' +
      'needs a scan. With foraminal narrowing it is often worse standing, leaning back or bending towards the sore side.',
    kinds: ['pain'],
    regions: ['low-back'],
    roots: [],
    levels: 'all',
    seedDocs: ['000', '001', '003', '004'],
    sources: ['nice-ng59', 'acp-2017'],
    related: ['symptom-pain-worse-extension'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-anterior-thigh-pain',
    category: 'symptom',
    name: 'Front-of-thigh pain (anterior thigh)',
    synonyms: ['anterior thigh pain', 'thigh pain', 'radiating thigh pain', 'unilateral radiating thigh pain', 'pain in the front of the thigh', 'femoral nerve pain', 'L2 dermatome pain', 'L3 dermatome pain'],
    summary:
      'Pain running down the front of the thigh from the groin towards the knee. It points to the L2 or L3 root (sometimes L4), ' +
      'for example from L2–L3 or L3–L4 foraminal narrowing, or to hip disease, which can feel similar.',
    details: 'The upper front and inner thigh is mainly L2; the lower thigh and knee L3. Pain on the outer thigh alone suggests the lateral femoral cutaneous nerve (meralgia paresthetica) instead.',
    kinds: ['pain'],
    regions: ['anterior-thigh'],
    roots: ['L2', 'L3', 'L4'],
    levels: ['L1-L2', 'L2-L3', 'L3-L4'],
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['harrison-radiculopathy', 'suri-2011'],
    related: ['test-femoral-nerve-stretch', 'condition-upper-lumbar-radiculopathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-groin-pain',
    category: 'symptom',
    name: 'Groin pain',
    synonyms: ['groin pain', 'inguinal pain', 'groin ache', 'hip crease pain', 'pain in the groin'],
    summary:
      'Aching in the crease between the abdomen and thigh. From the spine it usually comes from the L1 root (partly L2), but hip ' +
      'arthritis and hernia are far more common causes and must be considered.',
    kinds: ['pain'],
    regions: ['groin'],
    roots: ['L1', 'L2'],
    levels: ['T12-L1', 'L1-L2', 'L2-L3'],
    seedDocs: ['001', '002', '004'],
    sources: ['harrison-radiculopathy', 'genitofemoral-cremasteric'],
    related: ['symptom-referred-hip-pain'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-lower-abdominal-pain',
    category: 'symptom',
    name: 'Lower abdominal pain from the L1 root',
    synonyms: ['referred lower abdominal pain', 'lower abdominal pain', 'lower tummy ache', 'abdominal wall pain', 'pelvic ache'],
    summary:
      'A deep ache low in the abdomen can come from the L1 root, but gut, bladder and gynaecological problems are far more common ' +
      'and need to be excluded first.',
    kinds: ['pain'],
    regions: ['lower-abdomen'],
    roots: ['L1'],
    levels: ['T12-L1', 'L1-L2'],
    seedDocs: ['001'],
    sources: ['harrison-radiculopathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-medial-knee-pain',
    category: 'symptom',
    name: 'Inner knee pain',
    synonyms: ['medial knee pain', 'inner knee pain', 'knee pain', 'pain on the inside of the knee'],
    summary:
      'Pain over the inner side of the knee fits the L3 root (with L4). Knee joint problems are a common alternative. The ' +
      'saphenous nerve also supplies this area, but that is a branch of the femoral nerve, not a root.',
    kinds: ['pain'],
    regions: ['medial-knee'],
    roots: ['L3', 'L4'],
    levels: ['L2-L3', 'L3-L4'],
    seedDocs: ['002', '003'],
    sources: ['harrison-radiculopathy', 'openanesthesia-sensory'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-radicular-pain',
    category: 'symptom',
    name: 'Radiating (radicular) leg pain',
    synonyms: ['radicular pain', 'sciatica', 'shooting leg pain', 'nerve pain', 'radiating leg pain', 'pain down the leg', 'pinched nerve', 'trapped nerve pain', 'electric pain down the leg'],
    summary:
      'Sharp, shooting or burning pain that travels down a leg in a band, often worse than the back pain. It follows the ' +
      'territory of the irritated root: front of thigh for L2–L4, side of leg and top of foot for L5, back of calf and sole for S1.',
    kinds: ['pain', 'burning'],
    regions: ['anterior-thigh', 'medial-leg', 'lateral-leg', 'posterior-thigh', 'posterior-leg', 'dorsum-foot', 'sole'],
    roots: ['L2', 'L3', 'L4', 'L5', 'S1'],
    levels: 'all',
    seedDocs: ['000', '002', '003'],
    sources: ['harrison-radiculopathy', 'wikimsk-radicular'],
    related: ['condition-sciatica', 'condition-radiculopathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-burning-pain',
    category: 'symptom',
    name: 'Burning nerve pain',
    synonyms: ['burning pain', 'burning sensation', 'neuropathic pain', 'hot pain', 'burning in the thigh'],
    summary:
      'A burning or scalding quality suggests nerve pain rather than joint or muscle pain. Its location, not its quality, tells ' +
      'which root or nerve is involved.',
    kinds: ['burning'],
    roots: [],
    levels: 'all',
    seedDocs: ['000', '002', '004'],
    sources: ['msd-radiculopathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-sharp-stabbing-attacks',
    category: 'symptom',
    name: 'Sudden stabbing pain on movement',
    synonyms: ['sharp stabbing attacks', 'stabbing pain', 'lancinating pain', 'electric jolts', 'catching pain', 'sharp twinges'],
    summary:
      'Brief jolts of sharp pain with a sudden turn or bend. They fit an irritated root or facet joint being pinched momentarily ' +
      'and are not a sign of harm by themselves.',
    kinds: ['pain'],
    roots: [],
    levels: 'all',
    seedDocs: ['004'],
    sources: ['msd-radiculopathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-referred-hip-pain',
    category: 'symptom',
    name: 'Hip-area pain',
    synonyms: ['referred hip pain', 'hip pain', 'pain around the hip', 'buttock and hip pain'],
    summary:
      'Pain felt around the hip can be referred from upper lumbar roots or facet joints, but true hip joint disease is common at ' +
      'the same age. Pain on rotating the hip and groin pain on walking favour the hip itself.',
    kinds: ['pain'],
    regions: ['groin', 'buttock'],
    roots: ['L1', 'L2', 'L3'],
    levels: 'all',
    seedDocs: ['003', '004'],
    sources: ['harrison-radiculopathy', 'msd-radiculopathy'],
    reviewed: REVIEWED,
  },

  // --- Sensation ---------------------------------------------------------------------------------
  {
    id: 'symptom-numbness',
    category: 'symptom',
    name: 'Numbness (reduced feeling)',
    synonyms: ['numbness', 'sensory numbness', 'sensory loss', 'loss of feeling', 'deadness', 'hypoaesthesia', 'hypoesthesia', 'numbness in the groin', 'numbness over anteromedial thigh', 'numb thigh'],
    summary:
      'Reduced or absent feeling in a patch of skin. Where it is tells the root: groin for L1, front and inner upper thigh for L2, ' +
      'lower inner thigh and knee for L3, inner shin to the ankle for L4. Numbness between the legs is different and is an emergency.',
    details: 'Sensory findings are the weakest clinical evidence for which root is involved, because dermatomes overlap and testing is subjective.',
    kinds: ['numbness'],
    regions: ['groin', 'anterior-thigh', 'medial-thigh', 'medial-knee', 'medial-leg'],
    roots: ['L1', 'L2', 'L3', 'L4'],
    levels: 'all',
    seedDocs: ['000', '001', '002', '004'],
    sources: ['harrison-radiculopathy', 'isncsci-2019', 'suri-2010'],
    related: ['symptom-saddle-numbness', 'test-sensory-exam'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-medial-leg-numbness',
    category: 'symptom',
    name: 'Numbness of the inner shin and ankle',
    synonyms: ['medial leg numbness', 'inner calf numbness', 'shin numbness', 'numb inner ankle', 'medial ankle numbness'],
    summary:
      'Reduced feeling along the inner shin down to the inner ankle bone is the L4 pattern. At L3–L4 it points to the root ' +
      'travelling down (L4) or to the L4–L5 foramen, not to L3–L4 foraminal narrowing.',
    kinds: ['numbness'],
    regions: ['medial-leg', 'medial-ankle'],
    roots: ['L4'],
    levels: ['L3-L4', 'L4-L5'],
    seedDocs: ['003'],
    sources: ['harrison-radiculopathy', 'isncsci-2019', 'williams-1998'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-paresthesia',
    category: 'symptom',
    name: 'Pins and needles (paraesthesia)',
    synonyms: ['pins and needles', 'paresthesia', 'paraesthesia', 'paresthesias', 'tingling', 'prickling', 'electric shock sensations', 'buzzing in the leg'],
    summary:
      'Tingling, prickling or electric feelings in the skin. In root problems they follow the same map as numbness and are often ' +
      'brought on by positions that narrow the foramen, such as standing or leaning back.',
    kinds: ['tingling'],
    roots: [],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['harrison-radiculopathy', 'msd-radiculopathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-allodynia',
    category: 'symptom',
    name: 'Allodynia (light touch hurts)',
    synonyms: ['allodynia', 'pain from light touch', 'skin hurts to touch', 'touch-evoked pain'],
    summary: 'Pain from things that should not hurt, such as clothing brushing the skin. It is a feature of sensitised nerve pain.',
    kinds: ['pain', 'burning'],
    roots: [],
    levels: 'all',
    seedDocs: ['002'],
    sources: ['backonja-2013'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-hyperaesthesia',
    category: 'symptom',
    name: 'Hyperaesthesia (over-sensitive skin)',
    synonyms: ['hyperesthesia', 'hyperaesthesia', 'increased sensitivity', 'oversensitive skin', 'hyperalgesia'],
    summary: 'Touch or pinprick feels stronger than normal in a patch of skin. Like numbness, its location suggests the root.',
    kinds: ['tingling'],
    roots: [],
    levels: 'all',
    seedDocs: ['004'],
    sources: ['backonja-2013'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-cold-sensation',
    category: 'symptom',
    name: 'Cold feeling in the leg',
    synonyms: ['cold sensation', 'cold leg', 'leg feels cold', 'temperature change in the leg'],
    summary:
      'Some people with root irritation describe a limb that feels cold though it is warm to touch. A leg that is truly cold, pale ' +
      'or has weak pulses needs checking for poor circulation instead.',
    kinds: ['cold'],
    roots: [],
    levels: 'all',
    seedDocs: ['000', '003'],
    sources: ['msd-radiculopathy'],
    evidence: { level: 'limited', note: 'Cold sensation is not a recognised feature of lumbar radiculopathy; article 003 attributes it to autonomic involvement without support.' },
    reviewed: REVIEWED,
  },

  // --- Motor and reflex ----------------------------------------------------------------------------
  {
    id: 'symptom-leg-weakness',
    category: 'symptom',
    name: 'Leg weakness',
    synonyms: ['muscle weakness', 'leg weakness', 'weak leg', 'motor weakness', 'leg gave way', 'leg giving way', 'legs feel heavy', 'weakness in the leg'],
    summary:
      'Loss of strength in the muscles a root supplies: hip bending (L2), knee straightening (L3–L4), lifting the foot (L4–L5) or ' +
      'big toe (L5), pushing off on tiptoe (S1). New or worsening weakness should be examined promptly.',
    kinds: ['weakness'],
    roots: ['L2', 'L3', 'L4', 'L5', 'S1'],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['harrison-radiculopathy', 'isncsci-2019', 'mrc-1976'],
    related: ['symptom-progressive-weakness', 'test-manual-muscle-testing'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-hip-flexor-weakness',
    category: 'symptom',
    name: 'Weak hip bending (hip flexors)',
    synonyms: ['hip flexor weakness', 'weak hip flexion', 'difficulty lifting the thigh', 'trouble climbing stairs', 'iliopsoas weakness'],
    summary:
      'Difficulty lifting the knee towards the chest, climbing stairs or walking uphill. Hip flexion is mainly L2, with help from ' +
      'L1 and L3.',
    kinds: ['weakness'],
    regions: ['anterior-thigh'],
    roots: ['L2', 'L1', 'L3'],
    levels: ['L1-L2', 'L2-L3', 'L3-L4'],
    seedDocs: ['000', '001', '002', '004'],
    sources: ['isncsci-2019', 'harrison-radiculopathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-quadriceps-weakness',
    category: 'symptom',
    name: 'Weak knee straightening (quadriceps)',
    synonyms: ['quadriceps weakness', 'knee gives way', 'knee buckling', 'leg gave way', 'weak thigh muscle', 'knee extension weakness'],
    summary:
      'The knee buckles, especially on stairs or stepping down, because the quadriceps are weak. Knee extension comes from L3 and ' +
      'L4, so this fits L3–L4 foraminal narrowing (L3) or L4 trouble.',
    kinds: ['weakness'],
    regions: ['anterior-thigh'],
    roots: ['L3', 'L4'],
    levels: ['L2-L3', 'L3-L4', 'L4-L5'],
    seedDocs: ['000', '001', '002', '003'],
    sources: ['isncsci-2019', 'harrison-radiculopathy', 'suri-2011'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-hip-adductor-weakness',
    category: 'symptom',
    name: 'Weak inner-thigh muscles (hip adductors)',
    synonyms: ['hip adductor weakness', 'difficulty crossing legs', 'adductor weakness', 'weak inner thigh'],
    summary:
      'Difficulty pulling the leg inwards or crossing the legs. The adductors are supplied through the obturator nerve from L2–L4, ' +
      'so this is not an L1 sign.',
    kinds: ['weakness'],
    regions: ['medial-thigh'],
    roots: ['L2', 'L3', 'L4'],
    levels: ['L1-L2', 'L2-L3', 'L3-L4'],
    seedDocs: ['001', '004'],
    sources: ['harrison-radiculopathy', 'openanesthesia-sensory'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-foot-drop',
    category: 'symptom',
    name: 'Foot drop',
    synonyms: ['foot drop', 'dropped foot', 'drop foot', 'foot slapping', 'tripping over toes', 'cannot lift the foot'],
    summary:
      'The front of the foot cannot be lifted, so it slaps or catches when walking. It is an L4–L5 root sign (or a peroneal nerve ' +
      'palsy at the knee), not an L2 or L3 one. A new or sudden foot drop needs same-day medical review.',
    details: 'An L5 root lesion weakens foot inversion and the medial hamstring reflex as well; a peroneal palsy spares both.',
    kinds: ['weakness'],
    regions: ['dorsum-foot'],
    roots: ['L4', 'L5'],
    levels: ['L3-L4', 'L4-L5', 'L5-S1'],
    seedDocs: ['003'],
    redFlag: true,
    sources: ['isncsci-2019', 'harrison-radiculopathy', 'nhs-lothian-red-flags'],
    related: ['correction-l3-l4-root-mix'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-difficulty-rising',
    category: 'symptom',
    name: 'Difficulty getting up from a chair',
    synonyms: ['difficulty rising from sitting', 'difficulty standing from sitting', 'difficulty rising from seated', 'trouble getting out of a chair', 'sit-to-stand difficulty'],
    summary:
      'Needing the arms to push up from a seat. It reflects weak quadriceps (L3–L4) or hip muscles, or simply pain on moving; a ' +
      'single-leg sit-to-stand test is a useful check for L3.',
    kinds: ['weakness'],
    regions: ['anterior-thigh'],
    roots: ['L3', 'L4', 'L2'],
    levels: 'all',
    seedDocs: ['001', '003', '004'],
    sources: ['suri-2010', 'suri-2011'],
    related: ['test-functional-tests'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-muscle-atrophy',
    category: 'symptom',
    name: 'Muscle wasting (atrophy)',
    synonyms: ['muscle atrophy', 'muscle wasting', 'thigh wasting', 'shrinking muscle', 'amyotrophy'],
    summary:
      'Visible thinning of a muscle, such as the thigh, after weeks to months of root compression. It signals loss of nerve supply ' +
      'and deserves examination and often nerve testing.',
    kinds: ['weakness'],
    regions: ['anterior-thigh'],
    roots: ['L2', 'L3', 'L4'],
    levels: 'all',
    seedDocs: ['002'],
    sources: ['dillingham-2020', 'harrison-radiculopathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-reduced-reflex',
    category: 'symptom',
    name: 'Reduced knee-jerk reflex',
    synonyms: ['reduced reflexes', 'reflex diminution', 'diminished patellar reflex', 'hyporeflexia', 'reflex changes', 'absent knee jerk', 'reduced knee jerk', 'reduced patellar reflex'],
    summary:
      'A weaker knee jerk on one side points mainly to L4, then L3; L2 contributes little. There is no reliable tendon reflex for ' +
      'L1 or L2. A reduced ankle jerk points to S1 instead.',
    roots: ['L4', 'L3'],
    levels: ['L2-L3', 'L3-L4', 'L4-L5'],
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['harrison-radiculopathy', 'msd-radiculopathy', 'suri-2011', 'esene-2012'],
    related: ['test-reflex-testing', 'correction-patellar-reflex-root'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-pain-on-hip-flexion',
    category: 'symptom',
    name: 'Groin or thigh pain when the hip is bent (the "Lasègue sign modified for L1")',
    synonyms: ['positive Lasègue sign modified for L1', "positive Lasegue's sign (modified for L1)", 'modified Lasegue sign', 'pain on hip flexion', 'groin pain bending the hip', 'modified Lasègue for L1'],
    summary:
      'Article 004 lists pain reproduced by bending the hip as an L1 sign. No such validated sign exists: groin pain on hip ' +
      'bending more often comes from the hip joint or the iliopsoas muscle. Upper lumbar roots are tested with the femoral nerve ' +
      'stretch, and the straight-leg raise tests L4–S1.',
    kinds: ['pain'],
    regions: ['groin', 'anterior-thigh'],
    roots: [],
    levels: ['L1-L2'],
    seedDocs: ['004'],
    sources: ['suri-2011', 'magee-2014'],
    evidence: { level: 'limited', note: 'Not a recognised or validated sign of L1 root compression.' },
    related: ['correction-slr-upper-roots', 'test-femoral-nerve-stretch'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-trendelenburg-gait',
    category: 'symptom',
    name: 'Hip drop when walking (Trendelenburg sign)',
    synonyms: ['Trendelenburg sign', 'Trendelenburg gait', 'pelvic drop', 'hip drop', 'gluteus medius weakness', 'waddling gait'],
    summary:
      'When standing on one leg, the opposite side of the pelvis drops because the hip abductors (gluteus medius) are weak. These ' +
      'muscles are supplied mainly by L5, with L4 and S1, so it is not a sign of L1–L3 trouble.',
    kinds: ['weakness'],
    regions: ['buttock'],
    roots: ['L5', 'L4', 'S1'],
    levels: ['L4-L5', 'L5-S1'],
    seedDocs: ['001', '002', '003'],
    sources: ['harrison-radiculopathy', 'suri-2011', 'magee-2014'],
    related: ['test-trendelenburg', 'correction-hip-abductor-root'],
    reviewed: REVIEWED,
  },

  // --- Walking, posture and movement ----------------------------------------------------------------
  {
    id: 'symptom-walking-leg-pain',
    category: 'symptom',
    name: 'Leg pain on walking or standing, eased by sitting (claudication-like)',
    synonyms: ['claudication-like symptoms', 'neurogenic claudication', 'leg pain when walking', 'legs ache when standing', 'shopping trolley sign', 'shopping cart sign', 'reduced walking distance'],
    summary:
      'Aching, heaviness, tingling or weakness in the buttocks or legs that builds up with walking or standing and settles after ' +
      'sitting or leaning forward. How far someone can walk often tracks how severe the narrowing is.',
    kinds: ['pain', 'cramp', 'numbness', 'weakness'],
    regions: ['buttock', 'posterior-thigh', 'anterior-thigh', 'posterior-leg'],
    roots: [],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['nass-lss-2011'],
    related: ['condition-neurogenic-claudication'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-gait-disturbance',
    category: 'symptom',
    name: 'Walking difficulty or limp',
    synonyms: ['gait disturbance', 'gait alterations', 'limp', 'limping', 'antalgic gait', 'unsteady walking', 'walking difficulty', 'short steps'],
    summary:
      'A limp to avoid pain, short steps, or a foot that catches. A wide, unsteady gait is not typical of a lumbar root problem and ' +
      'suggests a balance, cord or brain cause instead.',
    kinds: ['weakness', 'pain'],
    roots: [],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['magee-2014', 'nhs-lothian-red-flags'],
    related: ['test-gait-analysis'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-balance-problems',
    category: 'symptom',
    name: 'Poor balance or unsteadiness',
    synonyms: ['balance problems', 'balance issues', 'unsteadiness', 'falls', 'altered proprioception', 'decreased proprioception', 'wobbly on my feet'],
    summary:
      'Feeling unsteady or falling, from leg weakness, reduced feeling in the feet or pain. New unsteadiness with weakness in both ' +
      'legs needs prompt assessment for a cord or cauda equina problem.',
    kinds: ['weakness', 'numbness'],
    roots: [],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003'],
    sources: ['nhs-lothian-red-flags', 'magee-2014'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-impaired-coordination',
    category: 'symptom',
    name: 'Clumsiness of the legs (poor coordination)',
    synonyms: ['impaired coordination', 'clumsiness', 'clumsy feet', 'incoordination', 'ataxia'],
    summary:
      'True loss of coordination is not a feature of a pinched lumbar root. It suggests a spinal cord, nerve or brain problem and ' +
      'should be examined rather than put down to foraminal narrowing.',
    roots: [],
    levels: 'all',
    seedDocs: ['003'],
    sources: ['nhs-lothian-red-flags', 'harrison-radiculopathy'],
    evidence: { level: 'limited', note: 'Article 003 lists clumsiness as a symptom of L3–L4 foraminal narrowing; it points elsewhere.' },
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-pain-worse-extension',
    category: 'symptom',
    name: 'Pain worse leaning back or standing (extension)',
    synonyms: ['pain aggravated by extension', 'aggravation with extension', 'pain on extension', 'postural aggravation', 'positional exacerbation of pain', 'worse standing upright', 'worse leaning backwards', 'pain on bending back'],
    summary:
      'Leaning back, standing tall, or turning and bending towards the sore side makes the pain worse. Extension shrinks the ' +
      'foramen (its area can fall by over 40% between postures), so this fits foraminal or canal narrowing.',
    kinds: ['pain'],
    regions: ['low-back'],
    roots: [],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['schmid-1999', 'fredericson-2001'],
    related: ['symptom-relief-flexion'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-relief-flexion',
    category: 'symptom',
    name: 'Relief on sitting or bending forward (flexion)',
    synonyms: ['relief with flexion', 'pain relieved by flexion', 'pain relief on flexion', 'better when sitting', 'bending forward helps', 'leaning on a trolley helps'],
    summary:
      'Sitting, bending forward or leaning on something eases the symptoms because flexion opens the foramen and the canal. This ' +
      'pattern is typical of stenosis and less typical of a disc herniation.',
    kinds: ['pain'],
    regions: ['low-back'],
    roots: [],
    levels: 'all',
    seedDocs: ['000', '001', '002', '004'],
    sources: ['schmid-1999', 'nass-lss-2011'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-antalgic-posture',
    category: 'symptom',
    name: 'Leaning to one side or stooping to ease pain (antalgic posture)',
    synonyms: ['postural changes', 'postural imbalance', 'antalgic posture', 'antalgic lean', 'lateral shift', 'list', 'stooped posture', 'leaning to one side'],
    summary:
      'People lean away from the painful side or stoop forward to take pressure off the root. It is a protective posture that ' +
      'usually resolves as the pain settles.',
    kinds: ['pain'],
    regions: ['low-back'],
    roots: [],
    levels: 'all',
    seedDocs: ['000', '001', '004'],
    sources: ['magee-2014', 'mckenzie-2003'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-reduced-range-of-motion',
    category: 'symptom',
    name: 'Stiff back (reduced movement)',
    synonyms: ['limitations in range of motion', 'reduced range of motion', 'stiffness', 'stiff back', 'limited extension', 'cannot bend back'],
    summary:
      'Reduced or painful back movement, particularly leaning back. It is common and non-specific; morning stiffness lasting ' +
      'more than half an hour in a younger adult raises the question of inflammatory spine disease.',
    roots: [],
    levels: 'all',
    seedDocs: ['000'],
    sources: ['magee-2014', 'nice-ng65'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-muscle-spasm',
    category: 'symptom',
    name: 'Muscle spasm or cramps',
    synonyms: ['muscle spasms', 'cramps', 'muscle cramps', 'spasm', 'paraspinal guarding', 'back spasm', 'thigh cramps'],
    summary:
      'Tight, painful muscles in the back or thigh, a protective response to pain or an irritated nerve. Spasm alone does not ' +
      'indicate nerve damage.',
    kinds: ['cramp'],
    regions: ['low-back', 'anterior-thigh'],
    roots: [],
    levels: 'all',
    seedDocs: ['000', '001', '004'],
    sources: ['acp-2017'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-trigger-points',
    category: 'symptom',
    name: 'Tender spots in the back muscles (trigger points)',
    synonyms: ['trigger points', 'myofascial trigger points', 'tender spots', 'muscle knots'],
    summary:
      'Tender knots in the muscles beside the spine that may spread pain when pressed. They are common with any back pain and ' +
      'do not identify a nerve root.',
    kinds: ['pain'],
    regions: ['low-back'],
    roots: [],
    levels: 'all',
    seedDocs: ['000'],
    sources: ['magee-2014'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-cough-sneeze-pain',
    category: 'symptom',
    name: 'Pain on coughing, sneezing or straining',
    synonyms: ['pain with coughing or sneezing', 'cough pain', 'sneeze pain', 'pain when straining', 'Dejerine sign'],
    summary:
      'A jolt of back or leg pain when coughing, sneezing or straining, thought to come from a brief rise in pressure inside the ' +
      'spinal canal. It is typical of disc herniation but is not specific.',
    kinds: ['pain'],
    roots: [],
    levels: 'all',
    seedDocs: ['002', '003'],
    sources: ['magee-2014', 'van-der-windt-2010'],
    related: ['test-valsalva', 'test-dejerine-triad'],
    reviewed: REVIEWED,
  },

  // --- Whole-person effects ---------------------------------------------------------------------
  {
    id: 'symptom-night-pain',
    category: 'symptom',
    name: 'Night pain or pain at rest',
    synonyms: ['night pain', 'nocturnal pain', 'pain at night', 'pain at rest', 'pain that wakes me up', 'unrelenting pain'],
    summary:
      'Pain that wakes you or does not ease with rest. Positional night pain is common with a pinched nerve, but constant, ' +
      'worsening pain at rest is a warning sign for tumour or infection, especially with weight loss, fever or past cancer.',
    kinds: ['pain'],
    roots: [],
    redFlag: true,
    levels: 'all',
    seedDocs: ['000', '002', '003', '004'],
    sources: ['acp-aps-2007', 'nice-ng234', 'nhs-lothian-red-flags'],
    related: ['cause-tumour', 'cause-spinal-infection'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-sleep-disturbance',
    category: 'symptom',
    name: 'Poor sleep',
    synonyms: ['sleep disturbance', 'trouble sleeping', 'insomnia', 'broken sleep'],
    summary: 'Pain and tingling at night break up sleep, and poor sleep in turn makes pain harder to cope with.',
    roots: [],
    levels: 'all',
    seedDocs: ['001'],
    sources: ['acp-2017'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-fatigue',
    category: 'symptom',
    name: 'Tiredness and leg fatigue',
    synonyms: ['fatigue', 'fatigue in legs', 'tiredness', 'leg fatigue', 'exhaustion'],
    summary:
      'General tiredness from persistent pain and poor sleep, or legs that tire early on walking. Legs that tire with walking and ' +
      'recover on sitting fit claudication.',
    kinds: ['weakness'],
    roots: [],
    levels: 'all',
    seedDocs: ['001', '003', '004'],
    sources: ['nass-lss-2011', 'acp-2017'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-psychological-distress',
    category: 'symptom',
    name: 'Worry, low mood and fear of movement',
    synonyms: ['psychological distress', 'anxiety', 'depression', 'depression or anxiety', 'fear-avoidance', 'low mood', 'stress about back pain'],
    summary:
      'Ongoing pain often brings worry, low mood and fear that moving will cause harm. These feelings predict slower recovery and ' +
      'are worth addressing alongside the physical problem; NICE suggests a risk tool such as STarT Back.',
    roots: [],
    levels: 'all',
    seedDocs: ['001', '002', '003', '004'],
    sources: ['nice-ng59', 'acp-2017'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-neck-tightness',
    category: 'symptom',
    name: 'Neck and upper back tightness',
    synonyms: ['neck and upper back tightness', 'neck tightness', 'upper back tightness', 'shoulder tension'],
    summary:
      'Tension in the neck and shoulders can come from altered posture or stress, but it is not caused by lumbar foraminal ' +
      'narrowing and should be considered separately.',
    roots: [],
    levels: 'all',
    seedDocs: ['003'],
    sources: ['acp-2017'],
    evidence: { level: 'limited', note: 'Article 003 lists it as a symptom of L3–L4 narrowing; there is no anatomical link.' },
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-trophic-skin-changes',
    category: 'symptom',
    name: 'Skin dryness or hair loss on the leg (trophic changes)',
    synonyms: ['trophic skin changes', 'dry skin on the thigh', 'hair loss on the leg', 'shiny skin'],
    summary:
      'Dry, shiny or hairless skin is a feature of poor circulation or of some nerve diseases, not of a pinched lumbar root. It ' +
      'should prompt a check of the circulation and for other causes.',
    roots: [],
    levels: 'all',
    seedDocs: ['004'],
    sources: ['harrison-radiculopathy'],
    evidence: { level: 'limited', note: 'Article 004 attributes skin and hair changes to an L1 root lesion; this is not a recognised feature.' },
    reviewed: REVIEWED,
  },

  // --- Red-flag symptoms ---------------------------------------------------------------------------
  {
    id: 'symptom-saddle-numbness',
    category: 'symptom',
    name: 'Numbness between the legs (saddle anaesthesia)',
    synonyms: ['saddle anaesthesia', 'saddle anesthesia', 'saddle numbness', 'numb between the legs', 'numb bottom', 'perineal numbness', 'genital numbness', 'numbness around the back passage', 'numb when wiping'],
    summary:
      'Numbness or tingling around the back passage, genitals or inner buttocks, where you would sit on a saddle. It can mean ' +
      'the cauda equina is compressed. Go to an emergency department now; do not wait to see if it settles.',
    kinds: ['numbness', 'tingling'],
    regions: ['saddle'],
    roots: [],
    redFlag: true,
    levels: 'all',
    seedDocs: ['002', '003'],
    sources: ['nice-cks-sciatica', 'bmj-bp-ces', 'girft-ces-2023'],
    related: ['condition-cauda-equina-syndrome'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-bladder-bowel-change',
    category: 'symptom',
    name: 'New bladder or bowel problems',
    synonyms: [
      'bowel/bladder changes', 'rare bowel/bladder changes', 'autonomic symptoms', 'urinary retention', 'cannot pass urine', 'difficulty starting to pee',
      'incontinence', 'urinary incontinence', 'faecal incontinence', 'fecal incontinence', 'loss of bladder control', 'loss of bowel control',
      'urinary urgency', 'reduced feeling when passing urine',
    ],
    summary:
      'New difficulty starting or feeling the flow of urine, leaking urine or stool, or not feeling when the bowel is full. With ' +
      'back or leg pain this is a cauda equina warning sign and needs emergency assessment the same day, not a rare symptom to watch.',
    roots: [],
    regions: ['saddle'],
    redFlag: true,
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['nice-cks-sciatica', 'bmj-bp-ces', 'girft-ces-2023'],
    related: ['condition-cauda-equina-syndrome', 'correction-bladder-bowel-foraminal'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-sexual-dysfunction',
    category: 'symptom',
    name: 'New sexual dysfunction (loss of genital sensation or erection)',
    synonyms: ['sexual dysfunction', 'erectile dysfunction', 'loss of genital sensation', 'new impotence'],
    summary:
      'A new loss of genital feeling or erection alongside back or leg pain is one of the cauda equina warning signs and needs ' +
      'emergency assessment.',
    regions: ['saddle'],
    roots: [],
    redFlag: true,
    levels: 'all',
    seedDocs: [],
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    related: ['condition-cauda-equina-syndrome'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-bilateral-leg-symptoms',
    category: 'symptom',
    name: 'Leg pain or numbness in both legs',
    synonyms: ['bilateral sciatica', 'bilateral leg symptoms', 'both legs', 'pain in both legs', 'numbness in both legs', 'sciatica on both sides'],
    summary:
      'Sciatica that spreads to both legs, or weakness in both, can be an early sign of cauda equina compression, especially if ' +
      'it is new. With any bladder, bowel, saddle or sexual change it is an emergency.',
    kinds: ['pain', 'numbness', 'weakness'],
    roots: [],
    redFlag: true,
    levels: 'all',
    seedDocs: ['003'],
    sources: ['nice-cks-sciatica', 'bmj-bp-ces'],
    related: ['condition-cauda-equina-syndrome', 'condition-bilateral-foraminal-narrowing'],
    reviewed: REVIEWED,
  },
  {
    id: 'symptom-progressive-weakness',
    category: 'symptom',
    name: 'Worsening leg weakness',
    synonyms: ['progressive weakness', 'progressive neurological deficit', 'rapidly worsening leg weakness', 'weakness getting worse', 'new weakness', 'difficulty lifting the leg'],
    summary:
      'Weakness that is spreading or getting worse over hours to days, or power below 3 out of 5, needs urgent same-day review. ' +
      'It is one of the few reasons to image and consider surgery early.',
    kinds: ['weakness'],
    roots: [],
    redFlag: true,
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['nhs-lothian-red-flags', 'acp-aps-2007', 'acr-2021-low-back-pain'],
    related: ['symptom-leg-weakness', 'classification-mrc-power'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'symptom'>[];
