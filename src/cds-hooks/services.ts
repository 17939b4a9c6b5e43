/**
 * The CDS services Foramen offers, as its discovery document lists them, with prefetch templates that
 * fetch exactly what the services read.
 */
import type { CdsDiscoveryResponse, CdsServiceDefinition } from './types.js';

/** Prefetch keys the services read; `patient` is optional, the others are required. */
export const PREFETCH_TEMPLATES = {
  patient: 'Patient/{{context.patientId}}',
  conditions: 'Condition?patient={{context.patientId}}&clinical-status=active',
  observations: 'Observation?patient={{context.patientId}}&category=exam,imaging,vital-signs',
} as const;
export type PrefetchKey = keyof typeof PREFETCH_TEMPLATES;

/** The keys a service cannot work without. */
export const REQUIRED_PREFETCH: readonly PrefetchKey[] = ['conditions', 'observations'];

/** Id of the patient-view service. */
export const PATIENT_VIEW_SERVICE_ID = 'foramen-patient-view';
/** Id of the lumbar MRI order-select service. */
export const LUMBAR_MRI_SERVICE_ID = 'foramen-lumbar-mri-order';

/** Every service, keyed by id. */
export const CDS_SERVICES: Readonly<Record<string, CdsServiceDefinition>> = {
  [PATIENT_VIEW_SERVICE_ID]: {
    hook: 'patient-view',
    id: PATIENT_VIEW_SERVICE_ID,
    title: 'Foramen lumbar radiculopathy triage',
    description:
      'Reads active Conditions and recent Observations for lumbar radiculopathy, stenosis and red flags, and returns cards ' +
      'for the triage level, any red flags (cauda equina features first) and the next step of the plan.',
    prefetch: PREFETCH_TEMPLATES,
    usageRequirements: 'Needs Condition and Observation read access for the patient in context.',
  },
  [LUMBAR_MRI_SERVICE_ID]: {
    hook: 'order-select',
    id: LUMBAR_MRI_SERVICE_ID,
    title: 'Foramen lumbar spine MRI appropriateness',
    description:
      'When a lumbar spine MRI (LOINC 30679-5 and related Playbook codes, CPT 72148/72149/72158, or the words) is selected, ' +
      'applies the imaging guideline: suggests deferring the order when there are no red flags and symptoms are under ' +
      '6 weeks old, and confirms the order when red flags or persistent symptoms make imaging appropriate.',
    prefetch: PREFETCH_TEMPLATES,
    usageRequirements:
      'Needs Condition and Observation read access for the patient in context; draft orders as R4 ServiceRequests.',
  },
};

/** The discovery document (`GET /cds-services`). */
export const discoverServices = (): CdsDiscoveryResponse => ({
  services: Object.values(CDS_SERVICES),
});
