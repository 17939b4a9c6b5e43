/**
 * Disc levels and the roots that exit and traverse at each one.
 * A lumbar root Lx leaves the canal below the Lx pedicle, through the Lx–Lx+1 foramen, so at disc
 * level Lx–Ly the exiting root is Lx and the root crossing the disc on its way down is Ly.
 * {@link https://wikimsk.org/wiki/Lumbar_Radicular_Pain_and_Radiculopathy | WikiMSK}
 */
import { LEVELS } from '../vocab/index.js';
import type { Level, Root } from '../vocab/index.js';

/** Roots that can be named at a level. T12 exits at T12-L1 but is thoracic, so it is outside `Root`. */
export type SpinalRoot = 'T12' | Root;

export interface LevelAnatomy {
  readonly level: Level;
  /** Vertebra above and below the disc. */
  readonly upperVertebra: string;
  readonly lowerVertebra: string;
  /** Root leaving through this foramen (foraminal and extraforaminal lesions). */
  readonly exitingRoot: SpinalRoot;
  /** Root crossing this disc to exit one level lower (central and subarticular lesions). */
  readonly traversingRoot: Root;
  /** Anatomical notes that change how a lesion here behaves. */
  readonly notes: readonly string[];
  readonly sources: readonly string[];
}

const RULE_SOURCES = ['wikimsk-radicular', 'radres-stenosis-grading', 'msd-radiculopathy'] as const;

/** One row per disc level, cranial to caudal. */
export const LEVEL_ANATOMY: readonly LevelAnatomy[] = [
  {
    level: 'T12-L1',
    upperVertebra: 'T12',
    lowerVertebra: 'L1',
    exitingRoot: 'T12',
    traversingRoot: 'L1',
    // The conus medullaris usually ends at L1–L2, so a central lesion here can compress the cord end itself.
    notes: [
      'The conus medullaris usually ends near L1–L2, so a central lesion here may involve the conus as well as the L1 root.',
      'The exiting T12 root supplies the lower abdominal wall, not the leg.',
    ],
    sources: [...RULE_SOURCES],
  },
  {
    level: 'L1-L2',
    upperVertebra: 'L1',
    lowerVertebra: 'L2',
    exitingRoot: 'L1',
    traversingRoot: 'L2',
    notes: [
      'Uncommon site of root compression; degenerative and post-fusion adjacent-level causes predominate.',
    ],
    sources: [...RULE_SOURCES],
  },
  {
    level: 'L2-L3',
    upperVertebra: 'L2',
    lowerVertebra: 'L3',
    exitingRoot: 'L2',
    traversingRoot: 'L3',
    notes: [],
    sources: [...RULE_SOURCES],
  },
  {
    level: 'L3-L4',
    upperVertebra: 'L3',
    lowerVertebra: 'L4',
    exitingRoot: 'L3',
    traversingRoot: 'L4',
    notes: [],
    sources: [...RULE_SOURCES],
  },
  {
    level: 'L4-L5',
    upperVertebra: 'L4',
    lowerVertebra: 'L5',
    exitingRoot: 'L4',
    traversingRoot: 'L5',
    notes: ['With L5–S1, the commonest level for disc herniation (together about 90–95%).'],
    sources: [...RULE_SOURCES],
  },
  {
    level: 'L5-S1',
    upperVertebra: 'L5',
    lowerVertebra: 'S1',
    exitingRoot: 'L5',
    traversingRoot: 'S1',
    notes: [
      'A transitional vertebra (sacralised L5 or lumbarised S1) can shift the numbering; check the count on imaging.',
    ],
    sources: [...RULE_SOURCES],
  },
];

const byLevel = new Map(LEVEL_ANATOMY.map((row) => [row.level, row]));

/** The anatomy row for a disc level. */
export function levelAnatomy(level: Level): LevelAnatomy {
  const row = byLevel.get(level);
  if (!row) throw new Error(`no anatomy for level ${level}`); // unreachable: LEVEL_ANATOMY covers LEVELS
  return row;
}

/** The disc level directly below a level, or undefined at L5-S1. */
export function levelBelow(level: Level): Level | undefined {
  return LEVELS[LEVELS.indexOf(level) + 1];
}
