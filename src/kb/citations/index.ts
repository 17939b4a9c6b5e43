/** All citations, merged from one file per domain so each area can grow its own list. */
import { ANATOMY_CITATIONS } from './anatomy.js';
import { CLINICAL_CITATIONS } from './clinical.js';
import { SEED_NAMED_CITATIONS } from './seed-named.js';
import { DRUGS_CITATIONS } from './drugs.js';
import { TREATMENT_CITATIONS } from './treatment.js';
import { GRADING_CITATIONS } from './grading.js';
import { MEDS_CITATIONS } from './meds.js';
import { ASSESSMENT_RULE_CITATIONS } from './assessment.js';
import { CODE_CITATIONS } from './codes.js';
import type { Citation } from '../schema.js';

export const CITATIONS: readonly Citation[] = [
  ...ANATOMY_CITATIONS,
  ...CLINICAL_CITATIONS,
  ...SEED_NAMED_CITATIONS,
  ...DRUGS_CITATIONS,
  ...TREATMENT_CITATIONS,
  ...GRADING_CITATIONS,
  ...MEDS_CITATIONS,
  ...ASSESSMENT_RULE_CITATIONS,
  ...CODE_CITATIONS,
];
