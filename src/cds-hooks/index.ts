// Public surface of src/cds-hooks: discovery, the patient-view and lumbar MRI order-select services, prefetch.
export {
  CARD_INDICATORS,
  CdsRequestSchema,
  CdsFeedbackSchema,
  CdsCardSchema,
  CdsResponseSchema,
  CdsDiscoveryResponseSchema,
  CdsServiceDefinitionSchema,
} from './types.js';
export type {
  CardIndicator,
  CdsServiceDefinition,
  CdsDiscoveryResponse,
  CdsSource,
  CdsAction,
  CdsSuggestion,
  CdsLink,
  CdsCard,
  CdsResponse,
  CdsRequest,
  CdsFeedback,
} from './types.js';
export {
  CDS_SERVICES,
  PREFETCH_TEMPLATES,
  REQUIRED_PREFETCH,
  PATIENT_VIEW_SERVICE_ID,
  LUMBAR_MRI_SERVICE_ID,
  discoverServices,
} from './services.js';
export type { PrefetchKey } from './services.js';
export { indicatorFor, cardSource, summaryOf, escapeMarkdown, MAX_SUMMARY_CHARS } from './cards.js';
export { readChart, conditionMeaning, ICD10_CONDITION_ROWS } from './from-fhir.js';
export type { ChartReading } from './from-fhir.js';
export { patientViewCards } from './patient-view.js';
export type { PatientViewInput } from './patient-view.js';
export {
  lumbarMriCards,
  isLumbarMriOrder,
  selectedServiceRequests,
  MRI_OVERRIDE_REASONS,
  IMAGING_WAIT_WEEKS,
} from './order-select.js';
export type { OrderSelectInput } from './order-select.js';
export {
  resolvePrefetch,
  resourcesOf,
  fillTemplate,
  fetchFhir,
  withoutNullItems,
  MAX_JSON_DEPTH,
} from './prefetch.js';
export type { FhirFetcher, FhirAccess, ChartData, PrefetchResult } from './prefetch.js';
export {
  MemoryReplayCache,
  CdsJwtVerifier,
  CdsIssuersSchema,
  loadCdsIssuers,
  cdsAuthFromEnv,
} from './auth.js';
export type {
  ReplayCache,
  TrustedIssuer,
  CdsAuthMode,
  CdsAuthSettings,
  CdsAuthResult,
} from './auth.js';
