import type { EntryInputOf } from '../schema.js';

/** Medicines the articles do not name but that the medication checker must recognise (anticoagulants, antidepressants, sedatives). */
export const INTERACTING_DRUGS = [] satisfies EntryInputOf<'drug'>[];
