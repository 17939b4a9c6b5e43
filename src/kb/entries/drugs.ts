import type { EntryInputOf } from '../schema.js';

/** Medicines the articles name, with label maxima. */
export const DRUGS = [] satisfies EntryInputOf<'drug'>[];
