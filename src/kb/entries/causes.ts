import type { EntryInputOf } from '../schema.js';

const REVIEWED = '2026-11-21';

/**
 * Causes of foraminal narrowing and root compression, merged across the five articles (inventory
 * §2.3, C1–C38), with mechanism and risk factors in our own words. Where an article offers a cause
 * the literature barely supports, `evidence` says so.
 */
export const CAUSES = [
  // --- Degenerative: the common core ----------------------------------------------------------
  {
    id: 'cause-disc-degeneration',
    category: 'cause',
    causeType: 'degenerative',
    name: 'Disc degeneration (loss of disc height)',
    synonyms: [
      'degenerative disc disease',
      'DDD',
      'age-related disc degeneration',
      'disc desiccation',
      'intervertebral disc degeneration',
      'lumbar disc degeneration',
      'disc height loss',
      'age-related degenerative changes',
      'wear and tear',
      'dehydrated disc',
      'collapsed disc',
    ],
    summary:
      'With age the discs lose water and flatten. Because the disc sets the height of the foramen, a flatter disc lowers the roof ' +
      'of the opening, lets the facet joints ride closer together and loads them more, which starts the chain of spurs and ' +
      'ligament thickening.',
    mechanism:
      'Dehydration and height loss of the disc shorten the foramen from above and below; the rim of the disc bulges forward into ' +
      'it; extra load shifts to the facets, which enlarge and grow spurs.',
    riskFactors: [
      'older age (common beyond 50)',
      'family history (heredity explains much of the variation)',
      'smoking (small effect)',
      'heavy physical loading (small effect)',
    ],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['hasegawa-1995', 'battie-2009', 'pfirrmann-2001', 'brinjikji-2015'],
    related: ['classification-pfirrmann', 'condition-degenerative-foraminal-narrowing'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-facet-arthropathy',
    category: 'cause',
    causeType: 'degenerative',
    name: 'Facet joint osteoarthritis and hypertrophy',
    synonyms: [
      'facet joint osteoarthritis',
      'facet hypertrophy',
      'facet joint hypertrophy',
      'facet arthropathy',
      'facet joint arthropathy',
      'facet joint arthritis',
      'age-related osteoarthritis',
      'zygapophyseal joint arthritis',
      'spinal arthritis',
      'facet arthrosis',
    ],
    summary:
      'The small joints at the back of each level wear like any other joint: cartilage thins, bone hardens and spurs form, and the ' +
      'joint and its capsule enlarge. Because the facet forms the back wall of the foramen, this narrows it from behind, more so ' +
      'when leaning back or twisting.',
    mechanism:
      'Cartilage loss, sclerosis, osteophytes and capsular thickening enlarge the superior articular process, which pushes into the ' +
      'back of the foramen; extension and rotation bring it further forward. Wear on one side more than the other gives one-sided narrowing.',
    riskFactors: [
      'older age',
      'disc degeneration at the same level (usually comes first)',
      'obesity',
      'previous spinal injury',
    ],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['fujiwara-1999', 'weishaupt-1999', 'schmid-1999'],
    related: ['classification-weishaupt-facet', 'condition-posterior-foraminal-narrowing'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-ligamentum-flavum-hypertrophy',
    category: 'cause',
    causeType: 'degenerative',
    name: 'Ligamentum flavum hypertrophy (thickened ligament)',
    synonyms: [
      'ligamentum flavum thickening',
      'ligamentum flavum hypertrophy',
      'LFH',
      'thickened ligament',
      'yellow ligament thickening',
      'ligament buckling',
      'infolding of the ligamentum flavum',
    ],
    summary:
      'The elastic ligament lining the back of the canal and the inner side of the facet joints thickens and stiffens with age. ' +
      'It narrows the canal and the lateral recess most, and the back of the foramen to a lesser degree; it also buckles inwards ' +
      'when the spine is extended.',
    mechanism:
      'Fibrosis, loss of elastic fibres and sometimes calcification thicken the ligament; extension folds it inwards, reducing canal and foraminal space.',
    riskFactors: [
      'age over 60',
      'disc degeneration with segmental motion',
      'sedentary lifestyle (weak evidence)',
    ],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['schmid-1999', 'nass-lss-2011'],
    related: ['condition-posterior-foraminal-narrowing', 'cause-ligament-calcification'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-osteophytes',
    category: 'cause',
    causeType: 'degenerative',
    name: 'Osteophytes (bone spurs)',
    synonyms: [
      'bone spurs',
      'osteophyte formation',
      'spurs',
      'bony overgrowth',
      'spondylotic spurs',
      'osteophytic ridging',
      'degenerative osteophytes',
    ],
    summary:
      'Bony outgrowths at the edges of the vertebral bodies and facet joints, a response to a worn, overloaded segment. Spurs on ' +
      'the back edge of the body narrow the front of the foramen; facet spurs narrow the back.',
    mechanism:
      'Spurs grow at stressed margins of the endplates and facets and project into the foramen, reducing its height and width.',
    riskFactors: ['older age', 'disc degeneration', 'facet osteoarthritis', 'heredity'],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['fujiwara-1999', 'hasegawa-1995'],
    related: ['cause-facet-arthropathy', 'cause-disc-degeneration'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-disc-herniation',
    category: 'cause',
    causeType: 'mechanical',
    name: 'Disc herniation or bulge',
    synonyms: [
      'herniated disc',
      'slipped disc',
      'bulging disc',
      'disc bulge',
      'disc protrusion',
      'disc extrusion',
      'prolapsed disc',
      'ruptured disc',
      'HNP',
      'herniated nucleus pulposus',
      'posterolateral disc herniation',
      'intervertebral disc herniation',
      'disc bulging or herniation',
      'disk herniation',
      'herneated disc',
    ],
    summary:
      'Part of the soft centre of a disc pushes through a tear in its outer ring. In the foramen it squeezes the exiting root and the ' +
      'disc material also inflames the root chemically. A broad bulge is a different, non-herniated finding.',
    mechanism:
      'Nucleus pulposus escapes through an annular fissure into the canal, lateral recess or foramen, compressing the root and ' +
      'releasing inflammatory substances that sensitise it.',
    riskFactors: [
      'age 30–50 for acute herniation',
      'heavy lifting or repeated bending and twisting',
      'smoking',
      'heredity',
    ],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['fardon-2014', 'nass-ldh-2014', 'olmarker-1993'],
    related: [
      'classification-disc-contour',
      'condition-disc-herniation-narrowing',
      'classification-msu-herniation',
    ],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-spondylolisthesis',
    category: 'cause',
    causeType: 'mechanical',
    name: 'Spondylolisthesis and segmental instability (vertebral slip)',
    synonyms: [
      'spondylolisthesis',
      'vertebral slip',
      'slipped vertebra',
      'anterolisthesis',
      'retrolisthesis',
      'degenerative spondylolisthesis',
      'isthmic spondylolisthesis',
      'spondylolysis',
      'pars defect',
      'pars interarticularis defect',
      'spinal instability',
      'segmental instability',
      'listhesis',
      'spondylolisthsis',
    ],
    summary:
      'One vertebra shifts forward (or backward) on the one below. The shift moves the pedicles out of line and pinches the ' +
      'foramen between them, especially with a slip caused by a break in the pars (isthmic type). Slips are graded I–V (Meyerding).',
    mechanism:
      'Translation of the upper vertebra narrows the foramen vertically and front-to-back; disc collapse and facet overgrowth at ' +
      'the slipping level add to it; a one-sided slip narrows one side more.',
    riskFactors: [
      'pars interarticularis defect (isthmic type)',
      'facet and disc degeneration (degenerative type, commonest at L4–L5)',
      'female sex and older age for the degenerative type',
      'congenital facet dysplasia',
    ],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['meyerding-1932', 'nass-lss-2011', 'hasib-2021'],
    related: ['classification-meyerding', 'test-flexion-extension-xray'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-congenital-narrowing',
    category: 'cause',
    causeType: 'congenital',
    name: 'Congenitally small foramen or canal (short pedicles)',
    synonyms: [
      'congenital foraminal narrowing',
      'congenital small foramen',
      'congenital canal stenosis',
      'congenital spinal stenosis',
      'congenital canal narrowing',
      'developmental spinal stenosis',
      'short pedicles',
      'congenitally small pedicles',
      'facet tropism',
      'vertebral dysplasia',
    ],
    summary:
      'Some people are born with short pedicles or a shallow canal, so the foramen has little reserve. Ordinary age changes that ' +
      'others tolerate can then press on a root, often at a younger age and at several levels.',
    mechanism:
      'Developmentally short pedicles and small bony dimensions leave less space, so small additional bulges or spurs reach the root.',
    riskFactors: ['skeletal dysplasias such as achondroplasia', 'family history'],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['nass-lss-2011', 'savarirayan-2022'],
    related: ['condition-congenital-foraminal-narrowing', 'cause-skeletal-dysplasia'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-synovial-cyst',
    category: 'cause',
    causeType: 'degenerative',
    name: 'Facet synovial cyst',
    synonyms: [
      'synovial cyst',
      'facet cyst',
      'juxtafacet cyst',
      'facet joint synovial cysts',
      'synovial cyst formation',
      'ganglion cyst of the spine',
    ],
    summary:
      'A fluid-filled pouch growing from a worn facet joint into the lateral recess or foramen. It can change in size, so symptoms ' +
      'may come and go. MRI shows it best; treatment ranges from watching to aspiration or surgical removal.',
    mechanism:
      'Degenerate facet joints leak synovial fluid through a weak capsule, forming a cyst that takes up space next to the root.',
    riskFactors: [
      'facet osteoarthritis',
      'degenerative spondylolisthesis (especially L4–L5)',
      'older age',
    ],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003'],
    sources: ['epstein-2004'],
    related: ['cause-facet-arthropathy'],
    reviewed: REVIEWED,
  },

  // --- Inflammatory, metabolic and systemic ---------------------------------------------------
  {
    id: 'cause-rheumatoid-arthritis',
    category: 'cause',
    causeType: 'inflammatory',
    name: 'Rheumatoid arthritis and other inflammatory arthropathy',
    synonyms: [
      'rheumatoid arthritis',
      'RA',
      'inflammatory arthropathies',
      'inflammatory arthritis',
      'rheumatologic disorders',
      'pannus',
      'synovitis of the facet joints',
    ],
    summary:
      'Inflamed joint lining (pannus) can erode and enlarge facet joints. Rheumatoid arthritis mainly affects the neck; clinically ' +
      'important narrowing in the lumbar foramina is uncommon.',
    mechanism:
      'Synovial proliferation and erosion of the facets, with secondary spurs and ligament thickening, encroach on the foramen.',
    riskFactors: [
      'established rheumatoid arthritis',
      'positive rheumatoid factor or anti-CCP',
      'long disease duration',
    ],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['nice-ng100'],
    evidence: {
      level: 'limited',
      note: 'Lumbar foraminal narrowing from rheumatoid arthritis is rare; it is not a standard cause.',
      sources: ['nice-ng100'],
    },
    related: ['test-rheumatoid-factor', 'test-anti-ccp'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-ankylosing-spondylitis',
    category: 'cause',
    causeType: 'inflammatory',
    name: 'Ankylosing spondylitis (axial spondyloarthritis)',
    synonyms: [
      'ankylosing spondylitis',
      'AS',
      'axial spondyloarthritis',
      'axSpA',
      'spondyloarthropathy',
      'spondyloarthritis',
      'Bechterew disease',
    ],
    summary:
      'An inflammatory disease of the spine and pelvis in which ligaments turn to bone. It typically causes morning stiffness and ' +
      'back pain that improves with exercise in younger adults; bony bridging can narrow the foramina late in the disease.',
    mechanism:
      'Inflammation at ligament attachments leads to new bone (syndesmophytes and enthesophytes) and ossified ligaments that stiffen and narrow the spine.',
    riskFactors: [
      'HLA-B27 positive',
      'onset of back pain before 45',
      'family history of spondyloarthritis',
    ],
    levels: 'all',
    seedDocs: ['000', '004'],
    sources: ['nice-ng65'],
    related: ['test-hla-b27'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-dish',
    category: 'cause',
    causeType: 'metabolic',
    name: 'Diffuse idiopathic skeletal hyperostosis (DISH)',
    synonyms: [
      'DISH',
      'diffuse idiopathic skeletal hyperostosis',
      'Forestier disease',
      'ankylosing hyperostosis',
    ],
    summary:
      'Flowing new bone along the front and sides of several vertebrae, usually in older adults. It mainly stiffens the spine; ' +
      'spread of ossification towards the foramen is occasional.',
    mechanism:
      'Calcification and ossification of spinal ligaments and attachments over several levels can extend towards the canal and foramina.',
    riskFactors: ['older age', 'male sex', 'type 2 diabetes', 'obesity'],
    levels: 'all',
    seedDocs: ['003'],
    sources: ['resnick-1976'],
    related: ['cause-ligament-calcification'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-ligament-calcification',
    category: 'cause',
    causeType: 'metabolic',
    name: 'Ligament calcification or ossification',
    synonyms: [
      'ligamentous calcification',
      'ossification of the ligamentum flavum',
      'OLF',
      'ossification of the posterior longitudinal ligament',
      'OPLL',
      'calcified ligamentum flavum',
    ],
    summary:
      'The ligamentum flavum or the posterior longitudinal ligament can calcify or turn to bone, making it thicker and rigid. CT ' +
      'shows this best. In the lumbar spine it is uncommon.',
    mechanism:
      'Metabolic or degenerative calcification converts ligament into a stiff, thick band that encroaches on the canal and foramen.',
    riskFactors: ['older age', 'DISH', 'metabolic disorders of calcium and phosphate'],
    levels: 'all',
    seedDocs: ['001'],
    sources: ['resnick-1976', 'acr-2021-low-back-pain'],
    evidence: {
      level: 'limited',
      note: 'Lumbar ligament ossification is uncommon; it is not a usual cause.',
    },
    related: ['cause-ligamentum-flavum-hypertrophy', 'test-ct'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-pagets-disease',
    category: 'cause',
    causeType: 'metabolic',
    name: "Paget's disease of bone",
    synonyms: ["Paget's disease", 'Pagets disease', 'Paget disease of bone', 'osteitis deformans'],
    summary:
      'Overactive, disorganised bone turnover makes vertebrae larger and misshapen, which can narrow the canal and foramina. It ' +
      'is diagnosed with a raised alkaline phosphatase and typical X-ray or bone-scan appearances.',
    mechanism: 'Enlarged, remodelled vertebral bone and facets encroach on the neural spaces.',
    riskFactors: ['age over 55', 'family history', 'northern European ancestry'],
    levels: 'all',
    seedDocs: ['000', '003', '004'],
    sources: ['ralston-2019'],
    related: ['test-calcium-alp', 'test-bone-scan'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-osteoporotic-fracture',
    category: 'cause',
    causeType: 'metabolic',
    name: 'Osteoporotic vertebral compression fracture (collapse)',
    synonyms: [
      'osteoporosis with vertebral compression fracture',
      'osteoporosis with vertebral collapse',
      'vertebral collapse',
      'compression fracture',
      'osteoporotic collapse',
      'osteoporosis',
      'fragility fracture',
    ],
    summary:
      'A weakened vertebra collapses, sometimes after minor strain. Loss of height, a tilted endplate or bone pushed backwards can ' +
      'narrow the foramen. New severe back pain in someone with osteoporosis or long-term steroid use needs prompt imaging.',
    mechanism:
      'Loss of vertebral body height and endplate collapse lower the foramen; retropulsed fragments can narrow the canal.',
    riskFactors: [
      'postmenopausal women',
      'long-term corticosteroid use',
      'older age',
      'previous fragility fracture',
    ],
    levels: 'all',
    seedDocs: ['000', '002', '004'],
    sources: ['acr-2021-low-back-pain', 'nhs-lothian-red-flags'],
    related: ['test-xray', 'test-mri'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-diabetes',
    category: 'cause',
    causeType: 'metabolic',
    name: 'Diabetes mellitus',
    synonyms: [
      'diabetes',
      'diabetes mellitus',
      'diabetic',
      'high blood sugar',
      'hyperglycaemia',
      'hyperglycemia',
    ],
    summary:
      'Diabetes is linked with disc and ligament changes and with DISH, but its main relevance here is as a mimic and a ' +
      'complication: diabetic nerve damage can cause or hide leg numbness, and diabetes raises the risk of spinal infection.',
    mechanism:
      'Sugar-linked cross-links may stiffen connective tissue (a hypothesis); diabetic neuropathy produces similar sensory symptoms; immune impairment favours epidural abscess.',
    riskFactors: ['poor glucose control', 'long diabetes duration', 'obesity'],
    levels: 'all',
    seedDocs: ['001', '004'],
    sources: ['england-2009', 'darouiche-2006'],
    evidence: {
      level: 'limited',
      note: 'A direct causal link between diabetes and foraminal ligament thickening is not established; the neuropathy and infection links are.',
      sources: ['england-2009'],
    },
    related: ['test-glucose-hba1c', 'cause-spinal-infection'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-vitamin-d-deficiency',
    category: 'cause',
    causeType: 'metabolic',
    name: 'Vitamin D deficiency',
    synonyms: ['vitamin D deficiency', 'low vitamin D', 'osteomalacia', 'vitamin D insufficiency'],
    summary:
      'Low vitamin D weakens bone mineralisation (osteomalacia) and can cause aching bones, but it is not an established cause of ' +
      'foraminal narrowing.',
    mechanism:
      'Poor mineralisation softens bone; any effect on endplates or spur formation in the foramen is speculative.',
    riskFactors: [
      'little sun exposure',
      'darker skin at high latitudes',
      'malabsorption',
      'chronic kidney disease',
    ],
    levels: 'all',
    seedDocs: ['001'],
    sources: ['holick-2007'],
    evidence: {
      level: 'limited',
      note: 'No study shows it causing foraminal narrowing.',
      sources: ['holick-2007'],
    },
    reviewed: REVIEWED,
  },
  {
    id: 'cause-ckd-mbd',
    category: 'cause',
    causeType: 'metabolic',
    name: 'Chronic kidney disease–mineral and bone disorder (renal osteodystrophy)',
    synonyms: [
      'CKD-MBD',
      'renal osteodystrophy',
      'chronic kidney disease related bone disorder',
      'kidney bone disease',
      'destructive spondyloarthropathy of dialysis',
    ],
    summary:
      'Long-standing kidney failure disturbs calcium, phosphate and parathyroid hormone and damages bone. People on long-term ' +
      'dialysis can develop destructive spinal changes, but this is an uncommon route to foraminal narrowing.',
    mechanism:
      'Bone resorption, sclerosis and, in dialysis patients, amyloid and crystal deposits can deform vertebrae and joints.',
    riskFactors: [
      'advanced chronic kidney disease',
      'long-term dialysis',
      'secondary hyperparathyroidism',
    ],
    levels: 'all',
    seedDocs: ['001'],
    sources: ['kdigo-2017'],
    evidence: {
      level: 'limited',
      note: 'The link to foraminal narrowing is indirect.',
    },
    reviewed: REVIEWED,
  },
  {
    id: 'cause-obesity',
    category: 'cause',
    causeType: 'metabolic',
    name: 'Obesity',
    synonyms: ['obesity', 'overweight', 'high BMI', 'excess body weight', 'obese', 'BMI over 30'],
    summary:
      'Carrying more weight is linked with more low back pain and sciatica and may speed disc and facet wear. Weight loss helps ' +
      'general health and load, though it does not reopen a narrowed foramen.',
    mechanism:
      'Higher axial load and metabolic inflammation are thought to accelerate disc and facet degeneration.',
    riskFactors: ['BMI 30 or more', 'metabolic syndrome', 'inactivity'],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['shiri-2010-obesity'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-smoking',
    category: 'cause',
    causeType: 'other',
    name: 'Smoking',
    synonyms: ['smoking', 'tobacco', 'cigarette smoking', 'nicotine', 'smoker'],
    summary:
      'Smoking is associated with more back pain and with disc degeneration, probably by reducing the blood supply that feeds the ' +
      'disc; in twin studies the effect on degeneration was small.',
    mechanism:
      'Nicotine and carbon monoxide reduce blood flow to the vertebral endplates that nourish the disc, and weaken bone.',
    riskFactors: ['current smoking', 'many pack-years'],
    levels: 'all',
    seedDocs: ['001', '002', '003', '004'],
    sources: ['shiri-2010-smoking', 'battie-2009'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-genetic-predisposition',
    category: 'cause',
    causeType: 'developmental',
    name: 'Genetic predisposition (family history)',
    synonyms: [
      'genetic predisposition',
      'heredity',
      'family history',
      'genetics',
      'inherited tendency',
    ],
    summary:
      'How quickly discs wear is strongly inherited. In twin studies, family factors explained far more of disc degeneration than ' +
      'occupation or smoking did.',
    mechanism:
      'Inherited differences in disc matrix, bone shape, facet orientation and ligament structure shape how a segment ages.',
    riskFactors: ['first-degree relative with early disc degeneration or stenosis'],
    levels: 'all',
    seedDocs: ['002', '003'],
    sources: ['battie-2009'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-repetitive-loading',
    category: 'cause',
    causeType: 'mechanical',
    name: 'Repetitive loading and occupational strain',
    synonyms: [
      'repetitive microtrauma',
      'occupational stress',
      'repetitive occupational stress',
      'mechanical overuse',
      'repetitive mechanical stress',
      'overuse',
      'heavy lifting',
      'whole-body vibration',
      'manual work',
    ],
    summary:
      'Repeated lifting, bending, twisting or vibration at work are often named as causes, but the evidence is weak: ' +
      'in twin studies physical loading explained only a small part of disc degeneration.',
    mechanism:
      'Repeated loading may cause small annular tears and stress the facets, adding to age-related change.',
    riskFactors: [
      'heavy manual handling',
      'long-distance driving with vibration',
      'repeated trunk flexion and rotation',
    ],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['battie-2009'],
    evidence: {
      level: 'limited',
      note: 'Occupational loading has a small measured effect on disc degeneration compared with heredity and age.',
      sources: ['battie-2009'],
    },
    reviewed: REVIEWED,
  },

  // --- Serious causes (red-flag territory) ----------------------------------------------------
  {
    id: 'cause-trauma',
    category: 'cause',
    causeType: 'traumatic',
    name: 'Spinal trauma and fracture',
    synonyms: [
      'spinal trauma',
      'traumatic fracture',
      'traumatic injury',
      'acute trauma',
      'vertebral fracture',
      'burst fracture',
      'fracture-dislocation',
      'facet fracture',
      'fall or car accident',
    ],
    summary:
      'A fall, crash or heavy blow can break a vertebra or facet and push fragments or blood into the foramen or canal, or throw ' +
      'the segment out of line. Back pain after significant trauma needs urgent assessment and imaging (CT for bone injury).',
    mechanism: 'Fracture fragments, haematoma or malalignment reduce foraminal space abruptly.',
    riskFactors: [
      'high-energy injury',
      'osteoporosis (minor trauma can be enough)',
      'older age',
      'long-term steroid use',
    ],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['acr-2021-low-back-pain', 'nice-cks-sciatica'],
    related: ['test-ct', 'cause-osteoporotic-fracture'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-heterotopic-ossification',
    category: 'cause',
    causeType: 'traumatic',
    name: 'Heterotopic ossification after fracture or surgery',
    synonyms: [
      'post-traumatic ossification',
      'heterotopic ossification',
      'heterotopic bone',
      'HO',
      'callus in the foramen',
    ],
    summary:
      'New bone can form in soft tissue after injury or surgery. It can slowly narrow the foramen months ' +
      'later; this is rare, and CT shows it best.',
    mechanism:
      'Ossified callus or ectopic bone around the facet or pedicle encroaches on the foramen.',
    riskFactors: [
      'previous fracture near the foramen',
      'previous spinal surgery, especially fusion',
    ],
    levels: 'all',
    seedDocs: ['001'],
    sources: ['acr-2021-low-back-pain'],
    evidence: {
      level: 'limited',
      note: 'No case series of post-traumatic foraminal ossification has been published.',
    },
    related: ['test-ct', 'condition-post-traumatic-iatrogenic-narrowing'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-tumour',
    category: 'cause',
    causeType: 'neoplastic',
    name: 'Spinal tumour (primary, metastatic or nerve sheath)',
    synonyms: [
      'spinal tumour',
      'spinal tumor',
      'spinal tumors',
      'tumors (primary or metastatic)',
      'metastasis',
      'spinal metastases',
      'neoplastic invasion',
      'schwannoma',
      'neurofibroma',
      'nerve sheath tumour',
      'bone tumour',
      'myeloma',
      'cancer in the spine',
    ],
    summary:
      'A tumour in the vertebra, a deposit from cancer elsewhere (commonly breast, lung, prostate, kidney or myeloma) or a tumour ' +
      'of the nerve sheath can fill the foramen. Past cancer, unexplained weight loss, constant night pain or age over 50 with a ' +
      'first episode should prompt imaging.',
    mechanism:
      'An expanding mass in bone, the epidural space or the nerve sheath compresses or invades the root; bone destruction can also cause collapse.',
    riskFactors: [
      'history of cancer (strongest single flag)',
      'unexplained weight loss',
      'age over 50',
      'pain not eased by rest or at night',
    ],
    levels: 'all',
    seedDocs: ['000', '001', '002', '003', '004'],
    sources: ['nice-ng234', 'acr-2021-low-back-pain', 'acp-aps-2007'],
    related: ['condition-neoplastic-foraminal-narrowing', 'test-mri', 'test-bone-biopsy'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-spinal-infection',
    category: 'cause',
    causeType: 'infectious',
    name: 'Spinal infection (epidural abscess, discitis, vertebral osteomyelitis)',
    synonyms: [
      'epidural abscess',
      'spinal epidural abscess',
      'infection (epidural abscess)',
      'infectious spondylitis',
      'vertebral osteomyelitis',
      'osteomyelitis',
      'discitis',
      'spondylodiscitis',
      'spine infection',
      'infection',
    ],
    summary:
      'Bacteria, most often Staphylococcus aureus, can infect the disc, the vertebra or the space around the dura. Pus and swelling ' +
      'press on roots and can quickly threaten the cauda equina. Back pain with fever, raised CRP or ESR, or risk factors needs ' +
      'same-day assessment.',
    mechanism:
      'Pus, granulation tissue and inflammatory swelling compress the roots; bone destruction can cause collapse.',
    riskFactors: [
      'injecting drug use',
      'diabetes',
      'immunosuppression (steroids, chemotherapy, biologics, HIV)',
      'recent bloodstream infection',
      'recent spinal procedure or surgery',
    ],
    levels: 'all',
    seedDocs: ['000', '002', '003', '004'],
    sources: ['berbari-2015', 'darouiche-2006'],
    related: ['test-blood-cultures', 'test-crp', 'test-esr', 'test-mri'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-granulomatous-disease',
    category: 'cause',
    causeType: 'other',
    name: 'Granulomatous or infiltrative disease (tuberculosis, sarcoidosis, lymphoma)',
    synonyms: [
      'tuberculosis of the spine',
      "Pott's disease",
      'spinal TB',
      'sarcoidosis',
      'lymphoma',
      'tumoral inflammation',
      'tumoral or granulomatous inflammation',
      'granulomatous disease',
    ],
    summary:
      'Spinal tuberculosis, and much more rarely sarcoidosis or lymphoma, can form masses around the vertebrae and roots. ' +
      'Tuberculosis often develops slowly with weight loss and night sweats.',
    mechanism:
      'Granulomas, cold abscesses or infiltrating cells occupy the epidural space or destroy bone next to the root.',
    riskFactors: [
      'origin in or travel to a tuberculosis-endemic region',
      'immunosuppression',
      'known systemic sarcoidosis or lymphoma',
    ],
    levels: 'all',
    seedDocs: ['002'],
    sources: ['garg-2011', 'berbari-2015'],
    related: ['cause-spinal-infection', 'test-bone-biopsy'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-hematoma',
    category: 'cause',
    causeType: 'vascular',
    name: 'Spinal epidural or psoas haematoma',
    synonyms: [
      'hematoma',
      'haematoma',
      'epidural hematoma',
      'spinal epidural haematoma',
      'psoas hematoma',
      'bleed around the nerve',
      'anticoagulant-related bleeding',
    ],
    summary:
      'Bleeding into the epidural space or the psoas muscle can compress roots suddenly, sometimes after a procedure or while on ' +
      'blood thinners. Sudden severe pain with new weakness is an emergency.',
    mechanism:
      'A collection of blood takes up space in the canal, foramen or psoas compartment and compresses neural tissue.',
    riskFactors: [
      'anticoagulant or antiplatelet treatment',
      'bleeding disorders',
      'recent spinal injection, puncture or surgery',
      'trauma',
    ],
    levels: 'all',
    seedDocs: ['000', '002'],
    sources: ['kreppel-2003'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-vascular-malformation',
    category: 'cause',
    causeType: 'vascular',
    name: 'Spinal vascular malformation (AVM, dural fistula, cavernoma)',
    synonyms: [
      'vascular malformation',
      'vascular lesions',
      'AVM',
      'arteriovenous malformation',
      'dural arteriovenous fistula',
      'cavernoma',
      'cavernous malformation',
    ],
    summary:
      'Abnormal blood vessels in or around the spinal canal are rare. A dural arteriovenous fistula typically causes slowly ' +
      'worsening leg weakness and bladder trouble from congestion of the cord rather than a single pinched root.',
    mechanism:
      'Enlarged vessels take up space or raise venous pressure, impairing nerve tissue; bleeding from a cavernoma can compress locally.',
    riskFactors: ['older men (dural fistula)', 'congenital vascular anomalies'],
    levels: 'all',
    seedDocs: ['002'],
    sources: ['krings-2009'],
    reviewed: REVIEWED,
  },

  // --- Surgical and iatrogenic ----------------------------------------------------------------
  {
    id: 'cause-epidural-fibrosis',
    category: 'cause',
    causeType: 'iatrogenic',
    name: 'Post-surgical epidural fibrosis (scar tissue)',
    synonyms: [
      'epidural fibrosis',
      'post-surgical scarring',
      'post-surgical epidural fibrosis',
      'scar tissue',
      'spinal surgical scar tissue',
      'previous laminectomy or discectomy',
      'post-laminectomy fibrosis',
      'failed back surgery syndrome',
      'persistent spinal pain syndrome type 2',
    ],
    summary:
      'Scar forms around the dura and roots after laminectomy or discectomy and can tether a root. Contrast MRI helps tell scar ' +
      '(which enhances evenly) from a new disc herniation; whether scar itself causes pain is debated.',
    mechanism:
      'Fibrous tissue binds the root to surrounding structures, limiting its glide and narrowing the lateral canal or foramen.',
    riskFactors: ['previous lumbar surgery', 'repeat operations', 'post-operative infection'],
    levels: 'all',
    seedDocs: ['000', '001', '002', '004'],
    sources: ['ross-1996', 'acr-2021-low-back-pain'],
    related: ['condition-post-traumatic-iatrogenic-narrowing', 'test-mri'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-iatrogenic-injury',
    category: 'cause',
    causeType: 'iatrogenic',
    name: 'Other iatrogenic causes (misplaced hardware, bleeding, radiation fibrosis)',
    synonyms: [
      'iatrogenic injury',
      'iatrogenic hemorrhage',
      'iatrogenic haemorrhage or granulation tissue',
      'granulation tissue',
      'misplaced screw',
      'misplaced hardware',
      'radiation fibrosis',
    ],
    summary:
      'Treatment itself can narrow the foramen: a pedicle screw placed too low or too medially, bleeding or granulation tissue ' +
      'after an injection or operation, or scarring after radiotherapy. New root symptoms after a procedure need prompt review.',
    mechanism:
      'Implants, blood, granulation tissue or radiation-induced fibrosis occupy or stiffen the space around the root.',
    riskFactors: [
      'recent spinal instrumentation',
      'recent spinal injection',
      'anticoagulation',
      'previous radiotherapy to the spine',
    ],
    levels: 'all',
    seedDocs: ['000', '002'],
    sources: ['acr-2021-low-back-pain', 'kreppel-2003'],
    related: ['cause-hematoma'],
    reviewed: REVIEWED,
  },

  // --- Less common structural and degenerative ------------------------------------------------
  {
    id: 'cause-facet-instability',
    category: 'cause',
    causeType: 'mechanical',
    name: 'Facet joint instability (ligament laxity)',
    synonyms: [
      'facet joint instability',
      'ligament laxity',
      'hypermobile segment',
      'micro-instability',
    ],
    summary:
      'A loose segment moves too much at the facets, which may respond by thickening their capsules. Instability is usually judged ' +
      'on flexion–extension X-rays.',
    mechanism:
      'Abnormal facet motion provokes capsular and bony thickening and may let the foramen close dynamically on movement.',
    riskFactors: [
      'degenerative disc disease',
      'previous surgery removing part of the facet',
      'connective-tissue laxity',
    ],
    levels: 'all',
    seedDocs: ['001'],
    sources: ['nass-lss-2011', 'hicks-2005'],
    evidence: {
      level: 'limited',
      note: 'Capsule thickening from instability as a cause rests mainly on indirect evidence.',
    },
    related: ['test-flexion-extension-xray', 'cause-spondylolisthesis'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-endplate-sclerosis',
    category: 'cause',
    causeType: 'degenerative',
    name: 'Endplate sclerosis',
    synonyms: [
      'endplate sclerosis',
      'sclerotic endplates',
      'subchondral sclerosis of the endplate',
    ],
    summary:
      'Hardening of the bone plates above and below a worn disc. It is a marker of advanced degeneration that travels with spurs ' +
      'and disc collapse rather than a separate cause.',
    mechanism:
      'Sclerotic endplates accompany disc collapse and osteophytes at the vertebral margins.',
    riskFactors: ['advanced disc degeneration', 'older age'],
    levels: 'all',
    seedDocs: ['001'],
    sources: ['modic-1988', 'pfirrmann-2001'],
    related: ['cause-disc-degeneration', 'cause-modic-changes'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-modic-changes',
    category: 'cause',
    causeType: 'degenerative',
    name: 'Modic changes (endplate marrow changes)',
    synonyms: [
      'Modic changes',
      'endplate changes',
      'endplate and marrow alterations',
      'vertebral endplate signal changes',
      'bone marrow oedema at the endplate',
    ],
    summary:
      'MRI changes in the bone next to a degenerate disc (types 1–3). They are associated with back pain and disc height loss ' +
      'but do not narrow the foramen by themselves.',
    mechanism:
      'They accompany disc degeneration; any narrowing comes from the associated loss of disc height.',
    riskFactors: ['disc degeneration', 'older age', 'heavy loading'],
    levels: 'all',
    seedDocs: ['003'],
    sources: ['modic-1988'],
    related: ['classification-modic'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-degenerative-scoliosis',
    category: 'cause',
    causeType: 'degenerative',
    name: 'Degenerative scoliosis (adult curvature)',
    synonyms: [
      'degenerative scoliosis',
      'adult degenerative scoliosis',
      'de novo scoliosis',
      'scoliosis',
      'lateral listhesis',
      'spinal curvature',
    ],
    summary:
      'Uneven wear of discs and facets can let the lumbar spine curve and rotate in later life. Foramina on the inside of the curve ' +
      'get pinched, so leg symptoms often follow the concave side.',
    mechanism:
      'Asymmetric disc collapse, rotation and sideways slip close the foramina on the concave side of the curve.',
    riskFactors: ['older age', 'osteoporosis', 'asymmetric disc degeneration'],
    levels: 'all',
    seedDocs: ['003'],
    sources: ['aebi-2005'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-ehlers-danlos',
    category: 'cause',
    causeType: 'congenital',
    name: 'Connective-tissue disorders (Ehlers–Danlos syndromes)',
    synonyms: [
      'connective tissue disorders',
      'Ehlers-Danlos syndrome',
      'Ehlers–Danlos',
      'EDS',
      'hypermobility syndrome',
      'joint hypermobility',
    ],
    summary:
      'Inherited disorders of collagen make ligaments lax. A link to foraminal narrowing through abnormal ligaments ' +
      'is not well supported.',
    mechanism:
      'Lax ligaments may allow abnormal segment movement; any effect on foraminal size is speculative.',
    riskFactors: ['family history of Ehlers–Danlos syndrome', 'generalised joint hypermobility'],
    levels: 'all',
    seedDocs: ['004'],
    sources: ['malfait-2017'],
    evidence: {
      level: 'limited',
      note: 'No study links Ehlers–Danlos syndromes to lumbar foraminal narrowing.',
    },
    reviewed: REVIEWED,
  },
  {
    id: 'cause-skeletal-dysplasia',
    category: 'cause',
    causeType: 'congenital',
    name: 'Skeletal dysplasia (achondroplasia)',
    synonyms: ['skeletal dysplasia', 'achondroplasia', 'dwarfism', 'short-limb dysplasia'],
    summary:
      'In achondroplasia the pedicles are short and the canal narrow along much of the lumbar spine, so symptomatic stenosis at ' +
      'several levels is common in adult life.',
    mechanism:
      'Abnormal growth-plate function produces short pedicles and a small canal and foramina at multiple levels.',
    riskFactors: ['achondroplasia or other inherited skeletal dysplasia'],
    levels: 'all',
    seedDocs: ['002'],
    sources: ['savarirayan-2022'],
    related: ['cause-congenital-narrowing'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-discogenic-inflammation',
    category: 'cause',
    causeType: 'inflammatory',
    name: 'Chemical irritation from disc material (discogenic inflammation)',
    synonyms: [
      'discogenic inflammation',
      'disc inflammatory chemicals',
      'chemical radiculitis',
      'chemical radiculopathy',
      'nucleus pulposus inflammation',
    ],
    summary:
      'Substances from the inner disc irritate a root even without much pressure. This explains why a small herniation can hurt a ' +
      'lot and why pain can settle as the inflammation fades.',
    mechanism:
      'Nucleus pulposus placed on nerve roots alters their conduction and structure in animal studies, through inflammatory mediators.',
    riskFactors: ['disc herniation or annular fissure next to the root'],
    levels: 'all',
    seedDocs: ['002'],
    sources: ['olmarker-1993'],
    related: ['cause-disc-herniation'],
    reviewed: REVIEWED,
  },
  {
    id: 'cause-psoas-compression',
    category: 'cause',
    causeType: 'mechanical',
    name: 'Psoas muscle problems (outside the spine)',
    synonyms: [
      'psoas muscle hypertrophy or spasm',
      'piriformis or psoas muscle compression',
      'psoas compression',
      'psoas syndrome',
      'lumbar plexus compression',
      'psoas abscess',
    ],
    summary:
      'The lumbar plexus runs through the psoas muscle, so a psoas bleed, abscess or mass can mimic an upper lumbar root problem ' +
      'outside the spine. Muscle bulk or spasm alone is not an established cause. The piriformis muscle lies next to the sciatic ' +
      'nerve and has nothing to do with L2 or L3.',
    mechanism:
      'Space-occupying lesions in the psoas compartment compress the femoral and obturator nerve fibres after they leave the foramina.',
    riskFactors: [
      'anticoagulation (psoas haematoma)',
      'spinal infection (psoas abscess)',
      'retroperitoneal tumour',
    ],
    levels: ['L1-L2', 'L2-L3', 'L3-L4', 'L4-L5'],
    seedDocs: ['002'],
    sources: ['gray-2016', 'berbari-2015'],
    evidence: {
      level: 'limited',
      note: 'Psoas hypertrophy or spasm compressing an L3 root is not supported; psoas haematoma or abscess can compress the plexus.',
    },
    related: ['test-psoas-ultrasound', 'correction-002-types-are-causes'],
    reviewed: REVIEWED,
  },
] satisfies EntryInputOf<'cause'>[];
