/**
 * Sources of the patient-reported outcome scores. Their records live in the one citation registry
 * (src/kb/citations/scores.ts) beside every other source, so the score ids are `CitationId`s like any
 * other; the names below stay for callers of the public API.
 */
import { citationReference } from '../kb/index.js';
import type { CitationId } from '../kb/index.js';
import { SCORE_CITATIONS } from '../kb/index.js';

export { SCORE_CITATIONS };

/** Id of a score citation. Any registry id may be cited: this is `CitationId` under its older name. */
export type ScoreCitationId = CitationId;

/** Guideline ids from the knowledge base that the escalation rule cites. */
export const KB_GUIDELINE_IDS = [
  'acr-2021-low-back-pain',
  'acp-2017',
  'nice-ng59',
] as const satisfies readonly CitationId[];

/** Any source a score result may name: `CitationId` under its older name. */
export type ScoreSourceId = CitationId;

/**
 * A short reference for people: authors, year and title, for a citation id.
 * @param id - a citation id
 */
export function scoreReferenceOf(id: CitationId): string {
  return citationReference(id);
}
