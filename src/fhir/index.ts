// Public surface of src/fhir: FHIR R4 output for assessments and parsed reports, and OperationOutcomes.
export { assessmentToFhir, FORAMEN_TAG } from './assessment.js';
export type { AssessmentFhirOptions } from './assessment.js';
export { reportToFhir } from './report.js';
export type { ReportFhirOptions, ParsedReportLike, VertebralFindingLike } from './report.js';
export { findingObservation, gradeObservation, siteText } from './findings.js';
export type { FindingLike } from './findings.js';
export { badRequestOutcome, operationOutcomeFor, serverOutcome } from './outcome.js';
export {
  SNOMED_SYSTEM,
  LOINC_SYSTEM,
  CPT_SYSTEM,
  FORAMEN_SYSTEMS,
  FORAMEN_OBSERVATIONS,
  SNOMED_FOR_ICD10CM,
  LUMBAR_MRI_CODES,
  foramenCoding,
  workupCoding,
} from './codes.js';
export type { SnomedRow, OrderCodeRow, CodeCheck, ForamenObservationCode } from './codes.js';
export { stableUuid } from './ids.js';
