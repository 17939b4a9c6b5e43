// The clickable body map of the assessment page: the same body outline and regions as the dermatome
// diagram of the patient pages (web/js/body-outline.js, generated from src/diagrams/body.ts). Each region
// on each side is a keyboard-focusable checkbox; after an assessment, `showDermatome` shades the skin
// areas of the likely root.
import { BODY_MAP } from './body-outline.js';

const SVG = 'http://www.w3.org/2000/svg';

const REGION_WORDS = {
  'low-back': 'low back',
  'lower-abdomen': 'lower belly',
  'anterior-thigh': 'front of thigh',
  'medial-thigh': 'inner thigh',
  'lateral-thigh': 'outer thigh',
  'posterior-thigh': 'back of thigh',
  'anterior-knee': 'front of knee',
  'medial-knee': 'inner knee',
  'medial-leg': 'inner shin',
  'lateral-leg': 'outer shin',
  'posterior-leg': 'calf',
  'medial-ankle': 'inner ankle',
  'dorsum-foot': 'top of foot',
  'great-toe': 'big toe',
  'lateral-foot': 'outer edge of foot',
};

const label = (region, side) =>
  region === 'saddle'
    ? 'saddle (between the legs)'
    : `${side} ${REGION_WORDS[region] ?? region.replace(/-/g, ' ')}`;

/**
 * Draws the body map into `container`.
 * @param {HTMLElement} container
 * @param {(selected: {region: string, side?: string}[]) => void} onChange - called with the selection
 * @returns {{ set(selected: {region: string, side?: string}[]): void, showDermatome(root?: string, side?: string): void }}
 */
export function createBodyMap(container, onChange) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${BODY_MAP.width} ${BODY_MAP.height}`);
  svg.setAttribute('role', 'group');
  svg.setAttribute(
    'aria-label',
    'Body map: front view, back view and soles of the feet. Each area is a checkbox.',
  );
  const selected = new Set();
  const nodes = new Map();
  const add = (parent, tag, attrs, text) => {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    if (text) el.textContent = text;
    parent.append(el);
    return el;
  };
  for (const l of BODY_MAP.labels) {
    add(svg, 'text', { x: l.x, y: l.y, 'text-anchor': 'middle' }, l.text);
  }
  const body = add(svg, 'g', { transform: `translate(0 ${BODY_MAP.offsetY})` });
  for (const points of BODY_MAP.outlines) {
    add(body, 'polygon', { points, class: 'outline', 'aria-hidden': 'true' });
  }
  const emit = () =>
    onChange(
      [...selected].map((key) => {
        const [region, side] = key.split('|');
        return side ? { region, side } : { region };
      }),
    );
  const sync = (key) => {
    for (const n of nodes.get(key) ?? []) n.setAttribute('aria-checked', String(selected.has(key)));
  };
  const toggle = (key) => {
    if (selected.has(key)) selected.delete(key);
    else selected.add(key);
    sync(key);
    emit();
  };
  const focusable = new Set();
  for (const r of BODY_MAP.regions) {
    const key = r.side ? `${r.region}|${r.side}` : r.region;
    // One tab stop per region and side: a region drawn in two views is one checkbox, the other is a twin.
    const first = !focusable.has(key);
    focusable.add(key);
    const shape = add(body, 'polygon', {
      points: r.points,
      class: 'region',
      'data-region': r.region,
      ...(r.side ? { 'data-side': r.side } : {}),
      'data-view': r.view,
      ...(first
        ? {
            tabindex: 0,
            role: 'checkbox',
            'aria-checked': 'false',
            'aria-label': label(r.region, r.side),
          }
        : { 'aria-hidden': 'true' }),
    });
    const title = document.createElementNS(SVG, 'title');
    title.textContent = label(r.region, r.side);
    shape.append(title);
    shape.addEventListener('click', () => toggle(key));
    shape.addEventListener('keydown', (event) => {
      if (event.key === ' ' || event.key === 'Enter') {
        event.preventDefault();
        toggle(key);
      }
    });
    nodes.set(key, [...(nodes.get(key) ?? []), shape]);
  }
  container.append(svg);
  const legend = document.createElement('p');
  legend.className = 'muted dermatome-legend';
  legend.setAttribute('aria-live', 'polite');
  container.append(legend);
  return {
    set(items) {
      selected.clear();
      for (const item of items) {
        selected.add(item.side ? `${item.region}|${item.side}` : item.region);
      }
      for (const key of nodes.keys()) sync(key);
      emit();
    },
    /** Shades the skin areas of a root on one side (or both), darker where the link is stronger. */
    showDermatome(root, side) {
      for (const list of nodes.values()) for (const n of list) n.removeAttribute('data-dermatome');
      const links = root ? BODY_MAP.dermatomes[root] : undefined;
      if (!links) {
        legend.textContent = '';
        return;
      }
      for (const { region, strength } of links) {
        for (const s of side === 'bilateral' || !side ? ['left', 'right'] : [side]) {
          for (const n of nodes.get(`${region}|${s}`) ?? []) {
            n.setAttribute(
              'data-dermatome',
              strength >= 1 ? 'main' : strength >= 0.5 ? 'often' : 'sometimes',
            );
          }
        }
      }
      legend.textContent = `Shaded: the skin areas of the ${root} root${side && side !== 'bilateral' ? ` on the ${side}` : ''} (darker = main area).`;
    },
  };
}
