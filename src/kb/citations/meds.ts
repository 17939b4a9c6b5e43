import type { Citation } from '../schema.js';
import { dailyMedLabel } from './_label.js';

const label = dailyMedLabel;

/**
 * Sources behind the medication checker's rule tables (src/meds) and the interacting-drug entries
 * (entries/drugs-interacting.ts). Labels and guidelines the drug entries already cite (rx-…) are reused
 * rather than repeated here.
 */
export const MEDS_CITATIONS = [
  // Guidelines, reviews and studies.
  {
    id: 'meds-kdigo-2012-ckd',
    kind: 'guideline',
    year: 2013,
    title:
      'KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease',
    authors: 'Kidney Disease: Improving Global Outcomes (KDIGO) CKD Work Group',
    url: 'https://kdigo.org/guidelines/ckd-evaluation-and-management/',
    note: 'Kidney Int Suppl 2013;3(1):1–150. Chapter 4 cautions: avoid NSAIDs when GFR is below 30, avoid prolonged use when GFR is below 60, and avoid them with lithium or with RAAS blockers in CKD.',
  },
  {
    id: 'meds-lapi-2013-triple-whammy',
    kind: 'primary-study',
    year: 2013,
    title:
      'Concurrent use of diuretics, angiotensin converting enzyme inhibitors, and angiotensin receptor blockers with non-steroidal anti-inflammatory drugs and risk of acute kidney injury: nested case-control study',
    authors: 'Lapi F, Azoulay L, Yin H, Nessim SJ, Suissa S',
    doi: '10.1136/bmj.e8525',
    note: 'BMJ 2013;346:e8525. The triple combination raised the rate of acute kidney injury by about 31%, most in the first 30 days.',
  },
  {
    id: 'meds-boyer-2005-serotonin-syndrome',
    kind: 'review',
    year: 2005,
    title: 'The serotonin syndrome',
    authors: 'Boyer EW, Shannon M',
    doi: '10.1056/NEJMra041867',
    note: 'N Engl J Med 2005;352(11):1112–1120. Names MAOIs, SSRIs, SNRIs, tricyclics, tramadol, triptans, linezolid, ondansetron, trazodone, lithium and dextromethorphan among the drugs involved.',
  },
  {
    id: 'meds-anglin-2014-ssri-nsaid-bleeding',
    kind: 'review',
    year: 2014,
    title:
      'Risk of upper gastrointestinal bleeding with selective serotonin reuptake inhibitors with or without concurrent nonsteroidal anti-inflammatory use: a systematic review and meta-analysis',
    authors: 'Anglin R, Yuan Y, Moayyedi P, Tse F, Armstrong D, Leontiadis GI',
    doi: '10.1038/ajg.2014.82',
    note: 'Am J Gastroenterol 2014;109(6):811–819. SSRIs alone raised the odds of upper GI bleeding about 1.7-fold; with an NSAID about 4-fold.',
  },
  {
    id: 'meds-foramen-drug-coverage',
    kind: 'website',
    title:
      'Foramen knowledge base: the drug entries the medication checker recognises (`foramen kb list drug`)',
    note: 'A medicine outside this list cannot be checked for limits, duplicates or interactions, so the checker reports it rather than passing over it.',
  },
  // Labels of the interacting medicines (US prescribing information unless stated).
  label(
    'meds-label-warfarin',
    'Warfarin sodium tablets (Coumadin, Jantoven) prescribing information',
    'warfarin sodium tablets',
    'Boxed warning: major or fatal bleeding; NSAIDs, antiplatelet drugs and SSRIs/SNRIs add to the risk.',
  ),
  label(
    'meds-label-apixaban',
    'Apixaban tablets (Eliquis) prescribing information',
    'eliquis',
    'Avoid with combined strong CYP3A4 and P-gp inducers such as carbamazepine; NSAIDs and antiplatelets raise bleeding risk.',
  ),
  label(
    'meds-label-rivaroxaban',
    'Rivaroxaban tablets (Xarelto) prescribing information',
    'xarelto',
  ),
  label(
    'meds-label-dabigatran',
    'Dabigatran etexilate capsules (Pradaxa) prescribing information',
    'pradaxa',
  ),
  label(
    'meds-label-enoxaparin',
    'Enoxaparin sodium injection (Lovenox) prescribing information',
    'lovenox',
    'Boxed warning: spinal or epidural haematoma with neuraxial procedures; weight-based dosing.',
  ),
  label(
    'meds-label-heparin',
    'Heparin sodium injection prescribing information',
    'heparin sodium injection',
  ),
  label(
    'meds-label-aspirin',
    'Aspirin 325 mg and 500 mg OTC Drug Facts',
    'aspirin 325 mg',
    'Regular strength: no more than 12 tablets (3,900 mg) in 24 hours; extra strength: no more than 8 caplets (4,000 mg).',
  ),
  label(
    'meds-label-clopidogrel',
    'Clopidogrel tablets (Plavix) prescribing information',
    'plavix',
    'Maintenance 75 mg once daily after an optional 300–600 mg loading dose.',
  ),
  label('meds-label-sertraline', 'Sertraline tablets (Zoloft) prescribing information', 'zoloft'),
  label('meds-label-fluoxetine', 'Fluoxetine capsules (Prozac) prescribing information', 'prozac'),
  label(
    'meds-label-citalopram',
    'Citalopram tablets (Celexa) prescribing information',
    'celexa',
    'Doses above 40 mg/day prolong the QT interval; 20 mg/day is the maximum over age 60.',
  ),
  label(
    'meds-label-escitalopram',
    'Escitalopram tablets (Lexapro) prescribing information',
    'lexapro',
  ),
  label(
    'meds-label-paroxetine',
    'Paroxetine tablets (Paxil) prescribing information',
    'paxil',
    'Elderly or debilitated patients and severe kidney or liver impairment: no more than 40 mg/day.',
  ),
  label(
    'meds-label-fluvoxamine',
    'Fluvoxamine maleate tablets prescribing information',
    'fluvoxamine maleate tablets',
    'Contraindicated with tizanidine (strong CYP1A2 inhibition).',
  ),
  label(
    'meds-label-phenelzine',
    'Phenelzine sulfate tablets (Nardil) prescribing information',
    'nardil',
  ),
  label(
    'meds-label-tranylcypromine',
    'Tranylcypromine sulfate tablets (Parnate) prescribing information',
    'parnate',
  ),
  label(
    'meds-label-selegiline',
    'Selegiline hydrochloride capsules and tablets prescribing information',
    'selegiline hydrochloride',
    'Contraindicated with meperidine, tramadol, methadone and other serotonergic opioids.',
  ),
  label('meds-label-rasagiline', 'Rasagiline tablets (Azilect) prescribing information', 'azilect'),
  label(
    'meds-label-linezolid',
    'Linezolid tablets and injection (Zyvox) prescribing information',
    'zyvox',
    'A reversible MAO inhibitor: serotonin syndrome with serotonergic antidepressants and opioids.',
  ),
  label(
    'meds-label-trazodone',
    'Trazodone hydrochloride tablets prescribing information',
    'trazodone hydrochloride tablets',
  ),
  label(
    'meds-label-mirtazapine',
    'Mirtazapine tablets (Remeron) prescribing information',
    'remeron',
  ),
  label(
    'meds-label-ondansetron',
    'Ondansetron tablets and orally disintegrating tablets (Zofran) prescribing information',
    'zofran',
  ),
  label(
    'meds-label-sumatriptan',
    'Sumatriptan tablets (Imitrex) prescribing information',
    'imitrex tablets',
  ),
  label(
    'meds-label-rizatriptan',
    'Rizatriptan benzoate tablets (Maxalt) prescribing information',
    'maxalt',
  ),
  label('meds-label-zolmitriptan', 'Zolmitriptan tablets (Zomig) prescribing information', 'zomig'),
  label(
    'meds-label-dextromethorphan',
    'Dextromethorphan hydrobromide OTC cough suppressant Drug Facts',
    'dextromethorphan hydrobromide',
    'Adults: no more than 120 mg in 24 hours.',
  ),
  label(
    'meds-label-lithium',
    'Lithium carbonate capsules and tablets prescribing information',
    'lithium carbonate',
    'NSAIDs, ACE inhibitors, ARBs and diuretics raise lithium levels; serotonin syndrome with serotonergic drugs.',
  ),
  label('meds-label-diazepam', 'Diazepam tablets (Valium) prescribing information', 'valium'),
  label(
    'meds-label-lorazepam',
    'Lorazepam tablets (Ativan) prescribing information',
    'ativan tablets',
  ),
  label('meds-label-alprazolam', 'Alprazolam tablets (Xanax) prescribing information', 'xanax'),
  label(
    'meds-label-zolpidem',
    'Zolpidem tartrate tablets (Ambien) prescribing information',
    'ambien',
    'Women and older adults: 5 mg at bedtime; no more than 10 mg.',
  ),
  label(
    'meds-label-carisoprodol',
    'Carisoprodol tablets (Soma) prescribing information',
    'soma carisoprodol',
  ),
  label(
    'meds-label-metaxalone',
    'Metaxalone tablets (Skelaxin) prescribing information',
    'skelaxin',
  ),
  label(
    'meds-label-orphenadrine',
    'Orphenadrine citrate extended-release tablets prescribing information',
    'orphenadrine citrate extended-release',
  ),
  label(
    'meds-label-chlorzoxazone',
    'Chlorzoxazone tablets (Parafon Forte, Lorzone) prescribing information',
    'chlorzoxazone',
  ),
  label(
    'meds-label-indomethacin',
    'Indomethacin capsules prescribing information',
    'indomethacin capsules',
  ),
  label(
    'meds-label-ketorolac-tablets',
    'Ketorolac tromethamine tablets prescribing information',
    'ketorolac tromethamine tablets',
    'Oral use only as continuation of IV/IM therapy; no more than 40 mg a day; combined duration at most 5 days.',
  ),
  label(
    'meds-label-ciprofloxacin',
    'Ciprofloxacin tablets (Cipro) prescribing information',
    'cipro ciprofloxacin tablets',
    'Contraindicated with tizanidine (CYP1A2 inhibition).',
  ),
  label(
    'meds-label-bupropion',
    'Bupropion hydrochloride extended-release tablets (Wellbutrin XL, SR) prescribing information',
    'wellbutrin xl',
    'Seizure risk is dose related; a strong CYP2D6 inhibitor.',
  ),
  label(
    'meds-label-methotrexate',
    'Methotrexate tablets prescribing information',
    'methotrexate tablets',
    'Weekly dosing for arthritis and psoriasis; NSAIDs reduce methotrexate clearance.',
  ),
  label(
    'meds-label-lisinopril',
    'Lisinopril tablets (Zestril, Prinivil) prescribing information',
    'zestril',
    'Boxed warning: fetal toxicity. NSAIDs with ACE inhibitors can worsen kidney function.',
  ),
  label(
    'meds-label-enalapril',
    'Enalapril maleate tablets (Vasotec) prescribing information',
    'vasotec',
  ),
  label('meds-label-ramipril', 'Ramipril capsules (Altace) prescribing information', 'altace'),
  label(
    'meds-label-losartan',
    'Losartan potassium tablets (Cozaar) prescribing information',
    'cozaar',
    'Boxed warning: fetal toxicity.',
  ),
  label('meds-label-valsartan', 'Valsartan tablets (Diovan) prescribing information', 'diovan'),
  label(
    'meds-label-candesartan',
    'Candesartan cilexetil tablets (Atacand) prescribing information',
    'atacand',
  ),
  label(
    'meds-label-hydrochlorothiazide',
    'Hydrochlorothiazide tablets and capsules prescribing information',
    'hydrochlorothiazide tablets',
  ),
  label('meds-label-furosemide', 'Furosemide tablets (Lasix) prescribing information', 'lasix'),
  label(
    'meds-label-spironolactone',
    'Spironolactone tablets (Aldactone) prescribing information',
    'aldactone',
  ),
  label(
    'meds-label-valproate',
    'Divalproex sodium and valproic acid (Depakote, Depakene) prescribing information',
    'depakote',
    'Boxed warnings: major congenital malformations and lower IQ after exposure in pregnancy; liver failure; pancreatitis.',
  ),
  label(
    'meds-label-hydromorphone',
    'Hydromorphone hydrochloride tablets (Dilaudid) prescribing information',
    'dilaudid',
  ),
  label(
    'meds-label-oxycodone-acetaminophen',
    'Oxycodone and acetaminophen tablets (Percocet) prescribing information',
    'percocet',
  ),
  label(
    'meds-label-tramadol-acetaminophen',
    'Tramadol hydrochloride and acetaminophen tablets (Ultracet) prescribing information',
    'ultracet',
    'No more than 2 tablets every 4–6 hours and 8 tablets a day, for 5 days or less.',
  ),
] as const satisfies readonly Citation[];
