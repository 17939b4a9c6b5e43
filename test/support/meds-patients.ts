/** Patient details shared by the medication tests. */

/** Comorbidities that each bring at least one medication caution (kidney, heart, liver, gut, bleeding, alcohol, seizures, sugar). */
export const CAUTION_COMORBIDITIES = [
  'ckd',
  'heart-failure',
  'liver-disease',
  'peptic-ulcer',
  'anticoagulated',
  'alcohol-use',
  'epilepsy',
  'diabetes',
] as const;
