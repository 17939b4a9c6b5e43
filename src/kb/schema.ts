/**
 * The one schema module for the knowledge base. Types come from `z.infer`; JSON Schema can be
 * derived with `z.toJSONSchema`. Entries are written as typed `.ts` data (`satisfies KbEntryInput[]`)
 * and parsed once more at load time so cross-references and invariants are checked at run time too.
 */
import * as z from 'zod';
import {
  LEVELS,
  ROOTS,
  BODY_REGIONS,
  SYMPTOM_KINDS,
  EXAM_TESTS,
  FLAGS,
  TRIAGE_LEVELS,
} from '../vocab/index.js';
import { DOSE_UNITS, DRUG_CLASSES, DRUG_ROUTES } from './drug-terms.js';

/** Stable ids: lower-case kebab-case, e.g. `drug-ibuprofen`. */
export const KB_ID = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case');
/** A real calendar date as YYYY-MM-DD (2026-02-30 and 2026-13-01 are refused, not rolled over). */
export const ISO_DATE = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
  .refine((s) => {
    const date = new Date(`${s}T00:00:00Z`);
    return (
      !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s && s >= '0001-01-01'
    );
  }, 'must be a real calendar date (YYYY-MM-DD)');

/** The five seed articles, by the key used in shared/research/seed-inventory.md. */
export const SEED_DOCS = ['000', '001', '002', '003', '004'] as const;
export type SeedDoc = (typeof SEED_DOCS)[number];

export const CITATION_KINDS = [
  'guideline',
  'consensus',
  'primary-study',
  'review',
  'label',
  'textbook',
  'website',
  'named-by-seed',
] as const;

/** A citation record. `named-by-seed` marks a source an article names without a full reference. */
export const CitationSchema = z.strictObject({
  id: KB_ID,
  kind: z.enum(CITATION_KINDS),
  title: z.string().min(3),
  authors: z.string().optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  doi: z.string().optional(),
  pmid: z.string().optional(),
  url: z.string().url().optional(),
  note: z.string().optional(),
});
export type Citation = z.input<typeof CitationSchema>;

/** How far the evidence supports an item for this condition; set wherever the articles overstate. */
export const EVIDENCE_LEVELS = [
  'recommended',
  'option',
  'limited',
  'experimental',
  'not-recommended',
] as const;
export const EvidenceSchema = z.strictObject({
  level: z.enum(EVIDENCE_LEVELS),
  note: z.string().min(10),
  sources: z.array(KB_ID).min(1).optional(),
});

export { KB_CATEGORIES } from './categories.js';
import type { KbCategory } from './categories.js';
export type { KbCategory };

const LevelsSchema = z.union([z.literal('all'), z.array(z.enum(LEVELS)).min(1)]);

/** Fields every entry has. */
const base = {
  id: KB_ID,
  name: z.string().min(2),
  /** Other names people search by: abbreviations, lay words, common misspellings. */
  synonyms: z.array(z.string().min(1)),
  /** Our own words; never an article's sentence. */
  summary: z.string().min(10),
  details: z.string().optional(),
  /** Disc levels the entry applies to. Most apply to all lumbar levels. */
  levels: LevelsSchema,
  /** Which seed articles name this item ([] when Foramen adds it from the literature). */
  seedDocs: z.array(z.enum(SEED_DOCS)),
  sources: z.array(KB_ID).min(1),
  evidence: EvidenceSchema.optional(),
  related: z.array(KB_ID).optional(),
  reviewed: ISO_DATE,
};

export const AnatomyEntrySchema = z.strictObject({ ...base, category: z.literal('anatomy') });

export const CONDITION_ASPECTS = [
  'laterality',
  'location',
  'severity',
  'etiology',
  'presentation',
] as const;
export const ConditionEntrySchema = z.strictObject({
  ...base,
  category: z.literal('condition'),
  aspect: z.enum(CONDITION_ASPECTS),
});

export const ClassificationEntrySchema = z.strictObject({
  ...base,
  category: z.literal('classification'),
  /** The id of the matching calculator in src/grading, when there is one. */
  gradingSystem: z.string().optional(),
  grades: z
    .array(z.strictObject({ grade: z.string(), label: z.string(), criteria: z.string() }))
    .min(2),
});

