import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AsPlainObject } from 'minisearch';
import { getKb } from './index.js';
import { editDistance } from '../edit-distance.js';
import { reachableFrom, searchDocsOf, searchIndexOver } from './search-index.js';

// The CLI searches a prebuilt index cut down to the terms each query reaches; it must rank exactly as
// the whole index does, ties included.
describe('search over a prebuilt index, loaded per query', () => {
  const docs = searchDocsOf(getKb());
  const whole = searchIndexOver(docs);
  const prebuilt = JSON.parse(JSON.stringify(whole.toJSON?.())) as AsPlainObject;
  const cut = searchIndexOver(docs, prebuilt);

  const queries = [
    'pinched nerve',
    'sciatica',
    'ibuprofen',
    'ibuprophen',
    'tylenol',
    'lasègue',
    'straight leg raise',
    'foraminal stenosis L4',
    'nerve root',
    'cauda equina',
    'epidural steroid injection',
    'gaba',
    'pregab',
    'physio',
    'mri',
    'back pain',
    'numbness in my foot',
    'xyzzy',
    ...docs.slice(0, 400).map((d) => d.name),
    ...docs.flatMap((d) => d.aliases.slice(0, 1)).slice(0, 200),
  ];

  it('gives the same hits in the same order for names, aliases, misspellings and prefixes', () => {
    for (const query of queries) {
      assert.deepEqual(cut.search(query), whole.search(query), query);
      assert.deepEqual(
        cut.search(query, { category: 'drug', limit: 3 }),
        whole.search(query, { category: 'drug', limit: 3 }),
        query,
      );
    }
  });

  it('gives the same hits for edited names (a letter dropped, doubled or changed)', () => {
    const names = docs.map((d) => d.name);
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.nat(),
        fc.constantFrom('drop', 'double', 'change'),
        (name, at, edit) => {
          const i = at % name.length;
          const query =
            edit === 'drop'
              ? name.slice(0, i) + name.slice(i + 1)
              : edit === 'double'
                ? name.slice(0, i + 1) + name.slice(i)
                : `${name.slice(0, i)}q${name.slice(i + 1)}`;
          assert.deepEqual(cut.search(query), whole.search(query), query);
        },
      ),
      { numRuns: 300, seed: 18 },
    );
  });

  it('keeps only the terms a query reaches', () => {
    const kept = reachableFrom(prebuilt, ['sciatica']).index.map(([term]) => term);
    assert.ok(kept.includes('sciatica'));
    assert.ok(kept.length < prebuilt.index.length / 20, `${kept.length} terms kept`);
    assert.ok(kept.every((t) => t.startsWith('sciatica') || editDistance(t, 'sciatica', 1) <= 1));
  });
});
