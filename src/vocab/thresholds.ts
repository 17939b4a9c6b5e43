/**
 * Clinical thresholds several modules share (triage, localisation, differentials, work-up, plan), defined
 * once with their sources so the modules cannot drift apart. Source ids resolve in src/kb/citations (a
 * test checks them).
 */
import type { BodyRegion, SymptomKind } from './presentation.js';

/** A shared threshold: its value and the citation ids behind it. */
export interface Threshold<T> {
  readonly value: T;
  readonly sources: readonly [string, ...string[]];
}

/**
 * Weeks of conservative care before imaging or an injection is considered for persistent radicular
 * symptoms (ACR 2021 variant 3; ACP/APS 2007).
 */
export const CONSERVATIVE_CARE_WEEKS = {
  value: 6,
  sources: ['acr-2021-low-back-pain', 'acp-aps-2007'],
} as const satisfies Threshold<number>;

/**
 * Weeks from which symptoms are chronic (ACP 2017: chronic beyond 12 weeks) and a surgical opinion is
 * reasonable when imaging matches (NICE NG59 decompression rule; NASS).
 */
export const CHRONIC_WEEKS = {
  value: 12,
  sources: ['acp-2017', 'nice-ng59'],
} as const satisfies Threshold<number>;

/** From this many weeks a mild objective deficit is reviewed soon (ACP subacute: 4–12 weeks). */
export const SUBACUTE_WEEKS = {
  value: 4,
  sources: ['acp-2017'],
} as const satisfies Threshold<number>;

/** Leg pain on the 0–10 scale from which sciatica is "severe" (NRS severe band 7–10; NICE NG59 epidural). */
export const SEVERE_LEG_PAIN = {
  value: 7,
  sources: ['nice-ng59'],
} as const satisfies Threshold<number>;

/** Symptom kinds that are paraesthesia (altered sensation). Cold is a temperature symptom, not one. */
export const PARAESTHESIA_KINDS: ReadonlySet<SymptomKind> = new Set<SymptomKind>([
  'numbness',
  'tingling',
  'burning',
]);
export const PARAESTHESIA_SOURCES = ['harrison-radiculopathy'] as const;

/** Regions of the foot (distal, length-dependent neuropathy territory). */
export const FOOT_REGIONS: ReadonlySet<BodyRegion> = new Set<BodyRegion>([
  'dorsum-foot',
  'great-toe',
  'lateral-foot',
  'sole',
  'heel',
]);

/** Regions below the knee: leg pain here is radicular (sciatica) rather than referred (NICE CKS). */
export const BELOW_KNEE_REGIONS: ReadonlySet<BodyRegion> = new Set<BodyRegion>([
  'medial-leg',
  'lateral-leg',
  'posterior-leg',
  'medial-ankle',
  ...FOOT_REGIONS,
]);
export const REGION_SOURCES = ['nice-cks-sciatica', 'harrison-radiculopathy'] as const;

/** Knee regions (knee osteoarthritis pain sits here). */
export const KNEE_REGIONS: ReadonlySet<BodyRegion> = new Set<BodyRegion>([
  'anterior-knee',
  'medial-knee',
]);

/** Regions below the buttock: symptoms here are leg symptoms. */
export const LEG_REGIONS: ReadonlySet<BodyRegion> = new Set<BodyRegion>([
  'anterior-thigh',
  'medial-thigh',
  'lateral-thigh',
  'posterior-thigh',
  ...KNEE_REGIONS,
  ...BELOW_KNEE_REGIONS,
]);

/** Age under which a patient is a child for dosing and red flags (NICE NG59 covers over-16s). */
export const ADULT_AGE = { value: 18, sources: ['nice-ng59', 'acr-2017-back-pain-child'] } as const;
/** Age under which back pain is itself a red flag (NICE NG59 covers over-16s; ACR Back Pain – Child). */
export const CHILD_RED_FLAG_AGE = {
  value: 16,
  sources: ['nice-ng59', 'acr-2017-back-pain-child'],
} as const;
/** Weeks of back pain in a child that need investigation (ACR Back Pain – Child: beyond 4 weeks). */
export const CHILD_PERSISTENT_PAIN_WEEKS = {
  value: 4,
  sources: ['acr-2017-back-pain-child'],
} as const;
/** Gestational week from which NSAIDs are avoided (FDA 2020 oligohydramnios warning). */
export const NSAID_AVOID_FROM_GESTATION_WEEK = {
  value: 20,
  sources: ['rx-fda-nsaid-pregnancy-2020'],
} as const;
/** eGFR below which NSAIDs are avoided (AGS Beers 2023). */
export const NSAID_AVOID_BELOW_EGFR = {
  value: 30,
  sources: ['rx-beers-2023'],
} as const;

/**
 * Thigh regions where a dull ache is often somatic referred pain from the spine, the sacroiliac joint or
 * the hip rather than radicular pain (Bogduk 2009): a leg symptom there counts as radicular only with
 * paraesthesia or a root sign on that side.
 */
export const REFERRED_THIGH_REGIONS: ReadonlySet<BodyRegion> = new Set<BodyRegion>([
  'posterior-thigh',
  'lateral-thigh',
]);
/** Age above which new back or abdominal pain raises the question of an aortic aneurysm (NICE NG156). */
export const AORTIC_ANEURYSM_RISK_AGE = {
  value: 60,
  sources: ['nice-ng156'],
} as const satisfies Threshold<number>;
