/**
 * Acceptance for issue 2: every drug, test, treatment, procedure, cause and symptom that the five seed
 * articles name is found by `kb find` with an entry of the right kind in the top three.
 * The names come from shared/research/seed-inventory.md (see the fixture's `about`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findKb, getKb } from '../../src/index.js';

interface SeedName {
  readonly ref: string;
  readonly query: string;
  readonly categories: readonly string[];
}
const fixture = JSON.parse(readFileSync('test/fixtures/kb/seed-names.json', 'utf8')) as {
  items: SeedName[];
};
const kb = getKb();

describe('every name the seed articles use is in the top three of kb find', () => {
  it('the list is complete enough to mean something', () => {
    assert.ok(fixture.items.length >= 350);
  });

  for (const item of fixture.items) {
    it(`${item.ref}: "${item.query}" → a ${item.categories.join(' or ')}`, () => {
      const top = findKb(item.query, { limit: 3 }).results;
      const hit = top.find((r) => item.categories.includes(r.category));
      assert.ok(
        hit,
        `top three were: ${top.map((r) => `${r.id} (${r.category})`).join(', ') || 'nothing'}`,
      );
      assert.ok(kb.byId.has(hit.id));
    });
  }
});
