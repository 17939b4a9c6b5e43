import type { EntryInputOf } from '../schema.js';

const REVIEWED = '2026-11-21';

/**
 * Grading and classification systems the articles and lumbar MRI reports use. Criteria are the
 * published ones (the articles' versions are recorded as corrections); `gradingSystem` names the
 * calculator in src/grading where one exists.
 */
export const CLASSIFICATIONS = [
  {
    id: 'classification-lee-foraminal',
    category: 'classification',
    gradingSystem: 'lee',
    name: 'Lee grading of lumbar foraminal stenosis (Lee 2010)',
    synonyms: [
      'Lee grading system',
      'Lee grade',
      'Lee classification',
      'Lee foraminal grading',
      'Lee et al 2010',
      'perineural fat obliteration grading',
      'foraminal stenosis grade 0-3',
      'Lee grading of foraminal stenosis',
    ],
    summary:
      'A four-step MRI grade for the foramen, read on sagittal images by looking at the fat around the exiting root. Grade 1 needs ' +
      'fat loss in two opposite directions, grade 2 fat loss all round without change in the root, and grade 3 a flattened or ' +
      'deformed root.',
    details:
      'Lee 2010 studied 576 foramina (L3–L4 to L5–S1) with two readers; agreement was nearly perfect (kappa 0.905–1.0 between ' +
      'readers). Later studies found lower agreement among general radiologists and at L5–S1. Patterns Lee does not define (one ' +
      'direction, or two adjacent directions such as top and back) are returned by the calculator as grade 0 with a note that ' +
      'the pattern is not classifiable; that mapping is a Foramen design choice, not part of the paper. Restating the grades as ' +
      'one direction / two or more directions is a common error that shifts cases up a grade.',
    grades: [
      { grade: '0', label: 'none', criteria: 'No foraminal stenosis.' },
      {
        grade: '1',
        label: 'mild',
        criteria:
          'Perineural fat lost in two opposing directions: vertical (above and below) or transverse (front and back), root shape normal.',
      },
      {
        grade: '2',
        label: 'moderate',
        criteria:
          'Perineural fat lost in all four directions (vertical and transverse) with no change in root shape.',
      },
      {
        grade: '3',
        label: 'severe',
        criteria: 'The nerve root is collapsed or has changed shape.',
      },
    ],
    levels: 'all',
    seedDocs: ['000'],
    sources: ['lee-2010', 'park-2012', 'jkns-2017', 'seo-2023'],
    related: [
      'correction-lee-grade-definitions',
      'classification-sartoretti-foraminal',
      'classification-wildermuth',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-wildermuth',
    category: 'classification',
    gradingSystem: 'wildermuth',
    name: 'Wildermuth grading of foraminal stenosis (1998)',
    synonyms: [
      'Wildermuth grading system',
      'Wildermuth grade',
      'Wildermuth classification',
      'epidural fat grading',
      'foraminal fat grading',
    ],
    summary:
      'An older four-step grade based on the fat around the root in the foramen: normal, fat deformed but still surrounding the ' +
      'root, fat only partly surrounding it, or fat gone. Unlike Lee, it records slight narrowing before any fat is lost.',
    details:
      'Grade 0 in the original also requires a normal foramen shape (oval or inverted pear) and normal fat, which ' +
      'short summaries often leave out. In Park 2012 Wildermuth grades tracked Lee grades closely (r about 0.88) and correlated somewhat better with ' +
      'examination findings in people aged 50 or over.',
    grades: [
      {
        grade: '0',
        label: 'normal',
        criteria: 'Normal foramen and foraminal fat (oval or inverted-pear shape).',
      },
      {
        grade: '1',
        label: 'slight',
        criteria: 'Fat is deformed but still surrounds the root completely.',
      },
      { grade: '2', label: 'marked', criteria: 'Fat surrounds the root only in part.' },
      { grade: '3', label: 'advanced', criteria: 'Fat around the root is obliterated.' },
    ],
    levels: 'all',
    seedDocs: ['000'],
    sources: ['wildermuth-1998', 'park-2012'],
    related: ['correction-wildermuth-grade-0', 'classification-lee-foraminal'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-percent-bands',
    category: 'classification',
    gradingSystem: 'percent',
    name: 'Percentage narrowing bands (not a validated foraminal scale)',
    synonyms: [
      'percentage narrowing',
      'percent stenosis',
      '% narrowing',
      'mild moderate severe by percentage',
      'reduction percent',
      'less than 25% narrowing',
      '25-50% narrowing',
      'more than 50% narrowing',
      'canal thirds',
      'thirds grading',
    ],
    summary:
      'Reports sometimes give narrowing as a percentage. Foramen’s percent calculator uses the bands in its contract: ' +
      'below 25% mild, 25–50% moderate, above 50% severe. No percentage scale has been validated for the foramen, so ' +
      'the result is labelled as such, and the canal-compromise thirds (up to one third mild, up to two thirds moderate, beyond ' +
      'severe) are reported beside it.',
    details:
      'These bands have no published source and do not say whether height or width is meant; ' +
      'the calculator settles the edges (25% and 50% count as moderate). The thirds are Lurie’s central-canal scheme ' +
      'endorsed alongside Nomenclature 2.0; applying them to the foramen is also an approximation. If areas are measured, ' +
      'reduction = (1 − measured ÷ normal) × 100. Lee grading remains the primary foraminal scale.',
    grades: [
      { grade: 'none', label: 'none', criteria: 'No reduction (exactly 0%).' },
      {
        grade: 'mild',
        label: 'mild',
        criteria: 'Reduction above 0% and below 25% (thirds: up to 33.3%).',
      },
      {
        grade: 'moderate',
        label: 'moderate',
        criteria:
          'Reduction from 25% to 50%, both edges included (thirds: above 33.3% up to 66.7%).',
      },
      { grade: 'severe', label: 'severe', criteria: 'Reduction above 50% (thirds: above 66.7%).' },
    ],
    levels: 'all',
    seedDocs: ['003'],
    sources: ['grading-foramen-percent-bands', 'radiopaedia-lss-grading', 'fardon-2014'],
    evidence: {
      level: 'limited',
      note: 'Neither the percentage bands nor the canal thirds are validated for the foramen; treat the band as an approximation.',
      sources: ['radiopaedia-lss-grading'],
    },
    related: ['correction-percent-bands', 'classification-lee-foraminal'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-hasegawa',
    category: 'classification',
    gradingSystem: 'hasegawa',
    name: 'Hasegawa critical foraminal dimensions (1995)',
    synonyms: [
      'Hasegawa criteria',
      'critical foraminal height',
      'foraminal height 15 mm',
      'posterior disc height 4 mm',
      'critical disc height',
      'foraminal stenotic ratio',
    ],
    summary:
      'Measurements from a cadaver study: a foraminal height of 15 mm or less, or a posterior disc height of 4 mm or less, made ' +
      'root compression likely. They mark anatomical risk, not a diagnosis; a compressed root does not always cause sciatica.',
    details:
      '100 foramina from 18 spines (L2–S1): roots were compressed in 8 of 10 foramina with posterior disc height ≤ 4 mm and in 4 of ' +
      '5 with foraminal height ≤ 15 mm. The normal dimensions often quoted alongside these figures were not verified and are not ' +
      'encoded. A related research measure, the foraminal stenotic ratio on 3D MRI, has no validated cut-off.',
    grades: [
      {
        grade: 'not-critical',
        label: 'below the critical thresholds',
        criteria: 'Foraminal height above 15 mm and posterior disc height above 4 mm.',
      },
      {
        grade: 'critical',
        label: 'critical',
        criteria: 'Foraminal height ≤ 15 mm or posterior disc height ≤ 4 mm.',
      },
    ],
    levels: ['L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'],
    seedDocs: [],
    sources: ['hasegawa-1995', 'hasib-2021'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-sartoretti-foraminal',
    category: 'classification',
    name: 'Updated Lee grading for high-resolution MRI (Sartoretti 2021)',
    synonyms: [
      'Sartoretti grading',
      'updated Lee grading',
      '6-point foraminal grading',
      'modified Lee classification',
    ],
    summary:
      'A six-step refinement of Lee for thin-slice 3D MRI that counts on how many sides the root touches its surroundings. About ' +
      'a third of foramina in the study fell into steps that the original Lee grades cannot express.',
    grades: [
      { grade: 'A', label: 'no stenosis', criteria: 'No foraminal stenosis.' },
      {
        grade: 'B',
        label: 'contact on one side',
        criteria:
          'Root touches surrounding structures on one side, shape unchanged (suffix 1 top, 2 back, 3 bottom, 4 front).',
      },
      {
        grade: 'C',
        label: 'contact on two sides',
        criteria: 'Root touches on two sides, shape unchanged.',
      },
      {
        grade: 'D',
        label: 'contact on three sides',
        criteria: 'Root touches on three sides, shape unchanged.',
      },
      {
        grade: 'E',
        label: 'contact on four sides',
        criteria: 'Root touches on all four sides, shape unchanged.',
      },
      { grade: 'F', label: 'root deformed', criteria: 'Root shape is changed.' },
    ],
    levels: 'all',
    seedDocs: [],
    sources: ['sartoretti-2021'],
    related: ['classification-lee-foraminal'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-rsna-3-class',
    category: 'classification',
    name: 'RSNA three-class severity scheme (Normal/Mild, Moderate, Severe)',
    synonyms: [
      'RSNA grading',
      'RSNA 2024 challenge labels',
      'RSNA lumbar spine degenerative classification',
      'normal/mild moderate severe',
      'three-class severity',
    ],
    summary:
      'The labels used by the RSNA 2024 lumbar spine AI challenge for foraminal narrowing, subarticular stenosis and canal ' +
      'stenosis at each level from L1–L2 to L5–S1: Normal/Mild, Moderate or Severe.',
    details:
      'The annotators’ written definitions for each class were not available, so Foramen maps Lee grades onto these labels only ' +
      'as a heuristic: Lee 0–1 → Normal/Mild, Lee 2 → Moderate, Lee 3 → Severe. The challenge scored severe cases four times as ' +
      'heavily as normal/mild ones.',
    grades: [
      {
        grade: 'normal-mild',
        label: 'Normal/Mild',
        criteria: 'No or mild narrowing (heuristically Lee 0–1).',
      },
      {
        grade: 'moderate',
        label: 'Moderate',
        criteria: 'Moderate narrowing (heuristically Lee 2).',
      },
      { grade: 'severe', label: 'Severe', criteria: 'Severe narrowing (heuristically Lee 3).' },
    ],
    levels: ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'],
    seedDocs: [],
    sources: ['rsna-2024-lsdc'],
    evidence: {
      level: 'limited',
      note: 'The Lee-to-RSNA mapping is a Foramen heuristic; the official per-class definitions were not verified.',
      sources: ['rsna-2024-lsdc'],
    },
    reviewed: REVIEWED,
  },
  {
    id: 'classification-pfirrmann',
    category: 'classification',
    gradingSystem: 'pfirrmann',
    name: 'Pfirrmann grading of disc degeneration',
    synonyms: [
      'Pfirrmann grade',
      'Pfirrmann classification',
      'disc degeneration grade',
      'disc desiccation grade',
      'Pfirrmann I-V',
    ],
    summary:
      'A five-step MRI grade of how worn a disc is, from a bright, well-hydrated disc of normal height (I) to a dark, collapsed ' +
      'disc (V), judged on T2-weighted images.',
    grades: [
      {
        grade: 'I',
        label: 'normal',
        criteria: 'Uniform bright nucleus, clear nucleus–annulus boundary, normal height.',
      },
      {
        grade: 'II',
        label: 'mildly inhomogeneous',
        criteria: 'As I but the nucleus is uneven, with or without horizontal bands.',
      },
      {
        grade: 'III',
        label: 'intermediate',
        criteria: 'Uneven grey nucleus, blurred boundary, normal or slightly reduced height.',
      },
      {
        grade: 'IV',
        label: 'advanced',
        criteria:
          'Uneven grey-to-black nucleus, boundary lost, normal to moderately reduced height.',
      },
      { grade: 'V', label: 'collapsed', criteria: 'Black nucleus and collapsed disc space.' },
    ],
    levels: 'all',
    seedDocs: [],
    sources: ['pfirrmann-2001', 'chiro-2020'],
    related: ['cause-disc-degeneration'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-meyerding',
    category: 'classification',
    gradingSystem: 'meyerding',
    name: 'Meyerding grading of spondylolisthesis',
    synonyms: [
      'Meyerding grade',
      'Meyerding classification',
      'slip grade',
      'spondylolisthesis grade',
      'grade 1 spondylolisthesis',
      'anterolisthesis grade',
      'spondyloptosis',
    ],
    summary:
      'Grades a forward slip of one vertebra on the one below by how far it has moved, as a share of the lower vertebra’s width: ' +
      'I up to 25%, II to 50%, III to 75%, IV to 100%, and V beyond (spondyloptosis).',
    grades: [
      { grade: 'I', label: 'grade I', criteria: 'Slip ≤ 25%.' },
      { grade: 'II', label: 'grade II', criteria: 'Slip > 25% to 50%.' },
      { grade: 'III', label: 'grade III', criteria: 'Slip > 50% to 75%.' },
      { grade: 'IV', label: 'grade IV', criteria: 'Slip > 75% to 100%.' },
      {
        grade: 'V',
        label: 'spondyloptosis',
        criteria:
          'Slip > 100% (the vertebra has fallen off the one below); the usual extension of the scale.',
      },
    ],
    levels: 'all',
    seedDocs: [],
    sources: ['meyerding-1932', 'chiro-2020'],
    related: ['cause-spondylolisthesis'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-schizas',
    category: 'classification',
    gradingSystem: 'schizas',
    name: 'Schizas grading of central canal stenosis',
    synonyms: [
      'Schizas grade',
      'Schizas classification',
      'dural sac morphology grading',
      'Schizas A B C D',
    ],
    summary:
      'A seven-step grade of central canal narrowing on axial T2 MRI based on how the nerve rootlets and fluid look inside the ' +
      'dural sac: A grades show little or no stenosis, B moderate, C severe and D extreme.',
    details:
      'Reliability: intra-observer kappa 0.65, inter-observer 0.44. Surgical patients more often had C and D.',
    grades: [
      {
        grade: 'A1',
        label: 'no or minor stenosis',
        criteria: 'Rootlets lie at the back and fill less than half of the sac.',
      },
      {
        grade: 'A2',
        label: 'no or minor stenosis',
        criteria: 'Rootlets lie at the back in a horseshoe against the dura.',
      },
      {
        grade: 'A3',
        label: 'no or minor stenosis',
        criteria: 'Rootlets lie at the back and fill more than half of the sac.',
      },
      {
        grade: 'A4',
        label: 'no or minor stenosis',
        criteria: 'Rootlets lie centrally and fill most of the sac.',
      },
      {
        grade: 'B',
        label: 'moderate',
        criteria: 'Rootlets fill the whole sac but can still be told apart; some fluid remains.',
      },
      {
        grade: 'C',
        label: 'severe',
        criteria: 'No rootlets recognisable and no fluid; fat behind the sac still present.',
      },
      { grade: 'D', label: 'extreme', criteria: 'As C, and the fat behind the sac is gone too.' },
    ],
    levels: 'all',
    seedDocs: [],
    sources: ['schizas-2010', 'radiopaedia-lss-grading'],
    related: ['condition-central-canal-stenosis'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-lee-central-canal',
    category: 'classification',
    name: 'Lee grading of central canal stenosis (2011)',
    synonyms: [
      'Lee central canal grade',
      'Lee central stenosis grading',
      'cauda equina separation grading',
      'central canal stenosis grade 0-3',
    ],
    summary:
      'A four-step axial MRI grade of central canal narrowing based on whether the roots of the cauda equina can still be told ' +
      'apart: all separate (mild), some bunched (moderate) or one bundle (severe).',
    grades: [
      {
        grade: '0',
        label: 'none',
        criteria: 'The fluid space in front of the cauda equina is not obliterated.',
      },
      {
        grade: '1',
        label: 'mild',
        criteria: 'Some obliteration; all cauda equina roots can be separated.',
      },
      { grade: '2', label: 'moderate', criteria: 'Some roots are aggregated.' },
      {
        grade: '3',
        label: 'severe',
        criteria: 'No roots can be separated; the cauda equina is one bundle.',
      },
    ],
    levels: 'all',
    seedDocs: [],
    sources: ['lee-gy-2011', 'seo-2023'],
    related: ['condition-central-canal-stenosis'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-bartynski-lateral-recess',
    category: 'classification',
    name: 'Bartynski grading of lateral recess stenosis (2003)',
    synonyms: [
      'Bartynski grade',
      'lateral recess grading',
      'subarticular stenosis grade',
      'Bartynski and Lin classification',
    ],
    summary:
      'Grades the gutter at the side of the canal: narrowed without touching the root (1), root flattened or pushed aside (2), or ' +
      'recess closed with the root trapped (3).',
    details:
      'In the same study MRI underestimated surgically proven compression in about 28–29% of lateral recesses.',
    grades: [
      { grade: '1', label: 'mild', criteria: 'Recess narrowed; root not affected.' },
      {
        grade: '2',
        label: 'moderate',
        criteria: 'Root flattened or displaced; recess not obliterated.',
      },
      { grade: '3', label: 'severe', criteria: 'Recess obliterated; root trapped.' },
    ],
    levels: 'all',
    seedDocs: [],
    sources: ['bartynski-2003'],
    related: ['condition-lateral-recess-stenosis'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-weishaupt-facet',
    category: 'classification',
    name: 'Weishaupt grading of facet joint osteoarthritis',
    synonyms: [
      'Weishaupt grade',
      'facet arthropathy grade',
      'facet joint degeneration grade',
      'Fujiwara facet grading',
      'Pathria grading',
    ],
    summary:
      'Grades facet joint wear on CT or MRI from a normal joint space of 2–4 mm (0) to marked narrowing with large spurs, erosions ' +
      'or cysts (3). Facet enlargement is a main cause of narrowing from the back of the foramen.',
    details:
      'Fujiwara’s MRI adaptation of Pathria’s CT grades uses four steps (normal, mild, moderate, severe) and matched CT in 94% of joints.',
    grades: [
      { grade: '0', label: 'normal', criteria: 'Normal joint space (2–4 mm).' },
      {
        grade: '1',
        label: 'mild',
        criteria:
          'Joint space under 2 mm, and/or small osteophytes, and/or mild enlargement of the articular process.',
      },
      {
        grade: '2',
        label: 'moderate',
        criteria:
          'Narrowing, and/or moderate osteophytes, moderate enlargement or mild subarticular erosions.',
      },
      {
        grade: '3',
        label: 'severe',
        criteria:
          'Narrowing, and/or large osteophytes, severe enlargement, severe erosions or subchondral cysts.',
      },
    ],
    levels: 'all',
    seedDocs: [],
    sources: ['weishaupt-1999', 'fujiwara-1999'],
    related: ['cause-facet-arthropathy'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-modic',
    category: 'classification',
    gradingSystem: 'modic',
    name: 'Modic endplate (marrow) changes',
    synonyms: [
      'Modic changes',
      'Modic type 1',
      'Modic type 2',
      'Modic type 3',
      'endplate signal change',
      'vertebral endplate signal changes',
      'VESC',
    ],
    summary:
      'Three MRI patterns in the bone next to a worn disc: type 1 is swelling and inflamed fibrous tissue, type 2 is fatty change ' +
      '(the most common), type 3 is hardened bone. Type 1 can turn into type 2, and it must be told apart from infection of the disc.',
    grades: [
      {
        grade: '1',
        label: 'oedema type',
        criteria: 'Low signal on T1, high on T2: marrow oedema and vascular fibrous tissue.',
      },
      {
        grade: '2',
        label: 'fatty type',
        criteria: 'High signal on T1, equal or high on T2: fatty marrow.',
      },
      {
        grade: '3',
        label: 'sclerotic type',
        criteria: 'Low signal on both T1 and T2: bony sclerosis.',
      },
    ],
    levels: 'all',
    seedDocs: ['003'],
    sources: ['modic-1988'],
    related: ['cause-modic-changes'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-disc-contour',
    category: 'classification',
    gradingSystem: 'disc-contour',
    name: 'Disc contour nomenclature 2.0 (bulge, protrusion, extrusion, sequestration)',
    synonyms: [
      'disc nomenclature',
      'lumbar disc nomenclature 2.0',
      'Fardon nomenclature',
      'disc bulge',
      'disc protrusion',
      'disc extrusion',
      'sequestration',
      'sequestered disc',
      'free fragment',
      'broad-based protrusion',
      'focal protrusion',
    ],
    summary:
      'The agreed words for disc shape on imaging. A bulge spreads over more than a quarter of the disc rim and is not a ' +
      'herniation. A protrusion is a local herniation whose base is wider than its reach; an extrusion reaches further than its ' +
      'base is wide; a sequestration has broken off completely.',
    details:
      'Nomenclature 2.0 (NASS/ASSR/ASNR, 2014) also defines the axial zones (central, subarticular, foraminal, extraforaminal) ' +
      'that decide which root is affected, and levels from above to below the disc (suprapedicular, pedicular, infrapedicular, discal).',
    grades: [
      {
        grade: 'normal',
        label: 'normal',
        criteria: 'Disc tissue does not extend beyond the edges of the disc space.',
      },
      {
        grade: 'bulge',
        label: 'bulge',
        criteria:
          'Disc tissue extends beyond the ring apophysis over more than 25% (90°) of the circumference; not a herniation.',
      },
      {
        grade: 'protrusion',
        label: 'protrusion',
        criteria:
          'Localised (under 25%) displacement whose greatest reach is less than the width of its base in every plane.',
      },
      {
        grade: 'extrusion',
        label: 'extrusion',
        criteria:
          'In at least one plane the displaced material is wider than its base, or it has lost continuity with the disc.',
      },
      {
        grade: 'sequestration',
        label: 'sequestration',
        criteria: 'An extrusion with no remaining continuity with the parent disc (free fragment).',
      },
    ],
    levels: 'all',
    seedDocs: ['002', '004'],
    sources: ['fardon-2014', 'radiopaedia-disc-nomenclature'],
    related: ['cause-disc-herniation', 'condition-zone-model'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-msu-herniation',
    category: 'classification',
    name: 'MSU classification of lumbar disc herniation',
    synonyms: [
      'MSU classification',
      'Michigan State University classification',
      'MSU grade',
      'herniation size and location grading',
    ],
    summary:
      'Describes a herniation on the axial slice where it is largest by size (1–3, how far it reaches towards a line joining the ' +
      'facet joints) and by location (A central, B off-centre, C far lateral). Size-2 herniations in locations B and AB were the ones ' +
      'most often operated on.',
    details:
      'Inter-examiner reliability in the original series was 98%; later studies found moderate agreement among residents. The exact geometry in the paper’s figure was not re-checked.',
    grades: [
      {
        grade: '1',
        label: 'size 1',
        criteria: 'Reaches up to half of the distance to the line joining the medial facet edges.',
      },
      {
        grade: '2',
        label: 'size 2',
        criteria: 'Reaches beyond half the distance, up to the line.',
      },
      { grade: '3', label: 'size 3', criteria: 'Extends beyond the line.' },
      { grade: 'A', label: 'central', criteria: 'Central location (middle zone).' },
      {
        grade: 'B',
        label: 'lateral',
        criteria: 'Between the central zone and the facet (subarticular).',
      },
      { grade: 'C', label: 'far lateral', criteria: 'At or beyond the facet (foraminal).' },
    ],
    levels: 'all',
    seedDocs: [],
    sources: ['mysliwiec-2010'],
    related: ['cause-disc-herniation'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-nerve-root-compromise',
    category: 'classification',
    name: 'Nerve root compromise grading (contact, deviation, compression)',
    synonyms: [
      'Pfirrmann nerve root grading',
      'nerve root contact',
      'nerve root deviation',
      'nerve root compression grade',
      'abutting the nerve root',
      'touching the nerve root',
    ],
    summary:
      'A four-step MRI description of how a disc affects a root: no compromise, contact, deviation (pushed aside) and compression ' +
      '(squashed). Report phrases such as "abuts" or "contacts the root" sit at the contact step.',
    grades: [
      {
        grade: '0',
        label: 'no compromise',
        criteria: 'No contact between disc material and the root.',
      },
      {
        grade: '1',
        label: 'contact',
        criteria: 'Disc material touches the root without displacing it.',
      },
      { grade: '2', label: 'deviation', criteria: 'The root is displaced by disc material.' },
      {
        grade: '3',
        label: 'compression',
        criteria: 'The root is compressed between disc material and the canal wall.',
      },
    ],
    levels: 'all',
    seedDocs: [],
    sources: ['pfirrmann-2004'],
    related: ['condition-nerve-root-compression'],
    reviewed: REVIEWED,
  },
  {
    id: 'classification-mrc-power',
    category: 'classification',
    name: 'MRC muscle power scale (0–5)',
    synonyms: [
      'MRC scale',
      'Medical Research Council scale',
      'Oxford scale',
      'muscle strength grade',
      'power 3/5',
      'MRC grade',
    ],
    summary:
      'The standard 0–5 score of muscle strength: 0 no contraction, 1 a flicker, 2 movement with gravity removed, 3 against ' +
      'gravity, 4 against some resistance, 5 normal. Power below 3/5 in a root’s muscles is a marker of major motor loss that ' +
      'needs urgent review.',
    grades: [
      { grade: '0', label: 'none', criteria: 'No contraction.' },
      { grade: '1', label: 'trace', criteria: 'Flicker or trace of contraction.' },
      {
        grade: '2',
        label: 'gravity eliminated',
        criteria: 'Active movement with gravity eliminated.',
      },
      { grade: '3', label: 'against gravity', criteria: 'Active movement against gravity.' },
      {
        grade: '4',
        label: 'against resistance',
        criteria: 'Active movement against gravity and some resistance.',
      },
      { grade: '5', label: 'normal', criteria: 'Normal power.' },
    ],
    levels: 'all',
    seedDocs: [],
    sources: ['mrc-1976', 'nhs-lothian-red-flags'],
    related: ['test-manual-muscle-testing'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'classification'>[];
