/**
 * Red-flag triage: the most urgent level demanded by any rule in TRIAGE_RULES, with every reason that
 * applied. Monotone by construction: each rule only ever adds a reason, and the level is their maximum.
 * {@link https://www.nice.org.uk/guidance/ng59 | NICE NG59}
 */
import { triageRank } from '../vocab/index.js';
import type { Concern, TriageLevel } from '../vocab/index.js';
import { TRIAGE_RULES } from './rules.js';
import type { TriageCode } from './rules.js';
import { TRIAGE_MESSAGES } from './messages.js';
import type { PresentationFacts } from './facts.js';

/** One reason behind a triage level, with its concern and source. */
export interface TriageReason {
  readonly code: TriageCode;
  /** The level this reason on its own asks for. */
  readonly level: TriageLevel;
  /** What the reason is worried about; rules downstream decide on this, never on the code's spelling. */
  readonly concern: Concern;
  readonly text: string;
  /** The main citation id; `sources` lists all. */
  readonly source: string;
  readonly sources: readonly string[];
}

export interface Triage {
  readonly level: TriageLevel;
  readonly reasons: readonly TriageReason[];
}

/** Whether any reason has this concern (optionally at or above a level). */
export function hasConcern(triage: Triage, concern: Concern, atLeast?: TriageLevel): boolean {
  return triage.reasons.some(
    (r) =>
      r.concern === concern &&
      (atLeast === undefined || triageRank(r.level) >= triageRank(atLeast)),
  );
}

/** The most urgent level among reasons with this concern ('routine' when none). */
export function concernLevel(triage: Triage, concern: Concern): TriageLevel {
  let level: TriageLevel = 'routine';
  for (const r of triage.reasons) {
    if (r.concern === concern && triageRank(r.level) > triageRank(level)) level = r.level;
  }
  return level;
}

/** Whether a reason with this exact code applied. */
export function hasReason(triage: Triage, code: TriageCode): boolean {
  return triage.reasons.some((r) => r.code === code);
}

/**
 * Triages a presentation from its derived facts.
 * @param facts - from `derivePresentationFacts`
 * @returns the level and the reasons, most urgent first
 */
export function triageRedFlags(facts: PresentationFacts): Triage {
  const reasons: TriageReason[] = [];
  let level: TriageLevel = 'routine';
  for (const rule of TRIAGE_RULES) {
    if (!rule.applies(facts)) continue;
    reasons.push({
      code: rule.code,
      level: rule.level,
      concern: rule.concern,
      text: TRIAGE_MESSAGES[rule.code](facts),
      source: rule.sources[0],
      sources: rule.sources,
    });
    if (triageRank(rule.level) > triageRank(level)) level = rule.level;
  }
  if (level === 'routine') {
    reasons.push({
      code: 'no-red-flags',
      level: 'routine',
      concern: 'other',
      source: 'nice-ng59',
      sources: ['nice-ng59', 'acr-2021-low-back-pain'],
      text: TRIAGE_MESSAGES['no-red-flags'](facts),
    });
  }
  // Most urgent first; rules keep their table order within a level.
  reasons.sort((a, b) => triageRank(b.level) - triageRank(a.level));
  return { level, reasons };
}
