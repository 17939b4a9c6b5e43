/**
 * Targets ("exit canal", "neural foramina", "lateral recess", "nerve root") paired with the predicate
 * that governs them. Sides follow CONTRACTS.md: the target's own side, else a side after it, else the
 * side of a coordinated sibling ("Lt sided thecal sac and exit nerve root"), else bilateral for plural
 * or sideless targets (the side a lesion leans to is kept as the worse side).
 */
import type { FindingSide, FindingType, Root, Zone } from '../vocab/index.js';
import { ROOTS } from '../vocab/index.js';
import { levelOf, vertebraNextTo } from './_finding-place.js';
import type { Graded, Item, TargetKind } from './_model.js';
import { isLateral } from './_noun-phrase.js';
import {
  governingPredicate,
  impliedNarrowing,
  isExtensionPlace,
  isLocativeRecess,
} from './_predicates.js';
import type { RawFinding, Sentence } from './_sentence.js';
import { isNegatedAt, isUncertainAt } from './_sentence.js';
import { inheritedSeverity, severityAfter, severityBefore, severityOfDegree } from './_severity.js';
import {
  asymmetryBefore,
  gradesBySideAfter,
  leanSide,
  sideAfterStatement,
  sideBetween,
  siblingSide,
} from './_sides.js';

const ZONE_OF: Partial<Record<FindingType, Zone>> = {
  'foraminal-stenosis': 'foraminal',
  'lateral-recess-stenosis': 'subarticular',
  'central-canal-stenosis': 'central',
};

/** Findings whose side, when unstated, is simply unknown (no bilateral default). */
const SIDE_OPTIONAL_TARGETS: ReadonlySet<TargetKind> = new Set([
  'facet',
  'ligamentum',
  'disc-space',
  'disc-signal',
  'structure',
  'thecal',
]);

const asRoot = (name: string | undefined): Root | undefined =>
  name !== undefined && (ROOTS as readonly string[]).includes(name) ? (name as Root) : undefined;

type TargetItem = Extract<Item, { kind: 'target' }>;

/** A target's side, whether it was stated, and the worse side of a bilateral one. */
export interface TargetSide {
  readonly side: FindingSide | undefined;
  readonly explicit: boolean;
  readonly asymmetry: 'left' | 'right' | undefined;
}

/** The findings of a sentence's targets, and the predicates they used (by index). */
export interface TargetFindings {
  readonly findings: RawFinding[];
  readonly pairedPreds: ReadonlySet<number>;
}

/** Items after an exiting root within which a place beyond the foramen may be named. */
const EXTRAFORAMINAL_PLACE_WINDOW = 4;

/** "the exiting L4 root in the extraforaminal zone", "… root, extraforaminally": a place past the foramen. */
function isExtraforaminalPlace(items: readonly Item[], t: number): boolean {
  for (let j = t + 1; j < items.length && j <= t + EXTRAFORAMINAL_PLACE_WINDOW; j++) {
    const x = items[j];
    if (x?.kind === 'adj' && x.zone === 'extraforaminal') return true;
    if (!x || !(x.kind === 'glue' || x.kind === 'adj' || x.kind === 'conj')) return false;
  }
  return false;
}

/**
 * The target pass.
 * @param s - the sentence
 * @param lesionSide - the side the finding-noun pass gave each finding noun
 */
