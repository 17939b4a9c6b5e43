import type { EntryInputOf } from '../schema.js';

/** Symptoms, with the roots and regions they point to. */
export const SYMPTOMS = [] satisfies EntryInputOf<'symptom'>[];
