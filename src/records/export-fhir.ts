/**
 * FHIR R4 export: a `collection` Bundle with one Patient per patient (pseudonym as identifier, birth
 * year only), and for every questionnaire submission a QuestionnaireResponse (the answers) and an
 * Observation (the score, derived from it). Instruments and scores travel under Foramen's local
 * `urn:foramen:` systems because no LOINC code for them was verified.
 */
import { createHash } from 'node:crypto';
import type {
  Bundle,
  BundleEntry,
  Observation,
  ObservationComponent,
  Patient,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  Resource,
} from '@medplum/fhirtypes';
import { VERSION } from '../version.js';
import { ODI_SECTIONS, SCORE_INSTRUMENTS, STARTBACK_ITEMS, ZCQ_ITEMS } from '../scores/index.js';
import type { ScoreInstrumentId, ScoreResult } from '../scores/index.js';
import type { Actor } from './audit.js';
import type { Row, SqlDriver } from './driver.js';
import { readTable, withSnapshot } from './snapshot.js';

/** Local systems of the export. */
export const FHIR_EXPORT_SYSTEMS = {
  pseudonym: 'urn:foramen:identifier:pseudonym',
  questionnaire: 'urn:foramen:questionnaire',
  outcome: 'urn:foramen:code-system:outcome',
} as const;
const UCUM = 'http://unitsofmeasure.org';
const CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
const TAG = {
  system: 'urn:foramen:code-system:provenance',
  code: 'foramen-record-export',
  display: `Foramen ${VERSION} record export`,
};

