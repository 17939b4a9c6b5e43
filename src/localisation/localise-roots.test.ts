import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { REFLEX_STATUSES, SENSORY_STATUSES } from '../vocab/index.js';
import type { Side } from '../vocab/index.js';
import { ROOT_ANATOMY, rootAnatomy } from '../anatomy/index.js';
import { getKb } from '../kb/index.js';
import { localiseRoots } from './localise-roots.js';
import type { LocalisationInput, RootCall } from './index.js';
import { SYMPTOM_ONLY_CAP, LIST_THRESHOLD } from './weights.js';
import * as weights from './weights.js';
import {
  motorArb,
  reflexesArb,
  sensoryArb,
  symptomsArb,
  testsArb,
} from '../../test/support/presentation-arbitraries.js';

const top = (input: LocalisationInput): RootCall | undefined => localiseRoots(input).roots[0];

describe('localiseRoots: classic patterns', () => {
  const table: { name: string; input: LocalisationInput; root: string; side: Side }[] = [
    {
      name: 'great-toe extension weakness and dorsum-foot numbness → L5',
      input: {
        symptoms: [{ kind: 'pain', region: 'lateral-leg', side: 'left' }],
        exam: {
          motor: [{ movement: 'great-toe-extension', side: 'left', mrc: 4 }],
          sensory: [{ region: 'dorsum-foot', side: 'left', status: 'reduced' }],
        },
      },
      root: 'L5',
      side: 'left',
    },
    {
      name: 'absent Achilles reflex and plantarflexion weakness → S1',
      input: {
        symptoms: [{ kind: 'pain', region: 'posterior-leg', side: 'right' }],
        exam: {
          motor: [{ movement: 'ankle-plantarflexion', side: 'right', mrc: 4 }],
          reflexes: [{ reflex: 'achilles', side: 'right', status: 'absent' }],
        },
      },
      root: 'S1',
      side: 'right',
    },
    {
      name: 'reduced patellar reflex, medial-ankle sensory loss and dorsiflexion weakness → L4',
      input: {
        symptoms: [{ kind: 'pain', region: 'medial-leg', side: 'right' }],
        exam: {
          motor: [{ movement: 'ankle-dorsiflexion', side: 'right', mrc: 4 }],
          sensory: [{ region: 'medial-ankle', side: 'right', status: 'reduced' }],
          reflexes: [{ reflex: 'patellar', side: 'right', status: 'reduced' }],
        },
      },
      root: 'L4',
      side: 'right',
    },
    {
      name: 'knee-extension weakness, medial-knee numbness and a positive femoral stretch → L3',
      input: {
        symptoms: [
          { kind: 'pain', region: 'anterior-thigh', side: 'left' },
          { kind: 'numbness', region: 'medial-knee', side: 'left' },
        ],
        exam: {
          motor: [{ movement: 'knee-extension', side: 'left', mrc: 4 }],
          tests: [{ test: 'femoral-nerve-stretch', side: 'left', result: 'positive' }],
        },
      },
      root: 'L3',
      side: 'left',
    },
    {
      name: 'hip-flexion weakness with anterior-thigh tingling and normal knee extension → L2',
      input: {
        symptoms: [{ kind: 'tingling', region: 'anterior-thigh', side: 'right' }],
        exam: {
          motor: [
            { movement: 'hip-flexion', side: 'right', mrc: 4 },
            { movement: 'knee-extension', side: 'right', mrc: 5 },
          ],
        },
      },
      root: 'L2',
      side: 'right',
    },
    {
      name: 'groin sensory loss and an absent cremasteric reflex → L1',
      input: {
        symptoms: [{ kind: 'numbness', region: 'groin', side: 'left' }],
        exam: {
          sensory: [{ region: 'groin', side: 'left', status: 'reduced' }],
          reflexes: [{ reflex: 'cremasteric', side: 'left', status: 'absent' }],
        },
      },
      root: 'L1',
      side: 'left',
    },
  ];
  for (const row of table) {
    it(row.name, () => {
      const t = top(row.input);
      assert.equal(t?.root, row.root);
      assert.equal(t?.side, row.side);
      assert.equal(t?.basis, 'objective-signs');
    });
  }

  it('the same signs on both sides give one bilateral root', () => {
    const roots = localiseRoots({
      symptoms: [{ kind: 'numbness', region: 'dorsum-foot', side: 'bilateral' }],
      exam: {
        motor: [
          { movement: 'great-toe-extension', side: 'left', mrc: 4 },
          { movement: 'great-toe-extension', side: 'right', mrc: 4 },
        ],
      },
    }).roots;
    assert.equal(roots[0]?.root, 'L5');
    assert.equal(roots[0]?.side, 'bilateral');
    assert.equal(roots.filter((r) => r.root === 'L5').length, 1);
    assert.ok(roots[0]?.evidence.some((e) => e.detail.includes('(both sides)')));
  });

  it('a much weaker other side stays a separate, lower entry', () => {
    const roots = localiseRoots({
      symptoms: [{ kind: 'pain', region: 'lateral-leg', side: 'right' }],
      exam: {
        motor: [{ movement: 'great-toe-extension', side: 'left', mrc: 3 }],
        reflexes: [{ reflex: 'medial-hamstring', side: 'left', status: 'absent' }],
      },
    }).roots;
    assert.equal(roots[0]?.side, 'left');
    assert.ok(!roots.some((r) => r.side === 'bilateral'));
  });
});

