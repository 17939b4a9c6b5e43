/**
 * Roland-Morris Disability Questionnaire (Roland & Morris 1983): 24 statements a patient ticks if they
 * apply today; the score is the number ticked, 0–24.
 */
import * as z from 'zod';
import { parseInput } from '../errors.js';
import { baseOf, itemCode, itemList } from './result.js';
import type { ScoreResultBase } from './result.js';

/** Number of RMDQ statements. */
export const RMDQ_ITEM_COUNT = 24;

/** At or below this score patients most often report feeling recovered (Kamper 2010). */
export const RMDQ_RECOVERY_CUT_OFF = 2;

/** Input of the `rmdq` instrument: 24 answers, 1 when the statement is ticked, else 0. */
export const RmdqInputSchema = z.strictObject({
  answers: itemList(itemCode([0, 1]), RMDQ_ITEM_COUNT, 'RMDQ').describe(
    '24 answers, 1 = ticked, 0 = not ticked',
  ),
});
export type RmdqInput = z.input<typeof RmdqInputSchema>;

/** An RMDQ result. */
export type RmdqResult = ScoreResultBase<'rmdq'> & {
  /** Statements ticked, 0–24. */
  readonly score: number;
  /** True when the score is at or below the recovery cut-off of 2. */
  readonly atRecoveryLevel: boolean;
};

/**
 * Scores a Roland-Morris Disability Questionnaire.
 * @param input - 24 answers, 0 or 1
 * @returns the number of statements ticked and whether it is at the recovery level
 */
export function scoreRmdq(input: RmdqInput): RmdqResult {
  const v = parseInput(RmdqInputSchema, input);
  const score = v.answers.reduce((a, b) => a + b, 0);
  const atRecoveryLevel = score <= RMDQ_RECOVERY_CUT_OFF;
  const criteria = [
    `${score} of 24 statements ticked.`,
    `${atRecoveryLevel ? 'At or below' : 'Above'} 2, the score that best matched feeling recovered (Kamper 2010); a change of 5 points or 30 % is the minimal important change (Ostelo 2008).`,
  ];
  return {
    instrument: 'rmdq',
    score,
    atRecoveryLevel,
    ...baseOf('pro-roland-1983', { criteria, sources: ['pro-kamper-2010', 'pro-ostelo-2008'] }),
  };
}
