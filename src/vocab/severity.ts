/** The common severity scale and triage ladder from CONTRACTS.md. */

/** Common severity scale, least to most severe. */
export const SEVERITIES = [
  'none',
  'mild',
  'mild-moderate',
  'moderate',
  'moderate-severe',
  'severe',
] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rank of a severity on the common scale (none = 0 … severe = 5). */
export const severityRank = (severity: Severity): number => SEVERITIES.indexOf(severity);

/** Triage levels, least to most urgent, so that a higher index means more urgent. */
export const TRIAGE_LEVELS = ['routine', 'soon', 'urgent', 'emergency'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

const TRIAGE_RANK: ReadonlyMap<string, number> = new Map(
  TRIAGE_LEVELS.map((level, i) => [level, i]),
);

/** Rank of a triage level (routine = 0 … emergency = 3); a table look-up, as sorts call it often. */
export const triageRank = (level: TriageLevel): number => TRIAGE_RANK.get(level) ?? -1;

/** The more urgent of two triage levels: triage only ever escalates. */
export const moreUrgent = (a: TriageLevel, b: TriageLevel): TriageLevel =>
  triageRank(a) >= triageRank(b) ? a : b;

/** Stages of the management plan. */
export const PLAN_STAGES = [
  'emergency-referral',
  'urgent-evaluation',
  'conservative',
  'interventional',
  'surgical-consultation',
] as const;
export type PlanStage = (typeof PLAN_STAGES)[number];

/** Alert severities for medication checks. */
export const ALERT_SEVERITIES = ['critical', 'warning', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];
