/**
 * The article as data. One model is rendered three ways (Markdown, HTML, JSON), so every format says
 * the same thing. Patient prose lives in `text` fields and is what the reading-level test measures;
 * `clinician` notes keep the knowledge base's own wording for professionals and are not measured.
 */
import type { Level, RootRelation, Side, Zone } from '../vocab/index.js';
import type { AffectedRoot, LevelAnatomy, RootAnatomy, SpinalRoot } from '../anatomy/index.js';
import type { Kb } from '../kb/index.js';

/** The sections of a patient page, most important first. */
export const PATIENT_SECTION_IDS = [
  'summary',
  'what-is-happening',
  'symptoms',
  'what-to-do-now',
  'treatments',
  'get-help',
  'questions',
  'faq',
  'references',
  'about',
] as const;
export type PatientSectionId = (typeof PATIENT_SECTION_IDS)[number];

/** The sections of a clinician page. */
export const CLINICIAN_SECTION_IDS = [
  'clinical-summary',
  'anatomy',
  'grading',
  'exam',
  'red-flags',
  'evidence',
  'doses',
  'references',
  'about',
] as const;
export type ClinicianSectionId = (typeof CLINICIAN_SECTION_IDS)[number];

/** Every section id, both audiences. */
export const SECTION_IDS = [...PATIENT_SECTION_IDS, ...CLINICIAN_SECTION_IDS] as const;
export type SectionId = PatientSectionId | ClinicianSectionId;

/** Who a page is for. */
export const AUDIENCES = ['patient', 'clinician'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** One item of a list: an optional bold lead, patient text, sources, and notes for clinicians. */
export interface ArticleListItem {
  readonly term?: string;
  readonly text: string;
  /** Citation ids; renderers turn them into reference numbers. */
  readonly sources?: readonly string[];
  /** The KB's own wording where it is too technical for the patient line. Not measured. */
  readonly clinician?: readonly string[];
  /** The KB entry the item names: renderers link the term to that entry's own page. */
  readonly link?: string;
  /** The KB drug whose doses the item states; every amount in it comes from the ceiling table. */
  readonly drug?: string;
  /** A short bold verdict shown after the term, e.g. the evidence words "Helps many people." */
  readonly badge?: string;
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
  | { readonly kind: 'ordered'; readonly items: readonly ArticleListItem[] }
  | {
      readonly kind: 'table';
      readonly caption: string;
      readonly head: readonly string[];
      /** Rows of cells; `drug` marks a row whose amounts come from the ceiling table for that drug. */
      readonly rows: readonly {
        readonly cells: readonly string[];
        readonly drug?: string;
        readonly link?: string;
      }[];
    }
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
  readonly audience: Audience;
  /** Language of the wording (BCP 47). */
  readonly language: string;
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
  /** Flesch–Kincaid grade of the whole visible page without its sources (`measure.ts`). */
  readonly readingGrade: number;
  /** Visible words of the page without its sources. */
  readonly wordCount: number;
  /** Words of the page frame (skip link, site name, contents heading), in the page's language. */
  readonly chrome: {
    readonly site: string;
    readonly skip: string;
    readonly toc: string;
    readonly allPages: string;
    readonly reviewed: string;
  };
  /** The one-page printed handout (patient pages). */
  readonly handout?: readonly ArticleBlock[];
}

/** Short names used inside the articles folder. */
/** What both page builders start from: the place (level, side, zone), its root and anatomy rows, the KB. */
export interface ArticleSite {
  readonly level: Level;
  readonly side: Side;
  readonly zone: Zone;
  readonly hit: AffectedRoot;
  readonly levelRow: LevelAnatomy;
  readonly rootRow: RootAnatomy | undefined;
  readonly kb: Kb;
}

export type ListItem = ArticleListItem;
export type Block = ArticleBlock;
export type Section = ArticleSection;
