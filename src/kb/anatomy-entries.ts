/**
 * KB entries derived from the anatomy tables, so `foramen kb find "L4 root"` and `kb show` cover the
 * anatomy without writing it twice.
 */
import { LEVEL_ANATOMY, ROOT_ANATOMY } from '../anatomy/index.js';
import type { EntryInputOf } from './schema.js';

const REVIEWED = '2026-11-21';

const levelEntries = LEVEL_ANATOMY.map((row): EntryInputOf<'anatomy'> => ({
  id: `level-${row.level.toLowerCase()}`,
  category: 'anatomy',
  name: `${row.level} disc level and foramen`,
  synonyms: [
    row.level,
    row.level.replace('-', '/'),
    `${row.level} foramen`,
    `${row.upperVertebra}-${row.lowerVertebra.replace(/^[LS]/, '')}`,
  ],
  summary:
    `At ${row.level} the ${row.exitingRoot} root leaves the spinal canal through the foramen (it is compressed by foraminal and far-lateral lesions), ` +
    `while the ${row.traversingRoot} root crosses the disc on its way down (it is compressed by central and lateral recess lesions).`,
  ...(row.notes.length > 0 ? { details: row.notes.join(' ') } : {}),
  levels: [row.level],
  seedDocs: [],
  sources: [...row.sources],
  reviewed: REVIEWED,
}));

const rootEntries = ROOT_ANATOMY.map((row): EntryInputOf<'anatomy'> => ({
  id: `root-${row.root.toLowerCase()}`,
  category: 'anatomy',
  name: `${row.root} nerve root`,
  synonyms: [row.root, `${row.root} root`, `${row.root} radiculopathy`, `${row.root} dermatome`],
  summary:
    `The ${row.root} root carries feeling from the ${row.dermatome} and powers ${row.keyMuscles}. ` +
    `Pain from it usually travels to the ${row.painDistribution}.`,
  details: `ISNCSCI key sensory point: ${row.keySensoryPoint}. Reflexes: ${row.reflexes.map((r) => r.item).join(', ') || 'none routinely tested'}.`,
  levels: 'all',
  seedDocs: [],
  sources: [
    ...new Set([...row.regions, ...row.movements, ...row.reflexes].flatMap((l) => l.sources)),
  ],
  reviewed: REVIEWED,
}));

export const ANATOMY_ENTRIES: readonly EntryInputOf<'anatomy'>[] = [
  ...levelEntries,
  ...rootEntries,
];
