/**
 * Chooses ICD-10-CM codes for what an assessment found. Rules follow the tabular notes recorded in
 * shared/research/clinical-rules.md §5.1: M54.1- excludes radiculopathy with a disc disorder (use the
 * M51.1- combination code instead); foraminal stenosis has no combination code, so it pairs M54.1- with a
 * stenosis code (M48.06-, or M99.6-/M99.7- as the foramen-specific alternative); region follows the level
 * (L5-S1 is lumbosacral). Codes are suggestions for a coder, never a diagnosis.
 */
import type { FindingType, Level, Root, Side } from '../vocab/index.js';
import { ICD10CM_CODES, ICD10CM_SYSTEM } from './icd10cm.js';
import type { Icd10CmCodeValue } from './icd10cm.js';

/** One suggested code, with why it was chosen. */
export interface CodeSuggestion {
  readonly system: typeof ICD10CM_SYSTEM;
  readonly code: string;
  readonly display: string;
  /** What in the assessment led to the code. */
  readonly basis: string;
  readonly source: string;
  /** True for an alternative the coder may choose instead of the main suggestion. */
  readonly alternative?: boolean;
  readonly note?: string;
}

/** What code selection reads from an assessment. */
export interface CodingInput {
  /**
   * Suspected cauda equina syndrome, with the features that raised it. ICD-10-CM guidance (Section IV.H)
   * codes an uncertain diagnosis in outpatient care by its signs and symptoms (R codes), so G83.4 is not
   * emitted until the syndrome is confirmed.
   */
  readonly caudaEquina: boolean;
  readonly caudaEquinaFeatures?: readonly (
    'urinary-retention' | 'urinary-incontinence' | 'fecal-incontinence' | 'saddle-anaesthesia'
  )[];
  /** The engine itself finds lumbar radiculopathy unlikely: no radiculopathy or sciatica codes. */
  readonly radiculopathyUnlikely?: boolean;
  readonly roots: readonly {
    readonly root: Root;
    readonly side: Side;
    readonly objective: boolean;
  }[];
  readonly concordantFindings: readonly {
    readonly level: Level;
    readonly finding: FindingType;
    readonly side?: string | undefined;
  }[];
  /** Every imaging finding at a level, for the bony-versus-soft-tissue choice of foraminal code. */
  readonly findingsAtLevel: (level: Level) => readonly FindingType[];
  readonly backPain: boolean;
  readonly neurogenicClaudication: boolean;
  readonly centralStenosis: boolean;
}

const DISC_FINDINGS: ReadonlySet<FindingType> = new Set([
  'disc-bulge',
  'disc-protrusion',
  'disc-extrusion',
  'disc-herniation',
]);
const STENOSIS_FINDINGS: ReadonlySet<FindingType> = new Set([
  'foraminal-stenosis',
  'central-canal-stenosis',
  'lateral-recess-stenosis',
]);
const BONY_FINDINGS: ReadonlySet<FindingType> = new Set([
  'osteophyte',
  'facet-arthropathy',
  'spondylolisthesis',
  'retrolisthesis',
  'synovial-cyst',
]);
const SLIP_FINDINGS: ReadonlySet<FindingType> = new Set(['spondylolisthesis']);

type Region = 'lumbar' | 'lumbosacral';
const regionOfLevel = (level: Level): Region => (level === 'L5-S1' ? 'lumbosacral' : 'lumbar');
// Without imaging, L5 and S1 radiculopathy is usually from the lumbosacral segment.
const regionOfRoot = (root: Root): Region =>
  root === 'L5' || root === 'S1' ? 'lumbosacral' : 'lumbar';
const SCIATIC_ROOTS: ReadonlySet<Root> = new Set(['L4', 'L5', 'S1']);

/**
 * Suggests ICD-10-CM codes for an assessment.
 * @param input - findings of the assessment that coding depends on
 * @returns codes, main suggestions first, alternatives flagged
 */
