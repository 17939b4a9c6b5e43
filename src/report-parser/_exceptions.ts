/**
 * Report-wide statements with exceptions ("at all levels except L5-S1") and refutations ("…; however,
 * the right foramen is patent").
 */
import type { Level } from '../vocab/index.js';
import type { Item, LevelRef } from './_model.js';
import type { Token } from './_scan.js';
import { WORD } from './_scan.js';

import { type SectionedFinding } from './_reading.js';
/** Termination words that open a refutation ("…; however, … the right foramen is patent"). */
const REFUTING: ReadonlySet<string> = new Set(['however', 'but']);

const sameLevels = (a: LevelRef | undefined, b: LevelRef | undefined): boolean =>
  a?.kind === 'levels' && b?.kind === 'levels' && a.levels.join() === b.levels.join();

/**
 * "There is apparent narrowing of the right neural foramen; however, … this is due to partial volume
 * averaging and the right foramen is patent": a positive, ungraded finding before "however"/"but" (in
 * the clause or the one before it) that a negated finding after it states normal, on the same side and
 * level, was only apparent. Returns the findings so refuted.
 */
export function refutedBy(
  items: readonly Item[],
  clause: readonly SectionedFinding[],
  before: readonly SectionedFinding[],
): Set<SectionedFinding> {
  const refuted = new Set<SectionedFinding>();
  const turn = items.find(
    (x) => x.kind === 'context' && x.rule.category === 'termination' && REFUTING.has(x.lit),
  );
  if (!turn) return refuted;
  for (const n of clause) {
    if (!n.negated || n.temporal !== 'current' || n.start < turn.end) continue;
    for (const p of before) {
      const refutes =
        !p.negated &&
        p.temporal === 'current' &&
        p.severity === null &&
        p.end <= turn.start &&
        p.finding === n.finding &&
        sameLevels(p.levelRef, n.levelRef) &&
        (p.side === n.side || n.side === 'bilateral');
      if (refutes) refuted.add(p);
    }
  }
  return refuted;
}

/** Words that open the exception to a report-wide statement ("at all levels except L5-S1"). */
const EXCEPTIONS: readonly (readonly string[])[] = [
  ['except'],
  ['excepting'],
  ['excluding'],
  ['save'],
  ['apart', 'from'],
  ['aside', 'from'],
  ['other', 'than'],
  ['with', 'the', 'exception', 'of'],
];

const EXCEPTION_FIRST_WORDS: ReadonlySet<string> = new Set(EXCEPTIONS.map((w) => w[0] ?? ''));

/** The exception phrase starting at token `k`, as its number of tokens (0 when there is none). */
export function exceptionAt(tokens: readonly Token[], k: number, to: number): number {
  const first = tokens[k];
  if (first?.kind !== WORD || !EXCEPTION_FIRST_WORDS.has(first.lower)) return 0;
  for (const words of EXCEPTIONS) {
    if (k + words.length > to) continue;
    if (words.every((w, j) => tokens[k + j]?.kind === WORD && tokens[k + j]?.lower === w)) {
      return words.length;
    }
  }
  return 0;
}

/**
 * The clearance before an exception stands for every level, side by side: its "throughout" (or, when
 * it names no level, an implied one) becomes a report-wide level that yields to the exceptions. A
 * clearance stated over a range (`within`: its own levels or its heading's) stays in that range.
 */
export function asClearanceWithExceptions(
  items: Item[],
  sided: boolean,
  within: readonly Level[] | undefined,
): Item[] {
  const all: LevelRef = {
    kind: 'all',
    ...(sided ? { sideExceptions: true } : {}),
    ...(within ? { within } : {}),
  };
  if (items.some((x) => x.kind === 'level')) {
    return items.map((x) =>
      x.kind === 'level' && (x.ref.kind === 'all' || (within && x.ref.kind === 'levels'))
        ? { ...x, ref: all }
        : x,
    );
  }
  const end = items[items.length - 1]?.end ?? 0;
  return [...items, { kind: 'level', ref: all, emphasis: false, lit: '', start: end, end }];
}

/** Tokens an exception may name before its level: "on the left at", "for severe left". */
export const EXCEPTION_LEAD_WINDOW = 4;

/** Item kinds that may open an exception before its level: a side, a grade, joining words. */
export const EXCEPTION_LEAD_KINDS: ReadonlySet<Item['kind']> = new Set([
  'glue',
  'side',
  'severity',
  'adj',
]);

/**
 * Index of the side an exception names, just after its level ("at L4/5 on the right") or before it
 * ("on the left at L5-S1", "severe left L5-S1 narrowing"), or -1.
 */
/** A word of doubt ("possible", "probably"), which may open an exception before its side. */
const isHedge = (x: Item | undefined): boolean =>
  x?.kind === 'context' && x.rule.category === 'uncertainty';

