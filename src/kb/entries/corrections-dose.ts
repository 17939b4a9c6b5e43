import type { EntryInputOf, SeedDoc } from '../schema.js';

/*
 * Every dose, maximum or schedule the seed articles state differently from each other or from the product labels
 * (shared/research/seed-inventory.md §3.8–3.10). The literature wins: `corrected` is what Foramen uses, and it
 * matches the maxima on the drug, supplement and injection entries named in `subject`.
 */

const REVIEWED = '2026-11-21';

/** The fields that differ between dose corrections; the rest are the same for all of them. */
interface DoseCorrection {
  id: `correction-dose-${string}`;
  name: string;
  synonyms?: string[];
  summary: string;
  seedDocs: SeedDoc[];
  seedClaim: string;
  corrected: string;
  reason: string;
  subject: string;
  sources: string[];
}

/** Fills in the category, topic, levels and review date shared by every dose correction. */
function doseCorrection(c: DoseCorrection): EntryInputOf<'correction'> {
  return {
    id: c.id,
    category: 'correction',
    name: c.name,
    synonyms: c.synonyms ?? [],
    summary: c.summary,
    levels: 'all',
    seedDocs: c.seedDocs,
    sources: c.sources,
    related: [c.subject],
    reviewed: REVIEWED,
    topic: 'dose',
    seedClaim: c.seedClaim,
    corrected: c.corrected,
    reason: c.reason,
    subject: c.subject,
  };
}

