/**
 * Keele STarT Back Screening Tool (Hill et al. 2008; Keele scoring guide): nine items, each 0 or 1;
 * the total is their sum, the psychosocial (distress) subscale is items 5–9, and the risk group comes
 * from both.
 */
import * as z from 'zod';
import { parseInput } from '../errors.js';
import { baseOf, itemCode, itemList } from './result.js';
import type { ScoreResultBase } from './result.js';
import type { CitationId } from '../kb/index.js';

/** The nine items in questionnaire order; items 5–9 form the psychosocial subscale. */
export const STARTBACK_ITEMS = [
  'leg-pain',
  'shoulder-or-neck-pain',
  'walks-only-short-distances',
  'dresses-more-slowly',
  'fear-of-activity',
  'worrying-thoughts',
  'catastrophising',
  'low-mood',
  'bothersomeness',
] as const;
export type StartBackItem = (typeof STARTBACK_ITEMS)[number];

/** Zero-based positions of the psychosocial items (questionnaire items 5 to 9). */
export const STARTBACK_PSYCHOSOCIAL = [4, 5, 6, 7, 8] as const;

export const STARTBACK_RISKS = ['low', 'medium', 'high'] as const;
export type StartBackRisk = (typeof STARTBACK_RISKS)[number];

/**
 * The Keele risk rules, one row per published criterion, checked in order.
 * `high` needs a psychosocial score of 4–5 (which implies a total of at least 4).
 */
export const STARTBACK_RISK_TABLE = [
  {
    risk: 'low',
    rule: 'total 0–3',
    applies: (total: number, _psychosocial: number) => total <= 3,
    source: 'pro-keele-sbst-scoring',
  },
  {
    risk: 'medium',
    rule: 'total 4 or more and psychosocial 3 or less',
    applies: (_total: number, psychosocial: number) => psychosocial <= 3,
    source: 'pro-keele-sbst-scoring',
  },
  {
    risk: 'high',
    rule: 'psychosocial 4 or 5',
    applies: (_total: number, psychosocial: number) => psychosocial >= 4,
    source: 'pro-keele-sbst-scoring',
  },
] as const satisfies readonly {
  risk: StartBackRisk;
  rule: string;
  applies: (total: number, psychosocial: number) => boolean;
  source: CitationId;
}[];

/**
 * Input of the `startback` instrument (CONTRACTS.md): nine answers, agree = 1, disagree = 0. Item 9
 * (bothersomeness) is 1 only for "very much" or "extremely".
 */
export const StartBackInputSchema = z.strictObject({
  answers: itemList(itemCode([0, 1]), STARTBACK_ITEMS.length, 'STarT Back').describe(
    'nine answers, 0 or 1 each',
  ),
});
export type StartBackInput = z.input<typeof StartBackInputSchema>;

/** A STarT Back result: total, psychosocial subscale and risk group, then the criteria. */
export type StartBackResult = ScoreResultBase<'startback'> & {
  readonly total: number;
  readonly psychosocial: number;
  readonly risk: StartBackRisk;
  /** Items answered 1, by name. */
  readonly positiveItems: StartBackItem[];
};

/**
 * The STarT Back risk group of a total and a psychosocial subscale score.
 * @param total - sum of all nine items (0–9)
 * @param psychosocial - sum of items 5–9 (0–5)
 */
export function startBackRiskOf(total: number, psychosocial: number): StartBackRisk {
  const row = STARTBACK_RISK_TABLE.find((r) => r.applies(total, psychosocial));
  return row ? row.risk : 'high'; // the table is complete: psychosocial is either ≤ 3 or ≥ 4
}

/**
 * Scores a Keele STarT Back Screening Tool form.
 * {@link https://www.keele.ac.uk/sbst/startbacktool/usingandscoring/ | Keele scoring guide}
 * @param input - nine answers, 0 or 1
 * @returns total, psychosocial subscale and risk group
 */
export function scoreStartBack(input: StartBackInput): StartBackResult {
  const v = parseInput(StartBackInputSchema, input);
  const total = v.answers.reduce((a, b) => a + b, 0);
  const psychosocial = STARTBACK_PSYCHOSOCIAL.reduce((sum, i) => sum + (v.answers[i] ?? 0), 0);
  const risk = startBackRiskOf(total, psychosocial);
  const rule = STARTBACK_RISK_TABLE.find((r) => r.risk === risk)?.rule ?? '';
  const criteria = [
    `Total ${total} of 9 (every item agreed scores 1).`,
    `Psychosocial subscale ${psychosocial} of 5 (items 5–9: fear, worry, catastrophising, low mood, bothersomeness).`,
    `Risk ${risk}: ${rule}.`,
  ];
  return {
    instrument: 'startback',
    total,
    psychosocial,
    risk,
    positiveItems: STARTBACK_ITEMS.filter((_, i) => v.answers[i] === 1),
    ...baseOf('pro-keele-sbst-scoring', { criteria, sources: ['pro-hill-2008'] }),
  };
}
