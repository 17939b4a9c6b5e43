import type { Citation } from '../schema.js';

export const MEDS_CITATIONS = [] as const satisfies readonly Citation[];