export function selectCodes(input: CodingInput): CodeSuggestion[] {
  const out = new Map<string, CodeSuggestion>();
  const put = (code: Icd10CmCodeValue, basis: string, alternative = false): void => {
    if (out.has(code)) return;
    const entry = ICD10CM_CODES[code];
    const notes = [
      'note' in entry ? entry.note : undefined,
      entry.checked === 'memory'
        ? 'title from the research note only: confirm in the current tabular before use'
        : undefined,
    ].filter((n): n is string => n !== undefined);
    out.set(code, {
      system: ICD10CM_SYSTEM,
      code,
      display: entry.display,
      basis,
      source: entry.sources.join(', '),
      ...(alternative ? { alternative: true } : {}),
      ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
    });
  };

  if (input.caudaEquina) {
    const features = new Set(input.caudaEquinaFeatures ?? []);
    const basis =
      'suspected cauda equina syndrome: coded by its features until confirmed (G83.4 then)';
    if (features.has('urinary-retention')) put('R33.9', basis);
    if (features.has('urinary-incontinence')) put('R32', basis);
    if (features.has('fecal-incontinence')) put('R15.9', basis);
    if (features.has('saddle-anaesthesia')) put('R20.0', basis);
  }
  const unlikely = input.radiculopathyUnlikely === true;

  const discRegions = new Set<Region>();
  const radiculopathyRegions = new Map<Region, string>();
  for (const f of input.concordantFindings) {
    const region = regionOfLevel(f.level);
    if (DISC_FINDINGS.has(f.finding)) {
      if (unlikely) continue;
      discRegions.add(region);
      put(
        region === 'lumbar' ? 'M51.16' : 'M51.17',
        `${f.finding} at ${f.level} concordant with the clinical root`,
      );
    } else if (STENOSIS_FINDINGS.has(f.finding)) {
      radiculopathyRegions.set(
        region,
        `${f.finding} at ${f.level} concordant with the clinical root`,
      );
      put(
        input.neurogenicClaudication ? 'M48.062' : 'M48.061',
        `${f.finding} at ${f.level}${input.neurogenicClaudication ? ' with neurogenic claudication' : ''}`,
      );
      if (f.finding === 'foraminal-stenosis') {
        const here = input.findingsAtLevel(f.level);
        const bony = here.some((x) => BONY_FINDINGS.has(x));
        const soft = here.some((x) => DISC_FINDINGS.has(x));
        if (bony || !soft) {
          put(
            'M99.63',
            `foraminal stenosis at ${f.level}${bony ? ' with bony or subluxation narrowing' : ''}`,
            true,
          );
        }
        if (soft || !bony) {
          put(
            'M99.73',
            `foraminal stenosis at ${f.level}${soft ? ' with disc narrowing' : ''}`,
            true,
          );
        }
      }
    } else {
      radiculopathyRegions.set(
        region,
        `${f.finding} at ${f.level} concordant with the clinical root`,
      );
      if (SLIP_FINDINGS.has(f.finding)) {
        put(region === 'lumbar' ? 'M43.16' : 'M43.17', `spondylolisthesis at ${f.level}`);
      }
    }
  }

  for (const r of unlikely ? [] : input.roots) {
    const region = regionOfRoot(r.root);
    if (!r.objective && SCIATIC_ROOTS.has(r.root) && input.concordantFindings.length === 0) {
      // Radiating pain without objective root signs is sciatica, not radiculopathy (ACP definition).
      const sides = r.side === 'bilateral' ? (['right', 'left'] as const) : [r.side];
      for (const s of sides) {
        if (input.backPain) {
          put(
            s === 'right' ? 'M54.41' : 'M54.42',
            `${r.root} radicular pain without objective signs, with low back pain`,
          );
        } else {
          put(
            s === 'right' ? 'M54.31' : 'M54.32',
            `${r.root} radicular pain without objective signs`,
          );
        }
      }
      continue;
    }
    if (!radiculopathyRegions.has(region) && input.concordantFindings.length === 0) {
      radiculopathyRegions.set(region, `${r.root} ${r.side} radiculopathy on clinical grounds`);
    }
  }
  for (const [region, basis] of unlikely ? [] : radiculopathyRegions) {
    // Excludes1: a disc disorder with radiculopathy in the same region takes the combination code.
    if (discRegions.has(region)) continue;
    put(region === 'lumbar' ? 'M54.16' : 'M54.17', basis);
  }
  if (input.centralStenosis && input.neurogenicClaudication) {
    put('M48.062', 'central canal stenosis with neurogenic claudication');
  }
  if (out.size === 0 && input.backPain) put('M54.50', 'low back pain without a localised root');
  const all = [...out.values()];
  return [...all.filter((c) => !c.alternative), ...all.filter((c) => c.alternative)];
}
