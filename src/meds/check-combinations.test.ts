import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { activeIds, memberIds, useOf } from './check-context.js';
import {
  DEFAULT_DUPLICATE_MINIMUM,
  checkCautions,
  checkCombinations,
  checkSameDrug,
  disjointTuples,
} from './check-combinations.js';
import { DUPLICATE_RULES, INTERACTION_RULES } from './combination-rules.js';
import { contextFor } from '../../test/support/meds.js';

const lines = (...drugs: string[]) => contextFor({ drugs: drugs.map((drug) => ({ drug })) });
const rules = (alerts: readonly { rule: string }[]) => alerts.map((a) => a.rule);

describe('check context', () => {
  it('a combination product belongs to a group through its ingredient', () => {
    const ctx = lines('tramadol/acetaminophen', 'hydrocodone/acetaminophen');
    const [tramadolProduct, hydrocodoneProduct] = ctx.lines;
    assert.ok(tramadolProduct && hydrocodoneProduct);
    assert.deepEqual(memberIds(tramadolProduct, 'opioid', ctx), ['drug-tramadol']);
    assert.deepEqual(memberIds(hydrocodoneProduct, 'opioid', ctx), [
      'drug-hydrocodone-acetaminophen',
    ]);
    assert.ok(activeIds(tramadolProduct).has('drug-acetaminophen'));
  });
  it('use: the longest duration and the first route written', () => {
    const ctx = contextFor({
      drugs: [
        { drug: 'ibuprofen', durationDays: 3 },
        { drug: 'ketorolac', durationDays: 9, route: 'iv' },
      ],
    });
    assert.deepEqual(useOf(ctx.lines), { durationDays: 9, route: 'intravenous' });
  });
});

describe('rule matching', () => {
  it('one choice per group, never the same line or the same active drug twice', () => {
    const ctx = lines('tramadol/acetaminophen', 'acetaminophen', 'sertraline');
    const [a, b, c] = ctx.lines;
    assert.ok(a && b && c);
    assert.deepEqual(
      disjointTuples([
        [a, b],
        [b, c],
      ]).map((t) => t.map((l) => l.index)),
      [
        [0, 2],
        [1, 2],
      ],
    );
    assert.deepEqual(disjointTuples([[a], [a]]), []);
  });

  it(`a duplicate needs ${String(DEFAULT_DUPLICATE_MINIMUM)} drugs of the class`, () => {
    assert.deepEqual(rules(checkCombinations(DUPLICATE_RULES, lines('ibuprofen'))), []);
    assert.ok(
      rules(checkCombinations(DUPLICATE_RULES, lines('ibuprofen', 'naproxen'))).includes(
        'duplicate-nsaid',
      ),
    );
  });

  it('interactions with disjoint sides read as one alert, and each pair is reported once per topic', () => {
    const alerts = checkCombinations(
      INTERACTION_RULES,
      lines('naproxen', 'warfarin', 'apixaban'),
    ).filter((a) => a.drugs.includes('naproxen'));
    const byRule = new Map<string, number>();
    for (const a of alerts) byRule.set(a.rule, (byRule.get(a.rule) ?? 0) + 1);
    for (const [rule, count] of byRule) assert.equal(count, 1, rule);
    assert.ok(alerts.some((a) => a.drugs.includes('warfarin') && a.drugs.includes('apixaban')));
  });

  it('the same medicine on two lines is one duplicate alert naming both', () => {
    const [alert, ...rest] = checkSameDrug(lines('ibuprofen', 'Advil'));
    assert.deepEqual(rest, []);
    assert.equal(alert?.rule, 'duplicate-same-medicine');
    assert.match(alert.text, /^Ibuprofen appears on more than one line \(ibuprofen and Advil\)/);
    // Acetaminophen in several products has its own row.
    assert.deepEqual(checkSameDrug(lines('acetaminophen', 'hydrocodone/acetaminophen')), []);
  });

  it('cautions apply only when the patient condition holds', () => {
    const drugs = [{ drug: 'naproxen', doseMg: 500, timesPerDay: 2 }];
    const young = checkCautions(contextFor({ patient: { age: 30 }, drugs }));
    const old = checkCautions(contextFor({ patient: { age: 80 }, drugs }));
    assert.ok(!young.some((a) => a.code === 'age'));
    assert.ok(old.some((a) => a.code === 'age' && a.drugs.includes('naproxen')));
  });
});
