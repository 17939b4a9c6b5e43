/**
 * Builds a patient-education article for one level, side and zone from the anatomy module and the
 * knowledge base: the sections in a patient's order of questions, medical words explained on first
 * use, references numbered in order of first use, and the reading grade of the prose.
 */
import { getKb } from '../kb/index.js';
import type { Kb } from '../kb/index.js';
import { DISCLAIMER } from '../vocab/index.js';
import type { Side, Zone } from '../vocab/index.js';
import { createContext } from './context.js';
import type { ArticleContext } from './context.js';
import { explainTerms } from './glossary.js';
import type { GlossarySlot } from './glossary.js';
import { NO_TEXT, addCounts, countText, gradeOfCounts } from './reading-level.js';
import type { TextCounts } from './reading-level.js';
import { parseArticleRequest } from './request.js';
import type { Article, ArticleReference, Block, ListItem, Section } from './model.js';
import { buildWhatItIs } from './sections/what-it-is.js';
import { buildAnatomy } from './sections/anatomy.js';
import { buildTypesAndGrading } from './sections/types-and-grading.js';
import { buildCauses } from './sections/causes.js';
import { buildSymptoms } from './sections/symptoms.js';
import { buildDiagnosis } from './sections/diagnosis.js';
import { buildTreatment } from './sections/treatment.js';
import { buildPrevention } from './sections/prevention.js';
import { buildWhenToGetHelp } from './sections/when-to-get-help.js';
import { buildDoAndAvoid } from './sections/do-and-avoid.js';
import { buildFaq } from './sections/faq.js';

/**
 * The section builders, each with the parts of the request its output depends on. Sections that depend
 * only on the level (treatment, causes, ...) are built once per level and KB and reused by the other
 * pages of that level, which keeps the 72-page site fast; the glossary pass runs per page afterwards.
 */
const BUILDERS: readonly {
  readonly build: (ctx: ArticleContext) => Section;
  readonly key: (ctx: ArticleContext) => string;
}[] = [
  { build: buildWhatItIs, key: (c) => `what-it-is ${c.level} ${c.side} ${c.zone}` },
  { build: buildAnatomy, key: (c) => `anatomy ${c.level} ${c.side} ${c.zone}` },
  { build: buildTypesAndGrading, key: (c) => `types ${c.level} ${c.side} ${c.zone}` },
  { build: buildCauses, key: (c) => `causes ${c.level}` },
  { build: buildSymptoms, key: (c) => `symptoms ${c.level} ${c.side} ${c.hit.root}` },
  { build: buildDiagnosis, key: (c) => `diagnosis ${c.level} ${c.hit.root}` },
  { build: buildTreatment, key: (c) => `treatment ${c.level}` },
  { build: buildPrevention, key: (c) => `prevention ${c.level}` },
  { build: buildWhenToGetHelp, key: (c) => `help ${c.level}` },
  { build: buildDoAndAvoid, key: (c) => `do-avoid ${c.level}` },
  { build: buildFaq, key: (c) => `faq ${c.level} ${c.side} ${c.zone}` },
];

/** Built sections with the review dates of the entries they used, per KB. */
const sectionCache = new WeakMap<Kb, Map<string, { section: Section; dates: readonly string[] }>>();

/** Builds a section, or reuses the one built for the same KB and the same inputs. */
function buildSection(builder: (typeof BUILDERS)[number], ctx: ArticleContext): Section {
  let cache = sectionCache.get(ctx.kb);
  if (!cache) {
    cache = new Map();
    sectionCache.set(ctx.kb, cache);
  }
  const key = builder.key(ctx);
  const hit = cache.get(key);
  if (hit) {
    ctx.reviewedDates.push(...hit.dates);
    return hit.section;
  }
  const before = ctx.reviewedDates.length;
  const section = builder.build(ctx);
  cache.set(key, { section, dates: ctx.reviewedDates.slice(before) });
  return section;
}

/** The URL-safe name of an article, e.g. `l4-l5-left-foraminal`. */
export const articleSlug = (level: string, side: Side, zone: Zone): string =>
  `${level.toLowerCase()}-${side}-${zone}`;

function titleZone(zone: Zone): string {
  switch (zone) {
    case 'central':
      return 'Central canal';
    case 'subarticular':
      return 'Lateral recess';
    case 'foraminal':
      return 'Foraminal';
    case 'extraforaminal':
      return 'Far lateral (extraforaminal)';
  }
}

function titleSide(side: Side): string {
  switch (side) {
    case 'left':
      return 'on the left';
    case 'right':
      return 'on the right';
    case 'bilateral':
      return 'on both sides';
  }
}

/**
 * Applies `f` to every patient text of the sections, in reading order, rebuilding only what changes:
 * a block whose texts all stay the same is returned as the same object, so later steps can reuse work
 * done for it on other pages.
 */
function mapTexts(
  sections: readonly Section[],
  f: (slot: GlossarySlot) => { text: string; notes: readonly string[] },
): Section[] {
  const item = (i: ListItem): ListItem => {
    const label = i.term !== undefined ? f({ text: i.term, kind: 'label' }) : undefined;
    const body = f({ text: i.text, kind: 'prose' });
    const notes = label?.notes ?? [];
    const text = [...notes, body.text].filter((t) => t.length > 0).join(' ');
    return text === i.text ? i : { ...i, text };
  };
  const items = (list: readonly ListItem[]): readonly ListItem[] => {
    const out = list.map(item);
    return out.every((x, k) => x === list[k]) ? list : out;
  };
  const block = (b: Block): Block => {
    switch (b.kind) {
      case 'paragraph': {
        const text = f({ text: b.text, kind: 'prose' }).text;
        return text === b.text ? b : { ...b, text };
      }
      case 'list':
      case 'callout': {
        const next = items(b.items);
        return next === b.items ? b : { ...b, items: next };
      }
      case 'figure': {
        const caption = f({ text: b.caption, kind: 'prose' }).text;
        return caption === b.caption ? b : { ...b, caption };
      }
      case 'subheading':
      case 'clinician':
      case 'references':
        return b;
    }
  };
  return sections.map((s) => {
    const blocks = s.blocks.map(block);
    return blocks.every((x, k) => x === s.blocks[k]) ? s : { ...s, blocks };
  });
}

