/** Number display shared by the rules: scores, weights and doses are reported to three decimals. */

/**
 * Rounds to three decimals (0.1234 → 0.123), the precision of every score and computed amount in outputs.
 * @param x - the value
 */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

// Scores and weights come from a small set of values, and V8 turns a fractional number into text
// slowly (a few hundred ns, against tens for a map hit); traces write dozens per assessment. Bounded so
// a stream of distinct values cannot grow it without end.
const NUMBER_TEXT_LIMIT = 4096;
const numberTexts = new Map<number, string>();

/**
 * The number as `String(x)` writes it, remembered: for scores and weights written into trace text.
 * @param x - the value
 */
export function numberText(x: number): string {
  let text = numberTexts.get(x);
  if (text === undefined) {
    text = String(x);
    if (numberTexts.size >= NUMBER_TEXT_LIMIT) numberTexts.clear();
    numberTexts.set(x, text);
  }
  return text;
}

/**
 * A number as `n.toLocaleString('en-US', { maximumFractionDigits })` writes it (grouping commas, rounded
 * half away from zero on the shortest decimal form of the number), without starting ICU's number
 * formatter: its first use took about 20 ms, longer than a whole `foramen meds` check.
 * @param n - the number
 * @param maximumFractionDigits - decimals kept at most (toLocaleString's default is 3)
 */
export function formatNumber(n: number, maximumFractionDigits = 3): string {
  const shortest = String(Math.abs(n));
  // Exponent forms (below 1e-6, from 1e21) and NaN or Infinity never occur in doses: leave them to ICU.
  if (!/^\d+(\.\d+)?$/.test(shortest)) return n.toLocaleString('en-US', { maximumFractionDigits });
  const places = maximumFractionDigits;
  const [whole = '0', fraction = ''] = shortest.split('.');
  let digits = `${whole}${fraction.slice(0, places).padEnd(places, '0')}`;
  if ((fraction[places] ?? '0') >= '5') {
    digits = (BigInt(digits) + 1n).toString().padStart(places + 1, '0');
  }
  const decimals = places > 0 ? digits.slice(-places).replace(/0+$/, '') : '';
  const grouped = (places > 0 ? digits.slice(0, -places) : digits).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    ',',
  );
  return `${n < 0 || Object.is(n, -0) ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}

/** Numbers written as words, one to twelve (dictated levels, dose frequencies). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
