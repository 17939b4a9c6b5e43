/**
 * Findings of one sentence. Two kinds of statement make a finding:
 *  - a finding noun ("disc protrusion", "annular tear", "spondylolisthesis"), graded and sided by its
 *    own noun phrase or by words just after it ("more to the Lt side");
 *  - a target ("exit canal", "neural foramina", "lateral recess", "nerve root") paired with the nearest
 *    predicate that governs it: one before it ("compressing the thecal sac and exit canals") or one
 *    after it ("neural foramina are patent", "foraminal narrowing").
 * Sides follow CONTRACTS.md: the target's own side, else a side after it, else the side of a coordinated
 * sibling ("Lt sided thecal sac and exit nerve root"), else bilateral for plural or sideless targets (a
 * singular sideless target takes the side the lesion leans to). Levels come from the phrase itself, the
 * first level group after the finding, the last one before it, the level heading, or the previous sentence.
 */
import type { FindingSide, FindingType, Level, Root, Severity, Zone } from '../vocab/index.js';
import { LEVELS, ROOTS } from '../vocab/index.js';
import type { ContextFlags } from './_context.js';
import type { Item, LevelRef, PredKind, TargetKind } from './_model.js';

type Graded = Exclude<Severity, 'none'>;

// ---- Look-ahead and look-behind windows (items) ----------------------------------------------------
/** Items before a head searched for its modifiers (grade, side, zone, level). */
const NOUN_PHRASE_WINDOW = 10;
/** Items after a finding searched for the side that closes it ("more to the Lt side"). */
const SIDE_AFTER_WINDOW = 8;
/** Items after a target searched for its predicate ("foramina are patent"). */
const POST_PREDICATE_WINDOW = 8;
/** Items before a target searched for "extending to/into". */
const EXTENSION_WINDOW = 3;
/** Items before "within the lateral recess" searched for the root it locates. */
const LOCATIVE_ROOT_WINDOW = 5;
/** Items before a target searched for the predicate governing it across a coordination. */
const PRE_PREDICATE_WINDOW = 14;
/** Items after a statement searched for per-side grades ("severe on the left and moderate on the right"). */
const GRADES_BY_SIDE_WINDOW = 12;
/** Items before a predicate searched for its adverb ("mildly compressing"). */
const SEVERITY_BEFORE_WINDOW = 2;
/** Items after a statement searched for a trailing grade ("to a mild degree"). */
const SEVERITY_AFTER_WINDOW = 5;
/** Items before a coordination searched for the sibling whose grade is shared. */
const INHERITED_SEVERITY_WINDOW = 3;
/** Items before a target searched for a coordinated sibling's side. */
const SIBLING_SIDE_WINDOW = 10;
/** Items after a fracture searched for the vertebrae it names. */
const FRACTURE_VERTEBRAE_WINDOW = 6;
/** Items after a root searched for the root name written next to it ("exit nerve root (S1)"). */
const VERTEBRA_ADJACENT_WINDOW = 2;
/** Items after a listhesis searched for its vertebra ("anterolisthesis of L5"). */
const VERTEBRA_AFTER_WINDOW = 3;

/** Where the level of a sentence without its own level comes from. */
export interface LevelContext {
  /** Set by a level heading ("L4-5:") until the next heading or blank line. */
  readonly header: LevelRef | undefined;
  /** The last level group of the previous sentences of the paragraph. */
  readonly last: LevelRef | undefined;
}

/** A finding before de-duplication. */
export interface RawFinding {
  readonly finding: FindingType;
  readonly levelRef: LevelRef | undefined;
  readonly vertebra: string | undefined;
  readonly side: FindingSide | undefined;
  /** The side was stated (own, after, or shared with a sibling), not a default. */
  readonly sideExplicit: boolean;
  readonly asymmetry: 'left' | 'right' | undefined;
  readonly severity: Graded | null;
  readonly negated: boolean;
  readonly uncertain: boolean;
  readonly root: Root | undefined;
  readonly zone: Zone | undefined;
  readonly start: number;
  readonly end: number;
}

/** A noun phrase's modifiers. */
interface NounPhrase {
  readonly start: number;
  readonly groups: readonly { side: FindingSide | undefined; severity: Graded | undefined }[];
  readonly side: FindingSide | undefined;
  readonly asymmetry: 'left' | 'right' | undefined;
  readonly severity: Graded | undefined;
  readonly central: boolean;
  readonly zone: Zone | undefined;
  readonly level: LevelRef | undefined;
  readonly vertebrae: readonly string[];
}

const MODIFIER_KINDS = new Set(['severity', 'side', 'asym', 'adj', 'vertebra', 'level']);
const isLateral = (s: FindingSide | undefined): s is 'left' | 'right' =>
  s === 'left' || s === 'right';

