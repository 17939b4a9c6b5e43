/**
 * Lesion sites for the probable roots, and imaging concordance: does each imaging finding explain a
 * clinical root? Level, zone and side must all fit (CONTRACTS.md anatomy rule): a foraminal L4-L5 lesion
 * compresses the exiting L4 root, so it explains an L4 radiculopathy and not an L5 one.
 * {@link https://wikimsk.org/wiki/Lumbar_Radicular_Pain_and_Radiculopathy | WikiMSK}
 */
import { affectedRoot, lesionSitesForRoot } from '../anatomy/index.js';
import type { SpinalRoot } from '../anatomy/index.js';
import { FINDING_TYPES, ROOTS, severityRank } from '../vocab/index.js';
import type { FindingType, Root, Side, Zone } from '../vocab/index.js';
import type { RootCall } from '../localisation/index.js';
import type { ConcordanceEntry, ImagingFinding, LesionSiteEntry } from './schema.js';

/** Roots worth looking for on imaging: the top root and any within half its score. */
export function probableRoots(roots: readonly RootCall[]): RootCall[] {
  const top = roots[0]?.score ?? 0;
  return roots.filter((r, i) => i === 0 || r.score >= 0.5 * top);
}

const ZONE_ORDER: Readonly<Record<Zone, number>> = {
  foraminal: 0,
  extraforaminal: 1,
  subarticular: 2,
  central: 3,
};

// The anatomy is fixed: each root's compressing sites, exiting first, are worked out once at load.
const SITES_BY_ROOT: ReadonlyMap<Root, readonly ReturnType<typeof lesionSitesForRoot>[number][]> =
  new Map(
    ROOTS.map((root) => [
      root,
      lesionSitesForRoot(root).sort((a, b) => ZONE_ORDER[a.zone] - ZONE_ORDER[b.zone]),
    ]),
  );

/**
 * Every level and zone that would compress each probable root (exiting sites first).
 * @param roots - listed roots, best first
 */
export function lesionSitesFor(roots: readonly RootCall[]): LesionSiteEntry[] {
  const out: LesionSiteEntry[] = [];
  for (const call of probableRoots(roots)) {
    for (const s of SITES_BY_ROOT.get(call.root) ?? []) {
      out.push({
        level: s.level,
        zone: s.zone,
        side: call.side,
        root: call.root,
        relation: s.relation,
      });
    }
  }
  return out;
}

/**
 * Findings that cannot compress a root by themselves: signs of disc degeneration, and a fracture (whose
 * retropulsed fragment, if any, is reported as its own stenosis). Every other finding type can.
 */
const NON_COMPRESSIVE: ReadonlySet<FindingType> = new Set([
  'annular-fissure',
  'disc-desiccation',
  'disc-height-loss',
  'modic-change',
  'fracture',
]);
const COMPRESSIVE: ReadonlySet<FindingType> = new Set(
  FINDING_TYPES.filter((t) => !NON_COMPRESSIVE.has(t)),
);

/** The zone a finding type implies when the report gives none (undefined: either root is possible). */
function impliedZone(finding: FindingType): Zone | undefined {
  switch (finding) {
    case 'foraminal-stenosis':
      return 'foraminal';
    case 'central-canal-stenosis':
      return 'central';
    case 'lateral-recess-stenosis':
    case 'ligamentum-flavum-hypertrophy':
      return 'subarticular';
    default:
      return undefined;
  }
}

/** Candidate roots a finding can compress, with the zone used. */
function candidateRoots(f: ImagingFinding): { root: SpinalRoot; zone: Zone | undefined }[] {
  if (f.root) return [{ root: f.root, zone: f.zone }];
  const zone = f.zone ?? impliedZone(f.finding);
  if (
    zone === 'central' &&
    f.finding === 'central-canal-stenosis' &&
    (f.severity === null ||
      f.severity === undefined ||
      severityRank(f.severity) >= severityRank('moderate'))
  ) {
    // Moderate or severe central stenosis crowds the whole cauda equina: the traversing root and those below it.
    const first = affectedRoot(f.level, zone).root as Root;
    return ROOTS.slice(ROOTS.indexOf(first)).map((root) => ({ root, zone }));
  }
  if (zone) return [{ root: affectedRoot(f.level, zone).root, zone }];
  // No zone: the traversing root (paracentral, commonest) first, then the exiting root.
  return [
    { root: affectedRoot(f.level, 'subarticular').root, zone: undefined },
    { root: affectedRoot(f.level, 'foraminal').root, zone: undefined },
  ];
}

