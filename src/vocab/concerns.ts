/** What a triage reason is worried about (CONTRACTS.md round 2): rules decide on these, never on code prefixes. */
export const CONCERNS = [
  'cauda-equina',
  'infection',
  'malignancy',
  'fracture',
  'motor-deficit',
  'myelopathy',
  'vascular',
  'paediatric',
  'pregnancy',
  'radiculopathy',
  'other',
] as const;
export type Concern = (typeof CONCERNS)[number];

/** Differential likelihoods, most likely first (CONTRACTS.md round 2). */
export const LIKELIHOODS = ['likely', 'possible', 'unlikely'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];
