import type { Citation } from '../schema.js';

export const TREATMENT_CITATIONS = [] as const satisfies readonly Citation[];