export const CAUSE_TYPES = [
  'degenerative',
  'developmental',
  'congenital',
  'traumatic',
  'inflammatory',
  'infectious',
  'neoplastic',
  'metabolic',
  'iatrogenic',
  'mechanical',
  'vascular',
  'other',
] as const;
export const CauseEntrySchema = z.strictObject({
  ...base,
  category: z.literal('cause'),
  causeType: z.enum(CAUSE_TYPES),
  mechanism: z.string().min(10),
  riskFactors: z.array(z.string()),
});

export const SymptomEntrySchema = z.strictObject({
  ...base,
  category: z.literal('symptom'),
  kinds: z.array(z.enum(SYMPTOM_KINDS)).optional(),
  regions: z.array(z.enum(BODY_REGIONS)).optional(),
  /** Roots whose compression typically gives this symptom; empty when not root-specific. */
  roots: z.array(z.enum(ROOTS)).optional(),
  redFlag: z.boolean().optional(),
});

export const TEST_TYPES = [
  'physical-exam',
  'provocative',
  'laboratory',
  'electrodiagnostic',
  'imaging',
] as const;
export const AccuracySchema = z.strictObject({
  sensitivity: z.number().min(0).max(1).optional(),
  specificity: z.number().min(0).max(1).optional(),
  note: z.string().min(5),
  sources: z.array(KB_ID).min(1),
});
export const DiagnosticTestEntrySchema = z.strictObject({
  ...base,
  category: z.literal('diagnostic-test'),
  testType: z.enum(TEST_TYPES),
  purpose: z.string().min(10),
  whenIndicated: z.string().min(10),
  accuracy: AccuracySchema.optional(),
  /** The matching CONTRACTS exam-test value, when the test is one the assessment engine reads. */
  examTest: z.enum(EXAM_TESTS).optional(),
});

export const THERAPY_TYPES = [
  'physiotherapy',
  'electrotherapy',
  'exercise',
  'mind-body',
  'education',
] as const;
export const TherapyEntrySchema = z.strictObject({
  ...base,
  category: z.literal('therapy'),
  therapyType: z.enum(THERAPY_TYPES),
  purpose: z.string().min(10),
  mechanism: z.string().min(10),
});

/** A dose limit with its own source: label maxima must always be traceable. */
export const DoseLimitSchema = z.strictObject({
  amount: z.number().positive(),
  unit: z.enum(DOSE_UNITS),
  /** What the amount counts: per day (default) or per dose/injection for non-daily products. */
  per: z.enum(['day', 'dose', 'injection', 'week', 'year']).optional(),
  note: z.string().optional(),
  sources: z.array(KB_ID).min(1),
});
export const DrugEntrySchema = z.strictObject({
  ...base,
  category: z.literal('drug'),
  drugClass: z.enum(DRUG_CLASSES),
  /** Secondary classes used for duplicate and interaction checks (e.g. tramadol: serotonergic). */
  alsoClasses: z.array(z.enum(DRUG_CLASSES)).optional(),
  /** Properties the medication checker reasons about. */
  properties: z
    .array(
      z.enum([
        'serotonergic',
        'sedating',
        'anticholinergic',
        'nephrotoxic',
        'hepatotoxic',
        'bleeding-risk',
        'lowers-seizure-threshold',
        'cyp1a2-substrate',
      ]),
    )
    .optional(),
  brandNames: z.array(z.string()),
  route: z.enum(DRUG_ROUTES),
  /** Usual adult dose and frequency, in our words (e.g. "200–400 mg every 4–6 hours"). */
  doseText: z.string().min(3),
  perDoseMg: z
    .strictObject({ min: z.number().nonnegative(), max: z.number().positive() })
    .optional(),
  usualDailyMg: z
    .strictObject({ min: z.number().nonnegative(), max: z.number().positive() })
    .optional(),
  frequency: z.string().min(2),
  /** Labelled maximum (daily unless `per` says otherwise), with unit and source. */
  maxDaily: DoseLimitSchema,
  /** Lower maxima for particular patients (age ≥ 65, renal impairment, OTC use, ...). */
  specialMaxima: z.array(DoseLimitSchema.extend({ population: z.string().min(3) })).optional(),
  timing: z.string().min(3),
  sideEffects: z.array(z.string()).min(1),
  cautions: z.array(z.string()).min(1),
  /** For combination products: the ingredients and their amount per unit (e.g. per tablet). */
  ingredients: z
    .array(z.strictObject({ drug: KB_ID, mgPerUnit: z.number().positive() }))
    .optional(),
});

