/**
 * Sides named by a scoliosis ("foraminal narrowing on the concave side of the curve", "the convex-side
 * foramen is patent"): with one lumbar curve whose convexity the report states ("convex to the left",
 * "levoscoliosis"), the concave side is the other side, and each such phrase becomes that side. With
 * no stated convexity, or two curves bending opposite ways, the phrase is left as it is (a side would
 * be a guess).
 */
import type { Item } from './_model.js';
import { isComma } from './_model.js';

type Lateral = 'left' | 'right';

const CONVEX_LEFT =
  /\blevo[\s-]?(?:convex|scoliosis|scoliotic|curvature)|\bconvex(?:ity|e)?\s+(?:(?:to|towards?)\s+(?:the\s+)?)?left\b|\bleft(?:ward)?[\s-]+convex/;
const CONVEX_RIGHT =
  /\bdextro[\s-]?(?:convex|scoliosis|scoliotic|curvature)|\bconvex(?:ity|e)?\s+(?:(?:to|towards?)\s+(?:the\s+)?)?right\b|\bright(?:ward)?[\s-]+convex/;

/** The side a report's one lumbar curve is convex to, or undefined (none stated, or both ways). */
export function curveConvexity(text: string): Lateral | undefined {
  // Plain substring checks first: most reports name no curve, and a case-blind search costs more.
  const named = ['onvex', 'ONVEX', 'evo', 'EVO', 'extro', 'EXTRO'].some((w) => text.includes(w));
  if (!named) return undefined;
  const lower = text.toLowerCase();
  const left = CONVEX_LEFT.test(lower);
  const right = CONVEX_RIGHT.test(lower);
  return left === right ? undefined : left ? 'left' : 'right';
}

const other = (side: Lateral): Lateral => (side === 'left' ? 'right' : 'left');

/**
 * The items end with a sided structure and the words that lead to a place ("the left foramen, on the"):
 * a curve phrase after them restates the side.
 */
function namesSideJustBefore(out: readonly Item[]): boolean {
  let k = out.length - 1;
  while (k >= 0 && (out[k]?.kind === 'glue' || isComma(out[k]))) k--;
  if (out[k]?.kind !== 'target') return false;
  while (k > 0 && (out[k - 1]?.kind === 'adj' || out[k - 1]?.kind === 'target')) k--;
  const side = out[k - 1];
  return side?.kind === 'side' && side.side !== 'bilateral';
}

const isGlue = (x: Item | undefined, text: string, words: readonly string[]): boolean =>
  x?.kind === 'glue' && words.includes(text.slice(x.start, x.end).toLowerCase());

/** Words after "concave side" that only say whose side it is ("of the curve", "of the main curve"). */
const CURVE_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'curve', 'main', 'curvature']);

/**
 * The items with "concave (side)" and "convex(-side)" as the sides they are under `convex`, the words
 * "of the curve" after them dropped.
 */
export function withCurveSides(items: readonly Item[], text: string, convex: Lateral): Item[] {
  const word = (x: Item | undefined): string => (x ? text.slice(x.start, x.end).toLowerCase() : '');
  if (!items.some((x) => x.kind === 'other' && /^(concave|convex)$/.test(word(x)))) {
    return [...items];
  }
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!x) continue;
    const said = x.kind === 'other' ? word(x) : '';
    if (said !== 'concave' && said !== 'convex') {
      out.push(x);
      continue;
    }
    let end = i;
    if (items[end + 1]?.kind === 'glue' && word(items[end + 1]) === 'side') end++;
    while (
      items[end + 1] &&
      CURVE_WORDS.has(word(items[end + 1])) &&
      items[end + 1]?.kind !== 'conj'
    ) {
      end++;
    }
    const last = items[end] ?? x;
    const side = said === 'convex' ? convex : other(convex);
    if (namesSideJustBefore(out)) {
      // "the left foramen, on the concave side, is moderately narrowed": the side is named already;
      // the aside goes, with its "on the" and its commas.
      while (out.length > 0 && isGlue(out[out.length - 1], text, ['on', 'the', 'at'])) out.pop();
      if (isComma(out[out.length - 1]) && isComma(items[end + 1])) {
        out.pop();
        end++;
      }
      i = end;
      continue;
    }
    out.push({ kind: 'side', side, plural: false, lit: said, start: x.start, end: last.end });
    i = end;
  }
  return out;
}
