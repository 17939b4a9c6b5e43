/** Imaging and report finding types (CONTRACTS.md, `foramen parse-report` and `assess` imaging). */
export const FINDING_TYPES = [
  'foraminal-stenosis',
  'central-canal-stenosis',
  'lateral-recess-stenosis',
  'disc-bulge',
  'disc-protrusion',
  'disc-extrusion',
  'disc-herniation',
  'spondylolisthesis',
  'retrolisthesis',
  'facet-arthropathy',
  'ligamentum-flavum-hypertrophy',
  'nerve-root-contact',
  'nerve-root-compression',
  'annular-fissure',
  'synovial-cyst',
  'disc-desiccation',
  'disc-height-loss',
  'modic-change',
  'osteophyte',
  'fracture',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];
