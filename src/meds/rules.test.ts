import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { entriesOf, getKb } from '../kb/load.js';
import { ALERT_CODE_LIST } from './alerts.js';
import { CAUTION_RULES } from './caution-rules.js';
import { DUPLICATE_RULES, INTERACTION_RULES } from './combination-rules.js';
import { DRUG_GROUPS, GROUP_IDS, entryInGroup } from './groups.js';
import type { GroupDefinition } from './groups.js';
import {
  EXTRA_LIMITS,
  MME_FACTORS,
  MME_THRESHOLD,
  REVIEW_THRESHOLDS,
  SPECIAL_MAXIMUM_READINGS,
  TABLET_MAXIMA,
  WEIGHT_BASED_LIMITS,
} from './limit-rules.js';
import { checkMedications } from './check.js';

const kb = getKb();
const drugs = entriesOf(kb, 'drug');
const drugIds = new Set(drugs.map((d) => d.id));

/** Every source list in the rule tables, labelled by where it sits. */
const SOURCE_LISTS: readonly [string, readonly string[]][] = [
  ...DUPLICATE_RULES.map((r) => [r.id, r.sources] as [string, readonly string[]]),
  ...INTERACTION_RULES.map((r) => [r.id, r.sources] as [string, readonly string[]]),
  ...CAUTION_RULES.map((r) => [r.id, r.sources] as [string, readonly string[]]),
  ...EXTRA_LIMITS.map((r) => [r.id, r.sources] as [string, readonly string[]]),
  ...WEIGHT_BASED_LIMITS.map((r) => [r.drug, r.sources] as [string, readonly string[]]),
  ...Object.entries(TABLET_MAXIMA).map(([id, r]) => [id, r.sources] as [string, readonly string[]]),
  ['mme', MME_THRESHOLD.sources],
];

describe('medication rule tables are data with sources', () => {
  it('every rule row cites at least one citation that exists in the KB', () => {
    for (const [row, sources] of SOURCE_LISTS) {
      assert.ok(sources.length > 0, `${row} has no source`);
      for (const s of sources) assert.ok(kb.citations.has(s), `${row}: unknown citation ${s}`);
    }
  });

  it('rule ids are unique', () => {
    const ids = [...DUPLICATE_RULES, ...INTERACTION_RULES, ...CAUTION_RULES].map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('every group a rule names exists, and every id a group names is a KB drug', () => {
    for (const rule of [...DUPLICATE_RULES, ...INTERACTION_RULES]) {
      for (const g of rule.groups) assert.ok(GROUP_IDS.includes(g), `${rule.id}: ${g}`);
    }
    for (const rule of CAUTION_RULES) {
      assert.ok(GROUP_IDS.includes(rule.group), `${rule.id}: ${rule.group}`);
    }
    for (const [id, def] of Object.entries(DRUG_GROUPS) as [string, GroupDefinition][]) {
      for (const drug of [
        ...(def.ids ?? []),
        ...(def.excludeIds ?? []),
        ...Object.keys(def.onlyAboveDailyMg ?? {}),
      ]) {
        assert.ok(drugIds.has(drug), `group ${id}: ${drug}`);
      }
    }
  });

  it('every group has at least one member in the shipped KB', () => {
    for (const group of GROUP_IDS) {
      assert.ok(
        drugs.some((d) => entryInGroup(d, group, 100000)),
        group,
      );
    }
  });

  it('limit tables name KB drugs only', () => {
    for (const id of [
      ...Object.keys(REVIEW_THRESHOLDS),
      ...Object.keys(MME_FACTORS),
      ...Object.keys(TABLET_MAXIMA),
      ...EXTRA_LIMITS.map((x) => x.drug),
      ...WEIGHT_BASED_LIMITS.map((x) => x.drug),
    ]) {
      assert.ok(drugIds.has(id), id);
    }
  });

  it('every special maximum in the shipped KB has a reviewed reading, and no reading is left over', () => {
    const keys = new Set<string>();
    for (const d of drugs) {
      for (const s of d.specialMaxima ?? []) keys.add(`${d.id}|${s.population}`);
    }
    for (const key of keys) assert.ok(SPECIAL_MAXIMUM_READINGS[key], `no reading for ${key}`);
    for (const key of Object.keys(SPECIAL_MAXIMUM_READINGS)) {
      assert.ok(keys.has(key), `reading for a population the KB no longer has: ${key}`);
    }
  });

  it('every KB maximum whose note says it is not a label ceiling is listed as a review threshold', () => {
    const soft =
      /review threshold|not a label maximum|no fixed (?:labelled )?(?:maximum|ceiling)|no approved|placeholder|no labelled maximum/i;
    for (const d of drugs) {
      if (soft.test(d.maxDaily.note ?? '')) {
        assert.ok(REVIEW_THRESHOLDS[d.id], `${d.id}: ${d.maxDaily.note ?? ''}`);
      }
    }
    for (const id of Object.keys(REVIEW_THRESHOLDS)) {
      const d = drugs.find((x) => x.id === id);
      assert.ok(
        d && soft.test(d.maxDaily.note ?? ''),
        `${id} is a review threshold but its KB note does not say so`,
      );
    }
  });

  it('every opioid in the KB has an MME factor through itself or its ingredients', () => {
    for (const d of drugs.filter((x) => entryInGroup(x, 'opioid', undefined))) {
      const viaIngredient = (d.ingredients ?? []).some((i) => MME_FACTORS[i.drug] !== undefined);
      assert.ok(MME_FACTORS[d.id] !== undefined || viaIngredient, d.id);
    }
  });

  it('every alert code in the table can be raised', () => {
    const raised = new Set<string>([
      ...DUPLICATE_RULES.map((r) => r.code),
      ...INTERACTION_RULES.map((r) => r.code),
      ...CAUTION_RULES.map((r) => r.code),
      ...Object.values(SPECIAL_MAXIMUM_READINGS).flatMap((rs) => rs.map((r) => r.code)),
      ...EXTRA_LIMITS.map((x) => x.code),
      'max-daily-dose',
      'max-single-dose',
      'opioid-dose',
      'unknown-drug',
      'incomplete-dose',
    ]);
    for (const code of ALERT_CODE_LIST) assert.ok(raised.has(code), code);
  });

  it('every alert on a broad regimen cites only citations that exist', () => {
    const r = checkMedications({
      patient: {
        age: 80,
        eGFR: 20,
        pregnant: true,
        breastfeeding: true,
        weightKg: 45,
        comorbidities: [
          'liver-disease',
          'heart-failure',
          'epilepsy',
          'falls',
          'delirium',
          'copd',
          'peptic-ulcer',
          'glaucoma',
          'diabetes',
        ],
      },
      drugs: drugs.map((d) => ({ drug: d.name, frequency: 'qid' })),
    });
    assert.ok(r.alerts.length > 50);
    for (const a of r.alerts) {
      for (const s of a.sources) assert.ok(kb.citations.has(s), `${a.rule}: ${s}`);
    }
  });
});

describe('every KB drug is recognised by its own name, id and brands', () => {
  for (const d of drugs) {
    it(d.id, () => {
      const names = [d.name, d.id.replace(/^drug-/, ''), ...d.brandNames];
      const r = checkMedications({ drugs: names.map((drug) => ({ drug })) });
      for (const [i, checked] of r.drugs.entries()) {
        assert.equal(checked.id, d.id, `${names[i] ?? ''} → ${String(checked.id)}`);
      }
    });
  }
});
