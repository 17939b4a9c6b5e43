import type { EntryInputOf } from '../schema.js';

const REVIEWED = '2026-11-21';

/**
 * Where the articles are wrong about anatomy, grading, terminology or evidence, or disagree with
 * each other (seed-inventory §3). Each records the claim in our own words, what Foramen uses
 * instead, and why. Dose corrections live in corrections-dose.ts.
 */
export const CLINICAL_CORRECTIONS = [
  // --- Which root exits where (inventory §3.1) ------------------------------------------------------
  {
    id: 'correction-exiting-root-l1-l2',
    category: 'correction',
    topic: 'anatomy',
    name: 'L1–L2: the exiting root is L1, not "L1 or L2"',
    synonyms: [
      'exiting L1 or L2',
      'L1-L2 exiting root',
      'which root exits at L1-L2',
      'L1 L2 nerve root error',
    ],
    summary:
      'At L1–L2 only the L1 root leaves through the foramen; L2 passes down and exits at L2–L3.',
    seedClaim:
      'Article 001 says narrowing at L1–L2 compresses the exiting L1 or L2 root and attributes front-of-thigh pain, a reduced knee ' +
      'jerk, quadriceps weakness and hip-abductor weakness to L2; article 004 names L1 in its anatomy paragraph but says in an FAQ ' +
      'that both L1 and L2 pass through.',
    corrected:
      'L1–L2 foraminal or far-lateral narrowing affects L1 (groin and upper thigh, some hip flexion, no reliable tendon reflex). ' +
      'L2 is affected at L1–L2 only by a central or lateral recess lesion, or in its own L2–L3 foramen.',
    reason:
      'Each lumbar root leaves below the pedicle of its own vertebra, so the root exiting at Lx–Ly is Lx.',
    subject: 'level-l1-l2',
    levels: ['L1-L2'],
    seedDocs: ['001', '004'],
    sources: ['fardon-2014', 'radres-stenosis-grading', 'msd-radiculopathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-exiting-root-l2-l3',
    category: 'correction',
    topic: 'anatomy',
    name: 'L2–L3: the exiting root is L2, not L3',
    synonyms: ['exiting L3 at L2-L3', 'L2-L3 affects L3', 'which root exits at L2-L3'],
    summary: 'L2 is the exiting root at L2–L3; L3 is the traversing root there.',
    seedClaim:
      'Article 002 says L2–L3 compression affects the L3 root and repeatedly calls L3 the exiting root (in spondylolisthesis and ' +
      'psoas items), placing foraminal pain in the L3 distribution. Article 000, at the same level, correctly names L2.',
    corrected:
      'Foraminal and far-lateral lesions at L2–L3 affect L2 (front and inner upper thigh, hip flexion). L3 signs (lower thigh, inner ' +
      'knee, quadriceps) at L2–L3 point to a central or lateral recess lesion, or to the L3–L4 foramen.',
    reason:
      'The exiting root at Lx–Ly is Lx; a traversing root is compressed only by central or subarticular lesions.',
    subject: 'level-l2-l3',
    levels: ['L2-L3'],
    seedDocs: ['002'],
    sources: ['fardon-2014', 'radres-stenosis-grading', 'wikimsk-radicular'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-l3-l4-root-mix',
    category: 'correction',
    topic: 'anatomy',
    name: 'L3–L4: foraminal narrowing affects L3, not a mixture of L3 and L4',
    synonyms: [
      'L3 or L4 nerve',
      'L3-L4 bilateral L4 signs',
      'foot drop at L3-L4',
      'tibialis anterior L3-L4',
    ],
    summary:
      'L3–L4 foraminal narrowing affects L3; L4 signs, foot drop or a Trendelenburg gait point elsewhere.',
    seedClaim:
      'Article 003 links L3–L4 narrowing to "the L3 or L4 nerve", inner-shin numbness from L4, a reduced knee jerk from L4, ' +
      'quadriceps or tibialis anterior weakness, a dropped foot and a Trendelenburg gait.',
    corrected:
      'L3–L4 foraminal narrowing, on one or both sides, affects L3: front of thigh to inner knee, quadriceps, part of the knee ' +
      'jerk. Inner-shin numbness and tibialis anterior weakness are L4 (traversing root or the L4–L5 foramen); foot drop is L4–L5; ' +
      'a Trendelenburg sign is mainly L5.',
    reason:
      'Exiting-root rule plus standard dermatome and myotome tables; these signs belong to other roots or levels.',
    subject: 'level-l3-l4',
    levels: ['L3-L4'],
    seedDocs: ['003'],
    sources: ['harrison-radiculopathy', 'isncsci-2019', 'fardon-2014'],
    reviewed: REVIEWED,
  },

  // --- Foraminal boundaries (inventory §3.2) -----------------------------------------------------------
  {
    id: 'correction-foramen-roof-lamina',
    category: 'correction',
    topic: 'anatomy',
    name: 'The foramen lies at the side between the pedicles; its roof is not the lamina',
    synonyms: [
      'roof is the L1 lamina',
      'foramen behind the vertebrae',
      'L1-L2 foramen roof',
      'floor is the L2 endplate',
    ],
    summary:
      'The foramen opens at the side of the spine between two pedicles; the lamina is not its roof.',
    seedClaim:
      'Article 004 describes the L1–L2 foramen as an exit channel behind the L1 and L2 vertebrae, roofed by the L1 lamina and floored ' +
      'by the upper endplate of L2 (its back wall of articular processes is correct).',
    corrected:
      'The foramen opens at the side of the spine. Its roof is the notch under the L1 pedicle and its floor the notch over the L2 ' +
      'pedicle; the disc and vertebral bodies form the front wall and the facet joint with the ligamentum flavum the back wall. ' +
      'The lamina roofs the central canal.',
    reason: 'Standard foraminal anatomy as described in imaging and surgical literature.',
    subject: 'condition-posterior-foraminal-narrowing',
    levels: ['L1-L2'],
    seedDocs: ['004'],
    sources: ['jkns-2017', 'fardon-2014'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-foramen-boundaries-l3-l4',
    category: 'correction',
    topic: 'anatomy',
    name: 'The pedicles form the roof and floor of the foramen, not its front wall',
    synonyms: ['pedicles anteriorly', 'L3-L4 foramen boundaries', 'foramen walls'],
    summary:
      'The L3–L4 foramen lies between the L3 and L4 pedicles, with the disc in front and the facet joint behind.',
    seedClaim:
      'Article 003 bounds the L3–L4 foramen by the L4 facet below, the L3 facet above, the pedicles in front and the facet joint behind.',
    corrected:
      'The L3 pedicle forms the roof and the L4 pedicle the floor; the disc and vertebral bodies form the front; the L3–L4 facet joint and ligamentum flavum form the back.',
    reason: 'Standard anatomy.',
    subject: 'condition-neural-foraminal-stenosis',
    levels: ['L3-L4'],
    seedDocs: ['003'],
    sources: ['jkns-2017', 'fardon-2014'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-lateral-recess-vs-foramen',
    category: 'correction',
    topic: 'terminology',
    name: 'The lateral recess and the foramen are different zones with different roots',
    synonyms: [
      'lateral recess vs foramen',
      'disc into the lateral recess narrows the foramen',
      'lateral recess and foraminal boundaries',
    ],
    summary:
      'A disc in the lateral recess is not foraminal narrowing: the two zones affect different roots.',
    seedClaim:
      'Article 000 says an L2–L3 disc bulging into the lateral recess shrinks the foramen and irritates the exiting L2 root; article ' +
      '003 blends the lateral recess with the foraminal boundaries; 000’s facetectomy item mixes the two as well.',
    corrected:
      'Lateral recess (subarticular) lesions affect the traversing root (L3 at L2–L3); foraminal lesions affect the exiting root ' +
      '(L2 at L2–L3). Reports and assessments keep the zones apart.',
    reason:
      'Nomenclature 2.0 defines separate central, subarticular, foraminal and extraforaminal zones, each with a different root at risk.',
    subject: 'condition-zone-model',
    levels: 'all',
    seedDocs: ['000', '003'],
    sources: ['fardon-2014', 'bartynski-2003'],
    reviewed: REVIEWED,
  },

  // --- Dermatome, myotome and reflex attributions (inventory §3.3) ---------------------------------------
  {
    id: 'correction-patellar-reflex-root',
    category: 'correction',
    topic: 'anatomy',
    name: 'The knee jerk is mainly L4 (with L3); there is no L1 or L2 tendon reflex',
    synonyms: [
      'patellar reflex L2',
      'patellar reflex L2-L4',
      'L1 reflexes',
      'L2 hyporeflexia',
      'knee jerk root',
    ],
    summary:
      'The knee jerk is mainly L4, then L3, with a small L2 share; there is no L1 tendon reflex.',
    seedClaim:
      'Article 000 gives the knee jerk as L2–L4 and says a reduced one indicates L2–L3 compression; 001 calls a reduced knee jerk ' +
      'L2 involvement; 003 says it reflects L4; 004 describes reduced tendon reflexes in muscles supplied by L1.',
    corrected:
      'The patellar reflex is weighted L4 first, then L3, with a small L2 share. L1 and L2 have no reliable tendon reflex (the ' +
      'cremasteric reflex, L1–L2, is a superficial reflex). A reduced knee jerk does not localise L2–L3 foraminal narrowing.',
    reason: 'Standard reflex tables; in surgical series the knee reflex pointed to L4.',
    subject: 'symptom-reduced-reflex',
    levels: 'all',
    seedDocs: ['000', '001', '003', '004'],
    sources: [
      'harrison-radiculopathy',
      'msd-radiculopathy',
      'esene-2012',
      'genitofemoral-cremasteric',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-hip-adductor-root',
    category: 'correction',
    topic: 'anatomy',
    name: 'The hip adductors are L2–L4, not L1',
    synonyms: ['adductors innervated by L1', 'L1 adductor weakness', 'hip adductor root'],
    summary: 'The hip adductors are supplied from L2–L4 (obturator nerve), not from L1.',
    seedClaim:
      'Article 004 tests the hip flexors and adductors as L1 muscles; 001 says L1–L2 involvement weakens the adductors.',
    corrected:
      'The adductors are supplied by the obturator nerve from L2–L4. Hip flexion (iliopsoas) is mainly L2, with L1 and L3 contributing.',
    reason: 'Standard myotome tables.',
    subject: 'symptom-hip-adductor-weakness',
    levels: 'all',
    seedDocs: ['001', '004'],
    sources: ['harrison-radiculopathy', 'isncsci-2019'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-hip-abductor-root',
    category: 'correction',
    topic: 'anatomy',
    name: 'A Trendelenburg sign points to L5 (or the hip), not to L1–L3',
    synonyms: [
      'Trendelenburg from L2',
      'hip abductor weakness L2',
      'Trendelenburg gait at L2-L3',
      'gluteus medius L3-L4',
    ],
    summary: 'Hip-abductor weakness points to L5 (or hip disease), not to upper lumbar roots.',
    seedClaim:
      'Article 001 attributes hip-abductor weakness to L2; 002 lists a Trendelenburg gait at L2–L3; 003 gives a Trendelenburg sign ' +
      'from gluteus medius weakness at L3–L4.',
    corrected:
      'Gluteus medius and minimus are supplied by the superior gluteal nerve from L4–S1, mainly L5. A positive Trendelenburg test ' +
      'suggests L5 radiculopathy or hip disease.',
    reason:
      'Standard myotome tables; hip-abductor weakness was a level-specific sign for L5 in Suri 2011.',
    subject: 'test-trendelenburg',
    levels: 'all',
    seedDocs: ['001', '002', '003'],
    sources: ['harrison-radiculopathy', 'suri-2011'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-heel-walking-root',
    category: 'correction',
    topic: 'anatomy',
    name: 'Heel walking tests L4–L5, not L1–L2',
    synonyms: ['heel walking L1-L2', 'functional tests L1'],
    summary: 'Heel walking tests L4–L5 ankle dorsiflexion; it cannot isolate the L1–L2 segment.',
    seedClaim: 'Article 004 says sit-to-stand and heel walking help isolate the L1–L2 level.',
    corrected:
      'Heel walking tests ankle dorsiflexion (L4–L5); toe walking tests S1; single-leg sit-to-stand tests quadriceps (L3). None of these tests L1.',
    reason: 'Standard myotome tables and Suri’s test-to-root mapping.',
    subject: 'test-functional-tests',
    levels: 'all',
    seedDocs: ['004'],
    sources: ['suri-2010', 'harrison-radiculopathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-saphenous-medial-knee',
    category: 'correction',
    topic: 'anatomy',
    name: 'Inner knee pain is L3 dermatome; the saphenous nerve is a peripheral branch',
    synonyms: ['saphenous nerve branch', 'medial knee pain saphenous', 'saphenous NCS L3'],
    summary:
      'Inner knee pain at L2–L3 and an abnormal saphenous nerve study are not signs of the L3 root exiting there.',
    seedClaim:
      'Article 002 attributes medial knee pain to the saphenous nerve branch and says slowed saphenous conduction indicates an L3 root lesion.',
    corrected:
      'The inner knee lies in the L3 dermatome, but at L2–L3 that is the traversing root. The saphenous nerve is a branch of the ' +
      'femoral nerve (L3–L4); an abnormal saphenous sensory study points to a nerve or plexus problem, not a root lesion.',
    reason:
      'Root lesions lie before the sensory nerve cell body, so sensory nerve studies stay normal in radiculopathy.',
    subject: 'symptom-medial-knee-pain',
    levels: ['L2-L3'],
    seedDocs: ['002'],
    sources: ['openanesthesia-sensory', 'dillingham-2020'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-bladder-bowel-foraminal',
    category: 'correction',
    topic: 'other',
    name: 'Bladder or bowel change is a cauda equina emergency, not a rare symptom of foraminal narrowing',
    synonyms: [
      'rare bowel/bladder changes',
      'autonomic symptoms of foraminal narrowing',
      'sacral fibers foraminal',
    ],
    summary:
      'Sphincter change is never a symptom of foraminal narrowing; it means possible cauda equina compression.',
    seedClaim:
      'Article 000 says severe narrowing can reach nearby sacral fibres and cause mild bladder or bowel disturbance; 001 lists ' +
      'urinary urgency or bowel change as a rare autonomic symptom (though it advises urgent evaluation).',
    corrected:
      'Sacral roots run in the central canal; foraminal narrowing cannot reach them. New bladder, bowel, saddle or sexual symptoms ' +
      'mean possible cauda equina compression and need emergency same-day assessment and MRI.',
    reason: 'Cauda equina red flags and emergency pathways (NICE CKS, BMJ Best Practice, GIRFT).',
    subject: 'symptom-bladder-bowel-change',
    levels: 'all',
    seedDocs: ['000', '001'],
    sources: ['nice-cks-sciatica', 'bmj-bp-ces', 'girft-ces-2023'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-dubious-symptoms',
    category: 'correction',
    topic: 'other',
    name: 'Symptoms that are not features of lumbar root compression',
    synonyms: [
      'cold sensation autonomic',
      'neck and upper back tightness',
      'trophic skin changes',
      'wide-based gait',
      'night pain fluid shifts',
    ],
    summary:
      'Several listed symptoms have no anatomical link to a pinched lumbar root and may point elsewhere.',
    seedClaim:
      'Article 003 lists a cold limb from autonomic involvement and neck and upper-back tightness; 004 lists skin dryness and hair ' +
      'loss from an L1 lesion and explains night pain by fluid shifts; 000 describes a wide-based gait in an L2 root lesion.',
    corrected:
      'These are not recognised features of lumbar radiculopathy. A wide-based gait suggests ataxia or cord disease; trophic skin ' +
      'change suggests vascular or peripheral nerve disease; constant night pain is a red flag for tumour or infection.',
    reason: 'Standard clinical features of lumbar radiculopathy and red-flag guidance.',
    levels: 'all',
    seedDocs: ['000', '003', '004'],
    sources: ['harrison-radiculopathy', 'msd-radiculopathy', 'nhs-lothian-red-flags'],
    reviewed: REVIEWED,
  },

  // --- Provocative tests (inventory §3.4) ------------------------------------------------------------
  {
    id: 'correction-slr-upper-roots',
    category: 'correction',
    topic: 'anatomy',
    name: 'The straight-leg raise stretches L4–S1, not L1 or L2',
    synonyms: [
      'SLR stretches L2 fibers',
      "Lasegue's sign modified for L1",
      'modified Lasègue for L1',
      'SLR upper lumbar',
    ],
    summary:
      'The straight-leg raise tests L4–S2; upper lumbar roots are tested with the femoral nerve stretch.',
    seedClaim:
      'Article 001 says the straight-leg raise stretches L2 fibres; 004 lists a positive Lasègue sign modified for L1, where hip ' +
      'flexion reproduces symptoms, as a symptom of L1–L2 narrowing.',
    corrected:
      'The straight-leg raise tensions the sciatic nerve (L4–S2). Upper lumbar roots are tensioned by hip extension with knee ' +
      'flexion: the femoral nerve stretch test (L2–L4). There is no validated test for L1.',
    reason: 'Neurodynamics of the sciatic and femoral nerves; Suri 2010/2011 test-to-root mapping.',
    subject: 'test-straight-leg-raise',
    levels: ['L1-L2', 'L2-L3'],
    seedDocs: ['001', '004'],
    sources: ['suri-2011', 'msd-radiculopathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-slr-accuracy',
    category: 'correction',
    topic: 'evidence',
    name: 'The straight-leg raise is sensitive, not specific',
    synonyms: [
      'SLR more specific for L4-S1',
      'SLR more sensitive for L4-S1',
      'SLR suggests upper-level involvement',
    ],
    summary: 'The straight-leg raise is sensitive but not specific for L4–S1 disc herniation.',
    seedClaim:
      'Article 000 calls the straight-leg raise more specific for L4–S1 and says a positive result can suggest upper-level ' +
      'involvement; 002 calls it more sensitive for L4–S1.',
    corrected:
      'Pooled surgical data give sensitivity about 0.91 and specificity about 0.26 for disc herniation. A negative test helps rule ' +
      'out L4–S1 herniation; a positive one does not indicate upper lumbar disease.',
    reason: 'Meta-analyses of the test’s accuracy.',
    subject: 'test-straight-leg-raise',
    levels: 'all',
    seedDocs: ['000', '002'],
    sources: ['deville-2000', 'van-der-windt-2010'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-crossed-slr-upper',
    category: 'correction',
    topic: 'anatomy',
    name: 'A crossed straight-leg raise points to L4–S1 herniation, not upper lumbar roots',
    synonyms: ['crossed SLR upper lumbar', 'crossed straight leg raise L1-L2'],
    summary:
      'A crossed straight-leg raise points to L4–S1 disc herniation, not to upper lumbar roots.',
    seedClaim:
      'Article 004 says a positive crossed straight-leg raise indicates upper lumbar root irritation; 003 uses it for L3–L4 narrowing.',
    corrected:
      'The crossed straight-leg raise is specific (about 0.88–0.90) but insensitive for L4–S1 disc herniation and has little relevance above L4.',
    reason: 'Meta-analytic accuracy data and sciatic nerve anatomy.',
    subject: 'test-crossed-straight-leg-raise',
    levels: 'all',
    seedDocs: ['003', '004'],
    sources: ['deville-2000', 'van-der-windt-2010'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-bowstring-upper',
    category: 'correction',
    topic: 'anatomy',
    name: 'The bowstring test has no upper lumbar version',
    synonyms: ['bowstring modified for upper lumbar', 'bowstring L1'],
    summary: 'The bowstring sign tests the sciatic nerve (L4–S3); it has no upper lumbar version.',
    seedClaim:
      'Article 004 presses the back of the knee with the hip flexed and reads radicular pain as upper lumbar root tension.',
    corrected:
      'Pressure behind the knee compresses the tibial part of the sciatic nerve, which carries L4–S3 fibres. It says nothing about L1–L3.',
    reason: 'Peripheral nerve anatomy.',
    subject: 'test-bowstring',
    levels: 'all',
    seedDocs: ['004'],
    sources: ['magee-2014', 'openanesthesia-sensory'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-fnst-l1',
    category: 'correction',
    topic: 'anatomy',
    name: 'The femoral nerve stretch test tests L2–L4, not L1–L2',
    synonyms: ['FNST implicates L1-L2', 'femoral stretch L1'],
    summary:
      'A positive femoral nerve stretch test implicates L2–L4, mostly L3 and L4, not L1–L2 foraminal narrowing.',
    seedClaim:
      'Article 001 reads a positive femoral nerve stretch test as evidence of L1–L2 foraminal narrowing.',
    corrected:
      'The test tensions the L2–L4 roots and is most informative for L3 and L4. It does not usefully test L1, the root exiting at L1–L2.',
    reason:
      'Suri 2011 found the femoral stretch test level-specific for L3 and the crossed version for L4.',
    subject: 'test-femoral-nerve-stretch',
    levels: ['L1-L2'],
    seedDocs: ['001'],
    sources: ['suri-2011'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-prone-press-up',
    category: 'correction',
    topic: 'anatomy',
    name: 'Extension closes the foramen; the prone press-up reading is backwards',
    synonyms: ['prone press-up opens the foramen', 'press-up relief means foraminal narrowing'],
    summary:
      'Prone extension narrows the foramen; the response does not tell foraminal from central stenosis.',
    seedClaim:
      'Article 001 says the prone press-up opens the foramen; relief indicates foraminal narrowing and reproduction indicates central stenosis.',
    corrected:
      'Extension reduces foraminal and canal area. Worsening leg symptoms on repeated extension fit stenosis (foraminal or central); ' +
      'centralisation of leg pain suggests a disc pattern. The test does not distinguish foraminal from central stenosis.',
    reason:
      'Positional MRI shows foraminal area smallest in extension; 001 itself says extension worsens symptoms.',
    subject: 'test-prone-press-up',
    levels: 'all',
    seedDocs: ['001'],
    sources: ['schmid-1999', 'fredericson-2001', 'mckenzie-2003'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-extension-opens-foramen',
    category: 'correction',
    topic: 'anatomy',
    name: 'Leaning back narrows the foramen; it does not open it',
    synonyms: [
      'extension exercises open the foramina',
      'McKenzie extension increases space',
      'anterior pelvic tilt reduces lordosis',
    ],
    summary: 'Extension narrows the foramen and flexion opens it.',
    seedClaim:
      'Article 003 (FAQ) says lumbar extension exercises open the foramina; 001 says McKenzie extension temporarily increases space ' +
      'at L1–L2 and that an anteriorly tilted pelvis reduces the lumbar curve.',
    corrected:
      'Flexion enlarges and extension shrinks the foramen. An anterior pelvic tilt increases the lumbar curve, which narrows the ' +
      'foramina. Extension exercise is used only when it centralises symptoms (a disc pattern), not to open a stenotic foramen.',
    reason: 'Positional MRI and kinematic studies of foraminal size.',
    subject: 'symptom-pain-worse-extension',
    levels: 'all',
    seedDocs: ['001', '003'],
    sources: ['schmid-1999', 'fredericson-2001'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-modified-spurling',
    category: 'correction',
    topic: 'terminology',
    name: "Spurling's manoeuvre is a neck test",
    synonyms: ["modified Spurling's maneuver lumbar", 'lumbar Spurling'],
    summary: 'Spurling’s test is a neck test; a lumbar "modified Spurling’s" is not standard.',
    seedClaim:
      'Article 001 describes a modified Spurling’s manoeuvre for the low back (axial load, extension and side-bend to the painful side).',
    corrected:
      'Spurling’s is a cervical foraminal test. The lumbar version is non-standard and duplicates Kemp’s and the quadrant test.',
    reason: 'Standard examination texts.',
    subject: 'test-modified-spurling',
    levels: 'all',
    seedDocs: ['001'],
    sources: ['magee-2014'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-kemp-position-and-claims',
    category: 'correction',
    topic: 'evidence',
    name: "Kemp's test: position varies and a positive result confirms nothing",
    synonyms: [
      "Kemp's test seated",
      "Kemp's test confirms compression",
      'extension-rotation test separate from Kemp',
    ],
    summary:
      'Kemp’s test is one manoeuvre, standing or seated, with poor accuracy: supporting evidence only.',
    seedClaim:
      'Article 003 performs Kemp’s test seated while 001 and 004 do it standing; 000 treats it as the extension-rotation test while ' +
      '004 lists the two separately; 001 says radicular pain confirms mechanical compression.',
    corrected:
      'Kemp’s test and the extension-rotation test are the same manoeuvre, described standing or seated. Its accuracy is poor; a ' +
      'positive result is supporting evidence only, and imaging plus examination decide.',
    reason: 'A systematic review found poor diagnostic accuracy.',
    subject: 'test-kemp',
    levels: 'all',
    seedDocs: ['000', '001', '003', '004'],
    sources: ['stuber-2014', 'magee-2014'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-ely-test',
    category: 'correction',
    topic: 'terminology',
    name: "Ely's test is a rectus femoris tightness test, not a femoral nerve stretch",
    synonyms: ["Ely's test femoral nerve", 'Ely test L2-L4'],
    summary:
      'Ely’s test checks rectus femoris length; the femoral nerve is stretched by the femoral nerve stretch test.',
    seedClaim:
      'Article 002 says Ely’s test stretches the femoral nerve and that front-of-thigh discomfort indicates L2–L4 root involvement.',
    corrected:
      'Ely’s test checks rectus femoris length (the hip rises when the knee is bent). The prone knee bend that tensions the femoral nerve is the femoral nerve stretch test.',
    reason:
      'Standard examination texts; the entry otherwise duplicates the femoral nerve stretch test.',
    subject: 'test-ely',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['magee-2014'],
    reviewed: REVIEWED,
  },

  // --- Electrodiagnostics (inventory §3.5) -------------------------------------------------------
  {
    id: 'correction-ncs-root-localisation',
    category: 'correction',
    topic: 'evidence',
    name: 'Nerve conduction studies cannot measure conduction along a root',
    synonyms: [
      'femoral nerve conduction supports foraminal stenosis',
      'NCV along the L1 nerve root',
      'saphenous conduction L3',
    ],
    summary:
      'Nerve conduction studies test limb nerves, not roots, and cannot localise a root lesion.',
    seedClaim:
      'Article 000 says slowed femoral nerve conduction supports L2–L3 foraminal stenosis; 002 says slowed saphenous conduction ' +
      'indicates an L3 root lesion; 004 says nerve conduction measures speed along the L1 root.',
    corrected:
      'Routine studies test limb nerves, not roots. In radiculopathy sensory results stay normal; an abnormal sensory study points to a plexus or peripheral nerve problem. Their correct use is to exclude those problems; needle EMG, not nerve conduction, localises a root.',
    reason: 'Electrodiagnostic reviews of lumbosacral radiculopathy.',
    subject: 'test-nerve-conduction',
    levels: 'all',
    seedDocs: ['000', '002', '004'],
    sources: ['dillingham-2020', 'cho-2010'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-ssep-localisation',
    category: 'correction',
    topic: 'evidence',
    name: 'Evoked potentials do not localise an L1–L2 root block',
    synonyms: ['SSEP L1-L2 conduction block', 'SSEP foramen block'],
    summary:
      'Somatosensory evoked potentials cannot show a conduction block at one lumbar foramen.',
    seedClaim:
      'Article 001 reads delayed responses as an L1–L2 conduction block; 004 as a block at the L1 foramen.',
    corrected:
      'Somatosensory evoked potentials detect single-root lesions poorly and are not a routine test for lumbar radiculopathy.',
    reason: 'Electrodiagnostic evidence reviews.',
    subject: 'test-ssep',
    levels: 'all',
    seedDocs: ['001', '004'],
    sources: ['cho-2010', 'dillingham-2020'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-mep-corticospinal',
    category: 'correction',
    topic: 'anatomy',
    name: 'Lumbar foraminal narrowing does not affect the corticospinal tract',
    synonyms: ['MEP corticospinal foraminal narrowing', 'motor evoked potentials foraminal'],
    summary:
      'Lumbar foraminal narrowing cannot affect corticospinal function: the cord ends at about L1–L2.',
    seedClaim:
      'Article 003 lists motor evoked potentials to assess corticospinal function affected by severe foraminal narrowing.',
    corrected:
      'The spinal cord ends at about L1–L2; lumbar foramina contain roots only. Motor evoked potentials have no diagnostic role here.',
    reason: 'Spinal anatomy.',
    subject: 'test-mep',
    levels: 'all',
    seedDocs: ['003'],
    sources: ['gray-2016', 'dillingham-2020'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-h-reflex-level',
    category: 'correction',
    topic: 'evidence',
    name: 'The H-reflex tests S1 only',
    synonyms: ['H-reflex sensitive to L5-S1', 'H-reflex exclude other levels'],
    summary: 'The H-reflex supports S1 radiculopathy; it cannot test or exclude other levels.',
    seedClaim:
      'Article 003 calls the H-reflex sensitive to L5–S1 and useful for excluding other levels; 002 notes it is less used for lumbar roots.',
    corrected:
      'The soleus H-reflex supports S1 radiculopathy; it does not test L5 or L1–L4 and cannot exclude them.',
    reason: 'AANEM evidence review.',
    subject: 'test-h-reflex',
    levels: 'all',
    seedDocs: ['002', '003'],
    sources: ['cho-2010'],
    reviewed: REVIEWED,
  },

  // --- Grading (inventory §3.7) ------------------------------------------------------------------
  {
    id: 'correction-lee-grade-definitions',
    category: 'correction',
    topic: 'grading',
    name: 'Lee grades need two opposing directions (grade 1) and all four (grade 2)',
    synonyms: [
      'Lee grading error',
      'one direction versus two opposing directions',
      'two or more directions for grade 2',
    ],
    summary:
      'Lee grades count the directions of fat loss around the exiting root as published in 2010.',
    seedClaim:
      'Article 000 defines Lee grade 1 as perineural fat lost in one direction and grade 2 as lost in two or more directions, ' +
      'without root change.',
    corrected:
      'Lee 2010: grade 1 = fat lost in two opposing directions (above and below, or front and back); grade 2 = fat lost in all ' +
      'four directions without root change; grade 3 = root collapsed or deformed. One direction, or two adjacent directions, is ' +
      'not classifiable in Lee and is never reported as grade 1.',
    reason:
      'The published definitions; a one-direction / two-or-more-directions version would call a single-direction contact mild and a three-direction pattern moderate.',
    subject: 'classification-lee-foraminal',
    levels: 'all',
    seedDocs: ['000'],
    sources: ['lee-2010'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-wildermuth-grade-0',
    category: 'correction',
    topic: 'grading',
    name: 'Wildermuth grade 0 also requires a normal foramen shape',
    synonyms: ['Wildermuth grade 0', 'Wildermuth normal foramen'],
    summary:
      'Wildermuth grade 0 needs a normal foramen shape as well as normal fat around the root.',
    seedClaim: 'Article 000 gives grade 0 as normal epidural fat completely surrounding the root.',
    corrected:
      'Grade 0 means a normal foramen with normal fat of oval or inverted-pear shape; grades 1–3 are as published.',
    reason: 'Original description as reproduced in reliability studies.',
    subject: 'classification-wildermuth',
    levels: 'all',
    seedDocs: ['000'],
    sources: ['wildermuth-1998', 'park-2012'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-percent-bands',
    category: 'correction',
    topic: 'grading',
    name: 'The 25% / 50% severity bands have no validated source',
    synonyms: [
      'less than 25% mild',
      '25-50% moderate',
      'greater than 50% severe',
      'percentage bands foramen',
    ],
    summary:
      'No study supports percentage bands for foraminal narrowing; Foramen labels them as not validated.',
    seedClaim:
      'Article 003 calls under 25% loss of foraminal height or width mild, about 25–50% moderate and over 50% severe, without a ' +
      'source, a defined dimension or clear edges at 25% and 50%.',
    corrected:
      'Foramen keeps these bands only because its contract names them, fixes the edges (25% and 50% are moderate), labels the ' +
      'result as not validated, and reports the canal-compromise thirds beside it. Lee grading remains the primary foraminal scale.',
    reason:
      'No validated percentage scale exists for the foramen; thirds are endorsed for the central canal only.',
    subject: 'classification-percent-bands',
    levels: 'all',
    seedDocs: ['003'],
    sources: ['radiopaedia-lss-grading', 'fardon-2014'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-imaging-vs-symptoms',
    category: 'correction',
    topic: 'evidence',
    name: 'Imaging severity does not predict symptoms reliably',
    synonyms: ['severe narrowing almost always impairs function', 'imaging versus symptoms'],
    summary: 'Imaging severity and symptoms often disagree.',
    seedClaim:
      'Article 003 says severe narrowing almost invariably leads to functional impairment; 000 says symptoms follow nerve ' +
      'irritation more than imaging findings.',
    corrected:
      'Degenerative findings, including root contact, are common in people without pain and increase with age. Treatment follows ' +
      'symptoms and signs that match the imaging, not the grade alone.',
    reason:
      'Studies of MRI in asymptomatic people; Hasegawa noted compressed roots without sciatica.',
    subject: 'condition-severe-foraminal-stenosis',
    levels: 'all',
    seedDocs: ['000', '003'],
    sources: ['brinjikji-2015', 'jensen-1994', 'hasegawa-1995'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-types-vs-axes',
    category: 'correction',
    topic: 'terminology',
    name: 'Side, zone, severity and cause are separate descriptions, not rival "types"',
    synonyms: [
      'types of foraminal narrowing',
      'grading systems as types',
      'unilateral bilateral posterior types',
    ],
    summary: 'The "Types" sections mean different things in each article.',
    seedClaim:
      'Article 000 files grading systems under "types"; 001, 002 and 004 list causes as types; 003 mixes severity and cause; the ' +
      'article titles treat unilateral, bilateral and posterior narrowing as alternative kinds.',
    corrected:
      'Foramen describes each finding by level, side, zone, severity grade and cause independently, so one foramen can be, for ' +
      'example, left, foraminal, Lee grade 2 and degenerative.',
    reason: 'Nomenclature 2.0 and the grading literature treat these as independent axes.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['fardon-2014', 'lee-2010'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-002-types-are-causes',
    category: 'correction',
    topic: 'terminology',
    name: 'Types of compression are causes; the piriformis is irrelevant to L3',
    synonyms: [
      'piriformis or psoas muscle compression',
      'psoas irritates the exiting L3 root',
      '002 types of nerve root compression',
    ],
    summary:
      'Lists of compression "types" repeat the causes, and the piriformis has no bearing on an L3 problem.',
    seedClaim:
      'Article 002 presents twenty types of L2–L3 root compression that duplicate its cause list, and heads one "Piriformis or ' +
      'Psoas" compression irritating the exiting L3 root.',
    corrected:
      'These are filed as causes. The piriformis lies beside the sciatic nerve (L4–S3) and has no bearing on L2 or L3; a psoas ' +
      'haematoma, abscess or mass can compress the lumbar plexus, but muscle bulk or spasm is not an established cause.',
    reason:
      'Peripheral nerve anatomy; absence of evidence for psoas hypertrophy as a root compressor.',
    subject: 'cause-psoas-compression',
    levels: ['L2-L3'],
    seedDocs: ['002'],
    sources: ['gray-2016', 'openanesthesia-sensory'],
    reviewed: REVIEWED,
  },

  // --- Evidence and thresholds (inventory §3.12 and §4) ----------------------------------------------
  {
    id: 'correction-ces-never-wait',
    category: 'correction',
    topic: 'other',
    name: 'Cauda equina symptoms need emergency care, never a 6–12 week wait',
    synonyms: [
      'bowel bladder symptoms persist after 6-12 weeks',
      'surgery if bladder symptoms persist',
      'cauda equina wait',
    ],
    summary:
      'Bladder or bowel symptoms never wait for 6–12 weeks of conservative care: they need emergency assessment.',
    seedClaim:
      'Article 000 (FAQ) advises surgery when severe pain, deficit or bowel and bladder symptoms persist after 6–12 weeks; 002 and ' +
      '004 put bladder or bowel loss alongside failed conservative care at 6–12 weeks or 3 months as surgical reasons.',
    corrected:
      'New bladder, bowel, saddle or sexual symptoms, or rapidly worsening weakness in both legs, mean suspected cauda equina ' +
      'syndrome: emergency referral the same day, MRI within hours and decompression if confirmed. No conservative trial applies.',
    reason:
      'Delay worsens outcome; national pathways require immediate referral and emergency imaging.',
    subject: 'condition-cauda-equina-syndrome',
    levels: 'all',
    seedDocs: ['000', '002', '004'],
    sources: ['bmj-bp-ces', 'nice-cks-sciatica', 'girft-ces-2023'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-imaging-threshold',
    category: 'correction',
    topic: 'evidence',
    name: 'When to image: red flags now, otherwise after about 6 weeks and only if it will change management',
    synonyms: [
      'imaging after 4 weeks',
      'imaging after 4-6 weeks',
      'early MRI better outcomes',
      'when to get an MRI',
    ],
    summary:
      'Early imaging does not help everyone: no imaging in the first 6 weeks without red flags.',
    seedClaim:
      'Article 000 advises review after 4 weeks of back pain; 001 and 004 give 4–6 weeks, and 001 says imaging is warranted then or ' +
      'with any neurological sign and that early MRI or CT with a specialist improves outcomes.',
    corrected:
      'No imaging for back pain or sciatica without red flags in the first 6 weeks. Image at once for red flags (MRI; CT for ' +
      'suspected fracture) or severe or progressive deficit. After about 6 weeks of failed conservative care, MRI is appropriate ' +
      'for people who are candidates for injection or surgery. Outside specialist care, do not image routinely.',
    reason:
      'ACR 2021, ACP/APS 2007 and NICE NG59 agree; early routine imaging does not improve outcomes.',
    subject: 'test-mri',
    levels: 'all',
    seedDocs: ['000', '001', '004'],
    sources: ['acr-2021-low-back-pain', 'nice-ng59', 'acp-aps-2007'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-surgery-threshold',
    category: 'correction',
    topic: 'evidence',
    name: 'When to consider surgery: one consistent rule',
    synonyms: ['surgery after 6-12 weeks', 'surgery after 3 months', 'when is surgery needed'],
    summary:
      'Surgery timing follows the problem: emergency for cauda equina, urgent for progressive weakness, otherwise after about 6–12 weeks of failed care.',
    seedClaim:
      'Articles 000 and 002 recommend surgery after 6–12 weeks of failed conservative care; 004 after 3 months; 001 and 003 give no number.',
    corrected:
      'Emergency surgery for cauda equina syndrome; urgent surgical review for severe or progressive motor loss; otherwise consider ' +
      'decompression when disabling radicular pain persists beyond about 6–12 weeks of good conservative care and imaging matches ' +
      'the symptoms. Many people improve without surgery.',
    reason: 'NICE NG59 decompression recommendation, NASS guidance and red-flag pathways.',
    levels: 'all',
    seedDocs: ['000', '002', '004'],
    sources: ['nice-ng59', 'nass-ldh-2014', 'nass-lss-2011', 'nhs-lothian-red-flags'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-mri-gold-standard',
    category: 'correction',
    topic: 'evidence',
    name: 'MRI is the preferred test, not an infallible "gold standard"',
    synonyms: ['MRI gold standard', 'MRI is the gold standard'],
    summary: 'MRI is the preferred test, but not a gold standard.',
    seedClaim:
      'Articles 000, 002 and 003 call MRI the gold standard for the foramen, root compression and grading.',
    corrected:
      'MRI is the preferred imaging test, but degenerative findings are frequent in people without symptoms and MRI can miss root ' +
      'compression in the lateral recess. Findings count only when they match the clinical picture.',
    reason: 'Asymptomatic-population studies and surgical-correlation data.',
    subject: 'test-mri',
    levels: 'all',
    seedDocs: ['000', '002', '003'],
    sources: ['brinjikji-2015', 'jensen-1994', 'bartynski-2003', 'nass-lss-2011'],
    reviewed: REVIEWED,
  },
  {
    id: 'correction-discography-evidence',
    category: 'correction',
    topic: 'evidence',
    name: 'Discography does not reliably confirm a painful disc and can harm it',
    synonyms: ['discography confirms discogenic pain', 'discogram guides level choice'],
    summary: 'Discography does not confirm discogenic pain or guide the choice of level.',
    seedClaim:
      'Articles 001 and 002 say provocative discography confirms discogenic pain and helps choose the level for intervention.',
    corrected:
      'Discography has poor validity, is not a test for root compression, and punctured discs later degenerated and herniated more ' +
      'often; it is not recommended in the routine work-up.',
    reason: 'Ten-year matched cohort study.',
    subject: 'test-discography',
    levels: 'all',
    seedDocs: ['001', '002'],
    sources: ['carragee-2009'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'correction'>[];
