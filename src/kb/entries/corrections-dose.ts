import type { EntryInputOf } from '../schema.js';

/** Where the articles give doses or maxima that disagree with each other or with the labels. */
export const DOSE_CORRECTIONS = [] satisfies EntryInputOf<'correction'>[];
