/**
 * Root-by-root examination tables: dermatome regions, key movements, reflexes and provocative tests.
 * Territories overlap and the published maps disagree, so each link carries a strength (1 = primary,
 * 0.5 = secondary, 0.25 = weak) rather than a yes/no; the localisation engine combines them.
 * Sources: shared/research/root-reference.md §1–2 (Harrison's, ISNCSCI, Suri 2010/2011, Esene 2012).
 */
import type { BodyRegion, ExamTest, Movement, Reflex, Root } from '../vocab/index.js';

/** How strongly a finding points to a root. */
export type LinkStrength = 1 | 0.5 | 0.25;

export interface RootLink<T extends string> {
  readonly item: T;
  readonly strength: LinkStrength;
  readonly sources: readonly string[];
}

export interface RootAnatomy {
  readonly root: Root;
  /** Plain description of the dermatome. */
  readonly dermatome: string;
  /** ISNCSCI key sensory point, where defined. */
  readonly keySensoryPoint: string;
  readonly regions: readonly RootLink<BodyRegion>[];
  readonly movements: readonly RootLink<Movement>[];
  readonly reflexes: readonly RootLink<Reflex>[];
  readonly tests: readonly RootLink<ExamTest>[];
  /** Muscles that carry the key movements, for people. */
  readonly keyMuscles: string;
  /** Where radicular pain from this root usually travels. */
  readonly painDistribution: string;
}

const H = 'harrison-radiculopathy';
const ISN = 'isncsci-2019';
const MSD = 'msd-radiculopathy';
const S10 = 'suri-2010';
const S11 = 'suri-2011';
const ESENE = 'esene-2012';
const GFN = 'genitofemoral-cremasteric';
const OA = 'openanesthesia-sensory';
const WIL = 'williams-1998';

const link = <T extends string>(
  item: T,
  strength: LinkStrength,
  ...sources: string[]
): RootLink<T> => ({ item, strength, sources });

