/**
 * Types of what the walk over a report collects.
 */
import type { Level } from '../vocab/index.js';
import type { QualifiedFinding } from './_qualifiers.js';
import type { SectionKind } from './data/sections.js';

/** A finding with the section it was read in. */
export interface SectionedFinding extends QualifiedFinding {
  readonly section: SectionKind;
}

/** A sentence that names a level or a spinal structure but yielded no finding. */
export interface UnreadSentence {
  readonly start: number;
  readonly end: number;
}

/** A transitional-vertebra mention. */
export interface TransitionalMention {
  readonly start: number;
  readonly end: number;
}

/** Everything the walk collects. */
export interface DocumentReading {
  readonly findings: SectionedFinding[];
  readonly transitional: TransitionalMention[];
  /** T12-L1 was named somewhere, so "all levels" includes it. */
  readonly coversT12: boolean;
  /** Disc levels the report names, in reading order (repeats allowed). */
  readonly levelsMentioned: Level[];
  readonly unread: UnreadSentence[];
}
