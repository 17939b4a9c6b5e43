/** Patients and check contexts shared by the medication tests. */
import { getKb } from '../../src/kb/index.js';
import { makeCheckContext } from '../../src/meds/check-context.js';
import type { CheckContext } from '../../src/meds/check-context.js';
import { MedsInputSchema } from '../../src/meds/input.js';
import type { MedsAlert } from '../../src/meds/alerts.js';
import type { AlertSeverity } from '../../src/vocab/index.js';

/** What the rule checkers see for a regimen (`{ patient, drugs }`), read against the shipped KB. */
export const contextFor = (input: unknown): CheckContext =>
  makeCheckContext(MedsInputSchema.parse(input), getKb());

/** Comorbidities that each bring at least one medication caution (kidney, heart, liver, gut, bleeding, alcohol, seizures, sugar). */
export const CAUTION_COMORBIDITIES = [
  'ckd',
  'heart-failure',
  'liver-disease',
  'peptic-ulcer',
  'anticoagulated',
  'alcohol-use',
  'epilepsy',
  'diabetes',
] as const;

/**
 * Whether a check raised an alert of this severity and code (and, when given, one that also passes
 * `also`).
 * @param result - the check's result
 * @param severity - the alert's severity
 * @param code - the alert's code
 * @param also - a further condition on the alert (its drugs, text or sources)
 */
export const hasAlert = (
  result: { readonly alerts: readonly MedsAlert[] },
  severity: AlertSeverity,
  code: MedsAlert['code'],
  also: (alert: MedsAlert) => boolean = () => true,
): boolean => result.alerts.some((a) => a.severity === severity && a.code === code && also(a));
