import type { Citation } from '../schema.js';
import { dailyMedLabel } from './_label.js';

const dailyMed = dailyMedLabel;

/** Labels, guidelines, safety communications and trials behind the medicine, supplement and injection entries. */
export const DRUGS_CITATIONS = [
  // Guidelines and consensus statements.
  {
    id: 'rx-nass-ldh-2014',
    kind: 'guideline',
    year: 2014,
    title:
      'An evidence-based clinical guideline for the diagnosis and treatment of lumbar disc herniation with radiculopathy (NASS)',
    authors: 'Kreiner DS, Hwang SW, Easa JE, et al.',
    doi: '10.1016/j.spinee.2013.08.003',
    pmid: '24239490',
    note: 'Spine J 2014;14(1):180–191.',
  },
  {
    id: 'rx-nass-lss-2013',
    kind: 'guideline',
    year: 2013,
    title:
      'An evidence-based clinical guideline for the diagnosis and treatment of degenerative lumbar spinal stenosis (NASS, update)',
    authors: 'Kreiner DS, Shaffer WO, Baisden JL, et al.',
    doi: '10.1016/j.spinee.2012.11.059',
    note: 'Spine J 2013;13(7):734–743.',
  },
  {
    id: 'rx-beers-2023',
    kind: 'guideline',
    year: 2023,
    title:
      'American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults',
    authors: '2023 American Geriatrics Society Beers Criteria Update Expert Panel',
    doi: '10.1111/jgs.18372',
    note: 'J Am Geriatr Soc 2023;71(7):2052–2081.',
  },
  {
    id: 'rx-cdc-opioids-2022',
    kind: 'guideline',
    year: 2022,
    title: 'CDC Clinical Practice Guideline for Prescribing Opioids for Pain — United States, 2022',
    authors: 'Dowell D, Ragan KR, Jones CM, Baldwin GT, Chou R',
    doi: '10.15585/mmwr.rr7103a1',
    note: 'MMWR Recomm Rep 2022;71(3):1–95. Gives morphine milligram equivalent (MME) factors and the advice to reassess carefully before raising a dose to 50 MME/day or more.',
  },
  {
    id: 'rx-rathmell-2015-esi-safeguards',
    kind: 'consensus',
    year: 2015,
    title:
      'Safeguards to prevent neurologic complications after epidural steroid injections: consensus opinions from a multidisciplinary working group and national organizations',
    authors: 'Rathmell JP, Benzon HT, Dreyfuss P, et al.',
    doi: '10.1097/ALN.0000000000000614',
    note: 'Anesthesiology 2015;122(5):974–984. Recommends a non-particulate steroid (dexamethasone) for the first lumbar transforaminal injection.',
  },
  // Regulatory safety communications.
  {
    id: 'fda-esi-2014',
    kind: 'website',
    year: 2014,
    title:
      'FDA Drug Safety Communication: FDA requires label changes to warn of rare but serious neurologic problems after epidural corticosteroid injections for pain (23 April 2014)',
    authors: 'US Food and Drug Administration',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-requires-label-changes-warn-rare-serious-neurologic-problems-after',
    note: 'Epidural corticosteroid use is not FDA-approved; rare events include loss of vision, stroke, paralysis and death.',
  },
  {
    id: 'rx-fda-gabapentinoids-2019',
    kind: 'website',
    year: 2019,
    title:
      'FDA warns about serious breathing problems with seizure and nerve pain medicines gabapentin and pregabalin (19 December 2019)',
    authors: 'US Food and Drug Administration',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-warns-about-serious-breathing-problems-seizure-and-nerve-pain-medicines-gabapentin-neurontin',
  },
  {
    id: 'rx-fda-opioid-benzodiazepine-2016',
    kind: 'website',
    year: 2016,
    title:
      'FDA Drug Safety Communication: FDA warns about serious risks and death when combining opioid pain or cough medicines with benzodiazepines; requires its strongest warning (31 August 2016)',
    authors: 'US Food and Drug Administration',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-warns-about-serious-risks-and-death-when-combining-opioid-pain-or',
  },
  {
    id: 'rx-fda-nsaid-pregnancy-2020',
    kind: 'website',
    year: 2020,
    title:
      'FDA recommends avoiding the use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid (15 October 2020)',
    authors: 'US Food and Drug Administration',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic',
  },
  {
    id: 'rx-fda-codeine-tramadol-children-2017',
    kind: 'website',
    year: 2017,
    title:
      'FDA Drug Safety Communication: FDA restricts use of prescription codeine pain and cough medicines and tramadol pain medicines in children (20 April 2017)',
    authors: 'US Food and Drug Administration',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-restricts-use-prescription-codeine-pain-and-cough-medicines-and',
  },
  {
    id: 'rx-fda-acetaminophen-325-2011',
    kind: 'website',
    year: 2011,
    title:
      'FDA Drug Safety Communication: prescription acetaminophen products to be limited to 325 mg per dosage unit; boxed warning will highlight potential for severe liver failure (13 January 2011)',
    authors: 'US Food and Drug Administration',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-prescription-acetaminophen-products-be-limited-325-mg-dosage-unit',
  },
  {
    id: 'rx-ema-calcitonin-2012',
    kind: 'website',
    year: 2012,
    title:
      'European Medicines Agency recommends limiting long-term use of calcitonin medicines (20 July 2012)',
    authors: 'European Medicines Agency',
    url: 'https://www.ema.europa.eu/en/news/european-medicines-agency-recommends-limiting-long-term-use-calcitonin-medicines',
    note: 'Nasal spray withdrawn in the EU for osteoporosis because of a small excess cancer risk with long-term use.',
  },
  // Dose tables used where a label was read through a secondary source.
  {
    id: 'rx-ohca-max-dose',
    kind: 'website',
    title:
      'Oklahoma Health Care Authority: Analgesics, NSAIDs and antipyretics, maximum FDA-recommended adult daily dose',
    url: 'https://oklahoma.gov/ohca/providers/types/pharmacy/maintenance-drug-list/analgesics-ndsaids-and-antipyretics.html',
  },
  {
    id: 'rx-txvdp-muscle-relaxants',
    kind: 'website',
    title:
      'Texas Vendor Drug Program retrospective DUR criteria: skeletal muscle relaxants, adult dosage',
    url: 'https://www.txvendordrug.com/about/manuals/retrospective-drug-use-criteria-handbook/4-drug-use-criteria/skeletal-muscle-relaxants/1-dosage/1-1-adults',
  },
  {
    id: 'rx-txvdp-nsaid-duration',
    kind: 'website',
    title:
      'Texas Vendor Drug Program retrospective DUR criteria: NSAIDs, duration of therapy limits',
    url: 'https://www.txvendordrug.com/about/manuals/retrospective-drug-use-criteria-handbook/c-4-drug-use-criteria/non-steroidal-anti-inflammatory-drugs/2-duration-therapy/2-1-therapy-limits',
  },
  // Trials and reviews.
  {
    id: 'rx-goldberg-2015-prednisone',
    kind: 'primary-study',
    year: 2015,
    title:
      'Oral steroids for acute radiculopathy due to a herniated lumbar disk: a randomized clinical trial',
    authors: 'Goldberg H, Firtch W, Tyburski M, et al.',
    doi: '10.1001/jama.2015.4468',
    note: 'JAMA 2015;313(19):1915–1923. A 15-day prednisone course (60, 40, then 20 mg/day) modestly improved function but not pain.',
  },
  {
    id: 'rx-mathieson-2017-pregabalin',
    kind: 'primary-study',
    year: 2017,
    title: 'Trial of pregabalin for acute and chronic sciatica',
    authors: 'Mathieson S, Maher CG, McLachlan AJ, et al.',
    doi: '10.1056/NEJMoa1614292',
    note: 'N Engl J Med 2017;376:1111–1120. No benefit over placebo for leg pain.',
  },
  {
    id: 'rx-enke-2018-anticonvulsants',
    kind: 'review',
    year: 2018,
    title:
      'Anticonvulsants in the treatment of low back pain and lumbar radicular pain: a systematic review and meta-analysis',
    authors: 'Enke O, New HA, New CH, et al.',
    doi: '10.1503/cmaj.171333',
    note: 'CMAJ 2018;190(26):E786–E793.',
  },
  {
    id: 'rx-ahadian-2011-dexamethasone',
    kind: 'primary-study',
    year: 2011,
    title:
      'Lumbar transforaminal epidural dexamethasone: a prospective, randomized, double-blind, dose-response trial',
    authors: 'Ahadian FM, McGreevy K, Schulteis G',
    doi: '10.1097/AAP.0b013e318232e843',
    pmid: '22005659',
    note: 'Reg Anesth Pain Med 2011;36(6):572–578. 4, 8 and 12 mg gave similar relief.',
  },
  {
    id: 'rx-ammendolia-2013-lss-cochrane',
    kind: 'review',
    year: 2013,
    title:
      'Nonoperative treatment for lumbar spinal stenosis with neurogenic claudication (Cochrane review)',
    authors: 'Ammendolia C, Stuber KJ, Rok E, et al.',
    doi: '10.1002/14651858.CD010712',
    note: 'Very low-quality evidence from six trials that calcitonin is no better than placebo or paracetamol; single small trials only for methylcobalamin.',
  },
  {
    id: 'rx-mauro-2000-b12',
    kind: 'primary-study',
    year: 2000,
    title: 'Vitamin B12 in low back pain: a randomised, double-blind, placebo-controlled study',
    authors: 'Mauro GL, Martorana U, Cataldo P, Brancato G, Letizia G',
    pmid: '11558625',
    note: 'Eur Rev Med Pharmacol Sci 2000;4(3):53–58. One small trial (60 patients).',
  },
  {
    id: 'rx-lewis-2013-cirrhosis-prescribing',
    kind: 'review',
    year: 2013,
    title: 'Review article: prescribing medications in patients with cirrhosis — a practical guide',
    authors: 'Lewis JH, Stine JG',
    doi: '10.1111/apt.12324',
    note: 'Aliment Pharmacol Ther 2013;37(12):1132–1156. Advises keeping acetaminophen to 2–3 g/day in cirrhosis.',
  },
  // Product labels (US prescribing information unless stated).
  dailyMed(
    'rx-label-ibuprofen-rx',
    'Ibuprofen tablets (Motrin) prescribing information',
    'ibuprofen tablets',
    'Up to 3,200 mg/day.',
  ),
  dailyMed(
    'rx-label-ibuprofen-otc',
    'Ibuprofen 200 mg OTC Drug Facts (Advil, Motrin IB)',
    'advil',
    'Self-care use: no more than 6 tablets (1,200 mg) in 24 hours and no longer than 10 days for pain.',
  ),
  dailyMed(
    'rx-label-naproxen',
    'Naproxen and naproxen sodium tablets (Naprosyn, Anaprox DS, EC-Naprosyn) prescribing information',
    'naprosyn',
  ),
  dailyMed(
    'rx-label-naproxen-otc',
    'Naproxen sodium 220 mg OTC Drug Facts (Aleve)',
    'aleve',
    'No more than 3 caplets (660 mg naproxen sodium) in 24 hours.',
  ),
  dailyMed(
    'rx-label-celecoxib',
    'Celecoxib capsules (Celebrex) prescribing information',
    'celebrex',
  ),
  dailyMed(
    'rx-label-diclofenac',
    'Diclofenac potassium and diclofenac sodium tablets (Cataflam, Voltaren) prescribing information',
    'diclofenac sodium delayed-release',
  ),
  dailyMed(
    'rx-label-diclofenac-gel',
    'Diclofenac sodium topical gel 1% (Voltaren Arthritis Pain) labeling',
    'voltaren arthritis pain',
  ),
  dailyMed('rx-label-meloxicam', 'Meloxicam tablets (Mobic) prescribing information', 'mobic'),
  {
    id: 'rx-smpc-etoricoxib',
    kind: 'label',
    title: 'Arcoxia (etoricoxib) film-coated tablets: Summary of Product Characteristics (UK)',
    url: 'https://www.medicines.org.uk/emc/search?q=arcoxia',
    note: 'Not approved in the USA.',
  },
  dailyMed(
    'rx-label-ketorolac',
    'Ketorolac tromethamine injection prescribing information',
    'ketorolac tromethamine injection',
    'Boxed warning: combined IV/IM/oral use no longer than 5 days.',
  ),
  dailyMed(
    'rx-label-acetaminophen',
    'Acetaminophen OTC Drug Facts (Tylenol Regular and Extra Strength)',
    'tylenol extra strength',
    'Extra Strength: no more than 6 caplets (3,000 mg) in 24 hours unless directed by a doctor; 4,000 mg/day is the overall adult ceiling.',
  ),
  dailyMed(
    'rx-label-cyclobenzaprine',
    'Cyclobenzaprine hydrochloride tablets (Flexeril) prescribing information',
    'cyclobenzaprine hydrochloride tablets',
  ),
  dailyMed(
    'rx-label-baclofen',
    'Baclofen tablets (Lioresal) prescribing information',
    'baclofen tablets',
  ),
  dailyMed(
    'rx-label-tizanidine',
    'Tizanidine tablets and capsules (Zanaflex) prescribing information',
    'zanaflex',
  ),
  dailyMed(
    'rx-label-methocarbamol',
    'Methocarbamol tablets (Robaxin) prescribing information',
    'robaxin',
  ),
  dailyMed(
    'rx-label-clonazepam',
    'Clonazepam tablets (Klonopin) prescribing information',
    'klonopin',
  ),
  dailyMed(
    'rx-label-gabapentin',
    'Gabapentin (Neurontin; Gralise) prescribing information',
    'neurontin',
  ),
  dailyMed('rx-label-pregabalin', 'Pregabalin capsules (Lyrica) prescribing information', 'lyrica'),
  dailyMed(
    'rx-label-carbamazepine',
    'Carbamazepine (Tegretol) prescribing information',
    'tegretol',
  ),
  dailyMed(
    'rx-label-duloxetine',
    'Duloxetine delayed-release capsules (Cymbalta) prescribing information',
    'cymbalta',
  ),
  dailyMed(
    'rx-label-venlafaxine',
    'Venlafaxine tablets and extended-release capsules (Effexor, Effexor XR) prescribing information',
    'venlafaxine',
  ),
  dailyMed(
    'rx-label-amitriptyline',
    'Amitriptyline hydrochloride tablets prescribing information',
    'amitriptyline hydrochloride tablets',
  ),
  dailyMed(
    'rx-label-nortriptyline',
    'Nortriptyline hydrochloride capsules (Pamelor) prescribing information',
    'nortriptyline hydrochloride capsules',
  ),
  dailyMed(
    'rx-label-tramadol',
    'Tramadol hydrochloride tablets (Ultram) prescribing information',
    'ultram',
  ),
  dailyMed(
    'rx-label-tapentadol',
    'Tapentadol tablets (Nucynta) prescribing information',
    'nucynta',
  ),
  dailyMed(
    'rx-label-codeine',
    'Codeine sulfate tablets prescribing information',
    'codeine sulfate tablets',
  ),
  dailyMed(
    'rx-label-codeine-acetaminophen',
    'Acetaminophen and codeine phosphate tablets (Tylenol with Codeine) prescribing information',
    'acetaminophen and codeine phosphate tablets',
  ),
  dailyMed(
    'rx-label-hydrocodone-acetaminophen',
    'Hydrocodone bitartrate and acetaminophen tablets (Norco) prescribing information',
    'norco',
  ),
  dailyMed(
    'rx-label-oxycodone',
    'Oxycodone hydrochloride tablets (Roxicodone; OxyContin) prescribing information',
    'roxicodone',
  ),
  dailyMed(
    'rx-label-morphine',
    'Morphine sulfate tablets and extended-release tablets (MS Contin) prescribing information',
    'morphine sulfate tablets',
  ),
  dailyMed(
    'rx-label-alendronate',
    'Alendronate sodium tablets (Fosamax) prescribing information',
    'fosamax',
    'Osteoporosis: 70 mg once a week; not recommended if creatinine clearance is below 35 mL/min.',
  ),
  dailyMed(
    'rx-label-risedronate',
    'Risedronate sodium tablets (Actonel, Atelvia) prescribing information',
    'actonel',
    'Osteoporosis: 35 mg once a week; not recommended if creatinine clearance is below 30 mL/min.',
  ),
  dailyMed(
    'rx-label-ibandronate',
    'Ibandronate sodium tablets (Boniva) prescribing information',
    'boniva',
    'Osteoporosis: 150 mg once a month; not recommended if creatinine clearance is below 30 mL/min.',
  ),
  dailyMed(
    'rx-label-zoledronic-acid',
    'Zoledronic acid injection (Reclast) prescribing information',
    'reclast',
    'Osteoporosis: 5 mg IV once a year; contraindicated if creatinine clearance is below 35 mL/min.',
  ),
  dailyMed(
    'rx-label-denosumab',
    'Denosumab injection (Prolia) prescribing information',
    'prolia',
    '60 mg SC every 6 months; boxed warning for severe low calcium in advanced kidney disease; multiple vertebral fractures after stopping.',
  ),
  dailyMed(
    'rx-label-teriparatide',
    'Teriparatide injection (Forteo) prescribing information',
    'forteo',
    '20 µg SC once a day.',
  ),
  dailyMed(
    'rx-label-romosozumab',
    'Romosozumab-aqqg injection (Evenity) prescribing information',
    'evenity',
    '210 mg SC monthly for 12 doses; boxed warning for heart attack, stroke and cardiovascular death.',
  ),
  dailyMed(
    'rx-label-onabotulinumtoxina',
    'OnabotulinumtoxinA for injection (Botox) prescribing information',
    'botox',
    'Not approved for back pain or sciatica; boxed warning for distant toxin spread.',
  ),
  dailyMed(
    'rx-label-hyaluronidase',
    'Hyaluronidase human injection (Hylenex recombinant) prescribing information',
    'hylenex',
    'Approved to help other injected drugs disperse, not for epidural adhesiolysis.',
  ),
  dailyMed(
    'rx-label-verteporfin',
    'Verteporfin for injection (Visudyne) prescribing information',
    'visudyne',
    'Approved only for photodynamic therapy of certain eye (choroidal) neovascular conditions.',
  ),
  {
    id: 'rx-smpc-oxycodone-naloxone',
    kind: 'label',
    title:
      'Targinact (oxycodone hydrochloride/naloxone hydrochloride) prolonged-release tablets: Summary of Product Characteristics (UK)',
    url: 'https://www.medicines.org.uk/emc/search?q=targinact',
    note: 'Maximum 160 mg oxycodone with 80 mg naloxone per day; not marketed in the USA.',
  },
  dailyMed(
    'rx-label-lidocaine-patch',
    'Lidocaine patch 5% (Lidoderm) prescribing information',
    'lidoderm',
    'Labelled for postherpetic neuralgia only; up to 3 patches at once for up to 12 hours in 24 hours.',
  ),
  dailyMed(
    'rx-label-capsaicin-patch',
    'Capsaicin 8% topical system (Qutenza) prescribing information',
    'qutenza',
    'Up to 4 patches per treatment, no more often than every 3 months; applied by a health professional.',
  ),
  dailyMed(
    'rx-label-capsaicin-cream',
    'Capsaicin topical cream OTC Drug Facts (Zostrix)',
    'zostrix',
    'Apply to the painful area no more than 3 to 4 times a day.',
  ),
  dailyMed(
    'rx-label-prednisone',
    'Prednisone tablets prescribing information',
    'prednisone tablets',
    'Initial dose 5–60 mg/day depending on the disease.',
  ),
  dailyMed(
    'rx-label-methylprednisolone-oral',
    'Methylprednisolone tablets (Medrol, Medrol Dosepak) prescribing information',
    'medrol',
    'Initial dose 4–48 mg/day; the 6-day pack totals 84 mg (24 mg on day 1).',
  ),
  dailyMed(
    'rx-label-methylprednisolone-acetate',
    'Methylprednisolone acetate injectable suspension (Depo-Medrol) prescribing information',
    'depo-medrol',
    'Not approved for epidural use; large-joint intra-articular dose 20–80 mg.',
  ),
  dailyMed(
    'rx-label-dexamethasone-injection',
    'Dexamethasone sodium phosphate injection prescribing information',
    'dexamethasone sodium phosphate injection',
    'Not approved for epidural use.',
  ),
  dailyMed(
    'rx-label-calcitonin-nasal',
    'Calcitonin salmon nasal spray (Miacalcin) prescribing information',
    'miacalcin',
    'Labelled only for postmenopausal osteoporosis: one 200-unit spray a day.',
  ),
  // Injection, regenerative and bone-modifying sources.
  {
    id: 'rx-fda-regenerative-2021',
    kind: 'website',
    year: 2021,
    title:
      'Important Patient and Consumer Information About Regenerative Medicine Therapies (3 June 2021)',
    authors: 'US Food and Drug Administration',
    url: 'https://www.fda.gov/vaccines-blood-biologics/consumers-biologics/important-patient-and-consumer-information-about-regenerative-medicine-therapies',
    note: 'Stem cells, stromal vascular fraction, cord blood, amniotic and other orthobiologic products are unapproved outside trials; reports of blindness, tumours and infections.',
  },
  {
    id: 'rx-soufi-2023-stem-cells',
    kind: 'review',
    year: 2023,
    title:
      'Potential role for stem cell regenerative therapy as a treatment for degenerative disc disease and low back pain: a systematic review',
    authors: 'Soufi KH, Castillo JA, Rodriguez FY, DeMesa CJ, Ebinu JO',
    doi: '10.3390/ijms24108893',
    note: 'Int J Mol Sci 2023;24(10):8893. Found no evidence to support clinical use in humans.',
  },
  {
    id: 'rx-kubrova-2022-prp',
    kind: 'review',
    year: 2022,
    title:
      'Platelet rich plasma and platelet-related products in the treatment of radiculopathy: a systematic review of the literature',
    authors: 'Kubrova E, Martinez Alvarez GA, Her YF, Pagan-Rosado R, Qu W, D’Souza RS',
    doi: '10.3390/biomedicines10112813',
    note: 'Biomedicines 2022;10(11):2813. Three RCTs and nine observational studies; very low certainty of evidence (GRADE).',
  },
  {
    id: 'rx-dagenais-2007-prolotherapy',
    kind: 'review',
    year: 2007,
    title: 'Prolotherapy injections for chronic low-back pain (Cochrane review)',
    authors: 'Dagenais S, Yelland MJ, Del Mar C, Schoene ML',
    doi: '10.1002/14651858.CD004059.pub3',
    note: 'Prolotherapy alone was not effective.',
  },
  {
    id: 'rx-khot-2004-intradiscal-steroid',
    kind: 'primary-study',
    year: 2004,
    title:
      'The use of intradiscal steroid therapy for lumbar spinal discogenic pain: a randomized controlled trial',
    authors: 'Khot A, Bowditch M, Powell J, Sharp D',
    note: 'Spine 2004;29(8):833–837. No benefit over saline.',
  },
  {
    id: 'rx-waseem-2011-botulinum',
    kind: 'review',
    year: 2011,
    title: 'Botulinum toxin injections for low-back pain and sciatica (Cochrane review)',
    authors: 'Waseem Z, Boulias C, Gordon A, et al.',
    doi: '10.1002/14651858.CD008257.pub2',
    note: 'Low-quality evidence from few small trials; no conclusion possible.',
  },
  {
    id: 'rx-becker-2007-acs',
    kind: 'primary-study',
    year: 2007,
    title:
      'Efficacy of epidural perineural injections with autologous conditioned serum for lumbar radicular compression: an investigator-initiated, prospective, double-blind, reference-controlled study',
    authors: 'Becker C, Heidersdorf S, Drewlo S, et al.',
    note: 'Spine 2007;32(17):1803–1808. Compared with triamcinolone; no placebo group.',
  },
  {
    id: 'rx-galeano-2021-pdrn',
    kind: 'review',
    year: 2021,
    title:
      'Polydeoxyribonucleotide: a promising biological platform to accelerate impaired skin wound healing',
    authors: 'Galeano M, Pallio G, Irrera N, et al.',
    doi: '10.3390/ph14111103',
    pmid: '34832885',
    note: 'Pharmaceuticals 2021;14(11):1103. The clinical evidence concerns skin wounds, not the spine.',
  },
  {
    id: 'rx-carragee-2011-bmp',
    kind: 'review',
    year: 2011,
    title:
      'A critical review of recombinant human bone morphogenetic protein-2 trials in spinal surgery: emerging safety concerns and lessons learned',
    authors: 'Carragee EJ, Hurwitz EL, Weiner BK',
    doi: '10.1016/j.spinee.2011.04.023',
    note: 'Spine J 2011;11(6):471–491.',
  },
  {
    id: 'rx-fda-bmp-2008',
    kind: 'website',
    year: 2008,
    title:
      'FDA Public Health Notification: Life-threatening complications associated with recombinant human bone morphogenetic protein in cervical spine fusion (1 July 2008)',
    authors: 'US Food and Drug Administration',
  },
  {
    id: 'rx-pma-infuse',
    kind: 'label',
    year: 2002,
    title: 'InFUSE Bone Graft / LT-CAGE Lumbar Tapered Fusion Device, premarket approval P000058',
    authors: 'US Food and Drug Administration',
    note: 'Approved for single-level anterior lumbar interbody fusion (L2–S1) with the specified cage.',
  },
  {
    id: 'rx-nice-ipg306',
    kind: 'guideline',
    year: 2009,
    title:
      'Prosthetic intervertebral disc replacement in the lumbar spine (NICE interventional procedures guidance IPG306)',
    authors: 'National Institute for Health and Care Excellence',
    url: 'https://www.nice.org.uk/guidance/ipg306',
    note: 'Covers total disc replacement only; nucleus-only implants are a separate, investigational class.',
  },
  // Vitamin and supplement reference pages.
  // Supplement evidence and safety sources.
  {
    id: 'rx-nccih-low-back-pain',
    kind: 'website',
    title: 'Low-Back Pain and Complementary Health Approaches: What You Need To Know (NCCIH)',
    authors: 'National Center for Complementary and Integrative Health',
    url: 'https://www.nccih.nih.gov/health/low-back-pain-and-complementary-health-approaches-what-you-need-to-know',
    note: 'Finds no dietary supplement with good evidence for low back pain; natural products can have side effects and interactions.',
  },
  {
    id: 'rx-nih-ods-vitamin-d',
    kind: 'website',
    title: 'Vitamin D: Fact Sheet for Health Professionals (NIH Office of Dietary Supplements)',
    url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
    note: 'Adult upper intake level 4,000 IU (100 µg) a day.',
  },
  {
    id: 'rx-nih-ods-calcium',
    kind: 'website',
    title: 'Calcium: Fact Sheet for Health Professionals (NIH Office of Dietary Supplements)',
    url: 'https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/',
    note: 'Adult needs 1,000–1,200 mg a day from food and supplements together; upper level 2,500 mg (ages 19–50) and 2,000 mg (over 50).',
  },
  {
    id: 'rx-nih-ods-magnesium',
    kind: 'website',
    title: 'Magnesium: Fact Sheet for Health Professionals (NIH Office of Dietary Supplements)',
    url: 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
    note: 'Upper intake level for magnesium from supplements and medicines: 350 mg a day in adults.',
  },
  {
    id: 'rx-nih-ods-omega-3',
    kind: 'website',
    title:
      'Omega-3 Fatty Acids: Fact Sheet for Health Professionals (NIH Office of Dietary Supplements)',
    url: 'https://ods.od.nih.gov/factsheets/Omega3FattyAcids-HealthProfessional/',
  },
  {
    id: 'rx-nih-ods-vitamin-c',
    kind: 'website',
    title: 'Vitamin C: Fact Sheet for Health Professionals (NIH Office of Dietary Supplements)',
    url: 'https://ods.od.nih.gov/factsheets/VitaminC-HealthProfessional/',
    note: 'Adult upper intake level 2,000 mg a day.',
  },
  {
    id: 'rx-nih-ods-vitamin-b6',
    kind: 'website',
    title: 'Vitamin B6: Fact Sheet for Health Professionals (NIH Office of Dietary Supplements)',
    url: 'https://ods.od.nih.gov/factsheets/VitaminB6-HealthProfessional/',
    note: 'Adult upper intake level 100 mg a day; long-term high doses cause sensory neuropathy.',
  },
  {
    id: 'rx-nih-ods-thiamin',
    kind: 'website',
    title: 'Thiamin: Fact Sheet for Health Professionals (NIH Office of Dietary Supplements)',
    url: 'https://ods.od.nih.gov/factsheets/Thiamin-HealthProfessional/',
  },
  {
    id: 'rx-nccih-turmeric',
    kind: 'website',
    title: 'Turmeric (NCCIH)',
    authors: 'National Center for Complementary and Integrative Health',
    url: 'https://www.nccih.nih.gov/health/turmeric',
    note: 'Liver injury has been reported with turmeric supplements.',
  },
  {
    id: 'rx-nccih-glucosamine-chondroitin',
    kind: 'website',
    title: 'Glucosamine and Chondroitin for Osteoarthritis (NCCIH)',
    authors: 'National Center for Complementary and Integrative Health',
    url: 'https://www.nccih.nih.gov/health/glucosamine-and-chondroitin-for-osteoarthritis',
  },
  {
    id: 'rx-nccih-green-tea',
    kind: 'website',
    title: 'Green Tea (NCCIH)',
    authors: 'National Center for Complementary and Integrative Health',
    url: 'https://www.nccih.nih.gov/health/green-tea',
    note: 'Liver damage has been reported with concentrated green tea extract.',
  },
  {
    id: 'rx-nccih-bromelain',
    kind: 'website',
    title: 'Bromelain (NCCIH)',
    authors: 'National Center for Complementary and Integrative Health',
    url: 'https://www.nccih.nih.gov/health/bromelain',
  },
  {
    id: 'rx-merck-same',
    kind: 'website',
    title: 'S-Adenosyl-L-Methionine (SAMe), Merck Manual Consumer Version',
    authors: 'Marko MG, DerMarderosian A',
    url: 'http://www.merckmanuals.com/home/special-subjects/medicinal-herbs-and-nutraceuticals/s-adenosyl-l-methionine-same',
    note: 'Claims not confirmed by studies; can trigger mania in bipolar disorder.',
  },
  {
    id: 'rx-nice-ng226',
    kind: 'guideline',
    year: 2022,
    title: 'Osteoarthritis in over 16s: diagnosis and management (NICE guideline NG226)',
    authors: 'National Institute for Health and Care Excellence',
    url: 'https://www.nice.org.uk/guidance/ng226',
    note: 'Advises against offering glucosamine or chondroitin for osteoarthritis.',
  },
  {
    id: 'rx-wilkens-2010-glucosamine',
    kind: 'primary-study',
    year: 2010,
    title:
      'Effect of glucosamine on pain-related disability in patients with chronic low back pain and degenerative lumbar osteoarthritis: a randomized controlled trial',
    authors: 'Wilkens P, Scheel IB, Grundnes O, Hellum C, Storheim K',
    doi: '10.1001/jama.2010.893',
    note: 'JAMA 2010;304(1):45–52. No benefit over placebo at 6 months.',
  },
  {
    id: 'rx-straube-2015-vitamin-d',
    kind: 'review',
    year: 2015,
    title: 'Vitamin D for the treatment of chronic painful conditions in adults (Cochrane review)',
    authors: 'Straube S, Derry S, Straube C, Moore RA',
    doi: '10.1002/14651858.CD007771.pub3',
    note: 'No consistent benefit of vitamin D for chronic pain.',
  },
  {
    id: 'rx-gencer-2021-omega-3-af',
    kind: 'review',
    year: 2021,
    title:
      'Effect of long-term marine omega-3 fatty acids supplementation on the risk of atrial fibrillation in randomized controlled trials of cardiovascular outcomes: a systematic review and meta-analysis',
    authors: 'Gencer B, Djousse L, Al-Ramady OT, et al.',
    note: 'Circulation 2021. Higher risk of atrial fibrillation, most marked above 1 g/day.',
  },
  {
    id: 'rx-memeo-2008-ala-alc',
    kind: 'primary-study',
    year: 2008,
    title:
      'Thioctic acid and acetyl-L-carnitine in the treatment of sciatic pain caused by a herniated disc: a randomized, double-blind, comparative study',
    authors: 'Memeo A, Loiero M',
    note: 'Clin Drug Investig 2008;28(8):495–500. Small trial comparing the two supplements with each other, with no placebo arm.',
  },
  {
    id: 'rx-hershman-2013-alc',
    kind: 'primary-study',
    year: 2013,
    title:
      'Randomized double-blind placebo-controlled trial of acetyl-L-carnitine for the prevention of taxane-induced neuropathy in women undergoing adjuvant breast cancer therapy',
    authors: 'Hershman DL, Unger JM, Crew KD, et al.',
    note: 'J Clin Oncol 2013;31(20):2627–2633. Neuropathy was worse with acetyl-L-carnitine than placebo.',
  },
  {
    id: 'rx-nih-ods-vitamin-b12',
    kind: 'website',
    title: 'Vitamin B12: Fact Sheet for Health Professionals (NIH Office of Dietary Supplements)',
    url: 'https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/',
    note: 'No tolerable upper intake level has been set for vitamin B12.',
  },
] as const satisfies readonly Citation[];
