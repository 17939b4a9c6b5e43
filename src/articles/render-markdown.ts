/**
 * Markdown rendering of an article. Diagrams are embedded as data-URI images with their full text
 * description as alt text, so the file has no external resources; clinician notes are marked as such.
 */
import type { Article, ArticleReference, Block, ListItem } from './model.js';

/** Reference numbers for a list of citation ids, e.g. " [1, 4]". */
export function referenceMarks(
  sources: readonly string[] | undefined,
  refs: readonly ArticleReference[],
): number[] {
  let index = refIndexes.get(refs);
  if (!index) {
    index = new Map(refs.map((r) => [r.id, r.number]));
    refIndexes.set(refs, index);
  }
  const numbers = new Set<number>();
  for (const id of sources ?? []) {
    const n = index.get(id);
    if (n !== undefined) numbers.add(n);
  }
  return [...numbers].sort((a, b) => a - b);
}

const refIndexes = new WeakMap<readonly ArticleReference[], Map<string, number>>();

/** Where a KB entry's own page is, relative to an article page of the static site. */
export const kbLink = (id: string): string => `../kb/${id}.html`;

// Characters that would start Markdown syntax inside text.
const md = (s: string): string => s.replace(/([\\`*_[\]<>])/g, '\\$1');
const marks = (
  sources: readonly string[] | undefined,
  refs: readonly ArticleReference[],
): string => {
  const n = referenceMarks(sources, refs);
  return n.length > 0 ? ` [${n.map((x) => `[${x}](#ref-${x})`).join(', ')}]` : '';
};

function item(i: ListItem, refs: readonly ArticleReference[], bullet = '-'): string {
  const term = i.term ? (i.link ? `[${md(i.term)}](${kbLink(i.link)})` : md(i.term)) : '';
  const head = i.term ? `**${term}**${i.text ? (/[?!.]$/.test(i.term) ? ' ' : ': ') : ''}` : '';
  const badge = i.badge ? `**${md(i.badge)}** ` : '';
  let out = `${bullet} ${head}${badge}${md(i.text)}${marks(i.sources, refs)}\n`;
  if (i.clinician && i.clinician.length > 0) {
    out += `  - *For clinicians:* ${md(i.clinician.join(' · '))}\n`;
  }
  return out;
}

function block(b: Block, refs: readonly ArticleReference[]): string {
  switch (b.kind) {
    case 'paragraph':
      return `${md(b.text)}${marks(b.sources, refs)}\n`;
    case 'subheading':
      return `${b.minor === true ? '####' : '###'} ${md(b.text)}\n`;
    case 'list':
      return b.items.map((i) => item(i, refs)).join('');
    case 'ordered':
      return b.items.map((i, n) => item(i, refs, `${String(n + 1)}.`)).join('');
    case 'table': {
      const row = (cells: readonly string[]) => `| ${cells.map(md).join(' | ')} |`;
      return (
        [
          `*${md(b.caption)}*`,
          '',
          row(b.head),
          `| ${b.head.map(() => '---').join(' | ')} |`,
          ...b.rows.map((r) => row(r.cells)),
        ].join('\n') + '\n'
      );
    }
    case 'callout': {
      const lines = [`**${md(b.title)}**`, '', ...b.items.map((i) => item(i, refs).trimEnd())];
      return `${lines.map((l) => (l === '' ? '>' : `> ${l}`)).join('\n')}\n`;
    }
    case 'figure': {
      const data = Buffer.from(b.svg, 'utf8').toString('base64');
      return `![${md(b.alt)}](data:image/svg+xml;base64,${data})\n\n*${md(b.caption)}*\n`;
    }
    case 'clinician':
      return `*For clinicians:* ${md(b.lines.join(' · '))}\n`;
    case 'references':
      return (
        b.items
          .map(
            (r) =>
              `${r.number}. <a id="ref-${r.number}"></a>${md(r.text)}${r.url ? ` <${r.url}>` : ''}`,
          )
          .join('\n') + '\n'
      );
  }
}

/**
 * Renders an article as Markdown.
 * @param article - the article from `buildArticle`
 * @returns a Markdown document
 */
export function renderArticleMarkdown(article: Article): string {
  let out = `# ${md(article.title)}\n\n${md(article.summary)}\n\n`;
  out += `**On this page:** ${article.sections.map((s) => `[${md(s.heading)}](#${s.id})`).join(' · ')}\n\n`;
  for (const s of article.sections) {
    out += `<a id="${s.id}"></a>\n\n## ${md(s.heading)}\n\n`;
    out += s.blocks.map((b) => block(b, article.references)).join('\n');
    out += '\n';
  }
  return out.replace(/\n{3,}/g, '\n\n');
}
