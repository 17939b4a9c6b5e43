/**
 * `checkMedications`: a regimen in, safety alerts out (CONTRACTS.md, `foramen meds`). It parses the input,
 * recognises each drug in the KB, works out per-dose and daily amounts (adding up every product that holds
 * the same drug), then applies the rule tables: dose limits, duplicate therapy, interactions, kidney, liver,
 * age, pregnancy and other patient cautions, and the total opioid dose. It never throws on input that
 * passed the schema. The arithmetic against limits is in check-limits.ts, the rule matching in
 * check-combinations.ts and every sentence in wording.ts; this file parses, orchestrates and shapes the
 * output.
 */
import { parseInput } from '../errors.js';
import { getKb } from '../kb/index.js';
import type { Kb } from '../kb/index.js';
import { DISCLAIMER, round3 } from '../vocab/index.js';
import { makeAlert, sortAlerts } from './alerts.js';
import type { MedsAlert } from './alerts.js';
import { checkCautions, checkCombinations, checkSameDrug } from './check-combinations.js';
import { drugEntry, makeCheckContext } from './check-context.js';
import type { CheckContext } from './check-context.js';
import {
  checkLimits,
  checkOpioidDose,
  displayUnit,
  strongestPerCodeAndDrug,
} from './check-limits.js';
import { DUPLICATE_RULES, INTERACTION_RULES } from './combination-rules.js';
import { MedsInputSchema } from './input.js';
import type { MatchKind } from './recognise.js';
import { genericName } from './recognise.js';
import type { ResolvedLine } from './regimen.js';
import { word } from './wording.js';

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

/** Unknown drugs and amounts that could not be worked out. */
function checkRecognition(ctx: CheckContext): MedsAlert[] {
  const out: MedsAlert[] = [];
  for (const line of ctx.lines) {
    if (!line.entry) {
      out.push(
        makeAlert({
          severity: 'warning',
          code: 'unknown-drug',
          drugs: [line.input.drug],
          text: word({
            key: 'unknown-drug',
            written: line.input.drug,
            lineIndex: line.index,
            ambiguous: line.ambiguous,
            suggestions: line.suggestions,
          }),
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
          text: word({
            key: 'incomplete-dose',
            drugId: line.entry.id,
            lineIndex: line.index,
            notes: line.notes,
          }),
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
  const ctx = makeCheckContext(parsed, kb);
  const { patient, lines, totals } = ctx;
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
