import type { EntryInputOf } from '../schema.js';

/** Frequently asked questions. */
export const FAQS = [] satisfies EntryInputOf<'faq'>[];