describe('localiseRoots: unknown is not normal', () => {
  const base: LocalisationInput = {
    symptoms: [{ kind: 'pain', region: 'medial-leg', side: 'left' }],
    exam: { motor: [{ movement: 'ankle-dorsiflexion', side: 'left', mrc: 4 }] },
  };

  it('a normal reflex lowers the root it belongs to; an untested one changes nothing', () => {
    const untested = localiseRoots(base).roots.find((r) => r.root === 'L4')?.score ?? 0;
    const normal =
      localiseRoots({
        ...base,
        exam: { ...base.exam, reflexes: [{ reflex: 'patellar', side: 'left', status: 'normal' }] },
      }).roots.find((r) => r.root === 'L4')?.score ?? 0;
    assert.ok(normal < untested, `${normal} < ${untested}`);
  });

  it('lists the key items of the leading root that were not examined', () => {
    const result = localiseRoots(base);
    assert.ok(
      result.untested.some(
        (u) =>
          u.startsWith('L4:') && u.includes('patellar reflex') && u.includes('unknown, not normal'),
      ),
      result.untested.join(' | '),
    );
  });

  it('symptoms alone are capped and labelled symptoms-only', () => {
    const t = top({
      symptoms: [
        { kind: 'numbness', region: 'sole', side: 'right' },
        { kind: 'pain', region: 'posterior-leg', side: 'right' },
        { kind: 'pain', region: 'posterior-thigh', side: 'right' },
        { kind: 'numbness', region: 'heel', side: 'right' },
        { kind: 'numbness', region: 'lateral-foot', side: 'right' },
      ],
    });
    assert.equal(t?.root, 'S1');
    assert.equal(t?.basis, 'symptoms-only');
    assert.ok((t?.score ?? 1) <= SYMPTOM_ONLY_CAP);
  });

  it('a negative tension test is not counted against any root', () => {
    const withNegative = localiseRoots({
      ...base,
      exam: {
        ...base.exam,
        tests: [{ test: 'straight-leg-raise', side: 'left', result: 'negative' }],
      },
    });
    assert.deepEqual(
      withNegative.roots.map((r) => r.score),
      localiseRoots(base).roots.map((r) => r.score),
    );
    assert.ok(withNegative.trace.some((t) => t.detail.includes('not counted')));
  });

  it('a reflex reported abnormal on both sides counts less than a one-sided one (fast-check seed 226315833)', () => {
    const oneSided =
      localiseRoots({
        symptoms: [],
        exam: { reflexes: [{ reflex: 'patellar', status: 'reduced' }] },
      }).roots[0]?.score ?? 0;
    const both =
      localiseRoots({
        symptoms: [],
        exam: {
          reflexes: [
            { reflex: 'patellar', status: 'reduced' },
            { reflex: 'patellar', status: 'absent', side: 'bilateral' },
          ],
        },
      }).roots[0]?.score ?? 0;
    assert.ok(both >= oneSided, `${both} >= ${oneSided}`);
    const symmetric = localiseRoots({
      symptoms: [],
      exam: { reflexes: [{ reflex: 'achilles', status: 'absent', side: 'bilateral' }] },
    }).roots;
    const right = localiseRoots({
      symptoms: [],
      exam: { reflexes: [{ reflex: 'achilles', status: 'absent', side: 'right' }] },
    }).roots;
    assert.ok((symmetric[0]?.score ?? 0) < (right[0]?.score ?? 0));
  });

  it('a repeated item keeps its most abnormal value', () => {
    const worse = localiseRoots({
      symptoms: [],
      exam: {
        motor: [
          { movement: 'great-toe-extension', side: 'left', mrc: 5 },
          { movement: 'great-toe-extension', side: 'left', mrc: 2 },
        ],
      },
    });
    const alone = localiseRoots({
      symptoms: [],
      exam: { motor: [{ movement: 'great-toe-extension', side: 'left', mrc: 2 }] },
    });
    assert.deepEqual(worse.roots, alone.roots);
  });
});

