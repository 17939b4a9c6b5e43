/**
 * Which predicate governs a target, and what the pair states: one directly before the target's phrase
 * ("patent right lateral recess"), one after it ("neural foramina are patent", "foraminal narrowing"),
 * or the nearest one before it across a coordination ("compressing the thecal sac and exit canals").
 */
import type { FindingType } from '../vocab/index.js';
import type { Item, PredKind, TargetKind } from './_model.js';
import type { NounPhrase } from './_noun-phrase.js';
import { indexBeforePhrase } from './_noun-phrase.js';
import type { Sentence } from './_sentence.js';

/** Items after a target searched for its predicate ("foramina are patent"). */
export const POST_PREDICATE_WINDOW = 8;
/** Items before a target searched for the predicate governing it across a coordination. */
export const PRE_PREDICATE_WINDOW = 14;
/** Items before a target searched for "extending to/into". */
export const EXTENSION_WINDOW = 3;
/** Items before "within the lateral recess" searched for the root it locates. */
export const LOCATIVE_ROOT_WINDOW = 5;

/** A finding a target and predicate state; `normal` when the predicate says the target is normal. */
export interface StatedFinding {
  readonly finding: FindingType;
  readonly normal: boolean;
}

/** What a target paired with a predicate states. */
export function findingsFor(target: TargetKind, pred: PredKind): StatedFinding[] {
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

/** The predicate governing target `t` with what the pair states, if any. */
export interface GoverningPredicate {
  readonly index: number;
  readonly pred: Extract<Item, { kind: 'pred' }>;
  readonly stated: readonly StatedFinding[];
}

/**
 * The predicate that governs a target: one directly before its phrase binds tighter than one reached
 * across a coordination; else the one after it; else the one before it.
 */
export function governingPredicate(s: Sentence, t: number): GoverningPredicate | undefined {
  const { items } = s;
  const x = items[t];
  if (!x || x.kind !== 'target') return undefined;
  const np = s.phrases.get(t);
  const post = predicateAfter(items, t);
  const postItem = post !== undefined ? items[post] : undefined;
  const pre = predicateBefore(items, t);
  const preItem = pre !== undefined ? items[pre] : undefined;
  const postFits = postItem?.kind === 'pred' && findingsFor(x.target, postItem.pred).length > 0;
  const preFits = preItem?.kind === 'pred' && findingsFor(x.target, preItem.pred).length > 0;
  // A predicate directly before the phrase ("patent right lateral recess and ...") binds tighter
  // than one reached across a coordination.
  // "crowded on both sides by foraminal narrowing": the phrase after "by" is the agent, whatever
  // the phrase took in before it.
  const agent = pre !== undefined && items.slice(pre + 1, t).some(isAgentWord);
  const tight = pre !== undefined && !agent && isTightBefore(items, pre, np?.start ?? x.start);
  const index = preFits && (tight || !postFits) ? pre : postFits ? post : pre;
  if (index === undefined) return undefined;
  const pred = items[index];
  if (!pred || pred.kind !== 'pred') return undefined;
  const stated = findingsFor(x.target, pred.pred);
  return stated.length === 0 ? undefined : { index, pred, stated };
}

/**
 * A foramen graded in its own phrase or by the grade right after it, with no predicate governing it:
 * dictation leaves the narrowing out ("sev L NF", "R NF mild", "moderate left foramen"). The pair is the
 * target standing for its own narrowing.
 */
export function impliedNarrowing(s: Sentence, t: number): GoverningPredicate | undefined {
  const x = s.items[t];
  if (!x || x.kind !== 'target' || (x.target !== 'foramen' && x.target !== 'canal')) {
    return undefined;
  }
  const next = s.items[t + 1];
  // "Rt exit foramen nil", "central canal none": a negation after the structure, nothing else.
  const negatedAfter =
    next?.kind === 'context' &&
    next.rule.category === 'negation' &&
    next.rule.direction === 'backward' &&
    s.items.slice(t + 2).every((y) => y.kind === 'other' || y.kind === 'glue');
  const graded =
    x.target === 'foramen' &&
    (s.phrases.get(t)?.severity !== undefined ||
      (next?.kind === 'severity' && (s.owner[t + 1] ?? -1) < 0));
  // "Canal mild", "Canal mod" in a slash row: the grade right after the canal, and nothing after it.
  const gradedCanal =
    x.target === 'canal' &&
    next?.kind === 'severity' &&
    (s.owner[t + 1] ?? -1) < 0 &&
    s.items.slice(t + 2).every((y) => y.kind === 'other' || y.kind === 'glue');
  if (!graded && !negatedAfter && !gradedCanal) return undefined;
  const finding = x.target === 'canal' ? 'central-canal-stenosis' : 'foraminal-stenosis';
  const pred: Extract<Item, { kind: 'pred' }> = {
    kind: 'pred',
    pred: 'narrow',
    lit: '',
    start: x.start,
    end: x.end,
  };
  return { index: t, pred, stated: [{ finding, normal: false }] };
}

/**
 * A past participle that closes its clause after "," or "and" says what the target before is ("Right
 * foramen unchanged, mildly narrowed", "is stable and mildly narrowed"); an "-ing" verb, or a participle
 * before a structure of its own ("and narrowed foramina"), starts a new phrase.
 */
function isStateAfterConj(items: readonly Item[], j: number): boolean {
  const x = items[j];
  const next = items[j + 1];
  if (x?.kind !== 'pred' || !x.lit.endsWith('ed')) return false;
  return !next || !(next.kind === 'target' || next.kind === 'side' || next.kind === 'adj');
}

/** The predicate after a target that states something about it ("foramina are patent"). */
export function predicateAfter(items: readonly Item[], t: number): number | undefined {
  // After "and", a predicate with no target before it starts a new verb phrase
  // ("compressing the root and narrowing the foramen"), so it is not this target's predicate.
  let afterConj = false;
  for (let j = t + 1, steps = 0; j < items.length && steps < POST_PREDICATE_WINDOW; j++, steps++) {
    const x = items[j];
    if (!x) return undefined;
    if (x.kind === 'pred') return !afterConj || isStateAfterConj(items, j) ? j : undefined;
    // "The canal is elongated and not narrowed": a word the lexicon does not know, said of the
    // target after "is", joined by "and" to what else is said of it.
    if (
      x.kind === 'other' &&
      items[j - 1]?.kind === 'filler' &&
      items[j + 1]?.kind === 'conj' &&
      items[j + 1]?.lit === 'and' &&
      items[j + 2]?.kind === 'pred'
    ) {
      j++;
      continue;
    }
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

/** The nearest predicate before a target that governs it ("compressing the thecal sac and exit canals"). */
export function predicateBefore(items: readonly Item[], t: number): number | undefined {
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

/**
 * "by" after a predicate: the phrase after "crowded by" is the agent ("the foramina are crowded by
 * foraminal narrowing of moderate degree"), which its own predicate governs.
 */
const isAgentWord = (x: Item): boolean => x.kind === 'glue' && x.lit === 'by';

/** Whether only joining words separate a predicate from the phrase that follows it. */
function isTightBefore(items: readonly Item[], pred: number, phraseStart: number): boolean {
  for (let j = pred + 1; j < items.length; j++) {
    const x = items[j];
    if (!x || x.start >= phraseStart) return true;
    if (x.kind !== 'glue') return false;
  }
  return true;
}

/** A target named as the place a lesion extends to ("extending to the lateral recess"). */
export function isExtensionPlace(
  items: readonly Item[],
  t: number,
  np: NounPhrase | undefined,
): boolean {
  let j = indexBeforePhrase(items, t, np);
  for (let steps = 0; j >= 0 && steps < EXTENSION_WINDOW; j--, steps++) {
    const x = items[j];
    if (x?.kind === 'extend') return true;
    if (x?.kind !== 'glue') return false;
  }
  return false;
}

/** A lateral recess named only as where a root lies ("the S1 root within the lateral recess"). */
export function isLocativeRecess(items: readonly Item[], t: number): boolean {
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
