/**
 * Turns each parsed drug line into amounts the limits can be compared with: the amount per dose and per
 * day of every active drug it delivers (a combination tablet delivers each of its ingredients), in the unit
 * of that drug's labelled maximum (mg, patches, applications, mL). Totals then add every line that delivers
 * the same drug, which is how acetaminophen hidden in combination products is caught.
 */
import type { Kb } from '../kb/index.js';
import type { DrugEntry } from '../kb/index.js';
import { MG_PER_UNIT, isMassUnit } from './dose.js';
import type { DoseUnit, Strength } from './dose.js';
import type { MedsDrug } from './input.js';
import { genericName, recogniseDrug } from './recognise.js';
import type { MatchKind } from './recognise.js';

/** Units limits are compared in: mass in mg, or counts of patches, applications or mL. */
export type LimitUnit = 'mg' | 'patch' | 'application' | 'mL';

/** Converts a KB dose unit to the unit limits are compared in, with the factor to apply. */
export function toLimitUnit(unit: 'mg' | 'mcg' | 'g' | 'patch' | 'application' | 'mL'): {
  unit: LimitUnit;
  factor: number;
} {
  switch (unit) {
    case 'mg':
      return { unit: 'mg', factor: 1 };
    case 'mcg':
      return { unit: 'mg', factor: 0.001 };
    case 'g':
      return { unit: 'mg', factor: 1000 };
    case 'patch':
      return { unit: 'patch', factor: 1 };
    case 'application':
      return { unit: 'application', factor: 1 };
    case 'mL':
      return { unit: 'mL', factor: 1 };
  }
}

/** The amount of one active drug a line delivers. */
export interface Component {
  /** KB id of the drug the amount belongs to (an ingredient for combination products). */
  readonly drugId: string;
  readonly unit: LimitUnit;
  /** Amount per dose (largest of a written range); undefined when it cannot be worked out. */
  readonly perDose: number | undefined;
  /** Amount per day (most doses a day allowed); undefined when it cannot be worked out. */
  readonly perDay: number | undefined;
  /** True when `perDay` is only a lower bound (no frequency, or "as needed" without a count). */
  readonly lowerBound: boolean;
  /** For a topical product measured by weight (grams of gel): the amount is product, not active drug. */
  readonly productAmount: boolean;
}

/** One input line, resolved. */
export interface ResolvedLine {
  readonly index: number;
  readonly input: MedsDrug;
  /** The drug entry, when recognised. */
  readonly entry: DrugEntry | undefined;
  readonly match: MatchKind | undefined;
  /** Generic name, or the text as written for an unknown drug. */
  readonly name: string;
  /** Suggestions for an unknown drug. */
  readonly suggestions: readonly string[];
  readonly ambiguous: boolean;
  readonly timesPerDay: number | null;
  readonly minTimesPerDay: number | null;
  readonly asNeeded: boolean;
  readonly components: readonly Component[];
  /** For a combination product: the main component's mg per tablet (written or the KB's usual strength). */
  readonly primaryMgPerUnit: number | undefined;
  /** Reasons an amount could not be worked out or was assumed, in plain words. */
  readonly notes: readonly string[];
}

const sameUnitFamily = (doseUnit: DoseUnit, limit: LimitUnit): boolean =>
  (limit === 'mg' && isMassUnit(doseUnit)) ||
  (limit === 'patch' && doseUnit === 'patch') ||
  (limit === 'application' && (doseUnit === 'application' || doseUnit === 'spray')) ||
  (limit === 'mL' && doseUnit === 'mL');

const isTopical = (entry: DrugEntry): boolean =>
  entry.route === 'topical' || entry.route === 'transdermal';

/** True when `amount` is a whole or half multiple (0.5 or more) of `unit`, within 1%. */
function isNearHalfMultiple(amount: number, unit: number): boolean {
  const n = (amount / unit) * 2;
  return n >= 1 && Math.abs(n - Math.round(n)) < 0.02;
}

/** Closeness of two positive amounts on a log scale (0 = equal). */
const logDistance = (a: number, b: number): number => Math.abs(Math.log(a / b));

interface Slot {
  readonly drugId: string;
  /** Reference mg per unit (from the KB) used to match a written strength to this slot. */
  readonly reference: number;
}

