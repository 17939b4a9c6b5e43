// Public surface of src/assess: the assessment entry point, its input/output schemas and the text summary.
export { assess, assessPresentation } from './assess.js';
export type { AssessDeps } from './assess.js';
export {
  PresentationSchema,
  ImagingFindingSchema,
  MedicationSchema,
  AssessmentSchema,
} from './schema.js';
export type {
  Presentation,
  ImagingFinding,
  PresentationMedication,
  Assessment,
  ConcordanceEntry,
  LesionSiteEntry,
  Differential,
  WorkupItem,
  PlanStep,
  AssessmentMedicationAlert,
  Inconsistency,
} from './schema.js';
export { renderAssessmentText } from './summary.js';
export type {
  MedicationChecker,
  MedicationCheckInput,
  MedicationCheckResult,
} from './medications.js';
export { ASSESSMENT_CITATIONS } from '../triage/index.js';
export { CODE_CITATIONS, ICD10CM_CODES } from '../codes/index.js';
