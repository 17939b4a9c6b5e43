/** Closed spinal vocabularies from CONTRACTS.md. Each array is the single source of its type. */

/** Lumbar disc levels, cranial to caudal. */
export const LEVELS = ['T12-L1', 'L1-L2', 'L2-L3', 'L3-L4', 'L4-L5', 'L5-S1'] as const;
export type Level = (typeof LEVELS)[number];

/** Lumbosacral nerve roots Foramen localises, cranial to caudal. */
export const ROOTS = ['L1', 'L2', 'L3', 'L4', 'L5', 'S1'] as const;
export type Root = (typeof ROOTS)[number];

/** Sides of a finding or symptom. `central` is allowed only for canal findings. */
export const SIDES = ['left', 'right', 'bilateral'] as const;
export type Side = (typeof SIDES)[number];
export const FINDING_SIDES = ['left', 'right', 'bilateral', 'central'] as const;
export type FindingSide = (typeof FINDING_SIDES)[number];

/** Axial zones of the spinal canal and foramen, medial to lateral. */
export const ZONES = ['central', 'subarticular', 'foraminal', 'extraforaminal'] as const;
export type Zone = (typeof ZONES)[number];

/** Relation of a root to the disc level where it is compressed. */
export const ROOT_RELATIONS = ['exiting', 'traversing'] as const;
export type RootRelation = (typeof ROOT_RELATIONS)[number];

/** Type guards for user-typed strings. */
export const isLevel = (value: string): value is Level =>
  (LEVELS as readonly string[]).includes(value);
export const isRoot = (value: string): value is Root =>
  (ROOTS as readonly string[]).includes(value);
export const isSide = (value: string): value is Side =>
  (SIDES as readonly string[]).includes(value);
export const isZone = (value: string): value is Zone =>
  (ZONES as readonly string[]).includes(value);
