/**
 * Dose limits for one drug, gathered from its KB entry (labelled maximum, usual range and single dose,
 * special maxima) and from limit-rules.ts (review thresholds, extra and weight-based limits), then compared
 * with the regimen's totals. A limit above which the dose goes raises an alert whose code follows the
 * population: `renal` for a kidney band, `age` for an age limit, `hepatic` for liver disease, otherwise
 * `max-daily-dose`.
 */
import type { Kb } from '../kb/index.js';
import type { DrugEntry } from '../kb/index.js';
import type { AlertCode } from './alerts.js';
import type { AlertSeverity } from '../vocab/index.js';
import {
  EXTRA_LIMITS,
  REVIEW_THRESHOLDS,
  SPECIAL_MAXIMUM_READINGS,
  WEIGHT_BASED_LIMITS,
  readPopulation,
} from './limit-rules.js';
import { indicationCeiling } from './indication-limits.js';
import type { Condition, PatientContext } from './patient.js';
import { toLimitUnit } from './regimen.js';
import type { LimitUnit } from './regimen.js';

/** What a limit is, which decides the wording and severity of its alert. */
export type LimitKind =
  | 'label'
  | 'review'
  | 'usual-range'
  | 'usual-single-dose'
  | 'label-single-dose'
  | 'special'
  | 'weight-based';

/** The period a limit counts over. */
export type LimitPer = 'day' | 'dose' | 'week' | 'year';

/** One dose limit for one drug. */
export interface DoseLimit {
  readonly id: string;
  readonly drugId: string;
  readonly kind: LimitKind;
  readonly amount: number;
  readonly unit: LimitUnit;
  readonly per: LimitPer;
  readonly code: AlertCode;
  /** Severity of the alert when the dose is above the limit. */
  readonly severity: AlertSeverity;
  /** Who the limit is for (special limits), e.g. "creatinine clearance 15–29 mL/min". */
  readonly population?: string;
  /** The patient condition under which the limit applies. */
  readonly when: Condition;
  /** A population rather than a patient fact (OTC use, one indication): no "within the limit" notes. */
  readonly context: boolean;
  /** For `usual-range`: the bottom of the range, for the text. */
  readonly usualMin?: number;
  /** For `usual-range`: the labelled maximum the dose is still within. */
  readonly labelAmount?: number;
  readonly sources: readonly string[];
}

const always: Condition = { kind: 'always' };

const cache = new WeakMap<Kb, Map<string, readonly DoseLimit[]>>();

/** The readings for a KB special maximum: the table row when there is one, else the text read by pattern. */
export function readingsFor(
  drugId: string,
  population: string,
): readonly { when: Condition; code: AlertCode; severity: AlertSeverity; context?: boolean }[] {
  return SPECIAL_MAXIMUM_READINGS[`${drugId}|${population}`] ?? readPopulation(population);
}

/**
 * Every dose limit for one drug entry.
 * @param entry - the KB drug entry
 * @param kb - the knowledge base (limits are cached per KB)
 */
export function limitsFor(entry: DrugEntry, kb: Kb): readonly DoseLimit[] {
  let byId = cache.get(kb);
  if (!byId) {
    byId = new Map();
    cache.set(kb, byId);
  }
  const hit = byId.get(entry.id);
  if (hit) return hit;
  const limits = buildLimits(entry);
  byId.set(entry.id, limits);
  return limits;
}

function perOf(per: DrugEntry['maxDaily']['per']): LimitPer {
  switch (per) {
    case undefined:
    case 'day':
      return 'day';
    case 'dose':
    case 'injection':
      return 'dose';
    case 'week':
      return 'week';
    case 'year':
      return 'year';
  }
}

