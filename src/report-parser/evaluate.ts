/**
 * Scoring the parser against hand-labelled gold: precision, recall and F1 per finding type (a finding
 * matches when level, type, side and negation agree), a strict foraminal-stenosis score that also needs
 * the severity, and the exact severity accuracy of foraminal stenosis among findings matched on level,
 * side and negation. Matching is one-to-one (multisets), so a duplicate never counts twice.
 */
import { z } from 'zod';
import { FINDING_SIDES, FINDING_TYPES, LEVELS, SEVERITIES } from '../vocab/index.js';
import type { FindingType } from '../vocab/index.js';
import type { ParseReportResult } from './schema.js';

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
  readonly mismatches: readonly Mismatch[];
}

/** One evaluated report. */
export interface EvaluationCase {
  readonly id: string;
  readonly gold: readonly GoldFinding[];
  readonly predicted: ParseReportResult;
}

interface Comparable {
  readonly finding: FindingType;
  readonly where: string;
  readonly side: string;
  readonly severity: string;
  readonly negated: boolean;
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
  severity: g.negated ? 'none' : (g.severity ?? '-'),
  negated: g.negated,
});

function fromPredicted(result: ParseReportResult): Comparable[] {
  const out: Comparable[] = result.findings.map((f) => ({
    finding: f.finding,
    where: f.level,
    side: f.side ?? '-',
    severity: f.negated ? 'none' : (f.severity ?? '-'),
    negated: f.negated,
  }));
  for (const v of result.vertebrae) {
    out.push({
      finding: v.finding,
      where: `vertebra:${v.vertebra}`,
      side: '-',
      severity: v.negated ? 'none' : '-',
      negated: v.negated,
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

const detectionKey = (c: Comparable): string =>
  `${c.where} ${c.finding} ${c.side}${c.negated ? ' negated' : ''}`;
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
  const mismatches: Mismatch[] = [];
  let goldFindings = 0;
  for (const c of cases) {
    const gold = c.gold.map(fromGold);
    const predicted = fromPredicted(c.predicted);
    goldFindings += gold.length;
    for (const type of FINDING_TYPES) {
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
    mismatches,
  };
}
