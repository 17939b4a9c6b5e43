import type { EntryInputOf } from '../schema.js';

/** Where the articles are wrong about anatomy, grading, terminology or evidence. */
export const CLINICAL_CORRECTIONS = [] satisfies EntryInputOf<'correction'>[];
