/**
 * Bare "stenosis" with no target of its own is the central canal ("high-grade stenosis at L3-L4"),
 * unless a target already took the predicate. A negated bare "stenosis" or "neural compromise" in a
 * sentence that names no place a stenosis can be ("L5-S1: No stenosis.", "small annular fissure
 * without stenosis", "L4-5: No neural compromise.") is about the whole level: neither the canal nor
 * either foramen is narrowed (the convention of the second outside reviewer, README "Reading
 * conventions"); so is a bare "no narrowing" in a sentence that names no structure.
 */
import { levelOf } from './_finding-place.js';
import type { Item, TargetKind } from './_model.js';
import type { NounPhrase } from './_noun-phrase.js';
import type { RawFinding, Sentence } from './_sentence.js';
import { isNegatedAt, isUncertainAt } from './_sentence.js';
import { severityBefore } from './_severity.js';

const isBareStenosis = (p: Extract<Item, { kind: 'pred' }>): boolean =>
  p.pred === 'narrow' && (p.lit.startsWith('stenos') || p.lit.startsWith('stenot'));

/** Places a stenosis can be: a sentence naming one of them is not about the whole level. */
const STENOSIS_PLACES: ReadonlySet<TargetKind> = new Set<TargetKind>([
  'foramen',
  'exit-root',
  'canal',
  'recess',
  'thecal',
]);

/** Items before a bare "stenosis" searched for the foraminal lesion that makes it. */
export const FORAMINAL_LESION_WINDOW = 6;

/** A lesion with a foraminal zone just before item `i` ("right foraminal protrusion … stenosis"). */
function foraminalLesionBefore(s: Sentence, i: number): NounPhrase | undefined {
  for (let j = i - 1, steps = 0; j >= 0 && steps < FORAMINAL_LESION_WINDOW; j--, steps++) {
    const x = s.items[j];
    if (!x || x.kind === 'level' || x.kind === 'pred' || x.kind === 'target') return undefined;
    if (x.kind !== 'lesion') continue;
    const np = s.phrases.get(j);
    const foraminal = np?.zone === 'foraminal' || np?.zone === 'extraforaminal';
    return foraminal && !np.central ? np : undefined;
  }
  return undefined;
}

/**
 * The bare-stenosis pass.
 * @param s - the sentence
 * @param pairedPreds - predicates the target pass paired with a target
 */
export function bareStenosisFindings(s: Sentence, pairedPreds: ReadonlySet<number>): RawFinding[] {
  const { items } = s;
  const out: RawFinding[] = [];
  const namesPlace = items.some((x) => x.kind === 'target' && STENOSIS_PLACES.has(x.target));
  for (let i = 0; i < items.length; i++) {
    const p = items[i];
    if (!p || p.kind !== 'pred' || pairedPreds.has(i)) continue;
    const negated = isNegatedAt(s, i);
    // A bound ("no severe stenosis") took its negation out of the items; it too is about the level.
    const wholeLevel =
      (negated || (s.bound !== undefined && isBareStenosis(p))) &&
      !namesPlace &&
      (p.lit === 'neural compromise' ||
        isBareStenosis(p) ||
        // "L5-S1: Normal disc. No narrowing.": a narrowing denied in a sentence that names no
        // structure at all (not "no disc space narrowing").
        (negated && p.lit.startsWith('narrow') && !items.some((x) => x.kind === 'target')));
    if (!isBareStenosis(p) && !wholeLevel) continue;
    const severity = severityBefore(s, i);
    const lesion = namesPlace ? undefined : foraminalLesionBefore(s, i);
    if (lesion && isBareStenosis(p)) {
      // "Left foraminal disc extrusion causing severe stenosis", "resolution of the right foraminal
      // protrusion and associated stenosis": the stenosis the foraminal lesion makes is foraminal.
      out.push({
        finding: 'foraminal-stenosis',
        levelRef: levelOf(s, i, undefined),
        vertebra: undefined,
        side: lesion.side ?? 'bilateral',
        sideExplicit: lesion.side !== undefined,
        asymmetry: undefined,
        severity: negated ? null : (severity ?? null),
        negated,
        uncertain: isUncertainAt(s, i),
        root: undefined,
        zone: 'foraminal',
        start: (severity !== undefined ? items[i - 1]?.start : undefined) ?? p.start,
        end: p.end,
      });
      continue;
    }
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
