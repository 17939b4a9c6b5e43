/**
 * Sources of the grading calculators (src/grading). Every grade row, threshold and mapping there names
 * one of these ids. Notes say how far each source was checked (see shared/research/clinical-rules.md §1).
 */
import type { Citation } from '../schema.js';

export const GRADING_CITATIONS = [
  {
    id: 'grading-lee-2010',
    kind: 'primary-study',
    year: 2010,
    title: 'A practical MRI grading system for lumbar foraminal stenosis',
    authors: 'Lee S, Lee JW, Yeom JS, et al.',
    doi: '10.2214/AJR.09.2772',
    pmid: '20308517',
    note: 'AJR 2010;194(4):1095-1098. Grade definitions checked against the abstract.',
  },
  {
    id: 'grading-sartoretti-2021',
    kind: 'primary-study',
    year: 2021,
    title:
      'Introduction and reproducibility of an updated practical grading system for lumbar foraminal stenosis based on high-resolution MR imaging',
    authors: 'Sartoretti E, Wyss M, Alfieri A, et al.',
    doi: '10.1038/s41598-021-91462-2',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8184791',
    note: 'Sci Rep 2021. Grades A-F by the number of sides the root touches; about 31% of foramina fell in grades the original Lee system lacks.',
  },
  {
    id: 'grading-wildermuth-1998',
    kind: 'primary-study',
    year: 1998,
    title:
      'Lumbar spine: quantitative and qualitative assessment of positional (upright flexion and extension) MR imaging and myelography',
    authors: 'Wildermuth S, Zanetti M, Duewell S, et al.',
    note: 'Radiology 1998;207:391-398. Primary text not read; the four grades are confirmed by grading-park-2012 and later reliability studies.',
  },
  {
    id: 'grading-park-2012',
    kind: 'primary-study',
    year: 2012,
    title:
      'Clinical correlation of a new MR imaging method for assessing lumbar foraminal stenosis',
    authors: 'Park HJ, et al.',
    url: 'http://ajnr.org/content/33/5/818',
    note: 'AJNR 2012;33(5):818 (title not re-checked). Compares the Lee and Wildermuth grades: inter-observer kappa 0.767 and 0.734.',
  },
  {
    id: 'grading-hasegawa-1995',
    kind: 'primary-study',
    year: 1995,
    title:
      'Lumbar foraminal stenosis: critical heights of the intervertebral discs and foramina. A cryomicrotome study in cadavera',
    authors: 'Hasegawa T, An HS, Haughton VM, Nowicki BH',
    url: 'https://journals.lww.com/jbjsjournal/Abstract/1995/01000/Lumbar_foraminal_stenosis___critical_heights_of.5.aspx',
    note: 'J Bone Joint Surg Am 1995;77(1):32-38. Root compressed in 8 of 10 foramina with posterior disc height <= 4 mm and 4 of 5 with foraminal height <= 15 mm.',
  },
  {
    id: 'grading-foramen-percent-bands',
    kind: 'named-by-seed',
    title:
      'Foraminal narrowing bands by percentage reduction: mild < 25 %, moderate 25-50 %, severe > 50 % (seed article 003, adopted as the Foramen contract)',
    note: 'The article names no validated source and leaves 25 % and 50 % on two bands; Foramen fixes the edges (25 and 50 inclusive are moderate). Not a validated foraminal scale.',
  },
  {
    id: 'grading-radiopaedia-stenosis-grading',
    kind: 'website',
    title:
      'Radiopaedia: Lumbar spinal stenosis (grading), including the Lurie thirds endorsed by Nomenclature 2.0',
    url: 'https://radiopaedia.org/articles/lumbar-spinal-stenosis-grading',
  },
  {
    id: 'grading-pfirrmann-2001',
    kind: 'primary-study',
    year: 2001,
    title: 'Magnetic resonance classification of lumbar intervertebral disc degeneration',
    authors: 'Pfirrmann CW, Metzdorf A, Zanetti M, Hodler J, Boos N',
    doi: '10.1097/00007632-200109010-00011',
    note: 'Spine 2001;26(17):1873-1878. Table and decision algorithm checked in secondary reproductions (Radiopaedia, medicalalgorithms.com, Chiropr Man Therap 2020 table 1).',
  },
  {
    id: 'grading-radiopaedia-pfirrmann',
    kind: 'website',
    title:
      'Radiopaedia: Pfirrmann grading system (notes that a horizontal grey cleft is normal in adults)',
    url: 'https://radiopaedia.org/articles/pfirrmann-grading-system-spine',
  },
  {
    id: 'grading-meyerding-1932',
    kind: 'primary-study',
    year: 1932,
    title: 'Spondylolisthesis',
    authors: 'Meyerding HW',
    note: 'Surg Gynecol Obstet 1932;54:371-377. Primary text not read; grades I-IV by quarter of the vertebral width from grading-chiro-2020, grade V (> 100 %, spondyloptosis) is the standard later extension.',
  },
  {
    id: 'grading-chiro-2020',
    kind: 'primary-study',
    year: 2020,
    title:
      'Degenerative findings in lumbar spine MRI: an inter-rater reliability study (table 1: Pfirrmann, Meyerding and Lee definitions)',
    doi: '10.1186/s12998-020-0297-0',
    url: 'https://chiromt.biomedcentral.com/articles/10.1186/s12998-020-0297-0/tables/1',
    note: 'Chiropr Man Therap 2020.',
  },
  {
    id: 'grading-schizas-2010',
    kind: 'primary-study',
    year: 2010,
    title:
      'Qualitative grading of severity of lumbar spinal stenosis based on the morphology of the dural sac on magnetic resonance images',
    authors: 'Schizas C, Theumann N, Burn A, et al.',
    doi: '10.1097/BRS.0b013e3181d359bd',
    note: 'Spine 2010;35(21):1919-1924. Intra-observer kappa 0.65, inter-observer kappa 0.44.',
  },
  {
    id: 'grading-modic-1988',
    kind: 'primary-study',
    year: 1988,
    title:
      'Degenerative disk disease: assessment of changes in vertebral body marrow with MR imaging',
    authors: 'Modic MT, Steinberg PM, Ross JS, Masaryk TJ, Carter JR',
    doi: '10.1148/radiology.166.1.3336678',
    note: 'Radiology 1988;166(1):193-199. Types 1-3 by T1 and T2 marrow signal.',
  },
  {
    id: 'grading-fardon-2014',
    kind: 'consensus',
    year: 2014,
    title:
      'Lumbar disc nomenclature: version 2.0. Recommendations of the combined task forces of NASS, ASSR and ASNR',
    authors: 'Fardon DF, Williams AL, Dohring EJ, Murtagh FR, Gabriel Rothman SL, Sze GK',
    doi: '10.1016/j.spinee.2014.04.022',
    note: 'Spine J 2014;14(11):2525-2545. Bulge > 25 % (90 degrees) of the circumference; herniation localized to < 25 %; protrusion and extrusion by base versus dome width; sequestration = no continuity.',
  },
  {
    id: 'grading-rsna-2024',
    kind: 'website',
    year: 2024,
    title:
      'RSNA 2024 Lumbar Spine Degenerative Classification AI Challenge (severity classes Normal/Mild, Moderate, Severe)',
    url: 'https://www.rsna.org/rsnai/ai-image-challenge/lumbar-spine-degenerative-classification-ai-challenge',
    note: 'The per-grade reading definitions of the dataset were not available; every Foramen mapping onto these classes is a heuristic.',
  },
] as const satisfies readonly Citation[];

/** Ids of the grading citations, checked at compile time wherever a grade row names its source. */
export type GradingCitationId = (typeof GRADING_CITATIONS)[number]['id'];
