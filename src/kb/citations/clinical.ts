import type { Citation } from '../schema.js';

/**
 * Literature behind the clinical-picture entries: conditions, grading systems, causes, symptoms,
 * diagnostic tests and the clinical corrections. Details come from shared/research/clinical-rules.md
 * and root-reference.md; where a citation was checked against a stored copy of its abstract the
 * note says so, and where only a secondary source was read the note says that instead.
 */
export const CLINICAL_CITATIONS = [
  // --- Grading and classification -------------------------------------------------------------
  {
    id: 'lee-2010',
    kind: 'primary-study',
    year: 2010,
    title: 'A practical MRI grading system for lumbar foraminal stenosis',
    authors: 'Lee S, Lee JW, Yeom JS, et al.',
    doi: '10.2214/AJR.09.2772',
    pmid: '20308517',
    note: 'AJR Am J Roentgenol 2010;194(4):1095–1098. Grade definitions checked against the abstract.',
  },
  {
    id: 'wildermuth-1998',
    kind: 'primary-study',
    year: 1998,
    title:
      'Lumbar spine: quantitative and qualitative assessment of positional (upright flexion and extension) MR imaging and myelography',
    authors: 'Wildermuth S, Zanetti M, Duewell S, et al.',
    note: 'Radiology 1998;207(2):391–398. The abstract was read; the four foraminal grades are worded as in park-2012 and later reliability studies.',
  },
  {
    id: 'park-2012',
    kind: 'primary-study',
    year: 2012,
    title:
      'Clinical correlation of a new MR imaging method for assessing lumbar foraminal stenosis',
    authors: 'Park HJ, Kim SS, Lee SY, et al.',
    url: 'http://ajnr.org/content/33/5/818',
    note: 'AJNR Am J Neuroradiol 2012;33(5):818–822. Lee vs Wildermuth: kappa 0.767 vs 0.734.',
  },
  {
    id: 'sartoretti-2021',
    kind: 'primary-study',
    year: 2021,
    title:
      'Introduction and reproducibility of an updated practical grading system for lumbar foraminal stenosis based on high-resolution MR imaging',
    authors: 'Sartoretti E, Wyss M, Alfieri A, et al.',
    doi: '10.1038/s41598-021-91462-2',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8184791',
    note: 'Scientific Reports 2021. Grades A–F by the number of sides the root touches; about 31% of foramina fell in grades the original Lee system lacks.',
  },
  {
    id: 'seo-2023',
    kind: 'review',
    year: 2023,
    title:
      'Magnetic resonance imaging grading systems for central canal and neural foraminal stenoses of the lumbar and cervical spines with a focus on the Lee grading system',
    authors: 'Seo J, Lee JW',
    doi: '10.3348/kjr.2022.0351',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC9971835',
    note: 'Korean J Radiol 2023;24(3):224–234.',
  },
  {
    id: 'jkns-2017',
    kind: 'primary-study',
    year: 2017,
    title:
      'Correlation between MRI grading system and surgical findings for lumbar foraminal stenosis',
    authors: 'Jeong, Ahn, Lee, Kim, Son, Kwon',
    doi: '10.3340/jkns.2016.1010.004',
    url: 'https://jkns.or.kr/journal/view.php?number=7018',
    note: 'J Korean Neurosurg Soc 2017;60(4):465–470; 99 foraminotomy patients, 78.9% of operated foramina were Lee grade 3.',
  },
  {
    id: 'hasegawa-1995',
    kind: 'primary-study',
    year: 1995,
    title:
      'Lumbar foraminal stenosis: critical heights of the intervertebral discs and foramina. A cryomicrotome study in cadavera',
    authors: 'Hasegawa T, An HS, Haughton VM, Nowicki BH',
    note: 'J Bone Joint Surg Am 1995;77(1):32–38. Root compressed in 8 of 10 foramina with posterior disc height <= 4 mm and 4 of 5 with foraminal height <= 15 mm.',
    url: 'https://journals.lww.com/jbjsjournal/Abstract/1995/01000/Lumbar_foraminal_stenosis___critical_heights_of.5.aspx',
  },
  {
    id: 'hasib-2021',
    kind: 'primary-study',
    year: 2021,
    title:
      'Can conventional magnetic resonance imaging substitute three-dimensional magnetic resonance imaging in the diagnosis of lumbar foraminal stenosis?',
    authors: 'Hasib, Yamada, Hoshino, et al.',
    url: 'https://asianspinejournal.org/journal/view.php?number=1278',
    note: 'Asian Spine J 2021;15(4).',
  },
  {
    id: 'pfirrmann-2001',
    kind: 'primary-study',
    year: 2001,
    title: 'Magnetic resonance classification of lumbar intervertebral disc degeneration',
    authors: 'Pfirrmann CW, Metzdorf A, Zanetti M, Hodler J, Boos N',
    doi: '10.1097/00007632-200109010-00011',
    note: 'Spine 2001;26(17):1873–1878. Table and decision algorithm checked in secondary reproductions (Radiopaedia, medicalalgorithms.com, chiro-2020 table 1).',
  },
  {
    id: 'pfirrmann-2004',
    kind: 'primary-study',
    year: 2004,
    title:
      'MR image-based grading of lumbar nerve root compromise due to disk herniation: reliability study with surgical correlation',
    authors: 'Pfirrmann CW, Dora C, Schmid MR, Zanetti M, Hodler J, Boos N',
    note: 'Radiology 2004;230(2):583–588.',
  },
  {
    id: 'meyerding-1932',
    kind: 'primary-study',
    year: 1932,
    title: 'Spondylolisthesis',
    authors: 'Meyerding HW',
    note: 'Surg Gynecol Obstet 1932;54:371–377. Primary text not read; grades I–IV by quarter of the vertebral width as tabulated in chiro-2020, grade V (> 100 %, spondyloptosis) is the standard later extension.',
  },
  {
    id: 'chiro-2020',
    kind: 'primary-study',
    year: 2020,
    title:
      'Degenerative findings in lumbar spine MRI: an inter-rater reliability study involving three raters (Table 1: Pfirrmann, Meyerding and Lee definitions)',
    doi: '10.1186/s12998-020-0297-0',
    url: 'https://chiromt.biomedcentral.com/articles/10.1186/s12998-020-0297-0/tables/1',
    note: 'Chiropractic & Manual Therapies 2020.',
  },
  {
    id: 'schizas-2010',
    kind: 'primary-study',
    year: 2010,
    title:
      'Qualitative grading of severity of lumbar spinal stenosis based on the morphology of the dural sac on magnetic resonance images',
    authors: 'Schizas C, Theumann N, Burn A, et al.',
    doi: '10.1097/BRS.0b013e3181d359bd',
    note: 'Spine 2010;35(21):1919–1924. Intra-observer kappa 0.65, inter-observer kappa 0.44.',
  },
  {
    id: 'lee-gy-2011',
    kind: 'primary-study',
    year: 2011,
    title:
      'A new grading system of lumbar central canal stenosis on MRI: an easy and reliable method',
    authors: 'Lee GY, Lee JW, Choi HS, Oh KJ, Kang HS',
    doi: '10.1007/s00256-011-1102-x',
    note: 'Skeletal Radiol 2011;40(8):1033–1039 (research notes list it as AJR; the abstract shows Skeletal Radiology).',
  },
  {
    id: 'bartynski-2003',
    kind: 'primary-study',
    year: 2003,
    title:
      'Lumbar root compression in the lateral recess: MR imaging, conventional myelography, and CT myelography comparison with surgical confirmation',
    authors: 'Bartynski WS, Lin L',
    url: 'http://ajnr.org/content/24/3/348',
    note: 'AJNR Am J Neuroradiol 2003;24(3):348–360. MRI underestimated surgically confirmed lateral-recess compression in 28–29%.',
  },
  {
    id: 'weishaupt-1999',
    kind: 'primary-study',
    year: 1999,
    title: 'MR imaging and CT in osteoarthritis of the lumbar facet joints',
    authors: 'Weishaupt D, Zanetti M, Boos N, Hodler J',
    note: 'Skeletal Radiol 1999;28(4):215–219.',
  },
  {
    id: 'fujiwara-1999',
    kind: 'primary-study',
    year: 1999,
    title:
      'The relationship between facet joint osteoarthritis and disc degeneration of the lumbar spine: an MRI study',
    authors: 'Fujiwara A, Tamai K, Yamato M, et al.',
    doi: '10.1007/s005860050193',
    note: 'Eur Spine J 1999;8(5):396–401.',
  },
  {
    id: 'modic-1988',
    kind: 'primary-study',
    year: 1988,
    title:
      'Degenerative disk disease: assessment of changes in vertebral body marrow with MR imaging',
    authors: 'Modic MT, Steinberg PM, Ross JS, Masaryk TJ, Carter JR',
    doi: '10.1148/radiology.166.1.3336678',
    note: 'Radiology 1988;166(1):193–199. Types 1–3 by T1 and T2 marrow signal.',
  },
  {
    id: 'mysliwiec-2010',
    kind: 'primary-study',
    year: 2010,
    title:
      'MSU classification for herniated lumbar discs on MRI: toward developing objective criteria for surgical selection',
    authors: 'Mysliwiec LW, Cholewicki J, Winkelpleck MD, Eis GP',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC2900017',
    note: 'Eur Spine J 2010;19(7):1087–1093.',
  },
  {
    id: 'rsna-2024-lsdc',
    kind: 'website',
    year: 2024,
    title: 'RSNA 2024 Lumbar Spine Degenerative Classification AI Challenge',
    url: 'https://www.rsna.org/rsnai/ai-image-challenge/lumbar-spine-degenerative-classification-ai-challenge',
    note: 'Five conditions at five levels, labels Normal/Mild, Moderate, Severe; run with ASNR. The per-grade reading definitions of the dataset were not available; every Foramen mapping onto these classes is a heuristic.',
  },
  {
    id: 'radiopaedia-lss-grading',
    kind: 'website',
    title:
      'Radiopaedia: Lumbar spinal stenosis (grading), including the Lurie thirds endorsed by Nomenclature 2.0',
    url: 'https://radiopaedia.org/articles/lumbar-spinal-stenosis-grading',
  },

  // --- Guidelines and pathways ----------------------------------------------------------------
  {
    id: 'nice-ng59',
    kind: 'guideline',
    year: 2016,
    title:
      'Low back pain and sciatica in over 16s: assessment and management (NG59, updated December 2020)',
    authors: 'National Institute for Health and Care Excellence',
    url: 'https://www.nice.org.uk/guidance/ng59/chapter/Recommendations',
  },
  {
    id: 'acr-2021-low-back-pain',
    kind: 'guideline',
    year: 2021,
    title: 'ACR Appropriateness Criteria: Low Back Pain, 2021 update',
    authors: 'Expert Panel on Neurological Imaging (American College of Radiology)',
    url: 'https://acsearch.acr.org/list/GetAppendix?PanelName=Neurologic&TopicId=141',
    note: 'J Am Coll Radiol 2021;18(11S):S361–S379.',
  },
  {
    id: 'acp-2017',
    kind: 'guideline',
    year: 2017,
    title:
      'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians',
    authors: 'Qaseem A, Wilt TJ, McLean RM, Forciea MA',
    doi: '10.7326/M16-2367',
    note: 'Ann Intern Med 2017;166(7):514–530.',
  },
  {
    id: 'acp-aps-2007',
    kind: 'guideline',
    year: 2007,
    title:
      'Diagnosis and treatment of low back pain: a joint clinical practice guideline from the American College of Physicians and the American Pain Society',
    authors: 'Chou R, Qaseem A, Snow V, et al.',
    note: 'Ann Intern Med 2007;147(7):478–491.',
  },
  {
    id: 'nass-lss-2011',
    kind: 'guideline',
    year: 2013,
    title:
      'An evidence-based clinical guideline for the diagnosis and treatment of degenerative lumbar spinal stenosis (update)',
    authors: 'Kreiner DS, Shaffer WO, Baisden JL, et al. (North American Spine Society)',
    note: 'Spine J 2013;13(7):734–743; the full NASS guideline was issued in 2011.',
  },
  {
    id: 'nass-ldh-2014',
    kind: 'guideline',
    year: 2014,
    title:
      'An evidence-based clinical guideline for the diagnosis and treatment of lumbar disc herniation with radiculopathy',
    authors: 'Kreiner DS, Hwang SW, Easa JE, et al. (North American Spine Society)',
    pmid: '24239490',
    note: 'Spine J 2014;14(1):180–191.',
  },
  {
    id: 'bmj-bp-ces',
    kind: 'guideline',
    title: 'BMJ Best Practice: Cauda equina syndrome (diagnosis approach)',
    url: 'https://bestpractice.bmj.com/topics/en-gb/3000164/diagnosis-approach',
  },
  {
    id: 'nice-cks-sciatica',
    kind: 'guideline',
    year: 2018,
    title:
      'NICE Clinical Knowledge Summaries: Sciatica (lumbar radiculopathy), red flags including the 2018 cauda equina update',
    authors: 'National Institute for Health and Care Excellence',
    url: 'https://cks.nice.org.uk/topics/sciatica-lumbar-radiculopathy/',
  },
  {
    id: 'girft-ces-2023',
    kind: 'guideline',
    year: 2023,
    title:
      'GIRFT National Suspected Cauda Equina Syndrome Pathway (October 2023), as applied by the BNSSG Remedy pathway',
    url: 'https://remedy.bnssg.icb.nhs.uk/adults/neurosurgery/cauda-equina-syndrome',
  },
  {
    id: 'nhs-lothian-red-flags',
    kind: 'guideline',
    title: 'NHS Lothian: lumbar spine red flags for primary care clinicians',
    url: 'https://rightdecisions.scot.nhs.uk/msk-pathways/spine-pathways/lumbar-spine-pathways/sub-pages-hidden/primary-care-clinician-within-nhs-lothian-lumbar-spine-red-flags',
  },
  {
    id: 'nice-ng65',
    kind: 'guideline',
    year: 2017,
    title: 'Spondyloarthritis in over 16s: diagnosis and management (NG65)',
    authors: 'National Institute for Health and Care Excellence',
    url: 'https://www.nice.org.uk/guidance/ng65',
  },
  {
    id: 'nice-ng100',
    kind: 'guideline',
    year: 2018,
    title: 'Rheumatoid arthritis in adults: management (NG100)',
    authors: 'National Institute for Health and Care Excellence',
    url: 'https://www.nice.org.uk/guidance/ng100',
  },
  {
    id: 'nice-ng234',
    kind: 'guideline',
    year: 2023,
    title: 'Spinal metastases and metastatic spinal cord compression (NG234)',
    authors: 'National Institute for Health and Care Excellence',
    url: 'https://www.nice.org.uk/guidance/ng234',
  },
  {
    id: 'berbari-2015',
    kind: 'guideline',
    year: 2015,
    title:
      '2015 Infectious Diseases Society of America (IDSA) clinical practice guidelines for the diagnosis and treatment of native vertebral osteomyelitis in adults',
    authors: 'Berbari EF, Kanj SS, Kowalski TJ, et al.',
    doi: '10.1093/cid/civ482',
    note: 'Clin Infect Dis 2015;61(6):e26–e46. Blood cultures, ESR and CRP in all suspected cases; MRI; image-guided biopsy when no organism.',
  },
  {
    id: 'england-2009',
    kind: 'guideline',
    year: 2009,
    title:
      'Practice parameter: evaluation of distal symmetric polyneuropathy: role of laboratory and genetic testing (an evidence-based review)',
    authors: 'England JD, Gronseth GS, Franklin G, et al.',
    note: 'Neurology 2009;72(2):185–192. Highest-yield tests: blood glucose, serum B12 with metabolites, serum protein immunofixation.',
  },
  {
    id: 'ralston-2019',
    kind: 'guideline',
    year: 2019,
    title: "Diagnosis and management of Paget's disease of bone in adults: a clinical guideline",
    authors: 'Ralston SH, Corral-Gudino L, Cooper C, et al.',
    note: 'J Bone Miner Res 2019;34(4):579–604.',
  },
  {
    id: 'cho-2010',
    kind: 'review',
    year: 2010,
    title:
      'Utility of electrodiagnostic testing in evaluating patients with lumbosacral radiculopathy: an evidence-based review',
    authors: 'Cho SC, Ferrante MA, Levin KH, Harmon RL, So YT',
    doi: '10.1002/mus.21759',
    note: 'Muscle Nerve 2010;42(2):276–282 (AANEM practice topic). H-reflex supports S1 radiculopathy; paraspinal mapping and limb EMG have some support.',
  },
  {
    id: 'dillingham-2020',
    kind: 'review',
    year: 2020,
    title:
      'Evaluation of persons with suspected lumbosacral and cervical radiculopathy: electrodiagnostic assessment and implications for treatment and outcomes (Part I)',
    authors: 'Dillingham TR, Annaswamy TM, Plastaras CT',
    doi: '10.1002/mus.26997',
    note: 'Muscle Nerve 2020. Needle EMG: modest sensitivity, high specificity; NCS mainly to exclude mimics.',
  },
  {
    id: 'backonja-2013',
    kind: 'consensus',
    year: 2013,
    title:
      'Value of quantitative sensory testing in neurological and pain disorders: NeuPSIG consensus',
    authors: 'Backonja MM, Attal N, Baron R, et al.',
    note: 'Pain 2013;154(9):1807–1819.',
  },

  // --- Examination accuracy -------------------------------------------------------------------
  {
    id: 'deville-2000',
    kind: 'review',
    year: 2000,
    title: 'The test of Lasègue: systematic review of the accuracy in diagnosing herniated discs',
    authors: 'Devillé WL, van der Windt DA, Dzaferagić A, Bezemer PD, Bouter LM',
    note: 'Spine 2000;25(9):1140–1147. SLR pooled sensitivity 0.91 (0.82–0.94), specificity 0.26 (0.16–0.38); surgical case series.',
  },
  {
    id: 'van-der-windt-2010',
    kind: 'review',
    year: 2010,
    title:
      'Physical examination for lumbar radiculopathy due to disc herniation in patients with low-back pain (Cochrane review)',
    authors: 'van der Windt DA, Simons E, Riphagen II, et al.',
    doi: '10.1002/14651858.CD007431.pub2',
    note: 'Pooled figures quoted via a secondary summary (clinical-rules.md [COCH10]). Cochrane version suffix not re-checked against the Cochrane Library [R].',
  },
  {
    id: 'capra-2011',
    kind: 'primary-study',
    year: 2011,
    title:
      'Validity of the straight-leg raise test for patients with sciatic pain with or without lumbar pain using magnetic resonance imaging results as a reference standard',
    authors: 'Capra F, Vanti C, Donati R, et al.',
    url: 'https://www.jmptonline.org/article/S0161-4754(11)00070-4/fulltext',
    note: 'J Manipulative Physiol Ther 2011;34(4):231–238.',
  },
  {
    id: 'majlesi-2008',
    kind: 'primary-study',
    year: 2008,
    title:
      'The sensitivity and specificity of the Slump and the Straight Leg Raising tests in patients with lumbar disc herniation',
    authors: 'Majlesi J, Togay H, Ünalan H, Toprak S',
    note: 'J Clin Rheumatol 2008;14(2):87–91. Two copies disagree on the specificities, so no numbers are encoded.',
  },
  {
    id: 'stuber-2014',
    kind: 'review',
    year: 2014,
    title: "The diagnostic accuracy of the Kemp's test: a systematic review",
    authors: 'Stuber K, Lerede C, Kristmanson K, Sajko S, Bruno P',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4139762',
    note: 'J Can Chiropr Assoc 2014;58(3):258–267. Only negative predictive value exceeded 50%.',
  },
  {
    id: 'masci-2006',
    kind: 'primary-study',
    year: 2006,
    title:
      'Use of the one-legged hyperextension test and magnetic resonance imaging in the diagnosis of active spondylolysis',
    authors: 'Masci L, Pike J, Malara F, Phillips B, Bennell K, Brukner P',
    doi: '10.1136/bjsm.2006.030023',
    note: 'Br J Sports Med 2006;40(11):940–946. The test was neither sensitive nor specific.',
  },
  {
    id: 'hicks-2005',
    kind: 'primary-study',
    year: 2005,
    title:
      'Preliminary development of a clinical prediction rule for determining which patients with low back pain will respond to a stabilization exercise program',
    authors: 'Hicks GE, Fritz JM, Delitto A, McGill SM',
    note: 'Arch Phys Med Rehabil 2005;86(9):1753–1762.',
  },
  {
    id: 'magee-2014',
    kind: 'textbook',
    year: 2014,
    title: 'Orthopedic Physical Assessment, 6th edition (chapter: Lumbar Spine)',
    authors: 'Magee DJ',
  },
  {
    id: 'mckenzie-2003',
    kind: 'textbook',
    year: 2003,
    title: 'The Lumbar Spine: Mechanical Diagnosis and Therapy, 2nd edition',
    authors: 'McKenzie R, May S',
  },

  // --- Imaging and biomechanics ---------------------------------------------------------------
  {
    id: 'schmid-1999',
    kind: 'primary-study',
    year: 1999,
    title:
      'Changes in cross-sectional measurements of the spinal canal and intervertebral foramina as a function of body position: in vivo studies on an open-configuration MR system',
    authors: 'Schmid MR, Stucki G, Duewell S, Wildermuth S, Zanetti M, Hodler J',
    note: 'AJR Am J Roentgenol 1999;172(4):1095–1102. Foraminal area varied by up to 44.4% with position and was smallest in extension.',
  },
  {
    id: 'fredericson-2001',
    kind: 'primary-study',
    year: 2001,
    title:
      'Changes in posterior disc bulging and intervertebral foraminal size associated with flexion-extension movement: a comparison between L4-5 and L5-S1 levels in normal subjects',
    authors: 'Fredericson M, Lee SU, Welsh J, Butts K, Norbash A, Carragee EJ',
    note: 'Spine J 2001;1(1):10–17.',
  },
  {
    id: 'jensen-1994',
    kind: 'primary-study',
    year: 1994,
    title: 'Magnetic resonance imaging of the lumbar spine in people without back pain',
    authors: 'Jensen MC, Brant-Zawadzki MN, Obuchowski N, Modic MT, Malkasian D, Ross JS',
    note: 'N Engl J Med 1994;331(2):69–73.',
  },
  {
    id: 'brinjikji-2015',
    kind: 'review',
    year: 2015,
    title:
      'Systematic literature review of imaging features of spinal degeneration in asymptomatic populations',
    authors: 'Brinjikji W, Luetmer PH, Comstock B, et al.',
    note: 'AJNR Am J Neuroradiol 2015;36(4):811–816.',
  },
  {
    id: 'carragee-2009',
    kind: 'primary-study',
    year: 2009,
    title:
      'Does discography cause accelerated progression of degeneration changes in the lumbar disc: a ten-year matched cohort study',
    authors: 'Carragee EJ, Don AS, Hurwitz EL, Cuellar JM, Carrino JA, Herzog R',
    note: 'Spine 2009;34(21):2338–2345.',
  },

  // --- Causes ---------------------------------------------------------------------------------
  {
    id: 'battie-2009',
    kind: 'review',
    year: 2009,
    title: 'The Twin Spine Study: contributions to a changing view of disc degeneration',
    authors: 'Battié MC, Videman T, Kaprio J, et al.',
    pmid: '19111259',
    note: 'Spine J 2009;9(1):47–59. Heredity explains much of disc degeneration; occupational loading and smoking smaller effects.',
  },
  {
    id: 'shiri-2010-obesity',
    kind: 'review',
    year: 2010,
    title: 'The association between obesity and low back pain: a meta-analysis',
    authors: 'Shiri R, Karppinen J, Leino-Arjas P, Solovieva S, Viikari-Juntura E',
    note: 'Am J Epidemiol 2010;171(2):135–154.',
  },
  {
    id: 'shiri-2010-smoking',
    kind: 'review',
    year: 2010,
    title: 'The association between smoking and low back pain: a meta-analysis',
    authors: 'Shiri R, Karppinen J, Leino-Arjas P, Solovieva S, Viikari-Juntura E',
    note: 'Am J Med 2010;123(1):87.e7–35.',
  },
  {
    id: 'resnick-1976',
    kind: 'primary-study',
    year: 1976,
    title:
      'Radiographic and pathologic features of spinal involvement in diffuse idiopathic skeletal hyperostosis (DISH)',
    authors: 'Resnick D, Niwayama G',
    note: 'Radiology 1976;119(3):559–568.',
  },
  {
    id: 'darouiche-2006',
    kind: 'review',
    year: 2006,
    title: 'Spinal epidural abscess',
    authors: 'Darouiche RO',
    note: 'N Engl J Med 2006;355(19):2012–2020.',
  },
  {
    id: 'garg-2011',
    kind: 'review',
    year: 2011,
    title: 'Spinal tuberculosis: a review',
    authors: 'Garg RK, Somvanshi DS',
    note: 'J Spinal Cord Med 2011;34(5):440–454.',
  },
  {
    id: 'epstein-2004',
    kind: 'review',
    year: 2004,
    title:
      'Lumbar synovial cysts: a review of diagnosis, surgical management, and outcome assessment',
    authors: 'Epstein NE',
    note: 'J Spinal Disord Tech 2004;17(4):321–325.',
  },
  {
    id: 'ross-1996',
    kind: 'primary-study',
    year: 1996,
    title:
      'Association between peridural scar and recurrent radicular pain after lumbar discectomy: magnetic resonance evaluation',
    authors: 'Ross JS, Robertson JT, Frederickson RC, et al.',
    note: 'Neurosurgery 1996;38(4):855–861.',
  },
  {
    id: 'kreppel-2003',
    kind: 'review',
    year: 2003,
    title: 'Spinal hematoma: a literature survey with meta-analysis of 613 patients',
    authors: 'Kreppel D, Antoniadis G, Seeling W',
    note: 'Neurosurg Rev 2003;26(1):1–49.',
  },
  {
    id: 'krings-2009',
    kind: 'review',
    year: 2009,
    title: 'Spinal dural arteriovenous fistulas',
    authors: 'Krings T, Geibprasert S',
    note: 'AJNR Am J Neuroradiol 2009;30(4):639–648.',
  },
  {
    id: 'olmarker-1993',
    kind: 'primary-study',
    year: 1993,
    title:
      'Autologous nucleus pulposus induces neurophysiologic and histologic changes in porcine cauda equina nerve roots',
    authors: 'Olmarker K, Rydevik B, Nordborg C',
    note: 'Spine 1993;18(11):1425–1432.',
  },
  {
    id: 'aebi-2005',
    kind: 'review',
    year: 2005,
    title: 'The adult scoliosis',
    authors: 'Aebi M',
    note: 'Eur Spine J 2005;14(10):925–948.',
  },
  {
    id: 'savarirayan-2022',
    kind: 'consensus',
    year: 2022,
    title:
      'International consensus statement on the diagnosis, multidisciplinary management and lifelong care of individuals with achondroplasia',
    authors: 'Savarirayan R, Ireland P, Irving M, et al.',
    note: 'Nat Rev Endocrinol 2022;18(3):173–189.',
  },
  {
    id: 'malfait-2017',
    kind: 'consensus',
    year: 2017,
    title: 'The 2017 international classification of the Ehlers–Danlos syndromes',
    authors: 'Malfait F, Francomano C, Byers P, et al.',
    note: 'Am J Med Genet C Semin Med Genet 2017;175(1):8–26.',
  },
  {
    id: 'kdigo-2017',
    kind: 'guideline',
    year: 2017,
    title:
      'KDIGO 2017 clinical practice guideline update for the diagnosis, evaluation, prevention, and treatment of chronic kidney disease–mineral and bone disorder (CKD-MBD)',
    authors: 'Kidney Disease: Improving Global Outcomes (KDIGO) CKD-MBD Update Work Group',
    note: 'Kidney Int Suppl 2017;7(1):1–59.',
  },
  {
    id: 'holick-2007',
    kind: 'review',
    year: 2007,
    title: 'Vitamin D deficiency',
    authors: 'Holick MF',
    note: 'N Engl J Med 2007;357(3):266–281.',
  },
  {
    id: 'gray-2016',
    kind: 'textbook',
    year: 2016,
    title:
      "Gray's Anatomy: The Anatomical Basis of Clinical Practice, 41st edition (lumbar plexus and psoas major)",
    authors: 'Standring S (ed.)',
  },
] as const satisfies readonly Citation[];
