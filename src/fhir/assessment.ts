/**
 * An assessment as a FHIR R4 Bundle (type `collection`): the patient (unless one is referenced), a
 * Condition per ICD-10-CM code with its SNOMED CT concept, Observations for red flags, imaging findings,
 * grades, root involvement and the triage level, DetectedIssues for medication alerts, a CarePlan for
 * the plan and work-up, and a ClinicalImpression tying them together.
 * {@link https://hl7.org/fhir/R4/bundle.html | FHIR R4 Bundle}
 */
import type {
  Bundle,
  BundleEntry,
  CarePlan,
  CarePlanActivity,
  ClinicalImpression,
  Condition,
  DetectedIssue,
  Observation,
  Patient,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import type { Assessment, Presentation } from '../assess/index.js';
import { KB_VERSION } from '../kb/index.js';
import { VERSION } from '../version.js';
import type { AlertSeverity, TriageLevel } from '../vocab/index.js';
import { IdMint, seedOf } from './ids.js';
import {
  CONDITION_CATEGORY_SYSTEM,
  CONDITION_CLINICAL_SYSTEM,
  CONDITION_VERIFICATION_SYSTEM,
  FORAMEN_OBSERVATIONS,
  SNOMED_FOR_ICD10CM,
  SNOMED_SYSTEM,
  UCUM_SYSTEM,
  foramenCoding,
  workupCoding,
} from './codes.js';
import {
  EXAM_CATEGORY,
  findingObservation,
  gradeObservation,
  observationCode,
} from './findings.js';

/** Options of `assessmentToFhir`. */
export interface AssessmentFhirOptions {
  /** Refer to this patient (e.g. `Patient/123` from a CDS Hooks context) instead of adding a Patient. */
  readonly patientReference?: string;
}

/** The tag every Foramen-made resource carries, so an EHR can tell decision-support output apart. */
export const FORAMEN_TAG = {
  system: 'urn:foramen:code-system:provenance',
  code: 'foramen-decision-support',
  display: `Foramen ${VERSION} (KB ${KB_VERSION})`,
};

const meta = { tag: [FORAMEN_TAG] };

/** DetectedIssue severity for a medication alert severity. */
function issueSeverity(severity: AlertSeverity): 'high' | 'moderate' | 'low' {
  switch (severity) {
    case 'critical':
      return 'high';
    case 'warning':
      return 'moderate';
    case 'info':
      return 'low';
  }
}

/** CarePlan and activity wording for each triage level. */
function triageText(level: TriageLevel): string {
  switch (level) {
    case 'emergency':
      return 'Emergency: same-day emergency assessment';
    case 'urgent':
      return 'Urgent: assessment within 24–48 hours';
    case 'soon':
      return 'Soon: assessment within about 2 weeks';
    case 'routine':
      return 'Routine: usual care and review';
  }
}

class BundleBuilder {
  readonly entries: BundleEntry[] = [];
  constructor(readonly mint: IdMint) {}

  add<R extends Resource>(resource: R, ...key: readonly (string | number)[]): Reference<R> {
    const fullUrl = this.mint.urn(resource.resourceType, ...key);
    this.entries.push({ fullUrl, resource: { ...resource, meta } });
    return { reference: fullUrl };
  }
}

/**
 * Maps an assessment (and the presentation it came from, for imaging and red flags) to a Bundle.
 * @param assessment - the output of `assess`
 * @param presentation - the validated input of `assess`, when available
 * @param options - patient reference
 * @returns a FHIR R4 Bundle of type `collection` with deterministic `urn:uuid:` full URLs
 */
export function assessmentToFhir(
  assessment: Assessment,
  presentation?: Presentation,
  options: AssessmentFhirOptions = {},
): Bundle {
  const b = new BundleBuilder(new IdMint(seedOf({ assessment, presentation, options })));
  let subject: Reference<Patient>;
  if (options.patientReference) {
    subject = { reference: options.patientReference };
  } else {
    const patient: Patient = {
      resourceType: 'Patient',
      ...(presentation?.sex ? { gender: presentation.sex } : {}),
    };
    subject = b.add(patient, 'patient');
  }

  const flagRefs = (presentation?.flags ?? []).map((flag) => {
    const observation: Observation = {
      resourceType: 'Observation',
      status: 'final',
      category: EXAM_CATEGORY,
      code: observationCode('red-flag', `Red flag: ${flag.replace(/-/g, ' ')}`),
      subject,
      valueCodeableConcept: {
        coding: [foramenCoding('flag', flag)],
        text: flag.replace(/-/g, ' '),
      },
    };
    return b.add(observation, 'flag', flag);
  });

  const imaging = presentation?.imaging ?? [];
  const findingRefs = imaging.map((f, i) => {
    const ref = b.add(findingObservation(f, subject, 'final'), 'finding', i);
    if (f.grade) b.add(gradeObservation(f.grade, f, ref, subject), 'grade', i);
    return ref;
  });

  const rootRefs = assessment.roots.map((r, i) => {
    const observation: Observation = {
      resourceType: 'Observation',
      status: 'preliminary',
      category: EXAM_CATEGORY,
      code: observationCode('root-involvement'),
      subject,
      bodySite: { text: r.side },
      valueCodeableConcept: {
        coding: [foramenCoding('root', r.root, `${r.root} nerve root`)],
        text: `${r.side} ${r.root}`,
      },
      component: [
        {
          code: { text: 'Localisation score (0–1)' },
          valueQuantity: { value: r.score, unit: 'score', system: UCUM_SYSTEM, code: '1' },
        },
        { code: { text: 'Confidence' }, valueString: r.confidence },
        { code: { text: 'Basis' }, valueString: r.basis },
      ],
      ...(r.evidence.length > 0
        ? { note: r.evidence.map((e) => ({ text: `${e.kind}: ${e.detail} (weight ${e.weight})` })) }
        : {}),
    };
    return b.add(observation, 'root', i);
  });

  const concordantRefs = assessment.concordance
    .filter((c) => c.concordant)
    .map((c) => findingRefs[c.imagingIndex])
    .filter((r): r is Reference<Observation> => r !== undefined);
  const conditionRefs = assessment.codes
    .filter((c) => c.alternative !== true)
    .map((code, i) => {
      const snomed = SNOMED_FOR_ICD10CM[code.code];
      const alternatives = assessment.codes
        .filter((c) => c.alternative === true)
        .map((c) => `Alternative code ${c.code} (${c.display})${c.note ? `: ${c.note}` : ''}`);
      const evidence = [...rootRefs, ...concordantRefs, ...flagRefs];
      const condition: Condition = {
        resourceType: 'Condition',
        clinicalStatus: {
          coding: [{ system: CONDITION_CLINICAL_SYSTEM, code: 'active', display: 'Active' }],
        },
        // Decision-support output is a proposal for the clinician, never a confirmed diagnosis.
        verificationStatus: {
          coding: [
            { system: CONDITION_VERIFICATION_SYSTEM, code: 'provisional', display: 'Provisional' },
          ],
        },
        category: [
          {
            coding: [
              {
                system: CONDITION_CATEGORY_SYSTEM,
                code: 'encounter-diagnosis',
                display: 'Encounter Diagnosis',
              },
            ],
          },
        ],
        code: {
          coding: [
            { system: code.system, code: code.code, display: code.display },
            ...(snomed
              ? [{ system: SNOMED_SYSTEM, code: snomed.code, display: snomed.display }]
              : []),
          ],
          text: code.display,
        },
        subject,
        ...(evidence.length > 0 ? { evidence: [{ detail: evidence }] } : {}),
        note: [
          { text: `${code.basis} (source: ${code.source})` },
          ...(code.note ? [{ text: code.note }] : []),
          ...(snomed && snomed.checked !== 'verified'
            ? [{ text: `SNOMED CT ${snomed.code}: ${snomed.note}` }]
            : []),
          ...(i === 0 ? alternatives.map((text) => ({ text })) : []),
        ],
      };
      return b.add(condition, 'condition', code.code);
    });

  const triageRef = b.add<Observation>(
    {
      resourceType: 'Observation',
      status: 'final',
      category: EXAM_CATEGORY,
      code: observationCode('triage-level', FORAMEN_OBSERVATIONS['triage-level']),
      subject,
      valueCodeableConcept: {
        coding: [foramenCoding('triage', assessment.triage.level)],
        text: triageText(assessment.triage.level),
      },
      note: assessment.triage.reasons.map((r) => ({
        text: `${r.text} (${r.code}; source: ${r.source})`,
      })),
    },
    'triage',
  );

  const issueRefs = assessment.medicationAlerts.map((a, i) =>
    b.add<DetectedIssue>(
      {
        resourceType: 'DetectedIssue',
        status: 'preliminary',
        severity: issueSeverity(a.severity),
        code: {
          coding: [foramenCoding('medicationAlert', a.code)],
          text: a.code.replace(/-/g, ' '),
        },
        patient: subject,
        detail: a.source ? `${a.text} (source: ${a.source})` : a.text,
      },
      'alert',
      i,
    ),
  );

  const activities: CarePlanActivity[] = [
    ...assessment.plan.steps.map((s): CarePlanActivity => ({
      detail: {
        status: 'not-started',
        code: { coding: [foramenCoding('planStep', s.code)], text: s.text },
        description: `${s.text}${s.timing ? ` (${s.timing})` : ''} (source: ${s.source})`,
      },
    })),
    ...assessment.workup.map((w): CarePlanActivity => {
      const standard = workupCoding(w.test);
      return {
        detail: {
          kind: 'ServiceRequest',
          status: 'not-started',
          code: {
            coding: [...(standard ? [standard] : []), foramenCoding('workup', w.test)],
            text: w.test.replace(/-/g, ' '),
          },
          description: `${w.reason} Priority: ${w.priority}. (source: ${w.source})`,
        },
      };
    }),
  ];
  const carePlanRef = b.add<CarePlan>(
    {
      resourceType: 'CarePlan',
      status: 'draft',
      intent: 'proposal',
      subject,
      title: `Plan: ${assessment.plan.stage.replace(/-/g, ' ')}`,
      description: `${triageText(assessment.triage.level)}. Stage: ${assessment.plan.stage}. ${assessment.disclaimer}`,
      category: [{ coding: [foramenCoding('planStage', assessment.plan.stage)] }],
      ...(conditionRefs.length > 0 ? { addresses: conditionRefs } : {}),
      ...(activities.length > 0 ? { activity: activities } : {}),
    },
    'careplan',
  );

  b.add<ClinicalImpression>(
    {
      resourceType: 'ClinicalImpression',
      status: 'completed',
      subject,
      description: 'Foramen decision-support assessment of lumbar radicular symptoms',
      summary: `${triageText(assessment.triage.level)}. ${assessment.roots[0] ? `Most likely root: ${assessment.roots[0].side} ${assessment.roots[0].root} (score ${assessment.roots[0].score}).` : 'No lumbar root localised.'}`,
      ...(assessment.differentials.length > 0
        ? {
            note: assessment.differentials.map((d) => ({
              text: `Differential ${d.code}: ${d.text}`,
            })),
          }
        : {}),
      finding: [...conditionRefs, ...rootRefs, triageRef].map(
        (itemReference: Reference<Condition | Observation>) => ({ itemReference }),
      ),
      ...(findingRefs.length > 0
        ? { investigation: [{ code: { text: 'Imaging' }, item: findingRefs }] }
        : {}),
      supportingInfo: [carePlanRef, ...issueRefs],
    },
    'impression',
  );

  return { resourceType: 'Bundle', type: 'collection', meta, entry: b.entries };
}