const sideFits = (imaging: ImagingFinding['side'], clinical: Side): boolean =>
  imaging === undefined ||
  imaging === 'central' ||
  imaging === 'bilateral' ||
  clinical === 'bilateral' ||
  imaging === clinical;

const describe = (f: ImagingFinding): string =>
  `${f.level}${f.zone ? ` ${f.zone}` : ''}${f.side ? ` ${f.side}` : ''} ${f.finding}${f.severity ? ` (${f.severity})` : ''}`;

/**
 * Checks each imaging finding against the probable clinical roots.
 * @param imaging - findings in input order
 * @param roots - listed roots, best first
 * @returns one entry per finding, in the same order
 */
export function checkConcordance(
  imaging: readonly ImagingFinding[],
  roots: readonly RootCall[],
): ConcordanceEntry[] {
  const probable = probableRoots(roots);
  return imaging.map((f, imagingIndex) => {
    const candidates = candidateRoots(f);
    const first = candidates[0]?.root ?? null;
    // One literal per row (not a spread base plus fields, which V8 builds on a slow path).
    const row = (root: string | null, concordant: boolean, text: string): ConcordanceEntry => ({
      imagingIndex,
      level: f.level,
      finding: f.finding,
      root,
      concordant,
      text,
    });
    const what = describe(f);
    const rootName = (r: SpinalRoot | null): string | null => r;
    if (f.negated === true || f.severity === 'none') {
      return row(rootName(first), false, `${what}: reported absent, so it explains nothing.`);
    }
    if (!COMPRESSIVE.has(f.finding)) {
      return row(
        null,
        false,
        `${what}: does not compress a root by itself; common without symptoms.`,
      );
    }
    if (probable.length === 0) {
      return row(
        rootName(first),
        false,
        `${what} would affect ${candidates.map((c) => c.root).join(' or ')}, but no root is localised clinically: treat it as possibly incidental.`,
      );
    }
    for (const c of candidates) {
      const match = probable.find((p) => p.root === (c.root as Root) && sideFits(f.side, p.side));
      if (match) {
        // The root named comes from the anatomy rule: at L3-L4 the traversing root is L4, so a root
        // further down (L5) is crowded within the cauda equina, not "the traversing root".
        const here = c.zone ? affectedRoot(f.level, c.zone) : undefined;
        const relation =
          here === undefined
            ? 'root (zone not given)'
            : here.root === c.root
              ? `${here.relation} root`
              : `cauda equina (the ${here.relation} root here is ${here.root}), including`;
        const partial =
          match.side === 'bilateral' && (f.side === 'left' || f.side === 'right')
            ? `; it explains the ${f.side} side only`
            : '';
        return row(
          c.root,
          true,
          `${what} compresses the ${relation} ${c.root}, which matches the clinical ${match.root} ${match.side}${partial}.`,
        );
      }
    }
    const sideMismatch = candidates.find((c) => probable.some((p) => p.root === (c.root as Root)));
    const clinical = probable.map((p) => `${p.root} ${p.side}`).join(', ');
    if (sideMismatch) {
      return row(
        sideMismatch.root,
        false,
        `${what} affects ${sideMismatch.root} on the ${f.side ?? 'other'} side, but the clinical root is ${clinical}: the side does not fit.`,
      );
    }
    const why =
      f.zone || impliedZone(f.finding)
        ? `at ${f.level} a ${f.zone ?? impliedZone(f.finding)} lesion affects ${first}`
        : `at ${f.level} it would affect ${candidates.map((c) => c.root).join(' or ')}`;
    return row(rootName(first), false, `${what}: ${why}, not the clinical ${clinical}.`);
  });
}
