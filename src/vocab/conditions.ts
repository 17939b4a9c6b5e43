/**
 * One vocabulary of patient conditions (comorbidities) for `assess` and `meds` (CONTRACTS.md round 2):
 * "type 2 diabetes", "type-2-diabetes", "T2DM" and "diabetes" are one condition, and "pregnancy" in the
 * comorbidities means pregnant. A word may name more than one condition ("kidney transplant" is both
 * immunosuppression and kidney disease). Words are compared in lower-case kebab-case.
 */

/** Each condition with the spellings people use for it (kebab-case). */
export const CONDITION_ALIASES = {
  ckd: [
    'ckd',
    'chronic-kidney-disease',
    'kidney-disease',
    'renal-disease',
    'renal-impairment',
    'renal-insufficiency',
    'kidney-impairment',
    'renal-failure',
    'kidney-failure',
    'kidney-transplant',
    'renal-transplant',
    'esrd',
    'end-stage-renal-disease',
    'ckd-3',
    'ckd-3a',
    'ckd-3b',
    'ckd-4',
    'ckd-5',
    'ckd3',
    'ckd4',
    'ckd5',
    'ckd-stage-3',
    'ckd-stage-4',
    'ckd-stage-5',
    'stage-4-ckd',
    'stage-5-ckd',
    'ckd-g4',
    'ckd-g5',
  ],
  /** Chronic kidney disease stage 4–5 (eGFR below 30, KDIGO 2012) when no number is given. */
  'ckd-severe': [
    'ckd-4',
    'ckd-5',
    'ckd4',
    'ckd5',
    'ckd-stage-4',
    'ckd-stage-5',
    'stage-4-ckd',
    'stage-5-ckd',
    'ckd-g4',
    'ckd-g5',
    'esrd',
    'end-stage-renal-disease',
    'kidney-failure',
    'renal-failure',
  ],
  'heart-failure': [
    'heart-failure',
    'chf',
    'congestive-heart-failure',
    'hf',
    'hfref',
    'hfpef',
    'cardiac-failure',
  ],
  'cardiovascular-disease': [
    'cardiovascular-disease',
    'cvd',
    'coronary-artery-disease',
    'cad',
    'ischemic-heart-disease',
    'ischaemic-heart-disease',
    'myocardial-infarction',
    'stroke',
    'cabg',
    'recent-cabg',
    'angina',
  ],
  hypertension: ['hypertension', 'high-blood-pressure', 'htn'],
  'liver-disease': [
    'liver-disease',
    'cirrhosis',
    'hepatic-impairment',
    'hepatic-insufficiency',
    'hepatitis',
    'chronic-liver-disease',
    'liver-failure',
    'hepatic-disease',
  ],
  'alcohol-use': [
    'alcohol-use',
    'alcohol',
    'heavy-alcohol-use',
    'alcohol-use-disorder',
    'alcoholism',
    'alcohol-abuse',
    'alcohol-dependence',
    'heavy-drinking',
  ],
  'peptic-ulcer': [
    'peptic-ulcer',
    'peptic-ulcer-disease',
    'pud',
    'gastric-ulcer',
    'duodenal-ulcer',
    'gi-bleed',
    'gi-bleeding',
    'gastrointestinal-bleeding',
    'history-of-gi-bleeding',
    'ulcer',
  ],
  anticoagulated: [
    'anticoagulated',
    'anticoagulation',
    'on-anticoagulants',
    'on-anticoagulation',
    'bleeding-disorder',
    'coagulopathy',
  ],
  epilepsy: ['epilepsy', 'seizures', 'seizure-disorder', 'history-of-seizures', 'seizure'],
  diabetes: [
    'diabetes',
    'diabetes-mellitus',
    'diabetic',
    'type-1-diabetes',
    'type-2-diabetes',
    'type-1-diabetes-mellitus',
    'type-2-diabetes-mellitus',
    'diabetes-type-1',
    'diabetes-type-2',
    'diabetes-mellitus-type-1',
    'diabetes-mellitus-type-2',
    'insulin-dependent-diabetes',
    'iddm',
    'niddm',
    't1dm',
    't2dm',
    't1d',
    't2d',
    'dm',
    'dm1',
    'dm2',
  ],
  'respiratory-disease': [
    'respiratory-disease',
    'copd',
    'lung-disease',
    'chronic-lung-disease',
    'sleep-apnea',
    'sleep-apnoea',
    'obstructive-sleep-apnea',
    'osa',
    'respiratory-insufficiency',
    'asthma',
  ],
  falls: [
    'falls',
    'history-of-falls',
    'fall-risk',
    'fractures',
    'history-of-fractures',
    'fragility-fracture',
  ],
  delirium: ['delirium', 'dementia', 'cognitive-impairment'],
  'cyp2d6-ultrarapid': [
    'cyp2d6-ultrarapid',
    'cyp2d6-ultrarapid-metabolizer',
    'cyp2d6-ultrarapid-metaboliser',
    'ultrarapid-metabolizer',
    'ultrarapid-metaboliser',
  ],
  'urinary-retention': [
    'urinary-retention',
    'bph',
    'benign-prostatic-hyperplasia',
    'prostatic-hypertrophy',
  ],
  glaucoma: ['glaucoma', 'angle-closure-glaucoma', 'narrow-angle-glaucoma'],
  'sulfonamide-allergy': [
    'sulfonamide-allergy',
    'sulfa-allergy',
    'sulphonamide-allergy',
    'sulpha-allergy',
  ],
  'nsaid-allergy': [
    'nsaid-allergy',
    'aspirin-allergy',
    'aspirin-exacerbated-respiratory-disease',
    'aerd',
    'nsaid-hypersensitivity',
  ],
  // Conditions the assessment reasons about (spinal infection risk, mimics, imaging choice).
  pregnancy: ['pregnancy', 'pregnant'],
  dialysis: ['dialysis', 'haemodialysis', 'hemodialysis', 'peritoneal-dialysis', 'on-dialysis'],
  immunosuppression: [
    'immunosuppression',
    'immunosuppressed',
    'immunocompromised',
    'immunodeficiency',
    'kidney-transplant',
    'renal-transplant',
    'liver-transplant',
    'organ-transplant',
    'transplant',
    'hiv',
    'aids',
    'chemotherapy',
    'biologic-therapy',
    'biologics',
  ],
  'peripheral-arterial-disease': [
    'peripheral-arterial-disease',
    'peripheral-artery-disease',
    'peripheral-vascular-disease',
    'pad',
    'pvd',
    'vascular-disease',
  ],
  smoking: ['smoking', 'smoker', 'current-smoker', 'ex-smoker', 'tobacco-use', 'tobacco'],
  'knee-osteoarthritis': ['knee-osteoarthritis', 'knee-oa', 'osteoarthritis-knee', 'oa-knee'],
  'hip-osteoarthritis': ['hip-osteoarthritis', 'hip-oa', 'osteoarthritis-hip', 'oa-hip'],
  cancer: ['cancer', 'malignancy', 'metastatic-cancer', 'history-of-cancer'],
  'mri-contraindicated': [
    'mri-contraindicated',
    'pacemaker',
    'cochlear-implant',
    'metallic-foreign-body',
    'claustrophobia',
  ],
} as const;