function mergeSides(
  a: FindingSide | undefined,
  b: FindingSide | undefined,
): FindingSide | undefined {
  if (a === undefined) return b;
  if (b === undefined || a === b) return a;
  if (isLateral(a) && isLateral(b)) return 'bilateral';
  if (a === 'bilateral' || b === 'bilateral') return 'bilateral';
  return isLateral(a) ? a : b;
}

/** Modifiers to the left of a head, and which items they are. */
function nounPhrase(items: readonly Item[], head: number, owner: Int32Array): NounPhrase {
  const collected: number[] = [];
  let pending: number[] = [];
  const isTarget = items[head]?.kind === 'target';
  for (let j = head - 1, steps = 0; j >= 0 && steps < NOUN_PHRASE_WINDOW; j--, steps++) {
    const x = items[j];
    if (!x) break;
    // "greatest in the left foraminal region": a lean describes the lesion before it, not the place after.
    if (isTarget && x.kind === 'asym' && !x.bilateral) break;
    if (MODIFIER_KINDS.has(x.kind)) {
      // "Lt NFN mod-sev, Rt NFN mild": a grade right after a statement, before a comma, is that
      // statement's, not a modifier of the next phrase.
      if (
        x.kind === 'severity' &&
        pending.some((k) => items[k]?.kind === 'conj') &&
        (items[j - 1]?.kind === 'pred' || items[j - 1]?.kind === 'target')
      ) {
        break;
      }
      // A vertebra or level beyond a comma or "and" belongs to something else ("recesses of L5, mild ...").
      if (
        (x.kind === 'vertebra' || x.kind === 'level') &&
        pending.some((k) => items[k]?.kind === 'conj')
      ) {
        break;
      }
      collected.push(...pending, j);
      pending = [];
    } else if (x.kind === 'glue' || x.kind === 'conj') pending.push(j);
    else if (x.kind === 'context' && x.rule.category === 'pseudo') continue;
    else break;
  }
  collected.sort((a, b) => a - b);
  const groups: { side: FindingSide | undefined; severity: Graded | undefined }[] = [
    { side: undefined, severity: undefined },
  ];
  let side: FindingSide | undefined;
  let asymmetry: 'left' | 'right' | undefined;
  let severity: Graded | undefined;
  let central = false;
  let zone: Zone | undefined;
  let level: LevelRef | undefined;
  const vertebrae: string[] = [];
  for (const j of collected) {
    const x = items[j];
    if (!x) continue;
    owner[j] = head;
    const group = groups[groups.length - 1];
    switch (x.kind) {
      case 'severity':
        severity = x.severity;
        if (group) {
          if (group.severity !== undefined && group.side !== undefined) {
            groups.push({ side: undefined, severity: x.severity });
          } else group.severity = x.severity;
        }
        break;
      case 'side':
        side = mergeSides(side, x.side);
        if (group) {
          if (group.side !== undefined) groups.push({ side: x.side, severity: undefined });
          else group.side = x.side;
        }
        break;
      case 'asym':
        if (x.bilateral) {
          side = 'bilateral';
          asymmetry = x.side;
        } else side = mergeSides(side, x.side);
        if (group && group.side === undefined) group.side = x.bilateral ? 'bilateral' : x.side;
        break;
      case 'adj':
        if (x.central) central = true;
        if (x.zone) zone = x.zone;
        break;
      case 'vertebra':
        vertebrae.push(x.name);
        break;
      case 'level':
        level = x.ref;
        break;
      case 'conj':
        if (group && (group.side !== undefined || group.severity !== undefined)) {
          groups.push({ side: undefined, severity: undefined });
        }
        break;
      default:
        break;
    }
  }
  const start =
    collected.length > 0 ? (items[collected[0] ?? head]?.start ?? 0) : (items[head]?.start ?? 0);
  return {
    start,
    groups: groups.filter((g) => g.side !== undefined || g.severity !== undefined),
    side,
    asymmetry,
    severity,
    central,
    zone,
    level,
    vertebrae,
  };
}

