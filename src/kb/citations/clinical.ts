import type { Citation } from '../schema.js';

export const CLINICAL_CITATIONS = [] as const satisfies readonly Citation[];
