/**
 * The article as data. One model is rendered three ways (Markdown, HTML, JSON), so every format says
 * the same thing. Patient prose lives in `text` fields and is what the reading-level test measures;
 * `clinician` notes keep the knowledge base's own wording for professionals and are not measured.
 */
import type { Level, RootRelation, Side, Zone } from '../vocab/index.js';
import type { SpinalRoot } from '../anatomy/index.js';

/** The ids of the sections, in a patient's order of questions. */
export const SECTION_IDS = [
  'what-it-is',
  'anatomy',
  'types-and-grading',
  'causes',
  'symptoms',
  'diagnosis',
  'treatment',
  'prevention',
  'when-to-get-help',
  'do-and-avoid',
  'faq',
  'references',
  'about',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** One item of a list: an optional bold lead, patient text, sources, and notes for clinicians. */
export interface ArticleListItem {
  readonly term?: string;
  readonly text: string;
  /** Citation ids; renderers turn them into reference numbers. */
  readonly sources?: readonly string[];
  /** The KB's own wording where it is too technical for the patient line. Not measured. */
  readonly clinician?: readonly string[];
}

/** A block of a section. */
export type ArticleBlock =
  | { readonly kind: 'paragraph'; readonly text: string; readonly sources?: readonly string[] }
  | {
      readonly kind: 'subheading';
      readonly text: string;
      /** A heading one step further down (h4). */ readonly minor?: boolean;
    }
  | { readonly kind: 'list'; readonly items: readonly ArticleListItem[] }
  | {
      readonly kind: 'callout';
      readonly tone: 'emergency' | 'urgent' | 'note';
      readonly title: string;
      readonly items: readonly ArticleListItem[];
    }
  | {
      readonly kind: 'figure';
      readonly id: string;
      readonly svg: string;
      readonly alt: string;
      readonly caption: string;
    }
  | { readonly kind: 'clinician'; readonly lines: readonly string[] }
  | { readonly kind: 'references'; readonly items: readonly ArticleReference[] };

/** A section: an id (stable anchor), a heading phrased as the patient's question, and blocks. */
export interface ArticleSection {
  readonly id: SectionId;
  readonly heading: string;
  readonly blocks: readonly ArticleBlock[];
}

/** One numbered reference, from a KB citation. */
export interface ArticleReference {
  readonly number: number;
  readonly id: string;
  readonly text: string;
  readonly url?: string;
}

/** A whole article. */
export interface Article {
  readonly slug: string;
  readonly title: string;
  readonly level: Level;
  readonly side: Side;
  readonly zone: Zone;
  readonly root: SpinalRoot;
  readonly relation: RootRelation;
  /** One-sentence plain summary, shown under the title. */
  readonly summary: string;
  readonly sections: readonly ArticleSection[];
  readonly references: readonly ArticleReference[];
  readonly disclaimer: string;
  /** Latest `reviewed` date of the KB entries used. */
  readonly reviewed: string;
  readonly kbVersion: string;
  /** Flesch–Kincaid grade of all patient prose (title, summary, paragraphs and list items). */
  readonly readingGrade: number;
}

/** Short names used inside the articles folder. */
export type ListItem = ArticleListItem;
export type Block = ArticleBlock;
export type Section = ArticleSection;
