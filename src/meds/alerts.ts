/**
 * The alert vocabulary of the medication checker (CONTRACTS.md, `foramen meds`): codes in one `as const`
 * table, and the alert shape every rule returns. Severities (`critical` must change, `warning` needs review,
 * `info` is for awareness) are the shared ALERT_SEVERITIES of src/vocab.
 */

import type { AlertSeverity } from '../vocab/index.js';

/** Higher is more severe; used to sort alerts and to keep the worst of overlapping ones. */
export const SEVERITY_RANK: Readonly<Record<AlertSeverity, number>> = {
  critical: 3,
  warning: 2,
  info: 1,
};

/** Every alert code with what it means. The first eight are the contract's; the rest add detail. */
export const ALERT_CODES = {
  'max-daily-dose':
    'The daily total (all products added up) is above the labelled maximum (critical) or above the usual range or a narrower labelled limit (warning or info).',
  'duplicate-class':
    'Two or more products of the same class, or one medicine hidden in several products.',
  interaction:
    'A combination with a documented interaction (serotonin syndrome, breathing, bleeding, kidney injury, raised levels).',
  renal: 'A caution or dose limit for reduced kidney function.',
  hepatic: 'A caution or dose limit for liver disease or heavy alcohol use.',
  age: 'A caution or dose limit for age (AGS Beers 2023 at 65 or over; age-specific label limits; children).',
  pregnancy: 'A caution for pregnancy.',
  'unknown-drug': 'A name Foramen could not tie to one medicine, so nothing was checked for it.',
  'max-single-dose': 'One dose is above the usual or labelled single dose.',
  lactation: 'A caution for breastfeeding.',
  'drug-disease':
    'A caution for another condition the patient has (heart failure, ulcer, epilepsy, falls, lung disease...).',
  duration: 'The planned duration is longer than the label allows.',
  'opioid-dose': 'The total opioid dose in morphine milligram equivalents (MME) per day.',
  'incomplete-dose':
    'The daily amount could not be worked out, so a maximum could not be fully checked.',
} as const;

/** An alert code. */
export type AlertCode = keyof typeof ALERT_CODES;
export const ALERT_CODE_LIST = Object.keys(ALERT_CODES) as AlertCode[];

/** One alert (CONTRACTS: severity, code, drugs, text, source; `sources` and `rule` are additions). */
export interface MedsAlert {
  readonly severity: AlertSeverity;
  readonly code: AlertCode;
  /** Generic names of the drugs concerned (input text for an unknown drug). */
  readonly drugs: readonly string[];
  /** Plain explanation in Foramen's words. */
  readonly text: string;
  /** Citation ids, comma-separated (every id exists in the KB). */
  readonly source: string;
  readonly sources: readonly string[];
  /** The rule row that raised it, for tracing. */
  readonly rule: string;
}

/**
 * Builds an alert, joining and de-duplicating its sources.
 * @param fields - the alert without the joined `source`
 */
export function makeAlert(
  fields: Omit<MedsAlert, 'source' | 'sources'> & { sources: readonly string[] },
): MedsAlert {
  const sources = [...new Set(fields.sources)];
  return {
    severity: fields.severity,
    code: fields.code,
    drugs: fields.drugs,
    text: fields.text,
    source: sources.join(', '),
    sources,
    rule: fields.rule,
  };
}

// Kebab-case ids and comma-joined lists of them, in the order ICU's root collation (localeCompare) gives
// their characters: hyphen, comma, digits, letters.
const ID_CHARACTER_ORDER = '-,0123456789abcdefghijklmnopqrstuvwxyz';
const ID_TEXT = /^[a-z0-9,-]*$/;

/**
 * Compares two texts as `a.localeCompare(b)` does (same sign). Drug and rule ids are compared without
 * ICU, whose collator took about 20 ms to start on a `foramen meds` run; any other text goes to ICU.
 * @param a - a text
 * @param b - another
 */
export function compareIdText(a: string, b: string): number {
  if (!ID_TEXT.test(a) || !ID_TEXT.test(b)) return a.localeCompare(b);
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    if (a[i] !== b[i]) {
      return (
        ID_CHARACTER_ORDER.indexOf(a[i] as string) - ID_CHARACTER_ORDER.indexOf(b[i] as string)
      );
    }
  }
  return a.length - b.length;
}

/** Sorts alerts most severe first, then by code order and drug, so output is stable. */
export function sortAlerts(alerts: readonly MedsAlert[]): MedsAlert[] {
  return [...alerts].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      ALERT_CODE_LIST.indexOf(a.code) - ALERT_CODE_LIST.indexOf(b.code) ||
      compareIdText(a.drugs.join(','), b.drugs.join(',')) ||
      compareIdText(a.rule, b.rule),
  );
}
