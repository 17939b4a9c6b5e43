/**
 * `checkMedications`: a regimen in, safety alerts out (CONTRACTS.md, `foramen meds`). It parses the input,
 * recognises each drug in the KB, works out per-dose and daily amounts (adding up every product that holds
 * the same drug), then applies the rule tables: dose limits, duplicate therapy, interactions, kidney, liver,
 * age, pregnancy and other patient cautions, and the total opioid dose. It never throws on input that
 * passed the schema.
 */
import { parseInput } from '../errors.js';
import { getKb } from '../kb/index.js';
import type { Kb } from '../kb/index.js';
import type { DrugEntry } from '../kb/index.js';
import { DISCLAIMER } from '../vocab/index.js';
import { round3 } from '../vocab/index.js';
import { SEVERITY_RANK, makeAlert, sortAlerts } from './alerts.js';
import type { MedsAlert } from './alerts.js';
import type { AlertSeverity } from '../vocab/index.js';
import { CAUTION_RULES } from './caution-rules.js';
import { DUPLICATE_RULES, INTERACTION_RULES } from './combination-rules.js';
import type { CombinationRule } from './combination-rules.js';
import { entryInGroup } from './groups.js';
import type { GroupId } from './groups.js';
import { MedsInputSchema } from './input.js';
import { MME_FACTORS, MME_THRESHOLD, TABLET_MAXIMA } from './limit-rules.js';
import { limitsFor, weightBasedLimit } from './limits.js';
import type { DoseLimit } from './limits.js';
import { describeKidney, formatNumber, holds, toPatientContext } from './patient.js';
import type { Condition, PatientContext, UseContext } from './patient.js';
import type { MatchKind } from './recognise.js';
import { genericName } from './recognise.js';
import { resolveLine, totalsOf } from './regimen.js';
import type { DrugTotal, LimitUnit, ResolvedLine } from './regimen.js';

/** One checked drug line in the output. */
export interface CheckedDrug {
  /** The name as written. */
  readonly input: string;
  /** Generic name (the KB id without `drug-`), or null when not recognised. */
  readonly drug: string | null;
  readonly id: string | null;
  /** The KB entry's display name. */
  readonly name: string | null;
  readonly match: MatchKind | null;
  /** Daily total of this line in mg (for a combination product, its main component), or null when unknown or not in mg. */
  readonly dailyMg: number | null;
  /** True when `dailyMg` is only a lower bound (frequency missing or "as needed" without a count). */
  readonly dailyMgIsMinimum: boolean;
  /** Amount per dose and per day in the unit of the drug's limit (mg, g of gel, patches, applications). */
  readonly perDose: { readonly amount: number; readonly unit: string } | null;
  readonly daily: { readonly amount: number; readonly unit: string } | null;
  readonly timesPerDay: number | null;
  readonly asNeeded: boolean;
  /** For combination products: the daily mg of each ingredient. */
  readonly ingredients: readonly { readonly drug: string; readonly dailyMg: number | null }[];
  /** What could not be worked out or was assumed. */
  readonly notes: readonly string[];
  /** For an unknown drug: near names. */
  readonly suggestions: readonly string[];
}

/** The total of one drug across the regimen. */
export interface DrugTotalResult {
  readonly drug: string;
  readonly amount: number;
  readonly unit: string;
  readonly complete: boolean;
  /** The lines (input names) that deliver it. */
  readonly from: readonly string[];
}

/** The checker's output (CONTRACTS: drugs, alerts; the rest are additions). */
export interface MedsCheckResult {
  readonly drugs: readonly CheckedDrug[];
  readonly alerts: readonly MedsAlert[];
  readonly totals: readonly DrugTotalResult[];
  /** Total opioid dose in morphine milligram equivalents a day (CDC 2022 factors), or null without opioids. */
  readonly mmePerDay: number | null;
  /** Comorbidities no rule uses. */
  readonly unrecognisedComorbidities: readonly string[];
  readonly kbVersion: string;
  readonly disclaimer: string;
}

