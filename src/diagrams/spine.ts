/**
 * The lumbar spine from T12 to the sacrum, in a side view and a back view, drawn from the anatomy
 * tables: one vertebra per disc level, every root leaving through its own foramen, and the root that
 * `affectedRoot` names for the request drawn in red with the narrowed zone shaded on the chosen side.
 */
import { LEVEL_ANATOMY, affectedRoot } from '../anatomy/index.js';
import { LEVELS } from '../vocab/index.js';
import type { Level, Side, Zone } from '../vocab/index.js';
import { COLOURS as C, drawnOnce, el, label, points, svgOpen } from './_svg.js';

/** What to draw: the narrowed level, side and zone. */
export interface SpineDiagramRequest {
  readonly level: Level;
  readonly side: Side;
  readonly zone: Zone;
  /** Prefix for element ids, unique within the page. */
  readonly id?: string;
}

/** An SVG with the words that describe it. */
export interface Diagram {
  readonly svg: string;
  readonly title: string;
  /** Full text alternative: what the picture shows, for people who cannot see it. */
  readonly description: string;
}

const TOP = 70;
const PITCH = 64;
const BODY_H = 46;
const WIDTH = 660;
const HEIGHT = 640;
const SIDE_X = 70;
const BACK_CX = 500;
// Vertebrae named by the anatomy rows: the upper vertebra of each level, then the sacrum below L5-S1.
const VERTEBRAE = LEVEL_ANATOMY.map((row) => row.upperVertebra);
const SACRUM_TOP = TOP + VERTEBRAE.length * PITCH;

const top = (i: number): number => TOP + i * PITCH;
const discMid = (i: number): number => top(i) + BODY_H + PITCH / 2 - BODY_H / 2 + 1;
// A gentle lumbar lordosis: the middle of the stack sits further forward (left in the side view).
const lordosis = (i: number): number => -18 * Math.sin((Math.PI * i) / VERTEBRAE.length);

/** Horizontal extent (from the midline) of each zone in the back view, medial to lateral. */
function zoneSpan(zone: Zone): readonly [number, number] {
  switch (zone) {
    case 'central':
      return [0, 16];
    case 'subarticular':
      return [16, 30];
    case 'foraminal':
      return [30, 47];
    case 'extraforaminal':
      return [47, 74];
  }
}

/** Screen directions for the patient's sides in a view from behind (their left is our left). */
function backSigns(side: Side): number[] {
  switch (side) {
    case 'left':
      return [-1];
    case 'right':
      return [1];
    case 'bilateral':
      return [-1, 1];
  }
}

/** The back-view path of the root that leaves through foramen `j` (j = vertebra index; j = 6 is S1). */
function backRootPath(j: number, sign: number): [number, number][] {
  const x = (u: number): number => BACK_CX + sign * u;
  const start = j === 0 ? TOP - 10 : discMid(j - 1) - 12;
  if (j === VERTEBRAE.length) {
    // S1 crosses L5-S1 and leaves through the first sacral foramen.
    return [
      [x(13), start],
      [x(20), SACRUM_TOP + 8],
      [x(27), SACRUM_TOP + 30],
      [x(31), SACRUM_TOP + 38],
    ];
  }
  const t = top(j);
  return [
    [x(13), start],
    [x(23), t + 2],
    [x(30), t + 24],
    [x(42), t + BODY_H - 2],
    [x(58), t + BODY_H + 18],
    [x(82), t + BODY_H + 60],
  ];
}

/** The side-view path of the root leaving foramen `j`, heading down and forward. */
function sideRootPath(j: number): [number, number][] {
  if (j === VERTEBRAE.length) {
    const bx = SIDE_X + lordosis(j);
    return [
      [bx + 40, SACRUM_TOP + 36],
      [bx + 8, SACRUM_TOP + 52],
      [bx - 30, SACRUM_TOP + 70],
    ];
  }
  const fx = SIDE_X + (lordosis(j) + lordosis(j + 1)) / 2 + 83;
  const fy = top(j) + BODY_H - 6;
  return [
    [fx, fy - 6],
    [fx - 26, fy + 18],
    [fx - 60, fy + 46],
    [fx - 84, fy + 70],
  ];
}

const pathD = (pts: readonly (readonly [number, number])[]): string =>
  `M${points(pts).replace(/ /g, ' L')}`;

