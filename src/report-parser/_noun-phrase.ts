/**
 * Noun phrases: the modifiers written before a target or a finding noun (grades, sides, leans, zone
 * adjectives, levels, vertebrae), read right to left from the head, and the side/grade groups they form
 * ("mild to moderate left and mild right foraminal stenosis" has two).
 */
import type { FindingSide, Zone } from '../vocab/index.js';
import type { Graded, Item, LevelRef } from './_model.js';

/** Items before a head searched for its modifiers (grade, side, zone, level). */
export const NOUN_PHRASE_WINDOW = 10;

/** One side with its own grade inside a noun phrase. */
export interface SideGroup {
  side: FindingSide | undefined;
  severity: Graded | undefined;
}

/** A noun phrase's modifiers. */
export interface NounPhrase {
  /** Offset where the phrase starts in the text (the first modifier, else the head). */
  readonly start: number;
  readonly groups: readonly SideGroup[];
  readonly side: FindingSide | undefined;
  readonly asymmetry: 'left' | 'right' | undefined;
  readonly severity: Graded | undefined;
  readonly central: boolean;
  readonly zone: Zone | undefined;
  readonly level: LevelRef | undefined;
  readonly vertebrae: readonly string[];
}

const MODIFIER_KINDS = new Set(['severity', 'side', 'asym', 'adj', 'vertebra', 'level']);

/** Prepositions that introduce what caused a narrowing: no modifier of the cause lies before them. */
const AGENT_GLUE: ReadonlySet<string> = new Set(['by', 'from']);

/** Whether a side is one side (left or right). */
export const isLateral = (s: FindingSide | undefined): s is 'left' | 'right' =>
  s === 'left' || s === 'right';

/** Two side words of one phrase: left and right make bilateral. */
export function mergeSides(
  a: FindingSide | undefined,
  b: FindingSide | undefined,
): FindingSide | undefined {
  if (a === undefined) return b;
  if (b === undefined || a === b) return a;
  if (isLateral(a) && isLateral(b)) return 'bilateral';
  if (a === 'bilateral' || b === 'bilateral') return 'bilateral';
  return isLateral(a) ? a : b;
}

/**
 * Modifiers to the left of a head, and which items they are.
 * @param items - the sentence's items
 * @param head - index of the target or finding noun
 * @param owner - per item, the head it modifies; the phrase's modifiers are set to `head`
 */
export function nounPhrase(items: readonly Item[], head: number, owner: Int32Array): NounPhrase {
  const collected = phraseModifiers(items, head);
  const groups: SideGroup[] = [{ side: undefined, severity: undefined }];
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

/** Indices of the modifiers (and the joining words between them) before a head, in text order. */
function phraseModifiers(items: readonly Item[], head: number): number[] {
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
      // "narrowing on the right and severe canal stenosis": a side said of the statement before the
      // "and" ("on the right") is that statement's, not a modifier of the next phrase; grades given
      // place by place ("moderately on the left and mildly on the right") are one phrase.
      if (
        x.kind === 'side' &&
        pending.some((k) => items[k]?.kind === 'conj' && items[k]?.lit === 'and') &&
        isPlaceSide(items, j) &&
        !collected.some((k) => items[k]?.kind === 'side' && isPlaceSide(items, k))
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
    } else if (x.kind === 'glue' && AGENT_GLUE.has(x.lit.toLowerCase())) {
      // "narrowed to a moderate degree by a foraminal protrusion", "narrowing of moderate degree
      // from endplate osteophyte": a grade before the agent's preposition is the narrowing's (round 27).
      break;
    } else if (x.kind === 'glue' || x.kind === 'conj') pending.push(j);
    else if (x.kind === 'context' && x.rule.category === 'pseudo') continue;
    else break;
  }
  return collected.sort((a, b) => a - b);
}

/** Whether the side at `j` is written as a place, "on the right", "to the left", "on left". */
function isPlaceSide(items: readonly Item[], j: number): boolean {
  let k = j - 1;
  if (items[k]?.kind === 'glue' && items[k]?.lit === 'the') k--;
  const prep = items[k];
  return prep?.kind === 'glue' && (prep.lit === 'on' || prep.lit === 'to');
}

/** Index of the last item before a head's noun phrase (-1 at the start of the sentence). */
export function indexBeforePhrase(
  items: readonly Item[],
  head: number,
  np: NounPhrase | undefined,
): number {
  let j = head - 1;
  const start = np?.start ?? items[head]?.start ?? 0;
  while (j >= 0 && (items[j]?.start ?? 0) >= start) j--;
  return j;
}
