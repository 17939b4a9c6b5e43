import type { EntryInputOf } from '../schema.js';

/** Condition types: laterality, location, severity classes, aetiology. */
export const CONDITIONS = [] satisfies EntryInputOf<'condition'>[];
