import type { EntryInputOf } from '../schema.js';

/** Surgical procedures. */
export const PROCEDURES = [] satisfies EntryInputOf<'procedure'>[];
