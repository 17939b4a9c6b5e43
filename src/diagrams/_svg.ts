/** Tiny helpers for writing SVG as strings: escaping, attributes, numbers, points. */

/** Escapes text for XML content and attribute values. */
export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Rounds to one decimal so the output is short and stable. */
export const num = (n: number): string => String(Math.round(n * 10) / 10);

/** An element with attributes and optional children (already SVG). */
export function el(
  name: string,
  attrs: Record<string, string | number | undefined>,
  children = '',
): string {
  const a = Object.entries(attrs)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : esc(v)}"`)
    .join('');
  return children === '' ? `<${name}${a}/>` : `<${name}${a}>${children}</${name}>`;
}

/** A list of points as the `points` attribute of a polygon. */
export const points = (pts: readonly (readonly [number, number])[]): string =>
  pts.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');

/** A text label. */
export function label(
  x: number,
  y: number,
  text: string,
  attrs: Record<string, string | number | undefined> = {},
): string {
  return el('text', { x, y, ...attrs }, esc(text));
}

/** Colours shared by the diagrams; all text colours pass WCAG AA on white. */
export const COLOURS = {
  ink: '#1a1a1a',
  muted: '#4a4a4a',
  bone: '#f3ede2',
  boneLine: '#6b5a44',
  disc: '#cdd8e6',
  discLine: '#4d6178',
  sac: '#e3eef8',
  nerve: '#8c8c8c',
  highlight: '#b0281a',
  highlightFill: '#f6c9c3',
  strong: '#b0281a',
  medium: '#e8957f',
  weak: '#f8ddd5',
  skin: '#fbf8f4',
  skinLine: '#6b6b6b',
} as const;

/** The opening tag of an accessible SVG: role img, labelled by its own title and description. */
export function svgOpen(
  id: string,
  width: number,
  height: number,
  title: string,
  desc: string,
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" ` +
    `aria-labelledby="${id}-title ${id}-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif">` +
    `<title id="${id}-title">${esc(title)}</title><desc id="${id}-desc">${esc(desc)}</desc>`
  );
}

/**
 * A pure drawing, drawn once per key and then served from `cache` (the domains are small: levels,
 * roots, sides and zones).
 * @param cache - the drawings made so far, by key
 * @param key - everything the drawing depends on
 * @param draw - draws it
 */
export function drawnOnce<D>(cache: Map<string, D>, key: string, draw: () => D): D {
  let drawing = cache.get(key);
  if (!drawing) {
    drawing = draw();
    cache.set(key, drawing);
  }
  return drawing;
}
