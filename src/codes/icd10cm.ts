/**
 * The ICD-10-CM codes Foramen emits, with their official titles and where each was checked.
 * `checked` says how: `secondary` = title confirmed on a secondary code site, `memory` = from the
 * research note only (shown to the coder as "confirm before use").
 * {@link https://www.cms.gov/medicare/coding-billing/icd-10-codes | CMS ICD-10-CM}
 */
import type { CitationId } from '../kb/index.js';

export const ICD10CM_SYSTEM = 'http://hl7.org/fhir/sid/icd-10-cm';

export interface Icd10CmCode {
  readonly code: string;
  readonly display: string;
  readonly checked: 'secondary' | 'memory';
  readonly sources: readonly [CitationId, ...CitationId[]];
  readonly note?: string;
}

const row = <const C extends string>(
  code: C,
  display: string,
  checked: Icd10CmCode['checked'],
  sources: Icd10CmCode['sources'],
  note?: string,
): Icd10CmCode & { readonly code: C } =>
  note === undefined
    ? { code, display, checked, sources }
    : { code, display, checked, sources, note };

/** Every code the assessment can emit. */
const ROWS = [
  row(
    'M54.16',
    'Radiculopathy, lumbar region',
    'secondary',
    ['cms-icd10cm-fy2025', 'legalclarity-m5416'],
    'Excludes1: with a lumbar disc disorder (M51.1-) or with spondylosis (M47.2-).',
  ),
  row('M54.17', 'Radiculopathy, lumbosacral region', 'secondary', [
    'cms-icd10cm-fy2025',
    'mira-icd10-spine',
  ]),
  row('M51.16', 'Intervertebral disc disorders with radiculopathy, lumbar region', 'secondary', [
    'cms-icd10cm-fy2025',
    'genhealth-m5116',
  ]),
  row('M51.17', 'Intervertebral disc disorders with radiculopathy, lumbosacral region', 'memory', [
    'cms-icd10cm-fy2025',
  ]),
  row('M48.061', 'Spinal stenosis, lumbar region without neurogenic claudication', 'secondary', [
    'cms-icd10cm-fy2025',
    'hcms-lss-codes',
    'diseasedb-icd10',
  ]),
  row('M48.062', 'Spinal stenosis, lumbar region with neurogenic claudication', 'secondary', [
    'cms-icd10cm-fy2025',
    'hcms-lss-codes',
  ]),
  row(
    'M99.63',
    'Osseous and subluxation stenosis of intervertebral foramina of lumbar region',
    'secondary',
    ['cms-icd10cm-fy2025', 'mira-icd10-spine'],
    'Foramen-specific alternative; the M99 category is not used when the condition can be classified elsewhere.',
  ),
  row(
    'M99.73',
    'Connective tissue and disc stenosis of intervertebral foramina of lumbar region',
    'secondary',
    ['cms-icd10cm-fy2025', 'mira-icd10-spine'],
    'Foramen-specific alternative; the M99 category is not used when the condition can be classified elsewhere.',
  ),
  row('M43.16', 'Spondylolisthesis, lumbar region', 'secondary', [
    'cms-icd10cm-fy2025',
    'diseasedb-icd10',
  ]),
  row('M43.17', 'Spondylolisthesis, lumbosacral region', 'secondary', [
    'cms-icd10cm-fy2025',
    'diseasedb-icd10',
  ]),
  row('G83.4', 'Cauda equina syndrome', 'secondary', ['cms-icd10cm-fy2025', 'hccbuddy-g834']),
  row('R33.9', 'Retention of urine, unspecified', 'secondary', [
    'cms-icd10cm-guidelines-fy2025',
    'cms-icd10cm-fy2025',
    'sprypt-icd10-r339',
  ]),
  row('R32', 'Unspecified urinary incontinence', 'secondary', [
    'cms-icd10cm-guidelines-fy2025',
    'cms-icd10cm-fy2025',
    'icdlist-r32',
  ]),
  row('R15.9', 'Full incontinence of feces', 'secondary', [
    'cms-icd10cm-guidelines-fy2025',
    'cms-icd10cm-fy2025',
    'icd10data-r159',
  ]),
  row(
    'R20.0',
    'Anesthesia of skin',
    'secondary',
    ['cms-icd10cm-guidelines-fy2025', 'cms-icd10cm-fy2025', 'diseasedb-r200'],
    'Saddle (perineal) sensory loss.',
  ),
  row('M54.31', 'Sciatica, right side', 'secondary', [
    'cms-icd10cm-fy2025',
    'mira-icd10-spine',
    'carepatron-lumbar-radiculopathy',
  ]),
  row('M54.32', 'Sciatica, left side', 'secondary', [
    'cms-icd10cm-fy2025',
    'carepatron-lumbar-radiculopathy',
  ]),
  row('M54.41', 'Lumbago with sciatica, right side', 'secondary', [
    'cms-icd10cm-fy2025',
    'diseasedb-icd10',
    'mira-icd10-spine',
  ]),
  row('M54.42', 'Lumbago with sciatica, left side', 'secondary', [
    'cms-icd10cm-fy2025',
    'carepatron-lumbar-radiculopathy',
  ]),
  row(
    'M54.50',
    'Low back pain, unspecified',
    'secondary',
    ['cms-icd10cm-fy2025', 'sprypt-icd10-m5450'],
    'M54.5 was expanded in FY2022 (M54.50, M54.51, M54.59).',
  ),
] as const;

/** Every code the assessment can emit, keyed by code. */
export const ICD10CM_CODES = Object.fromEntries(ROWS.map((r) => [r.code, r])) as {
  readonly [C in (typeof ROWS)[number]['code']]: Icd10CmCode;
};

export type Icd10CmCodeValue = keyof typeof ICD10CM_CODES;