describe('localiseRoots: no confident root', () => {
  it('axial back pain only gives no root and says why', () => {
    const r = localiseRoots({
      symptoms: [{ kind: 'pain', region: 'low-back', side: 'bilateral' }],
      exam: { tests: [{ test: 'straight-leg-raise', side: 'left', result: 'negative' }] },
    });
    assert.deepEqual(r.roots, []);
    assert.match(r.notes[0] ?? '', /axial/);
  });

  it('isolated lateral-thigh numbness does not reach the listing threshold', () => {
    const r = localiseRoots({
      symptoms: [{ kind: 'numbness', region: 'lateral-thigh', side: 'left' }],
    });
    assert.deepEqual(r.roots, []);
    assert.ok(r.trace.some((t) => t.step === 'threshold'));
  });

  it('numbness confined to both feet without weakness is read as a neuropathy pattern', () => {
    const r = localiseRoots({
      symptoms: [{ kind: 'numbness', region: 'sole', side: 'bilateral' }],
      exam: { reflexes: [{ reflex: 'achilles', side: 'bilateral', status: 'absent' }] },
    });
    assert.deepEqual(r.roots, []);
    assert.ok(r.notes.some((n) => n.includes('neuropathy')));
  });
});

describe('localiseRoots: overlapping territories', () => {
  it('L5 and S1 with only shared evidence stay close and the note says they cannot be separated', () => {
    const r = localiseRoots({
      symptoms: [{ kind: 'pain', region: 'buttock', side: 'left' }],
      exam: {
        tests: [
          { test: 'straight-leg-raise', side: 'left', result: 'positive' },
          { test: 'slump', side: 'left', result: 'positive' },
        ],
      },
    });
    const l5 = r.roots.find((x) => x.root === 'L5');
    const s1 = r.roots.find((x) => x.root === 'S1');
    assert.ok(l5 && s1);
    assert.equal(l5.score, s1.score);
    assert.ok(r.roots[0]?.indistinctFrom.length === 1);
    assert.match(r.notes.join(' '), /Iversen 2013/);
  });

  it('a root-specific sign separates L5 from S1', () => {
    const r = localiseRoots({
      symptoms: [{ kind: 'pain', region: 'buttock', side: 'left' }],
      exam: {
        tests: [{ test: 'straight-leg-raise', side: 'left', result: 'positive' }],
        reflexes: [{ reflex: 'achilles', side: 'left', status: 'absent' }],
      },
    });
    assert.equal(r.roots[0]?.root, 'S1');
    assert.deepEqual(r.roots[0]?.indistinctFrom, []);
  });

  it('every evidence item carries a weight, a detail and a source, and the trace names each finding', () => {
    const r = localiseRoots({
      symptoms: [{ kind: 'pain', region: 'lateral-leg', side: 'right' }],
      exam: {
        motor: [{ movement: 'great-toe-extension', side: 'right', mrc: 3 }],
        reflexes: [{ reflex: 'achilles', side: 'right', status: 'normal' }],
      },
    });
    for (const root of r.roots) {
      for (const e of root.evidence) {
        assert.ok(e.detail.length > 0 && Number.isFinite(e.weight) && e.sources.length > 0);
      }
    }
    assert.ok(r.trace.some((t) => t.detail.includes('great-toe-extension MRC 3')));
    assert.ok(r.trace.some((t) => t.detail.includes('achilles reflex normal')));
  });

  it('every weight source is a KB citation', () => {
    const kb = getKb();
    const ids = new Set<string>();
    for (const table of [
      weights.SYMPTOM_WEIGHTS,
      weights.SENSORY_WEIGHTS,
      weights.REFLEX_WEIGHTS,
      weights.TEST_WEIGHTS,
    ]) {
      for (const w of Object.values(table)) for (const s of w?.sources ?? []) ids.add(s);
    }
    for (const mrc of [0, 1, 2, 3, 4, 5]) {
      for (const s of weights.motorWeight(mrc).sources) ids.add(s);
    }
    for (const id of ids) assert.ok(kb.citations.has(id), `unknown citation ${id}`);
  });
});

