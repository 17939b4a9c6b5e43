/**
 * When should conservative care be reviewed? Guidelines consider imaging and specialist review once
 * symptoms persist after about six weeks of optimal conservative management (ACR 2021, ACP), and the
 * Ostelo consensus says how much ODI change matters. This rule reads a patient's ODI and pain series
 * and says whether the escalation threshold is reached. It does not replace red-flag triage: cauda
 * equina features and progressive weakness are urgent whatever the scores say.
 */
import * as z from 'zod';
import { ISO_DATE } from '../kb/index.js';
import { parseInput } from '../errors.js';
import { formatScore } from './result.js';
import { classifyChange } from './mcid.js';
import type { ChangeResult } from './mcid.js';
import type { CitationId } from '../kb/index.js';

/** Weeks of conservative care after which a lack of important ODI improvement prompts review. */
export const REVIEW_AFTER_WEEKS = 6;

/** Reason codes of the escalation rule, with their fixed text and sources. */
export const ESCALATION_REASONS = {
  'odi-important-worsening': {
    escalate: true,
    text: 'Disability (ODI) has worsened by at least the minimal important change since baseline: review the diagnosis and the plan now rather than at six weeks.',
    sources: ['pro-ostelo-2008', 'nice-ng59'],
  },
  'leg-pain-important-worsening': {
    escalate: true,
    text: 'Leg pain has risen by at least 2 points since baseline: re-examine for progressing root compression.',
    sources: ['pro-ostelo-2008', 'nice-ng59'],
  },
  'back-pain-important-worsening': {
    escalate: true,
    text: 'Back pain has risen by at least 2 points since baseline: review the plan.',
    sources: ['pro-ostelo-2008'],
  },
  'no-important-odi-improvement': {
    escalate: true,
    text: 'Six weeks or more of conservative care without a clinically important ODI improvement: consider imaging if not yet done and referral for an interventional or surgical opinion.',
    sources: ['acr-2021-low-back-pain', 'acp-2017', 'pro-ostelo-2008'],
  },
  'important-odi-improvement': {
    escalate: false,
    text: 'ODI has improved by a clinically important amount: continue the current plan.',
    sources: ['pro-ostelo-2008'],
  },
  'odi-follow-up-due': {
    escalate: false,
    text: 'Six weeks of conservative care have passed but no ODI has been recorded since: ask the patient to complete one before deciding.',
    sources: ['acr-2021-low-back-pain'],
  },
  'too-early-to-judge': {
    escalate: false,
    text: 'Less than six weeks of conservative care: too early to judge the response unless symptoms worsen.',
    sources: ['acr-2021-low-back-pain', 'acp-2017'],
  },
  'no-odi-recorded': {
    escalate: false,
    text: 'No ODI recorded yet: record a baseline to follow the response to care.',
    sources: ['pro-fairbank-2000'],
  },
} as const satisfies Record<
  string,
  { escalate: boolean; text: string; sources: readonly CitationId[] }
>;
export type EscalationReasonCode = keyof typeof ESCALATION_REASONS;

export const ESCALATION_STATUSES = ['escalate', 'on-track', 'too-early', 'needs-data'] as const;
export type EscalationStatus = (typeof ESCALATION_STATUSES)[number];

// Dates may carry a time (stored records do); only the calendar day matters for weeks of care.
const DATE = z.union([ISO_DATE, z.iso.datetime({ offset: true })]);
const OdiPoint = z.strictObject({ at: DATE, score: z.number().min(0).max(100) });
const PainPoint = z.strictObject({ at: DATE, value: z.number().min(0).max(10) });

/** Input of `checkEscalation`: the series to judge, the day to judge them on and when care began. */
export const EscalationInputSchema = z.strictObject({
  asOf: DATE.describe('the day of the judgement'),
  conservativeCareStartedOn: DATE.optional().describe(
    'start of conservative care (default: the first ODI)',
  ),
  odi: z.array(OdiPoint).describe('ODI scores over time'),
  legPain: z.array(PainPoint).optional().describe('leg pain NRS over time'),
  backPain: z.array(PainPoint).optional().describe('back pain NRS over time'),
});
export type EscalationInput = z.input<typeof EscalationInputSchema>;

/** One reason of the judgement. */
export interface EscalationReason {
  readonly code: EscalationReasonCode;
  readonly text: string;
  readonly source: CitationId;
  readonly sources: CitationId[];
}

/** The judgement: whether to escalate, why, and the ODI change it rests on. */
export interface EscalationResult {
  readonly status: EscalationStatus;
  readonly escalate: boolean;
  /** Whole weeks since conservative care began, or null without a start. */
  readonly weeksOfConservativeCare: number | null;
  readonly baseline: { readonly at: string; readonly score: number } | null;
  readonly latest: { readonly at: string; readonly score: number } | null;
  readonly odiChange: ChangeResult | null;
  readonly reasons: EscalationReason[];
}

