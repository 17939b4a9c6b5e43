import type { EntryInputOf } from '../schema.js';

/** Diagnostic tests: examination, provocative, laboratory, electrodiagnostic, imaging. */
export const DIAGNOSTIC_TESTS = [] satisfies EntryInputOf<'diagnostic-test'>[];
