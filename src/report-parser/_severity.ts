/**
 * Grades written outside a target's own noun phrase: the adverb of its predicate ("mildly
 * compressing"), a grade after the statement ("to a mild degree", "which is quite severe"), or the grade
 * of a coordinated sibling that shares the predicate ("moderate central stenosis and neuroforaminal
 * narrowing"). A grade owned by another noun phrase is never borrowed.
 */
import type { Graded, Item } from './_model.js';
import type { NounPhrase } from './_noun-phrase.js';
import type { Sentence } from './_sentence.js';
import { isOwned } from './_sentence.js';

/** Items before a predicate searched for its adverb ("mildly compressing"). */
export const SEVERITY_BEFORE_WINDOW = 2;
/** Items after a statement searched for a trailing grade ("to a mild degree"). */
export const SEVERITY_AFTER_WINDOW = 5;
/** Items before a coordination searched for the sibling whose grade is shared. */
export const INHERITED_SEVERITY_WINDOW = 3;

/** A grade written just before a predicate ("mildly compressing", "with mild encroachment"). */
export function severityBefore(s: Sentence, p: number): Graded | undefined {
  const { items } = s;
  for (let j = p - 1, steps = 0; j >= 0 && steps < SEVERITY_BEFORE_WINDOW; j--, steps++) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'severity') return isOwned(s, j) ? undefined : x.severity;
    // "Neural foramina: mild bilateral narrowing": a side word between the grade and its predicate.
    if (x.kind === 'side' && !isOwned(s, j) && steps === 0) continue;
    if (!(x.kind === 'glue' || x.kind === 'filler')) return undefined;
  }
  return undefined;
}

/** A grade just after a statement ("narrowing to a mild degree", "which is quite severe"). */
export function severityAfter(s: Sentence, from: number): Graded | undefined {
  const { items } = s;
  for (
    let j = from + 1, steps = 0;
    j < items.length && steps < SEVERITY_AFTER_WINDOW;
    j++, steps++
  ) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'severity') return isOwned(s, j) ? undefined : x.severity;
    if (
      x.kind === 'glue' ||
      x.kind === 'filler' ||
      (x.kind === 'context' && x.rule.category === 'termination')
    ) {
      continue;
    }
    // "the left foramen is crowded by narrowing of mild degree": the agent restates the narrowing.
    if (x.kind === 'pred' && items[j - 1]?.kind === 'glue' && items[j - 1]?.lit === 'by') continue;
    // "foraminal narrowing on the left is moderate"
    if ((x.kind === 'side' || x.kind === 'asym') && !isOwned(s, j)) continue;
    // "Left foraminal narrowing at L4/5 is severe" (round 27: the level had stopped the search); only
    // before a verb ("stenosis at each level from L2/3 to L4/5: mild at L2/3, …" grades level by level).
    if (x.kind === 'level' && !isOwned(s, j) && items[j + 1]?.kind === 'filler') continue;
    if (x.kind === 'conj' && steps === 0 && items[j + 1]?.kind === 'context') continue;
    // "foramina narrowed bilat, mild": a grade alone after a comma closes the statement; so does
    // "the right exit foramen is narrowed, moderately so".
    if (x.kind === 'conj' && x.lit === ',' && items[j + 1]?.kind === 'severity') {
      const after = items[j + 2];
      if (!after || after.kind === 'conj' || (after.kind === 'filler' && after.lit === 'so')) {
        continue;
      }
    }
    return undefined;
  }
  return undefined;
}

/** Items after a noun of narrowing searched for "of (a) moderate (degree)". */
export const DEGREE_WINDOW = 3;

/**
 * "Narrowing of moderate degree involves the left neural foramen": the grade a noun of narrowing is
 * given just after it, for a target named later (a target before it reads it with `severityAfter`).
 */
export function severityOfDegree(s: Sentence, p: number): Graded | undefined {
  const { items } = s;
  if (items[p + 1]?.kind !== 'glue' || items[p + 1]?.lit !== 'of') return undefined;
  for (let j = p + 2, steps = 0; j < items.length && steps < DEGREE_WINDOW; j++, steps++) {
    const x = items[j];
    if (x?.kind === 'severity') return isOwned(s, j) ? undefined : x.severity;
    if (x?.kind !== 'glue') return undefined;
  }
  return undefined;
}

/**
 * "Moderate central stenosis and neuroforaminal narrowing": a grade shared by coordinated statements.
 * @param targetSeverity - the own grades of the targets read so far, by index
 */
export function inheritedSeverity(
  items: readonly Item[],
  t: number,
  np: NounPhrase | undefined,
  targetSeverity: ReadonlyMap<number, Graded>,
): Graded | undefined {
  let j = t - 1;
  if (np && np.start !== items[t]?.start) {
    while (j >= 0 && (items[j]?.start ?? 0) >= np.start) j--;
  }
  const conj = items[j];
  if (!conj || conj.kind !== 'conj') return undefined;
  for (let k = j - 1, steps = 0; k >= 0 && steps < INHERITED_SEVERITY_WINDOW; k--, steps++) {
    const x = items[k];
    if (!x) return undefined;
    // "severe canal stenosis and left foraminal narrowing": after a complete statement, a phrase with
    // its own side is its own finding; "moderately severe canal and bilateral foraminal stenosis"
    // shares one predicate, and so its grade.
    if (x.kind === 'target') {
      return steps > 0 && np?.side !== undefined ? undefined : targetSeverity.get(k);
    }
    if (x.kind !== 'pred') return undefined;
  }
  return undefined;
}
