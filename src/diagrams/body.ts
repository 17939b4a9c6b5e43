/**
 * A body outline from the waist down, front and back (with the soles), shading the skin areas that the
 * anatomy table links to a root. Shade depth follows the table's link strength: primary areas dark,
 * secondary lighter, weak links lightest, because published dermatome maps overlap and disagree.
 */
import { rootAnatomy } from '../anatomy/index.js';
import type { LinkStrength } from '../anatomy/index.js';
import type { BodyRegion, Root, Side } from '../vocab/index.js';
import { COLOURS as C, drawnOnce, el, label, points, svgOpen } from './_svg.js';
import type { Diagram } from './spine.js';

/** What to draw: whose areas, on which side. */
export interface DermatomeDiagramRequest {
  readonly root: Root;
  readonly side: Side;
  readonly id?: string;
}

type Pt = [number, number];
type View = 'front' | 'back' | 'soles';

const WIDTH = 600;
const HEIGHT = 790;
const CENTRES: Record<View, number> = { front: 150, back: 450, soles: 450 };

/** Piecewise-linear interpolation over (y, value) knots. */
function interp(knots: readonly Pt[], y: number): number {
  const first = knots[0];
  const last = knots[knots.length - 1];
  if (!first || !last) return 0;
  if (y <= first[0]) return first[1];
  for (let i = 1; i < knots.length; i++) {
    const a = knots[i - 1];
    const b = knots[i];
    if (a && b && y <= b[0]) return a[1] + ((b[1] - a[1]) * (y - a[0])) / (b[0] - a[0]);
  }
  return last[1];
}

// Distance from the midline of one leg's outer and inner edges, by height (y grows downwards).
const OUTER: readonly Pt[] = [
  [20, 72],
  [60, 82],
  [95, 92],
  [130, 90],
  [200, 80],
  [270, 66],
  [300, 64],
  [330, 64],
  [380, 57],
  [440, 40],
  [460, 42],
  [480, 54],
  [505, 58],
];
const INNER: readonly Pt[] = [
  [150, 0],
  [151, 4],
  [200, 8],
  [270, 12],
  [300, 12],
  [330, 10],
  [380, 12],
  [440, 16],
  [460, 15],
  [480, 10],
  [505, 6],
];
const outer = (y: number): number => interp(OUTER, y);
const inner = (y: number): number => interp(INNER, y);

/** A band of the leg between heights y0 and y1 and fractions t0..t1 of its width (0 = inner edge). */
function strip(y0: number, y1: number, t0: number, t1: number): Pt[] {
  const steps = 8;
  const at = (y: number, t: number): Pt => [inner(y) + t * (outer(y) - inner(y)), y];
  const left: Pt[] = [];
  const right: Pt[] = [];
  for (let k = 0; k <= steps; k++) {
    const y = y0 + ((y1 - y0) * k) / steps;
    left.push(at(y, t0));
    right.push(at(y, t1));
  }
  return [...left, ...right.reverse()];
}

// One footprint, seen from below: u is the distance from the footprint's centre line, outwards positive.
const FOOT_U = 62;
const FOOT_TOP = 600;
const footprint = (pts: readonly Pt[]): Pt[] => pts.map(([u, y]) => [FOOT_U + u, FOOT_TOP + y]);
const SOLE_OUTLINE: readonly Pt[] = [
  [-14, 120],
  [12, 120],
  [20, 104],
  [23, 78],
  [27, 40],
  [24, 10],
  [10, 2],
  [-8, 4],
  [-21, 12],
  [-21, 40],
  [-16, 78],
  [-16, 104],
];

