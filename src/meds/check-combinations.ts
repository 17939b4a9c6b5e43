/**
 * Rule matching over the regimen's lines: duplicate therapy and interaction rows (combination-rules.ts),
 * one medicine on several lines, and patient cautions (caution-rules.ts). Each match becomes an alert
 * whose text is the row's template, filled by wording.ts.
 */
import type { AlertSeverity } from '../vocab/index.js';
import { SEVERITY_RANK, makeAlert } from './alerts.js';
import type { MedsAlert } from './alerts.js';
import { CAUTION_RULES } from './caution-rules.js';
import { activeIds, drugEntry, linesOf, memberIds, useOf } from './check-context.js';
import type { CheckContext } from './check-context.js';
import type { CombinationRule } from './combination-rules.js';
import { holds } from './patient.js';
import { genericName } from './recognise.js';
import type { ResolvedLine } from './regimen.js';
import { word } from './wording.js';

/** Two medicines of one class make a duplicate unless the row asks for more. */
export const DEFAULT_DUPLICATE_MINIMUM = 2;

/** The acetaminophen row counts it across products itself, so the same-medicine check leaves it out. */
const COUNTED_BY_ITS_OWN_ROW = 'drug-acetaminophen';

/** The rule's severity for this patient: the highest escalation that holds, with its reason. */
function severityFor(
  rule: CombinationRule,
  ctx: CheckContext,
  use: ReturnType<typeof useOf>,
): { severity: AlertSeverity; because: string | undefined } {
  return (rule.escalate ?? []).reduce<{ severity: AlertSeverity; because: string | undefined }>(
    (acc, e) =>
      holds(e.when, ctx.patient, use) && SEVERITY_RANK[e.severity] > SEVERITY_RANK[acc.severity]
        ? { severity: e.severity, because: e.because }
        : acc,
    { severity: rule.severity, because: undefined },
  );
}

/** A stable key for an unordered set of lines. */
const linesKey = (lines: readonly ResolvedLine[]): string =>
  lines
    .map((l) => l.index)
    .sort((x, y) => x - y)
    .join('|');

/**
 * Every choice of one line per group with no line and no active drug used twice (a combination product
 * cannot interact with itself).
 * @param candidates - for each group of the rule, the lines in it
 */
export function disjointTuples(candidates: readonly (readonly ResolvedLine[])[]): ResolvedLine[][] {
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
  return tuples;
}

/**
 * Duplicate-therapy and interaction rows. Rows of one topic that cover the same pair of lines are
 * reported once, by the first (most specific) row.
 * @param rules - the rows, in order
 * @param ctx - the check context
 */
export function checkCombinations(
  rules: readonly CombinationRule[],
  ctx: CheckContext,
): MedsAlert[] {
  const out: MedsAlert[] = [];
  const covered = new Map<string, Set<string>>();
  const pairKey = (a: ResolvedLine, b: ResolvedLine): string => linesKey([a, b]);
  const use = useOf(ctx.lines);
  const alertFor = (
    rule: CombinationRule,
    severity: ReturnType<typeof severityFor>,
    drugs: readonly string[],
    words: { drugs?: readonly string[]; sides?: readonly (readonly string[])[] },
  ): MedsAlert =>
    makeAlert({
      severity: severity.severity,
      code: rule.code,
      drugs,
      text: word({
        key: 'rule',
        template: rule.text,
        patient: ctx.patient,
        use,
        ...words,
        ...(severity.because === undefined ? {} : { because: severity.because }),
      }),
      sources: rule.sources,
      rule: rule.id,
    });
  for (const rule of rules) {
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
      if (count < (rule.min ?? DEFAULT_DUPLICATE_MINIMUM)) continue;
      const names = members.map((m) => m.line.name);
      const severity = severityFor(rule, ctx, use);
      out.push(alertFor(rule, severity, [...new Set(names)], { drugs: names }));
      continue;
    }
    const candidates = rule.groups.map((g) =>
      ctx.lines.filter((l) => memberIds(l, g, ctx).length > 0),
    );
    // Most rows name a group no line belongs to: nothing to pair, so no tuples and no severity to weigh.
    if (candidates.some((lines) => lines.length === 0)) continue;
    const topicCovered = covered.get(rule.topic) ?? new Set<string>();
    const tuples = disjointTuples(candidates);
    // The same set of medicines found in another order (two serotonergic drugs) is one finding.
    const seen = new Set<string>();
    const fresh = tuples.filter((t) => {
      const key = linesKey(t);
      if (seen.has(key)) return false;
      seen.add(key);
      const pairs = t.flatMap((a, i) => t.slice(i + 1).map((b) => pairKey(a, b)));
      return pairs.some((p) => !topicCovered.has(p));
    });
    if (fresh.length === 0) continue;
    const severity = severityFor(rule, ctx, use);
    for (const t of fresh) {
      t.forEach((a, i) => t.slice(i + 1).forEach((b) => topicCovered.add(pairKey(a, b))));
    }
    covered.set(rule.topic, topicCovered);
    const namesAt = (batch: readonly ResolvedLine[][]): string[][] =>
      rule.groups.map((_, i) => [...new Set(batch.map((t) => t[i]?.name ?? ''))]);
    const byPosition = namesAt(fresh);
    const overlapping = byPosition.some((names, i) =>
      byPosition.slice(i + 1).some((other) => other.some((n) => names.includes(n))),
    );
    // Disjoint sides read well as one alert ("naproxen with warfarin and apixaban"); overlapping ones are listed pair by pair.
    const batches = overlapping ? fresh.map((t) => [t]) : [fresh];
    for (const batch of batches) {
      const drugs = [...new Set(batch.flat().map((l) => l.name))];
      out.push(alertFor(rule, severity, drugs, { sides: namesAt(batch) }));
    }
  }
  return out;
}

/**
 * The same drug on several lines (other than acetaminophen, which has its own row).
 * @param ctx - the check context
 */
export function checkSameDrug(ctx: CheckContext): MedsAlert[] {
  const out: MedsAlert[] = [];
  for (const total of ctx.totals) {
    if (total.lines.length < 2 || total.drugId === COUNTED_BY_ITS_OWN_ROW) continue;
    const entry = drugEntry(ctx.kb, total.drugId);
    if (!entry) continue;
    const lines = linesOf(total, ctx);
    out.push(
      makeAlert({
        severity: 'warning',
        code: 'duplicate-class',
        drugs: [
          genericName(entry),
          ...lines.map((l) => l.name).filter((n) => n !== genericName(entry)),
        ],
        text: word({
          key: 'same-medicine-on-several-lines',
          drugId: entry.id,
          written: lines.map((l) => l.input.drug),
        }),
        sources: entry.maxDaily.sources,
        rule: 'duplicate-same-medicine',
      }),
    );
  }
  return out;
}

/**
 * Patient cautions: a row applies to the lines in its group for which its condition holds.
 * @param ctx - the check context
 */
export function checkCautions(ctx: CheckContext): MedsAlert[] {
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
    out.push(
      makeAlert({
        severity: rule.severity,
        code: rule.code,
        drugs: [...new Set(names)],
        text: word({
          key: 'rule',
          template: rule.text,
          patient: ctx.patient,
          use: useOf(members.map((m) => m.line)),
          drugs: names,
        }),
        sources: rule.sources,
        rule: rule.id,
      }),
    );
  }
  return out;
}
