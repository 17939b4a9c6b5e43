import type { Citation } from '../schema.js';

/** Anatomy and examination sources (see shared/research/root-reference.md). */
export const ANATOMY_CITATIONS = [
  {
    id: 'harrison-radiculopathy',
    kind: 'textbook',
    year: 2015,
    title:
      "Harrison's Principles of Internal Medicine, 19th ed., Back and Neck Pain: table 'Lumbosacral radiculopathy: neurologic features'",
    authors: 'Engstrom JW, Deyo RA',
  },
  {
    id: 'isncsci-2019',
    kind: 'guideline',
    year: 2021,
    title:
      'International Standards for Neurological Classification of Spinal Cord Injury, revised 2019',
    authors: 'Rupp R, Biering-Sørensen F, Burns SP, et al.',
    doi: '10.46292/sci2702-1',
  },
  {
    id: 'msd-radiculopathy',
    kind: 'review',
    year: 2024,
    title: 'MSD Manual Professional Version: Lumbosacral radiculopathy',
    url: 'https://www.msdmanuals.com/professional/musculoskeletal-and-connective-tissue-disorders/neck-and-back-pain/lumbosacral-radiculopathy',
  },
  {
    id: 'fardon-2014',
    kind: 'consensus',
    year: 2014,
    title:
      'Lumbar disc nomenclature: version 2.0. Recommendations of the combined task forces of NASS, ASSR and ASNR',
    authors: 'Fardon DF, Williams AL, Dohring EJ, Murtagh FR, Gabriel Rothman SL, Sze GK',
    doi: '10.1016/j.spinee.2014.04.022',
    note: 'Spine J 2014;14(11):2525-2545. Bulge > 25 % (90 degrees) of the circumference; herniation localized to < 25 %; protrusion and extrusion by base versus dome width; sequestration = no continuity.',
  },
  {
    id: 'suri-2011',
    kind: 'primary-study',
    year: 2011,
    title:
      'The accuracy of the physical examination for the diagnosis of midlumbar and low lumbar nerve root impingement',
    authors: 'Suri P, Rainville J, Katz JN, et al.',
    doi: '10.1097/BRS.0b013e3181c953cc',
  },
  {
    id: 'suri-2010',
    kind: 'primary-study',
    year: 2010,
    title: 'Bias in the physical examination of patients with lumbar radiculopathy',
    authors: 'Suri P, Hunter DJ, Katz JN, et al.',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC3009628',
  },
  {
    id: 'iversen-2013',
    kind: 'primary-study',
    year: 2013,
    title: 'Accuracy of physical examination for chronic lumbar radiculopathy',
    authors: 'Iversen T, Solberg TK, Romner B, et al.',
    doi: '10.1186/1471-2474-14-206',
  },
  {
    id: 'esene-2012',
    kind: 'primary-study',
    year: 2012,
    title: 'Diagnostic performance of the medial hamstring reflex in L5 radiculopathy',
    authors: 'Esene IN, Meher A, Elzoghby MA, et al.',
    doi: '10.4103/2152-7806.100859',
  },
  {
    id: 'williams-1998',
    kind: 'primary-study',
    year: 1998,
    title: 'Lumbar root innervation of the medial foot and ankle region',
    authors: 'Williams P, Sugars W',
    doi: '10.1111/j.1445-2197.1998.tb02101.x',
  },
  {
    id: 'openanesthesia-sensory',
    kind: 'website',
    title: 'OpenAnesthesia: lower extremity nerves, sensory distribution',
    url: 'https://www.openanesthesia.org/keywords/lower_extremity_nerves_sensory_distribution/',
  },
  {
    id: 'radiopaedia-disc-nomenclature',
    kind: 'website',
    title: 'Radiopaedia: Intervertebral disc disease nomenclature',
    url: 'https://radiopaedia.org/articles/intervertebral-disc-disease-nomenclature',
  },
  {
    id: 'wikimsk-radicular',
    kind: 'website',
    title: 'WikiMSK: Lumbar radicular pain and radiculopathy',
    url: 'https://wikimsk.org/wiki/Lumbar_Radicular_Pain_and_Radiculopathy',
  },
  {
    id: 'radres-stenosis-grading',
    kind: 'website',
    title: 'Radiology Resident: spine stenosis grading',
    url: 'http://radres.net/spine-spinal-cord/stenosis-grading',
  },
  {
    id: 'mrc-1976',
    kind: 'guideline',
    year: 1976,
    title: 'Aids to the Examination of the Peripheral Nervous System (Memorandum no. 45)',
    authors: 'Medical Research Council',
  },
  {
    id: 'genitofemoral-cremasteric',
    kind: 'textbook',
    title: 'Genitofemoral nerve (L1–L2) and both limbs of the cremasteric reflex',
    url: 'https://www.liquisearch.com/genitofemoral_nerve',
  },
] as const satisfies readonly Citation[];
