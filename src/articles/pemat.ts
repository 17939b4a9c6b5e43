/**
 * PEMAT-P, the Patient Education Materials Assessment Tool for printable materials (AHRQ, 2013; version
 * 1.0, updated 2020), scored item by item for a patient page. Each item carries the check that decides
 * it, run on the article data and the measured page, so the score is reproducible and can be reviewed
 * line by line. Items 13 and 14 are audiovisual-only and not part of PEMAT-P. Score = agree ÷ (agree +
 * disagree) × 100, not-applicable items left out, for understandability and actionability apart.
 * {@link https://www.ahrq.gov/health-literacy/patient-education/pemat-p.html | AHRQ PEMAT-P}
 */
import type { Article, Block, ListItem } from './model.js';
import { PATIENT_SECTION_IDS } from './model.js';
import { MAX_READING_GRADE } from './reading-level.js';

/** One PEMAT-P item, its answer and why. */
export interface PematItem {
  readonly item: number;
  readonly domain: 'understandability' | 'actionability';
  readonly text: string;
  readonly answer: 'agree' | 'disagree' | 'n/a';
  readonly why: string;
}

/** The item-by-item rating and the two percentages. */
export interface PematScore {
  readonly items: readonly PematItem[];
  readonly understandability: number;
  readonly actionability: number;
}

const blocksOf = (a: Article): Block[] => a.sections.flatMap((s) => s.blocks);
const itemsOf = (b: Block): readonly ListItem[] =>
  b.kind === 'list' || b.kind === 'ordered' || b.kind === 'callout' ? b.items : [];
const textOf = (a: Article): string[] =>
  a.sections
    .filter((s) => s.id !== 'references' && s.id !== 'about')
    .flatMap((s) => s.blocks)
    .flatMap((b) =>
      b.kind === 'paragraph' || b.kind === 'subheading'
        ? [b.text]
        : b.kind === 'figure'
          ? [b.caption]
          : itemsOf(b).map((i) => `${i.term ?? ''} ${i.text}`),
    );

const percent = (items: readonly PematItem[], domain: PematItem['domain']): number => {
  const rated = items.filter((i) => i.domain === domain && i.answer !== 'n/a');
  const agree = rated.filter((i) => i.answer === 'agree').length;
  return rated.length === 0 ? 0 : Math.round((agree / rated.length) * 100);
};

/**
 * Rates a patient page with PEMAT-P.
 * @param article - a patient article from `buildArticle`
 * @param terms - the medical words the page's wording defines on first use
 */