/** What a target paired with a predicate states. */
function findingsFor(
  target: TargetKind,
  pred: PredKind,
): { finding: FindingType; normal: boolean }[] {
  const normal = pred === 'normal';
  switch (target) {
    case 'foramen':
      return pred === 'contact' || pred === 'degenerate'
        ? []
        : [{ finding: 'foraminal-stenosis', normal }];
    case 'exit-root':
      if (pred === 'compress') {
        return [
          { finding: 'foraminal-stenosis', normal },
          { finding: 'nerve-root-compression', normal },
        ];
      }
      if (pred === 'narrow' || pred === 'decrease') {
        return [{ finding: 'foraminal-stenosis', normal }];
      }
      if (pred === 'contact') return [{ finding: 'nerve-root-contact', normal }];
      return [];
    case 'root':
      if (pred === 'compress') return [{ finding: 'nerve-root-compression', normal }];
      if (pred === 'contact') return [{ finding: 'nerve-root-contact', normal }];
      return [];
    case 'canal':
      return pred === 'contact' || pred === 'degenerate'
        ? []
        : [{ finding: 'central-canal-stenosis', normal }];
    case 'thecal':
      return pred === 'narrow' ? [{ finding: 'central-canal-stenosis', normal }] : [];
    case 'recess':
      return pred === 'narrow' || pred === 'compress' || pred === 'normal'
        ? [{ finding: 'lateral-recess-stenosis', normal }]
        : [];
    case 'facet':
      return pred === 'degenerate' || pred === 'normal'
        ? [{ finding: 'facet-arthropathy', normal }]
        : [];
    case 'ligamentum':
      return pred === 'degenerate' ? [{ finding: 'ligamentum-flavum-hypertrophy', normal }] : [];
    case 'disc-space':
      return pred === 'narrow' || pred === 'decrease' || pred === 'normal'
        ? [{ finding: 'disc-height-loss', normal }]
        : [];
    case 'disc-signal':
      return pred === 'decrease' || pred === 'normal'
        ? [{ finding: 'disc-desiccation', normal }]
        : [];
    case 'structure':
      return [];
  }
}

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
/** Findings of a whole disc or vertebra: a side word near them describes something else. */
const UNSIDED_FINDINGS: ReadonlySet<FindingType> = new Set([
  'spondylolisthesis',
  'retrolisthesis',
  'disc-desiccation',
  'modic-change',
  'fracture',
  'disc-height-loss',
]);
const DISC_CONTOURS: ReadonlySet<FindingType> = new Set([
  'disc-bulge',
  'disc-protrusion',
  'disc-extrusion',
  'disc-herniation',
  'annular-fissure',
]);

/** Disc level below a vertebra ("L5" → L5-S1), for "anterolisthesis of L5". */
function levelBelowVertebra(name: string): Level | undefined {
  const map: Record<string, Level> = {
    T12: 'T12-L1',
    L1: 'L1-L2',
    L2: 'L2-L3',
    L3: 'L3-L4',
    L4: 'L4-L5',
    L5: 'L5-S1',
  };
  return map[name];
}

const asRoot = (name: string | undefined): Root | undefined =>
  name !== undefined && (ROOTS as readonly string[]).includes(name) ? (name as Root) : undefined;

/**
 * Findings stated in one sentence.
 * @param items - the sentence's items
 * @param flags - ConText scopes over `items`
 * @param ctx - level context from the surrounding text
 */
