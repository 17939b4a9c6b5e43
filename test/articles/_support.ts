/** Helpers shared by the article tests: all 72 articles built once, seed 10-grams, prose walking. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LEVELS, SIDES, ZONES } from '../../src/vocab/index.js';
import { buildArticle, renderArticleHtml } from '../../src/articles/index.js';
import type { Article, ArticleAudience, ArticleListItem } from '../../src/articles/index.js';

const cache = new Map<ArticleAudience, { article: Article; html: string }[]>();
/** Every page for an audience (6 levels × 4 zones × 3 sides) from the shipped KB, with its HTML. */
export function allPages(
  audience: ArticleAudience = 'patient',
): { article: Article; html: string }[] {
  let pages = cache.get(audience);
  if (!pages) {
    pages = LEVELS.flatMap((level) =>
      ZONES.flatMap((zone) =>
        SIDES.map((side) => {
          const article = buildArticle({ level, side, zone, audience });
          return { article, html: renderArticleHtml(article) };
        }),
      ),
    );
    cache.set(audience, pages);
  }
  return pages;
}

/** Every patient article. */
export const allArticles = (): Article[] => allPages('patient').map((p) => p.article);

// The same tokenisation as shared/tools/seed-overlap: lower-case runs of letters and digits.
const words = (text: string): string[] => text.toLowerCase().match(/[a-z0-9]+/g) ?? [];

/** Every 10-word run of the seed articles, read from ../shared/seeds (tests run from the repo root). */
export function seedGrams(n = 10): Set<string> {
  const dir = resolve(process.cwd(), '../shared/seeds');
  const grams = new Set<string>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    const w = words(readFileSync(join(dir, name), 'utf8'));
    for (let i = 0; i + n <= w.length; i++) grams.add(w.slice(i, i + n).join(' '));
  }
  return grams;
}

/** The first run of `n` words of `text` that is also a seed run, or undefined. */
export function firstSharedRun(
  text: string,
  grams: ReadonlySet<string>,
  n = 10,
): string | undefined {
  const w = words(text);
  for (let i = 0; i + n <= w.length; i++) {
    const g = w.slice(i, i + n).join(' ');
    if (grams.has(g)) return g;
  }
  return undefined;
}

/** Every list or callout item of an article, with the section it is in. */
export function itemsOf(article: Article): { section: string; item: ArticleListItem }[] {
  const out: { section: string; item: ArticleListItem }[] = [];
  for (const s of article.sections) {
    for (const b of s.blocks) {
      if (b.kind === 'list' || b.kind === 'callout' || b.kind === 'ordered') {
        for (const item of b.items) out.push({ section: s.id, item });
      }
    }
  }
  return out;
}

/** All the text of an article a reader can see, except the diagrams themselves. */
export function visibleText(article: Article): string {
  const parts: string[] = [article.title, article.summary];
  for (const s of article.sections) {
    parts.push(s.heading);
    for (const b of s.blocks) {
      switch (b.kind) {
        case 'paragraph':
        case 'subheading':
          parts.push(b.text);
          break;
        case 'table':
          parts.push(b.caption, ...b.head, ...b.rows.flatMap((r) => r.cells));
          break;
        case 'list':
        case 'ordered':
        case 'callout':
          if (b.kind === 'callout') parts.push(b.title);
          for (const i of b.items) {
            parts.push(i.term ?? '', i.badge ?? '', i.text, ...(i.clinician ?? []));
          }
          break;
        case 'figure':
          parts.push(b.alt, b.caption);
          break;
        case 'clinician':
          parts.push(...b.lines);
          break;
        case 'references':
          parts.push(...b.items.map((r) => r.text));
          break;
      }
    }
  }
  return parts.join('\n');
}
