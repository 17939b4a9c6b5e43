import type { EntryInputOf } from '../schema.js';

/** Prevention. */
export const PREVENTION = [] satisfies EntryInputOf<'prevention'>[];
