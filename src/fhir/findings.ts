/**
 * Imaging findings as FHIR R4 Observations, shared by assessments (the presentation's imaging) and parsed
 * reports. One finding is one Observation; a grade given with it is a second Observation derived from it.
 */
import type { CodeableConcept, Observation, Patient, Reference } from '@medplum/fhirtypes';
import type { FindingSide, FindingType, Level, Root, Severity, Zone } from '../vocab/index.js';
import { FORAMEN_OBSERVATIONS, OBSERVATION_CATEGORY_SYSTEM, foramenCoding } from './codes.js';

/** The parts of a finding the mapping reads (parse-report findings and assess imaging both fit). */
export interface FindingLike {
  readonly level: Level;
  readonly finding: FindingType;
  readonly side?: FindingSide | undefined;
  readonly zone?: Zone | undefined;
  readonly severity?: Severity | null | undefined;
  readonly root?: Root | undefined;
  readonly negated?: boolean | undefined;
  readonly uncertain?: boolean | undefined;
  readonly text?: string | undefined;
  readonly grade?: { readonly system: string; readonly value: number | string } | undefined;
  /** `parseReport`'s time of the finding; only `current` findings (or findings without it) are mapped. */
  readonly temporal?: 'current' | 'prior' | 'resolved' | undefined;
}

/** Whether a finding describes this study (a prior or resolved finding never feeds FHIR or assess). */
export const isCurrentFinding = (f: { readonly temporal?: string | undefined }): boolean =>
  f.temporal === undefined || f.temporal === 'current';

/** The `imaging` category every finding Observation carries. */
export const IMAGING_CATEGORY: CodeableConcept[] = [
  { coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'imaging', display: 'Imaging' }] },
];

/** The `exam` category of clinical observations. */
export const EXAM_CATEGORY: CodeableConcept[] = [
  { coding: [{ system: OBSERVATION_CATEGORY_SYSTEM, code: 'exam', display: 'Exam' }] },
];

/** An Observation.code in Foramen's observation code system. */
export const observationCode = (
  code: keyof typeof FORAMEN_OBSERVATIONS,
  text?: string,
): CodeableConcept => ({
  coding: [foramenCoding('observation', code, FORAMEN_OBSERVATIONS[code])],
  text: text ?? FORAMEN_OBSERVATIONS[code],
});

/** Where a finding is, in words: `L4-L5, left, foraminal zone`. */
export function siteText(f: Pick<FindingLike, 'level' | 'side' | 'zone'>): string {
  return [f.level, f.side, f.zone ? `${f.zone} zone` : undefined]
    .filter((p): p is string => p !== undefined)
    .join(', ');
}

/**
 * One finding as an Observation.
 * @param f - the finding
 * @param subject - the patient reference, when known
 * @param status - `preliminary` for machine-read findings, `final` for findings a clinician entered
 */
export function findingObservation(
  f: FindingLike,
  subject: Reference<Patient> | undefined,
  status: 'preliminary' | 'final',
): Observation {
  const severity = f.negated === true ? 'none' : (f.severity ?? undefined);
  const notes = [
    f.negated === true ? 'The report says this finding is absent.' : undefined,
    f.uncertain === true ? 'The report hedges this finding (uncertain).' : undefined,
    f.text ? `Report text: "${f.text}"` : undefined,
  ].filter((n): n is string => n !== undefined);
  return {
    resourceType: 'Observation',
    status,
    category: IMAGING_CATEGORY,
    code: {
      coding: [
        foramenCoding('observation', 'imaging-finding', FORAMEN_OBSERVATIONS['imaging-finding']),
        foramenCoding('finding', f.finding),
      ],
      text: `${f.finding.replace(/-/g, ' ')} at ${f.level}`,
    },
    ...(subject ? { subject } : {}),
    bodySite: { text: siteText(f) },
    ...(f.negated === true
      ? { valueCodeableConcept: { coding: [foramenCoding('severity', 'none')], text: 'absent' } }
      : severity
        ? {
            valueCodeableConcept: { coding: [foramenCoding('severity', severity)], text: severity },
          }
        : { valueString: 'present, severity not stated' }),
    ...(f.root
      ? {
          component: [
            {
              code: {
                coding: [
                  foramenCoding(
                    'observation',
                    'root-involvement',
                    FORAMEN_OBSERVATIONS['root-involvement'],
                  ),
                ],
                text: 'Nerve root named',
              },
              valueCodeableConcept: {
                coding: [foramenCoding('root', f.root, `${f.root} nerve root`)],
                text: f.root,
              },
            },
          ],
        }
      : {}),
    ...(notes.length > 0 ? { note: notes.map((text) => ({ text })) } : {}),
  };
}

/**
 * The grade given with a finding, as an Observation derived from the finding's Observation.
 * @param grade - the grading system and value
 * @param finding - the finding, for the body site
 * @param derivedFrom - the finding Observation's reference
 * @param subject - the patient reference, when known
 */
export function gradeObservation(
  grade: { readonly system: string; readonly value: number | string },
  finding: FindingLike,
  derivedFrom: Reference<Observation>,
  subject: Reference<Patient> | undefined,
): Observation {
  const value = grade.value;
  return {
    resourceType: 'Observation',
    status: 'final',
    category: IMAGING_CATEGORY,
    code: {
      coding: [
        foramenCoding('observation', 'imaging-grade', FORAMEN_OBSERVATIONS['imaging-grade']),
        foramenCoding('gradingSystem', grade.system),
      ],
      text: `${grade.system} grade`,
    },
    ...(subject ? { subject } : {}),
    bodySite: { text: siteText(finding) },
    ...(typeof value === 'number' && Number.isInteger(value)
      ? { valueInteger: value }
      : { valueString: String(value) }),
    derivedFrom: [derivedFrom],
  };
}
