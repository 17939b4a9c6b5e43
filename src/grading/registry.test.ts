import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  grade,
  describeGradingSystems,
  GRADING_SYSTEMS,
  GRADING_SYSTEM_IDS,
  isGradingSystemId,
} from './registry.js';
import { rsnaClassOf, RSNA_CLASSES } from './result.js';
import type { GradeRow } from './result.js';
import { LEE_TABLE } from './lee.js';
import { WILDERMUTH_TABLE } from './wildermuth.js';
import { PERCENT_TABLE } from './percent.js';
import { HASEGAWA_TABLE } from './hasegawa.js';
import { PFIRRMANN_TABLE } from './pfirrmann.js';
import { MEYERDING_TABLE } from './meyerding.js';
import { SCHIZAS_TABLE } from './schizas.js';
import { MODIC_TABLE } from './modic.js';
import { DISC_CONTOUR_TABLE } from './disc-contour.js';
import { GRADING_CITATIONS } from '../kb/citations/grading.js';
import { CITATIONS } from '../kb/citations/index.js';
import { CitationSchema } from '../kb/schema.js';
import { SEVERITIES } from '../vocab/index.js';
import { InputError } from '../errors.js';
import { GRADE_CONTRACT_FIELDS } from '../../test/support/contract-fields.js';

const TABLES: Record<string, readonly GradeRow<string | number>[]> = {
  lee: LEE_TABLE,
  wildermuth: WILDERMUTH_TABLE,
  percent: PERCENT_TABLE,
  hasegawa: HASEGAWA_TABLE,
  pfirrmann: PFIRRMANN_TABLE,
  meyerding: MEYERDING_TABLE,
  schizas: SCHIZAS_TABLE,
  modic: MODIC_TABLE,
  'disc-contour': DISC_CONTOUR_TABLE,
};

describe('grading registry', () => {
  it('holds the nine systems the issue names, in a fixed order', () => {
    assert.deepEqual(GRADING_SYSTEM_IDS, [
      'lee',
      'wildermuth',
      'percent',
      'hasegawa',
      'pfirrmann',
      'meyerding',
      'schizas',
      'modic',
      'disc-contour',
    ]);
    assert.deepEqual(Object.keys(TABLES), GRADING_SYSTEM_IDS);
  });

  for (const id of GRADING_SYSTEM_IDS) {
    it(`${id}: its example grades, with the contract fields first and valid mappings`, () => {
      const r = grade(id, GRADING_SYSTEMS[id].example);
      assert.deepEqual(Object.keys(r).slice(0, 6), GRADE_CONTRACT_FIELDS);
      assert.equal(r.system, id);
      assert.ok(SEVERITIES.includes(r.severity));
      assert.ok(RSNA_CLASSES.includes(r.rsnaClass));
      assert.equal(r.rsnaClass, rsnaClassOf(r.severity));
      assert.equal(r.source, GRADING_SYSTEMS[id].source);
      assert.equal(r.sources[0], r.source);
      assert.ok(r.criteria.length > 0 && r.criteria.every((c) => c.length > 10));
      assert.ok(Array.isArray(r.warnings));
      assert.match(r.branch, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it(`${id}: the registry's grade list matches its table, and every row cites a source`, () => {
      const table = TABLES[id] ?? [];
      assert.deepEqual(
        table.map((r) => r.grade),
        [...GRADING_SYSTEMS[id].grades],
      );
      for (const row of table) {
        assert.ok(row.sources.length > 0);
        assert.ok(SEVERITIES.includes(row.severity));
      }
      // Severity never falls as the grade rises.
      const ranks = table.map((r) => SEVERITIES.indexOf(r.severity));
      assert.deepEqual(
        ranks,
        [...ranks].sort((a, b) => a - b),
      );
    });
  }

  it('an unknown system is refused with the list of systems', () => {
    assert.throws(
      () => grade('kellgren', {}),
      (e: unknown) =>
        e instanceof InputError &&
        e.code === 'unknown-system' &&
        e.path === 'system' &&
        e.message ===
          'unknown grading system "kellgren"; expected one of lee, wildermuth, percent, hasegawa, pfirrmann, meyerding, schizas, modic, disc-contour',
    );
    assert.equal(isGradingSystemId('toString'), false, 'prototype keys are not systems');
  });

  it('grade() validates like the typed function', () => {
    assert.throws(
      () => grade('percent', { reductionPercent: 140 }),
      (e: unknown) => e instanceof InputError && e.path === 'reductionPercent',
    );
  });
});

describe('the RSNA mapping', () => {
  it('sends none and mild to normal-mild, mild-moderate and moderate to moderate, the rest to severe', () => {
    assert.deepEqual(
      SEVERITIES.map((s) => rsnaClassOf(s)),
      ['normal-mild', 'normal-mild', 'moderate', 'moderate', 'severe', 'severe'],
    );
  });
});

describe('grading citations', () => {
  it('are valid KB citations with unique, grading- prefixed ids that the merged KB list contains', () => {
    const ids = GRADING_CITATIONS.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const c of GRADING_CITATIONS) {
      assert.ok(c.id.startsWith('grading-'), c.id);
      assert.ok(CitationSchema.safeParse(c).success, c.id);
    }
    const all = new Set(CITATIONS.map((c) => c.id));
    for (const id of ids) assert.ok(all.has(id), id);
  });

  it('every grading citation is used by some grade row or system', () => {
    const used = new Set<string>();
    for (const id of GRADING_SYSTEM_IDS) for (const s of GRADING_SYSTEMS[id].sources) used.add(s);
    for (const table of Object.values(TABLES)) {
      for (const row of table) for (const s of row.sources) used.add(s);
    }
    used.add('rsna-2024-lsdc'); // the RSNA mapping is documented in the README and rsnaClassOf
    assert.deepEqual(
      GRADING_CITATIONS.map((c) => c.id).filter((id) => !used.has(id)),
      [],
    );
  });
});

describe('describeGradingSystems', () => {
  const { systems } = describeGradingSystems();
  it('describes every system with its inputs from the schema', () => {
    assert.deepEqual(
      systems.map((s) => s.id),
      GRADING_SYSTEM_IDS,
    );
    for (const s of systems) {
      assert.ok(s.inputs.length > 0, s.id);
      assert.ok(s.reference.length > 10);
    }
  });
  it('flattens nested fields and keeps ranges and allowed values', () => {
    const lee = systems.find((s) => s.id === 'lee');
    assert.deepEqual(
      lee?.inputs.map((f) => [f.field, f.type, f.required]),
      [
        ['fatObliteration.superior', 'boolean', true],
        ['fatObliteration.inferior', 'boolean', true],
        ['fatObliteration.anterior', 'boolean', true],
        ['fatObliteration.posterior', 'boolean', true],
        ['rootMorphologyChanged', 'boolean', true],
      ],
    );
    const percent = systems
      .find((s) => s.id === 'percent')
      ?.inputs.find((f) => f.field === 'reductionPercent');
    assert.deepEqual([percent?.minimum, percent?.maximum, percent?.required], [0, 100, false]);
    const wildermuth = systems.find((s) => s.id === 'wildermuth')?.inputs[0];
    assert.deepEqual(wildermuth?.values, [
      'normal',
      'deformed-encircling',
      'partial',
      'obliterated',
    ]);
  });
});