export function assembleSentence(
  items: readonly Item[],
  flags: ContextFlags,
  ctx: LevelContext,
): RawFinding[] {
  const out: RawFinding[] = [];
  // Most sentences of a long report state no finding at all; they cost one scan.
  if (!items.some((x) => x.kind === 'target' || x.kind === 'lesion' || x.kind === 'pred')) {
    return out;
  }
  const owner = new Int32Array(items.length).fill(-1);
  const phrases = new Map<number, NounPhrase>();
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (x && (x.kind === 'target' || x.kind === 'lesion')) {
      phrases.set(i, nounPhrase(items, i, owner));
    }
  }

  const multilevel = items.some((x) => x.kind === 'adj' && x.multilevel);
  const levelFor = (
    anchor: number,
    np: NounPhrase | undefined,
    useContext = true,
  ): LevelRef | undefined => {
    if (np?.level) return np.level;
    let right: Extract<Item, { kind: 'level' }> | undefined;
    const fromTarget = items[anchor]?.kind !== 'lesion';
    for (let j = anchor + 1; j < items.length; j++) {
      const x = items[j];
      if (x?.kind === 'level') {
        // "… NF narrowing at L5-S1 there is …": a level that opens the next clause is not this one's.
        if (items[j + 1]?.lit !== 'there') right = x;
        break;
      }
      // A level after a later finding noun is that finding's ("..., associated with annular tear at L5-S1").
      if (fromTarget && (x?.kind === 'lesion' || x?.kind === 'with')) break;
    }
    let left: Extract<Item, { kind: 'level' }> | undefined;
    for (let j = anchor - 1; j >= 0; j--) {
      const x = items[j];
      if (x?.kind === 'level') {
        left = x;
        break;
      }
    }
    if (right && (!right.emphasis || (!left && !ctx.header))) return right.ref;
    if (left) return left.ref;
    if (!useContext || (multilevel && !right)) return right?.ref;
    return ctx.header ?? ctx.last ?? right?.ref;
  };

  const negatedAt = (i: number): boolean => flags.negated[i] === 1;
  const uncertainAt = (i: number): boolean => flags.uncertain[i] === 1;

  // Words just after a finding that side it: "more to the Lt side", "on the left", "bilaterally".
  const sideAfter = (
    from: number,
    throughLesions: boolean,
  ):
    | { side: FindingSide; asym: boolean; comparative: boolean; worse?: 'left' | 'right' }
    | undefined => {
    let unknown = 0;
    for (let j = from + 1, steps = 0; j < items.length && steps < SIDE_AFTER_WINDOW; j++, steps++) {
      const x = items[j];
      if (!x) break;
      const own = owner[j] ?? -1;
      if ((x.kind === 'side' || x.kind === 'asym') && own >= 0) {
        const head = items[own];
        if (
          throughLesions &&
          head?.kind === 'lesion' &&
          isJoinedByWith(items, own, phrases.get(own))
        ) {
          j = own;
          continue;
        }
        // "cyst arising from the right facet joint": the side of the place the lesion sits in.
        if (
          throughLesions &&
          head?.kind === 'target' &&
          head.target !== 'thecal' &&
          head.target !== 'structure' &&
          x.kind === 'side' &&
          isLateral(x.side)
        ) {
          return { side: x.side, asym: false, comparative: false };
        }
        return undefined;
      }
      if (x.kind === 'side') {
        // A side word that goes on to modify a noun ("left L5 hemilaminectomy") is not this finding's.
        const next = items[j + 1];
        if (
          next &&
          (next.kind === 'vertebra' ||
            next.kind === 'target' ||
            next.kind === 'lesion' ||
            next.kind === 'word' ||
            next.kind === 'other' ||
            next.kind === 'adj' ||
            next.kind === 'side' ||
            next.kind === 'severity')
        ) {
          return undefined;
        }
        return { side: x.side, asym: false, comparative: false };
      }
      if (x.kind === 'asym') {
        return {
          side: x.bilateral ? 'bilateral' : x.side,
          asym: true,
          comparative: x.comparative,
          worse: x.side,
        };
      }
      // "cyst arising from the right facet joint", "protrusion into the left foramen": the side of the
      // place the lesion sits in.
      if (
        throughLesions &&
        x.kind === 'target' &&
        x.target !== 'thecal' &&
        x.target !== 'structure'
      ) {
        const side = phrases.get(j)?.side;
        return isLateral(side) ? { side, asym: false, comparative: false } : undefined;
      }
      // Through a lesion joined by "with" ("disc bulge with annular tear more to the right side").
      if (x.kind === 'lesion' && throughLesions && items[j - 1]?.kind === 'with') continue;
      // "facet joint changes and ligamentum flavum thickening are noted bilaterally": a side closing a
      // coordination of statements belongs to each of them.
      if (
        !throughLesions &&
        (x.kind === 'target' || x.kind === 'pred') &&
        items[j - 1]?.kind !== 'glue'
      ) {
        if (phrases.get(j)?.side !== undefined) return undefined;
        continue;
      }
      // "bulge ... extending to the Lt lateral recess": the lesion reaches that side.
      if (x.kind === 'extend' && throughLesions) {
        let k = j + 1;
        while (items[k]?.kind === 'glue') k++;
        const place = items[k];
        if (place?.kind === 'asym') {
          return {
            side: place.bilateral ? 'bilateral' : place.side,
            asym: true,
            comparative: place.comparative,
          };
        }
        if (place?.kind === 'side' && items[k + 1]?.kind === 'target') {
          return { side: place.side, asym: false, comparative: false };
        }
        if (place?.kind === 'target') {
          const side = phrases.get(k)?.side;
          if (side !== undefined) return { side, asym: false, comparative: false };
          j = k;
        }
        continue;
      }
      if (
        x.kind === 'glue' ||
        x.kind === 'filler' ||
        x.kind === 'conj' ||
        x.kind === 'with' ||
        x.kind === 'level' ||
        x.kind === 'adj' ||
        x.kind === 'severity' ||
        x.kind === 'vertebra' ||
        x.kind === 'asym-lead'
      ) {
        continue;
      }
      if (x.kind === 'context' && x.rule.category === 'termination') continue;
      if (x.kind === 'other' && unknown === 0) {
        unknown++;
        continue;
      }
      break;
    }
    return undefined;
  };

  // ---- Finding nouns ----------------------------------------------------------------------------------
  const lesionSide = new Map<number, FindingSide | undefined>();
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!x || x.kind !== 'lesion') continue;
    const np = phrases.get(i);
    let side: FindingSide | undefined = np?.side;
    let asymmetry = np?.asymmetry;
    if (side === undefined && !UNSIDED_FINDINGS.has(x.finding)) {
      const after = sideAfter(i, true);
      if (after) {
        side = after.side;
        if (after.asym && after.side === 'bilateral') asymmetry = undefined;
      }
    }
    if (side === undefined && np?.central && DISC_CONTOURS.has(x.finding)) side = 'central';
    lesionSide.set(i, side);
    const negated = negatedAt(i);
    const vertebrae = x.finding === 'fracture' ? fractureVertebrae(items, i, np) : [];
    const base = {
      finding: x.finding,
      side,
      sideExplicit: side !== undefined,
      asymmetry: side === 'bilateral' ? asymmetry : undefined,
      severity: negated ? null : (np?.severity ?? null),
      negated,
      uncertain: uncertainAt(i),
      root: undefined,
      zone: DISC_CONTOURS.has(x.finding) ? np?.zone : undefined,
      start: np?.start ?? x.start,
      end: x.end,
    };
    if (vertebrae.length > 0) {
      for (const v of vertebrae) out.push({ ...base, levelRef: undefined, vertebra: v });
      continue;
    }
    // A fracture is of a vertebra: it never borrows a disc level from the context.
    let levelRef = levelFor(i, np, x.finding !== 'fracture');
    if (!levelRef && (x.finding === 'spondylolisthesis' || x.finding === 'retrolisthesis')) {
      const v = vertebraAfter(items, i);
      const level = v ? levelBelowVertebra(v) : undefined;
      if (level) levelRef = { kind: 'levels', levels: [level] };
    }
    out.push({ ...base, levelRef, vertebra: undefined });
  }

  // ---- Targets paired with predicates -------------------------------------------------------------------
  const pairedPreds = new Set<number>();
  const targetSeverity = new Map<number, Graded>();
  for (let t = 0; t < items.length; t++) {
    const x = items[t];
    if (!x || x.kind !== 'target' || x.target === 'structure') continue;
    const np = phrases.get(t);
    if (x.target === 'recess' && isLocativeRecess(items, t)) continue;
    // "extending to the lateral recess", "extends into the neural foramina": where a disc reaches.
    if (isExtensionPlace(items, t, np)) continue;
    const post = findPost(items, t);
    const postItem = post !== undefined ? items[post] : undefined;
    const pre = findPre(items, t);
    const preItem = pre !== undefined ? items[pre] : undefined;
    const postFits = postItem?.kind === 'pred' && findingsFor(x.target, postItem.pred).length > 0;
    const preFits = preItem?.kind === 'pred' && findingsFor(x.target, preItem.pred).length > 0;
    // A predicate directly before the phrase ("patent right lateral recess and ...") binds tighter
    // than one reached across a coordination.
    const tight = pre !== undefined && isTightBefore(items, pre, np?.start ?? x.start);
    const predIndex = preFits && (tight || !postFits) ? pre : postFits ? post : pre;
    if (predIndex === undefined) continue;
    const p = items[predIndex];
    if (!p || p.kind !== 'pred') continue;
    const stated = findingsFor(x.target, p.pred);
    if (stated.length === 0) continue;
    pairedPreds.add(predIndex);
    const last = Math.max(t, predIndex);
    const first = Math.min(np?.start ?? x.start, x.start, p.start);

    // Severity: the target's own grade, the predicate's adverb, a grade after ("to a mild degree"),
    // or the grade of a coordinated sibling sharing the predicate.
    let severity: Graded | undefined = np?.severity;
    if (severity !== undefined) targetSeverity.set(t, severity);
    severity ??=
      severityBefore(items, predIndex, owner) ??
      severityAfter(items, last, owner) ??
      inheritedSeverity(items, t, np, targetSeverity);

    // Side.
    let side: FindingSide | undefined;
    let explicit = true;
    let asymmetry: 'left' | 'right' | undefined = np?.asymmetry;
    const groups = np?.groups ?? [];
    if (np?.side !== undefined) side = np.side;
    if (side === 'bilateral' && asymmetry === undefined) {
      // "both nerve roots, more to Lt": bilateral, worse on the left; or the lean stated before
      // ("disc bulge more to Lt side, encroaching both exit neural canals").
      const after = sideAfter(last, false);
      if (after?.asym) asymmetry = after.worse;
      asymmetry ??= asymmetryBefore(items, t);
    }
    if (side === undefined && predIndex > t) {
      // "the transversing nerve root on the right was impinged"
      for (let j = t + 1; j < predIndex; j++) {
        const y = items[j];
        if (y && y.kind === 'side' && (owner[j] ?? -1) < 0) side = y.side;
        if (y && y.kind === 'target') break;
      }
    }
    if (side === undefined) {
      const after = sideAfter(last, false);
      if (after) {
        if (after.asym && (x.plural || after.comparative || after.side === 'bilateral')) {
          side = 'bilateral';
          asymmetry = after.worse;
        } else side = after.side;
      }
    }
    side ??= siblingSide(items, t, phrases);
    if (side === undefined && !SIDE_OPTIONAL_TARGETS.has(x.target)) {
      // CONTRACTS.md: plural or sideless mentions are bilateral. The side the lesion leans to
      // ("Lt paracentral protrusion … encroaching exit neural canal") is kept as the worse side.
      explicit = false;
      side = 'bilateral';
      asymmetry ??= asymmetryBefore(items, t) ?? leanSide(items, t, lesionSide);
    }

    const normalFlip = negatedAt(t) || negatedAt(predIndex);
    const uncertain = uncertainAt(t) || uncertainAt(predIndex);
    const root = asRoot(np?.vertebrae[np.vertebrae.length - 1] ?? vertebraAfter(items, t, true));
    const levelRef = levelFor(t, np);

    // Several side groups with their own grades ("mild to moderate left and mild right foraminal stenosis",
    // "both neural foramina, severe on the left and moderate on the right").
    const perGroup =
      groups.length > 1 &&
      groups.every((g) => isLateral(g.side)) &&
      new Set(groups.map((g) => g.severity)).size > 1;
    const trailing =
      !perGroup && (side === 'bilateral' || x.plural) ? gradesBySideAfter(items, last) : undefined;
    const variants = perGroup
      ? groups.map((g) => ({ side: g.side, severity: g.severity ?? severity }))
      : trailing
        ? trailing.map((g) => ({
            side: g.side as FindingSide | undefined,
            severity: g.severity as Graded | undefined,
          }))
        : [{ side, severity }];
    if (trailing) explicit = true;

    for (const s of stated) {
      for (const v of variants) {
        const negated = s.normal ? !normalFlip : normalFlip;
        const finding = s.finding;
        const isCanal = finding === 'central-canal-stenosis';
        const isRootFinding =
          finding === 'nerve-root-compression' || finding === 'nerve-root-contact';
        out.push({
          finding,
          levelRef,
          vertebra: undefined,
          side: isCanal ? 'central' : v.side,
          sideExplicit: isCanal ? true : explicit,
          asymmetry: !isCanal && v.side === 'bilateral' ? asymmetry : undefined,
          severity: negated || s.normal ? null : (v.severity ?? null),
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

  // ---- Bare "stenosis" with no target: the canal ("high-grade stenosis at L3-L4", "without stenosis") --
  for (let i = 0; i < items.length; i++) {
    const p = items[i];
    if (!p || p.kind !== 'pred' || p.pred !== 'narrow' || pairedPreds.has(i)) continue;
    if (!p.lit.startsWith('stenos') && !p.lit.startsWith('stenot')) continue;
    const negated = negatedAt(i);
    const severity = severityBefore(items, i, owner);
    out.push({
      finding: 'central-canal-stenosis',
      levelRef: levelFor(i, undefined),
      vertebra: undefined,
      side: 'central',
      sideExplicit: true,
      asymmetry: undefined,
      severity: negated ? null : (severity ?? null),
      negated,
      uncertain: uncertainAt(i),
      root: undefined,
      zone: 'central',
      start: (severity !== undefined ? items[i - 1]?.start : undefined) ?? p.start,
      end: p.end,
    });
  }
  return out;
}

/** The predicate after a target that states something about it ("foramina are patent"). */
function findPost(items: readonly Item[], t: number): number | undefined {
  // After "and", a predicate with no target before it starts a new verb phrase
  // ("compressing the root and narrowing the foramen"), so it is not this target's predicate.
  let afterConj = false;
  for (let j = t + 1, steps = 0; j < items.length && steps < POST_PREDICATE_WINDOW; j++, steps++) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'pred') return afterConj ? undefined : j;
    if (x.kind === 'conj') afterConj = true;
    else if (x.kind === 'target') afterConj = false;
    else if (afterConj && x.kind === 'filler') return undefined;
    if (
      x.kind === 'conj' ||
      x.kind === 'target' ||
      x.kind === 'side' ||
      x.kind === 'severity' ||
      x.kind === 'filler' ||
      x.kind === 'adj' ||
      x.kind === 'context' ||
      x.kind === 'glue' ||
      x.kind === 'level' ||
      x.kind === 'asym'
    ) {
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** A target named as the place a lesion extends to. */
function isExtensionPlace(items: readonly Item[], t: number, np: NounPhrase | undefined): boolean {
  let j = t - 1;
  const start = np?.start ?? items[t]?.start ?? 0;
  while (j >= 0 && (items[j]?.start ?? 0) >= start) j--;
  for (let steps = 0; j >= 0 && steps < EXTENSION_WINDOW; j--, steps++) {
    const x = items[j];
    if (x?.kind === 'extend') return true;
    if (x?.kind !== 'glue') return false;
  }
  return false;
}

/** A lateral recess named only as where a root lies ("the S1 root within the lateral recess"). */
function isLocativeRecess(items: readonly Item[], t: number): boolean {
  let j = t - 1;
  while (j >= 0 && items[j]?.kind === 'glue' && items[j]?.lit === 'the') j--;
  const prep = items[j];
  if (!prep || prep.kind !== 'glue' || !(prep.lit === 'within' || prep.lit === 'in')) return false;
  // "the S1 root within the lateral recess", "the right L5 root is compressed in the lateral recess"
  for (let k = j - 1, steps = 0; k >= 0 && steps < LOCATIVE_ROOT_WINDOW; k--, steps++) {
    const x = items[k];
    if (x?.kind === 'target') return x.target === 'root' || x.target === 'exit-root';
  }
  return false;
}

/** The nearest predicate before a target that governs it ("compressing the thecal sac and exit canals"). */
function findPre(items: readonly Item[], t: number): number | undefined {
  let unknown = 0;
  for (let j = t - 1, steps = 0; j >= 0 && steps < PRE_PREDICATE_WINDOW; j--, steps++) {
    const x = items[j];
    if (!x) return undefined;
    switch (x.kind) {
      case 'pred':
        return j;
      case 'glue':
      case 'conj':
      case 'with':
      case 'side':
      case 'severity':
      case 'adj':
      case 'target':
      case 'vertebra':
      case 'level':
      case 'filler':
      case 'asym':
      case 'context':
      case 'emphasis':
      case 'asym-lead':
        continue;
      case 'other':
        if (unknown++ === 0) continue;
        return undefined;
      case 'lesion':
      case 'word':
      case 'transitional':
      case 'extend':
      case 'time':
      case 'bound':
      case 'grading':
      case 'grade-word':
        return undefined;
    }
  }
  return undefined;
}

/** Whether a lesion's phrase is introduced by "with" ("bulge with left paracentral protrusion"). */
function isJoinedByWith(items: readonly Item[], head: number, np: NounPhrase | undefined): boolean {
  let j = head - 1;
  const start = np?.start ?? items[head]?.start ?? 0;
  while (j >= 0 && (items[j]?.start ?? 0) >= start) j--;
  return items[j]?.kind === 'with';
}

/** "..., severe on the left and moderate on the right": one grade per side after a statement. */
function gradesBySideAfter(
  items: readonly Item[],
  from: number,
): { side: 'left' | 'right'; severity: Graded }[] | undefined {
  const found: { side: 'left' | 'right'; severity: Graded }[] = [];
  let severity: Graded | undefined;
  for (
    let j = from + 1, steps = 0;
    j < items.length && steps < GRADES_BY_SIDE_WINDOW;
    j++, steps++
  ) {
    const x = items[j];
    if (!x) break;
    if (x.kind === 'severity') severity = x.severity;
    else if (x.kind === 'side' && isLateral(x.side) && severity !== undefined) {
      found.push({ side: x.side, severity });
      severity = undefined;
    } else if (!(x.kind === 'glue' || x.kind === 'conj' || x.kind === 'filler')) break;
  }
  return found.length >= 2 && found[0]?.side !== found[1]?.side ? found : undefined;
}

/** Whether only joining words separate a predicate from the phrase that follows it. */
function isTightBefore(items: readonly Item[], pred: number, phraseStart: number): boolean {
  for (let j = pred + 1; j < items.length; j++) {
    const x = items[j];
    if (!x || x.start >= phraseStart) return true;
    if (x.kind !== 'glue') return false;
  }
  return true;
}

/** A grade written just before a predicate ("mildly compressing", "with mild encroachment"). */
function severityBefore(items: readonly Item[], p: number, owner: Int32Array): Graded | undefined {
  for (let j = p - 1, steps = 0; j >= 0 && steps < SEVERITY_BEFORE_WINDOW; j--, steps++) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'severity') return (owner[j] ?? -1) >= 0 ? undefined : x.severity;
    if (!(x.kind === 'glue' || x.kind === 'filler')) return undefined;
  }
  return undefined;
}

/** A grade just after a statement ("narrowing to a mild degree", "which is quite severe"). */
function severityAfter(
  items: readonly Item[],
  from: number,
  owner: Int32Array,
): Graded | undefined {
  for (
    let j = from + 1, steps = 0;
    j < items.length && steps < SEVERITY_AFTER_WINDOW;
    j++, steps++
  ) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'severity') return (owner[j] ?? -1) >= 0 ? undefined : x.severity;
    if (
      x.kind === 'glue' ||
      x.kind === 'filler' ||
      (x.kind === 'context' && x.rule.category === 'termination')
    ) {
      continue;
    }
    // "foraminal narrowing on the left is moderate"
    if ((x.kind === 'side' || x.kind === 'asym') && (owner[j] ?? -1) < 0) continue;
    if (x.kind === 'conj' && steps === 0 && items[j + 1]?.kind === 'context') continue;
    // "foramina narrowed bilat, mild": a grade alone after a comma closes the statement.
    if (x.kind === 'conj' && x.lit === ',' && items[j + 1]?.kind === 'severity') {
      const after = items[j + 2];
      if (!after || after.kind === 'conj') continue;
    }
    return undefined;
  }
  return undefined;
}

/** "Moderate central stenosis and neuroforaminal narrowing": a grade shared by coordinated statements. */
function inheritedSeverity(
  items: readonly Item[],
  t: number,
  np: NounPhrase | undefined,
  targetSeverity: ReadonlyMap<number, Graded>,
): Graded | undefined {
  let j = t - 1;
  if (np && np.start !== items[t]?.start) {
    while (j >= 0 && (items[j]?.start ?? 0) >= np.start) j--;
  }
  const conj = items[j];
  if (!conj || conj.kind !== 'conj') return undefined;
  for (let k = j - 1, steps = 0; k >= 0 && steps < INHERITED_SEVERITY_WINDOW; k--, steps++) {
    const x = items[k];
    if (!x) return undefined;
    // "severe canal stenosis and left foraminal narrowing": after a complete statement, a phrase with
    // its own side is its own finding; "moderately severe canal and bilateral foraminal stenosis"
    // shares one predicate, and so its grade.
    if (x.kind === 'target') {
      return steps > 0 && np?.side !== undefined ? undefined : targetSeverity.get(k);
    }
    if (x.kind !== 'pred') return undefined;
  }
  return undefined;
}

/** The side of a coordinated sibling target ("the Rt sided thecal sac and exit nerve root"). */
function siblingSide(
  items: readonly Item[],
  t: number,
  phrases: ReadonlyMap<number, NounPhrase>,
): FindingSide | undefined {
  for (let j = t - 1, steps = 0; j >= 0 && steps < SIBLING_SIDE_WINDOW; j--, steps++) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'target') {
      const side = phrases.get(j)?.side;
      if (side !== undefined) return side;
      continue;
    }
    if (
      x.kind === 'conj' ||
      x.kind === 'glue' ||
      x.kind === 'side' ||
      x.kind === 'severity' ||
      x.kind === 'adj' ||
      x.kind === 'vertebra' ||
      x.kind === 'asym'
    ) {
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** An explicit lean earlier in the sentence ("more to the Lt side"), for a bilateral target's worse side. */
function asymmetryBefore(items: readonly Item[], t: number): 'left' | 'right' | undefined {
  for (let j = t - 1; j >= 0; j--) {
    const x = items[j];
    if (x?.kind === 'asym') return x.side;
  }
  return undefined;
}

/** The side a lesion earlier in the sentence leans to, for a singular sideless target. */
function leanSide(
  items: readonly Item[],
  t: number,
  lesionSide: ReadonlyMap<number, FindingSide | undefined>,
): 'left' | 'right' | undefined {
  for (let j = t - 1; j >= 0; j--) {
    const x = items[j];
    if (!x) continue;
    if (x.kind === 'asym' && !x.bilateral) return x.side;
    // "extending to Lt lateral recess and encroaching exiting neural canal"
    if (x.kind === 'extend') {
      let k = j + 1;
      while (items[k]?.kind === 'glue') k++;
      const place = items[k];
      if (place?.kind === 'side' && place.side !== 'bilateral' && items[k + 1]?.kind === 'target') {
        return place.side;
      }
    }
    if (x.kind === 'lesion') {
      const side = lesionSide.get(j);
      if (isLateral(side)) return side;
    }
  }
  return undefined;
}

/** A vertebra named right after an item ("exit nerve root (S1)", "anterolisthesis of L5"). */
function vertebraAfter(
  items: readonly Item[],
  i: number,
  adjacentOnly = false,
): string | undefined {
  for (
    let j = i + 1, steps = 0;
    j < items.length && steps < (adjacentOnly ? VERTEBRA_ADJACENT_WINDOW : VERTEBRA_AFTER_WINDOW);
    j++, steps++
  ) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'vertebra') return x.name;
    if (x.kind !== 'glue') return undefined;
  }
  return undefined;
}

/** Vertebrae a fracture is stated for ("L2 compression fracture", "fractures of L2 & L4 bodies"). */
function fractureVertebrae(
  items: readonly Item[],
  i: number,
  np: NounPhrase | undefined,
): string[] {
  if (np && np.vertebrae.length > 0) return [...np.vertebrae];
  const found: string[] = [];
  for (
    let j = i + 1, steps = 0;
    j < items.length && steps < FRACTURE_VERTEBRAE_WINDOW;
    j++, steps++
  ) {
    const x = items[j];
    if (!x) break;
    if (x.kind === 'vertebra') found.push(x.name);
    else if (!(
      x.kind === 'glue' ||
      x.kind === 'conj' ||
      x.kind === 'filler' ||
      x.kind === 'adj' ||
      x.kind === 'word'
    )) {
      break;
    }
  }
  return found;
}

/** All six lumbar-region levels, for "at all levels" when the report also covers T12-L1. */
export const ALL_LEVELS: readonly Level[] = LEVELS;
