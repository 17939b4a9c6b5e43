import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getKb, entriesOf } from './load.js';
import { validateKb } from './validate.js';
import { KB_CATEGORIES } from './schema.js';
import type { KbEntryInput } from './schema.js';
import { CITATIONS } from './citations/index.js';
import { stubNsaidDosing } from '../../test/support/kb-entries.js';

describe('the shipped knowledge base', () => {
  const kb = getKb();

  it('passes the validator: schema, unique ids, every citation and cross-reference resolves', () => {
    assert.deepEqual(validateKb(), []);
  });

  it('every entry cites at least one known source', () => {
    for (const entry of kb.entries) {
      assert.ok(entry.sources.length > 0, `${entry.id} has no source`);
      for (const s of entry.sources) {
        assert.ok(kb.citations.has(s), `${entry.id}: unknown citation ${s}`);
      }
    }
  });

  it('every drug has a labelled maximum with a unit and its own source', () => {
    for (const drug of entriesOf(kb, 'drug')) {
      assert.ok(drug.maxDaily.amount > 0, drug.id);
      assert.ok(drug.maxDaily.unit.length > 0, drug.id);
      assert.ok(drug.maxDaily.sources.length > 0, drug.id);
    }
  });

  it('every id is unique across categories', () => {
    assert.equal(new Set(kb.entries.map((e) => e.id)).size, kb.entries.length);
  });

  it('has anatomy entries for all six levels and roots', () => {
    const anatomy = entriesOf(kb, 'anatomy').map((e) => e.id);
    for (const id of ['level-t12-l1', 'level-l5-s1', 'root-l1', 'root-s1']) {
      assert.ok(anatomy.includes(id), id);
    }
  });

  it('knows every category it lists', () => {
    for (const e of kb.entries) {
      assert.ok((KB_CATEGORIES as readonly string[]).includes(e.category));
    }
  });
});

// The validator itself, fed broken data on purpose.
const GOOD: KbEntryInput = {
  id: 'prevention-test',
  category: 'prevention',
  name: 'Test item',
  synonyms: [],
  summary: 'A summary long enough.',
  levels: 'all',
  seedDocs: [],
  sources: ['fardon-2014'],
  reviewed: '2026-11-21',
};

describe('validateKb catches', () => {
  it('nothing in a sound entry', () => {
    assert.deepEqual(validateKb([GOOD], CITATIONS), []);
  });

  it('a duplicate id', () => {
    assert.deepEqual(validateKb([GOOD, GOOD], CITATIONS), ['prevention-test: duplicate id']);
  });

  it('an unknown citation', () => {
    assert.deepEqual(validateKb([{ ...GOOD, sources: ['no-such-paper'] }], CITATIONS), [
      'prevention-test: unknown citation no-such-paper',
    ]);
  });

  it('an unknown cross-reference', () => {
    assert.deepEqual(validateKb([{ ...GOOD, related: ['drug-nothing'] }], CITATIONS), [
      'prevention-test: unknown reference drug-nothing',
    ]);
  });

  it('an entry without sources', () => {
    const problems = validateKb([{ ...GOOD, sources: [] }], CITATIONS);
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^prevention-test: sources /);
  });

  it('a correction that names no seed article', () => {
    const correction: KbEntryInput = {
      ...GOOD,
      id: 'correction-test',
      category: 'correction',
      topic: 'anatomy',
      seedClaim: 'wrong root',
      corrected: 'right root',
      reason: 'the anatomy rule says so',
    };
    assert.deepEqual(validateKb([correction], CITATIONS), [
      'correction-test: a correction must name the seed article(s) it corrects',
    ]);
  });

  it('a drug without a maximum daily dose', () => {
    const drug = {
      ...GOOD,
      id: 'drug-test',
      category: 'drug',
      ...stubNsaidDosing(),
      brandNames: [],
    };
    const problems = validateKb([drug], CITATIONS);
    assert.equal(problems.length, 1);
    assert.match(problems[0] ?? '', /^drug-test: maxDaily /);
  });

  it('a duplicate citation id', () => {
    assert.deepEqual(validateKb([GOOD], [...CITATIONS, CITATIONS[0]]).length, 1);
  });
});
