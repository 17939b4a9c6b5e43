/** The diagrams are generated from the anatomy tables: check what they draw for every case. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { affectedRoot, rootAnatomy } from '../../src/anatomy/index.js';
import { LEVELS, ROOTS, SIDES, ZONES } from '../../src/vocab/index.js';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bodyMapData, drawDermatomeDiagram, drawSpineDiagram } from '../../src/diagrams/index.js';

const RED = '#b0281a';

/** Well-formedness: every opened element is closed, in order (the SVG is simple enough to check this way). */
function isBalanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    if (self) continue;
    if (close) {
      if (stack.pop() !== name) return false;
    } else stack.push(name ?? '');
  }
  return stack.length === 0;
}

describe('spine diagram', () => {
  for (const level of LEVELS) {
    for (const zone of ZONES) {
      for (const side of SIDES) {
        it(`${level} ${zone} ${side}: labels the root affectedRoot gives, on the right side(s)`, () => {
          const hit = affectedRoot(level, zone);
          const d = drawSpineDiagram({ level, side, zone });
          assert.ok(isBalanced(d.svg));
          assert.match(d.svg, /^<svg [^>]*role="img"/);
          assert.ok(d.description.includes(`the ${hit.root} nerve root`));
          // The red root labels sit left of the midline for the left side, right of it for the right.
          const labels = [
            ...d.svg.matchAll(
              new RegExp(`<text x="([\\d.]+)"[^>]*fill="${RED}"[^>]*>${hit.root}</text>`, 'g'),
            ),
          ].map((m) => Number(m[1]));
          assert.equal(labels.length, side === 'bilateral' ? 2 : 1);
          if (side === 'left') assert.ok((labels[0] ?? 999) < 500);
          if (side === 'right') assert.ok((labels[0] ?? 0) > 500);
          assert.ok(d.svg.includes(`>${level}</text>`), 'the level is labelled');
        });
      }
    }
  }
});

describe('dermatome diagram', () => {
  for (const root of ROOTS) {
    for (const side of SIDES) {
      it(`${root} ${side}: shades exactly the table's regions, on the chosen side(s), in the right half of each view`, () => {
        const d = drawDermatomeDiagram({ root, side });
        assert.ok(isBalanced(d.svg));
        assert.ok(d.description.includes(rootAnatomy(root).dermatome));
        const shaded = [
          ...d.svg.matchAll(
            /<polygon points="([^"]+)"[^>]*data-region="([a-z-]+)" data-side="(left|right)" data-view="(front|back|soles)"/g,
          ),
        ];
        const sides = side === 'bilateral' ? ['left', 'right'] : [side];
        const expected = new Set(
          rootAnatomy(root).regions.flatMap((l) => sides.map((s) => `${l.item} ${s}`)),
        );
        assert.deepEqual(new Set(shaded.map((m) => `${m[2]} ${m[3]}`)), expected);
        for (const [, pts, , s, view] of shaded) {
          const xs = (pts ?? '').split(' ').map((p) => Number(p.split(',')[0]));
          const centre = view === 'front' ? 150 : 450;
          // From the front the patient's left is on our right; from behind and below, on our left.
          const onRight = (s === 'left') === (view === 'front');
          assert.ok(
            xs.every((x) => (onRight ? x >= centre : x <= centre)),
            `${root} ${s} ${view}`,
          );
        }
      });
    }
  }
});

describe('body map of the web assessment page', () => {
  it('is the committed web/js/body-outline.js, generated from the dermatome outline (scripts/gen-body-map.mjs)', async () => {
    const file = pathToFileURL(join(process.cwd(), 'web/js/body-outline.js')).href;
    const web = (await import(file)) as { BODY_MAP: unknown };
    assert.deepEqual(web.BODY_MAP, JSON.parse(JSON.stringify(bodyMapData())));
  });
  it('has one clickable shape per region and side, the saddle once, and each root’s skin areas', () => {
    const data = bodyMapData();
    const keys = new Set(data.regions.map((r) => `${r.region}|${r.side ?? ''}`));
    assert.equal(keys.size, 39);
    for (const root of ['L1', 'L2', 'L3', 'L4', 'L5', 'S1'] as const) {
      assert.deepEqual(
        data.dermatomes[root].map((d) => d.region),
        rootAnatomy(root).regions.map((l) => l.item),
      );
    }
  });
});
