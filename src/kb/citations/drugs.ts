import type { Citation } from '../schema.js';

export const DRUGS_CITATIONS = [] as const satisfies readonly Citation[];