/** The six lumbosacral roots Foramen localises. */
export const ROOT_ANATOMY: readonly RootAnatomy[] = [
  {
    root: 'L1',
    dermatome: 'groin and the upper front of the thigh just below the inguinal ligament',
    keySensoryPoint: 'upper anterior thigh, midway between the T12 and L2 points',
    regions: [
      link('groin', 1, H, ISN),
      link('lower-abdomen', 0.5, H),
      link('anterior-thigh', 0.25, ISN),
    ],
    movements: [link('hip-flexion', 0.5, H)],
    reflexes: [link('cremasteric', 1, GFN)],
    tests: [],
    keyMuscles: 'iliopsoas (in part)',
    painDistribution: 'groin and lower abdomen',
  },
  {
    root: 'L2',
    dermatome: 'front and inner side of the upper thigh',
    keySensoryPoint:
      'anteromedial thigh, midway between the inguinal ligament and the medial femoral condyle',
    regions: [
      link('anterior-thigh', 1, H, ISN),
      link('medial-thigh', 1, H),
      link('groin', 0.5, H),
      link('lateral-thigh', 0.25, OA),
    ],
    movements: [
      link('hip-flexion', 1, ISN, H),
      link('hip-adduction', 1, H, S10),
      link('knee-extension', 0.25, H),
    ],
    reflexes: [link('cremasteric', 0.5, GFN), link('patellar', 0.25, MSD)],
    tests: [link('femoral-nerve-stretch', 0.5, S10, S11)],
    keyMuscles: 'iliopsoas, hip adductors',
    painDistribution: 'front of the thigh',
  },
  {
    root: 'L3',
    dermatome: 'lower front and inner thigh, across the inner knee',
    keySensoryPoint: 'medial femoral condyle',
    regions: [
      link('anterior-thigh', 1, H),
      link('medial-thigh', 0.5, H),
      link('anterior-knee', 1, H),
      link('medial-knee', 1, H, ISN),
      link('lateral-thigh', 0.25, OA),
    ],
    movements: [
      link('knee-extension', 1, ISN, H),
      link('hip-adduction', 1, H),
      link('hip-flexion', 0.5, H),
    ],
    reflexes: [link('patellar', 0.5, MSD, H)],
    tests: [link('femoral-nerve-stretch', 1, S11, S10)],
    keyMuscles: 'quadriceps, hip adductors',
    painDistribution: 'front of the thigh and the knee',
  },
  {
    root: 'L4',
    dermatome: 'inner side of the lower leg down to the inner ankle bone',
    keySensoryPoint: 'medial malleolus',
    regions: [
      link('medial-leg', 1, H, ISN),
      link('medial-ankle', 1, ISN, S11),
      link('anterior-knee', 0.5, H),
      link('medial-knee', 0.5, H),
      link('anterior-thigh', 0.25, H),
      link('great-toe', 0.25, WIL),
    ],
    movements: [
      link('ankle-dorsiflexion', 1, ISN),
      link('knee-extension', 1, H),
      link('foot-inversion', 0.5, H),
      link('hip-adduction', 0.25, H),
      link('hip-abduction', 0.25, S11),
    ],
    reflexes: [link('patellar', 1, H, S11)],
    tests: [
      link('femoral-nerve-stretch', 1, S11),
      link('straight-leg-raise', 0.25, S10),
      link('slump', 0.25, S10),
    ],
    keyMuscles: 'tibialis anterior, quadriceps',
    painDistribution: 'knee and inner calf, sometimes the outer front of the thigh',
  },
  {
    root: 'L5',
    dermatome: 'outer side of the lower leg, top of the foot, big toe and first web space',
    keySensoryPoint: 'dorsum of the foot at the third metatarsophalangeal joint',
    regions: [
      link('lateral-leg', 1, H),
      link('dorsum-foot', 1, H, ISN),
      link('great-toe', 1, H, WIL),
      link('buttock', 0.5, H),
      link('lateral-thigh', 0.25, H),
      link('posterior-thigh', 0.25, H),
    ],
    movements: [
      link('great-toe-extension', 1, ISN, H),
      link('hip-abduction', 1, H, S11),
      link('ankle-dorsiflexion', 0.5, H),
      link('foot-eversion', 0.5, H),
      link('foot-inversion', 1, H),
      link('knee-flexion', 0.5, H),
      link('hip-extension', 0.25, H),
    ],
    reflexes: [link('medial-hamstring', 1, ESENE)],
    tests: [
      link('straight-leg-raise', 1, S10, MSD),
      link('crossed-straight-leg-raise', 1, MSD),
      link('slump', 1, S10),
    ],
    keyMuscles:
      'extensor hallucis longus, gluteus medius, tibialis anterior and posterior, peronei',
    painDistribution: 'buttock, outer thigh and calf, top of the foot',
  },
  {
    root: 'S1',
    dermatome: 'outer edge of the foot and little toe, sole, heel and back of the calf',
    keySensoryPoint: 'lateral heel',
    regions: [
      link('lateral-foot', 1, H, ISN),
      link('sole', 1, H),
      link('heel', 1, ISN),
      link('posterior-leg', 1, H),
      link('posterior-thigh', 1, H),
      link('buttock', 0.5, H),
    ],
    movements: [
      link('ankle-plantarflexion', 1, ISN, H),
      link('hip-extension', 1, H),
      link('foot-eversion', 0.5, H),
      link('knee-flexion', 0.5, H),
    ],
    reflexes: [link('achilles', 1, H, MSD, S11)],
    tests: [
      link('straight-leg-raise', 1, S10, MSD),
      link('crossed-straight-leg-raise', 1, MSD),
      link('slump', 1, S10),
    ],
    keyMuscles: 'gastrocnemius and soleus, gluteus maximus, hamstrings',
    painDistribution: 'buttock, back of the thigh and calf, sole and outer foot',
  },
];

const byRoot = new Map(ROOT_ANATOMY.map((r) => [r.root, r]));

/** The anatomy row for a root. */
export function rootAnatomy(root: Root): RootAnatomy {
  const row = byRoot.get(root);
  if (!row) throw new Error(`no anatomy for root ${root}`); // unreachable: the table covers ROOTS
  return row;
}

type LinkTable = 'regions' | 'movements' | 'reflexes' | 'tests';
type ItemOf<K extends LinkTable> = RootAnatomy[K][number]['item'];

/** Roots linked to one item of a table (a region, movement, reflex or test), strongest first. */
function rootsLinkedBy<K extends LinkTable>(
  table: K,
  item: ItemOf<K>,
): { root: Root; strength: LinkStrength }[] {
  const out: { root: Root; strength: LinkStrength }[] = [];
  for (const row of ROOT_ANATOMY) {
    for (const l of row[table] as readonly RootLink<string>[]) {
      if (l.item === item) out.push({ root: row.root, strength: l.strength });
    }
  }
  return out.sort((a, b) => b.strength - a.strength);
}

/** Roots linked to a body region, strongest first. */
export const rootsForRegion = (region: BodyRegion) => rootsLinkedBy('regions', region);
/** Roots linked to a movement, strongest first. */
export const rootsForMovement = (movement: Movement) => rootsLinkedBy('movements', movement);
/** Roots linked to a reflex, strongest first. */
export const rootsForReflex = (reflex: Reflex) => rootsLinkedBy('reflexes', reflex);
/** Roots linked to a provocative test, strongest first. */
export const rootsForTest = (test: ExamTest) => rootsLinkedBy('tests', test);
