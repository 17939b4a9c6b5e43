// Public surface of src/localisation: root scoring from symptoms and examination.
export * from './schema.js';
export * from './localise-roots.js';
export {
  SYMPTOM_WEIGHTS,
  SENSORY_WEIGHTS,
  REFLEX_WEIGHTS,
  TEST_WEIGHTS,
  motorWeight,
  LIST_THRESHOLD,
  SYMPTOM_ONLY_CAP,
  CONFIDENCE_BANDS,
  INDISTINCT_MARGIN,
  BILATERAL_SHARE,
} from './weights.js';
