import type { EntryInputOf } from '../schema.js';

const REVIEWED = '2026-11-21';

/**
 * Condition types: laterality, location (the zone model), severity classes, aetiology and clinical
 * presentation. The articles treat side, zone and cause as rival "types"; here they are independent
 * axes (level × side × zone × cause), which is why each axis gets its own entries.
 */
export const CONDITIONS = [
  // --- The condition and its zone model -------------------------------------------------------
  {
    id: 'condition-neural-foraminal-stenosis',
    category: 'condition',
    aspect: 'location',
    name: 'Neural foraminal stenosis (foraminal narrowing)',
    synonyms: [
      'neural foraminal narrowing',
      'foraminal narrowing',
      'foraminal stenosis',
      'lumbar foraminal stenosis',
      'neuroforaminal narrowing',
      'neuroforaminal stenosis',
      'NFN',
      'narrowed foramen',
      'foraminal zone stenosis',
      'lumbar neural foraminal narrowing',
      'narrowing of the nerve exit hole',
      'foraminal encroachment',
      'L1-L2 foraminal narrowing',
      'L2-L3 foraminal narrowing',
      'L3-L4 foraminal narrowing',
      'neural foramina stenosis',
    ],
    summary:
      'The foramen is the side opening between two vertebrae where a nerve root leaves the spine. When bone spurs, a bulging or ' +
      'collapsed disc, thick ligament or an enlarged facet joint shrink that opening, the root leaving at that level can be squeezed. ' +
      'At disc level Lx–Ly the root at risk is Lx, the one exiting there.',
    details:
      'Boundaries: the pedicle above forms the roof and the pedicle below the floor; the disc and vertebral bodies form the front ' +
      'wall; the facet joint (lower articular process of the upper vertebra plus upper articular process of the lower one) and the ' +
      'lateral ligamentum flavum form the back wall. Height is mostly set by the disc, so disc collapse narrows it from above and ' +
      'below. Imaging severity is graded with the Lee system; symptoms, not the picture alone, decide whether it matters.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['fardon-2014', 'lee-2010', 'jkns-2017', 'radres-stenosis-grading', 'hasegawa-1995'],
    related: [
      'condition-zone-model',
      'classification-lee-foraminal',
      'condition-unilateral-foraminal-narrowing',
      'condition-bilateral-foraminal-narrowing',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-zone-model',
    category: 'condition',
    aspect: 'location',
    name: 'Spinal zones and the exiting versus traversing root rule',
    synonyms: [
      'zone model',
      'anatomic zones',
      'axial zones',
      'exiting root',
      'traversing root',
      'exiting vs traversing root',
      'which nerve root is affected',
      'central subarticular foraminal extraforaminal',
      'paracentral',
      'posterolateral',
      'spinal stenosis central vs foraminal',
      'central versus foraminal stenosis',
    ],
    summary:
      'Seen from above, each disc level is divided from the midline outwards into central, subarticular (lateral recess), foraminal ' +
      'and extraforaminal (far-lateral) zones. A lesion in the central or subarticular zone presses on the root travelling down to ' +
      'the next level (at L4–L5 that is L5); a lesion in the foraminal or extraforaminal zone presses on the root leaving at that ' +
      'level (at L4–L5 that is L4).',
    details:
      'Each lumbar root leaves below the pedicle of its own vertebra, so L1 exits at L1–L2, L2 at L2–L3, L3 at L3–L4, L4 at L4–L5 and ' +
      'L5 at L5–S1. A fragment that migrates up or down affects the root at the level it reaches. Transitional vertebrae and ' +
      'conjoined roots can shift the numbering, so the clinical picture must agree with the imaging. The lateral recess and the ' +
      'foramen are different zones and are easily mixed up.',
    levels: 'all',
    seedDocs: ['000', '002', '003', '004'],
    sources: ['fardon-2014', 'radres-stenosis-grading', 'wikimsk-radicular', 'msd-radiculopathy'],
    related: [
      'condition-central-canal-stenosis',
      'condition-lateral-recess-stenosis',
      'condition-neural-foraminal-stenosis',
      'condition-extraforaminal-stenosis',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-central-canal-stenosis',
    category: 'condition',
    aspect: 'location',
    name: 'Central canal stenosis (lumbar spinal stenosis)',
    synonyms: [
      'central stenosis',
      'spinal canal stenosis',
      'central spinal stenosis',
      'lumbar spinal stenosis',
      'LSS',
      'spinal stenosis',
      'central canal narrowing',
      'thecal sac compression',
      'canal stenosis',
      'narrow spinal canal',
    ],
    summary:
      'Narrowing of the main spinal canal in the midline. It squeezes the bundle of roots (the cauda equina) passing down to lower ' +
      'levels rather than the root leaving at that level, and it typically causes leg pain, heaviness or numbness on walking or ' +
      'standing that settles on sitting or bending forward (neurogenic claudication).',
    details:
      'Graded on axial MRI with the Lee central canal or Schizas systems. Severe central stenosis with new bladder, bowel or saddle ' +
      'symptoms is cauda equina syndrome until proven otherwise. NASS suggests MRI as the most appropriate non-invasive test to ' +
      'confirm the narrowing.',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['nass-lss-2011', 'lee-gy-2011', 'schizas-2010', 'fardon-2014'],
    related: [
      'condition-neurogenic-claudication',
      'classification-lee-central-canal',
      'classification-schizas',
      'condition-cauda-equina-syndrome',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-lateral-recess-stenosis',
    category: 'condition',
    aspect: 'location',
    name: 'Lateral recess (subarticular) stenosis',
    synonyms: [
      'lateral recess stenosis',
      'subarticular stenosis',
      'subarticular zone',
      'lateral recess narrowing',
      'subarticular narrowing',
      'lateral recess',
    ],
    summary:
      'Narrowing of the gutter at the side of the spinal canal, just under the facet joint, before the foramen. It pinches the root ' +
      'that is on its way down to exit one level lower (the traversing root), so L4–L5 lateral recess stenosis usually affects L5.',
    details:
      'Graded 1–3 by Bartynski and Lin. MRI underestimated surgically confirmed root compression here in about 28–29% of cases in ' +
      'that series, so a "mild" report does not exclude a symptomatic recess. Lateral recess narrowing is not ' +
      'foraminal narrowing: the two zones affect different roots.',
    levels: 'all',
    seedDocs: ['000', '003'],
    sources: ['bartynski-2003', 'fardon-2014', 'radres-stenosis-grading'],
    related: ['classification-bartynski-lateral-recess', 'condition-zone-model'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-extraforaminal-stenosis',
    category: 'condition',
    aspect: 'location',
    name: 'Extraforaminal (far-lateral) compression',
    synonyms: [
      'far lateral',
      'far-lateral disc herniation',
      'extraforaminal disc herniation',
      'extraforaminal stenosis',
      'far lateral stenosis',
      'outside the canal',
      'extraforaminal zone',
    ],
    summary:
      'Compression just outside the foramen, beyond the facet joint. Like foraminal narrowing it affects the root exiting at that ' +
      'level, for example L4 with a far-lateral L4–L5 disc. Far-lateral herniations are a minority of lumbar disc herniations.',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['fardon-2014', 'wikimsk-radicular', 'radres-stenosis-grading'],
    related: ['condition-zone-model'],
    reviewed: REVIEWED,
  },

  // --- Laterality and the articles' variants ----------------------------------------------------
  {
    id: 'condition-unilateral-foraminal-narrowing',
    category: 'condition',
    aspect: 'laterality',
    name: 'Unilateral neural foraminal narrowing (one side)',
    synonyms: [
      'unilateral foraminal narrowing',
      'unilateral foraminal stenosis',
      'unilateral NFN',
      'one-sided foraminal narrowing',
      'left foraminal narrowing',
      'right foraminal narrowing',
      'left-sided foraminal stenosis',
      'right-sided foraminal stenosis',
      'unilateral neural foraminal narrowing at L1-L2',
      'unilateral neural foraminal narrowing at L2-L3',
    ],
    summary:
      'Narrowing of the foramen on the left or the right only. Symptoms, when present, are on the same side and follow the root ' +
      'leaving at that level: L1 at L1–L2 (groin), L2 at L2–L3 (front and inner upper thigh).',
    details:
      'Side and zone are separate descriptions: a report can say "left foraminal" and a Lee grade for each side. Asymmetric facet ' +
      'wear or a one-sided slip are common reasons for one-sided narrowing.',
    levels: 'all',
    seedDocs: ['000', '001'],
    sources: ['lee-2010', 'radres-stenosis-grading', 'harrison-radiculopathy'],
    related: ['condition-neural-foraminal-stenosis', 'condition-bilateral-foraminal-narrowing'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-bilateral-foraminal-narrowing',
    category: 'condition',
    aspect: 'laterality',
    name: 'Bilateral neural foraminal narrowing (both sides)',
    synonyms: [
      'bilateral foraminal narrowing',
      'bilateral foraminal stenosis',
      'bilateral NFN',
      'both foramina narrowed',
      'bilateral neural foraminal narrowing at L3-L4',
      'bilateral neuroforaminal narrowing',
      'lumbar bilateral neural foraminal narrowing',
    ],
    summary:
      'Both foramina at one level are narrowed. The same root is at risk on each side: at L3–L4 that is the left and right L3 roots, ' +
      'not L3 plus L4. Symptoms may be on one side, both sides, or absent, and each side is graded separately.',
    details:
      'Leg symptoms that become bilateral are a recognised warning sign for cauda equina compression when they come with bladder, ' +
      'bowel, sexual or saddle changes; isolated bilateral foraminal narrowing on a report does not by itself mean that.',
    levels: 'all',
    seedDocs: ['003'],
    sources: ['lee-2010', 'radres-stenosis-grading', 'nice-cks-sciatica'],
    related: ['condition-neural-foraminal-stenosis', 'condition-cauda-equina-syndrome'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-posterior-foraminal-narrowing',
    category: 'condition',
    aspect: 'location',
    name: 'Posterior foraminal narrowing (from the back wall)',
    synonyms: [
      'posterior neural foraminal narrowing',
      'posterior foraminal stenosis',
      'posterior NFN',
      'dorsal foraminal narrowing',
      'facet-side foraminal narrowing',
      'posterior neural foraminal narrowing at L1-L2',
    ],
    summary:
      'Narrowing that comes from the back wall of the foramen: an enlarged facet joint, facet osteophytes, a facet cyst or a thick ' +
      'ligamentum flavum. Leaning backwards brings these structures forward and tends to make it worse.',
    details:
      'The foramen sits at the side of the spine between the pedicles, not behind the vertebrae, and the lamina roofs the central ' +
      'canal rather than the foramen (see the correction). At L1–L2 the root in the foramen is L1.',
    levels: 'all',
    seedDocs: ['004'],
    sources: ['jkns-2017', 'schmid-1999', 'fardon-2014'],
    related: [
      'cause-facet-arthropathy',
      'cause-ligamentum-flavum-hypertrophy',
      'correction-foramen-roof-lamina',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-nerve-root-compression',
    category: 'condition',
    aspect: 'presentation',
    name: 'Nerve root compression (pinched nerve)',
    synonyms: [
      'pinched nerve',
      'nerve root impingement',
      'compressed nerve root',
      'root compression',
      'trapped nerve',
      'nerve impingement',
      'L2-L3 nerve root compression',
      'nerve root irritation',
      'squashed nerve',
    ],
    summary:
      'A nerve root is pressed on or irritated by nearby tissue. Pressure, reduced blood flow and chemical irritation can each cause ' +
      'pain, pins and needles, numbness or weakness in that root’s territory. Which root is involved depends on the level and the ' +
      'zone of the lesion, not just the level.',
    details:
      'Compression seen on MRI is common in people with no symptoms, and a compressed root does not always hurt, so imaging and ' +
      'examination must agree. Lists of "types" of compression are really lists of causes, which have their own entries.',
    levels: 'all',
    seedDocs: ['002'],
    sources: ['msd-radiculopathy', 'hasegawa-1995', 'brinjikji-2015', 'pfirrmann-2004'],
    related: [
      'condition-zone-model',
      'condition-radiculopathy',
      'classification-nerve-root-compromise',
    ],
    reviewed: REVIEWED,
  },

  // --- Severity classes ----------------------------------------------------------------------
  {
    id: 'condition-mild-foraminal-stenosis',
    category: 'condition',
    aspect: 'severity',
    name: 'Mild foraminal stenosis',
    synonyms: [
      'mild foraminal narrowing',
      'mild neural foraminal narrowing',
      'minimal foraminal narrowing',
      'mild NFN',
      'grade 1 foraminal stenosis',
      'slight foraminal narrowing',
    ],
    summary:
      'The fat around the exiting root is lost in two opposite directions (above and below, or front and back) but the root keeps ' +
      'its shape: Lee grade 1. It is often found by chance and frequently causes no symptoms.',
    details:
      '"Mild" as under 25% loss of height or width has no published source, so a percentage ' +
      'result is reported with the canal thirds beside it (up to one third = mild). Mild narrowing can still hurt when the root is ' +
      'inflamed, which is why the clinical picture decides.',
    levels: 'all',
    seedDocs: ['000', '003'],
    sources: ['lee-2010', 'brinjikji-2015', 'radiopaedia-lss-grading'],
    related: ['classification-lee-foraminal', 'classification-percent-bands'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-moderate-foraminal-stenosis',
    category: 'condition',
    aspect: 'severity',
    name: 'Moderate foraminal stenosis',
    synonyms: [
      'moderate foraminal narrowing',
      'moderate neural foraminal narrowing',
      'moderate NFN',
      'grade 2 foraminal stenosis',
      'mild to moderate foraminal narrowing',
      'moderate-severe foraminal narrowing',
    ],
    summary:
      'The fat is lost all the way round the exiting root (all four directions) but the root is not yet flattened: Lee grade 2. ' +
      'It may or may not explain symptoms in the matching root territory.',
    details:
      'Moderate as about 25–50% loss is an unvalidated band; the canal thirds (one to two thirds) are reported beside it.',
    levels: 'all',
    seedDocs: ['000', '003'],
    sources: ['lee-2010', 'radiopaedia-lss-grading'],
    related: ['classification-lee-foraminal', 'classification-percent-bands'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-severe-foraminal-stenosis',
    category: 'condition',
    aspect: 'severity',
    name: 'Severe foraminal stenosis',
    synonyms: [
      'severe foraminal narrowing',
      'severe neural foraminal narrowing',
      'severe NFN',
      'grade 3 foraminal stenosis',
      'critical foraminal stenosis',
      'marked foraminal narrowing',
    ],
    summary:
      'The exiting root itself is collapsed or deformed: Lee grade 3. Most foramina that surgeons go on to decompress are grade 3, ' +
      'but severe imaging alone does not oblige surgery; matching symptoms and signs do.',
    details:
      'In a surgical series, 78.9% of operated foramina were Lee grade 3. Severe narrowing does not always ' +
      'impair function: imaging severity and symptoms often disagree.',
    levels: 'all',
    seedDocs: ['000', '003'],
    sources: ['lee-2010', 'jkns-2017', 'brinjikji-2015'],
    related: ['classification-lee-foraminal', 'correction-imaging-vs-symptoms'],
    reviewed: REVIEWED,
  },

  // --- Aetiology types ------------------------------------------------------------------------
  {
    id: 'condition-congenital-foraminal-narrowing',
    category: 'condition',
    aspect: 'etiology',
    name: 'Congenital (developmental) foraminal narrowing',
    synonyms: [
      'congenital foraminal narrowing',
      'congenital stenosis',
      'developmental stenosis',
      'congenital narrowing',
      'congenitally narrow foramen',
      'congenital small foramen',
    ],
    summary:
      'A foramen or canal that has been small since development, for example with short pedicles. There is little spare room, so a ' +
      'modest bulge or spur later in life can start symptoms at a younger age than usual.',
    details:
      'Usually managed like acquired narrowing; progressive deficits, not the congenital label, drive surgery.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['nass-lss-2011', 'savarirayan-2022'],
    related: ['cause-congenital-narrowing', 'cause-skeletal-dysplasia'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-degenerative-foraminal-narrowing',
    category: 'condition',
    aspect: 'etiology',
    name: 'Degenerative (acquired) foraminal narrowing',
    synonyms: [
      'acquired foraminal narrowing',
      'degenerative foraminal stenosis',
      'acquired (degenerative) foraminal narrowing',
      'degenerative stenosis',
      'age-related foraminal narrowing',
      'spondylotic foraminal stenosis',
      'degenerative osteophytic changes',
      'spondylosis',
    ],
    summary:
      'The most common kind: with age the disc dries and loses height, the facet joints enlarge and grow spurs, and the ligamentum ' +
      'flavum thickens. Together these slowly close the foramen from the front, top and back.',
    levels: 'all',
    seedDocs: ['001', '002', '003', '004'],
    sources: ['nass-lss-2011', 'fujiwara-1999', 'hasegawa-1995'],
    related: [
      'cause-disc-degeneration',
      'cause-facet-arthropathy',
      'cause-osteophytes',
      'cause-ligamentum-flavum-hypertrophy',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-disc-herniation-narrowing',
    category: 'condition',
    aspect: 'etiology',
    name: 'Disc herniation-related narrowing',
    synonyms: [
      'herniated disc-related narrowing',
      'herniated disc related narrowing',
      'posterior disc bulging and herniation',
      'disc-related foraminal narrowing',
      'foraminal disc herniation',
      'foraminal disc protrusion',
    ],
    summary:
      'Disc material pushed out of the disc into the foramen narrows it and also inflames the root chemically. Onset is often ' +
      'sudden. A herniation in the foramen affects the exiting root; one in the middle or just off-centre affects the root below.',
    details:
      'Nomenclature 2.0 separates bulge (not a herniation), protrusion, extrusion and sequestration. Central and paracentral ' +
      'herniations are more common than foraminal ones, and most lumbar herniations are at L4–L5 or L5–S1.',
    levels: 'all',
    seedDocs: ['001', '002', '004'],
    sources: ['fardon-2014', 'nass-ldh-2014', 'olmarker-1993'],
    related: ['cause-disc-herniation', 'classification-disc-contour'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-post-traumatic-iatrogenic-narrowing',
    category: 'condition',
    aspect: 'etiology',
    name: 'Post-traumatic or post-surgical narrowing (scar tissue, new bone)',
    synonyms: [
      'post-traumatic ossification',
      'post-traumatic or iatrogenic scar tissue',
      'iatrogenic narrowing',
      'post-surgical narrowing',
      'epidural scar',
      'post-operative stenosis',
    ],
    summary:
      'After a fracture or spinal operation, scar tissue around the root or new bone around the facet and pedicle can narrow the ' +
      'foramen weeks to months later. Imaging with contrast helps tell scar from a new disc herniation.',
    details:
      'Delayed heterotopic bone after fracture is uncommon and poorly studied. Epidural scar after ' +
      'discectomy is well documented, but how much scar causes pain is debated.',
    levels: 'all',
    seedDocs: ['001', '002', '004'],
    sources: ['ross-1996', 'acr-2021-low-back-pain'],
    evidence: {
      level: 'limited',
      note: 'Delayed post-traumatic ossification narrowing the foramen has little published evidence; scar-related pain has mixed evidence.',
      sources: ['ross-1996'],
    },
    related: ['cause-epidural-fibrosis', 'cause-heterotopic-ossification'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-neoplastic-foraminal-narrowing',
    category: 'condition',
    aspect: 'etiology',
    name: 'Neoplastic foraminal narrowing (tumour)',
    synonyms: [
      'neoplastic foraminal narrowing',
      'neoplastic involvement',
      'tumour in the foramen',
      'tumor narrowing the foramen',
      'spinal metastasis narrowing',
      'nerve sheath tumour',
    ],
    summary:
      'A tumour of the vertebra, a metastasis or a tumour of the nerve sheath (schwannoma, neurofibroma) grows into the foramen. ' +
      'Past cancer, weight loss, night pain or feeling unwell point this way and call for prompt imaging.',
    levels: 'all',
    seedDocs: ['001', '002', '004'],
    sources: ['nice-ng234', 'acr-2021-low-back-pain'],
    related: ['cause-tumour', 'symptom-night-pain'],
    reviewed: REVIEWED,
  },

  // --- Presentations --------------------------------------------------------------------------
  {
    id: 'condition-radiculopathy',
    category: 'condition',
    aspect: 'presentation',
    name: 'Radiculopathy (objective nerve root signs)',
    synonyms: [
      'lumbar radiculopathy',
      'lumbosacral radiculopathy',
      'radiculopathy',
      'nerve root dysfunction',
      'root signs',
      'L2 radiculopathy',
      'L3 radiculopathy',
    ],
    summary:
      'Loss of nerve root function that can be measured: weakness in the root’s muscles, reduced feeling in its skin area, or a ' +
      'reduced reflex. Radiating pain on its own is radicular pain (sciatica), not radiculopathy.',
    details:
      'Upper lumbar radiculopathy (L1–L3) is uncommon compared with L5 and S1. L1 and L2 have no reliable tendon reflex. The ' +
      'clinician’s overall root call is more accurate for L4 than for L5 or S1.',
    levels: 'all',
    seedDocs: ['000', '002', '003'],
    sources: ['wikimsk-radicular', 'msd-radiculopathy', 'nass-ldh-2014', 'iversen-2013'],
    related: ['condition-sciatica', 'condition-nerve-root-compression'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-sciatica',
    category: 'condition',
    aspect: 'presentation',
    name: 'Sciatica and radicular pain (radiating leg pain)',
    synonyms: [
      'sciatica',
      'radicular pain',
      'radiating leg pain',
      'leg pain from the back',
      'nerve pain down the leg',
      'cruralgia',
      'femoral neuralgia',
      'anterior thigh sciatica',
    ],
    summary:
      'Pain that shoots from the back into a leg along a nerve root. Strictly, sciatica follows the L4–S1 roots down the back or ' +
      'side of the leg; pain from L2–L4 runs down the front of the thigh. Pain alone does not prove nerve damage.',
    details:
      'NICE NG59 groups sciatica with low back pain for assessment and advises against routine imaging outside specialist care. ' +
      'Most episodes improve with time whatever the treatment.',
    levels: 'all',
    seedDocs: ['000', '002', '003'],
    sources: ['nice-ng59', 'wikimsk-radicular', 'harrison-radiculopathy'],
    related: ['condition-radiculopathy', 'symptom-radicular-pain'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-neurogenic-claudication',
    category: 'condition',
    aspect: 'presentation',
    name: 'Neurogenic claudication',
    synonyms: [
      'neurogenic claudication',
      'pseudoclaudication',
      'spinal claudication',
      'claudication-like symptoms',
      'walking leg pain from the spine',
    ],
    summary:
      'Pain, heaviness, tingling or weakness in the buttocks or legs that comes on with walking or standing upright and eases ' +
      'after sitting or bending forward. It is the hallmark of central spinal stenosis and can also come from foraminal narrowing.',
    details:
      'NASS: consider stenosis in older people whose leg symptoms worsen on walking or standing and ease on sitting or bending ' +
      'forward; if walking does not worsen the pain, stenosis is unlikely. Vascular claudication eases with standing still and ' +
      'comes with weak foot pulses, which helps tell the two apart.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['nass-lss-2011', 'schmid-1999'],
    related: ['condition-central-canal-stenosis', 'symptom-walking-leg-pain'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-cauda-equina-syndrome',
    category: 'condition',
    aspect: 'presentation',
    name: 'Cauda equina syndrome (emergency)',
    synonyms: [
      'cauda equina syndrome',
      'CES',
      'cauda equina compression',
      'horse tail nerve compression',
      'cauda equina',
    ],
    summary:
      'Compression of the bundle of nerve roots in the lower spinal canal. Warning signs are numbness between the legs or around the ' +
      'back passage, new trouble passing or holding urine or stool, new sexual problems, or leg symptoms on both sides. It is a ' +
      'surgical emergency: go to hospital the same day, never wait weeks.',
    details:
      'BMJ Best Practice: refer immediately to be seen within hours and obtain emergency MRI, within 4 hours of the request in ' +
      'hospital. A post-void residual of 200 mL or more makes it more likely, but a lower value does not exclude it. It comes from ' +
      'central canal compression; foraminal narrowing does not reach the sacral roots.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['bmj-bp-ces', 'nice-cks-sciatica', 'girft-ces-2023'],
    related: [
      'symptom-saddle-numbness',
      'symptom-bladder-bowel-change',
      'correction-ces-never-wait',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-upper-lumbar-radiculopathy',
    category: 'condition',
    aspect: 'presentation',
    name: 'Upper lumbar radiculopathy (L1–L3)',
    synonyms: [
      'upper lumbar radiculopathy',
      'high lumbar radiculopathy',
      'L1 radiculopathy',
      'L1-L2 nerve root',
      'femoral nerve distribution pain',
      'high lumbar root',
    ],
    summary:
      'Root trouble at L1–L3 gives groin, front-of-thigh and inner-knee symptoms and may weaken hip flexion or knee extension. It ' +
      'is much less common than L5 or S1 trouble and is easily mistaken for a hip problem.',
    details:
      'The femoral nerve stretch test, anterior thigh sensation and the knee reflex carry most information at these levels; the ' +
      'straight-leg raise tests lower roots.',
    levels: ['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4'],
    seedDocs: ['000', '001', '002', '004'],
    sources: ['suri-2011', 'harrison-radiculopathy', 'msd-radiculopathy'],
    related: ['test-femoral-nerve-stretch', 'condition-meralgia-paresthetica'],
    reviewed: REVIEWED,
  },
  {
    id: 'condition-meralgia-paresthetica',
    category: 'condition',
    aspect: 'presentation',
    name: 'Meralgia paresthetica (a thigh-numbness mimic)',
    synonyms: [
      'meralgia paresthetica',
      'lateral femoral cutaneous nerve entrapment',
      'outer thigh numbness',
      'Bernhardt-Roth syndrome',
    ],
    summary:
      'Burning or numbness on the outer thigh from a trapped skin nerve near the hip bone, not from the spine. There is no ' +
      'weakness and the reflexes are normal, which separates it from an L2 or L3 root problem.',
    levels: ['L2-L3', 'L3-L4'],
    seedDocs: [],
    sources: ['openanesthesia-sensory'],
    related: ['condition-upper-lumbar-radiculopathy'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'condition'>[];
