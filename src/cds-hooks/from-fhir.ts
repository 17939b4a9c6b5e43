/**
 * Reads an EHR's prefetched FHIR data (Patient, Conditions, Observations) into a Foramen presentation:
 * red flags, imaging findings, age, sex and how long the back or leg problem has lasted. Every mapping
 * row says what it recognises; anything not recognised is left out, never guessed.
 */
import type { CodeableConcept, Coding, Condition, Observation, Patient } from '@medplum/fhirtypes';
import type { ImagingFinding, Presentation } from '../assess/index.js';
import { escapeMarkdown } from './cards.js';
import { FINDING_TYPES, FLAGS, LEVELS, SEVERITIES, ZONES } from '../vocab/index.js';
import type { Flag } from '../vocab/index.js';
import { FORAMEN_SYSTEMS, LOINC_SYSTEM, SNOMED_FOR_ICD10CM, SNOMED_SYSTEM } from '../fhir/index.js';

const ICD10_SYSTEMS = new Set([
  'http://hl7.org/fhir/sid/icd-10-cm',
  'http://hl7.org/fhir/sid/icd-10',
]);

/** What a recognised Condition means for the assessment. */
type ConditionMeaning =
  | { readonly kind: 'spine' }
  | { readonly kind: 'flag'; readonly flag: Flag }
  | { readonly kind: 'cauda-equina' };

/** One row of the Condition table: an ICD-10 code prefix and what it means. */
interface IcdRow {
  readonly prefix: RegExp;
  readonly meaning: ConditionMeaning;
  readonly note: string;
}

const spine: ConditionMeaning = { kind: 'spine' };
const flag = (f: Flag): ConditionMeaning => ({ kind: 'flag', flag: f });

/** ICD-10(-CM) prefixes Foramen recognises on a problem list. */
export const ICD10_CONDITION_ROWS: readonly IcdRow[] = [
  { prefix: /^G83\.4/, meaning: { kind: 'cauda-equina' }, note: 'Cauda equina syndrome.' },
  {
    prefix: /^M54\.(1[5-7]|3|4|5)/,
    meaning: spine,
    note: 'Lumbar radiculopathy, sciatica, lumbago with sciatica, low back pain.',
  },
  { prefix: /^M51\.[1-3][67]?/, meaning: spine, note: 'Lumbar and lumbosacral disc disorders.' },
  { prefix: /^M48\.0[67]/, meaning: spine, note: 'Lumbar and lumbosacral spinal stenosis.' },
  { prefix: /^M99\.[67]3/, meaning: spine, note: 'Foraminal stenosis of the lumbar region.' },
  { prefix: /^M43\.1[67]/, meaning: spine, note: 'Lumbar and lumbosacral spondylolisthesis.' },
  { prefix: /^M47\.[28][67]/, meaning: spine, note: 'Lumbar spondylosis (with radiculopathy).' },
  {
    prefix: /^(C(?:[0-8]\d|9[0-7])|Z85)/,
    meaning: flag('history-of-cancer'),
    note: 'Malignant neoplasm, or a personal history of one.',
  },
  {
    prefix: /^M8[01]/,
    meaning: flag('osteoporosis'),
    note: 'Osteoporosis with or without fracture.',
  },
  {
    prefix: /^(D8[0-4]|B20|Z94|Z79\.6)/,
    meaning: flag('immunosuppression'),
    note: 'Immunodeficiency, HIV disease, transplant, long-term immunosuppressants.',
  },
  {
    prefix: /^Z79\.52/,
    meaning: flag('prolonged-steroid-use'),
    note: 'Long-term systemic steroids.',
  },
  { prefix: /^R50/, meaning: flag('fever'), note: 'Fever.' },
  { prefix: /^R63\.4/, meaning: flag('unexplained-weight-loss'), note: 'Abnormal weight loss.' },
  { prefix: /^R33/, meaning: flag('urinary-retention'), note: 'Retention of urine.' },
  { prefix: /^R32/, meaning: flag('urinary-incontinence'), note: 'Urinary incontinence.' },
  { prefix: /^R15/, meaning: flag('fecal-incontinence'), note: 'Faecal incontinence.' },
];

