/**
 * The numeric tolerances and counting conventions of the dose arithmetic, each named with its reason, so
 * no comparison in the checker carries a bare fudge factor.
 */

/**
 * Floating-point slack when a computed amount is compared with a limit: 400 mg × 3 must equal 1,200 mg,
 * not exceed it by a rounding error. It is a million times smaller than a microgram, so no real dose
 * difference falls inside it.
 */
export const LIMIT_TOLERANCE = 1e-9;

/**
 * True when an amount is really above a limit, not just above it by floating-point error.
 * @param amount - the computed amount
 * @param limit - the limit in the same unit
 */
export const exceeds = (amount: number, limit: number): boolean => amount > limit + LIMIT_TOLERANCE;

/**
 * True when an amount is at or below a bound, allowing for floating-point error (5 mg in a "up to
 * 5 mg a tablet" band, even when 5 was computed as 4.999…).
 * @param amount - the computed amount
 * @param bound - the upper bound in the same unit
 */
export const isAtMost = (amount: number, bound: number): boolean =>
  amount <= bound + LIMIT_TOLERANCE;

/** Days a weekly or yearly limit counts over, to compare it with a daily total (a label's year is 365 days). */
export const DAYS_PER: Readonly<Record<'day' | 'week' | 'year', number>> = {
  day: 1,
  week: 7,
  year: 365,
};

/**
 * Morphine milligram equivalents are reported to a tenth: the conversion factors carry one or two
 * significant figures, so more digits would claim a precision they do not have.
 */
export const MME_STEPS_PER_UNIT = 10;

/**
 * Rounds a total MME a day to a tenth (see {@link MME_STEPS_PER_UNIT}).
 * @param mme - the unrounded total
 */
export const roundMme = (mme: number): number =>
  Math.round(mme * MME_STEPS_PER_UNIT) / MME_STEPS_PER_UNIT;
