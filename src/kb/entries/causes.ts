import type { EntryInputOf } from '../schema.js';

/** Causes of foraminal narrowing and root compression, with mechanism and risk factors. */
export const CAUSES = [] satisfies EntryInputOf<'cause'>[];
