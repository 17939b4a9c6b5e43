/**
 * The one citation registry: every source any part of Foramen cites (KB entries, grading systems, score
 * instruments, assessment rules, ICD-10-CM codes), merged from one file per domain so each area can grow
 * its own list. `CitationId` is derived from these lists, so a source id anywhere in the code is checked
 * at compile time.
 */
import { ANATOMY_CITATIONS } from './anatomy.js';
import { CLINICAL_CITATIONS } from './clinical.js';
import { SEED_NAMED_CITATIONS } from './seed-named.js';
import { DRUGS_CITATIONS } from './drugs.js';
import { TREATMENT_CITATIONS } from './treatment.js';
import { GRADING_CITATIONS } from './grading.js';
import { MEDS_CITATIONS } from './meds.js';
import { ASSESSMENT_RULE_CITATIONS } from './assessment.js';
import { CODE_CITATIONS } from './codes.js';
import { SCORE_CITATIONS } from './scores.js';
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
  ...SCORE_CITATIONS,
];

/** The id of a citation in the registry: the one type for "a source", wherever one is named. */
export type CitationId =
  | (typeof ANATOMY_CITATIONS)[number]['id']
  | (typeof CLINICAL_CITATIONS)[number]['id']
  | (typeof SEED_NAMED_CITATIONS)[number]['id']
  | (typeof DRUGS_CITATIONS)[number]['id']
  | (typeof TREATMENT_CITATIONS)[number]['id']
  | (typeof GRADING_CITATIONS)[number]['id']
  | (typeof MEDS_CITATIONS)[number]['id']
  | (typeof ASSESSMENT_RULE_CITATIONS)[number]['id']
  | (typeof CODE_CITATIONS)[number]['id']
  | (typeof SCORE_CITATIONS)[number]['id'];
