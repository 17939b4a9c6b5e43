/**
 * Scoring the parser against hand-labelled gold: precision, recall and F1 per finding type (a finding
 * matches when level, type, side and negation agree), a strict foraminal-stenosis score that also needs
 * the severity, and the exact severity accuracy of foraminal stenosis among findings matched on level,
 * side and negation. Matching is one-to-one (multisets), so a duplicate never counts twice.
 */
import * as z from 'zod';
import { FINDING_SIDES, FINDING_TYPES, LEVELS, SEVERITIES } from '../vocab/index.js';
import type { FindingType } from '../vocab/index.js';
import type { ParseReportResult } from './schema.js';
import { TEMPORALS } from './schema.js';

/** One hand-written gold finding. `level` is null for a vertebral-body finding, which names `vertebra`. */
export const GoldFindingSchema = z.strictObject({
  level: z.enum(LEVELS).nullable(),
  finding: z.enum(FINDING_TYPES),
  side: z.enum(FINDING_SIDES).nullable(),
  severity: z.enum(SEVERITIES).nullable(),
  negated: z.boolean(),
  uncertain: z.boolean(),
  root: z.string().nullable(),
  asymmetry: z.enum(['left', 'right']).optional(),
  vertebra: z.string().optional(),
  temporal: z.enum(TEMPORALS).optional(),
  maxSeverity: z.enum(SEVERITIES).optional(),
});
export type GoldFinding = z.infer<typeof GoldFindingSchema>;

/** A gold file: the report it labels and its findings. */
export const GoldReportSchema = z.strictObject({
  id: z.string().min(1),
  category: z.string().optional(),
  source: z.string().optional(),
  licence: z.string().optional(),
  /** `texts/<file>` beside the gold, `corpus:<file>` in ../shared/corpus, or the text itself for hard cases. */
  text: z.string(),
  labelledBy: z.literal('hand'),
  note: z.string().optional(),
  findings: z.array(GoldFindingSchema),
});
export type GoldReport = z.infer<typeof GoldReportSchema>;

const StyleFindingSchema = z.object({
  level: z.enum(LEVELS),
  side: z.enum(FINDING_SIDES).nullable().optional(),
  severity: z.enum(SEVERITIES).nullable(),
  negated: z.boolean(),
  temporal: z.enum(TEMPORALS).optional(),
  maxSeverity: z.enum(SEVERITIES).nullable().optional(),
});

/**
 * A report of the foraminal/central gold format (the new-style set and the outside reviewer's set):
 * `{ id, style, text, foraminal: [...], central: [...], notes }`. Only those two types are labelled.
 */
export const StyleGoldReportSchema = z.object({
  id: z.string().min(1),
  style: z.string().optional(),
  text: z.string(),
  foraminal: z.array(StyleFindingSchema),
  central: z.array(StyleFindingSchema).optional(),
  notes: z.string().optional(),
});
export type StyleGoldReport = z.infer<typeof StyleGoldReportSchema>;

/** The finding types a style gold labels; predictions of other types are not scored against it. */
export const STYLE_GOLD_TYPES: readonly FindingType[] = [
  'foraminal-stenosis',
  'central-canal-stenosis',
];

/** Converts a style gold report's labels to gold findings. */
export function styleGoldFindings(report: StyleGoldReport): GoldFinding[] {
  const convert = (
    f: z.infer<typeof StyleFindingSchema>,
    finding: FindingType,
    side: GoldFinding['side'],
  ): GoldFinding => ({
    level: f.level,
    finding,
    side,
    severity: f.negated ? 'none' : f.severity,
    negated: f.negated,
    uncertain: false,
    root: null,
    temporal: f.temporal ?? 'current',
    ...(f.maxSeverity ? { maxSeverity: f.maxSeverity } : {}),
  });
  return [
    ...report.foraminal.map((f) => convert(f, 'foraminal-stenosis', f.side ?? 'bilateral')),
    ...(report.central ?? []).map((f) => convert(f, 'central-canal-stenosis', 'central')),
  ];
}