export function exceptionSideAt(items: readonly Item[]): number {
  let first = 0;
  while (
    items[first]?.kind === 'glue' ||
    items[first]?.kind === 'severity' ||
    isHedge(items[first])
  ) {
    first++;
  }
  const lead = items[first];
  if (lead?.kind === 'side' && lead.side !== 'bilateral') {
    let k = first + 1;
    while (items[k]?.kind === 'glue') k++;
    if (items[k]?.kind === 'level') return first;
  }
  let k = 0;
  while (items[k]?.kind === 'level' || items[k]?.kind === 'glue' || opensWhereClause(items, k)) k++;
  const side = items[k];
  return side?.kind === 'side' && side.side !== 'bilateral' && k > 0 ? k : -1;
}

/**
 * "…, where on the left": the comma and "where" that open the exception's own clause when its side
 * comes next as a place ("at L3-L4, where on the left there is mild narrowing"), as "at L4/5 on the
 * left" names it. "…, where the right foramen is narrowed" describes a foramen of the level and
 * excepts the whole level, as before.
 */
const opensWhereClause = (items: readonly Item[], k: number): boolean => {
  const x = items[k];
  const where = x?.kind === 'conj' && x.lit === ',' ? k + 1 : k;
  const word = items[where];
  const on = items[where + 1];
  return word?.kind === 'filler' && word.lit === 'where' && on?.kind === 'glue' && on.lit === 'on';
};

/** A level an exception names, and the one side it names (undefined: the whole level). */
export interface ExceptedPlace {
  readonly level: Level;
  readonly side: 'left' | 'right' | undefined;
}

/**
 * The levels and side of one exception to a positive statement: the side it names ("at L4-L5 on the
 * right, where …"), else the one side its clause speaks of ("where the right foramen is severely
 * narrowed": the left foramen keeps the statement's grade, which excepting the whole level would lose).
 */
export function exceptedPlace(items: readonly Item[]): ExceptedPlace[] {
  const level = items.find((x) => x.kind === 'level');
  if (level?.kind !== 'level' || level.ref.kind !== 'levels') return [];
  const named = items[exceptionSideAt(items)];
  const sides = new Set(
    items.flatMap((x) => (x.kind === 'side' && x.side !== 'bilateral' ? [x.side] : [])),
  );
  const [only] = sides;
  const side =
    named?.kind === 'side' && named.side !== 'bilateral'
      ? named.side
      : sides.size === 1 && (only === 'left' || only === 'right')
        ? only
        : undefined;
  return level.ref.levels.map((l) => ({ level: l, side }));
}

/**
 * "Mild bilateral foraminal narrowing at each of these levels, except at L4-L5 where …": the findings
 * of a statement made at named levels leave the levels it excepts to the exception. An exception that
 * names its side leaves the statement's other side there ("except at L4-L5 on the right": the left
 * foramen keeps the statement's grade) and its canal; one that names no side takes the whole level.
 */
export function withoutExcepted<F extends SectionedFinding>(
  stated: readonly F[],
  excepted: readonly ExceptedPlace[],
): F[] {
  const out: F[] = [];
  for (const f of stated) {
    const ref = f.levelRef;
    if (f.negated || ref?.kind !== 'levels') {
      out.push(f);
      continue;
    }
    const kept: Level[] = [];
    for (const level of ref.levels) {
      const place = excepted.find((e) => e.level === level);
      if (!place) kept.push(level);
      else if (place.side !== undefined) {
        const other = place.side === 'left' ? 'right' : 'left';
        const foraminal = f.finding === 'foraminal-stenosis';
        if (!foraminal || f.side === other) kept.push(level);
        else if (f.side === 'bilateral') {
          out.push({
            ...f,
            levelRef: { kind: 'levels', levels: [level] },
            side: other,
            asymmetry: undefined,
          });
        }
      }
    }
    if (kept.length > 0) out.push({ ...f, levelRef: { kind: 'levels', levels: kept } });
  }
  return out;
}

/**
 * "apart from the right at L4/5 (mild)", "except at L4-5 on the right, where it is mild": an exception
 * that gives only a grade is the narrowing of the cleared structures, put just after the grade.
 */
export function withImpliedExceptionFinding(items: Item[], targets: readonly Item[]): Item[] {
  if (items.some((x) => x.kind === 'target' || x.kind === 'lesion' || x.kind === 'pred')) {
    return items;
  }
  let at = -1;
  for (let k = items.length - 1; k >= 0 && at < 0; k--) if (items[k]?.kind === 'severity') at = k;
  const grade = items[at];
  if (!grade || targets.length === 0) return items;
  const end = grade.end;
  const inserted: Item[] = [
    ...targets.map((x) => ({ ...x, start: end, end }) as Item),
    { kind: 'pred', pred: 'narrow', lit: '', start: end, end },
  ];
  return [...items.slice(0, at + 1), ...inserted, ...items.slice(at + 1)];
}

