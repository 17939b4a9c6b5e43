/**
 * Section headings and what each kind of section means for extraction. History, indication, technique,
 * comparison and procedure sections describe why or how the study was done (or what was done in theatre),
 * so statements in them are not findings of this study.
 */
import type { ParserSourceId } from './sources.js';

/** Section kinds the parser distinguishes. */
export const SECTION_KINDS = ['findings', 'impression', 'history', 'technique', 'comparison', 'procedure', 'addendum', 'discussion', 'other'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** Kinds whose statements are not findings of the study. */
export const EXCLUDED_SECTIONS: ReadonlySet<SectionKind> = new Set(['history', 'technique', 'comparison', 'procedure', 'discussion']);

/** One group of headings (lower case, words separated by spaces). */
export interface SectionHeading {
  readonly kind: SectionKind;
  readonly headings: readonly string[];
  readonly source: ParserSourceId;
}

/** The heading table. Unknown upper-case headings followed by a colon start an `other` section. */
export const SECTION_HEADINGS: readonly SectionHeading[] = [
  {
    kind: 'findings', source: 'medspacy-rules',
    headings: [
      'findings', 'finding', 'interpretation', 'report', 'results', 'observations', 'intraoperative findings', 'operative findings',
      'pathological findings', 'studies', 'summary of diagnostic imaging', 'review of diagnostic studies', 'diagnostic studies',
      'imaging', 'mri findings', 'ct findings',
    ],
  },
  {
    kind: 'impression', source: 'medspacy-rules',
    headings: [
      'impression', 'impressions', 'conclusion', 'conclusions', 'diagnosis', 'diagnoses', 'case diagnosis', 'preoperative diagnosis',
      'preoperative diagnoses', 'postoperative diagnosis', 'postoperative diagnoses', 'diagnostic impression', 'assessment', 'opinion',
      'summary', 'preoperative diagnosis es', 'postoperative diagnosis es', 'impression diagnosis', 'final diagnosis',
    ],
  },
  {
    kind: 'history', source: 'medspacy-rules',
    headings: [
      'history', 'clinical history', 'history of present illness', 'hx', 'cc', 'chief complaint', 'indication', 'indications',
      'clinical indication', 'clinical indications', 'reason for exam', 'reason for examination', 'reason for referral',
      'reason for consultation', 'reason for study', 'past medical history', 'pmh', 'past surgical history', 'psh', 'fhx',
      'family history', 'shx', 'social history', 'history of injury and present complaints', 'clinical information',
      'clinical data', 'clinical details', 'medications', 'meds', 'allergies', 'review of systems',
      // UK and Australian request forms: "Request: '?foraminal stenosis L5/S1'", "Clinical notes: …"
      // (round 27: a question on the request had been read as a finding of the study).
      'request', 'request details', 'clinical request', 'referral', 'referral details', 'clinical', 'clinical notes',
      'clinical note', 'clinical question', 'clinical query', 'clinical summary', 'clinical background', 'reason for request',
    ],
  },
  // A teaching case's discussion speaks of the condition in general ("foraminal stenosis is most common at
  // L4-5 and L5-S1"), not of this patient's study (round 20).
  {
    kind: 'discussion', source: 'corpus-review',
    headings: ['case discussion', 'discussion', 'teaching points', 'teaching point', 'learning points', 'key points', 'pearls', 'background'],
  },
  // An addendum states the radiologist's later reading: it overrides what the body said at the same place.
  { kind: 'addendum', source: 'corpus-review', headings: ['addendum', 'addenda', 'amendment', 'amended report', 'correction',
    // A preliminary read corrected by the reporting consultant (round 26).
    'attending addendum', 'consultant addendum', 'final addendum', 'attending note', 'attending review', 'attending comment',
    'consultant review', 'consultant comment', 'staff addendum'] },
  { kind: 'technique', source: 'medspacy-rules', headings: ['technique', 'protocol', 'procedure technique', 'method', 'methods'] },
  { kind: 'comparison', source: 'medspacy-rules', headings: ['comparison', 'comparisons', 'prior studies', 'prior study', 'comp', 'compared'] },
  {
    kind: 'procedure', source: 'corpus-review',
    headings: [
      'procedure', 'procedures', 'procedure performed', 'procedures performed', 'operation performed', 'operations performed',
      'procedure in detail', 'operation in detail', 'description of procedure', 'description of the procedure',
      'description of operation', 'description of the operation', 'operative technique', 'operative procedure', 'title of operation',
      'anesthesia', 'estimated blood loss', 'complications', 'specimens', 'drains', 'operative note', 'operation',
    ],
  },
];

/**
 * Sections a report often gives as one-liners before the findings, with no FINDINGS heading after
 * them ("Hx: LBP.", "Technique: Sagittal T1, T2."). A line that opens with a level heading or an
 * anatomy label ends them: it describes this study.
 */
export const SECTIONS_ENDED_BY_ANATOMY: ReadonlySet<SectionKind> = new Set(['history', 'technique']);

/** Labels of this study's own description ("Alignment/vertebrae:", "Conus:", "Marrow:"). */
export const ANATOMY_LABEL_WORDS: ReadonlySet<string> = new Set([
  'alignment', 'vertebrae', 'vertebral', 'bodies', 'body', 'marrow', 'bone', 'bones', 'osseous', 'conus', 'cord',
  'disc', 'discs', 'disk', 'disks', 'canal', 'foramen', 'foramina', 'facet', 'facets', 'joints', 'paraspinal',
  'soft', 'tissues', 'sacrum', 'sacroiliac', 'levels', 'level', 'spine', 'lumbar', 'thecal', 'sac',
]);

/**
 * Labels of one part of a disc level ("Disc:", "Facets:", "Annulus:"): under a level heading alone on
 * its line, a line opened by one of them is still about that level. Labels of the whole spine
 * ("Alignment:", "Conus:") are not among them.
 */
export const LEVEL_PART_LABEL_WORDS: ReadonlySet<string> = new Set([
  'disc', 'disk', 'annulus', 'anulus', 'facet', 'facets', 'joints', 'ligamentum', 'flavum', 'endplates',
]);