const DAY_MS = 86_400_000;
const dayOf = (at: string): number =>
  Date.UTC(Number(at.slice(0, 4)), Number(at.slice(5, 7)) - 1, Number(at.slice(8, 10)));
const byDate = <T extends { at: string }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => dayOf(a.at) - dayOf(b.at) || a.at.localeCompare(b.at));

const reason = (code: EscalationReasonCode): EscalationReason => {
  const r = ESCALATION_REASONS[code];
  return { code, text: r.text, source: r.sources[0], sources: [...r.sources] };
};

/** True when the last value is worse than the first by the measure's absolute threshold. */
function painWorsened(series: readonly { at: string; value: number }[] | undefined): boolean {
  const sorted = byDate(series ?? []);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last || first === last) return false;
  return classifyChange({ measure: 'nrs', baseline: first.value, followUp: last.value })
    .importantWorsening;
}

/**
 * Judges whether a patient's outcome scores reach the escalation threshold: clinically important
 * worsening at any time, or no clinically important ODI improvement after six weeks of conservative care.
 * {@link https://acsearch.acr.org/list/GetAppendix?PanelName=Neurologic&TopicId=141 | ACR 2021 low back pain}
 * @param input - the ODI and pain series, the day of judgement and the start of conservative care
 * @returns status, the reasons with sources and the ODI change used
 */
export function checkEscalation(input: EscalationInput): EscalationResult {
  const v = parseInput(EscalationInputSchema, input);
  const asOf = dayOf(v.asOf);
  // Scores recorded after the day of judgement do not exist yet for this judgement.
  const odi = byDate(v.odi).filter((p) => dayOf(p.at) <= asOf);
  const baseline = odi[0] ?? null;
  const latest = odi.at(-1) ?? null;
  const startAt = v.conservativeCareStartedOn ?? baseline?.at;
  const weeks =
    startAt === undefined ? null : Math.max(0, Math.floor((asOf - dayOf(startAt)) / (7 * DAY_MS)));
  const odiChange =
    baseline && latest && latest !== baseline
      ? classifyChange({ measure: 'odi', baseline: baseline.score, followUp: latest.score })
      : null;
  const upToAsOf = <T extends { at: string }>(xs: readonly T[] | undefined) =>
    (xs ?? []).filter((p) => dayOf(p.at) <= asOf);

  const codes: EscalationReasonCode[] = [];
  if (odiChange?.importantWorsening) codes.push('odi-important-worsening');
  if (painWorsened(upToAsOf(v.legPain))) codes.push('leg-pain-important-worsening');
  if (painWorsened(upToAsOf(v.backPain))) codes.push('back-pain-important-worsening');

  if (!baseline || weeks === null) {
    codes.push('no-odi-recorded');
  } else if (weeks < REVIEW_AFTER_WEEKS) {
    if (odiChange?.importantImprovement) codes.push('important-odi-improvement');
    else if (codes.length === 0) codes.push('too-early-to-judge');
  } else {
    const reviewDay = dayOf(startAt ?? baseline.at) + REVIEW_AFTER_WEEKS * 7 * DAY_MS;
    // The judgement needs an ODI from the review point on; an older one says nothing about week six.
    const recent = latest && latest !== baseline && dayOf(latest.at) >= reviewDay;
    if (!recent) codes.push('odi-follow-up-due');
    else if (odiChange?.importantImprovement) codes.push('important-odi-improvement');
    else if (!odiChange?.importantWorsening) codes.push('no-important-odi-improvement');
  }

  const reasons = codes.map(reason);
  const escalate = codes.some((c) => ESCALATION_REASONS[c].escalate);
  const status: EscalationStatus = escalate
    ? 'escalate'
    : codes.includes('no-odi-recorded') || codes.includes('odi-follow-up-due')
      ? 'needs-data'
      : codes.includes('too-early-to-judge')
        ? 'too-early'
        : 'on-track';
  return {
    status,
    escalate,
    weeksOfConservativeCare: weeks,
    baseline: baseline ? { at: baseline.at, score: baseline.score } : null,
    latest: latest ? { at: latest.at, score: latest.score } : null,
    odiChange,
    reasons,
  };
}

/**
 * One line for people: the status and the first reason.
 * @param result - a judgement from `checkEscalation`
 */
export function describeEscalation(result: EscalationResult): string {
  const first = result.reasons[0];
  const odi = result.odiChange
    ? ` ODI ${formatScore(result.odiChange.baseline)} → ${formatScore(result.odiChange.followUp)}.`
    : '';
  return `${result.status}: ${first ? first.text : 'no judgement'}${odi}`;
}