/**
 * The product's main component when the KB lists it as an ingredient (codeine in codeine/acetaminophen): the
 * ingredient whose amount per unit matches the product's smallest usual dose, which the KB gives per tablet.
 */
function primaryIngredient(entry: DrugEntry): { drug: string; mgPerUnit: number } | undefined {
  const reference = entry.perDoseMg?.min;
  if (reference === undefined || reference <= 0) return undefined;
  return (entry.ingredients ?? []).find((i) => logDistance(i.mgPerUnit, reference) < Math.log(1.5));
}

/** Assigns the parts of a written strength (`5/325`) to the product's slots, each part to the closest slot. */
function assignStrength(parts: readonly number[], slots: readonly Slot[]): Map<string, number> {
  const pairs: [number, number, number][] = [];
  parts.forEach((part, p) =>
    slots.forEach((slot, s) => pairs.push([logDistance(part, slot.reference), p, s])),
  );
  pairs.sort((a, b) => a[0] - b[0]);
  const usedParts = new Set<number>();
  const usedSlots = new Set<number>();
  const out = new Map<string, number>();
  for (const [, p, s] of pairs) {
    if (usedParts.has(p) || usedSlots.has(s)) continue;
    const slot = slots[s];
    const part = parts[p];
    if (!slot || part === undefined) continue;
    usedParts.add(p);
    usedSlots.add(s);
    out.set(slot.drugId, part);
  }
  return out;
}

interface Frequencies {
  readonly max: number | null;
  readonly min: number | null;
  readonly asNeeded: boolean;
  readonly given: boolean;
}

function readFrequency(input: MedsDrug): Frequencies {
  const counts: number[] = [];
  const mins: number[] = [];
  if (input.timesPerDay !== undefined) {
    counts.push(input.timesPerDay);
    mins.push(input.timesPerDay);
  }
  if (typeof input.frequency?.timesPerDay === 'number') counts.push(input.frequency.timesPerDay);
  if (typeof input.frequency?.minTimesPerDay === 'number') {
    mins.push(input.frequency.minTimesPerDay);
  }
  return {
    // When both are written and differ, the larger count is used so the maximum check is not understated.
    max: counts.length > 0 ? Math.max(...counts) : null,
    min: mins.length > 0 ? Math.min(...mins) : null,
    asNeeded: input.asNeeded === true || input.frequency?.asNeeded === true,
    given: input.timesPerDay !== undefined || input.frequency !== undefined,
  };
}

/** Mass per dose written as `doseMg` or `dose` with a mass unit, in mg. */
function massPerDose(input: MedsDrug): number | undefined {
  if (input.doseMg !== undefined) return input.doseMg;
  const unit = input.dose?.unit ?? input.unit;
  if (input.dose && unit && isMassUnit(unit)) return input.dose.max * (MG_PER_UNIT[unit] ?? 1);
  return undefined;
}

/** Count per dose (tablets, patches, applications, sprays, mL) written as `dose` with a count unit. */
function countPerDose(input: MedsDrug): { count: number; unit: DoseUnit } | undefined {
  const unit = input.dose?.unit ?? input.unit;
  if (!input.dose || !unit || isMassUnit(unit) || unit === '%') return undefined;
  return { count: input.dose.max, unit };
}

const strengthOf = (input: MedsDrug, fromName: Strength | undefined): Strength | undefined => {
  if (input.strength) return input.strength;
  if (input.dose?.unit === '%' || input.unit === '%') {
    return { kind: 'percent', percent: input.dose?.max ?? 0 };
  }
  return fromName;
};

/**
 * Resolves one input line against the KB.
 * @param input - the parsed line
 * @param index - its position in `drugs`
 * @param kb - the knowledge base
 */
