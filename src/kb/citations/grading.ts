/**
 * Sources of the grading calculators (src/grading). Every grade row, threshold and mapping there names
 * one of these ids. Notes say how far each source was checked (see shared/research/clinical-rules.md §1).
 */
import type { Citation } from '../schema.js';

export const GRADING_CITATIONS = [
  {
    id: 'grading-foramen-percent-bands',
    kind: 'named-by-seed',
    title:
      'Foraminal narrowing bands by percentage reduction: mild < 25 %, moderate 25-50 %, severe > 50 % (seed article 003, adopted as the Foramen contract)',
    note: 'The article names no validated source and leaves 25 % and 50 % on two bands; Foramen fixes the edges (25 and 50 inclusive are moderate). Not a validated foraminal scale.',
  },
  {
    id: 'grading-radiopaedia-pfirrmann',
    kind: 'website',
    title:
      'Radiopaedia: Pfirrmann grading system (notes that a horizontal grey cleft is normal in adults)',
    url: 'https://radiopaedia.org/articles/pfirrmann-grading-system-spine',
  },
] as const satisfies readonly Citation[];

/** Ids of the grading citations, checked at compile time wherever a grade row names its source. */
export type GradingCitationId = (typeof GRADING_CITATIONS)[number]['id'];