/** Where the articles give doses or maxima that disagree with each other or with the labels. */
export const DOSE_CORRECTIONS = [
  // Analgesics and NSAIDs.
  doseCorrection({
    id: 'correction-dose-acetaminophen',
    name: 'Acetaminophen: daily cap and dosing interval',
    synonyms: ['paracetamol maximum', 'Tylenol 3 g or 4 g'],
    summary:
      'Acetaminophen: 4 g a day at most from all products, 3 g for self-care, less with liver disease or heavy drinking.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'All five cap acetaminophen at 3 g a day, yet advise 500–1,000 mg every 6 hours (up to 4 g) or every 4–6 hours (up to 6 g). None mentions liver disease, alcohol, or acetaminophen hidden in combination products.',
    corrected:
      'Adult ceiling 4,000 mg a day from all products combined; 3,000 mg for unsupervised Extra Strength use, older adults or long-term use; 2,000 mg with liver disease or regular heavy drinking. Dose 500–1,000 mg at least 4 hours apart.',
    reason:
      'A 4–6-hourly schedule of 1,000 mg breaks any daily cap; the label ceiling and the lower caps for at-risk groups must be stated and totals counted across combination products.',
    subject: 'drug-acetaminophen',
    sources: [
      'rx-label-acetaminophen',
      'rx-ohca-max-dose',
      'rx-lewis-2013-cirrhosis-prescribing',
      'rx-fda-acetaminophen-325-2011',
    ],
  }),
  doseCorrection({
    id: 'correction-dose-ibuprofen',
    name: 'Ibuprofen: single dose and daily maximum',
    summary:
      'Ibuprofen: 200–400 mg a dose and 1,200 mg a day for self-care; 3,200 mg a day only on prescription.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Two articles give 200–400 mg and three give 400–600 mg every 6–8 hours; only one states a ceiling (1,200 mg a day), which its neighbours’ 600 mg every 6 hours (2,400 mg) would exceed.',
    corrected:
      'Self-care (OTC): 200–400 mg every 4–6 hours, at most 1,200 mg a day and 10 days. On prescription: 400–800 mg three or four times a day, at most 3,200 mg a day. Lowest effective dose for the shortest time.',
    reason:
      'The 1,200 mg figure is the OTC self-care limit, not the labelled maximum; both limits are needed so the checker can tell unsupervised from prescribed use.',
    subject: 'drug-ibuprofen',
    sources: ['rx-label-ibuprofen-rx', 'rx-label-ibuprofen-otc', 'rx-ohca-max-dose'],
  }),
  doseCorrection({
    id: 'correction-dose-diclofenac',
    name: 'Diclofenac: the once-daily 75 mg regimen',
    summary:
      'One article offers 75 mg extended-release once a day, which is not a standard diclofenac regimen.',
    seedDocs: ['000'],
    seedClaim:
      'Diclofenac may be taken as 50 mg three times a day or as a single 75 mg extended-release tablet each day.',
    corrected:
      '50 mg two or three times a day, 75 mg delayed-release twice a day, or 100 mg extended-release once a day; routine ceiling 150 mg a day (200 mg only for rheumatoid arthritis or the first day of acute pain).',
    reason: 'Labelled regimens do not include 75 mg once daily; the daily ceiling was missing.',
    subject: 'drug-diclofenac',
    sources: ['rx-label-diclofenac', 'rx-ohca-max-dose'],
  }),
  doseCorrection({
    id: 'correction-dose-diclofenac-gel',
    name: 'Diclofenac gel: amount, frequency and site',
    summary:
      'Diclofenac gel is dosed per joint, four times a day, and is not labelled for the spine.',
    seedDocs: ['003'],
    seedClaim:
      'Spread 2–4 g of diclofenac gel thinly over the painful area three or four times daily.',
    corrected:
      '1% gel: 2 g per upper-limb joint or 4 g per lower-limb joint, four times a day, at most 32 g a day in total. Labelled for hand and knee arthritis; not expected to reach a lumbar root.',
    reason: 'The label doses per joint with a total daily cap and covers peripheral joints only.',
    subject: 'drug-diclofenac-gel',
    sources: ['rx-label-diclofenac-gel'],
  }),
  doseCorrection({
    id: 'correction-dose-ketorolac',
    name: 'Ketorolac: reduced dose and daily maxima omitted',
    summary:
      'Ketorolac: 30 mg doses, 120 mg a day at most; half that at 65 or over, with kidney impairment or under 50 kg.',
    seedDocs: ['003'],
    seedClaim: 'Ketorolac 30 mg IV or IM every 6 hours for up to 5 days in hospital.',
    corrected:
      '30 mg every 6 hours (maximum 120 mg a day) under 65; 15 mg every 6 hours (maximum 60 mg a day) at 65 or over, with kidney impairment or under 50 kg. No more than 5 days by all routes; AGS Beers advises avoiding it in older adults.',
    reason:
      'Older and kidney-impaired patients are the most likely to be harmed and need the lower label dose.',
    subject: 'drug-ketorolac',
    sources: ['rx-label-ketorolac', 'rx-txvdp-nsaid-duration', 'rx-beers-2023'],
  }),
  // Muscle relaxants and benzodiazepine.
  doseCorrection({
    id: 'correction-dose-cyclobenzaprine',
    name: 'Cyclobenzaprine: timing, duration and maximum',
    summary: 'Cyclobenzaprine: at most 30 mg a day, for no more than 2–3 weeks.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Take 5–10 mg three times a day, at bedtime (three articles) or with meals (one), with no maximum or length of use stated.',
    corrected:
      '5 mg three times a day, up to 10 mg three times a day (30 mg a day), for no more than 2–3 weeks; taking a dose at night helps with drowsiness and food makes no difference. Avoid at 65 or over.',
    reason:
      'The label limits use to short courses and a 30 mg total; older adults are at risk of anticholinergic harm and falls.',
    subject: 'drug-cyclobenzaprine',
    sources: ['rx-label-cyclobenzaprine', 'rx-txvdp-muscle-relaxants', 'rx-beers-2023'],
  }),
  doseCorrection({
    id: 'correction-dose-baclofen',
    name: 'Baclofen: starting dose and a range given as a maximum',
    summary:
      'One article states "up to 20–80 mg a day" as a maximum, starting doses differ, and one gives no ceiling; none mentions withdrawal or kidney dosing.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Start at 5 mg three times a day (three articles) or 5–10 mg three times a day (two); the maximum is 80 mg, or a range of 20–80 mg in one article, and missing in another.',
    corrected:
      'Start 5 mg three times a day; raise by 5 mg per dose every 3 days if needed; maximum 80 mg a day (20 mg four times a day). Avoid if eGFR is below 60; never stop abruptly. Licensed for spasticity, not back spasm.',
    reason:
      'A range is not a maximum; baclofen accumulates in kidney impairment and sudden withdrawal can cause seizures.',
    subject: 'drug-baclofen',
    sources: ['rx-label-baclofen', 'rx-txvdp-muscle-relaxants', 'rx-beers-2023'],
  }),
  doseCorrection({
    id: 'correction-dose-tizanidine',
    name: 'Tizanidine: starting dose and missing maximum',
    summary:
      'One article gives 2 mg and no ceiling where others give 2–4 mg up to 36 mg; none mentions the CYP1A2 contraindications or liver monitoring.',
    seedDocs: ['001', '002', '003', '004'],
    seedClaim:
      'Tizanidine 2–4 mg every 6–8 hours with a 36 mg maximum (three articles); 2 mg every 6–8 hours with no maximum (one).',
    corrected:
      '2–4 mg every 6–8 hours as needed, at most 3 doses and 36 mg a day. Contraindicated with ciprofloxacin or fluvoxamine; check liver tests; reduce in kidney impairment.',
    reason:
      'The ceiling and the interaction with strong CYP1A2 inhibitors are the main safety facts for this drug.',
    subject: 'drug-tizanidine',
    sources: ['rx-label-tizanidine', 'rx-txvdp-muscle-relaxants'],
  }),
  doseCorrection({
    id: 'correction-dose-methocarbamol',
    name: 'Methocarbamol: loading period and maintenance dose',
    summary: 'Methocarbamol: 1,500 mg four times a day for 2–3 days, then about 4 g a day.',
    seedDocs: ['002', '003'],
    seedClaim:
      'One article limits 1,500 mg four times a day to the first day, then 750 mg four times a day; the other gives 1,500 mg four times a day "initially" with no end point.',
    corrected:
      '1,500 mg four times a day for the first 48–72 hours (up to 8 g a day only in severe cases), then about 4–4.5 g a day (1,000 mg four times a day, or 750 mg every 4 hours). Avoid at 65 or over.',
    reason: 'The label sets a 2–3 day loading period and a defined maintenance total.',
    subject: 'drug-methocarbamol',
    sources: ['rx-label-methocarbamol', 'rx-beers-2023'],
  }),
  // Neuropathic agents.
  doseCorrection({
    id: 'correction-dose-gabapentin-maximum',
    name: 'Gabapentin: target range and maximum',
    summary:
      'Gabapentin: 3,600 mg a day is the epilepsy maximum; 1,800 mg for nerve pain; lower with kidney impairment.',
    seedDocs: ['000', '001', '002', '003'],
    seedClaim:
      'After 300 mg at night, build up to 900–1,800 mg a day (two articles) or 900–3,600 mg a day (two articles), in divided doses.',
    corrected:
      'Labelled maximum 3,600 mg a day (epilepsy); postherpetic neuralgia stops at 1,800 mg with no added benefit above it. Lower maxima with kidney impairment: 1,400 mg (CrCl 30–59), 700 mg (15–29), 300 mg (below 15). NICE advises against gabapentinoids for sciatica.',
    reason:
      'The two ranges reflect different indications; kidney dosing is essential because gabapentin is cleared unchanged by the kidneys.',
    subject: 'drug-gabapentin',
    sources: ['rx-label-gabapentin', 'nice-ng59'],
  }),
  doseCorrection({
    id: 'correction-dose-gabapentin-titration',
    name: 'Gabapentin: fixed dose without titration',
    summary: 'One article gives a fixed 300 mg three times a day from the start.',
    seedDocs: ['004'],
    seedClaim: 'Gabapentin 300 mg three times a day, with no build-up step.',
    corrected:
      'Start at 300 mg at night (less in older or frail people) and increase over 1–2 weeks as tolerated; adjust to kidney function.',
    reason:
      'Starting at 900 mg a day raises the risk of dizziness, sedation and falls; the label builds up over days.',
    subject: 'drug-gabapentin',
    sources: ['rx-label-gabapentin', 'rx-fda-gabapentinoids-2019'],
  }),
  doseCorrection({
    id: 'correction-dose-pregabalin',
    name: 'Pregabalin: maximum 300 or 600 mg',
    summary:
      'Pregabalin: the label maximum depends on the indication (300 or 600 mg a day) and on kidney function.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'One article gives 75–150 mg twice a day up to 600 mg; three give 75 mg twice a day up to 300 mg; one gives 75 mg twice a day with no ceiling.',
    corrected:
      'Start 75 mg twice a day. Label maximum 600 mg a day for postherpetic neuralgia and spinal-cord-injury pain, 300 mg for diabetic neuropathy; lower with kidney impairment (300, 150 or 75 mg). NICE advises against gabapentinoids for sciatica, and a trial found no benefit.',
    reason:
      'Both numbers are label values for different conditions; kidney function sets the real ceiling for many patients.',
    subject: 'drug-pregabalin',
    sources: ['rx-label-pregabalin', 'nice-ng59', 'rx-mathieson-2017-pregabalin'],
  }),
  doseCorrection({
    id: 'correction-dose-duloxetine',
    name: 'Duloxetine: titration and pain-dose ceiling',
    summary: 'Duloxetine for pain: 30 mg then 60 mg a day; pain doses stop at 60 mg.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Duloxetine 30 mg once daily rising to 60 mg (four articles) or 30–60 mg once daily (one); timing varies from with food to morning or evening.',
    corrected:
      '30 mg once a day for a week, then 60 mg once a day; doses above 60 mg add no pain relief (120 mg is the depression ceiling). Avoid with CrCl below 30 or liver disease; watch for serotonin syndrome with tramadol.',
    reason: 'The label sets 60 mg as the pain target and limits use in kidney and liver disease.',
    subject: 'drug-duloxetine',
    sources: ['rx-label-duloxetine'],
  }),
  doseCorrection({
    id: 'correction-dose-amitriptyline',
    name: 'Amitriptyline: pain dose range',
    summary:
      'One article allows up to 75 mg where the others stay at 10–25 mg; none warns against its use in older adults.',
    seedDocs: ['001', '002', '003', '004'],
    seedClaim:
      'Amitriptyline 10–25 mg at bedtime (three articles), or 10–25 mg rising to as much as 75 mg (one).',
    corrected:
      'For nerve pain, 10–25 mg at night, increased slowly if needed (pain doses rarely exceed 75 mg); the depression label maximum is 150 mg in outpatients. Avoid at 65 or over.',
    reason:
      'Low doses are the norm for pain; anticholinergic and heart effects rise with dose and age.',
    subject: 'drug-amitriptyline',
    sources: ['rx-label-amitriptyline', 'rx-beers-2023'],
  }),
  // Opioids.
  doseCorrection({
    id: 'correction-dose-tramadol-timing',
    name: 'Tramadol: bedtime and seizures',
    summary:
      'One article advises avoiding tramadol at bedtime because of seizures; seizure risk does not depend on the time of day.',
    seedDocs: ['000'],
    seedClaim: 'Tramadol should not be taken at bedtime because it can cause seizures.',
    corrected:
      'Seizure risk rises with dose (above the labelled maximum), with SSRIs, SNRIs, tricyclics and cyclobenzaprine, and with epilepsy or a seizure history; timing of the dose does not change it.',
    reason:
      'The tramadol label lists these risk factors; nothing links seizures to night-time dosing.',
    subject: 'drug-tramadol',
    sources: ['rx-label-tramadol'],
  }),
  doseCorrection({
    id: 'correction-dose-tramadol-maximum',
    name: 'Tramadol: maximum omitted and age and kidney limits',
    summary:
      'One article gives no ceiling; none gives the lower ceilings for people over 75 or with kidney or liver disease.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Tramadol 50–100 mg every 4–6 hours with a 400 mg ceiling (four articles) or with no ceiling (one).',
    corrected:
      'Immediate release at most 400 mg a day; 300 mg over 75 years; 200 mg (every 12 hours) if creatinine clearance is below 30; 100 mg in cirrhosis. Warn about serotonin syndrome with duloxetine, venlafaxine, amitriptyline and cyclobenzaprine.',
    reason: 'Older and kidney-impaired patients accumulate tramadol and its active metabolite.',
    subject: 'drug-tramadol',
    sources: ['rx-label-tramadol', 'rx-beers-2023'],
  }),
  doseCorrection({
    id: 'correction-dose-codeine-acetaminophen',
    name: 'Codeine with acetaminophen: missing acetaminophen dose and maxima',
    summary:
      'One article gives codeine 15–60 mg every 4 hours "with acetaminophen" without the acetaminophen amount; neither gives a daily limit.',
    seedDocs: ['000', '002'],
    seedClaim:
      'Codeine 15–60 mg every 4 hours plus an unstated amount of acetaminophen (one article); 30 mg/300 mg tablets every 4–6 hours (the other); no daily maximum in either.',
    corrected:
      'Codeine at most 360 mg a day and acetaminophen at most 4,000 mg a day from all sources; with 30/300 mg tablets that is 12 tablets at most. Contraindicated under 12 years and in ultra-rapid CYP2D6 metabolisers.',
    reason:
      'Without the acetaminophen content the daily acetaminophen total, the main overdose risk, cannot be checked.',
    subject: 'drug-codeine-acetaminophen',
    sources: ['rx-label-codeine-acetaminophen', 'rx-fda-codeine-tramadol-children-2017'],
  }),
  doseCorrection({
    id: 'correction-dose-codeine',
    name: 'Codeine alone: no maximum stated',
    summary: 'Codeine: 15–60 mg every 4 hours as needed, at most 360 mg a day.',
    seedDocs: ['004'],
    seedClaim: 'Codeine 30–60 mg every 4–6 hours.',
    corrected:
      '15–60 mg every 4 hours as needed, at most 360 mg a day; contraindicated under 12 years and while breastfeeding.',
    reason:
      'The label sets a daily ceiling, and CYP2D6 ultra-rapid metabolisers can reach toxic morphine levels.',
    subject: 'drug-codeine',
    sources: ['rx-label-codeine', 'rx-fda-codeine-tramadol-children-2017'],
  }),
  // Topicals.
  doseCorrection({
    id: 'correction-dose-lidocaine-patch',
    name: 'Lidocaine 5% patch: one patch or up to three',
    summary: 'One article allows one patch and another one to three.',
    seedDocs: ['000', '004'],
    seedClaim:
      'Apply a single lidocaine patch for up to 12 hours a day (one article) or one to three patches for 12 hours (the other).',
    corrected:
      'Up to 3 patches at the same time, worn for at most 12 hours in any 24 hours; patches may be cut to size.',
    reason: 'The label allows up to three patches at once, so the label value is used.',
    subject: 'drug-lidocaine-patch',
    sources: ['rx-label-lidocaine-patch'],
  }),
  doseCorrection({
    id: 'correction-dose-capsaicin',
    name: 'Capsaicin: clinic patch versus home cream',
    summary:
      'The high-dose capsaicin patch and the low-dose cream are different products with different schedules.',
    seedDocs: ['000', '001', '004'],
    seedClaim:
      'Capsaicin 8% is a single supervised 60-minute application every 3 months (one article); capsaicin cream goes on three or four times a day (two articles).',
    corrected:
      'The 8% patch (Qutenza) is applied in clinic, up to 4 patches for 60 minutes, no more often than every 3 months. Low-strength cream is used at home up to 3–4 times a day. They are separate products with separate limits.',
    reason:
      'Confusing the two products could lead to a high-strength product being used at cream frequency.',
    subject: 'drug-capsaicin-patch',
    sources: ['rx-label-capsaicin-patch', 'rx-label-capsaicin-cream'],
  }),
  // Corticosteroids.
  doseCorrection({
    id: 'correction-dose-prednisone',
    name: 'Prednisone: course lengths and doses that differ eightfold',
    summary: 'Oral steroids are not recommended for sciatica; no prednisone regimen is supported.',
    seedDocs: ['001', '002', '004'],
    seedClaim:
      'Prednisone 5–10 mg daily for up to a week (one article), 40 mg daily for 5 days then tapered (another), or 10–20 mg daily as a short taper (a third, which also lists osteoporosis as a side effect).',
    corrected:
      'Not recommended for radicular pain (ACP 2017, NICE NG59). The main trial used 60 mg, then 40, then 20 mg, each for 5 days, with a small effect on function and none on pain. Bone loss follows long courses, not a short burst.',
    reason: 'No regimen is supported by evidence; the evidence-based answer is not to use them.',
    subject: 'drug-prednisone',
    sources: ['acp-2017', 'nice-ng59', 'rx-goldberg-2015-prednisone', 'rx-label-prednisone'],
  }),
  doseCorrection({
    id: 'correction-dose-methylprednisolone-epidural',
    name: 'Epidural methylprednisolone: 40 mg or 40–80 mg, and repeats',
    summary:
      'One article gives 40 mg repeatable every 3–6 months, another 40–80 mg once; neither mentions the FDA warning or particulate-steroid risk.',
    seedDocs: ['000', '003'],
    seedClaim:
      'A single 40 mg epidural dose that can be repeated every 3–6 months (one article); a single 40–80 mg injection by a pain specialist (the other).',
    corrected:
      'No epidural dose is approved; 40–80 mg is the range used in practice. For lumbar transforaminal injections a non-particulate steroid (dexamethasone 4–12 mg) is preferred. Repeat only after worthwhile relief, and keep to a few injections a year.',
    reason:
      'The FDA warns of rare serious neurological events with epidural steroids, and particulate steroids carry embolic risk in transforaminal injections.',
    subject: 'drug-methylprednisolone-epidural',
    sources: [
      'fda-esi-2014',
      'rx-rathmell-2015-esi-safeguards',
      'rx-label-methylprednisolone-acetate',
    ],
  }),
  doseCorrection({
    id: 'correction-dose-intradiscal-hydrocortisone',
    name: 'Intradiscal hydrocortisone 40 mg',
    summary:
      'One article lists a 40 mg intradiscal hydrocortisone injection as a treatment; it is not a standard therapy.',
    seedDocs: ['000'],
    seedClaim:
      'A single 40 mg hydrocortisone injection into the disc calms inflammation with few systemic effects.',
    corrected:
      'No intradiscal steroid regimen is established; a randomised trial found no benefit over saline, and the disc is not where a foraminal root is compressed.',
    reason: 'A dose was given for a treatment without evidence.',
    subject: 'injection-intradiscal-steroid',
    sources: ['rx-khot-2004-intradiscal-steroid'],
  }),
  // Vitamin B12: the same vitamin as an oral supplement and an injected drug.
  doseCorrection({
    id: 'correction-dose-vitamin-b12',
    name: 'Vitamin B12: oral supplement or daily injections',
    summary:
      'One article gives daily 1,000 µg injections without any deficiency criterion; two give oral doses.',
    seedDocs: ['000', '001', '002'],
    seedClaim:
      'Methylcobalamin 1,000 µg by injection daily for a week, then weekly (one article); 500–1,000 µg a day by mouth (two articles).',
    corrected:
      'Check the B12 level first. Proven deficiency: injections on a loading schedule then every 1–3 months, or high-dose tablets (1,000 µg a day) for most people. Without deficiency, extra B12 has only very low-quality evidence for back or root pain.',
    reason:
      'Injection regimens are deficiency treatments; giving them without a deficiency has no basis.',
    subject: 'drug-methylcobalamin',
    sources: ['rx-nih-ods-vitamin-b12', 'rx-ammendolia-2013-lss-cochrane'],
  }),
  // Supplements.
  doseCorrection({
    id: 'correction-dose-omega-3',
    name: 'Omega-3: 1 g, 1–2 g or 2 g a day',
    summary: 'Fish oil: no dose helps nerve-root pain; about 1 g a day if taken.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Fish oil 1,000 mg a day (three articles), 1–2 g of EPA plus DHA a day (one), or 1,000 mg twice a day (one).',
    corrected:
      'No dose has shown benefit for nerve-root pain. If taken, about 1 g a day; higher long-term intakes raise the risk of atrial fibrillation and may add to bleeding with anticoagulants.',
    reason: 'No dose is supported by evidence; safety data favour the lower end.',
    subject: 'supplement-omega-3',
    sources: ['rx-nih-ods-omega-3', 'rx-gencer-2021-omega-3-af'],
  }),
  doseCorrection({
    id: 'correction-dose-vitamin-d',
    name: 'Vitamin D: fixed 2,000 IU or a range',
    summary:
      'Vitamin D: 800–2,000 IU a day for maintenance, at most 4,000 IU without supervision; test before treating deficiency.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Vitamin D3 2,000 IU a day (one article), 1,000–2,000 IU (three) or 800–2,000 IU (one).',
    corrected:
      '800–2,000 IU a day for maintenance; do not exceed 4,000 IU a day without medical supervision; treat measured deficiency. It does not relieve pain in people who are not deficient.',
    reason:
      'All the ranges fall within safe maintenance intake, but the upper limit and the lack of a pain benefit were missing.',
    subject: 'supplement-vitamin-d',
    sources: ['rx-nih-ods-vitamin-d', 'rx-straube-2015-vitamin-d'],
  }),
  doseCorrection({
    id: 'correction-dose-magnesium',
    name: 'Magnesium: doses above the supplemental upper limit',
    summary: 'Magnesium: at most 350 mg a day from supplements.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Magnesium 300–400 mg a day (three articles) or 200–400 mg, sometimes at night (two).',
    corrected:
      'At most 350 mg a day from supplements; avoid in kidney impairment unless a doctor advises it.',
    reason:
      'Both ranges reach 400 mg, above the adult upper limit, and magnesium accumulates when the kidneys are impaired.',
    subject: 'supplement-magnesium',
    sources: ['rx-nih-ods-magnesium'],
  }),
  doseCorrection({
    id: 'correction-dose-glucosamine',
    name: 'Glucosamine: sulfate versus N-acetyl-glucosamine',
    summary:
      'One article names N-acetyl-glucosamine where the others name glucosamine sulfate; they are different compounds.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Glucosamine sulfate 1,500 mg a day (four articles); N-acetyl-glucosamine 1,500 mg a day (one).',
    corrected:
      'The 1,500 mg dose and the trial evidence refer to glucosamine sulfate; that trial found no benefit in chronic low back pain with lumbar arthritis.',
    reason: 'A dose studied for one compound cannot be transferred to another.',
    subject: 'supplement-glucosamine',
    sources: ['rx-wilkens-2010-glucosamine', 'rx-nccih-glucosamine-chondroitin'],
  }),
  doseCorrection({
    id: 'correction-dose-chondroitin',
    name: 'Chondroitin: 800, 800–1,200 or 1,200 mg',
    summary:
      'Chondroitin: 800–1,200 mg a day is the product range, with no evidence for spinal pain.',
    seedDocs: ['000', '001', '003', '004'],
    seedClaim:
      'Chondroitin sulfate 1,200 mg a day (one article), 800–1,200 mg (two) or 800 mg (one).',
    corrected:
      '800–1,200 mg a day is the usual product range, but NICE advises against chondroitin for osteoarthritis and there is no evidence for spinal or nerve-root pain.',
    reason: 'The dose disagreement matters less than the absence of benefit.',
    subject: 'supplement-chondroitin',
    sources: ['rx-nice-ng226', 'rx-nccih-glucosamine-chondroitin'],
  }),
  doseCorrection({
    id: 'correction-dose-msm',
    name: 'MSM: 2 g or 1–3 g a day',
    summary: 'MSM: no evidence-based dose exists for back or nerve-root pain.',
    seedDocs: ['000', '003'],
    seedClaim: 'MSM 1,000 mg twice a day (one article) or 1,000–3,000 mg a day (the other).',
    corrected:
      'No evidence-based dose exists for back or nerve-root pain; products suggest 1–3 g a day and long-term safety is unknown.',
    reason: 'Neither figure rests on trials in this condition.',
    subject: 'supplement-msm',
    sources: ['rx-nccih-low-back-pain'],
  }),
  doseCorrection({
    id: 'correction-dose-same',
    name: 'SAMe: dose and purpose',
    summary:
      'One article gives 400–1,200 mg for nerve health and mood, another 400 mg twice a day for joints.',
    seedDocs: ['001', '003'],
    seedClaim:
      'SAMe 400–1,200 mg a day for neural health and mood (one article); 400 mg twice a day for joint comfort (the other).',
    corrected:
      'No dose has shown benefit for nerve-root pain. It can trigger mania in bipolar disorder and adds to serotonergic drugs.',
    reason: 'No dose has shown benefit for any of the purposes it is sold for.',
    subject: 'supplement-same',
    sources: ['rx-merck-same'],
  }),
  doseCorrection({
    id: 'correction-dose-collagen',
    name: 'Collagen: 10 g of peptides or 40 mg of type II',
    summary: 'Collagen peptides (10 g) and type II collagen (40 mg) are different products.',
    seedDocs: ['000', '003', '004'],
    seedClaim:
      'Collagen peptides 10 g a day (two articles, one with 500 mg vitamin C); type II collagen 40 mg a day (one).',
    corrected:
      'These are different products with different proposed actions, and neither has evidence in spinal stenosis or radicular pain.',
    reason: 'A 250-fold dose difference means two different products, not one.',
    subject: 'supplement-collagen-peptides',
    sources: ['rx-nccih-low-back-pain'],
  }),
  // Injections.
  doseCorrection({
    id: 'correction-dose-hyaluronic-acid',
    name: 'Hyaluronic acid injection: site and volume',
    summary: 'No spinal dose or site is established for hyaluronic acid injections.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Ultrasound-guided epidural injection of 2–5 mL (one article); facet injection of 1–2 mL monthly, 2–3 mL, or 1 mL (three); facet or epidural 2–4 mL monthly (one).',
    corrected:
      'No spinal dose or site is established; hyaluronan products are approved for knee osteoarthritis only, and NICE advises against them even there.',
    reason: 'All spinal uses are off-label and unsupported, so no volume can be recommended.',
    subject: 'injection-hyaluronic-acid',
    sources: ['rx-nice-ng226'],
  }),
  doseCorrection({
    id: 'correction-dose-stem-cells',
    name: 'Stem cell injections: cell counts, volumes and mechanism',
    summary: 'No stem cell dose is established: no cell therapy is approved for spinal conditions.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Doses of 1–2 × 10⁶ cells, 1–5 × 10⁶ cells (including by IV drip), 1–10 million cells, or 1–2 mL of concentrate; the cells are said to act by local signalling or by turning into fibroblasts, cartilage or disc cells.',
    corrected:
      'No dose is established because no cell therapy is approved for spinal conditions; use only within a regulated trial.',
    reason:
      'Unapproved cell products have caused serious harm, and reviews find no evidence supporting clinical use.',
    subject: 'injection-stem-cells',
    sources: ['rx-fda-regenerative-2021', 'rx-soufi-2023-stem-cells'],
  }),
  doseCorrection({
    id: 'correction-dose-romosozumab',
    name: 'Romosozumab: 12-dose limit and heart warning omitted',
    summary: 'Romosozumab: 210 mg monthly for 12 doses only, with a boxed cardiovascular warning.',
    seedDocs: ['002'],
    seedClaim: 'Romosozumab 210 mg under the skin each month.',
    corrected:
      '210 mg monthly for 12 doses only, then an antiresorptive drug; do not start within a year of a heart attack or stroke. It treats osteoporosis, not foraminal stenosis.',
    reason:
      'The label limits treatment to 12 doses and carries a boxed warning for heart attack, stroke and cardiovascular death.',
    subject: 'injection-romosozumab',
    sources: ['rx-label-romosozumab'],
  }),
  // Maxima the articles leave out altogether.
  doseCorrection({
    id: 'correction-dose-missing-maxima',
    name: 'Daily maxima of the listed medicines',
    summary: 'Each listed medicine has a labelled daily maximum; Foramen gives it with the dose.',
    seedDocs: ['000', '001', '002', '003', '004'],
    seedClaim:
      'Doses for naproxen, celecoxib, meloxicam, oral diclofenac, cyclobenzaprine, codeine, oxycodone, morphine, hydrocodone with acetaminophen, duloxetine, amitriptyline, nortriptyline, venlafaxine, carbamazepine and clonazepam are listed without any maximum.',
    corrected:
      'Labelled maxima: naproxen 1,500 mg (1,000 mg for pain after day 1), celecoxib 400 mg, meloxicam 15 mg, diclofenac 150 mg, cyclobenzaprine 30 mg, codeine 360 mg, hydrocodone/acetaminophen 5/325 mg 8 tablets, duloxetine 60 mg for pain, amitriptyline 150 mg, nortriptyline 150 mg, venlafaxine 225 mg, carbamazepine 1,200 mg, clonazepam 20 mg (4 mg outside epilepsy). Oxycodone and morphine have no label ceiling; reassess before exceeding 50 MME a day.',
    reason:
      'The medication checker needs a sourced ceiling for every drug it recognises; each value is on the drug’s own entry with its label citation.',
    subject: 'drug-naproxen',
    sources: [
      'rx-ohca-max-dose',
      'rx-label-naproxen',
      'rx-label-celecoxib',
      'rx-label-meloxicam',
      'rx-label-codeine',
      'rx-cdc-opioids-2022',
    ],
  }),
] satisfies EntryInputOf<'correction'>[];
