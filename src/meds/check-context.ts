/**
 * What every check of one regimen shares: the KB, the patient, the resolved lines and their totals, and
 * which lines belong to which drug group (worked out once per check).
 */
import type { DrugEntry, Kb } from '../kb/index.js';
import { entryInGroup } from './groups.js';
import type { GroupId } from './groups.js';
import type { ParsedMedsInput } from './input.js';
import { toPatientContext } from './patient.js';
import type { PatientContext, UseContext } from './patient.js';
import { resolveLine, totalsOf } from './regimen.js';
import type { DrugTotal, ResolvedLine } from './regimen.js';

/** Everything the checks need about the regimen. */
export interface CheckContext {
  readonly kb: Kb;
  readonly patient: PatientContext;
  readonly lines: readonly ResolvedLine[];
  readonly totals: readonly DrugTotal[];
  /** The daily mg of one drug across the regimen, or undefined when none or unknown. */
  readonly totalMg: (drugId: string) => number | undefined;
  /** Group membership per line (by line index) and group, worked out once per check. */
  readonly memberCache: readonly Map<GroupId, string[]>[];
}

/**
 * Builds the shared context of one check: the patient as the rules see it, each line resolved against
 * the KB, and each drug's total across the lines.
 * @param parsed - the input after the schema
 * @param kb - the knowledge base
 */
export function makeCheckContext(parsed: ParsedMedsInput, kb: Kb): CheckContext {
  const patient = toPatientContext(parsed.patient);
  const lines = parsed.drugs.map((drug, index) => resolveLine(drug, index, kb));
  const totals = totalsOf(lines);
  const byDrug = new Map(totals.filter((t) => t.unit === 'mg').map((t) => [t.drugId, t]));
  return {
    kb,
    patient,
    lines,
    totals,
    totalMg: (drugId) => {
      const t = byDrug.get(drugId);
      return t && t.perDay > 0 ? t.perDay : undefined;
    },
    memberCache: lines.map(() => new Map()),
  };
}

/** The KB drug entry with this id, or undefined when the id is not a drug. */
export function drugEntry(kb: Kb, id: string): DrugEntry | undefined {
  const entry = kb.byId.get(id);
  return entry?.category === 'drug' ? entry : undefined;
}

/** The lines that deliver one drug total. */
export function linesOf(total: DrugTotal, ctx: CheckContext): ResolvedLine[] {
  return ctx.lines.filter((l) => total.lines.includes(l.index));
}

/** Every active drug id a line delivers (its own id and its ingredients'). */
export function activeIds(line: ResolvedLine): Set<string> {
  const ids = new Set<string>(line.components.map((c) => c.drugId));
  if (line.entry) ids.add(line.entry.id);
  for (const i of line.entry?.ingredients ?? []) ids.add(i.drug);
  return ids;
}

/**
 * The ids through which a line belongs to a group: its ingredients that belong, or the product itself when no
 * ingredient does (so tramadol/acetaminophen counts as tramadol, hydrocodone/acetaminophen as itself).
 */
export function memberIds(line: ResolvedLine, group: GroupId, ctx: CheckContext): string[] {
  // Keyed by line, then group: this runs for every rule row and line, so no key strings are built.
  const byGroup = ctx.memberCache[line.index];
  const known = byGroup?.get(group);
  if (known) return known;
  const ids = computeMemberIds(line, group, ctx);
  byGroup?.set(group, ids);
  return ids;
}

function computeMemberIds(line: ResolvedLine, group: GroupId, ctx: CheckContext): string[] {
  const entry = line.entry;
  if (!entry) return [];
  const viaIngredients = (entry.ingredients ?? [])
    .map((i) => drugEntry(ctx.kb, i.drug))
    .filter((e): e is DrugEntry => e !== undefined && entryInGroup(e, group, ctx.totalMg(e.id)))
    .map((e) => e.id);
  if (viaIngredients.length > 0) return viaIngredients;
  return entryInGroup(entry, group, ctx.totalMg(entry.id)) ? [entry.id] : [];
}

/** How some lines are used: the longest duration given, and the first route written. */
export function useOf(lines: readonly ResolvedLine[]): UseContext {
  const durations = lines
    .map((l) => l.input.durationDays)
    .filter((d): d is number => d !== undefined);
  return {
    durationDays: durations.length > 0 ? Math.max(...durations) : undefined,
    route: lines.map((l) => l.input.route).find((r) => r !== undefined),
  };
}
