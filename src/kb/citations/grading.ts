import type { Citation } from '../schema.js';

export const GRADING_CITATIONS = [] as const satisfies readonly Citation[];
