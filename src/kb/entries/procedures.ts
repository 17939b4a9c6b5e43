import type { EntryInputOf } from '../schema.js';

/**
 * Surgical procedures (seed-inventory §2.10, SX1-SX23).
 *
 * `recoveryWeeks` is the usual time to return to light daily activity or desk work, not to heavy manual work or
 * sport, which takes longer. The articles' recovery figures disagree (inventory §3.11 item 77); the ranges here
 * follow NHS patient information for decompression and published fusion recovery data. Where an article's
 * description of a procedure is wrong (TLIF "lateral access", laminectomy versus laminotomy, facetectomy and
 * stability, disc replacement for foraminal stenosis, laser decompression), `details` records it.
 */

const REVIEWED = '2026-11-21';

/** What any lumbar operation can cause; listed once and reused so every entry names the common risks. */
const GENERAL_RISKS = [
  'infection',
  'bleeding or a blood clot',
  'dural tear with spinal fluid leak',
  'nerve root injury causing new numbness or weakness',
  'anaesthetic complications',
];

/** Decompression: removing what presses on the nerve. */
const DECOMPRESSION = [
  {
    id: 'procedure-laminectomy',
    category: 'procedure',
    name: 'Laminectomy',
    synonyms: [
      'laminectomy',
      'lumbar laminectomy',
      'decompressive laminectomy',
      'posterior laminectomy',
      'wide decompression',
      'Laminectomy (Wide Decompression)',
      'Posterior Laminectomy',
      'lumbar decompression',
      'decompression surgery',
      'spinal decompression surgery',
    ],
    summary:
      'An operation through the back that removes the lamina (the bony roof of the spinal canal) and thickened ligament to give the nerves more room. It is mainly for central canal stenosis affecting several nerve roots; it is often combined with widening the foramina.',
    description:
      'Under general anaesthetic the surgeon removes all or most of the lamina at one or more levels, plus the thickened ligamentum flavum, and usually undercuts the facet joints to free the lateral recesses and foramina.',
    benefits: [
      'Relieves leg pain and walking limitation from central canal stenosis',
      'Can free several nerve roots at once',
      'On average more improvement in pain than continued usual non-surgical care in persistent, disabling stenosis',
    ],
    risks: [
      ...GENERAL_RISKS,
      'later instability if much facet joint is removed, sometimes needing fusion',
    ],
    indications: [
      'Neurogenic claudication or radicular pain from central or multilevel stenosis',
      'Disabling symptoms persisting despite non-surgical treatment, with imaging that matches',
      'Cauda equina syndrome from canal compression (emergency)',
    ],
    recovery:
      'Up walking the day after surgery, home after 1-4 days, back to usual light activity in about 4-6 weeks; heavier work later.',
    recoveryWeeks: { min: 4, max: 6 },
    details: 'Laminectomy removes the whole lamina; removing only part of it is a laminotomy.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: [
      'tx-nass-lss-2011',
      'tx-weinstein-2008-sport-stenosis',
      'tx-nhs-lumbar-decompression-recovery',
      'nice-ng59',
    ],
    evidence: {
      level: 'option',
      note: 'NASS suggests decompression for moderate-to-severe stenosis symptoms; in trials surgery and a structured physiotherapy programme can give similar function at 2 years, so it is a shared decision.',
      sources: [
        'tx-nass-lss-2011',
        'tx-weinstein-2008-sport-stenosis',
        'tx-delitto-2015-pt-vs-surgery',
      ],
    },
    related: ['procedure-laminotomy', 'procedure-foraminotomy'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-laminotomy',
    category: 'procedure',
    name: 'Laminotomy',
    synonyms: [
      'laminotomy',
      'partial laminectomy',
      'hemilaminotomy',
      'hemilaminectomy',
      'partial lamina removal',
      'lumbar laminotomy',
    ],
    summary:
      "A smaller version of laminectomy: only a window of the lamina is removed, on one or both sides, to reach and free the nerve. More of the spine's normal structure is kept.",
    description:
      'Through a small midline incision the surgeon drills a window in the lamina and removes thickened ligament, disc or bone pressing on the nerve, leaving the midline bone and ligaments in place.',
    benefits: [
      'Targeted decompression of one or two roots',
      'Keeps more bone and ligament, so instability is less likely than after wide laminectomy',
    ],
    risks: [...GENERAL_RISKS, 'incomplete decompression needing further surgery'],
    indications: [
      'Lateral recess or focal stenosis, or a disc herniation, matching the symptoms',
      'Radicular pain persisting despite non-surgical care',
    ],
    recovery:
      'Home within 1-4 days (sometimes the same day), back to light activity in about 4-6 weeks.',
    recoveryWeeks: { min: 4, max: 6 },
    details:
      'Removing only part of the lamina is a laminotomy, though it is often called a laminectomy.',
    levels: 'all',
    seedDocs: ['000', '002', '004'],
    sources: ['tx-cochrane-lss-surgical-options-2016', 'tx-nhs-lumbar-decompression-recovery'],
    evidence: {
      level: 'option',
      note: 'The Cochrane review of surgical options for stenosis found no clear difference in outcomes between decompression techniques.',
      sources: ['tx-cochrane-lss-surgical-options-2016'],
    },
    related: ['procedure-laminectomy', 'procedure-mis-laminotomy'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-foraminotomy',
    category: 'procedure',
    name: 'Foraminotomy',
    synonyms: [
      'foraminotomy',
      'open foraminotomy',
      'lumbar foraminotomy',
      'foraminal decompression',
      'foraminal enlargement',
      'foraminoplasty',
      'Open Foraminotomy',
    ],
    summary:
      'An operation that widens the opening (foramen) where the nerve root leaves the spine, by trimming bone spurs, facet joint and thickened ligament. It directly treats foraminal stenosis pressing on the exiting root.',
    description:
      'Through the back, the surgeon exposes the facet joint over the foramen and removes the bone and soft tissue narrowing it, following the exiting root outward until it is free; a disc bulge into the foramen can be removed at the same time.',
    benefits: [
      'Direct relief of the compressed exiting root',
      "Keeps most of the facet joint and so most of the spine's stability when done with care",
    ],
    risks: [
      ...GENERAL_RISKS,
      'instability if too much facet is removed',
      'dysaesthesia (burning pain) from handling the dorsal root ganglion',
    ],
    indications: [
      'Radicular pain from foraminal stenosis that matches the root on examination and imaging',
      'Symptoms persisting despite about 6-12 weeks of good non-surgical care, or a progressive deficit',
    ],
    recovery:
      'Home within 1-4 days, back to light activity in about 4-6 weeks; heavy manual work may take around 3 months.',
    recoveryWeeks: { min: 4, max: 6 },
    details:
      'NHS information gives about 4-6 weeks to usual mobility after lumbar decompression; full recovery for heavy work can take about 3 months.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['nice-ng59', 'tx-nhs-lumbar-decompression-recovery', 'tx-nass-lss-2011'],
    evidence: {
      level: 'option',
      note: 'NICE NG59 supports considering spinal decompression for sciatica when non-surgical treatment has not helped and imaging matches the symptoms.',
      sources: ['nice-ng59'],
    },
    related: [
      'procedure-microscopic-foraminotomy',
      'procedure-endoscopic-foraminotomy',
      'procedure-facetectomy',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-microscopic-foraminotomy',
    category: 'procedure',
    name: 'Microscopic foraminotomy',
    synonyms: [
      'microscopic foraminotomy',
      'microforaminotomy',
      'micro-foraminotomy',
      'microsurgical foraminotomy',
      'Microscopic Foraminotomy',
    ],
    summary:
      'A foraminotomy done through a small incision with an operating microscope for magnified, lit views, which limits muscle disturbance.',
    description:
      'The same decompression of the foramen as an open foraminotomy, performed through a smaller exposure or tube using an operating microscope.',
    benefits: [
      'Precise decompression of the exiting root',
      'Less muscle stripping and often a shorter stay',
    ],
    risks: [...GENERAL_RISKS, 'incomplete decompression of a far-lateral compression'],
    indications: [
      'Foraminal stenosis or foraminal disc herniation compressing the exiting root, with matching symptoms',
    ],
    recovery: 'Often home the same or next day; light activity within about 4-6 weeks.',
    recoveryWeeks: { min: 4, max: 6 },
    levels: 'all',
    seedDocs: ['001'],
    sources: ['tx-nhs-lumbar-decompression-recovery', 'tx-cochrane-mis-discectomy-2014'],
    evidence: {
      level: 'option',
      note: "Minimally invasive and microscopic approaches give results broadly similar to open surgery in comparative reviews; choice depends on the surgeon's experience.",
      sources: ['tx-cochrane-mis-discectomy-2014'],
    },
    related: ['procedure-foraminotomy'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-endoscopic-foraminotomy',
    category: 'procedure',
    name: 'Endoscopic foraminotomy',
    synonyms: [
      'endoscopic foraminotomy',
      'keyhole foraminotomy',
      'percutaneous endoscopic foraminotomy',
      'full-endoscopic foraminotomy',
      'transforaminal endoscopic decompression',
      'Endoscopic Foraminotomy',
    ],
    summary:
      'A keyhole foraminotomy in which a thin camera and instruments pass through a cut about a centimetre long to remove bone or disc narrowing the foramen. Some centres do it as a day case.',
    description:
      'Under image guidance an endoscope is passed to the foramen from the side or back, and spurs, ligament or disc compressing the exiting root are removed under camera view.',
    benefits: [
      'Very small incision and little muscle damage',
      'Quick mobilisation, often same-day discharge',
    ],
    risks: [
      ...GENERAL_RISKS,
      'irritation of the exiting root or dorsal root ganglion causing temporary burning pain',
      'incomplete decompression; learning curve for surgeons',
    ],
    indications: [
      'Foraminal or far-lateral stenosis or disc herniation compressing one exiting root',
    ],
    recovery:
      'Usually home the same or next day; light activity within a few weeks, heavier work by about 6 weeks.',
    recoveryWeeks: { min: 2, max: 6 },
    details: 'Some centres do it as a day case; others keep people in overnight.',
    levels: 'all',
    seedDocs: ['000', '001', '003'],
    sources: ['tx-cochrane-mis-discectomy-2014', 'tx-nhs-lumbar-decompression-recovery'],
    evidence: {
      level: 'limited',
      note: 'Comparative trials of endoscopic versus microscopic surgery are small; no clear advantage in long-term outcome has been shown.',
      sources: ['tx-cochrane-mis-discectomy-2014'],
    },
    related: ['procedure-foraminotomy', 'procedure-endoscopic-decompression'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-endoscopic-decompression',
    category: 'procedure',
    name: 'Minimally invasive endoscopic decompression',
    synonyms: [
      'endoscopic decompression',
      'minimally invasive endoscopic decompression',
      'endoscopic spine surgery',
      'full-endoscopic decompression',
      'MIS decompression',
      'Minimally Invasive Endoscopic Decompression',
    ],
    summary:
      'Keyhole spine surgery using an endoscope to remove whatever is compressing the nerve (bone, ligament or disc) through a small incision.',
    description:
      'An umbrella term for endoscopic foraminotomy, laminotomy or discectomy done through one or two small portals under camera view.',
    benefits: ['Small incision, less muscle damage', 'Short hospital stay and early walking'],
    risks: [...GENERAL_RISKS, 'incomplete decompression', 'conversion to open surgery'],
    indications: [
      'Focal compression of one or two roots with matching symptoms, after failed non-surgical care',
    ],
    recovery: 'Often home within a day; light activity within a few weeks.',
    recoveryWeeks: { min: 2, max: 6 },
    levels: 'all',
    seedDocs: ['004'],
    sources: ['tx-cochrane-mis-discectomy-2014', 'tx-cochrane-lss-surgical-options-2016'],
    evidence: {
      level: 'limited',
      note: 'Reviews have not shown better long-term results than standard microsurgical decompression.',
      sources: ['tx-cochrane-mis-discectomy-2014'],
    },
    related: ['procedure-endoscopic-foraminotomy', 'procedure-endoscopic-discectomy'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-mis-laminotomy',
    category: 'procedure',
    name: 'Minimally invasive laminotomy and microdecompression',
    synonyms: [
      'microdecompression',
      'tubular decompression',
      'tubular laminotomy',
      'MIS laminotomy',
      'unilateral laminotomy for bilateral decompression',
      'ULBD',
      'Minimally Invasive Laminotomy & Microdecompression',
    ],
    summary:
      'A laminotomy done through a narrow tube (tubular retractor) with a microscope, often from one side to decompress both sides. It aims for the same nerve relief with less muscle damage.',
    description:
      'A tube is docked on the lamina through a small incision; bone and ligament are removed under the microscope, and the opposite side can be reached by angling under the midline.',
    benefits: ['Less muscle damage and blood loss', 'Shorter hospital stay'],
    risks: [...GENERAL_RISKS, 'incomplete decompression'],
    indications: ['Lateral recess or central stenosis at one or two levels with matching symptoms'],
    recovery: 'Home within about 1-2 days; light activity within about 4-6 weeks.',
    recoveryWeeks: { min: 4, max: 6 },
    levels: 'all',
    seedDocs: ['000'],
    sources: ['tx-cochrane-lss-surgical-options-2016', 'tx-nhs-lumbar-decompression-recovery'],
    evidence: {
      level: 'option',
      note: 'The Cochrane review found no clear difference in main outcomes between decompression techniques for stenosis.',
      sources: ['tx-cochrane-lss-surgical-options-2016'],
    },
    related: ['procedure-laminotomy'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-microdiscectomy',
    category: 'procedure',
    name: 'Microdiscectomy',
    synonyms: [
      'microdiscectomy',
      'micro-discectomy',
      'micro discectomy',
      'lumbar microdiscectomy',
      'discectomy',
      'open discectomy',
      'slipped disc surgery',
      'herniated disc surgery',
    ],
    summary:
      'Removal of the piece of herniated disc pressing on a nerve root, through a small incision using a microscope. It usually relieves leg pain quickly when a disc herniation is the cause.',
    description:
      'A small window is made in the lamina or at the foramen, the nerve is gently moved aside and the loose disc fragment is removed; the rest of the disc is left.',
    benefits: [
      'Faster relief of sciatica-type leg pain than continued non-surgical care',
      'Small incision and quick mobilisation',
    ],
    risks: [...GENERAL_RISKS, 'recurrent disc herniation at the same level'],
    indications: [
      'Radicular pain from a disc herniation that matches the symptoms, persisting or disabling despite non-surgical care',
      'Progressive or severe weakness, or cauda equina syndrome (emergency)',
    ],
    recovery: 'Often home the same or next day; back to usual light activity in about 4-6 weeks.',
    recoveryWeeks: { min: 4, max: 6 },
    details:
      'It treats a herniated disc, not bony foraminal stenosis. Most people return to normal activity in 4-6 weeks (NHS guidance).',
    levels: 'all',
    seedDocs: ['000', '002', '003', '004'],
    sources: [
      'rx-nass-ldh-2014',
      'tx-peul-2007-sciatica-surgery',
      'tx-nhs-lumbar-decompression-recovery',
    ],
    evidence: {
      level: 'recommended',
      note: 'NASS suggests discectomy when symptoms warrant surgery; a randomised trial showed faster relief with early surgery than prolonged conservative care, with similar results at one year.',
      sources: ['rx-nass-ldh-2014', 'tx-peul-2007-sciatica-surgery'],
    },
    related: ['procedure-endoscopic-discectomy'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-endoscopic-discectomy',
    category: 'procedure',
    name: 'Endoscopic discectomy',
    synonyms: [
      'endoscopic discectomy',
      'percutaneous endoscopic lumbar discectomy',
      'PELD',
      'full-endoscopic discectomy',
      'transforaminal endoscopic discectomy',
      'tubular discectomy',
      'Endoscopic Discectomy',
    ],
    summary:
      'Removal of a herniated disc fragment through an endoscope inserted via a small portal, often through the foramen.',
    description:
      'Under local or general anaesthetic an endoscope and working channel are placed at the herniation, usually via the foramen, and the fragment is removed.',
    benefits: ['Very small incision, little muscle damage', 'Early discharge'],
    risks: [
      ...GENERAL_RISKS,
      'residual fragment or recurrent herniation',
      'exiting root irritation',
    ],
    indications: [
      'Contained or foraminal disc herniation with matching radicular pain after failed non-surgical care',
    ],
    recovery: 'Usually home the same day; light activity within 2-6 weeks.',
    recoveryWeeks: { min: 2, max: 6 },
    levels: 'all',
    seedDocs: ['002'],
    sources: ['tx-cochrane-mis-discectomy-2014'],
    evidence: {
      level: 'option',
      note: 'The Cochrane review found minimally invasive discectomy may give slightly less leg-pain relief and more reoperation than microdiscectomy, with shorter stay; differences are small.',
      sources: ['tx-cochrane-mis-discectomy-2014'],
    },
    related: ['procedure-microdiscectomy'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-facetectomy',
    category: 'procedure',
    name: 'Facetectomy (facet joint resection)',
    synonyms: [
      'facetectomy',
      'partial facetectomy',
      'medial facetectomy',
      'total facetectomy',
      'facet joint resection',
      'facet trimming',
      'Facet Joint Resection',
      'Facet Joint (Facetectomy)',
    ],
    summary:
      'Removal of part, or all, of an enlarged facet joint that is pressing on a nerve in the lateral recess or foramen. Trimming part of the joint usually keeps the spine stable; removing a whole joint usually needs a fusion.',
    description:
      'The inner (medial) part of the facet joint is undercut to free the lateral recess or foramen; in a total facetectomy the joint is removed completely, as in TLIF.',
    benefits: [
      'Relieves compression from facet overgrowth and cysts',
      'Partial resection keeps segment stability',
    ],
    risks: [...GENERAL_RISKS, 'instability after total or extensive facet removal'],
    indications: [
      'Lateral recess or foraminal stenosis caused mainly by facet hypertrophy or a facet cyst',
    ],
    recovery:
      'As for decompression: home in 1-4 days, light activity in about 4-6 weeks (longer if fused).',
    recoveryWeeks: { min: 4, max: 6 },
    details:
      'Whether it destabilises depends on how much is removed: partial medial facetectomy preserves stability; removing a whole facet joint destabilises the segment.',
    levels: 'all',
    seedDocs: ['000', '001', '004'],
    sources: ['tx-abumi-1990-facetectomy', 'tx-nhs-lumbar-decompression-recovery'],
    evidence: {
      level: 'option',
      note: 'Biomechanical testing shows medial partial facetectomy keeps the segment stable while total unilateral or bilateral facetectomy does not.',
      sources: ['tx-abumi-1990-facetectomy'],
    },
    related: ['procedure-foraminotomy', 'procedure-tlif'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'procedure'>[];

/** Fusion: joining vertebrae so the segment no longer moves. */
const FUSION = [
  {
    id: 'procedure-spinal-fusion',
    category: 'procedure',
    name: 'Lumbar spinal fusion',
    synonyms: [
      'spinal fusion',
      'lumbar fusion',
      'back fusion',
      'spondylodesis',
      'arthrodesis',
      'instrumented fusion',
      'pedicle screw fusion',
      'Spinal Fusion',
      'Spinal Fusion (TLIF/PLIF)',
    ],
    summary:
      'Joining two or more vertebrae with bone graft, usually held by screws and rods (and sometimes a cage in the disc space) until the bone heals solid. It is added to decompression when the segment is unstable or slipping, or a deformity needs correcting.',
    description:
      'After any decompression, bone graft is placed between or beside the vertebrae and fixed with pedicle screws and rods; the graft grows into a bony bridge over months.',
    benefits: [
      'Stabilises a slipping or unstable segment',
      'Allows wide decompression where stability would otherwise be lost',
      'Can restore disc height and indirectly open the foramen',
    ],
    risks: [
      ...GENERAL_RISKS,
      'failure of the bone to fuse (pseudarthrosis)',
      'screw misplacement or loosening',
      'faster wear of the levels next to the fusion (adjacent segment disease)',
      'longer operation and more blood loss than decompression alone',
    ],
    indications: [
      'Stenosis with instability or spondylolisthesis',
      'Deformity, or recurrence at a previously decompressed level',
      'When decompression must remove enough facet joint to destabilise the segment',
    ],
    recovery:
      'Home after about 2-4 days, desk work from about 4-6 weeks, more physical activity from about 3 months; the bone fuses over 3-6 months and keeps maturing for a year or more.',
    recoveryWeeks: { min: 12, max: 26 },
    details:
      'Fusion is not shown to prevent restenosis: in stenosis without instability adding fusion did not improve results in a large trial. Fusion for back pain alone is not recommended by NICE outside research.',
    levels: 'all',
    seedDocs: ['000', '003'],
    sources: [
      'tx-forsth-2016-fusion',
      'tx-ghogawala-2016-fusion',
      'tx-cochrane-lss-surgical-options-2016',
      'nice-ng59',
      'tx-spine-health-fusion-recovery',
    ],
    evidence: {
      level: 'option',
      note: 'Adding fusion to decompression gave no extra benefit in stenosis with or without mild slip in one trial and a modest benefit in degenerative spondylolisthesis in another; NICE NG59 says do not offer fusion for low back pain alone except in a trial.',
      sources: [
        'tx-forsth-2016-fusion',
        'tx-ghogawala-2016-fusion',
        'tx-cochrane-lss-surgical-options-2016',
        'nice-ng59',
      ],
    },
    related: ['procedure-tlif', 'procedure-plif', 'procedure-posterolateral-fusion'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-tlif',
    category: 'procedure',
    name: 'Transforaminal lumbar interbody fusion (TLIF)',
    synonyms: [
      'TLIF',
      'transforaminal lumbar interbody fusion',
      'transforaminal interbody fusion',
      'Transforaminal Lumbar Interbody Fusion (TLIF)',
    ],
    summary:
      'A fusion done from the back in which one facet joint is removed to reach the disc through the foramen, the disc is cleared, and a cage with bone graft is inserted, then fixed with screws and rods.',
    description:
      'Posterior approach with a unilateral facetectomy (which also decompresses that foramen); disc removal, interbody cage and graft, and pedicle-screw fixation.',
    benefits: [
      'Decompresses the foramen and stabilises the segment in one operation',
      'Restores disc height, which enlarges the foramen indirectly',
      'Less nerve retraction than PLIF',
    ],
    risks: [
      ...GENERAL_RISKS,
      'cage subsidence or migration',
      'non-union',
      'adjacent segment disease',
    ],
    indications: [
      'Foraminal stenosis with instability, spondylolisthesis or collapsed disc height',
      'Recurrent stenosis or herniation at the same level',
    ],
    recovery: 'Home after a few days; desk work from about 4-6 weeks; fusion over 3-6 months.',
    recoveryWeeks: { min: 12, max: 26 },
    details:
      'TLIF is a posterior operation that removes a facet joint; lateral access that keeps the posterior elements is lateral or oblique interbody fusion (LLIF/OLIF).',
    levels: 'all',
    seedDocs: ['000', '001', '002', '004'],
    sources: [
      'tx-cochrane-lss-surgical-options-2016',
      'tx-ghogawala-2016-fusion',
      'tx-spine-health-fusion-recovery',
    ],
    evidence: {
      level: 'option',
      note: 'A standard fusion technique; whether fusion is needed at all depends on instability (see procedure-spinal-fusion).',
      sources: ['tx-ghogawala-2016-fusion', 'tx-cochrane-lss-surgical-options-2016'],
    },
    related: ['procedure-spinal-fusion', 'procedure-mis-tlif', 'procedure-olif'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-plif',
    category: 'procedure',
    name: 'Posterior lumbar interbody fusion (PLIF)',
    synonyms: [
      'PLIF',
      'posterior lumbar interbody fusion',
      'posterior interbody fusion',
      'Posterior Lumbar Interbody Fusion (PLIF)',
    ],
    summary:
      'A fusion from the back: the surgeon clears the disc from both sides of the nerve sac, packs two cages with bone graft into the space, and holds the segment with screws and rods.',
    description:
      'Bilateral laminotomy or laminectomy, retraction of the nerve sac to each side to clear the disc, bilateral cages and pedicle screws.',
    benefits: [
      'Strong fusion with disc height restored',
      'Can correct a slip and decompress both sides',
    ],
    risks: [
      ...GENERAL_RISKS,
      'more nerve retraction than TLIF, with a higher risk of root irritation',
      'non-union',
      'adjacent segment disease',
    ],
    indications: [
      'Instability or spondylolisthesis with stenosis needing decompression on both sides',
    ],
    recovery: 'Home after a few days; desk work from about 4-6 weeks; fusion over 3-6 months.',
    recoveryWeeks: { min: 12, max: 26 },
    levels: 'all',
    seedDocs: ['000', '001', '002'],
    sources: ['tx-cochrane-lss-surgical-options-2016', 'tx-spine-health-fusion-recovery'],
    evidence: {
      level: 'option',
      note: 'No fusion technique has been shown clearly superior to another for stenosis; the question is whether fusion is needed.',
      sources: ['tx-cochrane-lss-surgical-options-2016'],
    },
    related: ['procedure-spinal-fusion', 'procedure-tlif'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-mis-tlif',
    category: 'procedure',
    name: 'Minimally invasive TLIF (MIS-TLIF)',
    synonyms: [
      'MIS-TLIF',
      'MIS TLIF',
      'minimally invasive TLIF',
      'minimally invasive transforaminal lumbar interbody fusion',
      'percutaneous TLIF',
      'Minimally Invasive TLIF',
      'Minimally Invasive Transforaminal Lumbar Interbody Fusion (MIS-TLIF)',
    ],
    summary:
      'A TLIF done through small incisions and tubes, with screws placed through the skin under X-ray guidance, to reduce muscle damage.',
    description:
      'Tubular access for the facetectomy, disc clearance and cage, and percutaneous pedicle screws and rods.',
    benefits: [
      'Less blood loss and muscle damage',
      'Often shorter stay and earlier walking than open TLIF',
    ],
    risks: [...GENERAL_RISKS, 'more X-ray exposure', 'screw malposition', 'non-union'],
    indications: ['As for TLIF: foraminal stenosis with instability or spondylolisthesis'],
    recovery: 'Home after 1-3 days; desk work from about 4-6 weeks; fusion over 3-6 months.',
    recoveryWeeks: { min: 12, max: 26 },
    levels: 'all',
    seedDocs: ['001', '003'],
    sources: ['tx-spine-health-fusion-recovery', 'tx-cochrane-lss-surgical-options-2016'],
    evidence: {
      level: 'option',
      note: 'Shorter stay and less blood loss are reported; long-term outcomes are similar to open TLIF.',
      sources: ['tx-cochrane-lss-surgical-options-2016'],
    },
    related: ['procedure-tlif'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-olif',
    category: 'procedure',
    name: 'Oblique lateral interbody fusion (OLIF)',
    synonyms: [
      'OLIF',
      'oblique lateral interbody fusion',
      'oblique lumbar interbody fusion',
      'anterior-to-psoas fusion',
      'ATP approach',
      'lateral interbody fusion',
      'Oblique Lateral Interbody Fusion (OLIF)',
    ],
    summary:
      'A fusion done from the side of the abdomen, passing in front of the psoas muscle to the disc, which is replaced with a large cage. Restoring disc height lifts the foramen open without touching the nerves from behind.',
    description:
      'Through a flank incision the disc is removed and a tall cage inserted; screws may be added from the back. The nerves are decompressed indirectly by the height gained.',
    benefits: [
      'Indirect foraminal decompression by restoring disc height',
      'Keeps the posterior muscles, lamina and facet joints',
    ],
    risks: [
      ...GENERAL_RISKS,
      'injury to major blood vessels, ureter or sympathetic chain',
      'thigh numbness or hip-flexor weakness from psoas or lumbar plexus irritation',
      'cage subsidence in soft bone',
    ],
    indications: [
      'Foraminal stenosis from disc height loss, especially with mild slip or deformity, when the bony compression is not fixed',
    ],
    recovery: 'Home after a few days; desk work from about 4-6 weeks; fusion over 3-6 months.',
    recoveryWeeks: { min: 12, max: 26 },
    details: 'Indirect decompression does not remove fixed bony spurs or a sequestered fragment.',
    levels: 'all',
    seedDocs: ['000'],
    sources: ['tx-spine-health-fusion-recovery', 'tx-cochrane-lss-surgical-options-2016'],
    evidence: {
      level: 'limited',
      note: 'Mostly cohort studies; few randomised comparisons with posterior fusion.',
      sources: ['tx-cochrane-lss-surgical-options-2016'],
    },
    related: ['procedure-tlif', 'procedure-spinal-fusion'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-posterolateral-fusion',
    category: 'procedure',
    name: 'Posterolateral fusion',
    synonyms: [
      'posterolateral fusion',
      'posterolateral lumbar fusion',
      'PLF',
      'intertransverse fusion',
      'gutter fusion',
      'Posterolateral Fusion',
    ],
    summary:
      'A fusion in which bone graft is laid along the sides of the spine between the transverse processes, outside the disc space, usually with screws and rods.',
    description:
      'After decompression, the transverse processes and facet joints are roughened and covered with graft; pedicle screws hold the segment while it fuses.',
    benefits: ['Stabilises the segment without entering the disc space'],
    risks: [...GENERAL_RISKS, 'non-union', 'adjacent segment disease'],
    indications: ['Instability or spondylolisthesis at the decompressed level'],
    recovery: 'Home after a few days; desk work from about 4-6 weeks; fusion over 3-6 months.',
    recoveryWeeks: { min: 12, max: 26 },
    levels: 'all',
    seedDocs: ['004'],
    sources: ['tx-ghogawala-2016-fusion', 'tx-spine-health-fusion-recovery'],
    evidence: {
      level: 'option',
      note: 'The technique used in the spondylolisthesis trial that showed a modest benefit from adding fusion to laminectomy.',
      sources: ['tx-ghogawala-2016-fusion'],
    },
    related: ['procedure-spinal-fusion'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-facet-fusion',
    category: 'procedure',
    name: 'Facet joint fusion',
    synonyms: [
      'facet fusion',
      'facet joint fusion',
      'facet arthrodesis',
      'transfacet screw fusion',
      'Facet Joint Fusion',
    ],
    summary:
      'Fusing the small facet joints at the back of the spine with screws and bone graft. It aims to stop painful facet movement; evidence is limited and it does not decompress a nerve by itself.',
    description:
      'The facet joint cartilage is removed, graft placed, and the joint fixed with screws across it or with pedicle screws.',
    benefits: ['May reduce pain coming from the facet joints'],
    risks: [...GENERAL_RISKS, 'non-union', 'adjacent segment disease'],
    indications: ['Selected facet-joint pain or instability, usually together with other fusion'],
    recovery: 'Desk work from about 4-6 weeks; fusion over 3-6 months.',
    recoveryWeeks: { min: 12, max: 26 },
    levels: 'all',
    seedDocs: ['003'],
    sources: ['nice-ng59', 'tx-spine-health-fusion-recovery'],
    evidence: {
      level: 'limited',
      note: 'Little comparative evidence; NICE NG59 advises against fusion for low back pain alone outside a trial.',
      sources: ['nice-ng59'],
    },
    related: ['procedure-spinal-fusion'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'procedure'>[];

/** Motion-preserving devices, deformity correction and percutaneous disc procedures. */
const OTHER = [
  {
    id: 'procedure-interspinous-spacer',
    category: 'procedure',
    name: 'Interspinous process spacer (interspinous process decompression)',
    synonyms: [
      'interspinous spacer',
      'interspinous process spacer',
      'interspinous process decompression',
      'IPD',
      'interspinous distraction',
      'interspinous device',
      'X-Stop',
      'X-STOP',
      'Superion',
      'Interspinous Process Decompression (e.g. X-Stop)',
      'Interspinous Process Spacer Insertion',
      'Interspinous Process Decompression (IPD)',
    ],
    summary:
      'A small implant wedged between two spinous processes (the bumps down the middle of the back) to stop the segment bending backwards, which keeps the canal and foramina from narrowing when standing. It suits people whose leg symptoms ease when they bend forward.',
    description:
      'Usually through a small midline incision, often under local anaesthetic with sedation, the device is placed between the spinous processes at one or two levels, holding the segment in slight flexion.',
    benefits: [
      'Less invasive than laminectomy',
      'Keeps motion and can be done under local anaesthesia',
    ],
    risks: [
      ...GENERAL_RISKS,
      'spinous process fracture',
      'device dislodgement',
      'symptoms returning, with a much higher reoperation rate than decompression',
    ],
    indications: [
      'Neurogenic claudication from mild to moderate stenosis relieved by bending forward, after at least 6 months of non-surgical care (X-Stop labelling: age 50 or older)',
      'Not for cauda equina syndrome, instability, significant slip or severe osteoporosis',
    ],
    recovery: 'Often home the same or next day; light activity within about 2-6 weeks.',
    recoveryWeeks: { min: 2, max: 6 },
    details:
      'NICE describes it as a day procedure under local anaesthesia, though general anaesthesia is also used.',
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: [
      'tx-cochrane-lss-surgical-options-2016',
      'tx-nice-ipg365-interspinous',
      'tx-xstop-label',
    ],
    evidence: {
      level: 'limited',
      note: 'The Cochrane review found spacers no better than decompression for most outcomes but with far more reoperations (about 28% versus 7%).',
      sources: ['tx-cochrane-lss-surgical-options-2016', 'tx-nice-ipg365-interspinous'],
    },
    related: ['procedure-laminectomy'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-facet-arthroplasty',
    category: 'procedure',
    name: 'Facet joint arthroplasty (artificial facet)',
    synonyms: [
      'facet arthroplasty',
      'facet replacement',
      'artificial facet',
      'artificial facet joint',
      'total facet arthroplasty',
      'TOPS',
      'Total Posterior Spine System',
      'Facet Joint Arthroplasty (Artificial Facet)',
    ],
    summary:
      'After a wide decompression, the removed facet joints are replaced with a mechanical joint fixed with pedicle screws, to keep movement instead of fusing. It is new, with only short-term results from one device.',
    description:
      'Decompression including removal of the facet joints, then implantation of an articulating posterior device anchored by pedicle screws at one level.',
    benefits: [
      'Keeps motion at the treated level (intended to protect neighbouring levels)',
      'Avoids bone graft and waiting for fusion',
    ],
    risks: [...GENERAL_RISKS, 'screw loosening or device failure', 'unknown long-term durability'],
    indications: [
      'Lumbar stenosis with grade 1 degenerative spondylolisthesis at a single level, in selected centres',
    ],
    recovery: 'Hospital stay about 3 days in the device study; light activity in about 4-6 weeks.',
    recoveryWeeks: { min: 4, max: 6 },
    details:
      'Restored foramen height and long-term stability have not been shown beyond early follow-up.',
    levels: 'all',
    seedDocs: ['001'],
    sources: ['tx-pinter-2023-tops'],
    evidence: {
      level: 'experimental',
      note: 'One device study with 1-year results; long-term data and independent trials are lacking.',
      sources: ['tx-pinter-2023-tops'],
    },
    related: ['procedure-spinal-fusion', 'procedure-dynamic-stabilisation'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-disc-replacement',
    category: 'procedure',
    name: 'Total disc replacement (disc arthroplasty)',
    synonyms: [
      'disc replacement',
      'total disc replacement',
      'TDR',
      'total disc arthroplasty',
      'disc arthroplasty',
      'artificial disc',
      'artificial disc replacement',
      'ADR',
      'lumbar disc replacement',
      'Total Disc Arthroplasty',
      'Disc Replacement',
    ],
    summary:
      'The worn disc is removed from the front and replaced with a moving artificial disc. It was developed for back pain from a degenerate disc, not for nerve compression from foraminal stenosis, which is a reason not to use it.',
    description:
      'Through an abdominal approach the disc is removed and a metal-and-plastic prosthesis fitted between the vertebrae.',
    benefits: ['Keeps movement at the level, in selected back-pain patients'],
    risks: [
      ...GENERAL_RISKS,
      'injury to major blood vessels or bowel',
      'retrograde ejaculation in men',
      'implant migration or wear',
      'difficult revision surgery',
    ],
    indications: [
      'Selected single-level disc degeneration causing back pain, without stenosis or facet arthritis',
    ],
    recovery: 'Home after a few days; light activity in about 4-6 weeks.',
    recoveryWeeks: { min: 4, max: 6 },
    details:
      'Disc replacement is not a treatment for foraminal narrowing, and a reduction in adjacent-segment degeneration is not established. Device labelling lists spinal stenosis, facet degeneration and isolated nerve-root compression among contraindications.',
    levels: 'all',
    seedDocs: ['002', '003'],
    sources: ['nice-ng59', 'tx-cochrane-disc-replacement-2012', 'tx-charite-ssed-2004'],
    evidence: {
      level: 'not-recommended',
      note: 'NICE NG59 says do not offer disc replacement for low back pain; the Cochrane review found only small, short-term advantages over fusion. Foraminal stenosis is a contraindication.',
      sources: ['nice-ng59', 'tx-cochrane-disc-replacement-2012', 'tx-charite-ssed-2004'],
    },
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-dynamic-stabilisation',
    category: 'procedure',
    name: 'Dynamic stabilisation (non-rigid fixation)',
    synonyms: [
      'dynamic stabilization',
      'dynamic stabilisation',
      'non-rigid stabilisation',
      'non-rigid stabilization',
      'flexible stabilisation',
      'flexible rods',
      'Dynesys',
      'soft stabilisation',
      'Dynamic Stabilization System',
    ],
    summary:
      'Pedicle screws joined by flexible rods or cords instead of rigid rods, meant to limit painful movement without a fusion. Evidence of benefit is limited.',
    description:
      'After decompression, pedicle screws are linked with flexible connectors that allow some motion.',
    benefits: ['Limits excessive motion while keeping some movement'],
    risks: [...GENERAL_RISKS, 'screw loosening', 'device breakage', 'reoperation'],
    indications: ['Selected cases in specialist centres, usually within audit or research'],
    recovery: 'Home after a few days; light activity in about 4-6 weeks.',
    recoveryWeeks: { min: 4, max: 6 },
    levels: 'all',
    seedDocs: ['002'],
    sources: ['tx-nice-ipg366-non-rigid', 'tx-cochrane-lss-surgical-options-2016'],
    evidence: {
      level: 'limited',
      note: 'NICE reviewed non-rigid stabilisation (IPG366) and found the evidence of benefit limited; it is not standard care.',
      sources: ['tx-nice-ipg366-non-rigid'],
    },
    related: ['procedure-spinal-fusion'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-osteotomy',
    category: 'procedure',
    name: 'Vertebral osteotomy (deformity correction)',
    synonyms: [
      'osteotomy',
      'vertebral osteotomy',
      'spinal osteotomy',
      'vertebral body osteotomy',
      'pedicle subtraction osteotomy',
      'PSO',
      'Smith-Petersen osteotomy',
      'SPO',
      'Vertebral Body Osteotomy',
    ],
    summary:
      'Cutting and realigning vertebrae to correct a fixed spinal deformity such as a flat back or severe sideways curve, always combined with fusion. It is major surgery and not a treatment for foraminal stenosis alone.',
    description:
      'Wedges of bone are removed from the posterior elements or vertebral body so the spine can be bent back into balance, then held with screws and rods.',
    benefits: [
      'Restores overall spinal balance in fixed deformity',
      'Can indirectly reopen foramina narrowed by the deformity',
    ],
    risks: [
      ...GENERAL_RISKS,
      'major blood loss',
      'paralysis risk higher than in routine spine surgery',
      'non-union and rod breakage',
    ],
    indications: [
      'Fixed sagittal or coronal deformity causing disability, in a specialist deformity centre',
    ],
    recovery: 'Several days in hospital; recovery over 6-12 months.',
    recoveryWeeks: { min: 26, max: 52 },
    details: 'It is relevant to foraminal narrowing only when a deformity is the cause.',
    levels: 'all',
    seedDocs: ['003'],
    sources: ['tx-bridwell-2006-osteotomy'],
    evidence: {
      level: 'limited',
      note: 'Reserved for fixed deformity; evidence comes from surgical series rather than trials.',
      sources: ['tx-bridwell-2006-osteotomy'],
    },
    related: ['procedure-spinal-fusion'],
    reviewed: REVIEWED,
  },
  {
    id: 'procedure-pldd',
    category: 'procedure',
    name: 'Percutaneous laser disc decompression (PLDD)',
    synonyms: [
      'PLDD',
      'percutaneous laser disc decompression',
      'laser disc decompression',
      'percutaneous intradiscal laser ablation',
      'laser discectomy',
      'laser disc ablation',
      'Percutaneous Laser Disc Decompression',
    ],
    summary:
      'A needle is passed into the centre of a bulging disc and laser energy vaporises a little of it, aiming to shrink the bulge. It can only work for a contained disc bulge; it does nothing for bony or ligament narrowing of the foramen.',
    description:
      'Under local anaesthetic and X-ray guidance a fibre-optic laser is inserted through a needle into the nucleus pulposus and fired to reduce its volume.',
    benefits: ['Needle procedure under local anaesthetic, same-day discharge'],
    risks: [
      'infection of the disc (discitis)',
      'heat injury to the nerve root or endplate',
      'no relief, needing open surgery',
    ],
    indications: [
      'Severe leg pain from a contained (intact) disc bulge, without a deficit needing surgical decompression, after failed non-surgical care',
    ],
    recovery: 'Home the same day; light activity within days to a few weeks.',
    recoveryWeeks: { min: 1, max: 4 },
    details:
      'The laser can only shrink soft disc material; it does not enlarge the foramen and has no role in bony foraminal stenosis.',
    levels: 'all',
    seedDocs: ['004'],
    sources: ['tx-nice-ipg357-laser-disc'],
    evidence: {
      level: 'experimental',
      note: 'NICE (IPG357) accepts it only for a contained disc bulge without a deficit needing surgery; for foraminal narrowing it is unproven and not part of standard care.',
      sources: ['tx-nice-ipg357-laser-disc'],
    },
    related: ['procedure-microdiscectomy', 'therapy-low-level-laser'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'procedure'>[];

/** Surgical procedures. */
export const PROCEDURES = [
  ...DECOMPRESSION,
  ...FUSION,
  ...OTHER,
] satisfies EntryInputOf<'procedure'>[];
