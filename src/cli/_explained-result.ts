/** The tail every explained result (a grade, a score) ends with on a terminal: criteria, warnings, source, disclaimer. */
import { DISCLAIMER } from '../index.js';
import type { CitationId } from '../index.js';

export interface ExplainedResult {
  readonly criteria: readonly string[];
  readonly warnings: readonly string[];
  readonly source: CitationId;
  readonly reference: string;
}

/** Lines for the criteria that decided a result, its warnings, its source and the disclaimer. */
export function explanationLines(r: ExplainedResult): string[] {
  return [
    ...r.criteria.map((c) => `  - ${c}`),
    ...(r.warnings.length > 0 ? ['warnings:', ...r.warnings.map((w) => `  ! ${w}`)] : []),
    `source: ${r.source}: ${r.reference}`,
    '',
    DISCLAIMER,
  ];
}