function drawSideView(
  levelIndex: number,
  exitIndex: number,
  traversing: boolean,
  zone: Zone,
): string {
  let out = label(SIDE_X + 40, 28, 'Side view', {
    'font-size': 16,
    'font-weight': 700,
    fill: C.ink,
    'text-anchor': 'middle',
  });
  out += label(SIDE_X + 40, 46, '(front of the body to the left)', {
    'font-size': 12,
    fill: C.muted,
    'text-anchor': 'middle',
  });
  for (let i = 0; i < VERTEBRAE.length; i++) {
    const bx = SIDE_X + lordosis(i);
    const t = top(i);
    out += el('rect', {
      x: bx + 72,
      y: t + 4,
      width: 24,
      height: 18,
      fill: C.bone,
      stroke: C.boneLine,
    });
    out += el('rect', {
      x: bx + 94,
      y: t - 4,
      width: 24,
      height: BODY_H + 10,
      rx: 5,
      fill: C.bone,
      stroke: C.boneLine,
    });
    out += el('polygon', {
      points: points([
        [bx + 118, t + 8],
        [bx + 160, t + 22],
        [bx + 162, t + 36],
        [bx + 118, t + 40],
      ]),
      fill: C.bone,
      stroke: C.boneLine,
    });
    out += el('rect', {
      x: bx,
      y: t,
      width: 72,
      height: BODY_H,
      rx: 6,
      fill: C.bone,
      stroke: C.boneLine,
    });
    out += label(bx - 8, t + BODY_H / 2 + 5, VERTEBRAE[i] ?? '', {
      'font-size': 14,
      fill: C.ink,
      'text-anchor': 'end',
    });
    if (i < LEVELS.length) {
      const mx = SIDE_X + (lordosis(i) + lordosis(i + 1)) / 2;
      const hot = i === levelIndex;
      out += el('rect', {
        x: mx + 1,
        y: t + BODY_H + 2,
        width: 70,
        height: PITCH - BODY_H - 4,
        rx: 4,
        fill: hot ? C.highlightFill : C.disc,
        stroke: hot ? C.highlight : C.discLine,
        'stroke-width': hot ? 2.5 : 1,
      });
      out += el('ellipse', {
        cx: mx + 83,
        cy: t + BODY_H - 6,
        rx: 9,
        ry: 19,
        fill: '#ffffff',
        stroke: C.boneLine,
      });
    }
  }
  const sx = SIDE_X + lordosis(VERTEBRAE.length);
  const s = SACRUM_TOP;
  out += el('polygon', {
    points: points([
      [sx, s],
      [sx + 74, s],
      [sx + 128, s + 18],
      [sx + 86, s + 110],
      [sx + 60, s + 138],
      [sx + 40, s + 120],
      [sx + 14, s + 70],
    ]),
    fill: C.bone,
    stroke: C.boneLine,
  });
  out += el('ellipse', {
    cx: sx + 42,
    cy: s + 36,
    rx: 6,
    ry: 9,
    fill: '#ffffff',
    stroke: C.boneLine,
  });
  out += label(sx - 8, s + 40, 'Sacrum', { 'font-size': 14, fill: C.ink, 'text-anchor': 'end' });
  // Every root, thin and grey; then the affected one on top, thick and red.
  for (let j = 0; j <= VERTEBRAE.length; j++) {
    out += el('path', {
      d: pathD(sideRootPath(j)),
      fill: 'none',
      stroke: C.nerve,
      'stroke-width': 2,
      'stroke-linecap': 'round',
    });
  }
  out += el('path', {
    d: pathD(sideRootPath(exitIndex)),
    fill: 'none',
    stroke: C.highlight,
    'stroke-width': 6,
    'stroke-linecap': 'round',
  });
  const mx = SIDE_X + (lordosis(levelIndex) + lordosis(levelIndex + 1)) / 2;
  const fy = top(levelIndex) + BODY_H - 6;
  if (traversing) {
    // Hidden inside the canal: a dashed red line from the narrowed disc down to where the root leaves.
    const end = sideRootPath(exitIndex)[0] ?? [mx + 83, fy + PITCH];
    out += el('path', {
      d: pathD([[mx + 80, discMid(levelIndex)], end]),
      fill: 'none',
      stroke: C.highlight,
      'stroke-width': 3,
      'stroke-dasharray': '5 4',
    });
  }
  out += label(SIDE_X + 172, discMid(levelIndex) + 5, LEVELS[levelIndex] ?? '', {
    'font-size': 15,
    'font-weight': 700,
    fill: C.highlight,
  });
  const marker: [number, number] =
    zone === 'foraminal'
      ? [mx + 83, fy]
      : zone === 'extraforaminal'
        ? [mx + 62, fy + 20]
        : [mx + 76, discMid(levelIndex)];
  out += el('circle', {
    cx: marker[0],
    cy: marker[1],
    r: zone === 'foraminal' ? 24 : 13,
    fill: 'none',
    stroke: C.highlight,
    'stroke-width': 3,
  });
  return out;
}