/** A stable UUID for a resource derived from a record (the Observation of a submission). */
function derivedUuid(kind: string, id: string): string {
  const h = createHash('sha1').update(`${kind}\u0000${id}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((Number.parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const urn = (id: string): string => `urn:uuid:${id}`;
const gender = (sex: unknown): Patient['gender'] =>
  sex === 'female' || sex === 'male' || sex === 'other' || sex === 'unknown' ? sex : undefined;

/** Item ids and labels of an instrument's answers, in order. */
function itemsOf(
  instrument: ScoreInstrumentId,
  input: Record<string, unknown>,
): { linkId: string; text: string; value: unknown }[] {
  const list = (name: string, labels: readonly string[], values: unknown) =>
    (Array.isArray(values) ? values : []).map((value: unknown, i) => ({
      linkId: `${name}-${i + 1}`,
      text: labels[i] ?? `item ${i + 1}`,
      value,
    }));
  switch (instrument) {
    case 'odi':
      return list('odi', ODI_SECTIONS, input.answers);
    case 'startback':
      return list('startback', STARTBACK_ITEMS, input.answers);
    case 'rmdq':
      return list('rmdq', [], input.answers);
    case 'nrs':
      return [
        {
          linkId: 'nrs-value',
          text: `pain (${typeof input.site === 'string' ? input.site : 'overall'})`,
          value: input.value,
        },
      ];
    case 'zcq':
      return [
        ...list('zcq-symptom-severity', ZCQ_ITEMS.symptomSeverity, input.symptomSeverity),
        ...list('zcq-physical-function', ZCQ_ITEMS.physicalFunction, input.physicalFunction),
        ...list('zcq-satisfaction', ZCQ_ITEMS.satisfaction, input.satisfaction),
      ];
  }
}

/** The Observation value and components of a result. */
function valueOf(
  result: ScoreResult,
): Pick<Observation, 'valueQuantity' | 'valueInteger' | 'component' | 'interpretation'> {
  const component = (code: string, value: number | null): ObservationComponent[] =>
    value === null
      ? []
      : [
          {
            code: { coding: [{ system: FHIR_EXPORT_SYSTEMS.outcome, code }], text: code },
            valueQuantity: { value, unit: 'score', system: UCUM, code: '{score}' },
          },
        ];
  switch (result.instrument) {
    case 'odi':
      return {
        valueQuantity: { value: result.score, unit: '%', system: UCUM, code: '%' },
        interpretation: [{ text: result.band }],
      };
    case 'nrs':
      return { valueInteger: result.value, interpretation: [{ text: result.band }] };
    case 'startback':
      return {
        valueInteger: result.total,
        component: component('startback-psychosocial', result.psychosocial),
        interpretation: [{ text: `${result.risk} risk` }],
      };
    case 'rmdq':
      return { valueInteger: result.score };
    case 'zcq':
      return {
        component: [
          ...component('zcq-symptom-severity', result.symptomSeverity),
          ...component('zcq-physical-function', result.physicalFunction),
          ...component('zcq-satisfaction', result.satisfaction),
        ],
      };
  }
}

const entry = (resource: Resource & { id: string }): BundleEntry => ({
  fullUrl: urn(resource.id),
  resource,
});

/**
 * The QuestionnaireResponse and Observation of one stored submission.
 * @param row - a `questionnaire_submissions` row
 */
export function submissionResources(
  row: Row,
): [QuestionnaireResponse & { id: string }, Observation & { id: string }] {
  const id = String(row.id);
  const instrument = String(row.instrument) as ScoreInstrumentId;
  const input = JSON.parse(String(row.input_json)) as Record<string, unknown>;
  const result = JSON.parse(String(row.result_json)) as ScoreResult;
  const subject = { reference: urn(String(row.patient_id)) };
  const item: QuestionnaireResponseItem[] = itemsOf(instrument, input).map((i) => ({
    linkId: i.linkId,
    text: i.text,
    // A skipped ODI section keeps its item with no answer, as FHIR expects for unanswered questions.
    ...(typeof i.value === 'number' ? { answer: [{ valueInteger: i.value }] } : {}),
  }));
  const response: QuestionnaireResponse & { id: string } = {
    resourceType: 'QuestionnaireResponse',
    id,
    meta: { tag: [TAG] },
    questionnaire: `${FHIR_EXPORT_SYSTEMS.questionnaire}:${instrument}`,
    status: 'completed',
    subject,
    authored: String(row.taken_at),
    ...(row.source === 'patient-link' ? { source: subject } : {}),
    item,
  };
  const observation: Observation & { id: string } = {
    resourceType: 'Observation',
    id: derivedUuid('observation', id),
    meta: { tag: [TAG] },
    status: 'final',
    category: [{ coding: [{ system: CATEGORY, code: 'survey', display: 'Survey' }] }],
    code: {
      coding: [
        {
          system: FHIR_EXPORT_SYSTEMS.outcome,
          code: instrument,
          display: SCORE_INSTRUMENTS[instrument].name,
        },
      ],
      text: SCORE_INSTRUMENTS[instrument].name,
    },
    subject,
    effectiveDateTime: String(row.taken_at),
    ...valueOf(result),
    derivedFrom: [{ reference: urn(id) }],
  };
  return [response, observation];
}

/**
 * Exports every patient and submission as one FHIR R4 collection Bundle (audited as an export).
 * @param db - the database
 * @param actor - who exports
 * @param now - the clock, for the Bundle timestamp
 */
export async function exportFhirBundle(
  db: SqlDriver,
  actor: Actor,
  now: () => Date = () => new Date(),
): Promise<Bundle> {
  const t = await withSnapshot(
    db,
    actor,
    'export',
    async (tx) => ({
      patients: await readTable(tx, 'patients'),
      submissions: await readTable(tx, 'questionnaire_submissions'),
    }),
    now,
  );
  const entries: BundleEntry[] = [];
  for (const p of t.patients) {
    const g = gender(p.sex);
    const patient: Patient & { id: string } = {
      resourceType: 'Patient',
      id: String(p.id),
      meta: { tag: [TAG] },
      identifier: [{ system: FHIR_EXPORT_SYSTEMS.pseudonym, value: String(p.pseudonym) }],
      ...(g ? { gender: g } : {}),
      // FHIR dates may be a year alone: Foramen keeps no more of the birth date than that.
      ...(p.birth_year !== null && p.birth_year !== undefined
        ? { birthDate: String(p.birth_year) }
        : {}),
    };
    entries.push(entry(patient));
  }
  for (const s of t.submissions) {
    for (const resource of submissionResources(s)) entries.push(entry(resource));
  }
  return {
    resourceType: 'Bundle',
    id: derivedUuid('bundle', now().toISOString()),
    type: 'collection',
    timestamp: now().toISOString(),
    entry: entries,
  };
}
