/**
 * Bare "stenosis" with no target of its own is the central canal ("high-grade stenosis at L3-L4",
 * "without stenosis"), unless a target already took the predicate.
 */
import { levelOf } from './_finding-place.js';
import type { RawFinding, Sentence } from './_sentence.js';
import { isNegatedAt, isUncertainAt } from './_sentence.js';
import { severityBefore } from './_severity.js';

/**
 * The bare-stenosis pass.
 * @param s - the sentence
 * @param pairedPreds - predicates the target pass paired with a target
 */
export function bareStenosisFindings(s: Sentence, pairedPreds: ReadonlySet<number>): RawFinding[] {
  const { items } = s;
  const out: RawFinding[] = [];
  for (let i = 0; i < items.length; i++) {
    const p = items[i];
    if (!p || p.kind !== 'pred' || p.pred !== 'narrow' || pairedPreds.has(i)) continue;
    if (!p.lit.startsWith('stenos') && !p.lit.startsWith('stenot')) continue;
    const negated = isNegatedAt(s, i);
    const severity = severityBefore(s, i);
    out.push({
      finding: 'central-canal-stenosis',
      levelRef: levelOf(s, i, undefined),
      vertebra: undefined,
      side: 'central',
      sideExplicit: true,
      asymmetry: undefined,
      severity: negated ? null : (severity ?? null),
      negated,
      uncertain: isUncertainAt(s, i),
      root: undefined,
      zone: 'central',
      start: (severity !== undefined ? items[i - 1]?.start : undefined) ?? p.start,
      end: p.end,
    });
  }
  return out;
}
