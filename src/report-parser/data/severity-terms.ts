/**
 * Grading words mapped onto the common severity scale (none, mild, mild-moderate, moderate,
 * moderate-severe, severe). Two grading words joined by "to", "/" or a hyphen ("mild to moderate",
 * "moderate-to-severe", "mild/moderate") or written side by side ("moderately severe") make a range,
 * which the parser maps onto the in-between grade. Absence ("no significant", "patent") is handled by
 * the negation rules and by normality words, and yields `none`.
 */
import type { Severity } from '../../vocab/index.js';
import { WILDERMUTH_TABLE } from '../../grading/index.js';
import type { ParserSourceId } from './sources.js';

/** One grading word. */
export interface SeverityTerm {
  readonly literal: string;
  readonly severity: Exclude<Severity, 'none'>;
  readonly source: ParserSourceId;
  readonly note?: string;
}

/** The severity lexicon. */
export const SEVERITY_TERMS: readonly SeverityTerm[] = [
  { literal: 'minimal', severity: 'mild', source: 'carotid-kb' },
  { literal: 'minimally', severity: 'mild', source: 'carotid-kb' },
  { literal: 'slight', severity: 'mild', source: 'carotid-kb' },
  { literal: 'slightly', severity: 'mild', source: 'carotid-kb' },
  { literal: 'minor', severity: 'mild', source: 'corpus-review' },
  // Reports written in English by French, German, Portuguese and Spanish radiologists: "discret",
  // "diskret", "discreto" and "léger", "leve" mean slight ("discrete bilateral neuroforaminal narrowing",
  // "narrowed in a light manner"; round 22). Italian "discreto" can mean fair-sized; the reports read here
  // use it for slight.
  { literal: 'discrete', severity: 'mild', source: 'corpus-review', note: 'Non-native English: slight.' },
  { literal: 'discretely', severity: 'mild', source: 'corpus-review' },
  { literal: 'light', severity: 'mild', source: 'corpus-review', note: 'Non-native English (léger, leve, lieve): slight.' },
  { literal: 'lightly', severity: 'mild', source: 'corpus-review' },
  { literal: 'low grade', severity: 'mild', source: 'corpus-review' },
  // German "mittelgradig": between low-grade and high-grade.
  { literal: 'middle grade', severity: 'moderate', source: 'corpus-review' },
  { literal: 'medium grade', severity: 'moderate', source: 'corpus-review' },
  { literal: 'intermediate grade', severity: 'moderate', source: 'corpus-review' },
  // "Trace bilateral foraminal narrowing", "borderline canal stenosis": the least narrowing that is still
  // named, read as mild (round 11; a reader could call borderline uncertain, but it is stated, not doubted).
  { literal: 'trace', severity: 'mild', source: 'corpus-review' },
  { literal: 'borderline', severity: 'mild', source: 'corpus-review', note: 'At the edge of stenosis: the lowest grade, not none.' },
  { literal: 'insignificant', severity: 'mild', source: 'carotid-kb', note: 'The carotid knowledge base files it with mild (non-critical) narrowing.' },
  // "…, markedly so on the right, and to a minor degree on the left": the grade as a phrase of degree
  // (round 27: after "and" the phrase had not opened a clause of its own, and the left was lost).
  { literal: 'to a minor degree', severity: 'mild', source: 'corpus-review' },
  { literal: 'to a mild degree', severity: 'mild', source: 'corpus-review' },
  { literal: 'to a slight degree', severity: 'mild', source: 'corpus-review' },
  { literal: 'to a minimal degree', severity: 'mild', source: 'corpus-review' },
  { literal: 'to a moderate degree', severity: 'moderate', source: 'corpus-review' },
  { literal: 'to a marked degree', severity: 'severe', source: 'corpus-review' },
  { literal: 'to a severe degree', severity: 'severe', source: 'corpus-review' },
  { literal: 'mild', severity: 'mild', source: 'carotid-kb' },
  { literal: 'mildly', severity: 'mild', source: 'carotid-kb' },
  { literal: 'moderate', severity: 'moderate', source: 'carotid-kb' },
  { literal: 'moderately', severity: 'moderate', source: 'carotid-kb' },
  // "Significant" asserts more than moderate without claiming severe, so it takes the in-between grade;
  // the radiologist notes use "largely compressing" the same way.
  { literal: 'significant', severity: 'moderate-severe', source: 'corpus-review', note: 'Vague: more than moderate, not called severe.' },
  { literal: 'significantly', severity: 'moderate-severe', source: 'corpus-review' },
  { literal: 'considerable', severity: 'moderate-severe', source: 'corpus-review' },
  { literal: 'considerably', severity: 'moderate-severe', source: 'corpus-review' },
  { literal: 'substantial', severity: 'moderate-severe', source: 'corpus-review' },
  { literal: 'largely', severity: 'moderate-severe', source: 'corpus-review', note: 'Non-native usage in the radiologist notes: "largely compressing the thecal sac".' },
  { literal: 'marked', severity: 'severe', source: 'carotid-kb', note: 'Radiology grading uses marked as a synonym of severe.' },
  { literal: 'markedly', severity: 'severe', source: 'carotid-kb' },
  { literal: 'severe', severity: 'severe', source: 'carotid-kb' },
  { literal: 'severely', severity: 'severe', source: 'carotid-kb' },
  { literal: 'advanced', severity: 'severe', source: 'corpus-review' },
  { literal: 'high grade', severity: 'severe', source: 'carotid-kb' },
  { literal: 'critical', severity: 'severe', source: 'carotid-kb' },
  { literal: 'tight', severity: 'severe', source: 'corpus-review', note: 'Operative notes: "a very tight high-grade stenosis".' },
  { literal: 'profound', severity: 'severe', source: 'corpus-review' },
  // Wildermuth's codes in templated reports ("foramen_left: W2"), with the grading module's severity
  // for each grade (its words slight, marked, advanced are not the common scale's); W0 is a normal
  // foramen (lexicon).
  ...WILDERMUTH_TABLE.flatMap((row): SeverityTerm[] =>
    row.severity === 'none'
      ? []
      : [{ literal: `w ${row.grade}`, severity: row.severity, source: 'contracts', note: `Wildermuth grade ${row.grade} (${row.label}).` }],
  ),
  // The system named in words ("right Wildermuth 2", "Wildermuth grade 3"; round 27).
  ...WILDERMUTH_TABLE.flatMap(({ grade, label, severity }): SeverityTerm[] =>
    severity === 'none'
      ? []
      : [`wildermuth ${grade}`, `wildermuth grade ${grade}`].map((literal) => ({
          literal,
          severity,
          source: 'contracts',
          note: `Wildermuth grade ${grade} (${label}).`,
        })),
  ),
];
