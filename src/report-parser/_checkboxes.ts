/**
 * Synoptic forms written as checkboxes: "Central canal stenosis: [ ] None [x] Mild [ ] Moderate". Only
 * the ticked option is what the radiologist said; every unticked option is a word of the form, not a
 * statement ("None" beside the ticked "Mild" had negated the very finding).
 */
import { PUNCT, WORD } from './_scan.js';
import type { Token } from './_scan.js';

/** Marks inside brackets that tick a box ("[x]", "[✓]") or fill a radio button ("(•)", round 27). */
const TICKS: ReadonlySet<string> = new Set(['x', '✓', '✔', '×', '*', '•', '●', '◉']);
/** Boxes and radio buttons drawn as one character. */
const TICKED_BOXES: ReadonlySet<string> = new Set(['☒', '☑', '✅', '■', '◉', '●']);
const EMPTY_BOXES: ReadonlySet<string> = new Set(['☐', '□', '○', '◯']);
/** The first character of every box. */
const BOX_STARTS: ReadonlySet<string> = new Set(['[', '(', ...TICKED_BOXES, ...EMPTY_BOXES]);
/** The closing bracket of each bracket a box may be drawn with. */
const BOX_CLOSE: ReadonlyMap<string, string> = new Map([
  ['[', ']'],
  ['(', ')'],
]);

/** The box at token `k`: its width in tokens and whether it is ticked, or undefined. */
function boxAt(
  tokens: readonly Token[],
  k: number,
): { width: number; ticked: boolean } | undefined {
  const t = tokens[k];
  if (t?.kind !== PUNCT) return undefined;
  if (TICKED_BOXES.has(t.lower)) return { width: 1, ticked: true };
  if (EMPTY_BOXES.has(t.lower)) return { width: 1, ticked: false };
  const closing = BOX_CLOSE.get(t.lower);
  if (closing === undefined) return undefined;
  const inside = tokens[k + 1];
  // "( )" is an empty radio button only as a box: written with its space, never "()".
  if (inside?.kind === PUNCT && inside.lower === closing) {
    return closing === ']' || inside.start > t.end ? { width: 2, ticked: false } : undefined;
  }
  const close = tokens[k + 2];
  const tick =
    inside !== undefined &&
    TICKS.has(inside.lower) &&
    (inside.kind === PUNCT || (inside.kind === WORD && inside.end - inside.start === 1));
  return tick && close?.kind === PUNCT && close.lower === closing
    ? { width: 3, ticked: true }
    : undefined;
}

/**
 * A line's tokens with its checkboxes read: the boxes and every unticked option (the words up to the
 * next box) left out, the ticked options kept. The same tokens when the line has no box.
 */
export function withTickedOptionsOnly(tokens: Token[], uncheckedMeansAbsent = false): Token[] {
  let first = -1;
  for (let k = 0; k < tokens.length && first < 0; k++) {
    const t = tokens[k];
    if (t?.kind === PUNCT && BOX_STARTS.has(t.lower) && boxAt(tokens, k)) first = k;
  }
  if (first < 0) return tokens;
  // "(Unchecked boxes = finding absent.)" … "[ ] Foraminal stenosis at any other level": a line that
  // is one unticked item says its finding is absent (round 25).
  const lone = boxAt(tokens, first);
  const start = tokens[first];
  if (
    uncheckedMeansAbsent &&
    lone &&
    !lone.ticked &&
    start &&
    isOnlyBox(tokens, first + lone.width)
  ) {
    const no: Token = {
      kind: WORD,
      lower: 'no',
      start: start.start,
      end: start.start,
      space: true,
    };
    return [...tokens.slice(0, first), no, ...tokens.slice(first + lone.width)];
  }
  const out = tokens.slice(0, first);
  let keep = true;
  for (let k = first; k < tokens.length;) {
    const box = boxAt(tokens, k);
    if (box) {
      keep = box.ticked;
      k += box.width;
      continue;
    }
    const t = tokens[k];
    if (keep && t) out.push(t);
    k++;
  }
  return out;
}

/** Whether no box follows token `from`. */
function isOnlyBox(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (t?.kind === PUNCT && BOX_STARTS.has(t.lower) && boxAt(tokens, k)) return false;
  }
  return true;
}

/** A report's declaration that an unticked box means the finding is absent. */
export const DECLARES_UNCHECKED_ABSENT =
  /\b(?:unchecked|unticked|empty|blank)\s+(?:(?:boxes?|items?|fields?)\s*)?(?:=|:|means?|indicates?|signif(?:y|ies))\s*(?:the\s+)?(?:finding\s+)?(?:is\s+|are\s+)?(?:absent|not\s+present|negative|none|no\b)/i;
