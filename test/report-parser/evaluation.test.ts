import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReport } from '../../src/index.js';
import { evaluateReports } from '../../src/report-parser/evaluate.js';
import type { EvaluationCase } from '../../src/report-parser/evaluate.js';
import { CORPUS, FIXTURES, evaluateStyleGold, loadGold } from './_gold.js';

// Floors for the hand-labelled corpus sample. The issue asks for F1 >= 0.95 on foraminal stenosis
// (level + side + severity); the other floors guard against regressions in the rest of the parser.
const FLOORS = {
  foraminalF1: 0.95,
  foraminalStrictF1: 0.95,
  foraminalSeverityAccuracy: 0.95,
  overallF1: 0.93,
  perType: {
    'disc-bulge': 0.9,
    'disc-protrusion': 0.9,
    'nerve-root-compression': 0.9,
    'central-canal-stenosis': 0.9,
    'disc-height-loss': 0.9,
    'facet-arthropathy': 0.85,
  },
} as const;

describe('evaluation against hand-labelled corpus reports', () => {
  const loaded = loadGold('gold');
  const cases: EvaluationCase[] = loaded.flatMap(({ gold, text }) =>
    text === undefined ? [] : [{ id: gold.id, gold: gold.findings, predicted: parseReport(text) }],
  );
  const evaluation = evaluateReports(cases);

  it('labels at least 60 reports, weighted towards foramina and exit canals, and their texts are present', () => {
    assert.ok(loaded.length >= 60, `${loaded.length}`);
    const copied = loaded.filter((l) => l.gold.text.startsWith('texts/'));
    assert.ok(copied.length >= 60, 'the evaluation must run without ../shared');
    const foraminal = loaded.filter((l) =>
      l.gold.findings.some((f) => f.finding === 'foraminal-stenosis'),
    );
    assert.ok(foraminal.length / loaded.length >= 0.6, `${foraminal.length}/${loaded.length}`);
    // Copied texts are verbatim corpus files.
    if (existsSync(CORPUS)) {
      for (const l of copied) {
        assert.equal(
          readFileSync(join(FIXTURES, l.gold.text), 'utf8'),
          readFileSync(join(CORPUS, `${l.gold.id}.txt`), 'utf8'),
          l.gold.id,
        );
      }
    }
  });

  it(`foraminal stenosis: F1 >= ${FLOORS.foraminalF1}, strict (with severity) F1 >= ${FLOORS.foraminalStrictF1}`, () => {
    const f = evaluation.perType.get('foraminal-stenosis');
    assert.ok(f && f.f1 >= FLOORS.foraminalF1, JSON.stringify(f));
    assert.ok(
      evaluation.foraminalStrict.f1 >= FLOORS.foraminalStrictF1,
      JSON.stringify(evaluation.foraminalStrict),
    );
  });

  it(`foraminal stenosis exact severity accuracy >= ${FLOORS.foraminalSeverityAccuracy}`, () => {
    assert.ok(evaluation.foraminalSeverity.total >= 100, `${evaluation.foraminalSeverity.total}`);
    assert.ok(
      evaluation.foraminalSeverity.accuracy >= FLOORS.foraminalSeverityAccuracy,
      JSON.stringify(evaluation.foraminalSeverity),
    );
  });

  it(`all finding types together: F1 >= ${FLOORS.overallF1}`, () => {
    assert.ok(evaluation.overall.f1 >= FLOORS.overallF1, JSON.stringify(evaluation.overall));
  });

  for (const [type, floor] of Object.entries(FLOORS.perType)) {
    it(`${type}: F1 >= ${floor}`, () => {
      const s = evaluation.perType.get(type as never);
      assert.ok(s && s.f1 >= floor, JSON.stringify(s));
    });
  }
});

describe('evaluation arithmetic', () => {
  it('counts one-to-one matches, false positives and misses per type', () => {
    const gold = [
      {
        level: 'L4-L5',
        finding: 'foraminal-stenosis',
        side: 'left',
        severity: 'mild',
        negated: false,
        uncertain: false,
        root: null,
      },
      {
        level: 'L4-L5',
        finding: 'foraminal-stenosis',
        side: 'left',
        severity: 'mild',
        negated: false,
        uncertain: false,
        root: null,
      },
      {
        level: 'L5-S1',
        finding: 'disc-bulge',
        side: null,
        severity: null,
        negated: false,
        uncertain: false,
        root: null,
      },
    ] as const;
    const predicted = parseReport('L4-L5: moderate left foraminal narrowing. L3-L4: disc bulge.');
    const e = evaluateReports([{ id: 'x', gold: [...gold], predicted }]);
    assert.deepEqual(e.perType.get('foraminal-stenosis'), {
      tp: 1,
      fp: 0,
      fn: 1,
      precision: 1,
      recall: 0.5,
      f1: 2 / 3,
    });
    assert.deepEqual(e.foraminalStrict, { tp: 0, fp: 1, fn: 2, precision: 0, recall: 0, f1: 0 });
    assert.deepEqual(e.foraminalSeverity, { correct: 0, total: 1, accuracy: 0 });
    assert.equal(e.perType.get('disc-bulge')?.fp, 1);
    assert.equal(e.perType.get('disc-bulge')?.fn, 1);
  });
});

describe('evaluation against the new-style gold (issue 15, labelled before the first run)', () => {
  const { reports, evaluation } = evaluateStyleGold('gold.json');

  it('holds at least 60 reports in US, UK, Indian and Australian styles', () => {
    assert.ok(reports.length >= 60, `${reports.length}`);
    const styles = new Set(reports.map((r) => r.style));
    for (const s of ['indian', 'uk-prose', 'australian', 'table-pipes', 'temporal', 'bounded']) {
      assert.ok(styles.has(s), s);
    }
  });

  it('foraminal level + side F1 >= 0.97, severity >= 95 %, negation >= 97 %, no prior finding as current', () => {
    const f = evaluation.perType.get('foraminal-stenosis');
    assert.ok(f && f.f1 >= 0.97, JSON.stringify(f));
    assert.ok(
      evaluation.foraminalSeverity.accuracy >= 0.95,
      JSON.stringify(evaluation.foraminalSeverity),
    );
    assert.ok(evaluation.negation.accuracy >= 0.97, JSON.stringify(evaluation.negation));
    assert.equal(evaluation.priorAsCurrent, 0);
  });
});
