/**
 * Dose arithmetic against the limits of limits.ts: each drug's largest single dose and its total a day
 * (a week, a year) across every product that holds it, compared with its labelled maximum, usual range,
 * review threshold, indication ceiling and patient-specific maxima; and the total opioid dose in morphine
 * milligram equivalents. Decisions return message keys; wording.ts writes the English.
 */
import type { DrugEntry } from '../kb/index.js';
import type { AlertSeverity } from '../vocab/index.js';
import { SEVERITY_RANK, makeAlert } from './alerts.js';
import type { MedsAlert } from './alerts.js';
import { drugEntry, linesOf, memberIds, useOf } from './check-context.js';
import type { CheckContext } from './check-context.js';
import { MME_FACTORS, MME_THRESHOLD, TABLET_MAXIMA } from './limit-rules.js';
import { limitsFor, weightBasedLimit } from './limits.js';
import type { DoseLimit } from './limits.js';
import { holds } from './patient.js';
import type { Condition } from './patient.js';
import { genericName } from './recognise.js';
import type { DrugTotal, LimitUnit, ResolvedLine } from './regimen.js';
import { DAYS_PER, exceeds, isAtMost, roundMme } from './tolerances.js';
import { word } from './wording.js';
import type { MedsMessage, Quantity, TotalParams } from './wording.js';

/** How an amount in the limit unit is shown: g for gels, mcg for vitamin B12, otherwise the limit unit. */
export interface DisplayUnit {
  readonly unit: string;
  /** Multiply an amount in the limit unit by this to get the shown amount. */
  readonly factor: number;
}

/** Micrograms and grams in a milligram, for showing an mg amount in the unit its label uses. */
const MCG_PER_MG = 1000;
const G_PER_MG = 1 / 1000;

/**
 * The display unit of a drug's limit: g for gels, mcg for vitamin B12, otherwise the limit unit.
 * @param entry - the drug entry (undefined for an unknown drug)
 * @param unit - the unit the amounts are computed in
 */
export function displayUnit(entry: DrugEntry | undefined, unit: LimitUnit): DisplayUnit {
  if (unit === 'mg' && entry?.maxDaily.unit === 'g') return { unit: 'g', factor: G_PER_MG };
  if (unit === 'mg' && entry?.maxDaily.unit === 'mcg') return { unit: 'mcg', factor: MCG_PER_MG };
  return { unit, factor: 1 };
}

/**
 * A condition about the patient (kidney, age, weight, liver), as opposed to a population or a use: a
 * limit under it is worth a note even when the dose is within it.
 */
export function isPatientFact(condition: Condition): boolean {
  switch (condition.kind) {
    case 'kidney':
    case 'dialysis':
    case 'age-at-least':
    case 'age-above':
    case 'age-below':
    case 'weight-below':
    case 'comorbidity':
    case 'comorbidity-word':
    case 'kidney-unknown':
    case 'pregnant':
    case 'breastfeeding':
      return true;
    case 'any':
    case 'all':
      return condition.of.some(isPatientFact);
    case 'always':
    case 'duration-above':
    case 'route':
    case 'not':
      return false;
  }
}

/**
 * The mg ceiling of a label that counts tablets, for the strengths taken: the band of each strength gives
 * its tablet count (strengths above every band take the smallest count), and the strictest product wins.
 * @param bands - tablets allowed up to each mg per tablet
 * @param strengthsMg - the mg per tablet of each line
 */
export function tabletCeilingMg(
  bands: readonly { readonly upToMgPerTablet: number; readonly tablets: number }[],
  strengthsMg: readonly number[],
): number {
  const fewest = Math.min(...bands.map((b) => b.tablets));
  return Math.min(
    ...strengthsMg.map(
      (mg) => (bands.find((b) => isAtMost(mg, b.upToMgPerTablet))?.tablets ?? fewest) * mg,
    ),
  );
}

