import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONTEXT_CATEGORIES, CONTEXT_DIRECTIONS, CONTEXT_RULES } from './data/context-rules.js';
import { PARSER_SOURCES } from './data/sources.js';
import { parseReport } from './parse-report.js';

// One test per ConText rule: its own example must yield the finding it names, with the negation and
// uncertainty the rule implies (termination and pseudo rules: the finding stays plain).
describe('ConText trigger rules (data)', () => {
  for (const rule of CONTEXT_RULES) {
    it(`${rule.category} ${rule.direction} "${rule.literal}": ${rule.example}`, () => {
      const found = parseReport(rule.example).findings.filter(
        (f) => f.finding === rule.expect.finding,
      );
      assert.ok(
        found.length > 0,
        `no ${rule.expect.finding} in ${JSON.stringify(parseReport(rule.example).findings)}`,
      );
      assert.ok(
        found.some(
          (f) => f.negated === rule.expect.negated && f.uncertain === rule.expect.uncertain,
        ),
        `${rule.expect.finding} flags ${JSON.stringify(found.map((f) => [f.negated, f.uncertain]))}`,
      );
    });
  }

  it('every rule has a known category, direction and source, and no literal is defined twice', () => {
    const literals = new Set<string>();
    for (const rule of CONTEXT_RULES) {
      assert.ok((CONTEXT_CATEGORIES as readonly string[]).includes(rule.category));
      assert.ok((CONTEXT_DIRECTIONS as readonly string[]).includes(rule.direction));
      assert.ok(rule.source in PARSER_SOURCES, rule.source);
      assert.ok(!literals.has(rule.literal), rule.literal);
      literals.add(rule.literal);
      // Scoping rules move; termination and pseudo rules only stop or hide.
      assert.equal(
        rule.direction === 'none',
        rule.category === 'termination' || rule.category === 'pseudo',
        rule.literal,
      );
    }
  });

  it('the table covers every category', () => {
    for (const category of CONTEXT_CATEGORIES) {
      assert.ok(
        CONTEXT_RULES.some((r) => r.category === category),
        category,
      );
    }
  });

  it('a scope stays in its sentence', () => {
    const f = parseReport('L4-L5: no disc herniation. Severe left foraminal stenosis.').findings;
    assert.equal(f.find((x) => x.finding === 'foraminal-stenosis')?.negated, false);
    assert.equal(f.find((x) => x.finding === 'disc-herniation')?.negated, true);
  });

  it('a negated stenosis has severity none, even when a grade is written', () => {
    const [f] = parseReport('L3-L4: no significant moderate foraminal narrowing.').findings;
    assert.equal(f?.negated, true);
    assert.equal(f?.severity, 'none');
  });
});
