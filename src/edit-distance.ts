/**
 * The one edit distance of the project: optimal string alignment (insertions, deletions,
 * substitutions and swaps of two adjacent letters each count one), giving up as soon as it passes a
 * limit. Drug names (meds), report words (report-parser) and knowledge-base search terms (kb) are all
 * matched with it.
 */

/**
 * Optimal-string-alignment distance between `a` and `b`, or `limit + 1` once it exceeds `limit`.
 * @param a - one string
 * @param b - the other
 * @param limit - the largest distance of interest (default: none)
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  let prevPrev = new Array<number>(m + 1).fill(0);
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    const t = prevPrev;
    prevPrev = prev;
    prev = cur;
    cur = t;
  }
  // Each row can stay within the limit while the last cell passes it ("aaad" against "aadca").
  const distance = prev[m] ?? limit + 1;
  return distance > limit ? limit + 1 : distance;
}
