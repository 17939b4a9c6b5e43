/**
 * Where each ICD-10-CM code and title was checked. The code set itself is the CMS/CDC release; the
 * secondary sites were used to confirm titles and Excludes1 notes (shared/research/clinical-rules.md §5.1).
 */
import type { Citation } from '../schema.js';

export const CODE_CITATIONS = [
  {
    id: 'cms-icd10cm-fy2025',
    kind: 'guideline',
    year: 2024,
    title: 'ICD-10-CM Tabular List of Diseases and Injuries, FY2025 (CMS/CDC NCHS)',
    url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
  },
  {
    id: 'cms-icd10cm-guidelines-fy2025',
    kind: 'guideline',
    year: 2024,
    title:
      'ICD-10-CM Official Guidelines for Coding and Reporting FY2025, Section IV.H: uncertain diagnoses ("suspected", "rule out") are coded by their signs and symptoms in outpatient care',
    url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
  },
  {
    id: 'mira-icd10-spine',
    kind: 'website',
    title:
      'Mira Health ICD-10-CM reference: M99.33–M99.73, M54.17, M54.31, M54.41 (titles, Excludes1 notes)',
    url: 'https://mirahealth.care/reference/icd10/M99.63',
  },
  {
    id: 'sprypt-icd10-r339',
    kind: 'website',
    title: 'ICD Code Compass: R33.9 Retention of urine, unspecified',
    url: 'https://codes.sprypt.com/icd-codes/R33.9',
  },
  {
    id: 'sprypt-icd10-m5450',
    kind: 'website',
    title: 'ICD Code Compass: M54.50 Low back pain, unspecified',
    url: 'https://codes.sprypt.com/icd-codes/M54.50',
  },
  {
    id: 'icdlist-r32',
    kind: 'website',
    title: 'ICDList: R32 Unspecified urinary incontinence (inclusion terms, Excludes1)',
    url: 'https://icdlist.com/icd-10/R32',
  },
  {
    id: 'icd10data-r159',
    kind: 'website',
    title: 'ICD10Data: R15.9 Full incontinence of feces (applicable to fecal incontinence NOS)',
    url: 'https://www.icd10data.com/ICD10CM/Codes/R00-R99/R10-R19/R15-/R15.9',
  },
  {
    id: 'diseasedb-r200',
    kind: 'website',
    title: 'DiseaseDB ICD-10 entry R20.0 Anesthesia of skin',
    url: 'https://www.diseasedb.com/icd10/R20.0',
  },
  {
    id: 'legalclarity-m5416',
    kind: 'website',
    title: 'Lumbar radiculopathy ICD-10 code M54.16 explained',
    url: 'https://legalclarity.org/lumbar-radiculopathy-icd-10-code-m54-16-explained/',
  },
  {
    id: 'diseasedb-icd10',
    kind: 'website',
    title: 'DiseaseDB ICD-10 entries M48.061, M43.16, M43.17, M54.41',
    url: 'https://www.diseasedb.com/icd10/M48.061',
  },
  {
    id: 'hcms-lss-codes',
    kind: 'website',
    title: 'ICD-10 codes for lumbar spinal stenosis (the FY2018 split of M48.06)',
    url: 'https://hcmsus.com/blog/icd-10-codes-for-lumbar-spinal-stenosis',
  },
  {
    id: 'genhealth-m5116',
    kind: 'website',
    title:
      'GenHealth code reference: M51.16 Intervertebral disc disorders with radiculopathy, lumbar region',
    url: 'https://genhealth.ai/code/icd10cm/M51.16-intervertebral-disc-disorders-with-radiculopathy-lumbar-region',
  },
  {
    id: 'hccbuddy-g834',
    kind: 'website',
    title: 'HCC Buddy: G83.4 Cauda equina syndrome (FY2026 tabular view)',
    url: 'https://hccbuddy.com/icd10/G83.4',
  },
  {
    id: 'carepatron-lumbar-radiculopathy',
    kind: 'website',
    title: 'Carepatron: ICD-10 codes for lumbar radiculopathy (M54.3-, M54.4-, M54.5-)',
    url: 'https://www.carepatron.com/icd/lumbar-radiculopathy',
  },
] as const satisfies readonly Citation[];
