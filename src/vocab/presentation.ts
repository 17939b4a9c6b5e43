/** Vocabularies of a patient presentation (CONTRACTS.md, `foramen assess`). */

/** Body regions used for symptom and sensory locations. */
export const BODY_REGIONS = [
  'low-back',
  'buttock',
  'groin',
  'lower-abdomen',
  'anterior-thigh',
  'medial-thigh',
  'lateral-thigh',
  'posterior-thigh',
  'anterior-knee',
  'medial-knee',
  'medial-leg',
  'lateral-leg',
  'posterior-leg',
  'medial-ankle',
  'dorsum-foot',
  'great-toe',
  'lateral-foot',
  'sole',
  'heel',
  'saddle',
] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];

export const SYMPTOM_KINDS = [
  'pain',
  'numbness',
  'tingling',
  'burning',
  'cramp',
  'weakness',
  'cold',
] as const;
export type SymptomKind = (typeof SYMPTOM_KINDS)[number];

/** Movements tested for power (MRC 0–5). */
export const MOVEMENTS = [
  'hip-flexion',
  'hip-adduction',
  'hip-abduction',
  'hip-extension',
  'knee-extension',
  'knee-flexion',
  'ankle-dorsiflexion',
  'great-toe-extension',
  'ankle-plantarflexion',
  'foot-eversion',
  'foot-inversion',
] as const;
export type Movement = (typeof MOVEMENTS)[number];

export const SENSORY_STATUSES = ['normal', 'reduced', 'absent', 'increased'] as const;
export type SensoryStatus = (typeof SENSORY_STATUSES)[number];

export const REFLEXES = ['patellar', 'medial-hamstring', 'achilles', 'cremasteric'] as const;
export type Reflex = (typeof REFLEXES)[number];

export const REFLEX_STATUSES = ['normal', 'reduced', 'absent', 'brisk'] as const;
export type ReflexStatus = (typeof REFLEX_STATUSES)[number];

/** Provocative and bedside tests. */
export const EXAM_TESTS = [
  'straight-leg-raise',
  'crossed-straight-leg-raise',
  'femoral-nerve-stretch',
  'slump',
  'kemp',
  'valsalva',
  'prone-press-up',
  'trendelenburg',
] as const;
export type ExamTest = (typeof EXAM_TESTS)[number];

export const TEST_RESULTS = ['positive', 'negative'] as const;
export type TestResult = (typeof TEST_RESULTS)[number];

/** The flags of suspected cauda equina syndrome (the KB's red-flag entry lists the same). */
export const CAUDA_EQUINA_FLAGS = [
  'saddle-anesthesia',
  'urinary-retention',
  'urinary-incontinence',
  'fecal-incontinence',
  'sexual-dysfunction',
  'bilateral-leg-symptoms',
] as const;

/** Red-flag and history flags. */
export const FLAGS = [
  ...CAUDA_EQUINA_FLAGS,
  'progressive-weakness',
  'fever',
  'unexplained-weight-loss',
  'history-of-cancer',
  'iv-drug-use',
  'immunosuppression',
  'significant-trauma',
  'osteoporosis',
  'prolonged-steroid-use',
  'night-pain',
  'recent-spinal-procedure',
  /** Bilateral leg symptoms that are new or worsening (CONTRACTS.md round 2). */
  'new-bilateral-symptoms',
] as const;
export type Flag = (typeof FLAGS)[number];

export const AGGRAVATORS = [
  'extension',
  'walking',
  'standing',
  'sitting',
  'flexion',
  'cough-sneeze',
] as const;
export type Aggravator = (typeof AGGRAVATORS)[number];

export const RELIEVERS = ['flexion', 'sitting', 'rest', 'walking'] as const;
export type Reliever = (typeof RELIEVERS)[number];