// The SNOMED CT concepts Foramen itself emits (src/fhir/codes.ts), read back the same way.
const SNOMED_SPINE = new Set(
  Object.values(SNOMED_FOR_ICD10CM)
    .filter((r) => r.code !== '192970008')
    .map((r) => r.code),
);
const SNOMED_CAUDA_EQUINA = '192970008';

/** LOINC body temperature; 38 °C or more is read as fever. */
const LOINC_BODY_TEMPERATURE = '8310-5';
const FEVER_CELSIUS = 38;

const codings = (concept: CodeableConcept | undefined): readonly Coding[] =>
  Array.isArray(concept?.coding)
    ? concept.coding.filter((c): c is Coding => typeof c === 'object' && c !== null)
    : [];

/** What a Condition's codes mean, if anything Foramen knows. */
export function conditionMeaning(
  concept: CodeableConcept | undefined,
): ConditionMeaning | undefined {
  for (const c of codings(concept)) {
    if (!c.code) continue;
    if (c.system && ICD10_SYSTEMS.has(c.system)) {
      const row = ICD10_CONDITION_ROWS.find((r) => r.prefix.test(c.code ?? ''));
      if (row) return row.meaning;
    }
    if (c.system === SNOMED_SYSTEM) {
      if (c.code === SNOMED_CAUDA_EQUINA) return { kind: 'cauda-equina' };
      if (SNOMED_SPINE.has(c.code)) return spine;
    }
    if (c.system === FORAMEN_SYSTEMS.flag && (FLAGS as readonly string[]).includes(c.code)) {
      return flag(c.code as Flag);
    }
  }
  return undefined;
}

const isActive = (c: Condition): boolean => {
  const status = c.clinicalStatus?.coding?.[0]?.code;
  const verification = c.verificationStatus?.coding?.[0]?.code;
  return (
    (status === undefined ||
      status === 'active' ||
      status === 'recurrence' ||
      status === 'relapse') &&
    verification !== 'refuted' &&
    verification !== 'entered-in-error'
  );
};

const usable = (o: Observation): boolean =>
  o.status !== 'entered-in-error' && o.status !== 'cancelled';

/** When a condition began, by the most specific field given. */
function onsetOf(c: Condition): string | undefined {
  return c.onsetDateTime ?? c.onsetPeriod?.start ?? c.recordedDate;
}

const weeksBetween = (from: Date, to: Date): number =>
  Math.max(0, (to.getTime() - from.getTime()) / (7 * 24 * 3600 * 1000));

