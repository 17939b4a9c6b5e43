/**
 * Cautions that depend on the patient: kidney function, liver disease and alcohol, age (AGS Beers 2023,
 * children), pregnancy and breastfeeding, other conditions, and planned duration. Each row: a drug group, a
 * patient condition, a severity, a text template and sources. Dose limits for these populations live in
 * the KB's special maxima (read in limit-rules.ts); these rows are the cautions that hold at any dose.
 */
import type { AlertCode } from './alerts.js';
import type { AlertSeverity } from '../vocab/index.js';
import type { GroupId } from './groups.js';
import type { Comorbidity } from './comorbidities.js';
import type { Condition } from './patient.js';

/** A caution for one group of drugs in one kind of patient. */
export interface CautionRule {
  readonly id: string;
  readonly code: Extract<AlertCode, 'renal' | 'hepatic' | 'age' | 'pregnancy' | 'lactation' | 'drug-disease' | 'interaction' | 'duration'>;
  readonly group: GroupId;
  readonly when: Condition;
  readonly severity: AlertSeverity;
  /** Fires only when at least this many different medicines of the group are present (Beers "3 or more CNS-active"). */
  readonly minDrugs?: number;
  /** Text with `{drugs}`, `{kidney}`, `{age}`, `{weeks}` and `{duration}`. */
  readonly text: string;
  readonly sources: readonly string[];
}

const age = (years: number): Condition => ({ kind: 'age-at-least', years });
const has = (...any: Comorbidity[]): Condition => ({ kind: 'comorbidity', any });

