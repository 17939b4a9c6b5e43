import type { EntryInputOf } from '../schema.js';

/** Red flags and when to see a doctor. */
export const RED_FLAGS = [] satisfies EntryInputOf<'red-flag'>[];