export const SupplementEntrySchema = z.strictObject({
  ...base,
  category: z.literal('supplement'),
  doseText: z.string().min(3),
  function: z.string().min(5),
  mechanism: z.string().min(5),
  cautions: z.array(z.string()),
  evidence: EvidenceSchema,
});

export const INJECTION_TYPES = [
  'epidural-steroid',
  'nerve-block',
  'facet-intervention',
  'regenerative',
  'viscosupplement',
  'bone-modifying',
  'biologic',
  'other',
] as const;
export const InjectionEntrySchema = z.strictObject({
  ...base,
  category: z.literal('injection'),
  injectionType: z.enum(INJECTION_TYPES),
  doseText: z.string().min(3),
  function: z.string().min(5),
  mechanism: z.string().min(5),
  evidence: EvidenceSchema,
});

export const ProcedureEntrySchema = z.strictObject({
  ...base,
  category: z.literal('procedure'),
  description: z.string().min(10),
  benefits: z.array(z.string()).min(1),
  risks: z.array(z.string()).min(1),
  indications: z.array(z.string()).min(1),
  recovery: z.string().min(5),
  recoveryWeeks: z
    .strictObject({ min: z.number().nonnegative(), max: z.number().positive() })
    .optional(),
});

export const PreventionEntrySchema = z.strictObject({ ...base, category: z.literal('prevention') });

export const RedFlagEntrySchema = z.strictObject({
  ...base,
  category: z.literal('red-flag'),
  /** The CONTRACTS flags that express this red flag in an assessment input. */
  flags: z.array(z.enum(FLAGS)),
  triage: z.enum(TRIAGE_LEVELS),
  action: z.string().min(5),
});

export const AdviceEntrySchema = z.strictObject({
  ...base,
  category: z.literal('advice'),
  adviceKind: z.enum(['do', 'avoid']),
});

export const FaqEntrySchema = z.strictObject({
  ...base,
  category: z.literal('faq'),
  question: z.string().min(5),
  answer: z.string().min(10),
});

export const CORRECTION_TOPICS = [
  'anatomy',
  'grading',
  'dose',
  'terminology',
  'evidence',
  'other',
] as const;
/** Where an article is wrong or the articles disagree, and what Foramen uses instead. */
export const CorrectionEntrySchema = z.strictObject({
  ...base,
  category: z.literal('correction'),
  topic: z.enum(CORRECTION_TOPICS),
  /** What the article(s) say, paraphrased. */
  seedClaim: z.string().min(5),
  /** What Foramen uses instead. */
  corrected: z.string().min(5),
  reason: z.string().min(10),
  /** The KB entry this correction applies to, when there is one. */
  subject: KB_ID.optional(),
});

export const KbEntrySchema = z.discriminatedUnion('category', [
  AnatomyEntrySchema,
  ConditionEntrySchema,
  ClassificationEntrySchema,
  CauseEntrySchema,
  SymptomEntrySchema,
  DiagnosticTestEntrySchema,
  TherapyEntrySchema,
  DrugEntrySchema,
  SupplementEntrySchema,
  InjectionEntrySchema,
  ProcedureEntrySchema,
  PreventionEntrySchema,
  RedFlagEntrySchema,
  AdviceEntrySchema,
  FaqEntrySchema,
  CorrectionEntrySchema,
]);

export type KbEntryInput = z.input<typeof KbEntrySchema>;
export type KbEntry = z.output<typeof KbEntrySchema>;
export type DrugEntry = z.output<typeof DrugEntrySchema>;
export type CorrectionEntry = z.output<typeof CorrectionEntrySchema>;
/** The entry type for one category, e.g. `EntryOf<'drug'>`. */
export type EntryOf<C extends KbCategory> = Extract<KbEntry, { category: C }>;
/** The input type for one category, for `satisfies` in entry modules. */
export type EntryInputOf<C extends KbCategory> = Extract<KbEntryInput, { category: C }>;