/** Every caution row. */
export const CAUTION_RULES: readonly CautionRule[] = [
  // Kidneys.
  {
    id: 'renal-nsaid-below-30', code: 'renal', group: 'nsaid', when: { kind: 'kidney', below: 30 }, severity: 'critical',
    text: '{drugs} with {kidney}: avoid NSAIDs below 30 mL/min; they can cause acute kidney injury and a further fall in kidney function.',
    sources: ['rx-beers-2023', 'meds-kdigo-2012-ckd'],
  },
  {
    id: 'renal-nsaid-30-to-59', code: 'renal', group: 'nsaid', when: { kind: 'kidney', from: 30, below: 60 }, severity: 'warning',
    text: '{drugs} with {kidney}: avoid long-term NSAID use below 60; if needed, use the lowest dose for the shortest time and check kidney function.',
    sources: ['meds-kdigo-2012-ckd'],
  },
  {
    id: 'renal-nsaid-ckd-unknown', code: 'renal', group: 'nsaid', when: { kind: 'kidney-unknown' }, severity: 'warning',
    text: '{drugs} with chronic kidney disease: NSAIDs should be avoided below 30 mL/min and kept short below 60. Give the eGFR or creatinine clearance to check.',
    sources: ['meds-kdigo-2012-ckd', 'rx-beers-2023'],
  },
  {
    id: 'renal-gabapentinoid-unknown', code: 'renal', group: 'gabapentinoid', when: { kind: 'kidney-unknown' }, severity: 'warning',
    text: '{drugs} with chronic kidney disease: the labels lower the maximum daily dose by creatinine clearance band. Give the creatinine clearance (or eGFR) to check the dose.',
    sources: ['rx-label-gabapentin', 'rx-label-pregabalin'],
  },
  {
    id: 'renal-baclofen-below-30', code: 'renal', group: 'baclofen', when: { kind: 'kidney', below: 30 }, severity: 'critical',
    text: 'Baclofen with {kidney}: it is cleared by the kidneys and builds up, causing confusion, drowsiness and encephalopathy. Avoid.',
    sources: ['rx-beers-2023', 'rx-label-baclofen'],
  },
  {
    id: 'renal-baclofen-30-to-59', code: 'renal', group: 'baclofen', when: { kind: 'kidney', from: 30, below: 60 }, severity: 'warning',
    text: 'Baclofen with {kidney}: AGS Beers 2023 advises avoiding it below an eGFR of 60 (risk of encephalopathy); if unavoidable, use the lowest dose and watch for confusion.',
    sources: ['rx-beers-2023', 'rx-label-baclofen'],
  },
  {
    id: 'renal-duloxetine-below-30', code: 'renal', group: 'duloxetine', when: { kind: 'kidney', below: 30 }, severity: 'critical',
    text: 'Duloxetine with {kidney}: the label says to avoid it below a creatinine clearance of 30 mL/min.',
    sources: ['rx-label-duloxetine', 'rx-beers-2023'],
  },
  {
    id: 'renal-tapentadol-below-30', code: 'renal', group: 'tapentadol', when: { kind: 'kidney', below: 30 }, severity: 'warning',
    text: 'Tapentadol with {kidney}: not recommended in severe kidney impairment (not studied).',
    sources: ['rx-label-tapentadol'],
  },
  {
    id: 'renal-tramadol-below-30', code: 'renal', group: 'tramadol', when: { kind: 'kidney', below: 30 }, severity: 'info',
    text: 'Tramadol with {kidney}: dose every 12 hours (maximum 200 mg a day) and avoid extended-release forms.',
    sources: ['rx-label-tramadol'],
  },
  {
    id: 'renal-morphine-codeine-below-30', code: 'renal', group: 'morphine-or-codeine', when: { kind: 'kidney', below: 30 }, severity: 'warning',
    text: '{drugs} with {kidney}: active metabolites build up in kidney failure and can cause sedation and slowed breathing; use a lower dose and longer interval, or another opioid.',
    sources: ['rx-label-morphine', 'rx-label-codeine'],
  },
  {
    id: 'renal-dabigatran-below-15', code: 'renal', group: 'dabigatran', when: { kind: 'kidney', below: 15 }, severity: 'critical',
    text: 'Dabigatran with {kidney}: it is cleared by the kidneys; the label gives no safe dose below 15 mL/min or on dialysis.',
    sources: ['meds-label-dabigatran'],
  },
  {
    id: 'renal-enoxaparin-below-30', code: 'renal', group: 'enoxaparin', when: { kind: 'kidney', below: 30 }, severity: 'warning',
    text: 'Enoxaparin with {kidney}: the label lowers the dose below a creatinine clearance of 30 mL/min.',
    sources: ['meds-label-enoxaparin'],
  },
  {
    id: 'renal-tizanidine-below-25', code: 'renal', group: 'tizanidine', when: { kind: 'kidney', below: 25 }, severity: 'warning',
    text: 'Tizanidine with {kidney}: clearance falls by more than half below 25 mL/min; use lower doses.',
    sources: ['rx-label-tizanidine'],
  },
  // Liver and alcohol.
  {
    id: 'hepatic-duloxetine', code: 'hepatic', group: 'duloxetine', when: has('liver-disease', 'alcohol-use'), severity: 'critical',
    text: 'Duloxetine with liver disease or heavy alcohol use: the label says it should ordinarily not be prescribed, because of liver injury.',
    sources: ['rx-label-duloxetine'],
  },
  {
    id: 'hepatic-tizanidine', code: 'hepatic', group: 'tizanidine', when: has('liver-disease'), severity: 'warning',
    text: 'Tizanidine with liver disease: it can injure the liver and is cleared by it; avoid, or use low doses with liver tests.',
    sources: ['rx-label-tizanidine'],
  },
  {
    id: 'hepatic-cyclobenzaprine', code: 'hepatic', group: 'cyclobenzaprine', when: has('liver-disease'), severity: 'warning',
    text: 'Cyclobenzaprine with liver disease: not recommended in moderate or severe impairment; use 5 mg with care in mild impairment.',
    sources: ['rx-label-cyclobenzaprine'],
  },
  {
    id: 'hepatic-nsaid', code: 'hepatic', group: 'nsaid', when: has('liver-disease'), severity: 'warning',
    text: '{drugs} with liver disease: in cirrhosis NSAIDs can cause kidney failure and bleeding; acetaminophen at a reduced dose is usually preferred.',
    sources: ['rx-lewis-2013-cirrhosis-prescribing'],
  },
  {
    id: 'hepatic-valproate', code: 'hepatic', group: 'valproate', when: has('liver-disease'), severity: 'critical',
    text: 'Valproate with liver disease: contraindicated in significant liver dysfunction (boxed warning: fatal liver failure).',
    sources: ['meds-label-valproate'],
  },
  {
    id: 'hepatic-methotrexate', code: 'hepatic', group: 'methotrexate', when: has('liver-disease', 'alcohol-use'), severity: 'critical',
    text: 'Methotrexate with liver disease or alcohol misuse: contraindicated for arthritis and psoriasis because of liver toxicity.',
    sources: ['meds-label-methotrexate'],
  },
  {
    id: 'hepatic-oxycodone-naloxone', code: 'hepatic', group: 'oxycodone-naloxone', when: has('liver-disease'), severity: 'warning',
    text: 'Oxycodone/naloxone with liver disease: contraindicated in moderate or severe impairment, where naloxone reaches the circulation.',
    sources: ['rx-smpc-oxycodone-naloxone'],
  },
  {
    id: 'hepatic-opioid', code: 'hepatic', group: 'opioid', when: has('liver-disease'), severity: 'info',
    text: '{drugs} with liver disease: opioids are cleared more slowly; start low and lengthen the dosing interval.',
    sources: ['rx-lewis-2013-cirrhosis-prescribing'],
  },
  {
    id: 'alcohol-sedating', code: 'drug-disease', group: 'respiratory-depressant', when: has('alcohol-use'), severity: 'warning',
    text: '{drugs} with heavy alcohol use: alcohol adds to the sedation and slowed breathing these drugs cause.',
    sources: ['rx-label-oxycodone', 'rx-label-clonazepam', 'rx-fda-gabapentinoids-2019'],
  },
  // Age: AGS Beers 2023 (65 or over), label age limits, children.
  {
    id: 'age-beers-muscle-relaxant', code: 'age', group: 'beers-muscle-relaxant', when: age(65), severity: 'warning',
    text: '{drugs} at age {age}: AGS Beers 2023 says avoid. Older adults tolerate these poorly (anticholinergic effects, sedation, falls and fractures) and the tolerated doses help little.',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'age-beers-nsaid', code: 'age', group: 'nonselective-nsaid', when: { kind: 'all', of: [age(65), { kind: 'not', condition: age(75) }] }, severity: 'warning',
    text: '{drugs} at age {age}: AGS Beers 2023 says avoid long-term use unless other options fail and a stomach-protecting drug (PPI or misoprostol) is taken; keep courses short.',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'age-beers-nsaid-75', code: 'age', group: 'nsaid', when: age(75), severity: 'warning',
    text: '{drugs} at age {age}: the risk of serious stomach bleeding is highest from 75; AGS Beers 2023 says avoid long-term use and add gastroprotection if an NSAID cannot be avoided.',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'age-beers-avoid-nsaid', code: 'age', group: 'beers-avoid-nsaid', when: age(65), severity: 'warning',
    text: '{drugs} at age {age}: AGS Beers 2023 says avoid (highest risk of bleeding and kidney injury among NSAIDs; indomethacin also affects the brain).',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'age-beers-anticholinergic-antidepressant', code: 'age', group: 'beers-anticholinergic-antidepressant', when: age(65), severity: 'warning',
    text: '{drugs} at age {age}: AGS Beers 2023 says avoid strongly anticholinergic antidepressants (confusion, constipation, urinary retention, low blood pressure on standing).',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'age-beers-benzodiazepine', code: 'age', group: 'benzodiazepine-or-z-drug', when: age(65), severity: 'warning',
    text: '{drugs} at age {age}: AGS Beers 2023 says avoid (memory problems, delirium, falls, fractures and car crashes).',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'age-beers-cns-3', code: 'age', group: 'cns-active', when: age(65), severity: 'warning', minDrugs: 3,
    text: 'Three or more CNS-active drugs at age {age} ({drugs}): AGS Beers 2023 says avoid this because of the risk of falls and fractures; reduce the number.',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'age-hyponatraemia', code: 'age', group: 'beers-hyponatraemia', when: age(65), severity: 'info',
    text: '{drugs} at age {age}: can lower blood sodium (SIADH) in older adults; check sodium when starting or changing the dose.',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'age-child-codeine-tramadol', code: 'age', group: 'cyp2d6-activated-opioid', when: { kind: 'age-below', years: 12 }, severity: 'critical',
    text: '{drugs} at age {age}: contraindicated under 12 years (FDA 2017) because of life-threatening slowed breathing.',
    sources: ['rx-fda-codeine-tramadol-children-2017'],
  },
  {
    id: 'age-under-18-adult-limits', code: 'age', group: 'any-drug', when: { kind: 'age-below', years: 18 }, severity: 'info',
    text: 'The patient is {age}: the limits checked here are adult limits. Children and adolescents are dosed by weight and some of these medicines are not licensed for them.',
    sources: ['rx-fda-codeine-tramadol-children-2017'],
  },
  // Pregnancy and breastfeeding.
  {
    id: 'pregnancy-nsaid-from-20-weeks', code: 'pregnancy', group: 'nsaid', when: { kind: 'pregnant', fromWeek: 20 }, severity: 'critical',
    text: '{drugs} in pregnancy ({weeks}): avoid NSAIDs from 20 weeks (FDA 2020: low amniotic fluid and fetal kidney problems) and in the third trimester (early closure of the ductus arteriosus). Acetaminophen is the usual alternative.',
    sources: ['rx-fda-nsaid-pregnancy-2020'],
  },
  {
    id: 'pregnancy-nsaid-before-20-weeks', code: 'pregnancy', group: 'nsaid', when: { kind: 'pregnant', beforeWeek: 20 }, severity: 'warning',
    text: '{drugs} in pregnancy ({weeks}): use only if clearly needed, at the lowest dose for the shortest time, and stop before 20 weeks (FDA 2020).',
    sources: ['rx-fda-nsaid-pregnancy-2020'],
  },
  {
    id: 'pregnancy-valproate', code: 'pregnancy', group: 'valproate', when: { kind: 'pregnant' }, severity: 'critical',
    text: 'Valproate in pregnancy: boxed warning for major birth defects (such as neural tube defects) and lower IQ; it should not be used for pain or migraine in pregnancy.',
    sources: ['meds-label-valproate'],
  },
  {
    id: 'pregnancy-carbamazepine', code: 'pregnancy', group: 'carbamazepine', when: { kind: 'pregnant' }, severity: 'critical',
    text: 'Carbamazepine in pregnancy: it can cause birth defects (including spina bifida); for nerve pain choose another option and involve the prescriber before any change for epilepsy.',
    sources: ['rx-label-carbamazepine'],
  },
  {
    id: 'pregnancy-warfarin', code: 'pregnancy', group: 'anticoagulant', when: { kind: 'pregnant' }, severity: 'warning',
    text: '{drugs} in pregnancy: warfarin is contraindicated (birth defects, fetal bleeding) except with mechanical heart valves; direct oral anticoagulants are not recommended. Review with the prescriber.',
    sources: ['meds-label-warfarin', 'meds-label-apixaban'],
  },
  {
    id: 'pregnancy-ace-arb', code: 'pregnancy', group: 'ace-inhibitor-or-arb', when: { kind: 'pregnant' }, severity: 'critical',
    text: '{drugs} in pregnancy: boxed warning for injury and death of the fetus; stop as soon as pregnancy is known.',
    sources: ['meds-label-lisinopril', 'meds-label-losartan'],
  },
  {
    id: 'pregnancy-methotrexate', code: 'pregnancy', group: 'methotrexate', when: { kind: 'pregnant' }, severity: 'critical',
    text: 'Methotrexate in pregnancy: contraindicated for non-cancer use (miscarriage and birth defects).',
    sources: ['meds-label-methotrexate'],
  },
  {
    id: 'pregnancy-opioid', code: 'pregnancy', group: 'opioid', when: { kind: 'pregnant' }, severity: 'warning',
    text: '{drugs} in pregnancy: long-term use can cause neonatal opioid withdrawal syndrome; use only if needed, for the shortest time.',
    sources: ['rx-label-oxycodone', 'rx-label-tramadol'],
  },
  {
    id: 'pregnancy-benzodiazepine', code: 'pregnancy', group: 'benzodiazepine', when: { kind: 'pregnant' }, severity: 'warning',
    text: '{drugs} in pregnancy: use late in pregnancy can cause sedation and withdrawal in the newborn.',
    sources: ['rx-label-clonazepam'],
  },
  {
    id: 'pregnancy-lithium', code: 'pregnancy', group: 'lithium', when: { kind: 'pregnant' }, severity: 'warning',
    text: 'Lithium in pregnancy: linked to heart defects (Ebstein anomaly) and needs specialist review and level checks.',
    sources: ['meds-label-lithium'],
  },
  {
    id: 'pregnancy-gabapentinoid', code: 'pregnancy', group: 'gabapentinoid', when: { kind: 'pregnant' }, severity: 'info',
    text: '{drugs} in pregnancy: human data are limited; use only if the benefit justifies the unknown risk.',
    sources: ['rx-label-pregabalin', 'rx-label-gabapentin'],
  },
  {
    id: 'pregnancy-ssri-snri', code: 'pregnancy', group: 'ssri-or-snri', when: { kind: 'pregnant' }, severity: 'info',
    text: '{drugs} in pregnancy: exposure late in pregnancy can cause breathing and feeding problems in the newborn and adds to bleeding around delivery; do not stop abruptly without advice.',
    sources: ['rx-label-duloxetine', 'meds-label-sertraline'],
  },
  {
    id: 'lactation-codeine-tramadol', code: 'lactation', group: 'cyp2d6-activated-opioid', when: { kind: 'breastfeeding' }, severity: 'critical',
    text: '{drugs} while breastfeeding: not recommended (FDA 2017); babies of ultra-rapid metabolisers have had serious breathing problems and died.',
    sources: ['rx-fda-codeine-tramadol-children-2017'],
  },
  // Other conditions.
  {
    id: 'disease-heart-failure-nsaid', code: 'drug-disease', group: 'nsaid', when: has('heart-failure'), severity: 'warning',
    text: '{drugs} with heart failure: NSAIDs cause fluid retention and can worsen heart failure; AGS Beers 2023 says avoid.',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'disease-heart-failure-gabapentinoid', code: 'drug-disease', group: 'gabapentinoid', when: has('heart-failure'), severity: 'info',
    text: '{drugs} with heart failure: can cause swelling and fluid retention; watch weight and breathlessness.',
    sources: ['rx-label-pregabalin'],
  },
  {
    id: 'disease-cardiovascular-nsaid', code: 'drug-disease', group: 'nsaid', when: has('cardiovascular-disease'), severity: 'warning',
    text: '{drugs} with cardiovascular disease: boxed warning for heart attack and stroke, higher with higher doses and longer use; contraindicated just after bypass surgery.',
    sources: ['rx-label-ibuprofen-rx', 'rx-label-celecoxib'],
  },
  {
    id: 'disease-hypertension-nsaid', code: 'drug-disease', group: 'nsaid', when: has('hypertension'), severity: 'info',
    text: '{drugs} with high blood pressure: NSAIDs raise blood pressure and blunt blood-pressure medicines; check it.',
    sources: ['rx-label-ibuprofen-rx'],
  },
  {
    id: 'disease-ulcer-nsaid', code: 'drug-disease', group: 'nsaid', when: has('peptic-ulcer'), severity: 'warning',
    text: '{drugs} with a history of ulcer or stomach bleeding: AGS Beers 2023 says avoid unless other options fail and a stomach-protecting drug is taken.',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'disease-anticoagulated-nsaid', code: 'interaction', group: 'nsaid', when: has('anticoagulated'), severity: 'critical',
    text: '{drugs} in a patient on anticoagulation: the bleeding risk rises sharply; avoid NSAIDs.',
    sources: ['meds-label-warfarin', 'rx-beers-2023'],
  },
  {
    id: 'disease-epilepsy-seizure-threshold', code: 'drug-disease', group: 'lowers-seizure-threshold', when: has('epilepsy'), severity: 'warning',
    text: '{drugs} with epilepsy or past seizures: lowers the seizure threshold; prefer another option.',
    sources: ['rx-label-tramadol', 'meds-label-bupropion'],
  },
  {
    id: 'disease-respiratory-depressant', code: 'drug-disease', group: 'respiratory-depressant', when: has('respiratory-disease'), severity: 'warning',
    text: '{drugs} with lung disease or sleep apnoea: higher risk of dangerously slowed breathing; use the lowest dose and monitor.',
    sources: ['rx-fda-gabapentinoids-2019', 'rx-label-oxycodone'],
  },
  {
    id: 'disease-falls-cns', code: 'drug-disease', group: 'cns-active', when: has('falls'), severity: 'warning',
    text: '{drugs} with a history of falls or fractures: AGS Beers 2023 says avoid these drugs unless safer options are not available.',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'disease-delirium', code: 'drug-disease', group: 'deliriogenic', when: has('delirium'), severity: 'warning',
    text: '{drugs} with delirium or dementia: AGS Beers 2023 says avoid; they can cause or worsen confusion.',
    sources: ['rx-beers-2023'],
  },
  {
    id: 'disease-cyp2d6-ultrarapid', code: 'drug-disease', group: 'cyp2d6-activated-opioid', when: has('cyp2d6-ultrarapid'), severity: 'critical',
    text: '{drugs} in a CYP2D6 ultra-rapid metaboliser: the active form builds up fast and can cause fatal slowed breathing; use another analgesic.',
    sources: ['rx-fda-codeine-tramadol-children-2017', 'rx-label-codeine'],
  },
  {
    id: 'disease-anticholinergic-retention-glaucoma', code: 'drug-disease', group: 'anticholinergic', when: has('urinary-retention', 'glaucoma'), severity: 'warning',
    text: '{drugs} with urinary retention, an enlarged prostate or angle-closure glaucoma: anticholinergic effects can make these worse.',
    sources: ['rx-label-amitriptyline', 'rx-label-cyclobenzaprine'],
  },
  {
    id: 'disease-sulfonamide-allergy-celecoxib', code: 'drug-disease', group: 'celecoxib', when: has('sulfonamide-allergy'), severity: 'critical',
    text: 'Celecoxib with a sulfonamide allergy: contraindicated.',
    sources: ['rx-label-celecoxib'],
  },
  {
    id: 'disease-nsaid-allergy', code: 'drug-disease', group: 'any-nsaid', when: has('nsaid-allergy'), severity: 'critical',
    text: '{drugs} after asthma, hives or other allergic reactions to aspirin or another NSAID: contraindicated.',
    sources: ['rx-label-ibuprofen-rx'],
  },
  {
    id: 'disease-diabetes-corticosteroid', code: 'drug-disease', group: 'corticosteroid', when: has('diabetes'), severity: 'info',
    text: '{drugs} with diabetes: corticosteroids, including epidural injections, raise blood sugar for several days; check it more often.',
    sources: ['rx-label-prednisone', 'rx-label-methylprednisolone-acetate'],
  },
  // Duration.
  {
    id: 'duration-ketorolac', code: 'duration', group: 'ketorolac', when: { kind: 'duration-above', days: 5 }, severity: 'critical',
    text: 'Ketorolac for {duration}: the boxed warning limits treatment by all routes together to 5 days.',
    sources: ['rx-label-ketorolac', 'rx-txvdp-nsaid-duration'],
  },
  {
    id: 'duration-muscle-relaxant', code: 'duration', group: 'beers-muscle-relaxant', when: { kind: 'duration-above', days: 21 }, severity: 'warning',
    text: '{drugs} for {duration}: these are labelled for short use (2–3 weeks); longer use has no shown benefit.',
    sources: ['rx-label-cyclobenzaprine', 'rx-txvdp-muscle-relaxants'],
  },
];
