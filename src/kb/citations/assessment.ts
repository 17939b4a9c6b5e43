import type { Citation } from '../schema.js';

/** Sources the assessment rules (src/triage, src/assess) cite that no other KB file holds. */
export const ASSESSMENT_RULE_CITATIONS = [
  // Primary sources for the red-flag triage (they replace an anonymous community summary card).
  {
    id: 'finucane-2020-red-flags',
    kind: 'guideline',
    year: 2020,
    title:
      'International framework for red flags for potential serious spinal pathologies (consensus of the IFOMPT)',
    authors: 'Finucane LM, Downie A, Mercer C, et al.',
    doi: '10.2519/jospt.2020.9971',
    note: 'J Orthop Sports Phys Ther 2020;50(7):350–372. Suspected infection, malignancy, fracture and cauda equina: what to ask and how urgently to refer.',
  },
  {
    id: 'nice-cks-low-back-pain',
    kind: 'guideline',
    authors: 'National Institute for Health and Care Excellence',
    title:
      'NICE Clinical Knowledge Summaries: Back pain, low (without radiculopathy): red flags for spinal infection, malignancy and fracture',
    url: 'https://cks.nice.org.uk/topics/back-pain-low-without-radiculopathy/',
  },
  {
    id: 'girft-spinal-2019',
    kind: 'guideline',
    year: 2019,
    authors: 'Hutton M (Getting It Right First Time, NHS England)',
    title:
      'Spinal services: GIRFT programme national specialty report (emergency and urgent spinal pathways)',
    url: 'https://gettingitrightfirsttime.co.uk/surgical_specialties/spinal-surgery/',
  },
  {
    id: 'davis-2004-epidural-abscess',
    kind: 'primary-study',
    year: 2004,
    authors: 'Davis DP, Wold RM, Patel RJ, et al.',
    title:
      'The clinical presentation and impact of diagnostic delays on emergency department patients with spinal epidural abscess',
    note: 'J Emerg Med 2004;26(3):285–291. Most patients had a risk factor (IV drug use, diabetes, recent spinal procedure); delay led to lasting deficits.',
  },
  {
    id: 'acr-2017-back-pain-child',
    kind: 'guideline',
    year: 2017,
    authors: 'Expert Panel on Pediatric Imaging (American College of Radiology); Booth TN et al.',
    title: 'ACR Appropriateness Criteria: Back Pain – Child',
    note: 'J Am Coll Radiol 2017;14(5S):S13–S24. Red flags in children: constant or night pain, pain beyond 4 weeks, systemic features, neurological signs, age under 5.',
    url: 'https://acsearch.acr.org/list',
  },
  {
    id: 'acog-723-2017',
    kind: 'guideline',
    year: 2017,
    authors: 'American College of Obstetricians and Gynecologists, Committee on Obstetric Practice',
    title:
      'Committee Opinion No. 723: Guidelines for diagnostic imaging during pregnancy and lactation',
    note: 'Obstet Gynecol 2017;130(4):e210–e216. MRI without gadolinium is preferred; gadolinium only if it will change care; CT and radiographs when essential.',
    doi: '10.1097/AOG.0000000000002355',
  },
  {
    id: 'vermani-2010-pregnancy-back-pain',
    kind: 'review',
    year: 2010,
    authors: 'Vermani E, Mittal R, Weeks A',
    title: 'Pelvic girdle pain and low back pain in pregnancy: a review',
    note: 'Pain Pract 2010;10(1):60–71. Exclude obstetric causes (preterm labour, placental abruption, pyelonephritis) before calling it musculoskeletal.',
  },
  {
    id: 'nice-cg147-pad',
    kind: 'guideline',
    year: 2012,
    authors: 'National Institute for Health and Care Excellence',
    title: 'Peripheral arterial disease: diagnosis and management (CG147)',
    url: 'https://www.nice.org.uk/guidance/cg147',
    note: 'Measure the ankle brachial pressure index in people with symptoms suggestive of peripheral arterial disease.',
  },
  {
    id: 'acr-chronic-knee-pain',
    kind: 'guideline',
    year: 2018,
    authors: 'Expert Panel on Musculoskeletal Imaging (American College of Radiology)',
    title: 'ACR Appropriateness Criteria: Chronic Knee Pain',
    note: 'J Am Coll Radiol 2018;15(11S):S439–S452. Radiographs are the first imaging test.',
    url: 'https://acsearch.acr.org/list',
  },
  {
    id: 'davies-2018-myelopathy',
    kind: 'review',
    year: 2018,
    authors: 'Davies BM, Mowforth OD, Smith EK, Kotter MRN',
    title: 'Degenerative cervical myelopathy',
    note: 'BMJ 2018;360:k186. Hyperreflexia, gait disturbance and bilateral symptoms point above the lumbar roots: MRI of the cervical spine.',
    doi: '10.1136/bmj.k186',
  },
  {
    id: 'stewart-2008-foot-drop',
    kind: 'review',
    year: 2008,
    authors: 'Stewart JD',
    title: 'Foot drop: where, why and what to do?',
    note: 'Pract Neurol 2008;8(3):158–169. Peroneal palsy spares inversion, hip abduction and the reflexes; L5 radiculopathy does not.',
    doi: '10.1136/jnnp.2008.149393',
  },
  {
    id: 'dyck-2002-amyotrophy',
    kind: 'review',
    year: 2002,
    authors: 'Dyck PJB, Windebank AJ',
    title:
      'Diabetic and nondiabetic lumbosacral radiculoplexus neuropathies: new insights into pathophysiology and treatment',
    note: 'Muscle Nerve 2002;25(4):477–491.',
  },
  {
    id: 'harney-2007-meralgia',
    kind: 'review',
    year: 2007,
    authors: 'Harney D, Patijn J',
    title: 'Meralgia paresthetica: diagnosis and management strategies',
    note: 'Pain Med 2007;8(8):669–677.',
  },
  {
    id: 'bnfc-analgesia',
    kind: 'guideline',
    authors: 'Joint Formulary Committee (BNF for Children)',
    title: 'BNF for Children: ibuprofen and paracetamol (weight-based doses for pain)',
    url: 'https://bnfc.nice.org.uk/drugs/ibuprofen/',
    note: 'Ibuprofen 5–10 mg/kg three to four times daily, at most 30 mg/kg a day (2.4 g in 12–17 year olds); paracetamol 15 mg/kg per dose, at most 60 mg/kg a day. Paracetamol: https://bnfc.nice.org.uk/drugs/paracetamol/',
  },
  {
    id: 'acr-2016-low-back-pain',
    kind: 'guideline',
    year: 2016,
    title: 'ACR Appropriateness Criteria: Low Back Pain (2016 revision)',
    url: 'https://linkinghub.elsevier.com/retrieve/pii/S1546-1440(16)30440-9',
  },
  {
    id: 'nsn-medial-hamstring',
    kind: 'website',
    title:
      'Neurosurgery notes: medial hamstring (L5) reflex; L5 radiculopathy versus common peroneal palsy',
    url: 'https://neurosurgerynotes.bullet.site/spine/spinegeneral/spinalexamination/medialhamstringl5reflex',
  },
] as const satisfies readonly Citation[];