// ---- Properties -------------------------------------------------------------------------------------

const sideOrNoneArb = fc.constantFrom<Side | undefined>('left', 'right', 'bilateral', undefined);
const inputArb: fc.Arbitrary<LocalisationInput> = fc
  .record({
    symptoms: symptomsArb(sideOrNoneArb, 5),
    exam: fc.record({
      motor: motorArb(sideOrNoneArb, 4),
      sensory: sensoryArb(sideOrNoneArb, SENSORY_STATUSES, 3),
      reflexes: reflexesArb(sideOrNoneArb, REFLEX_STATUSES, 3),
      tests: testsArb(sideOrNoneArb, 3),
    }),
  })
  .map((x) => stripUndefinedSides(x));

/** fast-check builds `side: undefined`; the schema output omits it instead. */
function stripUndefinedSides(x: LocalisationInput): LocalisationInput {
  const clean = <T extends { side?: Side | undefined }>(items: readonly T[] | undefined): T[] =>
    (items ?? []).map((i) => {
      if (i.side !== undefined) return i;
      const { side: _drop, ...rest } = i;
      return rest as T;
    });
  return {
    symptoms: clean(x.symptoms),
    exam: {
      motor: clean(x.exam?.motor),
      sensory: clean(x.exam?.sensory),
      reflexes: clean(x.exam?.reflexes),
      tests: clean(x.exam?.tests),
    },
  };
}

const swapSide = (s: Side | undefined): Side | undefined =>
  s === 'left' ? 'right' : s === 'right' ? 'left' : s;
function mirror(x: LocalisationInput): LocalisationInput {
  const m = <T extends { side?: Side | undefined }>(items: readonly T[] | undefined): T[] =>
    (items ?? []).map((i) => (i.side === undefined ? i : { ...i, side: swapSide(i.side) }));
  return {
    symptoms: m(x.symptoms),
    exam: {
      motor: m(x.exam?.motor),
      sensory: m(x.exam?.sensory),
      reflexes: m(x.exam?.reflexes),
      tests: m(x.exam?.tests),
    },
  };
}
const swapText = (s: string): string =>
  s.replace(/\b(left|right)\b/g, (w) => (w === 'left' ? 'right' : 'left'));
const canonical = (roots: readonly RootCall[]): unknown =>
  roots.map((r) => ({
    ...r,
    evidence: [...r.evidence].sort((a, b) =>
      a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : a.weight - b.weight,
    ),
  }));