export function scorePemat(
  article: Article,
  terms: readonly (readonly [string, string])[] = [],
): PematScore {
  const ids = article.sections.map((s) => s.id);
  const blocks = blocksOf(article);
  const texts = textOf(article);
  const all = texts.join('\n');
  const figures = blocks.filter((b) => b.kind === 'figure');
  const tables = blocks.filter((b) => b.kind === 'table');
  const todo = article.sections.find((s) => s.id === 'what-to-do-now');
  const actions = (todo?.blocks ?? []).flatMap(itemsOf);
  const sentences = all.split(/(?<=[.!?])\s+|\n/).filter((s) => s.trim().length > 0);
  const passive = sentences.filter((s) => /\b(is|are|was|were|been|being)\s+\w+ed\b/i.test(s));
  const sectionWords = article.sections
    .filter((s) => s.id !== 'references')
    .map(
      (s) =>
        textOf({ ...article, sections: [s] })
          .join(' ')
          .split(/\s+/).length,
    );
  const defined = terms.filter(([t]) => new RegExp(`\\b${t}`, 'i').test(all));
  const undefinedTerms = defined.filter(([, meaning]) => !all.includes(`(${meaning})`));
  const order = ids.filter((id) => (PATIENT_SECTION_IDS as readonly string[]).includes(id));
  const item = (
    n: number,
    domain: PematItem['domain'],
    text: string,
    answer: PematItem['answer'],
    why: string,
  ): PematItem => ({ item: n, domain, text, answer, why });
  const yes = (ok: boolean): 'agree' | 'disagree' => (ok ? 'agree' : 'disagree');
  const U = 'understandability' as const;
  const A = 'actionability' as const;
  const items: PematItem[] = [
    item(
      1,
      U,
      'The material makes its purpose completely evident.',
      yes(ids[0] === 'summary' && article.title.includes(article.level)),
      'The title names the level, side and nerve; a three-line summary comes first.',
    ),
    item(
      2,
      U,
      'The material does not include information or content that distracts from its purpose.',
      yes(
        !blocks.some((b) => b.kind === 'clinician') &&
          !blocks.some((b) => itemsOf(b).some((i) => (i.clinician ?? []).length > 0)) &&
          article.wordCount <= 2500,
      ),
      `No clinician notes; ${String(article.wordCount)} visible words (limit 2,500); other treatments are on linked pages.`,
    ),
    item(
      3,
      U,
      'The material uses common, everyday language.',
      yes(article.readingGrade <= MAX_READING_GRADE),
      `Flesch–Kincaid grade ${article.readingGrade.toFixed(1)} on the whole visible page (limit ${String(MAX_READING_GRADE)}).`,
    ),
    item(
      4,
      U,
      'Medical terms are used only to familiarize audience with the terms. When used, medical terms are defined.',
      yes(undefinedTerms.length === 0),
      undefinedTerms.length === 0
        ? `Each listed term used (${defined.map(([t]) => t).join(', ') || 'none'}) is followed by its meaning on first use.`
        : `Undefined: ${undefinedTerms.map(([t]) => t).join(', ')}.`,
    ),
    item(
      5,
      U,
      'The material uses the active voice.',
      yes(passive.length / Math.max(1, sentences.length) <= 0.1),
      `${String(passive.length)} of ${String(sentences.length)} sentences look passive (limit 10%).`,
    ),
    item(
      6,
      U,
      'Numbers appearing in the material are clear and easy to understand.',
      yes(!/\d+\.\d|%/.test(all)),
      'Whole numbers with units; no decimals or percentages.',
    ),
    item(
      7,
      U,
      'The material does not expect the user to perform calculations.',
      yes(actions.every((i) => !i.drug || /tablets of/.test(i.text))),
      'Each daily limit is also given as a number of tablets.',
    ),
    item(
      8,
      U,
      'The material breaks or "chunks" information into short sections.',
      yes(Math.max(...sectionWords) <= 450),
      `Longest section ${String(Math.max(...sectionWords))} words (limit 450).`,
    ),
    item(
      9,
      U,
      "The material's sections have informative headers.",
      yes(
        article.sections
          .filter((s) => s.id !== 'references')
          .every((s) => s.heading.split(/\s+/).length >= 2),
      ),
      'Headings say what the section answers ("What you can do now", "When to get help").',
    ),
    item(
      10,
      U,
      'The material presents information in a logical sequence.',
      yes(order.join() === PATIENT_SECTION_IDS.filter((id) => ids.includes(id)).join()),
      'Summary, what is happening, symptoms, what to do, treatments, when to get help, questions.',
    ),
    item(
      11,
      U,
      'The material provides a summary.',
      yes(ids[0] === 'summary'),
      'A three-line summary opens the page; the printable handout repeats the key points.',
    ),
    item(
      12,
      U,
      'The material uses visual cues (e.g., arrows, boxes, bullets, bold, larger font, highlighting) to draw attention to key points.',
      yes(blocks.some((b) => b.kind === 'callout' && b.tone === 'emergency')),
      'Coloured boxes for when to get help, bold evidence words, numbered steps.',
    ),
    item(
      15,
      U,
      'The material uses visual aids whenever they could make content more easily understood.',
      yes(figures.length >= 1),
      `${String(figures.length)} pictures: the spine with the tight spot, and the skin area of the nerve.`,
    ),
    item(
      16,
      U,
      "The material's visual aids reinforce rather than distract from the content.",
      yes(figures.every((f) => f.kind === 'figure' && f.caption.includes(article.root))),
      'Each picture shows this level and this nerve only.',
    ),
    item(
      17,
      U,
      "The material's visual aids have clear titles or captions.",
      yes(figures.every((f) => f.kind === 'figure' && f.caption.length > 20)),
      'Every picture has a caption and an SVG title and description.',
    ),
    item(
      18,
      U,
      'The material uses illustrations and photographs that are clear and uncluttered.',
      yes(figures.every((f) => f.kind === 'figure' && f.svg.includes('<title'))),
      'Line drawings generated from the anatomy data, one idea each.',
    ),
    item(
      19,
      U,
      'The material uses simple tables with short and clear row and column headings.',
      tables.length === 0 ? 'n/a' : 'agree',
      tables.length === 0 ? 'No tables on the patient page.' : 'Tables have short headings.',
    ),
    item(
      20,
      A,
      'The material clearly identifies at least one action the user can take.',
      yes(actions.length >= 3),
      `${String(actions.length)} actions under "What you can do now".`,
    ),
    item(
      21,
      A,
      'The material addresses the user directly when describing actions.',
      yes(
        actions.filter((i) => /\byou(r)?\b/i.test(i.text) || /^[A-Z][a-z]+ /.test(i.text))
          .length === actions.length,
      ),
      'Actions say "you" and start with a verb.',
    ),
    item(
      22,
      A,
      'The material breaks down any action into manageable, explicit steps.',
      yes((todo?.blocks ?? []).some((b) => b.kind === 'ordered')),
      'Numbered steps, each one short; doses say how much and how often.',
    ),
    item(
      23,
      A,
      'The material provides a tangible tool (e.g., menu planners, checklists) whenever it could help the user take action.',
      yes(ids.includes('questions') && article.handout !== undefined),
      'A question list to take to the doctor, a symptom diary step, and a one-page printable handout.',
    ),
    item(
      24,
      A,
      'The material provides simple instructions or examples of how to perform calculations.',
      'n/a',
      'No calculations are asked of the reader.',
    ),
    item(
      25,
      A,
      'The material explains how to use the charts, graphs, tables, or diagrams to take actions.',
      yes(figures.some((f) => f.kind === 'figure' && /your doctor/i.test(f.caption))),
      'The captions say what to do with the pictures: show the spine picture to your doctor, and tell them if numbness spreads past the shaded skin area.',
    ),
    item(
      26,
      A,
      'The material uses visual aids whenever they could make it easier to act on the instructions.',
      'disagree',
      'No pictures show the exercises or positions; the treatment pages and a physical therapist do.',
    ),
  ];
  return {
    items,
    understandability: percent(items, U),
    actionability: percent(items, A),
  };
}
