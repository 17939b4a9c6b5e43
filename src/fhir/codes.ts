/**
 * The code systems and codes Foramen's FHIR output uses. ICD-10-CM comes from src/codes; the SNOMED CT
 * and LOINC rows here say how each was checked, because no terminology server was available when they
 * were written (shared/research/clinical-rules.md §5.2–5.3). Foramen's own vocabularies (findings,
 * roots, flags, triage) travel under local `urn:foramen:` code systems.
 */
import type { Coding } from '@medplum/fhirtypes';

/** SNOMED CT. */
export const SNOMED_SYSTEM = 'http://snomed.info/sct';
/** LOINC. */
export const LOINC_SYSTEM = 'http://loinc.org';
/** CPT (AMA), as US systems write it. */
export const CPT_SYSTEM = 'http://www.ama-assn.org/go/cpt';
/** UCUM units. */
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';
/** FHIR observation categories (exam, imaging, vital-signs). */
export const OBSERVATION_CATEGORY_SYSTEM =
  'http://terminology.hl7.org/CodeSystem/observation-category';
/** FHIR condition clinical status. */
export const CONDITION_CLINICAL_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-clinical';
/** FHIR condition verification status. */
export const CONDITION_VERIFICATION_SYSTEM =
  'http://terminology.hl7.org/CodeSystem/condition-ver-status';
/** FHIR condition category. */
export const CONDITION_CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/condition-category';

/** Foramen's local code systems, one per closed vocabulary of CONTRACTS.md. */
export const FORAMEN_SYSTEMS = {
  observation: 'urn:foramen:code-system:observation',
  finding: 'urn:foramen:code-system:finding',
  severity: 'urn:foramen:code-system:severity',
  root: 'urn:foramen:code-system:root',
  flag: 'urn:foramen:code-system:flag',
  triage: 'urn:foramen:code-system:triage',
  planStep: 'urn:foramen:code-system:plan-step',
  planStage: 'urn:foramen:code-system:plan-stage',
  workup: 'urn:foramen:code-system:workup',
  medicationAlert: 'urn:foramen:code-system:medication-alert',
  gradingSystem: 'urn:foramen:code-system:grading-system',
  cdsCard: 'urn:foramen:code-system:cds-card',
} as const;

/** Observation kinds Foramen emits (codes of `FORAMEN_SYSTEMS.observation`). */
export const FORAMEN_OBSERVATIONS = {
  'root-involvement': 'Nerve root involvement (clinical localisation)',
  'imaging-finding': 'Lumbar spine imaging finding',
  'imaging-grade': 'Imaging grade',
  'red-flag': 'Red flag',
  'triage-level': 'Triage level',
} as const;
export type ForamenObservationCode = keyof typeof FORAMEN_OBSERVATIONS;

/** How a SNOMED CT or LOINC row was checked: `secondary` = several independent secondary sources agree. */
export type CodeCheck = 'verified' | 'secondary' | 'unverified';

/** One SNOMED CT concept with its provenance. */
export interface SnomedRow {
  readonly code: string;
  readonly display: string;
  readonly checked: CodeCheck;
  readonly note: string;
}

const snomed = (code: string, display: string, checked: CodeCheck, note: string): SnomedRow => ({
  code,
  display,
  checked,
  note,
});

/**
 * The SNOMED CT concept given beside each ICD-10-CM code Foramen emits. Where no concept of the same
 * meaning was found the nearest broader one is used, and the note says so.
 */