/** Counts and scores for one finding type (or for all types together). */
export interface Score {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** A gold or predicted finding that found no partner. */
export interface Mismatch {
  readonly id: string;
  readonly kind: 'missed' | 'spurious';
  readonly key: string;
}

/** The whole evaluation. */
export interface Evaluation {
  readonly reports: number;
  readonly goldFindings: number;
  readonly perType: ReadonlyMap<FindingType, Score>;
  readonly overall: Score;
  /** Foraminal stenosis matched on level + side + severity + negation. */
  readonly foraminalStrict: Score;
  /** Exact severity agreement among foraminal findings matched on level + side + negation. */
  readonly foraminalSeverity: {
    readonly correct: number;
    readonly total: number;
    readonly accuracy: number;
  };
  /** Negation agreement over findings matched on level + type + side + temporal. */
  readonly negation: {
    readonly correct: number;
    readonly total: number;
    readonly accuracy: number;
  };
  /** Temporal agreement over findings matched on level + type + side. */
  readonly temporal: {
    readonly correct: number;
    readonly total: number;
    readonly accuracy: number;
  };
  /**
   * Predicted current, non-negated findings with no current gold partner whose level, type and side
   * name a prior or resolved gold finding: an earlier study's (or retracted) finding read as current.
   */
  readonly priorAsCurrent: number;
  readonly mismatches: readonly Mismatch[];
}

/** One evaluated report. */
export interface EvaluationCase {
  readonly id: string;
  readonly gold: readonly GoldFinding[];
  readonly predicted: Pick<ParseReportResult, 'findings' | 'vertebrae'>;
  /** Score only these finding types (a gold that labels only some types). */
  readonly types?: readonly FindingType[];
  /**
   * `per-side`: a bilateral foraminal finding counts as one left and one right finding, on both sides of
   * the comparison (the style golds label each foramen on its own).
   */
  readonly sides?: 'per-side';
}

/** A bilateral foraminal finding as its left and right foramina. */
const splitBilateral = (list: readonly Comparable[]): Comparable[] =>
  list.flatMap((c) =>
    c.finding === 'foraminal-stenosis' && c.side === 'bilateral'
      ? [
          { ...c, side: 'left' },
          { ...c, side: 'right' },
        ]
      : [c],
  );

interface Comparable {
  readonly finding: FindingType;
  readonly where: string;
  readonly side: string;
  readonly severity: string;
  readonly negated: boolean;
  readonly temporal: string;
}

const score = (tp: number, fp: number, fn: number): Score => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
};

const fromGold = (g: GoldFinding): Comparable => ({
  finding: g.finding,
  where: g.level ?? `vertebra:${g.vertebra ?? '?'}`,
  side: g.level === null ? '-' : (g.side ?? '-'),
  severity: g.negated ? 'none' : g.maxSeverity ? `max:${g.maxSeverity}` : (g.severity ?? '-'),
  negated: g.negated,
  temporal: g.temporal ?? 'current',
});

function fromPredicted(result: Pick<ParseReportResult, 'findings' | 'vertebrae'>): Comparable[] {
  const out: Comparable[] = result.findings.map((f) => ({
    finding: f.finding,
    where: f.level,
    side: f.side ?? '-',
    severity: f.negated ? 'none' : f.maxSeverity ? `max:${f.maxSeverity}` : (f.severity ?? '-'),
    negated: f.negated,
    temporal: f.temporal,
  }));
  for (const v of result.vertebrae) {
    out.push({
      finding: v.finding,
      where: `vertebra:${v.vertebra}`,
      side: '-',
      severity: v.negated ? 'none' : '-',
      negated: v.negated,
      temporal: 'current',
    });
  }
  return out;
}

/** Counts one-to-one matches between two lists under a key. */
function matchCounts(
  gold: readonly Comparable[],
  predicted: readonly Comparable[],
  key: (c: Comparable) => string,
): { tp: number; missed: string[]; spurious: string[] } {
  const pool = new Map<string, number>();
  for (const p of predicted) pool.set(key(p), (pool.get(key(p)) ?? 0) + 1);
  let tp = 0;
  const missed: string[] = [];
  for (const g of gold) {
    const k = key(g);
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      tp++;
      pool.set(k, n - 1);
    } else missed.push(k);
  }
  const spurious: string[] = [];
  for (const [k, n] of pool) for (let i = 0; i < n; i++) spurious.push(k);
  return { tp, missed, spurious };
}

// A prior or resolved finding matches on place and time: its negation describes the earlier study.
const detectionKey = (c: Comparable): string =>
  c.temporal === 'current'
    ? `${c.where} ${c.finding} ${c.side}${c.negated ? ' negated' : ''}`
    : `${c.where} ${c.finding} ${c.side} ${c.temporal}`;
const placeKey = (c: Comparable): string => `${c.where} ${c.finding} ${c.side}`;
const placeTimeKey = (c: Comparable): string => `${placeKey(c)} ${c.temporal}`;

/** Agreement of one attribute over pairs matched one-to-one on a key. */
function agreement(
  gold: readonly Comparable[],
  predicted: readonly Comparable[],
  key: (c: Comparable) => string,
  attribute: (c: Comparable) => string,
  tally: { correct: number; total: number },
): void {
  const pool = new Map<string, string[]>();
  for (const x of predicted) pool.set(key(x), [...(pool.get(key(x)) ?? []), attribute(x)]);
  for (const x of gold) {
    const list = pool.get(key(x));
    if (!list || list.length === 0) continue;
    const at = list.indexOf(attribute(x));
    tally.total++;
    if (at >= 0) {
      tally.correct++;
      list.splice(at, 1);
    } else list.shift();
  }
}
const strictKey = (c: Comparable): string => `${detectionKey(c)} ${c.severity}`;

/**
 * Scores parser output against gold.
 * @param cases - one entry per labelled report
 * @returns per-type and overall scores, the strict foraminal score and the severity accuracy
 */