/**
 * Floating-point slack when a computed amount is compared with a limit: 400 mg × 3 must equal 1200 mg,
 * not exceed it by a rounding error.
 */
const LIMIT_TOLERANCE = 1e-9;

/** The display unit of a drug's limit: g for gels, mcg for vitamin B12, otherwise the limit unit. */
function displayUnit(
  entry: DrugEntry | undefined,
  unit: LimitUnit,
): { unit: string; factor: number } {
  if (unit === 'mg' && entry?.maxDaily.unit === 'g') return { unit: 'g', factor: 1 / 1000 };
  if (unit === 'mg' && entry?.maxDaily.unit === 'mcg') return { unit: 'mcg', factor: 1000 };
  return { unit: unit === 'patch' ? 'patch' : unit, factor: 1 };
}

/** "3 patches", "4,000 mg", "16 g", "2 applications". */
function quantity(amount: number, unit: string): string {
  const n = formatNumber(amount);
  if (unit === 'patch') return `${n} ${amount === 1 ? 'patch' : 'patches'}`;
  if (unit === 'application') return `${n} ${amount === 1 ? 'application' : 'applications'}`;
  return `${n} ${unit}`;
}

/** A generic name for text: `hydrocodone-acetaminophen` → `hydrocodone/acetaminophen`. */
const textName = (id: string): string => {
  const name = genericName({ id });
  const parts = name.split('-');
  return parts.length === 2 && !['gel', 'patch', 'cream', 'epidural'].includes(parts[1] ?? '')
    ? parts.join('/')
    : name.replace(/-/g, ' ');
};

