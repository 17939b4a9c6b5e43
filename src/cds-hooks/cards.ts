/**
 * Card building blocks: the indicator for a triage level, the required `source` (naming the guideline
 * and the KB version), stable card ids, and summaries kept under the spec's 140 characters.
 */
import type { Kb } from '../kb/index.js';
import type { TriageLevel } from '../vocab/index.js';
import { FORAMEN_SYSTEMS } from '../fhir/index.js';
import { stableUuid } from '../fhir/index.js';
import type { CardIndicator, CdsSource } from './types.js';

/** The longest card summary: the spec asks for fewer than 140 characters. */
export const MAX_SUMMARY_CHARS = 139;

/**
 * The card indicator for a triage level (STYLE.md §6: emergency → critical, urgent → warning, else info).
 * @param level - a triage level
 */
export function indicatorFor(level: TriageLevel): CardIndicator {
  switch (level) {
    case 'emergency':
      return 'critical';
    case 'urgent':
      return 'warning';
    case 'soon':
    case 'routine':
      return 'info';
  }
}

/**
 * A card source: Foramen with its KB version, the guideline's title, and the guideline's address.
 * @param kb - the knowledge base (for its version and the citation)
 * @param topic - a kebab-case topic code for the card
 * @param citationId - the primary citation behind the card
 */
export function cardSource(kb: Kb, topic: string, citationId?: string): CdsSource {
  const citation = citationId ? kb.citations.get(citationId) : undefined;
  const url = citation?.url && /^https?:\/\//.test(citation.url) ? citation.url : undefined;
  const guideline = citation
    ? `${citation.title.replace(/\s*\(.*\)\s*$/, '')}${citation.year ? ` (${citation.year})` : ''}`
    : undefined;
  return {
    label: `Foramen, KB ${kb.version}${guideline ? `: ${guideline}` : ''}`,
    ...(url ? { url } : {}),
    topic: { system: FORAMEN_SYSTEMS.cdsCard, code: topic, display: topic.replace(/-/g, ' ') },
  };
}

/**
 * A card or suggestion id that is stable for one hook call, so feedback can name it.
 * @param hookInstance - the call's hookInstance
 * @param parts - the service id and the card's code
 */
export const cardUuid = (hookInstance: string, ...parts: readonly string[]): string =>
  stableUuid(hookInstance, ...parts);

/**
 * Keeps a summary under 140 characters, ending with an ellipsis when it had to be cut.
 * @param text - the summary
 */
export function summaryOf(text: string): string {
  return text.length <= MAX_SUMMARY_CHARS
    ? text
    : `${text.slice(0, MAX_SUMMARY_CHARS - 1).trimEnd()}…`;
}

/** Words for a kebab-case code. */
export const words = (code: string): string => code.replace(/-/g, ' ');

/**
 * Text copied from the chart, made inert in a card's Markdown: every character that can start a
 * link, image, emphasis, code, HTML or autolink is backslash-escaped and line breaks become spaces, so a Condition named
 * `[click](https://evil.example)` or `![x](...)` shows as those characters, never a link or image.
 * @param text - text from the EHR
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n]+/g, ' ').replace(/[\\`*_{}[\]()<>#+!|~&:]/g, '\\$&');
}
