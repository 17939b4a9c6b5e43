/**
 * Abbreviations of dictated and templated reports, read as the words they stand for before phrase
 * matching (like the typo table). Each entry carries an example sentence and the finding it must yield;
 * `abbreviations.test.ts` parses every example. Single letters ("L", "R") are sides only as words of
 * their own: level names such as "L4" are read from the raw text first and never reach this table.
 */
import type { FindingSide, FindingType, Severity } from '../../vocab/index.js';

/** One abbreviation, its reading and a checked example. */
export interface Abbreviation {
  /** Lower case, one token as the scanner cuts it. */
  readonly abbr: string;
  readonly expansion: string;
  readonly example: string;
  readonly expect: {
    readonly finding: FindingType;
    readonly side?: FindingSide;
    readonly severity?: Severity | null;
    readonly negated?: boolean;
  };
}

/** The abbreviation table. */
export const ABBREVIATIONS: readonly Abbreviation[] = [
  { abbr: 'nfn', expansion: 'neural foraminal narrowing', example: 'L4-5: mild left NFN.', expect: { finding: 'foraminal-stenosis', side: 'left', severity: 'mild' } },
  { abbr: 'nf', expansion: 'neural foraminal', example: 'L4-5: moderate right NF narrowing.', expect: { finding: 'foraminal-stenosis', side: 'right', severity: 'moderate' } },
  { abbr: 'nfs', expansion: 'neural foramina', example: 'L3-4: NFs patent.', expect: { finding: 'foraminal-stenosis', side: 'bilateral', negated: true } },
  { abbr: 'ivf', expansion: 'intervertebral foramen', example: 'L5-S1: Left IVF shows moderate narrowing.', expect: { finding: 'foraminal-stenosis', side: 'left', severity: 'moderate' } },
  { abbr: 'ivfs', expansion: 'intervertebral foramina', example: 'L4-5: Bilateral IVFs are mildly narrowed.', expect: { finding: 'foraminal-stenosis', side: 'bilateral', severity: 'mild' } },
  { abbr: 'fs', expansion: 'foraminal stenosis', example: 'L5-S1: Rt FS mod.', expect: { finding: 'foraminal-stenosis', side: 'right', severity: 'moderate' } },
  // Column headings of tables ("Rt NF / Lt NF / CC / level"; round 24).
  { abbr: 'cc', expansion: 'central canal', example: 'L4-5: CC mild stenosis.', expect: { finding: 'central-canal-stenosis', severity: 'mild' } },
  { abbr: 'ccs', expansion: 'central canal stenosis', example: 'L4-5: mod CCS.', expect: { finding: 'central-canal-stenosis', severity: 'moderate' } },
  { abbr: 'nad', expansion: 'no abnormality detected', example: 'L2-3: NAD.', expect: { finding: 'foraminal-stenosis', side: 'bilateral', negated: true } },
  { abbr: 'nl', expansion: 'normal', example: 'L2-3: nl.', expect: { finding: 'central-canal-stenosis', negated: true } },
  // Telegraphic reports: "L1-2: NML.", "L2-3: WNL." (round 24).
  { abbr: 'nml', expansion: 'normal', example: 'L1-2: NML.', expect: { finding: 'central-canal-stenosis', negated: true } },
  { abbr: 'wnl', expansion: 'within normal limits', example: 'L2-3: WNL.', expect: { finding: 'central-canal-stenosis', negated: true } },
  { abbr: 'neg', expansion: 'normal', example: 'L1-2: neg.', expect: { finding: 'central-canal-stenosis', negated: true } },
  { abbr: 'lrs', expansion: 'lateral recess stenosis', example: 'L4-5: left LRS.', expect: { finding: 'lateral-recess-stenosis', side: 'left' } },
  { abbr: 'ddd', expansion: 'degenerative disc disease', example: 'L4-5: DDD with loss of disc height.', expect: { finding: 'disc-height-loss' } },
  { abbr: 'db', expansion: 'disc bulge', example: 'L3-4: small DB.', expect: { finding: 'disc-bulge' } },
  { abbr: 'dp', expansion: 'disc protrusion', example: 'L5-S1: left DP.', expect: { finding: 'disc-protrusion', side: 'left' } },
  { abbr: 'de', expansion: 'disc extrusion', example: 'L5-S1: right DE.', expect: { finding: 'disc-extrusion', side: 'right' } },
  { abbr: 'fa', expansion: 'facet arthropathy', example: 'L4-5: bilateral FA.', expect: { finding: 'facet-arthropathy', side: 'bilateral' } },
  { abbr: 'lfh', expansion: 'ligamentum flavum hypertrophy', example: 'L4-5: LFH.', expect: { finding: 'ligamentum-flavum-hypertrophy' } },
  { abbr: 'b', expansion: 'bilateral', example: 'L5-S1: B/L mild NFN.', expect: { finding: 'foraminal-stenosis', side: 'bilateral', severity: 'mild' } },
  { abbr: 'l', expansion: 'left', example: 'L4-5: sev L NFN.', expect: { finding: 'foraminal-stenosis', side: 'left', severity: 'severe' } },
  // Indian shorthand "Rt NF N", "D12-L1 to L2-3: N." (round 27).
  { abbr: 'n', expansion: 'normal', example: 'L5-S1: Lt foraminal DP. Rt NF N.', expect: { finding: 'foraminal-stenosis', side: 'right', negated: true } },
  { abbr: 'r', expansion: 'right', example: 'L4-5: mild R NFN.', expect: { finding: 'foraminal-stenosis', side: 'right', severity: 'mild' } },
  { abbr: 'mod', expansion: 'moderate', example: 'L4-5: mod bilat NFN.', expect: { finding: 'foraminal-stenosis', side: 'bilateral', severity: 'moderate' } },
  { abbr: 'sev', expansion: 'severe', example: 'L4-5: sev Lt NFN.', expect: { finding: 'foraminal-stenosis', side: 'left', severity: 'severe' } },
  { abbr: 'sig', expansion: 'significant', example: 'L2-3: no sig NFN.', expect: { finding: 'foraminal-stenosis', side: 'bilateral', negated: true } },
  { abbr: 'nr', expansion: 'nerve root', example: 'L5-S1: DP compressing the left S1 NR.', expect: { finding: 'nerve-root-compression', side: 'left' } },
  { abbr: '>', expansion: 'greater than', example: 'L3-4: mild-mod bilat NF narrowing, L>R.', expect: { finding: 'foraminal-stenosis', side: 'bilateral', severity: 'mild-moderate' } },
];

/** Abbreviation → the words it stands for. */
export const ABBREVIATION_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  ABBREVIATIONS.map((a) => [a.abbr, a.expansion]),
);
