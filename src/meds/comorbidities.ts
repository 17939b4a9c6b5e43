/**
 * The conditions the medication checker reasons about, with the spellings people use for them.
 * Other comorbidities are accepted (an assessment may list many) and reported back as not used.
 */

/** Conditions that change which medicines are safe, each with accepted spellings (normalised to kebab-case). */
export const COMORBIDITY_ALIASES = {
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
    'type-1-diabetes',
    'type-2-diabetes',
    't1dm',
    't2dm',
    'dm',
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
} as const;

/** A comorbidity the checker understands. */
export type Comorbidity = keyof typeof COMORBIDITY_ALIASES;
export const COMORBIDITIES = Object.keys(COMORBIDITY_ALIASES) as Comorbidity[];

const LOOKUP: ReadonlyMap<string, Comorbidity> = new Map(
  COMORBIDITIES.flatMap((c) => COMORBIDITY_ALIASES[c].map((alias) => [alias, c] as const)),
);

/** Lower-case kebab-case, so "Heart failure", "heart_failure" and "HEART-FAILURE" meet. */
const toKebab = (text: string): string =>
  text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * Maps a comorbidity as written to the checker's vocabulary, or undefined when the checker has no rule for it.
 * @param text - e.g. `"CKD"`, `"cirrhosis"`, `"sleep apnea"`
 */
export function recogniseComorbidity(text: string): Comorbidity | undefined {
  return LOOKUP.get(toKebab(text));
}