export function resolveLine(input: MedsDrug, index: number, kb: Kb): ResolvedLine {
  const unitWritten = input.dose?.unit ?? input.unit;
  const recognised = recogniseDrug(input.drug, kb, unitWritten);
  const freq = readFrequency(input);
  if (!recognised.entry) {
    return {
      index,
      input,
      timesPerDay: freq.max,
      minTimesPerDay: freq.min,
      asNeeded: freq.asNeeded,
      entry: undefined,
      match: undefined,
      name: input.drug,
      suggestions: recognised.suggestions,
      ambiguous: recognised.ambiguous,
      components: [],
      primaryMgPerUnit: undefined,
      notes: [],
    };
  }
  const entry = recognised.entry;
  const notes: string[] = [];
  const strength = strengthOf(input, recognised.strength);
  const doses = freq.max ?? 1;
  const lowerBound = freq.max === null;
  if (!freq.given && (input.doseMg !== undefined || input.dose !== undefined)) {
    notes.push('no frequency was given, so the daily total counts a single dose');
  } else if (freq.given && freq.max === null) {
    notes.push(
      'it is taken as needed with no maximum number of doses, so the daily total counts a single dose',
    );
  }
  const perDay = (perDose: number | undefined): number | undefined =>
    perDose === undefined ? undefined : perDose * doses;
  const component = (
    drugId: string,
    unit: LimitUnit,
    perDose: number | undefined,
    productAmount = false,
  ): Component => ({
    drugId,
    unit,
    perDose,
    perDay: perDay(perDose),
    lowerBound,
    productAmount,
  });

  const limit = toLimitUnit(entry.maxDaily.unit);
  const components: Component[] = [];
  const mass = massPerDose(input);
  const count = countPerDose(input);
  let primaryMgPerUnit: number | undefined;

  if (entry.ingredients && entry.ingredients.length > 0) {
    const combination = resolveCombination(entry, { mass, count, strength, notes, component });
    components.push(...combination.components);
    primaryMgPerUnit = combination.primaryMgPerUnit;
  } else if (limit.unit === 'mg') {
    let perDose: number | undefined;
    if (mass !== undefined) perDose = mass;
    else if (count && strength?.kind === 'mass' && count.unit !== 'mL') {
      perDose = count.count * (strength.mgPerUnit[0] ?? 0);
    } else if (count) {
      notes.push(`the strength of one ${count.unit} was not given, so the amount in mg is unknown`);
    } else if (input.dose !== undefined) {
      notes.push('a percentage gives the strength, not the amount taken');
    }
    components.push(component(entry.id, 'mg', perDose, isTopical(entry)));
  } else {
    // Patches, applications, sprays and mL are counted; a percentage or a missing dose means one unit per dose.
    let perDose: number | undefined;
    if (count && sameUnitFamily(count.unit, limit.unit)) perDose = count.count;
    else if (count) {
      notes.push(
        `the dose is in ${count.unit}, which cannot be compared with a limit in ${limit.unit}`,
      );
    } else if (mass !== undefined) {
      notes.push(
        `the dose is a weight, which cannot be compared with a limit in ${limit.unit === 'patch' ? 'patches' : `${limit.unit}s`}`,
      );
    } else if (freq.given) {
      perDose = 1;
      notes.push(`one ${limit.unit} per dose was assumed`);
    }
    components.push(component(entry.id, limit.unit, perDose));
  }
  // Every field written out: spreading a shared base here made V8 build each line on a slow path
  // (about 12 µs a line against 0.2 µs, most of a one-drug check).
  return {
    index,
    input,
    timesPerDay: freq.max,
    minTimesPerDay: freq.min,
    asNeeded: freq.asNeeded,
    entry,
    match: recognised.match,
    name: genericName(entry),
    suggestions: [],
    ambiguous: false,
    components,
    primaryMgPerUnit,
    notes:
      input.dose === undefined && input.doseMg === undefined && limit.unit === 'mg'
        ? [...notes, 'no dose was given']
        : notes,
  };
}

interface CombinationContext {
  readonly mass: number | undefined;
  readonly count: { count: number; unit: DoseUnit } | undefined;
  readonly strength: Strength | undefined;
  readonly notes: string[];
  readonly component: (
    drugId: string,
    unit: LimitUnit,
    perDose: number | undefined,
    productAmount?: boolean,
  ) => Component;
}

/**
 * A combination product: works out tablets per dose, then each ingredient's mg. A dose in mg is read as the
 * main component (as the KB gives the product's doses and maximum), unless it is clearly a multiple of
 * another ingredient's amount (650 mg of a 325 mg acetaminophen combination is two tablets).
 */
