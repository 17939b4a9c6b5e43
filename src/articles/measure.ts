/**
 * What a reader sees, measured the same way everywhere (builder, tests, README, bench): the visible text
 * of the rendered HTML page, from the header to the footer, with headings, the contents list, lists,
 * tables, figure captions and the labels drawn inside the pictures, but without the sources list, the
 * print-only handout and the (invisible) SVG titles and descriptions. Each block element ends a line, and
 * each line ends a sentence as well as `.`, `!` and `?` do; words and syllables as `reading-level.ts`
 * counts them (acronyms letter by letter).
 */
import { countText, gradeOfCounts } from './reading-level.js';

/** Comment markers the HTML renderer puts around parts that are not measured. */
export const UNMEASURED = [
  ['<!--sources-->', '<!--/sources-->'],
  ['<!--handout-->', '<!--/handout-->'],
] as const;

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': ' ',
};

const BLOCK_END =
  /<\/(?:p|li|h[1-6]|td|th|tr|div|section|figcaption|caption|text|header|footer|nav|summary|aside|dt|dd)>|<br\s*\/?>/gi;

// The same pictures appear on many pages: read each one's visible labels once.
const svgCache = new Map<string, string>();
function svgText(svg: string): string {
  let text = svgCache.get(svg);
  if (text === undefined) {
    text = `\n${svg
      .replace(/<(title|desc)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<\/text>/gi, '\n')
      .replace(/<[^>]+>/g, ' ')}\n`;
    svgCache.set(svg, text);
  }
  return text;
}

/**
 * The visible text of an HTML page, one line per block.
 * @param html - a page from `renderArticleHtml`
 */
export function visibleText(html: string): string {
  const start = html.indexOf('<body');
  let body = start >= 0 ? html.slice(start) : html;
  for (const [open, close] of UNMEASURED) {
    for (;;) {
      const a = body.indexOf(open);
      if (a < 0) break;
      const b = body.indexOf(close, a);
      body = body.slice(0, a) + (b < 0 ? '' : body.slice(b + close.length));
    }
  }
  return body
    .replace(/<svg\b[\s\S]*?<\/svg>/gi, svgText)
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(BLOCK_END, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#a-z0-9]+;/gi, (e) => ENTITIES[e] ?? ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => /[A-Za-z0-9]/.test(line))
    .join('\n');
}

/** Words and reading grade of a page. */
export interface PageMeasure {
  readonly words: number;
  readonly sentences: number;
  readonly grade: number;
}

/**
 * Measures a rendered page: visible words (sources excluded) and the Flesch–Kincaid grade of them.
 * @param html - a page from `renderArticleHtml`
 */
export function measurePage(html: string): PageMeasure {
  const counts = countText(visibleText(html));
  return {
    words: counts.word,
    sentences: counts.sentence,
    grade: Math.round(gradeOfCounts(counts) * 100) / 100,
  };
}