/** One drug's limits, with a tablet-counted label recomputed for the strengths taken. */
function applicableLimits(
  entry: DrugEntry,
  lines: readonly ResolvedLine[],
  ctx: CheckContext,
): DoseLimit[] {
  const limits = [...limitsFor(entry, ctx.kb)];
  const perKg = weightBasedLimit(entry, ctx.patient);
  if (perKg) limits.push(perKg);
  const tablets = TABLET_MAXIMA[entry.id];
  const strengths = lines.map((l) => l.primaryMgPerUnit);
  if (tablets && strengths.length > 0 && strengths.every((x): x is number => x !== undefined)) {
    // The label counts tablets, and the count depends on the strength: recompute the mg ceiling for the strengths taken.
    const ceiling = tabletCeilingMg(tablets.bands, strengths);
    for (const [i, limit] of limits.entries()) {
      if (limit.kind === 'label') {
        limits[i] = { ...limit, amount: ceiling, sources: [...limit.sources, ...tablets.sources] };
      }
      if (limit.kind === 'usual-range') limits[i] = { ...limit, labelAmount: ceiling };
    }
  }
  return limits;
}

/**
 * What a total above a limit means, by the kind of limit: the label maximum, a review level where the
 * label sets none, the usual range below the label maximum, or a maximum for some patients.
 */
function aboveLimitMessage(
  limit: DoseLimit,
  total: TotalParams,
  show: (amount: number) => Quantity,
  ctx: CheckContext,
): MedsMessage {
  const limitShown = show(limit.amount);
  switch (limit.kind) {
    case 'label':
    case 'label-single-dose':
    case 'usual-single-dose':
      return { key: 'total-above-label', total, limit: limitShown };
    case 'review':
      return { key: 'total-above-review', total, limit: limitShown };
    case 'usual-range':
      return {
        key: 'total-above-usual-range',
        total,
        usualMin: show(limit.usualMin ?? 0),
        limit: limitShown,
        labelMaximum: show(limit.labelAmount ?? limit.amount),
      };
    case 'special':
    case 'weight-based':
      return limit.context
        ? {
            key: 'total-above-population-limit',
            total,
            limit: limitShown,
            population: limit.population,
          }
        : {
            key: 'total-above-patient-limit',
            total,
            limit: limitShown,
            population: limit.population,
            fact: { when: limit.when, patient: ctx.patient },
          };
  }
}

/** A limit alert with what is needed to keep the strongest per code and drug. */
export interface LimitAlert {
  readonly alert: MedsAlert;
  readonly drugId: string;
  /** The limit's amount: of two alerts of one severity, the stricter limit is kept. */
  readonly amount: number;
}

/**
 * Compares one drug's totals and doses with its limits.
 * @param total - the drug's total across the regimen
 * @param ctx - the check context
 */