function ageAt(birthDate: string, now: Date): number | undefined {
  const birth = new Date(birthDate);
  if (Number.isNaN(birth.getTime())) return undefined;
  let age = now.getUTCFullYear() - birth.getUTCFullYear();
  const beforeBirthday =
    now.getUTCMonth() < birth.getUTCMonth() ||
    (now.getUTCMonth() === birth.getUTCMonth() && now.getUTCDate() < birth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age >= 0 && age <= 120 ? age : undefined;
}

/** Reads a Foramen imaging-finding Observation back into an imaging finding. */
function imagingFindingOf(o: Observation): ImagingFinding | undefined {
  const code = codings(o.code).find((c) => c.system === FORAMEN_SYSTEMS.finding)?.code;
  if (!code || !(FINDING_TYPES as readonly string[]).includes(code)) return undefined;
  const site = o.bodySite?.text ?? '';
  const level = LEVELS.find((l) => site.includes(l));
  if (!level) return undefined;
  const side = (['left', 'right', 'bilateral', 'central'] as const).find((s) =>
    new RegExp(`\\b${s}\\b`).test(site.split(',').slice(1).join(',')),
  );
  const zone = ZONES.find((z) => site.includes(`${z} zone`));
  const severityCode = codings(o.valueCodeableConcept).find(
    (c) => c.system === FORAMEN_SYSTEMS.severity,
  )?.code;
  const severity = SEVERITIES.find((s) => s === severityCode);
  return {
    level,
    finding: code as ImagingFinding['finding'],
    ...(side ? { side } : {}),
    ...(zone ? { zone } : {}),
    ...(severity ? { severity } : {}),
    ...(severity === 'none' ? { negated: true } : {}),
  };
}

/** What was read from the prefetched data. */
export interface ChartReading {
  /** The presentation for `assess` (no symptoms: a chart rarely codes them in Foramen's terms). */
  readonly presentation: Presentation;
  /** True when the chart has a lumbar spine problem Foramen is about. */
  readonly lumbarProblem: boolean;
  /** True when an active cauda equina syndrome is recorded. */
  readonly caudaEquina: boolean;
  /** Lines saying what was recognised, for card details (Markdown; text from the chart escaped). */
  readonly recognised: readonly string[];
}

/**
 * Reads prefetched resources into a presentation.
 * @param data - the Patient (optional), Conditions and Observations
 * @param now - the time of the hook call (for ages and durations)
 */
export function readChart(
  data: {
    patient?: Patient | undefined;
    conditions: readonly Condition[];
    observations: readonly Observation[];
  },
  now: Date,
): ChartReading {
  const flags = new Set<Flag>();
  const recognised: string[] = [];
  let lumbarProblem = false;
  let caudaEquina = false;
  let earliestOnset: Date | undefined;
  for (const c of data.conditions.filter(isActive)) {
    const meaning = conditionMeaning(c.code);
    if (!meaning) continue;
    // Chart text goes into card Markdown: escaped, so it can never become a link, image or heading.
    const label = escapeMarkdown(
      c.code?.text ?? c.code?.coding?.[0]?.display ?? c.code?.coding?.[0]?.code ?? 'condition',
    );
    switch (meaning.kind) {
      case 'spine': {
        lumbarProblem = true;
        const onset = onsetOf(c);
        const date = onset ? new Date(onset) : undefined;
        if (date && !Number.isNaN(date.getTime()) && (!earliestOnset || date < earliestOnset)) {
          earliestOnset = date;
        }
        recognised.push(
          `Lumbar problem on the chart: ${label}${onset ? ` (since ${escapeMarkdown(onset.slice(0, 10))})` : ''}`,
        );
        break;
      }
      case 'cauda-equina':
        caudaEquina = true;
        lumbarProblem = true;
        recognised.push(`Cauda equina syndrome on the chart: ${label}`);
        break;
      case 'flag':
        flags.add(meaning.flag);
        recognised.push(`Red flag from the chart: ${meaning.flag.replace(/-/g, ' ')} (${label})`);
        break;
    }
  }
  const imaging: ImagingFinding[] = [];
  for (const o of data.observations.filter(usable)) {
    const flagCode =
      codings(o.valueCodeableConcept).find((c) => c.system === FORAMEN_SYSTEMS.flag)?.code ??
      codings(o.code).find((c) => c.system === FORAMEN_SYSTEMS.flag)?.code;
    if (flagCode && (FLAGS as readonly string[]).includes(flagCode) && o.valueBoolean !== false) {
      flags.add(flagCode as Flag);
      recognised.push(`Red flag observation: ${flagCode.replace(/-/g, ' ')}`);
      continue;
    }
    const finding = imagingFindingOf(o);
    if (finding) {
      imaging.push(finding);
      lumbarProblem = true;
      recognised.push(`Imaging finding: ${finding.finding.replace(/-/g, ' ')} at ${finding.level}`);
      continue;
    }
    const isTemperature = codings(o.code).some(
      (c) => c.system === LOINC_SYSTEM && c.code === LOINC_BODY_TEMPERATURE,
    );
    const q = o.valueQuantity;
    if (isTemperature && typeof q?.value === 'number') {
      const celsius =
        q.code === '[degF]' || q.unit === '°F' || q.unit === 'degF'
          ? ((q.value - 32) * 5) / 9
          : q.value;
      if (celsius >= FEVER_CELSIUS) {
        flags.add('fever');
        recognised.push(
          `Fever: body temperature ${q.value} ${escapeMarkdown(q.unit ?? q.code ?? '')}`.trim(),
        );
      }
    }
  }
  const age = data.patient?.birthDate ? ageAt(data.patient.birthDate, now) : undefined;
  const gender = data.patient?.gender;
  const presentation: Presentation = {
    symptoms: [],
    ...(age !== undefined ? { age } : {}),
    ...(gender ? { sex: gender } : {}),
    ...(earliestOnset
      ? { durationWeeks: Math.round(weeksBetween(earliestOnset, now) * 10) / 10 }
      : {}),
    ...(flags.size > 0 ? { flags: FLAGS.filter((f) => flags.has(f)) } : {}),
    ...(imaging.length > 0 ? { imaging } : {}),
  };
  return { presentation, lumbarProblem, caudaEquina, recognised };
}
