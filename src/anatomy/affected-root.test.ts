import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LEVELS, ROOTS, ZONES } from '../vocab/index.js';
import type { Level, Zone } from '../vocab/index.js';
import { affectedRoot, lesionSitesForRoot, relationForZone } from './affected-root.js';
import { levelBelow } from './levels.js';

// Every (level, zone) pair, written out by hand from the rule in CONTRACTS.md and clinical-rules.md §2.2:
// foraminal/extraforaminal → exiting root (upper vertebra); central/subarticular → traversing root (lower).
const EXPECTED: Record<Level, Record<Zone, string>> = {
  'T12-L1': { central: 'L1', subarticular: 'L1', foraminal: 'T12', extraforaminal: 'T12' },
  'L1-L2': { central: 'L2', subarticular: 'L2', foraminal: 'L1', extraforaminal: 'L1' },
  'L2-L3': { central: 'L3', subarticular: 'L3', foraminal: 'L2', extraforaminal: 'L2' },
  'L3-L4': { central: 'L4', subarticular: 'L4', foraminal: 'L3', extraforaminal: 'L3' },
  'L4-L5': { central: 'L5', subarticular: 'L5', foraminal: 'L4', extraforaminal: 'L4' },
  'L5-S1': { central: 'S1', subarticular: 'S1', foraminal: 'L5', extraforaminal: 'L5' },
};

describe('affectedRoot: the exiting/traversing rule (source: wikimsk-radicular, radres-stenosis-grading)', () => {
  for (const level of LEVELS) {
    for (const zone of ZONES) {
      const expected = EXPECTED[level][zone];
      it(`${level} ${zone} → ${expected}`, () => {
        const hit = affectedRoot(level, zone);
        assert.equal(hit.root, expected);
        assert.equal(
          hit.relation,
          zone === 'foraminal' || zone === 'extraforaminal' ? 'exiting' : 'traversing',
        );
        assert.ok(hit.sources.length > 0);
      });
    }
  }

  it('covers all 24 level × zone pairs', () => {
    assert.equal(
      Object.values(EXPECTED).flatMap((z) => Object.keys(z)).length,
      LEVELS.length * ZONES.length,
    );
  });

  it("the articles' error is not repeated: L2-L3 foraminal is L2, not L3 (seed 002)", () => {
    assert.equal(affectedRoot('L2-L3', 'foraminal').root, 'L2');
  });

  it('relationForZone is exhaustive over zones', () => {
    assert.deepEqual(ZONES.map(relationForZone), [
      'traversing',
      'traversing',
      'exiting',
      'exiting',
    ]);
  });
});

describe('lesionSitesForRoot is the inverse of affectedRoot', () => {
  for (const root of ROOTS) {
    it(`${root}: every site returned compresses ${root}, and every pair that does is returned`, () => {
      const sites = lesionSitesForRoot(root);
      for (const s of sites) assert.equal(affectedRoot(s.level, s.zone).root, root);
      const expectedCount = LEVELS.flatMap((l) => ZONES.map((z) => affectedRoot(l, z).root)).filter(
        (r) => r === root,
      ).length;
      assert.equal(sites.length, expectedCount);
    });
  }

  it('L5: foraminal and extraforaminal at L5-S1, central and subarticular at L4-L5', () => {
    assert.deepEqual(
      lesionSitesForRoot('L5').map((s) => `${s.level} ${s.zone} ${s.relation}`),
      [
        'L4-L5 central traversing',
        'L4-L5 subarticular traversing',
        'L5-S1 foraminal exiting',
        'L5-S1 extraforaminal exiting',
      ],
    );
  });

  it('L1: traversing at T12-L1, exiting at L1-L2', () => {
    assert.deepEqual(
      lesionSitesForRoot('L1').map((s) => `${s.level} ${s.zone}`),
      ['T12-L1 central', 'T12-L1 subarticular', 'L1-L2 foraminal', 'L1-L2 extraforaminal'],
    );
  });
});

describe('levelBelow', () => {
  it('walks down the spine and stops after L5-S1', () => {
    assert.equal(levelBelow('L4-L5'), 'L5-S1');
    assert.equal(levelBelow('T12-L1'), 'L1-L2');
    assert.equal(levelBelow('L5-S1'), undefined);
  });
});
