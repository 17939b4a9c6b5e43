import type { EntryInputOf } from '../schema.js';

/** Do and avoid advice. */
export const ADVICE = [] satisfies EntryInputOf<'advice'>[];