/** Where each region is drawn, per view, for one side (u = distance from the midline, outwards). */
function regionShapes(region: BodyRegion): { view: View; pts: Pt[] }[] {
  switch (region) {
    case 'low-back':
      return [{ view: 'back', pts: strip(22, 78, 0, 1) }];
    case 'buttock':
      return [{ view: 'back', pts: strip(82, 148, 0.1, 1) }];
    case 'saddle':
      return [
        {
          view: 'back',
          pts: [
            [0, 122],
            [9, 126],
            [12, 160],
            [0, 170],
          ],
        },
      ];
    case 'lower-abdomen':
      return [{ view: 'front', pts: strip(22, 86, 0, 1) }];
    case 'groin':
      return [
        {
          view: 'front',
          pts: [
            [0, 90],
            [70, 90],
            [46, 124],
            [14, 150],
            [0, 148],
          ],
        },
      ];
    case 'anterior-thigh':
      return [{ view: 'front', pts: strip(118, 268, 0.3, 0.72) }];
    case 'lateral-thigh':
      return [
        { view: 'front', pts: strip(96, 268, 0.72, 1) },
        { view: 'back', pts: strip(152, 270, 0.78, 1) },
      ];
    case 'medial-thigh':
      return [
        { view: 'front', pts: strip(156, 268, 0, 0.3) },
        { view: 'back', pts: strip(160, 270, 0, 0.22) },
      ];
    case 'posterior-thigh':
      return [{ view: 'back', pts: strip(152, 290, 0.22, 0.78) }];
    case 'anterior-knee':
      return [{ view: 'front', pts: strip(272, 318, 0.3, 0.85) }];
    case 'medial-knee':
      return [{ view: 'front', pts: strip(272, 318, 0, 0.3) }];
    case 'medial-leg':
      return [
        { view: 'front', pts: strip(322, 438, 0, 0.5) },
        { view: 'back', pts: strip(322, 438, 0, 0.18) },
      ];
    case 'lateral-leg':
      return [
        { view: 'front', pts: strip(322, 438, 0.5, 1) },
        { view: 'back', pts: strip(322, 438, 0.82, 1) },
      ];
    case 'posterior-leg':
      return [{ view: 'back', pts: strip(300, 438, 0.18, 0.82) }];
    case 'medial-ankle':
      return [
        { view: 'front', pts: strip(440, 458, 0, 0.45) },
        { view: 'back', pts: strip(440, 458, 0, 0.25) },
      ];
    case 'dorsum-foot':
      return [{ view: 'front', pts: strip(462, 492, 0.22, 0.78) }];
    case 'great-toe':
      return [{ view: 'front', pts: strip(494, 505, 0, 0.3) }];
    case 'lateral-foot':
      return [
        { view: 'front', pts: strip(462, 503, 0.8, 1) },
        { view: 'back', pts: strip(446, 486, 0.8, 1) },
        {
          view: 'soles',
          pts: footprint([
            [16, 18],
            [24, 12],
            [27, 40],
            [23, 78],
            [20, 100],
            [14, 100],
            [17, 78],
            [19, 40],
          ]),
        },
      ];
    case 'sole':
      return [
        {
          view: 'soles',
          pts: footprint([
            [-19, 14],
            [-8, 6],
            [10, 5],
            [16, 18],
            [19, 40],
            [17, 78],
            [14, 98],
            [-14, 98],
            [-15, 78],
            [-19, 40],
          ]),
        },
      ];
    case 'heel':
      return [
        { view: 'back', pts: strip(460, 488, 0.2, 0.8) },
        {
          view: 'soles',
          pts: footprint([
            [-14, 100],
            [14, 100],
            [20, 104],
            [12, 120],
            [-14, 120],
            [-16, 104],
          ]),
        },
      ];
  }
}

/** Screen x for a distance u from the midline on the patient's side in a view. */
function toScreen(view: View, side: 'left' | 'right', u: number): number {
  // From the front the patient's right is on our left; from behind (and for the soles) it is on our right.
  const sign = view === 'front' ? (side === 'right' ? -1 : 1) : side === 'right' ? 1 : -1;
  return CENTRES[view] + sign * u;
}

const shapeOnSide = (view: View, side: 'left' | 'right', pts: readonly Pt[]): string =>
  points(pts.map(([u, y]): Pt => [toScreen(view, side, u), y]));

function outline(view: 'front' | 'back'): string {
  const down: Pt[] = [[0, 20]];
  for (let y = 20; y <= 505; y += 5) down.push([outer(y), y]);
  const up: Pt[] = [];
  for (let y = 505; y >= 151; y -= 5) up.push([inner(y), y]);
  up.push([0, 151]);
  const half = [...down, ...up];
  const d = (side: 'left' | 'right'): string => shapeOnSide(view, side, half);
  return (
    el('polygon', {
      points: d('left'),
      fill: C.skin,
      stroke: C.skinLine,
      'stroke-width': 1.5,
      'stroke-linejoin': 'round',
    }) +
    el('polygon', {
      points: d('right'),
      fill: C.skin,
      stroke: C.skinLine,
      'stroke-width': 1.5,
      'stroke-linejoin': 'round',
    })
  );
}

function soles(): string {
  return (['left', 'right'] as const)
    .map((side) =>
      el('polygon', {
        points: shapeOnSide('soles', side, footprint(SOLE_OUTLINE)),
        fill: C.skin,
        stroke: C.skinLine,
        'stroke-width': 1.5,
      }),
    )
    .join('');
}