function buildLimits(entry: DrugEntry): DoseLimit[] {
  const out: DoseLimit[] = [];
  const review = REVIEW_THRESHOLDS[entry.id];
  const max = entry.maxDaily;
  const { unit, factor } = toLimitUnit(max.unit);
  const maxAmount = max.amount * factor;
  const maxPer = perOf(max.per);
  if (review !== 'unchecked' && review !== 'mme') {
    out.push({
      id: `${entry.id}-max`,
      drugId: entry.id,
      kind: review === 'warn' ? 'review' : maxPer === 'dose' ? 'label-single-dose' : 'label',
      amount: maxAmount,
      unit,
      per: maxPer,
      code: maxPer === 'dose' ? 'max-single-dose' : 'max-daily-dose',
      severity: review === 'warn' ? 'warning' : 'critical',
      when: always,
      context: true,
      sources: max.sources,
    });
  }
  const isMassDaily = unit === 'mg' && maxPer === 'day';
  // The usual ceiling for pain, when the label maximum belongs to another indication; it replaces the
  // usual-range warning, so the alert says which limit it means.
  const painRow = indicationCeiling(entry.id, 'pain');
  const pain =
    painRow && !painRow.selfCare && painRow.usualMaxMg < maxAmount && isMassDaily
      ? painRow
      : undefined;
  if (
    (pain === undefined || (entry.usualDailyMg?.max ?? 0) < pain.usualMaxMg) &&
    review === undefined &&
    entry.usualDailyMg &&
    isMassDaily &&
    entry.usualDailyMg.max < maxAmount
  ) {
    out.push({
      id: `${entry.id}-usual-range`,
      drugId: entry.id,
      kind: 'usual-range',
      amount: entry.usualDailyMg.max,
      unit: 'mg',
      per: 'day',
      code: 'max-daily-dose',
      severity: 'warning',
      when: always,
      context: true,
      usualMin: entry.usualDailyMg.min,
      labelAmount: maxAmount,
      sources: max.sources,
    });
  }
  if (
    review !== 'unchecked' &&
    entry.perDoseMg &&
    unit === 'mg' &&
    entry.route !== 'topical' &&
    entry.route !== 'transdermal'
  ) {
    out.push({
      id: `${entry.id}-usual-single-dose`,
      drugId: entry.id,
      kind: 'usual-single-dose',
      amount: entry.perDoseMg.max,
      unit: 'mg',
      per: 'dose',
      code: 'max-single-dose',
      severity: 'warning',
      when: always,
      context: true,
      sources: max.sources,
    });
  }
  for (const [i, special] of (entry.specialMaxima ?? []).entries()) {
    const converted = toLimitUnit(special.unit);
    for (const [j, reading] of readingsFor(entry.id, special.population).entries()) {
      out.push({
        id: `${entry.id}-special-${String(i)}-${String(j)}`,
        drugId: entry.id,
        kind: 'special',
        amount: special.amount * converted.factor,
        unit: converted.unit,
        per: perOf(special.per),
        code: reading.code,
        severity: reading.severity,
        population: special.population,
        when: reading.when,
        context: reading.context === true,
        sources: special.sources,
      });
    }
  }
  if (pain) {
    out.push({
      id: `${entry.id}-pain-ceiling`,
      drugId: entry.id,
      kind: 'special',
      amount: pain.usualMaxMg,
      unit: 'mg',
      per: 'day',
      code: 'max-daily-dose',
      severity: 'warning',
      population: `pain (usual ceiling for this indication; the label maximum${pain.labelFor === undefined ? '' : ` is for ${pain.labelFor}`})`,
      when: always,
      context: true,
      sources: pain.sources,
    });
  }
  for (const extra of EXTRA_LIMITS.filter((x) => x.drug === entry.id)) {
    out.push({
      id: extra.id,
      drugId: entry.id,
      kind: 'special',
      amount: extra.amountMg,
      unit: 'mg',
      per: extra.per,
      code: extra.code,
      severity: extra.severity,
      population: extra.population,
      when: extra.when,
      context: false,
      sources: extra.sources,
    });
  }
  return out;
}

/**
 * The weight-based limit for a drug when the patient's weight is known (valproate 60 mg/kg/day).
 * @param entry - the drug entry
 * @param patient - the patient context
 */
export function weightBasedLimit(entry: DrugEntry, patient: PatientContext): DoseLimit | undefined {
  const rule = WEIGHT_BASED_LIMITS.find((w) => w.drug === entry.id);
  if (!rule || patient.weightKg === undefined) return undefined;
  return {
    id: `${entry.id}-per-kg`,
    drugId: entry.id,
    kind: 'weight-based',
    amount: rule.mgPerKgPerDay * patient.weightKg,
    unit: 'mg',
    per: 'day',
    code: 'max-daily-dose',
    severity: 'critical',
    population: `${String(rule.mgPerKgPerDay)} mg/kg a day at ${String(patient.weightKg)} kg`,
    when: always,
    context: false,
    sources: rule.sources,
  };
}
