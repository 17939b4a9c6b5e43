import type { EntryInputOf } from '../schema.js';

/** Dietary supplements, with honest evidence notes. */
export const SUPPLEMENTS = [] satisfies EntryInputOf<'supplement'>[];