function drawBackView(
  levelIndex: number,
  exitIndex: number,
  zone: Zone,
  side: Side,
  rootName: string,
): string {
  const cx = BACK_CX;
  let out = label(cx, 28, 'Back view', {
    'font-size': 16,
    'font-weight': 700,
    fill: C.ink,
    'text-anchor': 'middle',
  });
  out += label(cx, 46, '(seen from behind)', {
    'font-size': 12,
    fill: C.muted,
    'text-anchor': 'middle',
  });
  out += label(cx - 120, 64, 'Left', {
    'font-size': 14,
    'font-weight': 700,
    fill: C.ink,
    'text-anchor': 'middle',
  });
  out += label(cx + 120, 64, 'Right', {
    'font-size': 14,
    'font-weight': 700,
    fill: C.ink,
    'text-anchor': 'middle',
  });
  for (let i = 0; i < VERTEBRAE.length; i++) {
    const t = top(i);
    out += el('rect', {
      x: cx - 78,
      y: t + 8,
      width: 156,
      height: 11,
      rx: 4,
      fill: C.bone,
      stroke: C.boneLine,
    });
    out += el('rect', {
      x: cx - 45,
      y: t,
      width: 90,
      height: BODY_H,
      rx: 6,
      fill: C.bone,
      stroke: C.boneLine,
    });
    if (i < LEVELS.length) {
      const hot = i === levelIndex;
      out += el('rect', {
        x: cx - 45,
        y: t + BODY_H + 2,
        width: 90,
        height: PITCH - BODY_H - 4,
        rx: 4,
        fill: hot ? C.highlightFill : C.disc,
        stroke: hot ? C.highlight : C.discLine,
        'stroke-width': hot ? 2.5 : 1,
      });
    }
  }
  const s = SACRUM_TOP;
  out += el('polygon', {
    points: points([
      [cx - 64, s],
      [cx + 64, s],
      [cx + 26, s + 128],
      [cx - 26, s + 128],
    ]),
    fill: C.bone,
    stroke: C.boneLine,
  });
  for (const sign of [-1, 1]) {
    for (const [k, u] of [
      [0, 31],
      [1, 25],
      [2, 19],
    ] as const) {
      out += el('ellipse', {
        cx: cx + sign * u,
        cy: s + 38 + k * 30,
        rx: 6,
        ry: 8,
        fill: '#ffffff',
        stroke: C.boneLine,
      });
    }
  }
  out += label(cx, s + 150, 'Sacrum', { 'font-size': 14, fill: C.ink, 'text-anchor': 'middle' });
  // The dural sac, then the narrowed zone, then the roots over it.
  out += el('rect', {
    x: cx - 13,
    y: TOP - 14,
    width: 26,
    height: s + 20 - (TOP - 14),
    rx: 12,
    fill: C.sac,
    stroke: C.discLine,
    'stroke-width': 0.8,
  });
  const [u0, u1] = zoneSpan(zone);
  const zy = discMid(levelIndex) - 15;
  for (const sign of backSigns(side)) {
    const x0 = cx + sign * u0;
    const x1 = cx + sign * u1;
    out += el('rect', {
      x: Math.min(x0, x1),
      y: zy,
      width: Math.abs(x1 - x0),
      height: 30,
      fill: C.highlightFill,
      'fill-opacity': 0.85,
      stroke: C.highlight,
      'stroke-width': 2,
      'stroke-dasharray': '4 3',
    });
  }
  for (let i = 0; i < VERTEBRAE.length; i++) {
    for (const sign of [-1, 1]) {
      out += el('ellipse', {
        cx: cx + sign * 38,
        cy: top(i) + 13,
        rx: 8,
        ry: 10,
        fill: C.bone,
        stroke: C.boneLine,
        'stroke-width': 1.5,
      });
    }
  }
  for (let j = 0; j <= VERTEBRAE.length; j++) {
    for (const sign of [-1, 1]) {
      const p = backRootPath(j, sign);
      out += el('path', {
        d: pathD(p),
        fill: 'none',
        stroke: C.nerve,
        'stroke-width': 2.5,
        'stroke-linecap': 'round',
        'stroke-linejoin': 'round',
      });
    }
  }
  for (const sign of backSigns(side)) {
    const p = backRootPath(exitIndex, sign);
    out += el('path', {
      d: pathD(p),
      fill: 'none',
      stroke: C.highlight,
      'stroke-width': 6,
      'stroke-linecap': 'round',
      'stroke-linejoin': 'round',
    });
    const end = p[p.length - 1] ?? [cx, 0];
    out += label(end[0] + sign * 6, end[1] + 5, rootName, {
      'font-size': 15,
      'font-weight': 700,
      fill: C.highlight,
      'text-anchor': sign < 0 ? 'end' : 'start',
    });
  }
  return out;
}