/** A condition of the shared vocabulary. */
export type Condition = keyof typeof CONDITION_ALIASES;
export const CONDITIONS = Object.keys(CONDITION_ALIASES) as Condition[];

const LOOKUP: ReadonlyMap<string, readonly Condition[]> = (() => {
  const map = new Map<string, Condition[]>();
  for (const c of CONDITIONS) {
    for (const alias of CONDITION_ALIASES[c]) map.set(alias, [...(map.get(alias) ?? []), c]);
  }
  return map;
})();

/** Lower-case kebab-case, so "Heart failure", "heart_failure" and "HEART-FAILURE" meet. */
export const toKebab = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Every condition a word names (empty when none).
 * @param text - e.g. `"T2DM"`, `"kidney transplant"`, `"pregnancy"`
 */
export function recogniseConditions(text: string): readonly Condition[] {
  // Most words arrive already in kebab-case: skip the normalising regexes for them.
  return LOOKUP.get(text) ?? LOOKUP.get(toKebab(text)) ?? NONE;
}
const NONE: readonly Condition[] = [];

const EMPTY: ReadonlySet<Condition> = new Set<Condition>();

/**
 * The set of conditions a list of words names.
 * @param words - comorbidities as written
 */
export function conditionSet(words: readonly string[] | undefined): ReadonlySet<Condition> {
  if (words === undefined || words.length === 0) return EMPTY;
  const out = new Set<Condition>();
  for (const w of words ?? []) for (const c of recogniseConditions(w)) out.add(c);
  return out;
}
