/** Loads the hand-labelled gold and the hard cases for the evaluation tests. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseReport } from '../../src/index.js';
import {
  GoldReportSchema,
  STYLE_GOLD_TYPES,
  StyleGoldReportSchema,
  evaluateReports,
  styleGoldFindings,
} from '../../src/report-parser/evaluate.js';
import type { GoldReport, StyleGoldReport } from '../../src/report-parser/evaluate.js';

// Tests run with the repository root as the working directory.
export const FIXTURES = resolve('test/fixtures/reports');
export const CORPUS = resolve('../shared/corpus/lumbar-mri-reports');

/** A gold report with its text, or undefined when the text lives only in ../shared and that is absent. */
export interface LoadedGold {
  readonly gold: GoldReport;
  readonly text: string | undefined;
}

/** Reads every gold file of a folder under test/fixtures/reports. */
export function loadGold(folder: 'gold' | 'hard'): LoadedGold[] {
  const dir = join(FIXTURES, folder);
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((name) => {
      const gold = GoldReportSchema.parse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      let text: string | undefined;
      if (gold.text.startsWith('texts/')) text = readFileSync(join(FIXTURES, gold.text), 'utf8');
      else if (gold.text.startsWith('corpus:')) {
        const file = join(CORPUS, gold.text.slice('corpus:'.length));
        text = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      } else text = gold.text;
      return { gold, text };
    });
}

/**
 * Reads a style gold file under test/fixtures/reports/styles (the reviewers' format) and scores the
 * parser against it, per side, on the types such a gold labels.
 * @param file - the file name, e.g. `reviewer2.json`
 */
export function evaluateStyleGold(file: string): {
  reports: StyleGoldReport[];
  evaluation: ReturnType<typeof evaluateReports>;
} {
  const reports = (
    JSON.parse(readFileSync(join(FIXTURES, 'styles', file), 'utf8')) as unknown[]
  ).map((r) => StyleGoldReportSchema.parse(r));
  const evaluation = evaluateReports(
    reports.map((r) => ({
      id: r.id,
      gold: styleGoldFindings(r),
      predicted: parseReport(r.text),
      types: STYLE_GOLD_TYPES,
      sides: 'per-side' as const,
    })),
  );
  return { reports, evaluation };
}

/**
 * The least a kept outside set must still score (fractions). Earlier-study findings read as current
 * are held at 0 on every set but one whose remaining cases are named in its test (`priorAsCurrent`).
 */
export interface StyleGoldFloors {
  readonly foraminal: number;
  readonly strict: number;
  readonly central: number;
  readonly severity: number;
  readonly negation: number;
  readonly temporal: number;
}

/**
 * Asserts a style gold's evaluation against its floors, naming the score that fell.
 * @param evaluation - from {@link evaluateStyleGold}
 * @param floors - the least each score may be
 */
export function assertStyleGoldFloors(
  evaluation: ReturnType<typeof evaluateReports>,
  floors: StyleGoldFloors,
  priorAsCurrent = 0,
): void {
  const foraminal = evaluation.perType.get('foraminal-stenosis');
  const central = evaluation.perType.get('central-canal-stenosis');
  const checks: [string, number | undefined, number][] = [
    ['foraminal F1', foraminal?.f1, floors.foraminal],
    ['foraminal strict F1', evaluation.foraminalStrict.f1, floors.strict],
    ['central F1', central?.f1, floors.central],
    ['foraminal severity accuracy', evaluation.foraminalSeverity.accuracy, floors.severity],
    ['negation accuracy', evaluation.negation.accuracy, floors.negation],
    ['temporal accuracy', evaluation.temporal.accuracy, floors.temporal],
  ];
  for (const [name, value, floor] of checks) {
    assert.ok(value !== undefined && value >= floor, `${name} ${String(value)} < ${floor}`);
  }
  assert.ok(
    evaluation.priorAsCurrent <= priorAsCurrent,
    `${evaluation.priorAsCurrent} prior or retracted findings reported as current (at most ${priorAsCurrent})`,
  );
}

/**
 * The two tests every kept outside set has: it holds its reports as labelled, and it holds its floors
 * with no prior or retracted finding read as current.
 */
export function describeStyleSet(
  file: string,
  expected: {
    readonly reports: number;
    readonly floors: StyleGoldFloors;
    /** Findings still read as current where the set labels only earlier ones; 0 unless named. */
    readonly priorAsCurrent?: number;
  },
): void {
  describe(`evaluation against the outside set styles/${file}`, () => {
    const { reports, evaluation } = evaluateStyleGold(file);
    it(`holds the ${expected.reports} reports as labelled`, () => {
      assert.equal(reports.length, expected.reports);
    });
    it('holds its floors, with no prior or retracted finding read as current', () => {
      assertStyleGoldFloors(evaluation, expected.floors, expected.priorAsCurrent);
    });
  });
}
