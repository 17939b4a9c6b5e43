/** Every hand-written KB entry, by category file. Anatomy entries are derived in ../load.ts. */
import { CONDITIONS } from './conditions.js';
import { CLASSIFICATIONS } from './classifications.js';
import { CAUSES } from './causes.js';
import { SYMPTOMS } from './symptoms.js';
import { DIAGNOSTIC_TESTS } from './diagnostic-tests.js';
import { THERAPIES } from './therapies.js';
import { DRUGS } from './drugs.js';
import { INTERACTING_DRUGS } from './drugs-interacting.js';
import { SUPPLEMENTS } from './supplements.js';
import { INJECTIONS } from './injections.js';
import { PROCEDURES } from './procedures.js';
import { PREVENTION } from './prevention.js';
import { RED_FLAGS } from './red-flags.js';
import { ADVICE } from './advice.js';
import { FAQS } from './faqs.js';
import { CLINICAL_CORRECTIONS } from './corrections-clinical.js';
import { DOSE_CORRECTIONS } from './corrections-dose.js';
import type { KbEntryInput } from '../schema.js';

export const AUTHORED_ENTRIES: readonly KbEntryInput[] = [
  ...CONDITIONS,
  ...CLASSIFICATIONS,
  ...CAUSES,
  ...SYMPTOMS,
  ...DIAGNOSTIC_TESTS,
  ...THERAPIES,
  ...DRUGS,
  ...INTERACTING_DRUGS,
  ...SUPPLEMENTS,
  ...INJECTIONS,
  ...PROCEDURES,
  ...PREVENTION,
  ...RED_FLAGS,
  ...ADVICE,
  ...FAQS,
  ...CLINICAL_CORRECTIONS,
  ...DOSE_CORRECTIONS,
];
