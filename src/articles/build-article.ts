/**
 * Builds the article for a level, side and zone, for patients (default) or clinicians: the sections
 * from `patient/` or `clinician/`, references numbered in order of first use, the review date, and the
 * word count and reading grade of the whole visible page (`measure.ts`).
 */
import { getKb } from '../kb/index.js';
import type { Kb } from '../kb/index.js';
import { DISCLAIMER } from '../vocab/index.js';
import type { Side } from '../vocab/index.js';
import { createContext } from './context.js';
import { buildClinicianSections } from './clinician/build.js';
import { measurePage } from './measure.js';
import type { PageMeasure } from './measure.js';
import { buildPatientParts } from './patient/build.js';
import { EN } from './patient/en.js';
import { renderArticleHtml } from './render-html.js';
import { parseArticleRequest } from './request.js';
import type { Article, ArticleReference, Block, Section } from './model.js';

/** The URL-safe name of an article, e.g. `l4-l5-left-foraminal`. */
export const articleSlug = (level: string, side: Side, zone: string): string =>
  `${level.toLowerCase()}-${side}-${zone}`;

/** Every citation id the blocks use, in order of first use. */
function sourcesInOrder(sections: readonly Section[]): string[] {
  const seen = new Set<string>();
  const add = (ids: readonly string[] | undefined) => {
    for (const id of ids ?? []) seen.add(id);
  };
  for (const s of sections) {
    for (const b of s.blocks) {
      if (b.kind === 'paragraph') add(b.sources);
      if (b.kind === 'list' || b.kind === 'callout' || b.kind === 'ordered') {
        for (const i of b.items) add(i.sources);
      }
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
 * @param input - `{ level, side, zone, audience? }`, validated here (bad values throw `InputError`)
 * @param kb - the knowledge base (the shipped one by default; tests inject their own)
 * @returns the article as data, ready for any renderer
 */
export function buildArticle(input: unknown, kb: Kb = getKb()): Article {
  const request = parseArticleRequest(input);
  const ctx = createContext(kb, request);
  const { level, side, zone, hit } = ctx;
  for (const id of [`level-${level.toLowerCase()}`, `root-${hit.root.toLowerCase()}`]) {
    const entry = kb.byId.get(id);
    if (entry) ctx.use(entry);
  }
  const base = { level, side, zone, hit, levelRow: ctx.levelRow, rootRow: ctx.rootRow, kb };
  const patient = buildPatientParts({ ...base, words: EN });
  for (const id of patient.links) {
    const entry = kb.byId.get(id);
    if (entry) ctx.use(entry);
  }
  const isPatient = request.audience === 'patient';
  const built = isPatient
    ? patient
    : buildClinicianSections({ ...base, treatmentIds: patient.links });
  const references = sourcesInOrder(built.sections).map((id, i) => referenceOf(kb, id, i + 1));
  const reviewed = [...ctx.reviewedDates].sort().at(-1) ?? 'not recorded';
  const about: Block[] = isPatient
    ? [
        ...EN.aboutText.map((text): Block => ({ kind: 'paragraph', text })),
        { kind: 'paragraph', text: EN.printNote },
        { kind: 'paragraph', text: EN.reviewed(reviewed, kb.version) },
      ]
    : [
        { kind: 'paragraph', text: DISCLAIMER },
        {
          kind: 'paragraph',
          text: `Content last reviewed ${reviewed}. Knowledge base ${kb.version}.`,
        },
      ];
  const sections: Section[] = [
    ...built.sections,
    {
      id: 'references',
      heading: isPatient ? EN.headings.references : 'References',
      blocks: [
        { kind: 'paragraph', text: isPatient ? EN.sourcesNote : 'Numbered in order of first use.' },
        { kind: 'references', items: references },
      ],
    },
    { id: 'about', heading: isPatient ? EN.headings.about : 'About this page', blocks: about },
  ];
  let measured: PageMeasure | undefined;
  const measure = (): PageMeasure => (measured ??= measurePage(renderArticleHtml(article)));
  const article: Article = {
    audience: request.audience,
    language: isPatient ? EN.language : 'en',
    slug: articleSlug(level, side, zone),
    title: built.title,
    level,
    side,
    zone,
    root: hit.root,
    relation: hit.relation,
    summary: built.summary,
    sections,
    references,
    disclaimer: DISCLAIMER,
    reviewed,
    kbVersion: kb.version,
    // Measured on first read, once: rendering the page and counting its syllables costs more than
    // building the article, and only the JSON form and the PEMAT check read these two figures.
    get readingGrade() {
      return measure().grade;
    },
    get wordCount() {
      return measure().words;
    },
    chrome: isPatient
      ? {
          site: EN.siteName,
          skip: EN.skip,
          toc: EN.tocHeading,
          allPages: EN.allPages,
          reviewed: EN.reviewed(reviewed, kb.version),
        }
      : {
          site: 'Foramen clinician summaries',
          skip: 'Skip to the summary',
          toc: 'Contents',
          allPages: 'All pages',
          reviewed: `Content last reviewed ${reviewed} · knowledge base ${kb.version}`,
        },
    ...(isPatient && 'handout' in built ? { handout: built.handout } : {}),
  };
  return article;
}
