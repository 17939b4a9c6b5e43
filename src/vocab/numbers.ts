/** Number display shared by the rules: scores, weights and doses are reported to three decimals. */

/**
 * Rounds to three decimals (0.1234 → 0.123), the precision of every score and computed amount in outputs.
 * @param x - the value
 */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;
