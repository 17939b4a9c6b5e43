/**
 * Zurich Claudication Questionnaire (Swiss Spinal Stenosis Questionnaire; Stucki et al. 1996): symptom
 * severity (7 items, 1–5; the balance item is coded 1, 3 or 5), physical function (5 items, 1–4) and,
 * after treatment only, satisfaction (6 items, 1–4). Each subscale score is the mean of its items;
 * lower is better on all three.
 */
import * as z from 'zod';
import { addFieldIssue, parseInput } from '../errors.js';
import { baseOf, formatScore, itemList, itemRange } from './result.js';
import type { ScoreResultBase } from './result.js';

/** Items of each subscale in questionnaire order. */
export const ZCQ_ITEMS = {
  symptomSeverity: [
    'pain-overall',
    'pain-frequency',
    'back-pain',
    'leg-pain',
    'numbness-or-tingling',
    'weakness',
    'balance',
  ],
  physicalFunction: [
    'walking-distance',
    'walking-outdoors',
    'shopping',
    'walking-at-home',
    'walking-to-bathroom',
  ],
  satisfaction: [
    'pain-relief',
    'walking-distance',
    'strength',
    'overall-result',
    'hand-and-foot-function',
    'balance',
  ],
} as const;
export type ZcqSubscale = keyof typeof ZCQ_ITEMS;

/** A satisfaction mean at or below this counts as satisfied (ISSLS 2024). */
export const ZCQ_SATISFIED_AT_OR_BELOW = 2.5;

// Items 1–6 of symptom severity run 1–5; item 7 (balance) has three answers coded 1, 3 and 5.
const severityItems = z
  .array(itemRange(1, 5))
  .refine((a) => a.length === 7, { message: 'must list exactly 7 symptom severity answers' })
  .length(7)
  .superRefine((a, ctx) => {
    if (a[6] !== undefined && ![1, 3, 5].includes(a[6])) {
      addFieldIssue(ctx, 6, 'the balance item must be 1 (none), 3 (sometimes) or 5 (often)');
    }
  });

/** Input of the `zcq` instrument: the three subscales' answers (satisfaction only after treatment). */
export const ZcqInputSchema = z.strictObject({
  symptomSeverity: severityItems.describe(
    '7 answers: items 1–6 from 1 to 5, item 7 (balance) 1, 3 or 5',
  ),
  physicalFunction: itemList(itemRange(1, 4), 5, 'physical function').describe(
    '5 answers from 1 to 4',
  ),
  satisfaction: itemList(itemRange(1, 4), 6, 'satisfaction')
    .optional()
    .describe('6 answers from 1 to 4, after treatment only'),
});
export type ZcqInput = z.input<typeof ZcqInputSchema>;

/** A ZCQ result: subscale means (1–5, 1–4, 1–4); lower is better. */
export type ZcqResult = ScoreResultBase<'zcq'> & {
  readonly symptomSeverity: number;
  readonly physicalFunction: number;
  /** Null when the satisfaction items were not given (before treatment). */
  readonly satisfaction: number | null;
  /** True when satisfaction is at or below 2.5; null without satisfaction answers. */
  readonly satisfied: boolean | null;
};

const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;

/**
 * Scores a Zurich Claudication Questionnaire as subscale means.
 * @param input - answers for symptom severity, physical function and optionally satisfaction
 * @returns the three subscale means
 */
export function scoreZcq(input: ZcqInput): ZcqResult {
  const v = parseInput(ZcqInputSchema, input);
  const symptomSeverity = mean(v.symptomSeverity);
  const physicalFunction = mean(v.physicalFunction);
  const satisfaction = v.satisfaction ? mean(v.satisfaction) : null;
  const satisfied = satisfaction === null ? null : satisfaction <= ZCQ_SATISFIED_AT_OR_BELOW;
  const criteria = [
    `Symptom severity ${formatScore(symptomSeverity)} (mean of 7 items, 1–5).`,
    `Physical function ${formatScore(physicalFunction)} (mean of 5 items, 1–4).`,
    satisfaction === null
      ? 'Satisfaction not given (asked after treatment only).'
      : `Satisfaction ${formatScore(satisfaction)} (mean of 6 items, 1–4): ${satisfied === true ? 'satisfied' : 'not satisfied'} by the 2.5 cut-off.`,
    'Scoring subscales as item means follows common use; the 0.5-point minimal important change is reported but not verified against the original paper.',
  ];
  return {
    instrument: 'zcq',
    symptomSeverity,
    physicalFunction,
    satisfaction,
    satisfied,
    ...baseOf('pro-stucki-1996', {
      criteria,
      sources: ['pro-zcq-stata', ...(satisfaction === null ? [] : (['pro-issls-2024'] as const))],
    }),
  };
}
