/**
 * The weights of the root-scoring model. Each evidence item contributes `base weight × link strength`
 * (strength from ROOT_ANATOMY: 1 primary, 0.5 secondary, 0.25 weak), raised for ISNCSCI key muscles
 * and key sensory points and for the level-specific signs that reached LR ≥ 5 in Suri 2011.
 * Objective findings outweigh symptoms, and sensory findings are the weakest objective sign (Suri 2010).
 */
import type { ExamTest, Movement, BodyRegion, Reflex, Root, SymptomKind } from '../vocab/index.js';

/** A weight with the reason it has that value. */
export interface Weighted {
  readonly weight: number;
  readonly sources: readonly string[];
}

const w = (weight: number, ...sources: string[]): Weighted => ({ weight, sources });

/** Reported symptoms: subjective, so light; paraesthesia maps to dermatomes better than pain. */
export const SYMPTOM_WEIGHTS: Readonly<Record<SymptomKind, Weighted>> = {
  pain: w(0.12, 'harrison-radiculopathy', 'suri-2010'),
  numbness: w(0.18, 'harrison-radiculopathy', 'suri-2010'),
  tingling: w(0.18, 'harrison-radiculopathy', 'suri-2010'),
  burning: w(0.15, 'harrison-radiculopathy', 'suri-2010'),
  weakness: w(0.12, 'harrison-radiculopathy'),
  cramp: w(0.08, 'harrison-radiculopathy'),
  cold: w(0.05, 'harrison-radiculopathy'),
};

/** Sensory examination: objective but the least reliable sign (knowing the MRI inflated it, Suri 2010). */
export const SENSORY_WEIGHTS = {
  reduced: w(0.25, 'suri-2010', 'suri-2011'),
  absent: w(0.3, 'suri-2010', 'suri-2011'),
  increased: w(0.12, 'suri-2010'),
  /** A normal test of a root's region argues a little against that root. */
  normal: w(0.05, 'suri-2010'),
} as const;

/** Motor weakness by MRC grade: the weaker the muscle, the stronger the evidence (MRC 1976). */
export function motorWeight(mrc: number): Weighted {
  if (mrc >= 5) return w(0.07, 'mrc-1976', 'suri-2011'); // normal power: used as weak evidence against
  if (mrc === 4) return w(0.3, 'mrc-1976', 'suri-2011');
  if (mrc === 3) return w(0.38, 'mrc-1976', 'suri-2011');
  return w(0.44, 'mrc-1976', 'suri-2011');
}

/** Reflexes: a reduced or absent jerk is among the most specific root signs (Suri 2011, Esene 2012). */
export const REFLEX_WEIGHTS = {
  reduced: w(0.3, 'suri-2011', 'esene-2012'),
  absent: w(0.36, 'suri-2011', 'esene-2012'),
  normal: w(0.07, 'suri-2011'),
} as const;

/**
 * Positive provocative tests. The SLR is sensitive but not specific, the crossed SLR specific but
 * insensitive; the femoral stretch test reached LR ≥ 5 for mid-lumbar roots (Suri 2011).
 * Negative tests are not counted against a root: their sensitivity is too low in foraminal disease.
 */
export const TEST_WEIGHTS: Readonly<Partial<Record<ExamTest, Weighted>>> = {
  'straight-leg-raise': w(0.15, 'suri-2010', 'msd-radiculopathy'),
  slump: w(0.15, 'suri-2010'),
  'crossed-straight-leg-raise': w(0.22, 'msd-radiculopathy'),
  'femoral-nerve-stretch': w(0.22, 'suri-2011', 'suri-2010'),
  // A positive Trendelenburg sign shows hip-abductor (gluteus medius) weakness, an L5 sign (Suri 2011).
  trendelenburg: w(0.15, 'suri-2011', 'harrison-radiculopathy'),
};

/** Extra root links not in the anatomy tables: tests that localise through a muscle. */
export const EXTRA_TEST_LINKS: Readonly<
  Partial<Record<ExamTest, readonly { root: Root; strength: number }[]>>
> = {
  trendelenburg: [
    { root: 'L5', strength: 1 },
    { root: 'S1', strength: 0.25 },
    { root: 'L4', strength: 0.25 },
  ],
};

/** Multiplier for an ISNCSCI key muscle or key sensory point of the root. */
export const KEY_POINT_FACTOR = 1.3;
/** Multiplier for a sign that reached LR ≥ 5 for this root in Suri 2011. */
export const SPECIFIC_SIGN_FACTOR = 1.3;
/** No single item may carry more than this. */
export const MAX_ITEM_WEIGHT = 0.6;

/** ISNCSCI key muscles by root (isncsci-2019). */
export const KEY_MUSCLES: Readonly<Partial<Record<Root, Movement>>> = {
  L2: 'hip-flexion',
  L3: 'knee-extension',
  L4: 'ankle-dorsiflexion',
  L5: 'great-toe-extension',
  S1: 'ankle-plantarflexion',
};

/** ISNCSCI key sensory points, as the nearest contract region (isncsci-2019). */
export const KEY_SENSORY_REGIONS: Readonly<Record<Root, readonly BodyRegion[]>> = {
  L1: ['groin'],
  L2: ['anterior-thigh', 'medial-thigh'],
  L3: ['medial-knee'],
  L4: ['medial-ankle'],
  L5: ['dorsum-foot'],
  S1: ['heel', 'lateral-foot'],
};

/** Level-specific signs with LR ≥ 5 in Suri 2011, by root. */
export const SPECIFIC_SIGNS: Readonly<
  Partial<
    Record<
      Root,
      {
        readonly reflexes?: readonly Reflex[];
        readonly tests?: readonly ExamTest[];
        readonly movements?: readonly Movement[];
        readonly sensory?: readonly BodyRegion[];
      }
    >
  >
> = {
  L2: { sensory: ['anterior-thigh'] },
  L3: { tests: ['femoral-nerve-stretch'] },
  L4: { reflexes: ['patellar'], sensory: ['medial-ankle'] },
  L5: { movements: ['hip-abduction'], tests: ['trendelenburg'] },
  S1: { reflexes: ['achilles'] },
};

/** A root is listed from this score up; below it the evidence does not point to that root. */
export const LIST_THRESHOLD = 0.15;
/** Without any examination finding a root's score is capped here: symptoms alone are sciatica, not radiculopathy. */
export const SYMPTOM_ONLY_CAP = 0.4;
/** Confidence bands of a listed root. */
export const CONFIDENCE_BANDS = { high: 0.6, moderate: 0.35 } as const;
/** Two roots closer than this cannot be told apart on the evidence given. */
export const INDISTINCT_MARGIN = 0.12;
/** Sides merge into `bilateral` when the weaker side scores at least this share of the stronger. */
export const BILATERAL_SHARE = 0.5;

/**
 * Symmetric distal paraesthesia in both feet without weakness is the length-dependent pattern of a
 * polyneuropathy, not of a root (England 2009): every root score is multiplied by this factor.
 */
export const STOCKING_PATTERN_FACTOR = 0.25;

/**
 * A reflex reported reduced or absent on both sides does not lateralise and is common with age and
 * polyneuropathy; asymmetry is what localises (Suri 2011 scored side-specific loss). Its weight is
 * multiplied by this factor.
 */
export const SYMMETRIC_REFLEX_FACTOR = 0.4;
