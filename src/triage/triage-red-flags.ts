/**
 * Red-flag triage: the most urgent level demanded by any rule in TRIAGE_RULES, with every reason that
 * applied. Monotone by construction: each rule only ever adds a reason, and the level is their maximum.
 * {@link https://www.nice.org.uk/guidance/ng59 | NICE NG59}
 */
import { triageRank } from '../vocab/index.js';
import type { TriageLevel } from '../vocab/index.js';
import { TRIAGE_RULES } from './rules.js';
import type { PresentationFacts } from './facts.js';

/** One reason behind a triage level, with its source. */
export interface TriageReason {
  readonly code: string;
  /** The level this reason on its own asks for. */
  readonly level: TriageLevel;
  readonly text: string;
  /** The main citation id; `sources` lists all. */
  readonly source: string;
  readonly sources: readonly string[];
}

export interface Triage {
  readonly level: TriageLevel;
  readonly reasons: readonly TriageReason[];
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
      text: rule.text(facts),
      source: rule.sources[0],
      sources: rule.sources,
    });
    if (triageRank(rule.level) > triageRank(level)) level = rule.level;
  }
  if (level === 'routine') {
    reasons.push({
      code: 'no-red-flags',
      level: 'routine',
      source: 'nice-ng59',
      sources: ['nice-ng59', 'acr-2021-low-back-pain'],
      text: 'No red flags and no feature that needs early escalation: conservative care first; imaging is not routinely needed.',
    });
  }
  // Most urgent first; rules keep their table order within a level.
  reasons.sort((a, b) => triageRank(b.level) - triageRank(a.level));
  return { level, reasons };
}
