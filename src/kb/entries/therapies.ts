import type { EntryInputOf } from '../schema.js';

/** Non-drug treatments: physiotherapy, electrotherapy, exercise, mind-body, education. */
export const THERAPIES = [] satisfies EntryInputOf<'therapy'>[];
