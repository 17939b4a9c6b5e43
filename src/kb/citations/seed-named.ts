import type { Citation } from '../schema.js';

export const SEED_NAMED_CITATIONS = [] as const satisfies readonly Citation[];