export function evaluateReports(cases: readonly EvaluationCase[]): Evaluation {
  const counts = new Map<FindingType, { tp: number; fp: number; fn: number }>();
  for (const t of FINDING_TYPES) counts.set(t, { tp: 0, fp: 0, fn: 0 });
  const strict = { tp: 0, fp: 0, fn: 0 };
  const severity = { correct: 0, total: 0 };
  const negation = { correct: 0, total: 0 };
  const temporal = { correct: 0, total: 0 };
  let priorAsCurrent = 0;
  const mismatches: Mismatch[] = [];
  let goldFindings = 0;
  for (const c of cases) {
    const types = c.types ?? FINDING_TYPES;
    const perSide = c.sides === 'per-side';
    const goldAsWritten = c.gold.map(fromGold);
    const gold = perSide ? splitBilateral(goldAsWritten) : goldAsWritten;
    const predictedAll = fromPredicted(c.predicted).filter((p) => types.includes(p.finding));
    const predicted = perSide ? splitBilateral(predictedAll) : predictedAll;
    goldFindings += gold.length;
    const negatedOf = (x: Comparable): string => (x.negated ? 'negated' : 'present');
    const current = (xs: readonly Comparable[]): Comparable[] =>
      xs.filter((x) => x.temporal === 'current');
    agreement(current(gold), current(predicted), placeTimeKey, negatedOf, negation);
    agreement(gold, predicted, placeKey, (x) => x.temporal, temporal);
    const currentGold = new Set(current(gold).map(placeKey));
    const earlierGold = new Set(gold.filter((g) => g.temporal !== 'current').map(placeKey));
    for (const p of predicted) {
      if (p.temporal !== 'current' || p.negated) continue;
      if (earlierGold.has(placeKey(p)) && !currentGold.has(placeKey(p))) priorAsCurrent++;
    }
    const matchedGold = new Map<string, number>();
    for (const g of current(gold)) {
      if (!g.negated) matchedGold.set(placeKey(g), (matchedGold.get(placeKey(g)) ?? 0) + 1);
    }
    for (const p of current(predicted)) {
      if (p.negated || !earlierGold.has(placeKey(p)) || !currentGold.has(placeKey(p))) continue;
      // A current gold finding at the same place exists, but only its count of positives may match.
      const n = matchedGold.get(placeKey(p)) ?? 0;
      if (n > 0) matchedGold.set(placeKey(p), n - 1);
      else priorAsCurrent++;
    }
    for (const type of types) {
      const g = gold.filter((x) => x.finding === type);
      const p = predicted.filter((x) => x.finding === type);
      if (g.length === 0 && p.length === 0) continue;
      const m = matchCounts(g, p, detectionKey);
      const entry = counts.get(type);
      if (entry) {
        entry.tp += m.tp;
        entry.fn += m.missed.length;
        entry.fp += m.spurious.length;
      }
      for (const key of m.missed) mismatches.push({ id: c.id, kind: 'missed', key });
      for (const key of m.spurious) mismatches.push({ id: c.id, kind: 'spurious', key });
      if (type === 'foraminal-stenosis') {
        const s = matchCounts(g, p, strictKey);
        strict.tp += s.tp;
        strict.fn += s.missed.length;
        strict.fp += s.spurious.length;
        // Severity accuracy over pairs matched without severity.
        const pool = new Map<string, string[]>();
        for (const x of p) {
          pool.set(detectionKey(x), [...(pool.get(detectionKey(x)) ?? []), x.severity]);
        }
        for (const x of g) {
          const list = pool.get(detectionKey(x));
          if (!list || list.length === 0) continue;
          const at = list.indexOf(x.severity);
          severity.total++;
          if (at >= 0) {
            severity.correct++;
            list.splice(at, 1);
          } else list.shift();
        }
        for (const key of s.missed) {
          if (!m.missed.includes(key.slice(0, key.lastIndexOf(' ')))) {
            mismatches.push({ id: c.id, kind: 'missed', key: `severity: ${key}` });
          }
        }
      }
    }
  }
  const perType = new Map<FindingType, Score>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [type, c] of counts) {
    if (c.tp + c.fp + c.fn === 0) continue;
    perType.set(type, score(c.tp, c.fp, c.fn));
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return {
    reports: cases.length,
    goldFindings,
    perType,
    overall: score(tp, fp, fn),
    foraminalStrict: score(strict.tp, strict.fp, strict.fn),
    foraminalSeverity: {
      ...severity,
      accuracy: severity.total === 0 ? 1 : severity.correct / severity.total,
    },
    negation: {
      ...negation,
      accuracy: negation.total === 0 ? 1 : negation.correct / negation.total,
    },
    temporal: {
      ...temporal,
      accuracy: temporal.total === 0 ? 1 : temporal.correct / temporal.total,
    },
    priorAsCurrent,
    mismatches,
  };
}
