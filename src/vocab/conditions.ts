/**
 * One vocabulary of patient conditions (comorbidities) for `assess` and `meds` (CONTRACTS.md round 2):
 * "type 2 diabetes", "type-2-diabetes", "T2DM" and "diabetes" are one condition, and "pregnancy" in the
 * comorbidities means pregnant. A word may name more than one condition ("kidney transplant" is both
 * immunosuppression and kidney disease). Words are compared in lower-case kebab-case.
 */

/** Chronic kidney disease stage 4 or 5 written as a stage (either order) or a KDIGO G category. */
const CKD_STAGE_4_OR_5 = [
  'ckd-stage-4',
  'ckd-stage-5',
  'stage-4-ckd',
  'stage-5-ckd',
  'ckd-g4',
  'ckd-g5',
] as const;

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
    ...CKD_STAGE_4_OR_5,
  ],
  /** Chronic kidney disease stage 4–5 (eGFR below 30, KDIGO 2012) when no number is given. */
  'ckd-severe': [
    'ckd-4',
    'ckd-5',
    'ckd4',
    'ckd5',
    ...CKD_STAGE_4_OR_5,
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
    'warfarin',
    'apixaban',
    'rivaroxaban',
    'dabigatran',
    'edoxaban',
    'doac',
    'noac',
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
  /** Injection drug use: a risk factor for spinal epidural abscess and discitis (Davis 2004). */
  'iv-drug-use': [
    'iv-drug-use',
    'ivdu',
    'ivda',
    'pwid',
    'intravenous-drug-use',
    'injection-drug-use',
    'injecting-drug-use',
    'people-who-inject-drugs',
  ],
  /** Known aortic aneurysm: back or abdominal pain may mean it is symptomatic (NICE NG156). */
  'aortic-aneurysm': ['aortic-aneurysm', 'abdominal-aortic-aneurysm', 'aaa'],
  osteoporosis: ['osteoporosis', 'osteoporotic'],
  /** A spinal injection or operation in the last weeks: infection risk (Darouiche 2006). */
  'recent-spinal-procedure': [
    'recent-spinal-procedure',
    'recent-spinal-injection',
    'recent-epidural',
    'recent-epidural-injection',
    'recent-spinal-surgery',
    'recent-back-surgery',
  ],
  /** Long-term systemic corticosteroids: fracture and infection risk (the prolonged-steroid-use flag). */
  'long-term-steroids': [
    'long-term-steroids',
    'long-term-corticosteroids',
    'oral-steroids',
    'chronic-steroids',
    'steroid-use',
    'corticosteroid-use',
    'prednisolone',
    'prednisone',
  ],
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

const NONE: readonly Condition[] = [];

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
 * Words that name a condition wherever they stand in a longer phrase ("breast cancer 2019", "on Xarelto
 * for AF") beyond its one-word aliases, which count there too (KEYWORD_LOOKUP): brand names, word forms
 * and related terms that would be too loose as whole-entry aliases.
 */
const CONDITION_KEYWORDS: Readonly<Partial<Record<Condition, readonly string[]>>> = {
  cancer: [
    'ca',
    'carcinoma',
    'malignant',
    'metastases',
    'metastatic',
    'myeloma',
    'lymphoma',
    'sarcoma',
    'leukaemia',
    'leukemia',
    'melanoma',
    'neoplasm',
  ],
  anticoagulated: [
    'coumadin',
    'eliquis',
    'xarelto',
    'pradaxa',
    'enoxaparin',
    'dalteparin',
    'heparin',
    'anticoagulant',
    'anticoagulants',
  ],
  immunosuppression: [
    'immunosuppressant',
    'immunosuppressants',
    'tacrolimus',
    'ciclosporin',
    'cyclosporine',
    'mycophenolate',
    'azathioprine',
    'methotrexate',
    'neutropenia',
    'neutropenic',
  ],
  'iv-drug-use': ['heroin'],
  'liver-disease': ['cirrhotic'],
  ckd: ['eskd'],
  smoking: ['cigarettes'],
  epilepsy: ['epileptic'],
};

/**
 * An entry that denies a condition, gives someone else's, or puts it long in the past ("no diabetes",
 * "family history of cancer", "ex-IVDU"). A past cancer stays a red flag however long ago.
 */
const DENIAL =
  /^(no|non|not|nil|never|denies|denied|without|negative|free-of|family|fh|ex|former)-|-family-/;
/** Skin cancers that do not spread to the spine: not a cancer red flag (NICE NG234 lists metastasising primaries). */
const NON_METASTASISING_SKIN = /(^|-)(basal-cell|bcc|non-melanoma|nmsc)(-|$)/;
/** A procedure named with a recent time ("spinal injection 2 weeks ago", "epidural last week"). */
const SPINAL_PROCEDURE =
  /(^|-)(spinal|epidural|facet|nerve-root|lumbar|back|disc)-(injection|block|surgery|operation|fusion|steroid-injection)|(^|-)(discectomy|laminectomy|microdiscectomy|epidural|lumbar-puncture|kyphoplasty|vertebroplasty)(-|$)/;
const RECENT = /(^|-)(recent|recently|post|last-week|yesterday|(\d+-)?(days?|weeks?)-ago)(-|$)/;

/** One-word aliases too short or too common to name a condition inside a longer phrase. */
const WHOLE_ENTRY_ONLY: ReadonlySet<string> = new Set([
  'hf',
  'pad',
  'pvd',
  'cad',
  'dm',
  'ulcer',
  'alcohol',
  'falls',
  'fractures',
  'seizure',
  'stroke',
  'angina',
]);

/** Distinctive words: the keywords above and every one-word alias not held back as ambiguous. */
const KEYWORD_LOOKUP: ReadonlyMap<string, readonly Condition[]> = (() => {
  const map = new Map<string, Set<Condition>>();
  const put = (word: string, condition: Condition): void => {
    map.set(word, (map.get(word) ?? new Set<Condition>()).add(condition));
  };
  for (const [condition, words] of Object.entries(CONDITION_KEYWORDS) as [Condition, string[]][]) {
    for (const w of words) put(w, condition);
  }
  for (const [alias, conditions] of LOOKUP) {
    if (alias.includes('-') || WHOLE_ENTRY_ONLY.has(alias)) continue;
    for (const c of conditions) put(alias, c);
  }
  return new Map([...map].map(([w, cs]) => [w, [...cs]]));
})();
/** Multi-word aliases ("chronic-kidney-disease", "aortic-aneurysm"), found inside longer phrases too. */
const PHRASE_ALIASES: readonly (readonly [string, readonly Condition[]])[] = [...LOOKUP].filter(
  ([alias]) => alias.includes('-'),
);
/** Stages 4–5 written in any order ("CKD stage 4", "stage 5 CKD", "CKD G4 eGFR 22"). */
const SEVERE_CKD =
  /(^|-)(ckd|kidney-disease|renal-disease)(-stage)?-g?[45]([ab])?(-|$)|(^|-)stage-[45]-(ckd|kidney)/;

/** Phrases recognised so far: free text repeats (the same list on every request), so each is read once. */
const phraseCache = new Map<string, readonly Condition[]>();
const PHRASE_CACHE_LIMIT = 10_000;

function recognisePhrase(kebab: string): readonly Condition[] {
  if (DENIAL.test(kebab)) return NONE;
  const found = new Set<Condition>();
  const padded = `-${kebab}-`;
  for (const [alias, conditions] of PHRASE_ALIASES) {
    if (padded.includes(`-${alias}-`)) for (const c of conditions) found.add(c);
  }
  for (const word of kebab.split('-')) {
    for (const c of KEYWORD_LOOKUP.get(word) ?? NONE) found.add(c);
  }
  if (NON_METASTASISING_SKIN.test(kebab)) found.delete('cancer');
  if (SPINAL_PROCEDURE.test(kebab) && RECENT.test(kebab)) found.add('recent-spinal-procedure');
  if (SEVERE_CKD.test(kebab)) {
    found.add('ckd');
    found.add('ckd-severe');
  }
  return found.size === 0 ? NONE : [...found];
}

/**
 * Every condition a word or phrase names (empty when none): an exact alias first, then the aliases and
 * distinctive words inside a longer phrase, unless the phrase denies the condition.
 * @param text - e.g. `"T2DM"`, `"kidney transplant"`, `"pregnancy"`, `"on warfarin for AF"`
 */
export function recogniseConditions(text: string): readonly Condition[] {
  // Most words arrive already in kebab-case: skip the normalising regexes for them.
  const exact = LOOKUP.get(text);
  if (exact) return exact;
  const kebab = toKebab(text);
  const known = LOOKUP.get(kebab) ?? phraseCache.get(kebab);
  if (known) return known;
  const found = recognisePhrase(kebab);
  if (phraseCache.size >= PHRASE_CACHE_LIMIT) phraseCache.clear();
  phraseCache.set(kebab, found);
  return found;
}

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
