/**
 * A parsed radiology report as a FHIR R4 Bundle: a DiagnosticReport (status `preliminary`, because the
 * findings were read by a machine) whose results are one Observation per finding.
 * {@link https://hl7.org/fhir/R4/diagnosticreport.html | FHIR R4 DiagnosticReport}
 */
import type {
  Bundle,
  BundleEntry,
  DiagnosticReport,
  Observation,
  Patient,
  Reference,
} from '@medplum/fhirtypes';
import type { FindingType } from '../vocab/index.js';
import { IdMint, seedOf } from './ids.js';
import { foramenCoding } from './codes.js';
import { FORAMEN_TAG } from './assessment.js';
import { IMAGING_CATEGORY, findingObservation, isCurrentFinding } from './findings.js';
import type { FindingLike } from './findings.js';

/** A vertebral-body finding as parse-report gives it (a fracture of L1). */
export interface VertebralFindingLike {
  readonly vertebra: string;
  readonly finding: FindingType;
  readonly negated: boolean;
  readonly uncertain: boolean;
  readonly text: string;
}

/** The part of `parseReport`'s result the mapping reads. */
export interface ParsedReportLike {
  readonly findings: readonly FindingLike[];
  readonly vertebrae?: readonly VertebralFindingLike[];
}

/** Options of `reportToFhir`. */
export interface ReportFhirOptions {
  /** The patient the report belongs to, e.g. `Patient/123`. */
  readonly patientReference?: string;
}

const meta = { tag: [FORAMEN_TAG] };

/**
 * Maps parsed report findings to a Bundle of a DiagnosticReport and its Observations.
 * @param result - the output of `parseReport`
 * @param options - patient reference
 * @returns a FHIR R4 Bundle of type `collection`
 */
export function reportToFhir(result: ParsedReportLike, options: ReportFhirOptions = {}): Bundle {
  const mint = new IdMint(seedOf({ result, options }));
  const subject: Reference<Patient> | undefined = options.patientReference
    ? { reference: options.patientReference }
    : undefined;
  const entries: BundleEntry[] = [];
  const results: Reference<Observation>[] = [];
  // Only this study's findings: an earlier study's grade or a retracted finding is never an Observation.
  const current = result.findings.filter(isCurrentFinding);
  current.forEach((f, i) => {
    const fullUrl = mint.urn('Observation', 'finding', i);
    entries.push({ fullUrl, resource: { ...findingObservation(f, subject, 'preliminary'), meta } });
    results.push({ reference: fullUrl });
  });
  (result.vertebrae ?? []).forEach((v, i) => {
    const fullUrl = mint.urn('Observation', 'vertebra', i);
    const observation: Observation = {
      resourceType: 'Observation',
      status: 'preliminary',
      category: IMAGING_CATEGORY,
      code: {
        coding: [foramenCoding('finding', v.finding)],
        text: `${v.finding.replace(/-/g, ' ')} of ${v.vertebra}`,
      },
      ...(subject ? { subject } : {}),
      bodySite: { text: `${v.vertebra} vertebral body` },
      valueString: v.negated ? 'absent' : v.uncertain ? 'possible' : 'present',
      note: [{ text: `Report text: "${v.text}"` }],
      meta,
    };
    entries.push({ fullUrl, resource: observation });
    results.push({ reference: fullUrl });
  });
  const report: DiagnosticReport = {
    resourceType: 'DiagnosticReport',
    status: 'preliminary',
    category: [
      {
        coding: [
          {
            system: 'http://terminology.hl7.org/CodeSystem/v2-0074',
            code: 'RAD',
            display: 'Radiology',
          },
        ],
      },
    ],
    code: { text: 'Lumbar spine imaging report (findings read by Foramen)' },
    ...(subject ? { subject } : {}),
    ...(results.length > 0 ? { result: results } : {}),
    conclusion: `${current.filter((f) => f.negated !== true).length} positive and ${current.filter((f) => f.negated === true).length} negated finding(s) read from the report text; check them against the report.`,
    meta,
  };
  entries.unshift({ fullUrl: mint.urn('DiagnosticReport'), resource: report });
  return { resourceType: 'Bundle', type: 'collection', meta, entry: entries };
}