export function targetFindings(
  s: Sentence,
  lesionSide: ReadonlyMap<number, FindingSide | undefined>,
): TargetFindings {
  const { items } = s;
  const findings: RawFinding[] = [];
  const pairedPreds = new Set<number>();
  const targetSeverity = new Map<number, Graded>();
  const namesForamen = items.some((x) => x.kind === 'target' && x.target === 'foramen');
  for (let t = 0; t < items.length; t++) {
    const x = items[t];
    if (!x || x.kind !== 'target' || x.target === 'structure') continue;
    const np = s.phrases.get(t);
    if (x.target === 'recess' && isLocativeRecess(items, t)) continue;
    // "extending to the lateral recess", "extends into the neural foramina": where a disc reaches.
    if (isExtensionPlace(items, t, np)) continue;
    const governing = governingPredicate(s, t) ?? impliedNarrowing(s, t);
    if (!governing) continue;
    const { index: predIndex, pred: p } = governing;
    pairedPreds.add(predIndex);
    // "… both exit foramina, with the right exit foramen slightly more narrowed than the left": a
    // comparison of a foramen already stated, not a finding (or a grade) of its own.
    if (isComparison(items, t) && foramenBefore(items, t)) continue;
    const last = Math.max(t, predIndex);
    const first = Math.min(np?.start ?? x.start, x.start, p.start);

    // Severity: the target's own grade, the predicate's adverb, a grade after ("to a mild degree"),
    // or the grade of a coordinated sibling sharing the predicate.
    let severity: Graded | undefined = np?.severity;
    if (severity !== undefined) targetSeverity.set(t, severity);
    severity ??=
      severityBefore(s, predIndex) ??
      severityAfter(s, last) ??
      (predIndex < t ? severityOfDegree(s, predIndex) : undefined) ??
      inheritedSeverity(items, t, np, targetSeverity);

    const sided = targetSide(s, t, predIndex, lesionSide);
    const { variants, explicit } = sideVariants(s, t, predIndex, sided, severity);

    const normalFlip = isNegatedAt(s, t) || isNegatedAt(s, predIndex);
    const uncertain = isUncertainAt(s, t) || isUncertainAt(s, predIndex);
    const root = asRoot(np?.vertebrae[np.vertebrae.length - 1] ?? vertebraNextTo(items, t));
    const levelRef = levelOf(s, t, np);
    for (const stated of governing.stated) {
      for (const v of variants) {
        const negated = stated.normal ? !normalFlip : normalFlip;
        const finding = stated.finding;
        // "The left foramen … is mildly narrowed, and the exiting left L5 root is no longer
        // compressed": a root spared speaks for the root, not for a foramen the sentence describes.
        if (
          negated &&
          x.target === 'exit-root' &&
          finding === 'foraminal-stenosis' &&
          namesForamen
        ) {
          continue;
        }
        // "Moderate narrowing of the left foramen, with mild displacement of the exiting L4 root": a
        // root with no side of its own, in a sentence that states its foramen, is what that narrowing
        // does to the root, not a second foraminal finding (read without a side, it was bilateral).
        if (
          x.target === 'exit-root' &&
          finding === 'foraminal-stenosis' &&
          namesForamen &&
          !explicit
        ) {
          continue;
        }
        // "compressing the exiting left L4 root in the extraforaminal zone": the root is caught
        // beyond the foramen, which says nothing of the foramen.
        if (
          x.target === 'exit-root' &&
          finding === 'foraminal-stenosis' &&
          isExtraforaminalPlace(items, t)
        ) {
          continue;
        }
        const isCanal = finding === 'central-canal-stenosis';
        const isRootFinding =
          finding === 'nerve-root-compression' || finding === 'nerve-root-contact';
        findings.push({
          finding,
          levelRef,
          vertebra: undefined,
          side: isCanal ? 'central' : v.side,
          sideExplicit: isCanal ? true : explicit,
          asymmetry: !isCanal && v.side === 'bilateral' ? sided.asymmetry : undefined,
          severity: negated || stated.normal ? null : (v.severity ?? null),
          negated,
          uncertain,
          root: isRootFinding ? root : undefined,
          zone:
            ZONE_OF[finding] ??
            (isRootFinding && x.target === 'exit-root' ? 'foraminal' : undefined),
          start: first,
          end: Math.max(x.end, p.end),
        });
      }
    }
  }
  return { findings, pairedPreds };
}

/** Items between a target and the "more … than" that compares it ("foramen is slightly more narrowed"). */
const COMPARISON_WINDOW = 4;

/** Whether target `t` is compared with the other side ("the right foramen more narrowed than"). */
function isComparison(items: readonly Item[], t: number): boolean {
  let lead = false;
  for (let j = t + 1; j < items.length && j <= t + COMPARISON_WINDOW; j++) {
    const x = items[j];
    if (x?.kind === 'asym-lead') lead = true;
    else if (x?.kind === 'pred') {
      return lead && items[j + 1]?.kind === 'glue' && items[j + 1]?.lit === 'than';
    } else if (!(x?.kind === 'severity' || x?.kind === 'filler')) return false;
  }
  return false;
}

/** Whether a foramen is named before item `t` in the sentence. */
const foramenBefore = (items: readonly Item[], t: number): boolean =>
  items.slice(0, t).some((x) => x.kind === 'target' && x.target === 'foramen');

/**
 * The side of target `t` governed by the predicate at `predIndex`: its own side word, one between it and
 * a later predicate, one after the statement, a coordinated sibling's, else (for a target that has
 * sides) bilateral, worse on the side an earlier lean or lesion points to.
 */