const FILL: Record<LinkStrength, string> = { 1: C.strong, 0.5: C.medium, 0.25: C.weak };
const SIDES_OF: Record<Side, readonly ('left' | 'right')[]> = {
  left: ['left'],
  right: ['right'],
  bilateral: ['left', 'right'],
};

function legend(): string {
  const y = HEIGHT - 24;
  const rows: [LinkStrength, string, number][] = [
    [1, 'main area', 40],
    [0.5, 'often', 230],
    [0.25, 'sometimes', 380],
  ];
  return rows
    .map(
      ([s, text, x]) =>
        el('rect', { x, y: y - 15, width: 26, height: 18, fill: FILL[s], stroke: C.skinLine }) +
        label(x + 34, y, text, { 'font-size': 14, fill: C.ink }),
    )
    .join('');
}

/**
 * Draws the dermatome diagram of a root on one or both sides.
 * @param request - the root, the side, and an id prefix for the page
 * @returns the SVG and its title and text description
 */
export function drawDermatomeDiagram(request: DermatomeDiagramRequest): Diagram {
  const key = `${request.root} ${request.side} ${request.id ?? 'dermatome'}`;
  return drawnOnce(drawn, key, () => draw(request));
}

// A pure function of a small domain (6 roots × 3 sides): each picture is drawn once per process.
const drawn = new Map<string, Diagram>();

