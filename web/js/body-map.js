// A clickable body map of the lower body, front and back, one shape per body region and side
// (CONTRACTS.md body regions). Each shape is a keyboard-focusable checkbox.

const SVG = 'http://www.w3.org/2000/svg';

// Front view: the patient faces us, so their right leg is on our left. Back view: their left is on our left.
// Each leg is split into columns from its outer edge; [x, width] in leg units 0–40.
const FRONT = { right: 55, left: 105 };
const BACK = { left: 255, right: 305 };
const LEG_W = 40;

/** Shapes as [region, view, side, x, y, w, h] with x measured from the leg's outer edge (front) or left edge. */
function shapes() {
  const out = [];
  const frontLeg = (side, region, fromOuter, y, w, h) => {
    const x = side === 'right' ? FRONT.right + fromOuter : FRONT.left + LEG_W - fromOuter - w;
    out.push({ region, side, x, y, w, h });
  };
  const backLeg = (side, region, fromOuter, y, w, h) => {
    const x = side === 'left' ? BACK.left + fromOuter : BACK.right + LEG_W - fromOuter - w;
    out.push({ region, side, x, y, w, h });
  };
  for (const side of ['right', 'left']) {
    // Front: abdomen and groin sit above the legs; the patient's right half is on our left.
    out.push({
      region: 'lower-abdomen',
      side,
      x: side === 'right' ? 60 : 100,
      y: 15,
      w: 40,
      h: 35,
    });
    out.push({ region: 'groin', side, x: side === 'right' ? 68 : 102, y: 52, w: 30, h: 30 });
    frontLeg(side, 'lateral-thigh', 0, 85, 12, 115);
    frontLeg(side, 'anterior-thigh', 12, 85, 17, 115);
    frontLeg(side, 'medial-thigh', 29, 85, 11, 115);
    frontLeg(side, 'anterior-knee', 0, 202, 28, 28);
    frontLeg(side, 'medial-knee', 28, 202, 12, 28);
    frontLeg(side, 'lateral-leg', 0, 232, 20, 106);
    frontLeg(side, 'medial-leg', 20, 232, 20, 106);
    frontLeg(side, 'medial-ankle', 26, 340, 14, 18);
    frontLeg(side, 'dorsum-foot', 0, 360, 28, 36);
    frontLeg(side, 'great-toe', 28, 372, 12, 24);
    // Back.
    out.push({ region: 'low-back', side, x: side === 'left' ? 255 : 300, y: 15, w: 45, h: 35 });
    out.push({ region: 'buttock', side, x: side === 'left' ? 255 : 306, y: 52, w: 39, h: 45 });
    backLeg(side, 'posterior-thigh', 0, 100, 40, 100);
    backLeg(side, 'posterior-leg', 0, 232, 40, 106);
    backLeg(side, 'lateral-foot', 0, 342, 12, 36);
    backLeg(side, 'heel', 12, 342, 28, 20);
    backLeg(side, 'sole', 12, 364, 28, 32);
  }
  return out;
}

const label = (region, side) =>
  region === 'saddle' ? 'saddle (between the legs)' : `${side} ${region.replace(/-/g, ' ')}`;

/**
 * Draws the body map into `container`.
 * @param {HTMLElement} container
 * @param {(selected: {region: string, side?: string}[]) => void} onChange - called with the selection
 * @returns {{ set(selected: {region: string, side?: string}[]): void }}
 */
export function createBodyMap(container, onChange) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 400 410');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', 'Body map, front view on the left and back view on the right');
  const selected = new Set();
  const nodes = new Map();
  const add = (tag, attrs, text) => {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text) el.textContent = text;
    svg.append(el);
    return el;
  };
  // Silhouettes behind the regions: pelvis and two legs per view, so the figures read as a body.
  for (const left of [55, 253]) {
    const outline = {
      fill: '#f6f8fa',
      stroke: '#aab6c3',
      'stroke-width': 1,
      'aria-hidden': 'true',
    };
    add('rect', { x: left, y: 12, width: 92, height: 88, rx: 18, ...outline });
    add('rect', { x: left - 2, y: 80, width: 44, height: 320, rx: 14, ...outline });
    add('rect', { x: left + 50, y: 80, width: 44, height: 320, rx: 14, ...outline });
  }
  add('text', { x: 100, y: 10, 'text-anchor': 'middle' }, 'Front');
  add('text', { x: 300, y: 10, 'text-anchor': 'middle' }, 'Back');
  add('text', { x: 40, y: 150, 'text-anchor': 'middle' }, 'R');
  add('text', { x: 160, y: 150, 'text-anchor': 'middle' }, 'L');
  add('text', { x: 240, y: 150, 'text-anchor': 'middle' }, 'L');
  add('text', { x: 360, y: 150, 'text-anchor': 'middle' }, 'R');
  const all = [...shapes(), { region: 'saddle', side: undefined, x: 294, y: 84, w: 12, h: 26 }];
  const emit = () =>
    onChange(
      [...selected].map((key) => {
        const [region, side] = key.split('|');
        return side ? { region, side } : { region };
      }),
    );
  const toggle = (key) => {
    if (selected.has(key)) selected.delete(key);
    else selected.add(key);
    nodes.get(key)?.setAttribute('aria-checked', String(selected.has(key)));
    emit();
  };
  for (const s of all) {
    const key = s.side ? `${s.region}|${s.side}` : s.region;
    const rect = add('rect', {
      x: s.x,
      y: s.y,
      width: s.w,
      height: s.h,
      rx: 3,
      class: 'region',
      tabindex: 0,
      role: 'checkbox',
      'aria-checked': 'false',
      'aria-label': label(s.region, s.side),
      'data-region': s.region,
      ...(s.side ? { 'data-side': s.side } : {}),
    });
    const title = document.createElementNS(SVG, 'title');
    title.textContent = label(s.region, s.side);
    rect.append(title);
    rect.addEventListener('click', () => toggle(key));
    rect.addEventListener('keydown', (event) => {
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        toggle(key);
      }
    });
    nodes.set(key, rect);
  }
  container.append(svg);
  return {
    set(items) {
      selected.clear();
      for (const item of items) {
        selected.add(item.side ? `${item.region}|${item.side}` : item.region);
      }
      for (const [key, node] of nodes) node.setAttribute('aria-checked', String(selected.has(key)));
      emit();
    },
  };
}
