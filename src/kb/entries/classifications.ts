import type { EntryInputOf } from '../schema.js';

/** Grading and classification systems the articles and reports use. */
export const CLASSIFICATIONS = [] satisfies EntryInputOf<'classification'>[];