/**
 * "apart from the left L4/5 foramen, which is moderately narrowed": the relative clause after the
 * excepted structure is that structure's state, so its ", which" does not end the structure's phrase.
 */
export function withRelativeClauseJoined(items: Item[]): Item[] {
  const k = items.findIndex((x, i) => {
    const next = items[i + 1];
    return (
      x.kind === 'conj' &&
      x.lit === ',' &&
      items[i - 1]?.kind === 'target' &&
      next?.kind === 'context' &&
      RELATIVE_WORDS.has(next.rule.literal)
    );
  });
  return k < 0 ? items : [...items.slice(0, k), ...items.slice(k + 2)];
}

/** Relative pronouns that open a clause about the structure just named. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'that']);

/**
 * "apart from the left L4/5 foramen": an exception that names the cleared structure but says nothing
 * of it is that structure narrowed, grade unknown; it must not stay cleared.
 */
export function withImpliedExceptionNarrowing(items: Item[]): Item[] {
  if (items.some((x) => x.kind === 'pred' || x.kind === 'lesion' || x.kind === 'severity')) {
    return items;
  }
  const target = items.findLastIndex((x) => x.kind === 'target');
  const named = items[target];
  if (!named) return items;
  const pred: Item = { kind: 'pred', pred: 'narrow', lit: '', start: named.end, end: named.end };
  return [...items.slice(0, target + 1), pred, ...items.slice(target + 1)];
}

/**
 * "at L4/5 on the right, where …": a side named just after the exception's level is the side of each
 * foramen of the exception that names none of its own.
 */
export function withExceptionSide(items: Item[]): Item[] {
  const k = exceptionSideAt(items);
  const side = items[k];
  if (k < 0 || side?.kind !== 'side') return items;
  const out: Item[] = [];
  for (const [i, x] of items.entries()) {
    if (i > k && x.kind === 'target' && x.target === 'foramen') {
      let j = out.length - 1;
      while (j >= 0 && (out[j]?.kind === 'severity' || out[j]?.kind === 'adj')) j--;
      if (out[j]?.kind !== 'side') out.push({ ...side, start: x.start, end: x.start });
    }
    out.push(x);
  }
  return out;
}

/**
 * The clearance before a side-only exception is the other side's: that side is put before each foramen
 * (in place of "both" or "bilateral"), so "the foramina are patent except on the right" clears the left.
 */
export function withForaminaOnSide(items: Item[], side: Item): Item[] {
  const out: Item[] = [];
  for (const x of items) {
    if (x.kind === 'target' && x.target === 'foramen') {
      let j = out.length - 1;
      while (j >= 0 && (out[j]?.kind === 'glue' || out[j]?.kind === 'adj')) j--;
      const both = out[j];
      if (both?.kind === 'side' && both.side === 'bilateral') out.splice(j, 1);
      out.push({ ...side, start: x.start, end: x.start } as Item);
    }
    out.push(x);
  }
  return out;
}

/**
 * The exception of "… patent except on the right, where there is mild narrowing" (or "apart from the
 * left, which is mildly narrowed", "except on the left (moderate)") as that side's foramen: the side
 * and the foramen go before its narrowing, after its grade, or, stated with neither, as an ungraded
 * narrowing (an excepted foramen is not a cleared one).
 */
export function withSideExceptionFinding(items: Item[], foramen: Item): Item[] {
  const side = items.find((x) => x.kind === 'side');
  if (!side) return items;
  const rest = items.filter((x) => x !== side);
  const own = rest.findIndex((x) => x.kind === 'target');
  if (own >= 0) {
    // "…, where the foramen is moderately narrowed": the foramen named again is that side's.
    const at = rest[own]?.start ?? side.end;
    return [...rest.slice(0, own), { ...side, start: at, end: at } as Item, ...rest.slice(own)];
  }
  const pred = rest.findIndex((x) => x.kind === 'pred' && x.pred === 'narrow');
  const grade = rest.findLastIndex((x) => x.kind === 'severity');
  if (pred < 0 && grade < 0) {
    // "except on the left": narrowed, grade unknown; the finding quotes the side.
    const { start, end } = side;
    return [
      ...rest,
      side,
      { ...foramen, start, end } as Item,
      { kind: 'pred', pred: 'narrow', lit: '', start, end },
    ];
  }
  const at = pred >= 0 ? pred : grade + 1;
  const where = rest[at]?.start ?? rest[at - 1]?.end ?? side.end;
  const inserted: Item[] = [
    { ...side, start: where, end: where } as Item,
    { ...foramen, start: where, end: where } as Item,
  ];
  if (pred < 0) inserted.push({ kind: 'pred', pred: 'narrow', lit: '', start: where, end: where });
  return [...rest.slice(0, at), ...inserted, ...rest.slice(at)];
}
