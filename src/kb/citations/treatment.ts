import type { Citation } from '../schema.js';

/**
 * Treatment, self-care, red-flag and patient-question sources (see shared/research/clinical-rules.md §3 and
 * its Sources list). Every id starts with `tx-` so this list never collides with another domain's ids.
 * DOIs and Cochrane review numbers are recorded as published; where a DOI could not be confirmed it is
 * left out rather than guessed.
 */
export const TREATMENT_CITATIONS = [
  // Guidelines
  {
    id: 'tx-chou-2017-nonpharm', kind: 'review', year: 2017, authors: 'Chou R, Deyo R, Friedly J, et al.',
    title: 'Nonpharmacologic therapies for low back pain: a systematic review for an American College of Physicians clinical practice guideline',
    doi: '10.7326/M16-2459', pmid: '28192793', note: 'Ann Intern Med 2017;166(7):493-505.',
  },
  {
    id: 'tx-acp-aps-2007', kind: 'guideline', year: 2007, authors: 'Chou R, Qaseem A, Snow V, et al.',
    title: 'Diagnosis and treatment of low back pain: a joint clinical practice guideline from the American College of Physicians and the American Pain Society',
    doi: '10.7326/0003-4819-147-7-200710020-00006', note: 'Ann Intern Med 2007;147(7):478-491.',
  },
  {
    id: 'tx-nass-lss-2011', kind: 'guideline', year: 2011, authors: 'North American Spine Society',
    title: 'Diagnosis and treatment of degenerative lumbar spinal stenosis (NASS evidence-based clinical guideline, 2011; summary Kreiner DS et al., Spine J 2013)',
    url: 'http://www.guideline.gov/content.aspx?id=34839',
  },
  {
    id: 'tx-acr-2021', kind: 'guideline', year: 2021, authors: 'Hutchins TA, Peckham M, Shah LM, et al.',
    title: 'ACR Appropriateness Criteria: Low Back Pain, 2021 update', note: 'J Am Coll Radiol 2021;18(11S):S361-S379.',
    url: 'https://acsearch.acr.org/list/GetAppendix?PanelName=Neurologic&TopicId=141',
  },
  // Red flags and cauda equina
  {
    id: 'tx-cks-ces-2018', kind: 'guideline', year: 2018, authors: 'NICE Clinical Knowledge Summaries with the Medical Protection Society',
    title: 'Sciatica (lumbar radiculopathy): cauda equina syndrome red flags (2018 update)',
    url: 'https://www.penningtonslaw.com/news-publications/latest-news/2018/cauda-equina-syndrome-red-flag-symptoms-updated-by-nice-to-aid-earlier-referral',
    note: 'Read through reproductions of the CKS text (see clinical-rules.md [CKS-CES]).',
  },
  {
    id: 'tx-cks-red-flags', kind: 'guideline', authors: 'NICE Clinical Knowledge Summaries',
    title: 'Sciatica (lumbar radiculopathy): interpreting red flags',
    url: 'http://www.cks.nhs.uk/sciatica_lumbar_radiculopathy/management/scenario_diagnosis/assessing_for_serious_risks_red_flags/interpreting_red_flags',
  },
  {
    id: 'tx-bmj-bp-ces', kind: 'textbook', authors: 'BMJ Best Practice',
    title: 'Cauda equina syndrome: diagnosis approach', url: 'https://bestpractice.bmj.com/topics/en-gb/3000164/diagnosis-approach',
    note: 'Refer immediately, to be seen within hours; emergency MRI within 4 hours of request.',
  },
  {
    id: 'tx-girft-ces-2023', kind: 'guideline', year: 2023, authors: 'Getting It Right First Time (NHS England)',
    title: 'National Suspected Cauda Equina Syndrome Pathway (October 2023), as implemented by BNSSG Remedy',
    url: 'https://remedy.bnssg.icb.nhs.uk/adults/neurosurgery/cauda-equina-syndrome',
  },
  {
    id: 'tx-nhs-lothian-red-flags', kind: 'guideline', authors: 'NHS Lothian',
    title: 'Primary care clinician: lumbar spine red flags (NHS Lothian MSK pathways)',
    url: 'https://rightdecisions.scot.nhs.uk/msk-pathways/spine-pathways/lumbar-spine-pathways/sub-pages-hidden/primary-care-clinician-within-nhs-lothian-lumbar-spine-red-flags',
  },
  {
    id: 'tx-nhs-lothian-physio-red-flags', kind: 'guideline', authors: 'NHS Lothian musculoskeletal physiotherapy',
    title: 'Serious lumbar spine conditions: red flags',
    url: 'https://apps.nhslothian.scot/refhelp/guidelines/musculoskeletalphysiotherapy/lumbarspine/serious-lumbar-spine-conditions-red-flags/',
  },
  {
    id: 'tx-community-red-flags-2023', kind: 'guideline', year: 2023,
    title: 'Community red flags for lower back pain / radicular pain (September 2023)',
    url: 'https://scribd.com/document/717602173/Community-red-flags-September-2023',
    note: 'NHS community pathway card: emergency / same-day versus urgent (within 2 weeks) triage.',
  },
  // Non-drug treatment reviews
  {
    id: 'tx-cochrane-exercise-2021', kind: 'review', year: 2021, authors: 'Hayden JA, Ellis J, Ogilvie R, Malmivaara A, van Tulder MW',
    title: 'Exercise therapy for chronic low back pain (Cochrane review)', doi: '10.1002/14651858.CD009790.pub2',
  },
  {
    id: 'tx-cochrane-motor-control-2016', kind: 'review', year: 2016, authors: 'Saragiotto BT, Maher CG, Yamato TP, et al.',
    title: 'Motor control exercise for chronic non-specific low-back pain (Cochrane review)', doi: '10.1002/14651858.CD012004',
  },
  {
    id: 'tx-cochrane-pilates-2015', kind: 'review', year: 2015, authors: 'Yamato TP, Maher CG, Saragiotto BT, et al.',
    title: 'Pilates for low back pain (Cochrane review)', doi: '10.1002/14651858.CD010265.pub2',
  },
  {
    id: 'tx-cochrane-yoga-2022', kind: 'review', year: 2022, authors: 'Wieland LS, Skoetz N, Pilkington K, et al.',
    title: 'Yoga treatment for chronic non-specific low back pain (Cochrane review)', doi: '10.1002/14651858.CD010671.pub3',
  },
  {
    id: 'tx-cochrane-tens-2008', kind: 'review', year: 2008, authors: 'Khadilkar A, Odebiyi DO, Brosseau L, Wells GA',
    title: 'Transcutaneous electrical nerve stimulation (TENS) versus placebo for chronic low-back pain (Cochrane review)',
    doi: '10.1002/14651858.CD003008.pub3',
  },
  {
    id: 'tx-cochrane-ultrasound-2020', kind: 'review', year: 2020, authors: 'Ebadi S, Henschke N, Forogh B, et al.',
    title: 'Therapeutic ultrasound for chronic low back pain (Cochrane review)', doi: '10.1002/14651858.CD009169.pub3',
  },
  {
    id: 'tx-cochrane-traction-2013', kind: 'review', year: 2013, authors: 'Wegner I, Widyahening IS, van Tulder MW, et al.',
    title: 'Traction for low-back pain with or without sciatica (Cochrane review)', doi: '10.1002/14651858.CD003010.pub5',
  },
  {
    id: 'tx-cochrane-heat-cold-2006', kind: 'review', year: 2006, authors: 'French SD, Cameron M, Walker BF, Reggars JW, Esterman AJ',
    title: 'Superficial heat or cold for low back pain (Cochrane review)', doi: '10.1002/14651858.CD004750.pub2',
  },
  {
    id: 'tx-cochrane-laser-2008', kind: 'review', year: 2008, authors: 'Yousefi-Nooraie R, Schonstein E, Heidari K, et al.',
    title: 'Low level laser therapy for nonspecific low-back pain (Cochrane review)', doi: '10.1002/14651858.CD005107.pub4',
  },
  {
    id: 'tx-cochrane-massage-2015', kind: 'review', year: 2015, authors: 'Furlan AD, Giraldo M, Baskwill A, Irvin E, Imamura M',
    title: 'Massage for low-back pain (Cochrane review)', doi: '10.1002/14651858.CD001929.pub3',
  },
  {
    id: 'tx-cochrane-acupuncture-2005', kind: 'review', year: 2005, authors: 'Furlan AD, van Tulder MW, Cherkin DC, et al.',
    title: 'Acupuncture and dry-needling for low back pain (Cochrane review)', doi: '10.1002/14651858.CD001351.pub2',
  },
  {
    id: 'tx-cochrane-manipulation-2011', kind: 'review', year: 2011, authors: 'Rubinstein SM, van Middelkoop M, Assendelft WJ, de Boer MR, van Tulder MW',
    title: 'Spinal manipulative therapy for chronic low-back pain (Cochrane review)', doi: '10.1002/14651858.CD008112.pub2',
  },
  {
    id: 'tx-cochrane-lumbar-supports-2008', kind: 'review', year: 2008, authors: 'van Duijvenbode IC, Jellema P, van Poppel MN, van Tulder MW',
    title: 'Lumbar supports for prevention and treatment of low back pain (Cochrane review)', doi: '10.1002/14651858.CD001823.pub3',
  },
  {
    id: 'tx-cochrane-back-school-2017', kind: 'review', year: 2017, authors: 'Parreira P, Heymans MW, van Tulder MW, et al.',
    title: 'Back Schools for chronic non-specific low back pain (Cochrane review)', doi: '10.1002/14651858.CD011674.pub2',
  },
  {
    id: 'tx-cochrane-behavioural-2010', kind: 'review', year: 2010, authors: 'Henschke N, Ostelo RW, van Tulder MW, et al.',
    title: 'Behavioural treatment for chronic low-back pain (Cochrane review)', doi: '10.1002/14651858.CD002014.pub3',
  },
  {
    id: 'tx-cochrane-multidisciplinary-2014', kind: 'review', year: 2014, authors: 'Kamper SJ, Apeldoorn AT, Chiarotto A, et al.',
    title: 'Multidisciplinary biopsychosocial rehabilitation for chronic low back pain (Cochrane review)', doi: '10.1002/14651858.CD000963.pub3',
  },
  {
    id: 'tx-cochrane-bed-rest-2010', kind: 'review', year: 2010, authors: 'Dahm KT, Brurberg KG, Jamtvedt G, Hagen KB',
    title: 'Advice to rest in bed versus advice to stay active for acute low-back pain and sciatica (Cochrane review)',
    doi: '10.1002/14651858.CD007612.pub2',
  },
  {
    id: 'tx-cochrane-insoles-2007', kind: 'review', year: 2007, authors: "Sahar T, Cohen MJ, Ne'eman V, et al.",
    title: 'Insoles for prevention and treatment of back pain (Cochrane review)', doi: '10.1002/14651858.CD005275.pub2',
  },
  {
    id: 'tx-cochrane-manual-handling-2011', kind: 'review', year: 2011, authors: 'Verbeek JH, Martimo KP, Karppinen J, et al.',
    title: 'Manual material handling advice and assistive devices for preventing and treating back pain in workers (Cochrane review)',
    doi: '10.1002/14651858.CD005958.pub3',
  },
  {
    id: 'tx-driessen-2010-ergonomics', kind: 'review', year: 2010, authors: 'Driessen MT, Proper KI, van Tulder MW, et al.',
    title: 'The effectiveness of physical and organisational ergonomic interventions on low back pain and neck pain: a systematic review',
    doi: '10.1136/oem.2009.047548', note: 'Occup Environ Med 2010;67(4):277-285.',
  },
  {
    id: 'tx-steffens-2016-prevention', kind: 'review', year: 2016, authors: 'Steffens D, Maher CG, Pereira LS, et al.',
    title: 'Prevention of low back pain: a systematic review and meta-analysis', doi: '10.1001/jamainternmed.2015.7431',
    note: 'JAMA Intern Med 2016;176(2):199-208. Exercise with or without education lowers the risk of a new episode; education alone, back belts and shoe insoles do not.',
  },
  {
    id: 'tx-louw-2016-pne', kind: 'review', year: 2016, authors: 'Louw A, Zimney K, Puentedura EJ, Diener I',
    title: 'The efficacy of pain neuroscience education on musculoskeletal pain: a systematic review of the literature',
    doi: '10.1080/09593985.2016.1194646', note: 'Physiother Theory Pract 2016;32(5):332-355.',
  },
  {
    id: 'tx-basson-2017-neural-mobilisation', kind: 'review', year: 2017, authors: 'Basson A, Olivier B, Ellis R, et al.',
    title: 'The effectiveness of neural mobilization for neuromusculoskeletal conditions: a systematic review and meta-analysis',
    note: 'J Orthop Sports Phys Ther 2017;47(9):593-615.',
  },
  {
    id: 'tx-cherkin-2016-mbsr', kind: 'primary-study', year: 2016, authors: 'Cherkin DC, Sherman KJ, Balderson BH, et al.',
    title: 'Effect of mindfulness-based stress reduction vs cognitive behavioral therapy or usual care on back pain and functional limitations in adults with chronic low back pain: a randomized clinical trial',
    doi: '10.1001/jama.2016.2323', note: 'JAMA 2016;315(12):1240-1249.',
  },
  {
    id: 'tx-hall-2011-tai-chi', kind: 'primary-study', year: 2011, authors: 'Hall AM, Maher CG, Lam P, Ferreira M, Latimer J',
    title: 'Tai chi exercise for treatment of pain and disability in people with persistent low back pain: a randomized controlled trial',
    note: 'Arthritis Care Res 2011;63(11):1576-1583.',
  },
  {
    id: 'tx-long-2004-directional-preference', kind: 'primary-study', year: 2004, authors: 'Long A, Donelson R, Fung T',
    title: 'Does it matter which exercise? A randomized control trial of exercise for low back pain', note: 'Spine 2004;29(23):2593-2602.',
  },
  {
    id: 'tx-inufusa-1996-foramen-motion', kind: 'primary-study', year: 1996, authors: 'Inufusa A, An HS, Lim TH, et al.',
    title: 'Anatomic changes of the spinal canal and intervertebral foramen associated with flexion-extension movement',
    note: 'Spine 1996;21(21):2412-2420. The foramen narrows in extension and widens in flexion.',
  },
  {
    id: 'tx-delitto-2015-pt-vs-surgery', kind: 'primary-study', year: 2015, authors: 'Delitto A, Piva SR, Moore CG, et al.',
    title: 'Surgery versus nonsurgical treatment of lumbar spinal stenosis: a randomized trial', doi: '10.7326/M14-1420',
    note: 'Ann Intern Med 2015;162(7):465-473. The physiotherapy programme used flexion exercises, general conditioning and manual therapy.',
  },
  {
    id: 'tx-sheng-2019-kinesio', kind: 'review', year: 2019, authors: 'Sheng Y, Duan Z, Qu Q, Chen W, Yu B',
    title: 'Kinesio taping in treatment of chronic non-specific low back pain: a systematic review and meta-analysis',
    doi: '10.2340/16501977-2605', note: 'J Rehabil Med 2019;51(10):734-740. Small, heterogeneous trials.',
  },
  {
    id: 'tx-yue-2021-eswt', kind: 'review', year: 2021, authors: 'Yue L, Sun MS, Chen H, et al.',
    title: 'Extracorporeal shockwave therapy for treating chronic low back pain: a systematic review and meta-analysis of randomized controlled trials',
    doi: '10.1155/2021/5937250', note: 'Biomed Res Int 2021. Small trials of low quality; none in radiculopathy from foraminal stenosis.',
  },
  {
    id: 'tx-kovacs-2003-mattress', kind: 'primary-study', year: 2003, authors: 'Kovacs FM, Abraira V, Peña A, et al.',
    title: 'Effect of firmness of mattress on chronic non-specific low-back pain: randomised, double-blind, controlled, multicentre trial',
    doi: '10.1016/S0140-6736(03)14792-7', note: 'Lancet 2003;362(9396):1599-1604. Medium-firm beat firm.',
  },
  {
    id: 'tx-shiri-2010-smoking', kind: 'review', year: 2010, authors: 'Shiri R, Karppinen J, Leino-Arjas P, Solovieva S, Viikari-Juntura E',
    title: 'The association between smoking and low back pain: a meta-analysis', doi: '10.1016/j.amjmed.2009.05.028',
    note: 'Am J Med 2010;123(1):87.e7-87.e35.',
  },
  {
    id: 'tx-shiri-2010-obesity', kind: 'review', year: 2010, authors: 'Shiri R, Karppinen J, Leino-Arjas P, Solovieva S, Viikari-Juntura E',
    title: 'The association between obesity and low back pain: a meta-analysis', note: 'Am J Epidemiol 2010;171(2):135-154.',
  },
  // Surgery
  {
    id: 'tx-cochrane-lss-surgical-options-2016', kind: 'review', year: 2016, authors: 'Machado GC, Ferreira PH, Yoo RI, et al.',
    title: 'Surgical options for lumbar spinal stenosis (Cochrane review)', doi: '10.1002/14651858.CD012421',
    note: 'Decompression plus fusion was no better than decompression alone; interspinous spacers had more reoperations than decompression (about 28% versus 7%).',
  },
  {
    id: 'tx-cochrane-lss-surgery-vs-conservative-2016', kind: 'review', year: 2016, authors: 'Zaina F, Tomkins-Lane C, Carragee E, Negrini S',
    title: 'Surgical versus non-surgical treatment for lumbar spinal stenosis (Cochrane review)', doi: '10.1002/14651858.CD010264.pub2',
  },
  {
    id: 'tx-cochrane-mis-discectomy-2014', kind: 'review', year: 2014, authors: 'Rasouli MR, Rahimi-Movaghar V, Shokraneh F, Moradi-Lakeh M, Chou R',
    title: 'Minimally invasive discectomy versus microdiscectomy/open discectomy for symptomatic lumbar disc herniation (Cochrane review)',
    doi: '10.1002/14651858.CD010328.pub2',
  },
  {
    id: 'tx-cochrane-disc-replacement-2012', kind: 'review', year: 2012, authors: 'Jacobs W, Van der Gaag NA, Tuschel A, et al.',
    title: 'Total disc replacement for chronic back pain in the presence of disc degeneration (Cochrane review)', doi: '10.1002/14651858.CD008326.pub2',
  },
  {
    id: 'tx-cochrane-rehab-after-disc-surgery-2014', kind: 'review', year: 2014, authors: 'Oosterhuis T, Costa LO, Maher CG, et al.',
    title: 'Rehabilitation after lumbar disc surgery (Cochrane review)', doi: '10.1002/14651858.CD003007.pub3',
  },
  {
    id: 'tx-peul-2007-sciatica-surgery', kind: 'primary-study', year: 2007, authors: 'Peul WC, van Houwelingen HC, van den Hout WB, et al.',
    title: 'Surgery versus prolonged conservative treatment for sciatica', doi: '10.1056/NEJMoa064039', note: 'N Engl J Med 2007;356:2245-2256.',
  },
  {
    id: 'tx-weinstein-2008-sport-stenosis', kind: 'primary-study', year: 2008, authors: 'Weinstein JN, Tosteson TD, Lurie JD, et al.',
    title: 'Surgical versus nonsurgical therapy for lumbar spinal stenosis (SPORT)', doi: '10.1056/NEJMoa0707136', note: 'N Engl J Med 2008;358(8):794-810.',
  },
  {
    id: 'tx-forsth-2016-fusion', kind: 'primary-study', year: 2016, authors: 'Försth P, Ólafsson G, Carlsson T, et al.',
    title: 'A randomized, controlled trial of fusion surgery for lumbar spinal stenosis', doi: '10.1056/NEJMoa1513721', note: 'N Engl J Med 2016;374:1413-1423.',
  },
  {
    id: 'tx-ghogawala-2016-fusion', kind: 'primary-study', year: 2016, authors: 'Ghogawala Z, Dziura J, Butler WE, et al.',
    title: 'Laminectomy plus fusion versus laminectomy alone for lumbar spondylolisthesis', doi: '10.1056/NEJMoa1508788', note: 'N Engl J Med 2016;374:1424-1434.',
  },
  {
    id: 'tx-nice-ipg365-interspinous', kind: 'guideline', year: 2010, authors: 'National Institute for Health and Clinical Excellence',
    title: 'Interspinous distraction procedures for lumbar spinal stenosis causing neurogenic claudication (interventional procedures guidance IPG365)',
    url: 'https://www.nice.org.uk/guidance/ipg365',
  },
  {
    id: 'tx-nice-ipg357-laser-disc', kind: 'guideline', year: 2010, authors: 'National Institute for Health and Clinical Excellence',
    title: 'Percutaneous intradiscal laser ablation in the lumbar spine (interventional procedures guidance IPG357)',
    url: 'http://nice.org.uk/guidance/IPG357/chapter/1-guidance',
    note: 'Limited to severe pain from a contained (bulging, intact) disc without a neurological deficit that needs surgical decompression.',
  },
  {
    id: 'tx-nice-ipg366-non-rigid', kind: 'guideline', year: 2010, authors: 'National Institute for Health and Clinical Excellence',
    title: 'Non-rigid stabilisation techniques for the treatment of low back pain (interventional procedures guidance IPG366)',
    url: 'https://www.nice.org.uk/guidance/ipg366',
  },
  {
    id: 'tx-pinter-2023-tops', kind: 'primary-study', year: 2023, authors: 'Pinter ZW, Freedman BA, Nassr A, et al.',
    title: 'A prospective study of lumbar facet arthroplasty in the treatment of degenerative spondylolisthesis and stenosis: results from the Total Posterior Spine System (TOPS) IDE study',
    doi: '10.1097/BSD.0000000000001365', note: 'Clin Spine Surg 2023;36(2):E59-E69.',
  },
  {
    id: 'tx-xstop-label', kind: 'label', authors: 'Medtronic',
    title: 'X-Stop Interspinous Process Decompression (IPD) System: indications, contraindications and warnings',
    url: 'http://www.medtronic.com/for-healthcare-professionals/products-therapies/spinal/interspinous-spacers/x-stop-spacer/indications-safety-warnings/index.htm',
    note: 'Age 50 or older, neurogenic claudication relieved by flexion, at least 6 months of non-operative care; contraindicated in cauda equina syndrome, severe osteoporosis, instability.',
  },
  {
    id: 'tx-nhs-lumbar-decompression-recovery', kind: 'website', authors: 'NHS (nhs.uk)',
    title: 'Lumbar decompression surgery: recovery', url: 'https://www.nhs.uk/conditions/lumbar-decompression-surgery/recovery/',
    note: 'Walking the day after surgery, home after 1 to 4 days, about 4 to 6 weeks to the expected level of mobility.',
  },
  {
    id: 'tx-spine-health-fusion-recovery', kind: 'website', authors: 'Spine-health',
    title: 'Postoperative care after spinal fusion surgery',
    url: 'https://www.spine-health.com/treatment/spinal-fusion/postoperative-care-spinal-fusion-surgery',
    note: 'Home after about 2 to 4 days, desk work at 4 to 6 weeks, bone fusion over 3 to 6 months, maturation over 12 to 18 months.',
  },
  {
    id: 'tx-abumi-1990-facetectomy', kind: 'primary-study', year: 1990, authors: 'Abumi K, Panjabi MM, Kramer KM, et al.',
    title: 'Biomechanical evaluation of lumbar spinal stability after graded facetectomies',
    note: 'Spine 1990;15(11):1142-1147. Removing a whole facet joint on one or both sides makes the segment unstable; medial partial facetectomy does not.',
  },
  {
    id: 'tx-bridwell-2006-osteotomy', kind: 'review', year: 2006, authors: 'Bridwell KH',
    title: 'Decision making regarding Smith-Petersen vs. pedicle subtraction osteotomy vs. vertebral column resection for spinal deformity',
    note: 'Spine 2006;31(19 Suppl):S171-S178.',
  },
  {
    id: 'tx-charite-ssed-2004', kind: 'label', year: 2004, authors: 'US Food and Drug Administration',
    title: 'Summary of Safety and Effectiveness Data: CHARITE Artificial Disc (lumbar total disc replacement)',
    note: 'Approved for single-level discogenic back pain at L4-S1; contraindications include isolated radicular compression syndromes, spinal stenosis and facet joint degeneration.',
  },
  // Patient questions (supplements, regenerative care, injections)
  {
    id: 'tx-wilkens-2010-glucosamine', kind: 'primary-study', year: 2010, authors: 'Wilkens P, Scheel IB, Grundnes O, Hellum C, Storheim K',
    title: 'Effect of glucosamine on pain-related disability in patients with chronic low back pain and degenerative lumbar osteoarthritis: a randomized controlled trial',
    note: 'JAMA 2010;304(1):45-52. No benefit over placebo at 6 months.',
  },
  {
    id: 'tx-fda-regenerative-2019', kind: 'website', year: 2019, authors: 'US Food and Drug Administration',
    title: 'Important patient and consumer information about regenerative medicine therapies',
    url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies',
  },
  {
    id: 'tx-fda-epidural-steroid-2014', kind: 'label', year: 2014, authors: 'US Food and Drug Administration',
    title: 'Drug safety communication: label changes to warn of rare but serious neurologic problems after epidural corticosteroid injections for pain',
    note: 'Epidural use of corticosteroids is not FDA-approved; rare loss of vision, stroke, paralysis and death (quoted in the NGC summary of the NASS stenosis guideline).',
  },
] as const satisfies readonly Citation[];
