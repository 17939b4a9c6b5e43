/**
 * Bare "stenosis" with no target of its own is the central canal ("high-grade stenosis at L3-L4",
 * "without stenosis"), unless a target already took the predicate. A negated "neural compromise" in a
 * sentence that names no structure ("L5-S1: No neural compromise.") is about the whole level: neither
 * the canal nor either foramen compromises the nerves.
 */
import { levelOf } from './_finding-place.js';
import type { Item } from './_model.js';
import type { RawFinding, Sentence } from './_sentence.js';
import { isNegatedAt, isUncertainAt } from './_sentence.js';
import { severityBefore } from './_severity.js';

const isBareStenosis = (p: Extract<Item, { kind: 'pred' }>): boolean =>
  p.pred === 'narrow' && (p.lit.startsWith('stenos') || p.lit.startsWith('stenot'));

/**
 * The bare-stenosis pass.
 * @param s - the sentence
 * @param pairedPreds - predicates the target pass paired with a target
 */
export function bareStenosisFindings(s: Sentence, pairedPreds: ReadonlySet<number>): RawFinding[] {
  const { items } = s;
  const out: RawFinding[] = [];
  const namesStructure = items.some((x) => x.kind === 'target');
  for (let i = 0; i < items.length; i++) {
    const p = items[i];
    if (!p || p.kind !== 'pred' || pairedPreds.has(i)) continue;
    const negated = isNegatedAt(s, i);
    const wholeLevel = negated && !namesStructure && p.lit === 'neural compromise';
    if (!isBareStenosis(p) && !wholeLevel) continue;
    const severity = severityBefore(s, i);
    if (wholeLevel) {
      out.push({
        finding: 'foraminal-stenosis',
        levelRef: levelOf(s, i, undefined),
        vertebra: undefined,
        side: 'bilateral',
        sideExplicit: false,
        asymmetry: undefined,
        severity: null,
        negated,
        uncertain: isUncertainAt(s, i),
        root: undefined,
        zone: 'foraminal',
        start: p.start,
        end: p.end,
      });
    }
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
