import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ROOTS } from '../vocab/index.js';
import { CITATIONS } from '../kb/citations/index.js';
import {
  ROOT_ANATOMY,
  rootAnatomy,
  rootsForMovement,
  rootsForReflex,
  rootsForRegion,
  rootsForTest,
} from './roots.js';

const citationIds = new Set(CITATIONS.map((c) => c.id));

describe('root tables', () => {
  it('cover every root once, in order', () => {
    assert.deepEqual(
      ROOT_ANATOMY.map((r) => r.root),
      [...ROOTS],
    );
  });

  for (const row of ROOT_ANATOMY) {
    it(`${row.root}: has regions, movements and a source on every link`, () => {
      assert.ok(row.regions.length > 0);
      assert.ok(row.movements.length > 0);
      for (const l of [...row.regions, ...row.movements, ...row.reflexes, ...row.tests]) {
        assert.ok(l.sources.length > 0, `${row.root} ${l.item} has no source`);
        for (const s of l.sources) {
          assert.ok(citationIds.has(s), `${row.root} ${l.item}: unknown citation ${s}`);
        }
      }
    });
  }
});

// Key facts, each from root-reference.md §1–2 (Harrison's table; ISNCSCI key muscles and points).
const PRIMARY: [string, () => { root: string }[], string][] = [
  ['groin → L1', () => rootsForRegion('groin'), 'L1'],
  ['medial ankle → L4 (ISNCSCI key point)', () => rootsForRegion('medial-ankle'), 'L4'],
  ['dorsum of foot → L5 (ISNCSCI key point)', () => rootsForRegion('dorsum-foot'), 'L5'],
  ['heel → S1 (ISNCSCI key point)', () => rootsForRegion('heel'), 'S1'],
  [
    'great-toe extension → L5 (ISNCSCI key muscle)',
    () => rootsForMovement('great-toe-extension'),
    'L5',
  ],
  [
    'ankle plantarflexion → S1 (ISNCSCI key muscle)',
    () => rootsForMovement('ankle-plantarflexion'),
    'S1',
  ],
  [
    'ankle dorsiflexion → L4 (ISNCSCI key muscle)',
    () => rootsForMovement('ankle-dorsiflexion'),
    'L4',
  ],
  ['patellar reflex → L4 first (Harrison)', () => rootsForReflex('patellar'), 'L4'],
  ['Achilles reflex → S1', () => rootsForReflex('achilles'), 'S1'],
  ['medial hamstring reflex → L5 (Esene 2012)', () => rootsForReflex('medial-hamstring'), 'L5'],
];

describe('strongest root for key findings', () => {
  for (const [name, lookup, root] of PRIMARY) {
    it(name, () => assert.equal(lookup()[0]?.root, root));
  }

  it('femoral nerve stretch points to L2–L4, never L5 or S1', () => {
    assert.deepEqual(
      rootsForTest('femoral-nerve-stretch')
        .map((r) => r.root)
        .sort(),
      ['L2', 'L3', 'L4'],
    );
  });

  it('low back pain localises nothing', () => {
    assert.deepEqual(rootsForRegion('low-back'), []);
  });

  it('L5 and S1 both claim straight-leg raise equally (they cannot be told apart by SLR)', () => {
    const slr = rootsForTest('straight-leg-raise');
    assert.equal(
      slr.find((r) => r.root === 'L5')?.strength,
      slr.find((r) => r.root === 'S1')?.strength,
    );
  });

  it('rootAnatomy returns the row for a root', () => {
    assert.equal(rootAnatomy('S1').keySensoryPoint, 'lateral heel');
  });
});