/** Explains glossary words on first use across the whole article. */
function explainArticle(
  summary: string,
  sections: readonly Section[],
): { summary: string; sections: Section[] } {
  const slots: GlossarySlot[] = [{ text: summary, kind: 'prose' }];
  mapTexts(sections, (slot) => {
    slots.push(slot);
    return { text: slot.text, notes: [] };
  });
  const explained = explainTerms(slots);
  let i = 0;
  const next = () => explained[i++] ?? { text: '', notes: [] };
  const newSummary = next().text;
  return { summary: newSummary, sections: mapTexts(sections, () => next()) };
}

/**
 * The prose that patients read, as the reading-level test measures it: the summary, paragraphs, figure
 * captions, list and callout texts. Headings, item labels (names of drugs, tests and so on), clinician
 * notes, references and diagram descriptions are not prose and are left out.
 */
export function patientProse(article: Pick<Article, 'summary' | 'sections'>): string[] {
  const out = [article.summary];
  for (const s of article.sections) {
    for (const b of s.blocks) {
      switch (b.kind) {
        case 'paragraph':
          out.push(b.text);
          break;
        case 'figure':
          out.push(b.caption);
          break;
        case 'list':
        case 'callout':
          for (const i of b.items) out.push(i.text);
          break;
        case 'subheading':
        case 'clinician':
        case 'references':
          break;
      }
    }
  }
  return out;
}

/** Flesch–Kincaid grade of a list of prose blocks, each block counted as at least one sentence. */
export function gradeOfProse(texts: readonly string[]): number {
  return gradeOfCounts(texts.reduce<TextCounts>((acc, t) => addCounts(acc, countText(t)), NO_TEXT));
}

/** Every citation id the blocks use, in order of first use. */
function sourcesInOrder(sections: readonly Section[]): string[] {
  const seen = new Set<string>();
  const add = (ids: readonly string[] | undefined) => {
    for (const id of ids ?? []) seen.add(id);
  };
  for (const s of sections) {
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') add(b.sources);
      if (b.kind === 'list' || b.kind === 'callout') for (const i of b.items) add(i.sources);
    }
  }
  return [...seen];
}

function referenceOf(kb: Kb, id: string, n: number): ArticleReference {
  const c = kb.citations.get(id);
  if (!c) return { number: n, id, text: id };
  const where = c.doi ? ` doi:${c.doi}` : c.pmid ? ` PMID ${c.pmid}` : '';
  const url = c.url ?? (c.doi ? `https://doi.org/${c.doi}` : undefined);
  const text = `${c.authors ? `${c.authors}. ` : ''}${c.title}${c.year ? ` (${c.year})` : ''}.${where}`;
  return url ? { number: n, id, text, url } : { number: n, id, text };
}

/**
 * Builds the article for a level, side and zone.
 * @param input - `{ level, side, zone }`, validated here (bad values throw `InputError`)
 * @param kb - the knowledge base (the shipped one by default; tests inject their own)
 * @returns the article as data, ready for any renderer
 */
export function buildArticle(input: unknown, kb: Kb = getKb()): Article {
  const request = parseArticleRequest(input);
  const ctx = createContext(kb, request);
  const { level, side, zone, hit } = ctx;
  // The derived anatomy entries carry the review date of the tables the article is built on.
  for (const id of [`level-${level.toLowerCase()}`, `root-${hit.root.toLowerCase()}`]) {
    const entry = kb.byId.get(id);
    if (entry) ctx.use(entry);
  }
  const built = BUILDERS.map((b) => buildSection(b, ctx));
  const summary =
    `This page explains narrowing at ${level} ${titleSide(side)} that can press on the ${hit.root} nerve root. ` +
    'It covers what it is, how it is found and treated, and when to get help fast.';
  const explained = explainArticle(summary, built);
  const references = sourcesInOrder(explained.sections).map((id, i) => referenceOf(kb, id, i + 1));
  const reviewed = [...ctx.reviewedDates].sort().at(-1) ?? 'not recorded';
  const sections: Section[] = [
    ...explained.sections,
    {
      id: 'references',
      heading: 'References',
      blocks: [
        { kind: 'paragraph', text: 'The numbers in square brackets point to these sources.' },
        { kind: 'references', items: references },
      ],
    },
    {
      id: 'about',
      heading: 'About this page',
      blocks: [
        {
          kind: 'paragraph',
          text: 'This page is for learning. It cannot tell what is wrong in your own case. Only a doctor who examines you can do that.',
        },
        { kind: 'paragraph', text: DISCLAIMER },
        {
          kind: 'paragraph',
          text: `Content last reviewed on ${reviewed}. Knowledge base version ${kb.version}.`,
        },
      ],
    },
  ];
  const article = {
    slug: articleSlug(level, side, zone),
    title: `${titleZone(zone)} narrowing at ${level} ${titleSide(side)}: the ${hit.root} nerve root`,
    level,
    side,
    zone,
    root: hit.root,
    relation: hit.relation,
    summary: explained.summary,
    sections,
    references,
    disclaimer: DISCLAIMER,
    reviewed,
    kbVersion: kb.version,
  };
  return { ...article, readingGrade: Math.round(gradeOfProse(patientProse(article)) * 100) / 100 };
}
