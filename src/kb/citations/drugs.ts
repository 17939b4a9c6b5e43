import type { Citation } from '../schema.js';

/**
 * Builds a product-label citation that points at the DailyMed search for the product, because DailyMed set ids
 * change when a labeller re-issues a label while the search keeps finding the current text.
 */
function dailyMed(id: string, title: string, query: string, note?: string): Citation {
  return {
    id,
    kind: 'label',
    title,
    url: `https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=${encodeURIComponent(query)}`,
    ...(note === undefined ? {} : { note }),
  };
}

/** Labels, guidelines, safety communications and trials behind the medicine, supplement and injection entries. */
export const DRUGS_CITATIONS: readonly Citation[] = [
  // Guidelines and consensus statements.
  { id: 'rx-nice-ng59', kind: 'guideline', year: 2016, title: 'Low back pain and sciatica in over 16s: assessment and management (NICE guideline NG59, updated December 2020)', authors: 'National Institute for Health and Care Excellence', url: 'https://www.nice.org.uk/guidance/ng59', note: 'The 2020 update advises against gabapentinoids, other antiepileptics, oral corticosteroids and benzodiazepines for sciatica, and against opioids for chronic sciatica.' },
  { id: 'rx-acp-2017-low-back-pain', kind: 'guideline', year: 2017, title: 'Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians', authors: 'Qaseem A, Wilt TJ, McLean RM, Forciea MA', doi: '10.7326/M16-2367', note: 'Ann Intern Med 2017;166(7):514–530.' },
  { id: 'rx-nass-ldh-2014', kind: 'guideline', year: 2014, title: 'An evidence-based clinical guideline for the diagnosis and treatment of lumbar disc herniation with radiculopathy (NASS)', authors: 'Kreiner DS, Hwang SW, Easa JE, et al.', doi: '10.1016/j.spinee.2013.08.003', pmid: '24239490', note: 'Spine J 2014;14(1):180–191.' },
  { id: 'rx-nass-lss-2013', kind: 'guideline', year: 2013, title: 'An evidence-based clinical guideline for the diagnosis and treatment of degenerative lumbar spinal stenosis (NASS, update)', authors: 'Kreiner DS, Shaffer WO, Baisden JL, et al.', doi: '10.1016/j.spinee.2012.11.059', note: 'Spine J 2013;13(7):734–743.' },
  { id: 'rx-beers-2023', kind: 'guideline', year: 2023, title: 'American Geriatrics Society 2023 updated AGS Beers Criteria for potentially inappropriate medication use in older adults', authors: '2023 American Geriatrics Society Beers Criteria Update Expert Panel', doi: '10.1111/jgs.18372', note: 'J Am Geriatr Soc 2023;71(7):2052–2081.' },
  { id: 'rx-cdc-opioids-2022', kind: 'guideline', year: 2022, title: 'CDC Clinical Practice Guideline for Prescribing Opioids for Pain — United States, 2022', authors: 'Dowell D, Ragan KR, Jones CM, Baldwin GT, Chou R', doi: '10.15585/mmwr.rr7103a1', note: 'MMWR Recomm Rep 2022;71(3):1–95. Gives morphine milligram equivalent (MME) factors and the advice to reassess carefully before raising a dose to 50 MME/day or more.' },
  { id: 'rx-rathmell-2015-esi-safeguards', kind: 'consensus', year: 2015, title: 'Safeguards to prevent neurologic complications after epidural steroid injections: consensus opinions from a multidisciplinary working group and national organizations', authors: 'Rathmell JP, Benzon HT, Dreyfuss P, et al.', doi: '10.1097/ALN.0000000000000614', note: 'Anesthesiology 2015;122(5):974–984. Recommends a non-particulate steroid (dexamethasone) for the first lumbar transforaminal injection.' },
  // Regulatory safety communications.
  { id: 'rx-fda-esi-2014', kind: 'website', year: 2014, title: 'FDA Drug Safety Communication: FDA requires label changes to warn of rare but serious neurologic problems after epidural corticosteroid injections for pain (23 April 2014)', authors: 'US Food and Drug Administration', url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-requires-label-changes-warn-rare-serious-neurologic-problems-after', note: 'Epidural corticosteroid use is not FDA-approved; rare events include loss of vision, stroke, paralysis and death.' },
  { id: 'rx-fda-gabapentinoids-2019', kind: 'website', year: 2019, title: 'FDA warns about serious breathing problems with seizure and nerve pain medicines gabapentin and pregabalin (19 December 2019)', authors: 'US Food and Drug Administration', url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-warns-about-serious-breathing-problems-seizure-and-nerve-pain-medicines-gabapentin-neurontin' },
  { id: 'rx-fda-opioid-benzodiazepine-2016', kind: 'website', year: 2016, title: 'FDA Drug Safety Communication: FDA warns about serious risks and death when combining opioid pain or cough medicines with benzodiazepines; requires its strongest warning (31 August 2016)', authors: 'US Food and Drug Administration', url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-warns-about-serious-risks-and-death-when-combining-opioid-pain-or' },
  { id: 'rx-fda-nsaid-pregnancy-2020', kind: 'website', year: 2020, title: 'FDA recommends avoiding the use of NSAIDs in pregnancy at 20 weeks or later because they can result in low amniotic fluid (15 October 2020)', authors: 'US Food and Drug Administration', url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-recommends-avoiding-use-nsaids-pregnancy-20-weeks-or-later-because-they-can-result-low-amniotic' },
  { id: 'rx-fda-codeine-tramadol-children-2017', kind: 'website', year: 2017, title: 'FDA Drug Safety Communication: FDA restricts use of prescription codeine pain and cough medicines and tramadol pain medicines in children (20 April 2017)', authors: 'US Food and Drug Administration', url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-fda-restricts-use-prescription-codeine-pain-and-cough-medicines-and' },
  { id: 'rx-fda-acetaminophen-325-2011', kind: 'website', year: 2011, title: 'FDA Drug Safety Communication: prescription acetaminophen products to be limited to 325 mg per dosage unit; boxed warning will highlight potential for severe liver failure (13 January 2011)', authors: 'US Food and Drug Administration', url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-prescription-acetaminophen-products-be-limited-325-mg-dosage-unit' },
  { id: 'rx-ema-calcitonin-2012', kind: 'website', year: 2012, title: 'European Medicines Agency recommends limiting long-term use of calcitonin medicines (20 July 2012)', authors: 'European Medicines Agency', url: 'https://www.ema.europa.eu/en/news/european-medicines-agency-recommends-limiting-long-term-use-calcitonin-medicines', note: 'Nasal spray withdrawn in the EU for osteoporosis because of a small excess cancer risk with long-term use.' },
  // Dose tables used where a label was read through a secondary source.
  { id: 'rx-ohca-max-dose', kind: 'website', title: 'Oklahoma Health Care Authority: Analgesics, NSAIDs and antipyretics, maximum FDA-recommended adult daily dose', url: 'https://oklahoma.gov/ohca/providers/types/pharmacy/maintenance-drug-list/analgesics-ndsaids-and-antipyretics.html' },
  { id: 'rx-txvdp-muscle-relaxants', kind: 'website', title: 'Texas Vendor Drug Program retrospective DUR criteria: skeletal muscle relaxants, adult dosage', url: 'https://www.txvendordrug.com/about/manuals/retrospective-drug-use-criteria-handbook/4-drug-use-criteria/skeletal-muscle-relaxants/1-dosage/1-1-adults' },
  { id: 'rx-txvdp-nsaid-duration', kind: 'website', title: 'Texas Vendor Drug Program retrospective DUR criteria: NSAIDs, duration of therapy limits', url: 'https://www.txvendordrug.com/about/manuals/retrospective-drug-use-criteria-handbook/c-4-drug-use-criteria/non-steroidal-anti-inflammatory-drugs/2-duration-therapy/2-1-therapy-limits' },
  // Trials and reviews.
  { id: 'rx-goldberg-2015-prednisone', kind: 'primary-study', year: 2015, title: 'Oral steroids for acute radiculopathy due to a herniated lumbar disk: a randomized clinical trial', authors: 'Goldberg H, Firtch W, Tyburski M, et al.', doi: '10.1001/jama.2015.4468', note: 'JAMA 2015;313(19):1915–1923. A 15-day prednisone course (60, 40, then 20 mg/day) modestly improved function but not pain.' },
  { id: 'rx-mathieson-2017-pregabalin', kind: 'primary-study', year: 2017, title: 'Trial of pregabalin for acute and chronic sciatica', authors: 'Mathieson S, Maher CG, McLachlan AJ, et al.', doi: '10.1056/NEJMoa1614292', note: 'N Engl J Med 2017;376:1111–1120. No benefit over placebo for leg pain.' },
  { id: 'rx-enke-2018-anticonvulsants', kind: 'review', year: 2018, title: 'Anticonvulsants in the treatment of low back pain and lumbar radicular pain: a systematic review and meta-analysis', authors: 'Enke O, New HA, New CH, et al.', doi: '10.1503/cmaj.171333', note: 'CMAJ 2018;190(26):E786–E793.' },
  { id: 'rx-ahadian-2011-dexamethasone', kind: 'primary-study', year: 2011, title: 'Lumbar transforaminal epidural dexamethasone: a prospective, randomized, double-blind, dose-response trial', authors: 'Ahadian FM, McGreevy K, Schulteis G', doi: '10.1097/AAP.0b013e318232e843', pmid: '22005659', note: 'Reg Anesth Pain Med 2011;36(6):572–578. 4, 8 and 12 mg gave similar relief.' },
  { id: 'rx-ammendolia-2013-lss-cochrane', kind: 'review', year: 2013, title: 'Nonoperative treatment for lumbar spinal stenosis with neurogenic claudication (Cochrane review)', authors: 'Ammendolia C, Stuber KJ, Rok E, et al.', doi: '10.1002/14651858.CD010712', note: 'Very low-quality evidence from six trials that calcitonin is no better than placebo or paracetamol; single small trials only for methylcobalamin.' },
  { id: 'rx-mauro-2000-b12', kind: 'primary-study', year: 2000, title: 'Vitamin B12 in low back pain: a randomised, double-blind, placebo-controlled study', authors: 'Mauro GL, Martorana U, Cataldo P, Brancato G, Letizia G', pmid: '11558625', note: 'Eur Rev Med Pharmacol Sci 2000;4(3):53–58. One small trial (60 patients).' },
  { id: 'rx-lewis-2013-cirrhosis-prescribing', kind: 'review', year: 2013, title: 'Review article: prescribing medications in patients with cirrhosis — a practical guide', authors: 'Lewis JH, Stine JG', doi: '10.1111/apt.12324', note: 'Aliment Pharmacol Ther 2013;37(12):1132–1156. Advises keeping acetaminophen to 2–3 g/day in cirrhosis.' },
  // Product labels (US prescribing information unless stated).
  dailyMed('rx-label-ibuprofen-rx', 'Ibuprofen tablets (Motrin) prescribing information', 'ibuprofen tablets', 'Up to 3,200 mg/day.'),
  dailyMed('rx-label-ibuprofen-otc', 'Ibuprofen 200 mg OTC Drug Facts (Advil, Motrin IB)', 'advil', 'Self-care use: no more than 6 tablets (1,200 mg) in 24 hours and no longer than 10 days for pain.'),
  dailyMed('rx-label-naproxen', 'Naproxen and naproxen sodium tablets (Naprosyn, Anaprox DS, EC-Naprosyn) prescribing information', 'naprosyn'),
  dailyMed('rx-label-naproxen-otc', 'Naproxen sodium 220 mg OTC Drug Facts (Aleve)', 'aleve', 'No more than 3 caplets (660 mg naproxen sodium) in 24 hours.'),
  dailyMed('rx-label-celecoxib', 'Celecoxib capsules (Celebrex) prescribing information', 'celebrex'),
  dailyMed('rx-label-diclofenac', 'Diclofenac potassium and diclofenac sodium tablets (Cataflam, Voltaren) prescribing information', 'diclofenac sodium delayed-release'),
  dailyMed('rx-label-diclofenac-gel', 'Diclofenac sodium topical gel 1% (Voltaren Arthritis Pain) labeling', 'voltaren arthritis pain'),
  dailyMed('rx-label-meloxicam', 'Meloxicam tablets (Mobic) prescribing information', 'mobic'),
  { id: 'rx-smpc-etoricoxib', kind: 'label', title: 'Arcoxia (etoricoxib) film-coated tablets: Summary of Product Characteristics (UK)', url: 'https://www.medicines.org.uk/emc/search?q=arcoxia', note: 'Not approved in the USA.' },
  dailyMed('rx-label-ketorolac', 'Ketorolac tromethamine injection prescribing information', 'ketorolac tromethamine injection', 'Boxed warning: combined IV/IM/oral use no longer than 5 days.'),
  dailyMed('rx-label-acetaminophen', 'Acetaminophen OTC Drug Facts (Tylenol Regular and Extra Strength)', 'tylenol extra strength', 'Extra Strength: no more than 6 caplets (3,000 mg) in 24 hours unless directed by a doctor; 4,000 mg/day is the overall adult ceiling.'),
  dailyMed('rx-label-cyclobenzaprine', 'Cyclobenzaprine hydrochloride tablets (Flexeril) prescribing information', 'cyclobenzaprine hydrochloride tablets'),
  dailyMed('rx-label-baclofen', 'Baclofen tablets (Lioresal) prescribing information', 'baclofen tablets'),
  dailyMed('rx-label-tizanidine', 'Tizanidine tablets and capsules (Zanaflex) prescribing information', 'zanaflex'),
  dailyMed('rx-label-methocarbamol', 'Methocarbamol tablets (Robaxin) prescribing information', 'robaxin'),
  dailyMed('rx-label-clonazepam', 'Clonazepam tablets (Klonopin) prescribing information', 'klonopin'),
  dailyMed('rx-label-gabapentin', 'Gabapentin (Neurontin; Gralise) prescribing information', 'neurontin'),
  dailyMed('rx-label-pregabalin', 'Pregabalin capsules (Lyrica) prescribing information', 'lyrica'),
  dailyMed('rx-label-carbamazepine', 'Carbamazepine (Tegretol) prescribing information', 'tegretol'),
  dailyMed('rx-label-duloxetine', 'Duloxetine delayed-release capsules (Cymbalta) prescribing information', 'cymbalta'),
  dailyMed('rx-label-venlafaxine', 'Venlafaxine tablets and extended-release capsules (Effexor, Effexor XR) prescribing information', 'venlafaxine'),
  dailyMed('rx-label-amitriptyline', 'Amitriptyline hydrochloride tablets prescribing information', 'amitriptyline hydrochloride tablets'),
  dailyMed('rx-label-nortriptyline', 'Nortriptyline hydrochloride capsules (Pamelor) prescribing information', 'nortriptyline hydrochloride capsules'),
  dailyMed('rx-label-tramadol', 'Tramadol hydrochloride tablets (Ultram) prescribing information', 'ultram'),
  dailyMed('rx-label-tapentadol', 'Tapentadol tablets (Nucynta) prescribing information', 'nucynta'),
  dailyMed('rx-label-codeine', 'Codeine sulfate tablets prescribing information', 'codeine sulfate tablets'),
  dailyMed('rx-label-codeine-acetaminophen', 'Acetaminophen and codeine phosphate tablets (Tylenol with Codeine) prescribing information', 'acetaminophen and codeine phosphate tablets'),
  dailyMed('rx-label-hydrocodone-acetaminophen', 'Hydrocodone bitartrate and acetaminophen tablets (Norco) prescribing information', 'norco'),
  dailyMed('rx-label-oxycodone', 'Oxycodone hydrochloride tablets (Roxicodone; OxyContin) prescribing information', 'roxicodone'),
  dailyMed('rx-label-morphine', 'Morphine sulfate tablets and extended-release tablets (MS Contin) prescribing information', 'morphine sulfate tablets'),
  { id: 'rx-smpc-oxycodone-naloxone', kind: 'label', title: 'Targinact (oxycodone hydrochloride/naloxone hydrochloride) prolonged-release tablets: Summary of Product Characteristics (UK)', url: 'https://www.medicines.org.uk/emc/search?q=targinact', note: 'Maximum 160 mg oxycodone with 80 mg naloxone per day; not marketed in the USA.' },
  dailyMed('rx-label-lidocaine-patch', 'Lidocaine patch 5% (Lidoderm) prescribing information', 'lidoderm', 'Labelled for postherpetic neuralgia only; up to 3 patches at once for up to 12 hours in 24 hours.'),
  dailyMed('rx-label-capsaicin-patch', 'Capsaicin 8% topical system (Qutenza) prescribing information', 'qutenza', 'Up to 4 patches per treatment, no more often than every 3 months; applied by a health professional.'),
  dailyMed('rx-label-capsaicin-cream', 'Capsaicin topical cream OTC Drug Facts (Zostrix)', 'zostrix', 'Apply to the painful area no more than 3 to 4 times a day.'),
  dailyMed('rx-label-prednisone', 'Prednisone tablets prescribing information', 'prednisone tablets', 'Initial dose 5–60 mg/day depending on the disease.'),
  dailyMed('rx-label-methylprednisolone-oral', 'Methylprednisolone tablets (Medrol, Medrol Dosepak) prescribing information', 'medrol', 'Initial dose 4–48 mg/day; the 6-day pack totals 84 mg (24 mg on day 1).'),
  dailyMed('rx-label-methylprednisolone-acetate', 'Methylprednisolone acetate injectable suspension (Depo-Medrol) prescribing information', 'depo-medrol', 'Not approved for epidural use; large-joint intra-articular dose 20–80 mg.'),
  dailyMed('rx-label-dexamethasone-injection', 'Dexamethasone sodium phosphate injection prescribing information', 'dexamethasone sodium phosphate injection', 'Not approved for epidural use.'),
  dailyMed('rx-label-calcitonin-nasal', 'Calcitonin salmon nasal spray (Miacalcin) prescribing information', 'miacalcin', 'Labelled only for postmenopausal osteoporosis: one 200-unit spray a day.'),
  // Vitamin and supplement reference pages.
  { id: 'rx-nih-ods-vitamin-b12', kind: 'website', title: 'Vitamin B12: Fact Sheet for Health Professionals (NIH Office of Dietary Supplements)', url: 'https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/', note: 'No tolerable upper intake level has been set for vitamin B12.' },
];