function drawLegend(rootName: string, zoneLabel: string): string {
  const y = HEIGHT - 22;
  let out = el('line', {
    x1: 40,
    y1: y - 5,
    x2: 76,
    y2: y - 5,
    stroke: C.highlight,
    'stroke-width': 6,
    'stroke-linecap': 'round',
  });
  out += label(84, y, `the ${rootName} nerve root`, { 'font-size': 14, fill: C.ink });
  out += el('rect', {
    x: 300,
    y: y - 16,
    width: 30,
    height: 20,
    fill: C.highlightFill,
    stroke: C.highlight,
    'stroke-width': 2,
    'stroke-dasharray': '4 3',
  });
  out += label(338, y, `the narrowed ${zoneLabel} zone`, { 'font-size': 14, fill: C.ink });
  return out;
}

/** Plain name of a zone for the picture's labels. */
function zoneLabel(zone: Zone): string {
  switch (zone) {
    case 'central':
      return 'central';
    case 'subarticular':
      return 'lateral recess';
    case 'foraminal':
      return 'foraminal';
    case 'extraforaminal':
      return 'far lateral';
  }
}

/**
 * Draws the spine diagram for a narrowed level, side and zone.
 * @param request - level, side and zone (and an id prefix for the page)
 * @returns the SVG and its title and text description
 */
export function drawSpineDiagram(request: SpineDiagramRequest): Diagram {
  const key = `${request.level} ${request.side} ${request.zone} ${request.id ?? 'spine'}`;
  return drawnOnce(spines, key, () => drawSpine(request));
}

// A pure function of a small domain (6 levels × 3 sides × 4 zones): each picture is drawn once.
const spines = new Map<string, Diagram>();

function drawSpine(request: SpineDiagramRequest): Diagram {
  const { level, side, zone } = request;
  const id = request.id ?? 'spine';
  const hit = affectedRoot(level, zone);
  const levelIndex = LEVELS.indexOf(level);
  // An exiting root leaves at this level's foramen; a traversing one leaves one foramen lower.
  const exitIndex = hit.relation === 'exiting' ? levelIndex : levelIndex + 1;
  const sideWords = side === 'bilateral' ? 'on both sides' : `on the ${side} side`;
  const title = `Spine from T12 to the sacrum, with the ${level} level and the ${hit.root} nerve root marked`;
  const description =
    `Side and back views of the lower spine, from the T12 vertebra down to the sacrum. The ${level} disc is shaded red. ` +
    `In the back view the ${zoneLabel(zone)} zone is shaded ${sideWords}, and the ${hit.root} nerve root is drawn as a thick red line. ` +
    (hit.relation === 'exiting'
      ? `The ${hit.root} root leaves the spine through the opening at this level.`
      : `The ${hit.root} root passes this level inside the canal and leaves the spine one level lower.`);
  const body =
    el('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, fill: '#ffffff' }) +
    drawSideView(levelIndex, exitIndex, hit.relation === 'traversing', zone) +
    drawBackView(levelIndex, exitIndex, zone, side, hit.root) +
    drawLegend(hit.root, zoneLabel(zone));
  return {
    svg: `${svgOpen(id, WIDTH, HEIGHT, title, description)}${body}</svg>`,
    title,
    description,
  };
}
