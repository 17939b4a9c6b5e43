/**
 * The exiting-versus-traversing rule: which root a lesion compresses, from its disc level and zone.
 * At disc level Lx–Ly a foraminal or extraforaminal lesion compresses the exiting root Lx; a central or
 * subarticular (lateral recess) lesion compresses the traversing root Ly.
 * {@link https://wikimsk.org/wiki/Lumbar_Radicular_Pain_and_Radiculopathy | WikiMSK}
 */
import { LEVELS, ZONES } from '../vocab/index.js';
import type { Level, Root, RootRelation, Zone } from '../vocab/index.js';
import { levelAnatomy } from './levels.js';
import type { SpinalRoot } from './levels.js';

/** Which of the two roots at a level a zone puts at risk. */
export function relationForZone(zone: Zone): RootRelation {
  switch (zone) {
    case 'foraminal':
    case 'extraforaminal':
      return 'exiting';
    case 'central':
    case 'subarticular':
      return 'traversing';
  }
}

export interface AffectedRoot {
  readonly root: SpinalRoot;
  readonly relation: RootRelation;
  readonly level: Level;
  readonly zone: Zone;
  readonly sources: readonly string[];
}

/**
 * Decides the root a lesion at `level` in `zone` affects.
 * @param level - disc level, e.g. `L4-L5`
 * @param zone - axial zone of the lesion
 * @returns the root, whether it is the exiting or traversing root, and the sources of the rule
 */
export function affectedRoot(level: Level, zone: Zone): AffectedRoot {
  const anatomy = levelAnatomy(level);
  const relation = relationForZone(zone);
  const root = relation === 'exiting' ? anatomy.exitingRoot : anatomy.traversingRoot;
  return { root, relation, level, zone, sources: anatomy.sources };
}

export interface LesionSite {
  readonly level: Level;
  readonly zone: Zone;
  readonly relation: RootRelation;
}

/**
 * Every level and zone at which a lesion would compress `root`: the inverse of `affectedRoot`.
 * L5, for example, is compressed foraminally or extraforaminally at L5-S1 and centrally or in the
 * lateral recess at L4-L5.
 */
export function lesionSitesForRoot(root: Root): LesionSite[] {
  const sites: LesionSite[] = [];
  for (const level of LEVELS) {
    for (const zone of ZONES) {
      const hit = affectedRoot(level, zone);
      if (hit.root === root) sites.push({ level, zone, relation: hit.relation });
    }
  }
  return sites;
}