export function checkLimits(total: DrugTotal, ctx: CheckContext): LimitAlert[] {
  const entry = drugEntry(ctx.kb, total.drugId);
  if (!entry) return [];
  const lines = linesOf(total, ctx);
  const use = useOf(lines);
  const shown = displayUnit(entry, total.unit);
  const show = (amount: number): Quantity => ({
    amount: amount * shown.factor,
    unit: shown.unit,
  });
  const products = lines.map((l) => l.name);
  const drugs = [genericName(entry), ...products.filter((p) => p !== genericName(entry))];
  const ofThisDrug = (l: ResolvedLine) =>
    l.components.filter((c) => c.drugId === total.drugId && c.unit === total.unit);
  const parts = lines.map((l) => {
    const c = ofThisDrug(l)[0];
    return {
      drug: l.entry?.id ?? l.name,
      amount: c?.perDay === undefined ? undefined : show(c.perDay),
    };
  });
  const known = lines.some((l) =>
    l.components.some((c) => c.drugId === total.drugId && c.perDay !== undefined),
  );
  const out: LimitAlert[] = [];
  for (const limit of applicableLimits(entry, lines, ctx)) {
    if (limit.unit !== total.unit) continue;
    if (!holds(limit.when, ctx.patient, use)) continue;
    const emit = (severity: AlertSeverity, message: MedsMessage): void => {
      out.push({
        alert: makeAlert({
          severity,
          code: limit.code,
          drugs,
          text: word(message),
          sources: limit.sources,
          rule: limit.id,
        }),
        drugId: entry.id,
        amount: limit.amount,
      });
    };
    if (limit.per === 'dose') {
      const doses = lines.flatMap((l) =>
        ofThisDrug(l)
          .filter((c) => c.perDose !== undefined)
          .map((c) => c.perDose ?? 0),
      );
      const largest = doses.length > 0 ? Math.max(...doses) : undefined;
      if (largest === undefined || !exceeds(largest, limit.amount)) continue;
      const usual = limit.kind === 'usual-single-dose';
      emit(usual ? 'warning' : limit.severity, {
        key: usual ? 'dose-above-usual-single-dose' : 'dose-above-label-single-dose',
        drugId: entry.id,
        dose: show(largest),
        limit: show(limit.amount),
      });
      continue;
    }
    const amount = total.perDay * DAYS_PER[limit.per];
    const totalParams: TotalParams = {
      drugId: entry.id,
      amount: show(amount),
      complete: total.complete,
      per: limit.per,
      parts,
    };
    if (known && exceeds(amount, limit.amount)) {
      emit(limit.severity, aboveLimitMessage(limit, totalParams, show, ctx));
    } else if (limit.kind === 'special' && !limit.context && isPatientFact(limit.when)) {
      // A patient-specific limit that applies is worth knowing even when the dose is within it.
      const fact = { when: limit.when, patient: ctx.patient };
      emit(
        'info',
        known
          ? {
              key: 'total-within-patient-limit',
              total: totalParams,
              limit: show(limit.amount),
              population: limit.population,
              fact,
            }
          : {
              key: 'patient-limit-unchecked',
              drugId: entry.id,
              per: limit.per,
              limit: show(limit.amount),
              population: limit.population,
              fact,
            },
      );
    }
  }
  return out;
}

/**
 * Keeps, for each code and drug, the most severe limit alert (then the strictest limit).
 * @param alerts - every limit alert of the regimen
 */
export function strongestPerCodeAndDrug(alerts: readonly LimitAlert[]): MedsAlert[] {
  const best = new Map<string, LimitAlert>();
  for (const a of alerts) {
    const key = `${a.alert.code}|${a.drugId}`;
    const current = best.get(key);
    if (
      !current ||
      SEVERITY_RANK[a.alert.severity] > SEVERITY_RANK[current.alert.severity] ||
      (a.alert.severity === current.alert.severity && a.amount < current.amount)
    ) {
      best.set(key, a);
    }
  }
  return [...best.values()].map((a) => a.alert);
}

/**
 * Total opioid dose in MME a day (null without an opioid), and the alert at or above the CDC review level.
 * @param ctx - the check context
 */
export function checkOpioidDose(ctx: CheckContext): { mme: number | null; alerts: MedsAlert[] } {
  let mme = 0;
  let complete = true;
  const parts: { drugId: string; mgPerDay: number; factor: number }[] = [];
  const drugs: string[] = [];
  for (const total of ctx.totals) {
    const factor = MME_FACTORS[total.drugId];
    if (factor === undefined || total.unit !== 'mg') continue;
    mme += total.perDay * factor;
    complete &&= total.complete;
    parts.push({ drugId: total.drugId, mgPerDay: total.perDay, factor });
    drugs.push(genericName({ id: total.drugId }), ...linesOf(total, ctx).map((l) => l.name));
  }
  const hasOpioid = ctx.lines.some((l) => memberIds(l, 'opioid', ctx).length > 0);
  if (!hasOpioid) return { mme: null, alerts: [] };
  const rounded = roundMme(mme);
  if (rounded < MME_THRESHOLD.review) return { mme: rounded, alerts: [] };
  return {
    mme: rounded,
    alerts: [
      makeAlert({
        severity: 'warning',
        code: 'opioid-dose',
        drugs: [...new Set(drugs)],
        text: word({ key: 'opioid-total', mme: rounded, complete, parts }),
        sources: MME_THRESHOLD.sources,
        rule: 'opioid-mme-50',
      }),
    ],
  };
}