export function targetSide(
  s: Sentence,
  t: number,
  predIndex: number,
  lesionSide: ReadonlyMap<number, FindingSide | undefined>,
): TargetSide {
  const { items } = s;
  const x = items[t] as TargetItem;
  const np = s.phrases.get(t);
  const last = Math.max(t, predIndex);
  let side: FindingSide | undefined = np?.side;
  let explicit = true;
  let asymmetry = np?.asymmetry;
  if (side === 'bilateral' && asymmetry === undefined) {
    // "both nerve roots, more to Lt": bilateral, worse on the left; or the lean stated before
    // ("disc bulge more to Lt side, encroaching both exit neural canals").
    const after = sideAfterStatement(s, last);
    if (after?.asym) asymmetry = after.worse;
    asymmetry ??= asymmetryBefore(items, t);
  }
  // "the transversing nerve root on the right was impinged"
  if (side === undefined && predIndex > t) side = sideBetween(s, t, predIndex);
  if (side === undefined) {
    const after = sideAfterStatement(s, last);
    if (after) {
      if (after.asym && (x.plural || after.comparative || after.side === 'bilateral')) {
        side = 'bilateral';
        asymmetry = after.worse;
      } else side = after.side;
    }
  }
  side ??= siblingSide(s, t);
  // "Left foraminal protrusion compressing the exiting L4 root": one root is on one side, the side of
  // the lesion that reaches it (a sideless plural or foramen stays bilateral below).
  if (side === undefined && x.target === 'exit-root' && !x.plural) {
    const lean = leanSide(items, t, lesionSide);
    if (lean !== undefined) {
      side = lean;
      explicit = false;
    }
  }
  // "Right foraminal protrusion with moderate foraminal stenosis": a lesion in one foramen narrows
  // that foramen (set 35; a paracentral lesion's narrowing stays bilateral with its lean, below).
  if (side === undefined && x.target === 'foramen' && !x.plural) {
    const zoned = foraminalLesionSide(items, t, lesionSide);
    if (zoned !== undefined) {
      side = zoned;
      explicit = false;
    }
  }
  if (side === undefined && !SIDE_OPTIONAL_TARGETS.has(x.target)) {
    // CONTRACTS.md: plural or sideless mentions are bilateral. The side the lesion leans to
    // ("Lt paracentral protrusion … encroaching exit neural canal") is kept as the worse side.
    explicit = false;
    side = 'bilateral';
    asymmetry ??= asymmetryBefore(items, t) ?? leanSide(items, t, lesionSide);
  }
  return { side, explicit, asymmetry };
}

/** Words that place a lesion in or beyond the foramen. */
const FORAMINAL_ZONE_WORDS: ReadonlySet<string> = new Set([
  'foraminal',
  'extraforaminal',
  'intraforaminal',
  'far-lateral',
]);

/**
 * The side of the nearest lesion before target `t` that is placed in the foramen ("right foraminal
 * protrusion", "left foraminal/extraforaminal disc-osteophyte complex"), if it has one.
 */
function foraminalLesionSide(
  items: readonly Item[],
  t: number,
  lesionSide: ReadonlyMap<number, FindingSide | undefined>,
): 'left' | 'right' | undefined {
  for (let j = t - 1; j >= 0; j--) {
    const x = items[j];
    if (x?.kind !== 'lesion') continue;
    const side = lesionSide.get(j);
    if (side !== 'left' && side !== 'right') return undefined;
    for (let k = j - 1; k >= 0; k--) {
      const before = items[k];
      if (before?.kind === 'adj' && FORAMINAL_ZONE_WORDS.has(before.lit.toLowerCase())) return side;
      if (before?.kind !== 'adj' && !(before?.kind === 'conj' && before.lit === '/')) break;
    }
    return undefined;
  }
  return undefined;
}

/**
 * One finding per side with its own grade ("mild to moderate left and mild right foraminal stenosis",
 * "both neural foramina, severe on the left and moderate on the right"), else the one side.
 */
export function sideVariants(
  s: Sentence,
  t: number,
  predIndex: number,
  sided: TargetSide,
  severity: Graded | undefined,
): {
  variants: { side: FindingSide | undefined; severity: Graded | undefined }[];
  explicit: boolean;
} {
  const x = s.items[t] as TargetItem;
  const groups = s.phrases.get(t)?.groups ?? [];
  const perGroup =
    groups.length > 1 &&
    groups.every((g) => isLateral(g.side)) &&
    new Set(groups.map((g) => g.severity)).size > 1;
  if (perGroup) {
    return {
      variants: groups.map((g) => ({ side: g.side, severity: g.severity ?? severity })),
      explicit: sided.explicit,
    };
  }
  // The central canal has no sides: grades given side by side after it ("moderate canal stenosis,
  // severe left and mild right foraminal stenosis") are the foramina's (the canal had been graded severe,
  // the first of them, beside its own "moderate").
  const trailing =
    x.target !== 'canal' && (sided.side === 'bilateral' || x.plural)
      ? gradesBySideAfter(s.items, Math.max(t, predIndex))
      : undefined;
  if (trailing) {
    return {
      variants: trailing.map((g) => ({ side: g.side, severity: g.severity })),
      explicit: true,
    };
  }
  return { variants: [{ side: sided.side, severity }], explicit: sided.explicit };
}