function resolveCombination(
  entry: DrugEntry,
  ctx: CombinationContext,
): { components: Component[]; primaryMgPerUnit: number | undefined } {
  const ingredients = entry.ingredients ?? [];
  const primary = primaryIngredient(entry);
  const primaryReference = primary?.mgPerUnit ?? entry.perDoseMg?.min;
  const slots: Slot[] = ingredients.map((i) => ({ drugId: i.drug, reference: i.mgPerUnit }));
  if (!primary && primaryReference !== undefined) {
    slots.push({ drugId: entry.id, reference: primaryReference });
  }
  const written =
    ctx.strength?.kind === 'mass'
      ? assignStrength(ctx.strength.mgPerUnit, slots)
      : new Map<string, number>();
  const perUnit = (drugId: string, fallback: number | undefined): number | undefined =>
    written.get(drugId) ?? fallback;
  const primaryPerUnit = perUnit(primary?.drug ?? entry.id, primaryReference);
  if (!primary && !written.has(entry.id) && primaryPerUnit !== undefined) {
    ctx.notes.push(
      `the main component was taken as ${String(primaryPerUnit)} mg per tablet, the usual strength; give the strength (e.g. "${String(primaryPerUnit * 2)}/325") if it differs`,
    );
  }

  let units: number | undefined;
  if (ctx.count && ctx.count.unit === 'tablet') units = ctx.count.count;
  else if (ctx.count) {
    ctx.notes.push(`a dose in ${ctx.count.unit} cannot be read for a tablet product`);
  } else if (ctx.mass !== undefined) {
    // A weight is always the main component, as the KB gives the product's doses and maximum; reading it as
    // another ingredient's content by guesswork would make a larger dose sometimes count as a smaller one.
    const mass = ctx.mass;
    if (primaryPerUnit !== undefined) units = mass / primaryPerUnit;
    const other = ingredients.find(
      (i) =>
        i.drug !== primary?.drug &&
        isNearHalfMultiple(mass, perUnit(i.drug, i.mgPerUnit) ?? i.mgPerUnit),
    );
    if (other) {
      ctx.notes.push(
        `${String(mass)} mg was read as the ${primary ? genericName({ id: primary.drug }) : 'main component'} amount, but it also matches whole tablets of ${genericName({ id: other.drug })}; if tablets were meant, give the dose in tablets`,
      );
    }
  } else ctx.notes.push('no dose was given');

  const out: Component[] = ingredients.map((i) =>
    ctx.component(
      i.drug,
      'mg',
      units === undefined ? undefined : units * (perUnit(i.drug, i.mgPerUnit) ?? i.mgPerUnit),
    ),
  );
  // The product's own maximum covers a main component the KB does not list as an ingredient (hydrocodone).
  if (!primary) {
    const perDose =
      ctx.mass ??
      (units !== undefined && primaryPerUnit !== undefined ? units * primaryPerUnit : undefined);
    out.push(ctx.component(entry.id, 'mg', perDose));
  }
  return { components: out, primaryMgPerUnit: primaryPerUnit };
}

/** The daily total of one drug across every line that delivers it. */
export interface DrugTotal {
  readonly drugId: string;
  readonly unit: LimitUnit;
  /** Sum of the known daily amounts. */
  readonly perDay: number;
  /** False when a line's amount is unknown or only a lower bound. */
  readonly complete: boolean;
  /** Line indexes that deliver this drug. */
  readonly lines: readonly number[];
  readonly productAmount: boolean;
}

/**
 * Adds up each drug's daily amount over all lines.
 * @param lines - resolved lines
 */
export function totalsOf(lines: readonly ResolvedLine[]): DrugTotal[] {
  const totals = new Map<
    string,
    {
      drugId: string;
      unit: LimitUnit;
      perDay: number;
      complete: boolean;
      lines: number[];
      productAmount: boolean;
    }
  >();
  for (const line of lines) {
    for (const c of line.components) {
      const key = `${c.drugId}|${c.unit}`;
      const t = totals.get(key) ?? {
        drugId: c.drugId,
        unit: c.unit,
        perDay: 0,
        complete: true,
        lines: [],
        productAmount: c.productAmount,
      };
      t.perDay += c.perDay ?? 0;
      if (c.perDay === undefined || c.lowerBound) t.complete = false;
      if (!t.lines.includes(line.index)) t.lines.push(line.index);
      totals.set(key, t);
    }
  }
  return [...totals.values()].map((t) => ({ ...t, perDay: Math.round(t.perDay * 1e6) / 1e6 }));
}