describe('localiseRoots: properties', () => {
  it('mirroring left and right mirrors the roots', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const direct = JSON.parse(
          swapText(JSON.stringify(canonical(localiseRoots(input).roots))),
        ) as unknown;
        const mirrored = JSON.parse(
          JSON.stringify(canonical(localiseRoots(mirror(input)).roots)),
        ) as unknown;
        assert.deepEqual(mirrored, direct);
      }),
      { numRuns: 300 },
    );
  });

  it('scores lie in 0–1, above the listing threshold, sorted highest first', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const roots = localiseRoots(input).roots;
        for (const r of roots) assert.ok(r.score >= LIST_THRESHOLD && r.score <= 1);
        for (let i = 1; i < roots.length; i++) {
          assert.ok((roots[i - 1]?.score ?? 0) >= (roots[i]?.score ?? 0));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('adding evidence consistent with the top root never lowers its score', () => {
    const evidenceFor = (root: RootCall['root'], side: Side) => {
      const row = rootAnatomy(root);
      const options: fc.Arbitrary<Partial<NonNullable<LocalisationInput['exam']>>>[] = [];
      if (row.movements.length > 0) {
        options.push(
          fc
            .record({
              movement: fc.constantFrom(...row.movements.map((l) => l.item)),
              mrc: fc.integer({ min: 0, max: 4 }),
            })
            .map((m) => ({ motor: [{ ...m, side }] })),
        );
      }
      if (row.regions.length > 0) {
        options.push(
          fc
            .record({
              region: fc.constantFrom(...row.regions.map((l) => l.item)),
              status: fc.constantFrom('reduced', 'absent' as const),
            })
            .map((f) => ({ sensory: [{ ...f, side }] })),
        );
      }
      if (row.reflexes.length > 0) {
        options.push(
          fc
            .record({
              reflex: fc.constantFrom(...row.reflexes.map((l) => l.item)),
              status: fc.constantFrom('reduced', 'absent' as const),
            })
            .map((f) => ({ reflexes: [{ ...f, side }] })),
        );
      }
      if (row.tests.length > 0) {
        options.push(
          fc
            .constantFrom(...row.tests.map((l) => l.item))
            .map((test) => ({ tests: [{ test, side, result: 'positive' as const }] })),
        );
      }
      return fc.oneof(...options);
    };
    fc.assert(
      fc.property(inputArb, fc.nat(), fc.context(), (input, seed, ctx) => {
        const before = localiseRoots(input).roots[0];
        if (!before) return;
        const extra =
          fc.sample(evidenceFor(before.root, before.side), { numRuns: 1, seed })[0] ?? {};
        const exam = input.exam ?? {};
        const after = localiseRoots({
          symptoms: input.symptoms,
          exam: {
            motor: [...(exam.motor ?? []), ...(extra.motor ?? [])],
            sensory: [...(exam.sensory ?? []), ...(extra.sensory ?? [])],
            reflexes: [...(exam.reflexes ?? []), ...(extra.reflexes ?? [])],
            tests: [...(exam.tests ?? []), ...(extra.tests ?? [])],
          },
        }).roots[0];
        ctx.log(JSON.stringify(extra));
        assert.ok(
          after !== undefined && after.score >= before.score,
          `${after?.score} >= ${before.score}`,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('every root in the anatomy table can be the top root', () => {
    for (const row of ROOT_ANATOMY) {
      const key = row.movements.find((l) => l.strength === 1)?.item;
      const region = row.regions.find((l) => l.strength === 1)?.item;
      const reflex = row.reflexes.find((l) => l.strength === 1)?.item;
      const exam = {
        ...(key ? { motor: [{ movement: key, side: 'left' as const, mrc: 3 }] } : {}),
        ...(region
          ? { sensory: [{ region, side: 'left' as const, status: 'absent' as const }] }
          : {}),
        ...(reflex
          ? { reflexes: [{ reflex, side: 'left' as const, status: 'absent' as const }] }
          : {}),
      };
      const roots = localiseRoots({
        symptoms: region ? [{ kind: 'numbness', region, side: 'left' }] : [],
        exam,
      }).roots;
      assert.ok(
        roots.slice(0, 2).some((r) => r.root === row.root),
        `${row.root}: ${roots.map((r) => r.root).join(',')}`,
      );
    }
  });
});