function draw(request: DermatomeDiagramRequest): Diagram {
  const { root, side } = request;
  const id = request.id ?? 'dermatome';
  const row = rootAnatomy(root);
  let shading = '';
  let grid = '';
  const shadedRegions = new Set<BodyRegion>();
  for (const link of [...row.regions].sort((a, b) => a.strength - b.strength)) {
    shadedRegions.add(link.item);
    for (const shape of regionShapes(link.item)) {
      for (const s of SIDES_OF[side]) {
        shading += el('polygon', {
          points: shapeOnSide(shape.view, s, shape.pts),
          fill: FILL[link.strength],
          stroke: C.skinLine,
          'stroke-width': 0.6,
          'data-region': link.item,
          'data-side': s,
          'data-view': shape.view,
        });
      }
    }
  }
  // Faint outlines of the other regions, so the shaded patch can be placed on the body.
  for (const shape of (
    [
      'groin',
      'anterior-thigh',
      'lateral-thigh',
      'medial-thigh',
      'posterior-thigh',
      'anterior-knee',
      'medial-leg',
      'posterior-leg',
      'buttock',
    ] as const
  )
    .filter((r) => !shadedRegions.has(r))
    .flatMap(regionShapes)) {
    for (const s of ['left', 'right'] as const) {
      grid += el('polygon', {
        points: shapeOnSide(shape.view, s, shape.pts),
        fill: 'none',
        stroke: '#c9c2b8',
        'stroke-width': 0.6,
        'stroke-dasharray': '3 3',
      });
    }
  }
  const sideWords = side === 'bilateral' ? 'both legs' : `the ${side} leg`;
  const title = `Skin areas of the ${root} nerve root on ${sideWords}`;
  const strong = row.regions.filter((l) => l.strength === 1).length;
  const description =
    `Outline of the body from the waist down, seen from the front, from behind, and from below the feet. ` +
    `The areas served by the ${root} root are shaded on ${sideWords}: ${row.dermatome}. ` +
    `Darker shading marks the ${strong === 1 ? 'main area' : 'main areas'}; lighter shading marks areas it sometimes reaches.`;
  const labels =
    label(CENTRES.front, -8, 'Front', {
      'font-size': 16,
      'font-weight': 700,
      fill: C.ink,
      'text-anchor': 'middle',
    }) +
    label(CENTRES.back, -8, 'Back', {
      'font-size': 16,
      'font-weight': 700,
      fill: C.ink,
      'text-anchor': 'middle',
    }) +
    label(CENTRES.front - 100, 535, 'Right', {
      'font-size': 14,
      fill: C.ink,
      'text-anchor': 'middle',
    }) +
    label(CENTRES.front + 100, 535, 'Left', {
      'font-size': 14,
      fill: C.ink,
      'text-anchor': 'middle',
    }) +
    label(CENTRES.back - 100, 535, 'Left', {
      'font-size': 14,
      fill: C.ink,
      'text-anchor': 'middle',
    }) +
    label(CENTRES.back + 100, 535, 'Right', {
      'font-size': 14,
      fill: C.ink,
      'text-anchor': 'middle',
    }) +
    label(CENTRES.soles - 110, FOOT_TOP + 66, 'Soles of the feet', {
      'font-size': 14,
      fill: C.ink,
      'text-anchor': 'end',
    });
  const body =
    el('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: '#ffffff' }) +
    el(
      'g',
      { transform: 'translate(0 30)' },
      outline('front') + outline('back') + soles() + grid + shading + labels,
    ) +
    legend();
  return {
    svg: `${svgOpen(id, WIDTH, HEIGHT, title, description)}${body}</svg>`,
    title,
    description,
  };
}

/** One clickable region of the body map: a region on one side (the saddle has none) in one view. */
export interface BodyMapRegion {
  readonly region: BodyRegion;
  readonly side?: 'left' | 'right';
  readonly view: 'front' | 'back' | 'soles';
  readonly points: string;
}

/** The body outline of the dermatome diagram as data, for the web app's clickable body map. */
export interface BodyMapData {
  readonly width: number;
  readonly height: number;
  /** The figures are drawn this far down, below their labels. */
  readonly offsetY: number;
  readonly outlines: readonly string[];
  readonly regions: readonly BodyMapRegion[];
  readonly labels: readonly { x: number; y: number; text: string }[];
  /** Each root's skin areas and link strength, from the anatomy table. */
  readonly dermatomes: Readonly<Record<Root, readonly { region: BodyRegion; strength: number }[]>>;
}

/**
 * The same body outline and region shapes the dermatome diagram draws, as data: the web assessment
 * page's body map is drawn from it, so a clinician clicks the leg the patient pages show.
 */
export function bodyMapData(): BodyMapData {
  const half = (view: 'front' | 'back'): Pt[] => {
    const down: Pt[] = [[0, 20]];
    for (let y = 20; y <= 505; y += 5) down.push([outer(y), y]);
    const up: Pt[] = [];
    for (let y = 505; y >= 151; y -= 5) up.push([inner(y), y]);
    up.push([0, 151]);
    void view;
    return [...down, ...up];
  };
  const outlines: string[] = [];
  for (const view of ['front', 'back'] as const) {
    for (const side of ['left', 'right'] as const) {
      outlines.push(shapeOnSide(view, side, half(view)));
    }
  }
  for (const side of ['left', 'right'] as const) {
    outlines.push(shapeOnSide('soles', side, footprint(SOLE_OUTLINE)));
  }
  // Larger areas first, so the smaller ones drawn over them stay clickable.
  const order: readonly BodyRegion[] = [
    'lower-abdomen',
    'low-back',
    'buttock',
    'anterior-thigh',
    'lateral-thigh',
    'medial-thigh',
    'posterior-thigh',
    'medial-leg',
    'lateral-leg',
    'posterior-leg',
    'groin',
    'anterior-knee',
    'medial-knee',
    'medial-ankle',
    'dorsum-foot',
    'lateral-foot',
    'sole',
    'heel',
    'great-toe',
    'saddle',
  ];
  const regions: BodyMapRegion[] = [];
  for (const region of order) {
    for (const shape of regionShapes(region)) {
      for (const side of ['left', 'right'] as const) {
        regions.push({
          region,
          ...(region === 'saddle' ? {} : { side }),
          view: shape.view,
          points: shapeOnSide(shape.view, side, shape.pts),
        });
      }
    }
  }
  const dermatomes = Object.fromEntries(
    (['L1', 'L2', 'L3', 'L4', 'L5', 'S1'] as const).map((root) => [
      root,
      rootAnatomy(root).regions.map((l) => ({ region: l.item, strength: l.strength })),
    ]),
  ) as Record<Root, { region: BodyRegion; strength: number }[]>;
  return {
    width: WIDTH,
    height: HEIGHT - 40,
    offsetY: 30,
    outlines,
    regions,
    labels: [
      { x: CENTRES.front, y: 18, text: 'Front' },
      { x: CENTRES.back, y: 18, text: 'Back' },
      { x: CENTRES.front - 100, y: 565, text: 'Right' },
      { x: CENTRES.front + 100, y: 565, text: 'Left' },
      { x: CENTRES.back - 100, y: 565, text: 'Left' },
      { x: CENTRES.back + 100, y: 565, text: 'Right' },
      { x: CENTRES.soles - 170, y: FOOT_TOP + 96, text: 'Soles' },
    ],
    dermatomes,
  };
}

/** The web app's generated module (`web/js/body-outline.js`) holding `bodyMapData()`. */
export function bodyMapModule(): string {
  return `// Generated from src/diagrams/body.ts (bodyMapData) by scripts/gen-body-map.mjs: do not edit.\n// The same body outline and regions as the dermatome diagram of the patient pages.\nexport const BODY_MAP = ${JSON.stringify(bodyMapData())};\n`;
}