export const SNOMED_FOR_ICD10CM: Readonly<Record<string, SnomedRow>> = {
  'M54.16': snomed(
    '128196005',
    'Lumbar radiculopathy',
    'unverified',
    'Secondary sources disagree about this id; confirm with a terminology server ($lookup) before relying on it.',
  ),
  'M54.17': snomed(
    '128196005',
    'Lumbar radiculopathy',
    'unverified',
    'Broader than lumbosacral; same caveat as M54.16.',
  ),
  'M51.16': snomed(
    '128196005',
    'Lumbar radiculopathy',
    'unverified',
    'Broader: names the radiculopathy, not the disc disorder.',
  ),
  'M51.17': snomed(
    '128196005',
    'Lumbar radiculopathy',
    'unverified',
    'Broader: names the radiculopathy, not the disc disorder.',
  ),
  'M48.061': snomed(
    '18347007',
    'Spinal stenosis of lumbar region',
    'secondary',
    'Several independent concept maps agree; research note §5.2 remembers the same id.',
  ),
  'M48.062': snomed(
    '18347007',
    'Spinal stenosis of lumbar region',
    'secondary',
    'Broader: the claudication is not coded.',
  ),
  'M99.63': snomed(
    '18347007',
    'Spinal stenosis of lumbar region',
    'secondary',
    'Broader: SNOMED CT foraminal stenosis concept not verified.',
  ),
  'M99.73': snomed(
    '18347007',
    'Spinal stenosis of lumbar region',
    'secondary',
    'Broader: SNOMED CT foraminal stenosis concept not verified.',
  ),
  'M43.16': snomed(
    '274152003',
    'Spondylolisthesis',
    'secondary',
    'Several concept maps agree; not region-specific.',
  ),
  'M43.17': snomed(
    '274152003',
    'Spondylolisthesis',
    'secondary',
    'Several concept maps agree; not region-specific.',
  ),
  'G83.4': snomed(
    '192970008',
    'Cauda equina syndrome',
    'secondary',
    'Several independent sources, one a SNOMED CT graph query, agree.',
  ),
  // Signs that code a suspected (not confirmed) cauda equina syndrome, ICD-10-CM guidelines IV.H.
  'R33.9': snomed(
    '267064002',
    'Retention of urine',
    'secondary',
    'Independent public concept maps and value sets agree (R33.9 ↔ 267064002, display "Retention of urine").',
  ),
  R32: snomed(
    '165232002',
    'Urinary incontinence',
    'secondary',
    'Independent public concept maps and FHIR value sets agree (R32 ↔ 165232002, "Urinary incontinence (finding)").',
  ),
  'R15.9': snomed(
    '72042002',
    'Incontinence of feces',
    'secondary',
    'Two independent public FHIR value sets give "Incontinence of feces (finding)"; one unrelated table disagrees.',
  ),
  'R20.0': snomed(
    '44077006',
    'Numbness',
    'secondary',
    'Broader (saddle site not coded); a public SNOMED CT expression and value sets give "Numbness (finding)".',
  ),
  'M54.31': snomed(
    '23056005',
    'Sciatica',
    'secondary',
    'Confirmed by a terminology-server $lookup test in a public repository; side not coded.',
  ),
  'M54.32': snomed(
    '23056005',
    'Sciatica',
    'secondary',
    'Confirmed by a terminology-server $lookup test in a public repository; side not coded.',
  ),
  'M54.41': snomed(
    '279040009',
    'Lumbago with sciatica',
    'unverified',
    'One concept map; side not coded.',
  ),
  'M54.42': snomed(
    '279040009',
    'Lumbago with sciatica',
    'unverified',
    'One concept map; side not coded.',
  ),
  'M54.50': snomed(
    '279039007',
    'Low back pain',
    'secondary',
    'Used by the CDS Hooks sandbox imaging service and a terminology-server $lookup test.',
  ),
};

/** A LOINC or CPT code for a lumbar spine MRI order, with provenance. */
export interface OrderCodeRow {
  readonly system: string;
  readonly code: string;
  readonly display: string;
  readonly checked: CodeCheck;
}

/**
 * Codes that identify a lumbar spine MRI order: LOINC/RSNA Playbook codes (verified in the Playbook
 * list, clinical-rules.md §5.3) and CPT codes (secondary).
 */
export const LUMBAR_MRI_CODES: readonly OrderCodeRow[] = [
  {
    system: LOINC_SYSTEM,
    code: '30679-5',
    display: 'MR Lumbar spine WO contrast',
    checked: 'verified',
  },
  {
    system: LOINC_SYSTEM,
    code: '30678-7',
    display: 'MR Lumbar spine W contrast IV',
    checked: 'verified',
  },
  {
    system: LOINC_SYSTEM,
    code: '24967-2',
    display: 'MR Lumbar spine WO and W contrast IV',
    checked: 'verified',
  },
  { system: LOINC_SYSTEM, code: '24968-0', display: 'MR Lumbar spine', checked: 'verified' },
  {
    system: CPT_SYSTEM,
    code: '72148',
    display: 'MRI lumbar spine without contrast',
    checked: 'secondary',
  },
  {
    system: CPT_SYSTEM,
    code: '72149',
    display: 'MRI lumbar spine with contrast',
    checked: 'unverified',
  },
  {
    system: CPT_SYSTEM,
    code: '72158',
    display: 'MRI lumbar spine without then with contrast',
    checked: 'secondary',
  },
];

/** The coding Foramen proposes for a work-up test, when it has a standard one. */
export function workupCoding(test: string): Coding | undefined {
  switch (test) {
    case 'mri-lumbar': {
      const row = LUMBAR_MRI_CODES[0];
      return row ? { system: row.system, code: row.code, display: row.display } : undefined;
    }
    default:
      return undefined;
  }
}

/** Turns a kebab-case code into words for a display (`foraminal-stenosis` → `Foraminal stenosis`). */
export function displayOf(code: string): string {
  const words = code.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * A coding in one of Foramen's local code systems.
 * @param system - which local system
 * @param code - the contract's code
 * @param display - words for people (default: the code in words)
 */
export function foramenCoding(
  system: keyof typeof FORAMEN_SYSTEMS,
  code: string,
  display?: string,
): Coding {
  return { system: FORAMEN_SYSTEMS[system], code, display: display ?? displayOf(code) };
}
