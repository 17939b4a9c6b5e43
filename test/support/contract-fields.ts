/** Field lists that CONTRACTS.md fixes, shared by the tests that check outputs against them. */

/** The fields every grading result prints first, in this order (CONTRACTS.md, `foramen grade`). */
export const GRADE_CONTRACT_FIELDS = [
  'system',
  'grade',
  'label',
  'severity',
  'criteria',
  'source',
] as const;
