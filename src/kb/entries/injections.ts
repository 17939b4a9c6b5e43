import type { EntryInputOf } from '../schema.js';

/** Injections, regenerative and bone-modifying therapies. */
export const INJECTIONS = [] satisfies EntryInputOf<'injection'>[];