/** Joins names as "a", "a and b", "a, b and c". */
function listNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1] ?? ''}`;
}

const capitalise = (text: string): string =>
  text.length > 0 ? `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}` : text;

const periodWord = (per: DoseLimit['per']): string =>
  per === 'week' ? 'a week' : per === 'year' ? 'a year' : 'a day';

/** Everything the rules need about the regimen. */
interface Context {
  readonly kb: Kb;
  readonly patient: PatientContext;
  readonly lines: readonly ResolvedLine[];
  readonly totals: readonly DrugTotal[];
  readonly totalMg: (drugId: string) => number | undefined;
  /** Group membership per line and group, worked out once per check. */
  readonly memberCache: Map<string, string[]>;
}

function drugEntry(kb: Kb, id: string): DrugEntry | undefined {
  const entry = kb.byId.get(id);
  return entry?.category === 'drug' ? entry : undefined;
}

/** Every active drug id a line delivers (its own id and its ingredients'). */
function activeIds(line: ResolvedLine): Set<string> {
  const ids = new Set<string>(line.components.map((c) => c.drugId));
  if (line.entry) ids.add(line.entry.id);
  for (const i of line.entry?.ingredients ?? []) ids.add(i.drug);
  return ids;
}

/**
 * The ids through which a line belongs to a group: its ingredients that belong, or the product itself when no
 * ingredient does (so tramadol/acetaminophen counts as tramadol, hydrocodone/acetaminophen as itself).
 */
function memberIds(line: ResolvedLine, group: GroupId, ctx: Context): string[] {
  const key = `${String(line.index)}|${group}`;
  const known = ctx.memberCache.get(key);
  if (known) return known;
  const ids = computeMemberIds(line, group, ctx);
  ctx.memberCache.set(key, ids);
  return ids;
}

function computeMemberIds(line: ResolvedLine, group: GroupId, ctx: Context): string[] {
  const entry = line.entry;
  if (!entry) return [];
  const viaIngredients = (entry.ingredients ?? [])
    .map((i) => drugEntry(ctx.kb, i.drug))
    .filter((e): e is DrugEntry => e !== undefined && entryInGroup(e, group, ctx.totalMg(e.id)))
    .map((e) => e.id);
  if (viaIngredients.length > 0) return viaIngredients;
  return entryInGroup(entry, group, ctx.totalMg(entry.id)) ? [entry.id] : [];
}

function useOf(lines: readonly ResolvedLine[]): UseContext {
  const durations = lines
    .map((l) => l.input.durationDays)
    .filter((d): d is number => d !== undefined);
  return {
    durationDays: durations.length > 0 ? Math.max(...durations) : undefined,
    route: lines.map((l) => l.input.route).find((r) => r !== undefined),
  };
}

/** Fills `{drugs}`, `{kidney}`, `{age}`, `{weeks}`, `{duration}`, `{a}`, `{b}`, `{c}` in a rule text. */
function render(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string, offset: number) => {
    const value = values[key];
    if (value === undefined) return whole;
    // A name that opens a sentence is capitalised.
    return /(?:^|[.!?]\s+)$/.test(template.slice(0, offset)) ? capitalise(value) : value;
  });
}

function patientValues(patient: PatientContext, use: UseContext): Record<string, string> {
  return {
    kidney: describeKidney(patient),
    age: patient.age === undefined ? 'unknown age' : formatNumber(patient.age),
    weeks:
      patient.pregnancyWeeks === undefined
        ? 'gestational age not given'
        : `${formatNumber(patient.pregnancyWeeks)} weeks`,
    duration:
      use.durationDays === undefined
        ? 'an unstated time'
        : `${formatNumber(use.durationDays)} days`,
  };
}

/** The patient fact behind a limit's condition, for "(this patient: …)". */
function patientFact(condition: Condition, patient: PatientContext): string | undefined {
  switch (condition.kind) {
    case 'kidney':
    case 'dialysis':
      return describeKidney(patient);
    case 'age-at-least':
    case 'age-above':
    case 'age-below':
      return patient.age === undefined ? undefined : `age ${formatNumber(patient.age)}`;
    case 'weight-below':
      return patient.weightKg === undefined ? undefined : `${formatNumber(patient.weightKg)} kg`;
    case 'any':
    case 'all':
      return condition.of
        .map((c) => (holds(c, patient) ? patientFact(c, patient) : undefined))
        .find((f) => f !== undefined);
    case 'always':
    case 'kidney-unknown':
    case 'comorbidity':
    case 'comorbidity-word':
    case 'pregnant':
    case 'breastfeeding':
    case 'duration-above':
    case 'route':
    case 'not':
      return undefined;
  }
}

/** A condition about the patient (kidney, age, weight, liver), as opposed to a population or a use. */
function isPatientFact(condition: Condition): boolean {
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

interface LimitAlert {
  readonly alert: MedsAlert;
  readonly drugId: string;
  readonly amount: number;
}

/** Compares one drug's totals and doses with its limits. */
function checkLimits(total: DrugTotal, ctx: Context): LimitAlert[] {
  const entry = drugEntry(ctx.kb, total.drugId);
  if (!entry) return [];
  const lines = ctx.lines.filter((l) => total.lines.includes(l.index));
  const use = useOf(lines);
  const shown = displayUnit(entry, total.unit);
  const name = textName(entry.id);
  const products = lines.map((l) => l.name);
  const drugs = [genericName(entry), ...products.filter((p) => p !== genericName(entry))];
  const show = (mg: number): string => quantity(mg * shown.factor, shown.unit);
  const breakdown =
    lines.length > 1
      ? ` (${lines
          .map((l) => {
            const c = l.components.find((x) => x.drugId === total.drugId && x.unit === total.unit);
            return `${textName(l.entry?.id ?? l.name)} ${c?.perDay === undefined ? 'unknown' : show(c.perDay)}`;
          })
          .join(' + ')})`
      : '';
  const atLeast = total.complete ? '' : 'at least ';
  const known = lines.some((l) =>
    l.components.some((c) => c.drugId === total.drugId && c.perDay !== undefined),
  );
  const out: LimitAlert[] = [];
  const limits = [...limitsFor(entry, ctx.kb)];
  const perKg = weightBasedLimit(entry, ctx.patient);
  if (perKg) limits.push(perKg);
  const tablets = TABLET_MAXIMA[entry.id];
  const strengths = lines.map((l) => l.primaryMgPerUnit);
  if (tablets && strengths.length > 0 && strengths.every((x): x is number => x !== undefined)) {
    // The label counts tablets, and the count depends on the strength: recompute the mg ceiling for the strengths taken.
    const ceiling = Math.min(
      ...strengths.map(
        (mg) =>
          (tablets.bands.find((b) => mg <= b.upToMgPerTablet + LIMIT_TOLERANCE)?.tablets ??
            Math.min(...tablets.bands.map((b) => b.tablets))) * mg,
      ),
    );
    for (const [i, limit] of limits.entries()) {
      if (limit.kind === 'label') {
        limits[i] = { ...limit, amount: ceiling, sources: [...limit.sources, ...tablets.sources] };
      }
      if (limit.kind === 'usual-range') limits[i] = { ...limit, labelAmount: ceiling };
    }
  }
  for (const limit of limits) {
    if (limit.unit !== total.unit) continue;
    if (!holds(limit.when, ctx.patient, use)) continue;
    const fact = patientFact(limit.when, ctx.patient);
    const factText = fact ? ` (this patient: ${fact})` : '';
    const emit = (severity: AlertSeverity, text: string, amount: number): void => {
      out.push({
        alert: makeAlert({
          severity,
          code: limit.code,
          drugs,
          text,
          sources: limit.sources,
          rule: limit.id,
        }),
        drugId: entry.id,
        amount,
      });
    };
    if (limit.per === 'dose') {
      const doses = lines.flatMap((l) =>
        l.components
          .filter(
            (c) => c.drugId === total.drugId && c.unit === total.unit && c.perDose !== undefined,
          )
          .map((c) => c.perDose ?? 0),
      );
      const largest = doses.length > 0 ? Math.max(...doses) : undefined;
      if (largest === undefined || !(largest > limit.amount + LIMIT_TOLERANCE)) continue;
      const text =
        limit.kind === 'usual-single-dose'
          ? `One dose of ${name} is ${show(largest)}, above the usual single dose of up to ${show(limit.amount)}.`
          : `One dose of ${name} is ${show(largest)}, above the labelled maximum of ${show(limit.amount)} per dose or injection.`;
      emit(limit.kind === 'usual-single-dose' ? 'warning' : limit.severity, text, limit.amount);
      continue;
    }
    const scale = limit.per === 'week' ? 7 : limit.per === 'year' ? 365 : 1;
    const amount = total.perDay * scale;
    const period = periodWord(limit.per);
    const exceeded = known && amount > limit.amount + LIMIT_TOLERANCE;
    if (exceeded) {
      switch (limit.kind) {
        case 'label':
        case 'label-single-dose':
        case 'usual-single-dose':
          emit(
            limit.severity,
            `${capitalise(name)} adds up to ${atLeast}${show(amount)} ${period}${breakdown}, above the labelled maximum of ${show(limit.amount)} ${period}.`,
            limit.amount,
          );
          break;
        case 'review':
          emit(
            limit.severity,
            `${capitalise(name)} adds up to ${atLeast}${show(amount)} ${period}${breakdown}, above ${show(limit.amount)} ${period}. The label sets no fixed maximum; this is the level at which the dose should be reviewed.`,
            limit.amount,
          );
          break;
        case 'usual-range':
          emit(
            limit.severity,
            `${capitalise(name)} adds up to ${atLeast}${show(amount)} ${period}${breakdown}, above the usual range of ${show(limit.usualMin ?? 0)} to ${show(limit.amount)} ${period} but within the labelled maximum of ${show(limit.labelAmount ?? limit.amount)}.`,
            limit.amount,
          );
          break;
        case 'special':
        case 'weight-based':
          emit(
            limit.severity,
            limit.context
              ? `${capitalise(name)} adds up to ${atLeast}${show(amount)} ${period}${breakdown}, above the ${show(limit.amount)} ${period} limit for ${limit.population ?? 'some patients'}.`
              : `${capitalise(name)} adds up to ${atLeast}${show(amount)} ${period}${breakdown}, above the ${show(limit.amount)} ${period} limit for ${limit.population ?? 'this patient'}${factText}.`,
            limit.amount,
          );
          break;
      }
    } else if (limit.kind === 'special' && !limit.context && isPatientFact(limit.when)) {
      // A patient-specific limit that applies is worth knowing even when the dose is within it.
      const text = known
        ? `${capitalise(name)} at ${atLeast}${show(amount)} ${period} is within the ${show(limit.amount)} ${period} limit for ${limit.population ?? 'this patient'}${factText}.`
        : `${capitalise(name)}: the limit for ${limit.population ?? 'this patient'}${factText} is ${show(limit.amount)} ${period}; no dose was given, so it could not be checked.`;
      emit('info', text, limit.amount);
    }
  }
  return out;
}

/** Keeps, for each code and drug, the most severe limit alert (then the strictest limit). */
function strongestPerCodeAndDrug(alerts: readonly LimitAlert[]): MedsAlert[] {
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

/** Duplicate-therapy and interaction rows. */
function checkCombinations(rules: readonly CombinationRule[], ctx: Context): MedsAlert[] {
  const out: MedsAlert[] = [];
  const covered = new Map<string, Set<string>>();
  const pairKey = (a: ResolvedLine, b: ResolvedLine): string =>
    [a.index, b.index].sort((x, y) => x - y).join('|');
  const use = useOf(ctx.lines);
  const values = patientValues(ctx.patient, use);
  for (const rule of rules) {
    const severity = (rule.escalate ?? []).reduce<{ severity: AlertSeverity; because: string }>(
      (acc, e) =>
        holds(e.when, ctx.patient, use) && SEVERITY_RANK[e.severity] > SEVERITY_RANK[acc.severity]
          ? { severity: e.severity, because: ` ${e.because}` }
          : acc,
      { severity: rule.severity, because: '' },
    );
    if (rule.groups.length === 1) {
      const group = rule.groups[0];
      if (!group) continue;
      const members = ctx.lines
        .map((line) => ({
          line,
          ids: memberIds(line, group, ctx).filter((id) => !(rule.exceptDrugs ?? []).includes(id)),
        }))
        .filter((m) => m.ids.length > 0);
      const count = rule.countLines ? members.length : new Set(members.flatMap((m) => m.ids)).size;
      if (count < (rule.min ?? 2)) continue;
      const names = members.map((m) => m.line.name);
      out.push(
        makeAlert({
          severity: severity.severity,
          code: rule.code,
          drugs: [...new Set(names)],
          text:
            render(rule.text, {
              ...values,
              drugs: listNames(names.map((n) => textName(`drug-${n}`))),
            }) + severity.because,
          sources: rule.sources,
          rule: rule.id,
        }),
      );
      continue;
    }
    const topicCovered = covered.get(rule.topic) ?? new Set<string>();
    const candidates = rule.groups.map((g) =>
      ctx.lines.filter((l) => memberIds(l, g, ctx).length > 0),
    );
    const tuples: ResolvedLine[][] = [];
    const extend = (chosen: ResolvedLine[], position: number): void => {
      if (position === candidates.length) {
        tuples.push(chosen);
        return;
      }
      for (const line of candidates[position] ?? []) {
        const ids = activeIds(line);
        const clash = chosen.some(
          (c) => c.index === line.index || [...activeIds(c)].some((id) => ids.has(id)),
        );
        if (!clash) extend([...chosen, line], position + 1);
      }
    };
    extend([], 0);
    // The same set of medicines found in another order (two serotonergic drugs) is one finding.
    const seen = new Set<string>();
    const fresh = tuples.filter((t) => {
      const key = t
        .map((l) => l.index)
        .sort((x, y) => x - y)
        .join('|');
      if (seen.has(key)) return false;
      seen.add(key);
      const pairs = t.flatMap((a, i) => t.slice(i + 1).map((b) => pairKey(a, b)));
      return pairs.some((p) => !topicCovered.has(p));
    });
    if (fresh.length === 0) continue;
    for (const t of fresh) {
      t.forEach((a, i) => t.slice(i + 1).forEach((b) => topicCovered.add(pairKey(a, b))));
    }
    covered.set(rule.topic, topicCovered);
    const byPosition = rule.groups.map((_, i) => [...new Set(fresh.map((t) => t[i]?.name ?? ''))]);
    const overlapping = byPosition.some((names, i) =>
      byPosition.slice(i + 1).some((other) => other.some((n) => names.includes(n))),
    );
    // Disjoint sides read well as one alert ("naproxen with warfarin and apixaban"); overlapping ones are listed pair by pair.
    const batches = overlapping ? fresh.map((t) => [t]) : [fresh];
    for (const batch of batches) {
      const positions = rule.groups.map((_, i) => [...new Set(batch.map((t) => t[i]?.name ?? ''))]);
      const lettered = Object.fromEntries(
        positions.map((names, i) => [
          String.fromCharCode(97 + i),
          listNames(names.map((n) => textName(`drug-${n}`))),
        ]),
      );
      out.push(
        makeAlert({
          severity: severity.severity,
          code: rule.code,
          drugs: [...new Set(batch.flat().map((l) => l.name))],
          text: render(rule.text, { ...values, ...lettered }) + severity.because,
          sources: rule.sources,
          rule: rule.id,
        }),
      );
    }
  }
  return out;
}

/** The same drug on several lines (other than acetaminophen, which has its own row). */
function checkSameDrug(ctx: Context): MedsAlert[] {
  const out: MedsAlert[] = [];
  for (const total of ctx.totals) {
    if (total.lines.length < 2 || total.drugId === 'drug-acetaminophen') continue;
    const entry = drugEntry(ctx.kb, total.drugId);
    if (!entry) continue;
    const names = ctx.lines.filter((l) => total.lines.includes(l.index)).map((l) => l.input.drug);
    out.push(
      makeAlert({
        severity: 'warning',
        code: 'duplicate-class',
        drugs: [
          genericName(entry),
          ...ctx.lines
            .filter((l) => total.lines.includes(l.index))
            .map((l) => l.name)
            .filter((n) => n !== genericName(entry)),
        ],
        text: `${capitalise(textName(entry.id))} appears on more than one line (${listNames(names)}). The amounts were added together for the limit checks; make sure this is intended.`,
        sources: entry.maxDaily.sources,
        rule: 'duplicate-same-medicine',
      }),
    );
  }
  return out;
}

/** Patient cautions. */
function checkCautions(ctx: Context): MedsAlert[] {
  const out: MedsAlert[] = [];
  const uses = ctx.lines.map((line) => useOf([line]));
  for (const rule of CAUTION_RULES) {
    const members: { line: ResolvedLine; ids: string[] }[] = [];
    for (const line of ctx.lines) {
      const ids = memberIds(line, rule.group, ctx);
      if (ids.length > 0 && holds(rule.when, ctx.patient, uses[line.index])) {
        members.push({ line, ids });
      }
    }
    if (members.length === 0) continue;
    if (
      rule.minDrugs !== undefined &&
      new Set(members.flatMap((m) => m.ids)).size < rule.minDrugs
    ) {
      continue;
    }
    const names = members.map((m) => m.line.name);
    const use = useOf(members.map((m) => m.line));
    out.push(
      makeAlert({
        severity: rule.severity,
        code: rule.code,
        drugs: [...new Set(names)],
        text: render(rule.text, {
          ...patientValues(ctx.patient, use),
          drugs: listNames(names.map((n) => textName(`drug-${n}`))),
        }),
        sources: rule.sources,
        rule: rule.id,
      }),
    );
  }
  return out;
}

/** Total opioid dose in MME a day, and the alert at or above 50. */
function checkOpioidDose(ctx: Context): { mme: number | null; alerts: MedsAlert[] } {
  let mme = 0;
  let complete = true;
  const parts: string[] = [];
  const drugs: string[] = [];
  for (const total of ctx.totals) {
    const factor = MME_FACTORS[total.drugId];
    if (factor === undefined || total.unit !== 'mg') continue;
    mme += total.perDay * factor;
    complete &&= total.complete;
    parts.push(
      `${textName(total.drugId)} ${formatNumber(total.perDay)} mg × ${formatNumber(factor)}`,
    );
    drugs.push(
      genericName({ id: total.drugId }),
      ...ctx.lines.filter((l) => total.lines.includes(l.index)).map((l) => l.name),
    );
  }
  const hasOpioid = ctx.lines.some((l) => memberIds(l, 'opioid', ctx).length > 0);
  if (!hasOpioid) return { mme: null, alerts: [] };
  const rounded = Math.round(mme * 10) / 10;
  if (rounded < MME_THRESHOLD.review) return { mme: rounded, alerts: [] };
  return {
    mme: rounded,
    alerts: [
      makeAlert({
        severity: 'warning',
        code: 'opioid-dose',
        drugs: [...new Set(drugs)],
        text: `Opioids add up to ${complete ? '' : 'at least '}${formatNumber(rounded)} morphine milligram equivalents (MME) a day (${parts.join(' + ')}). CDC 2022 asks for a careful reassessment of benefit and risk at 50 MME a day or more, where overdose risk rises without more pain relief, and for naloxone to be offered.`,
        sources: MME_THRESHOLD.sources,
        rule: 'opioid-mme-50',
      }),
    ],
  };
}

/** Unknown drugs and amounts that could not be worked out. */
function checkRecognition(ctx: Context): MedsAlert[] {
  const out: MedsAlert[] = [];
  for (const line of ctx.lines) {
    if (!line.entry) {
      const hint = line.ambiguous
        ? ` It matches several medicines (${line.suggestions.join(', ')}); name the one meant.`
        : line.suggestions.length > 0
          ? ` Did you mean ${listNames(line.suggestions).replace(/ and /, ' or ')}?`
          : ' Check the spelling or give the generic name.';
      out.push(
        makeAlert({
          severity: 'warning',
          code: 'unknown-drug',
          drugs: [line.input.drug],
          text: `"${line.input.drug}" (line ${String(line.index + 1)}) is not a medicine Foramen recognises, so it was not checked for dose limits, duplicates or interactions.${hint}`,
          sources: UNKNOWN_DRUG_SOURCES,
          rule: 'unknown-drug',
        }),
      );
    } else if (line.notes.length > 0) {
      out.push(
        makeAlert({
          severity: 'info',
          code: 'incomplete-dose',
          drugs: [line.name],
          text: `${capitalise(textName(line.entry.id))} (line ${String(line.index + 1)}): ${line.notes.join('; ')}. Limits were checked only as far as the amounts allow.`,
          sources: line.entry.maxDaily.sources,
          rule: 'incomplete-dose',
        }),
      );
    }
  }
  return out;
}

/** An unknown drug is reported because Foramen can only check the medicines its knowledge base holds. */
const UNKNOWN_DRUG_SOURCES = ['meds-foramen-drug-coverage'];

function checkedDrug(line: ResolvedLine): CheckedDrug {
  const entry = line.entry;
  const own = entry ? line.components.find((c) => c.drugId === entry.id) : undefined;
  const main =
    own ??
    (entry
      ? line.components.find(
          (c) =>
            (entry.ingredients ?? []).some((i) => i.drug === c.drugId) &&
            c.drugId !== 'drug-acetaminophen',
        )
      : undefined);
  const shown = displayUnit(entry, main?.unit ?? 'mg');
  const inMg = main !== undefined && main.unit === 'mg' && !main.productAmount;
  return {
    input: line.input.drug,
    drug: entry ? genericName(entry) : null,
    id: entry?.id ?? null,
    name: entry?.name ?? null,
    match: line.match ?? null,
    dailyMg: inMg && main.perDay !== undefined ? round3(main.perDay) : null,
    dailyMgIsMinimum: main?.lowerBound === true && main.perDay !== undefined,
    perDose:
      main?.perDose === undefined
        ? null
        : { amount: round3(main.perDose * shown.factor), unit: shown.unit },
    daily:
      main?.perDay === undefined
        ? null
        : { amount: round3(main.perDay * shown.factor), unit: shown.unit },
    timesPerDay: line.timesPerDay,
    asNeeded: line.asNeeded,
    ingredients: (entry?.ingredients ?? []).map((i) => {
      const c = line.components.find((x) => x.drugId === i.drug);
      return {
        drug: genericName({ id: i.drug }),
        dailyMg: c?.perDay === undefined ? null : round3(c.perDay),
      };
    }),
    notes: line.notes,
    suggestions: line.suggestions,
  };
}

/**
 * Checks a medication regimen: doses against labelled maxima (adding up every product that holds the same
 * drug), duplicate therapy, interactions, and kidney, liver, age, pregnancy and other patient cautions.
 * @param input - `{ patient?, drugs: [{ drug, doseMg | dose + unit, timesPerDay | frequency, ... }] }` (untrusted)
 * @param kb - the knowledge base (defaults to the shipped one; tests pass small ones)
 * @returns the checked drugs, alerts sorted most severe first, totals, MME and the disclaimer
 * @throws InputError naming the first bad field, e.g. `drugs[1].frequency`
 * @see {@link https://doi.org/10.1111/jgs.18372 | AGS Beers Criteria 2023}
 */
export function checkMedications(input: unknown, kb: Kb = getKb()): MedsCheckResult {
  const parsed = parseInput(MedsInputSchema, input, 'input');
  const patient = toPatientContext(parsed.patient);
  const lines = parsed.drugs.map((drug, index) => resolveLine(drug, index, kb));
  const totals = totalsOf(lines);
  const byDrug = new Map(totals.filter((t) => t.unit === 'mg').map((t) => [t.drugId, t]));
  const ctx: Context = {
    kb,
    patient,
    lines,
    totals,
    totalMg: (drugId) => {
      const t = byDrug.get(drugId);
      return t && t.perDay > 0 ? t.perDay : undefined;
    },
    memberCache: new Map(),
  };
  const limitAlerts = strongestPerCodeAndDrug(totals.flatMap((t) => checkLimits(t, ctx)));
  const opioid = checkOpioidDose(ctx);
  const alerts = sortAlerts([
    ...checkRecognition(ctx),
    ...limitAlerts,
    ...opioid.alerts,
    ...checkCombinations(DUPLICATE_RULES, ctx),
    ...checkSameDrug(ctx),
    ...checkCombinations(INTERACTION_RULES, ctx),
    ...checkCautions(ctx),
  ]);
  return {
    drugs: lines.map(checkedDrug),
    alerts,
    totals: totals.map((t) => {
      const entry = drugEntry(kb, t.drugId);
      const shown = displayUnit(entry, t.unit);
      return {
        drug: genericName({ id: t.drugId }),
        amount: round3(t.perDay * shown.factor),
        unit: shown.unit,
        complete: t.complete,
        from: lines.filter((l) => t.lines.includes(l.index)).map((l) => l.input.drug),
      };
    }),
    mmePerDay: opioid.mme,
    unrecognisedComorbidities: patient.unrecognisedComorbidities,
    kbVersion: kb.version,
    disclaimer: DISCLAIMER,
  };
}
