/**
 * Internal vocabulary of the parser: what a lexicon phrase means (a `Term`) and the items a sentence is
 * turned into. Nothing here is part of the public API.
 */
import type { FindingType, Level, Severity, Side, Zone } from '../vocab/index.js';
import type { ContextRule } from './data/context-rules.js';
import type { GradeSystem } from './schema.js';

/** Anatomical things a finding is stated about. */
export type TargetKind =
  | 'foramen'
  | 'exit-root'
  | 'root'
  | 'canal'
  | 'recess'
  | 'facet'
  | 'ligamentum'
  | 'thecal'
  | 'disc-space'
  | 'disc-signal'
  | 'structure';

/** What a predicate says about a target. */
export type PredKind = 'narrow' | 'compress' | 'contact' | 'normal' | 'degenerate' | 'decrease';

/** Meaning of a lexicon phrase. */
export type Term =
  | { readonly kind: 'target'; readonly target: TargetKind; readonly plural?: boolean }
  | { readonly kind: 'lesion'; readonly finding: FindingType }
  | { readonly kind: 'pred'; readonly pred: PredKind }
  | { readonly kind: 'side'; readonly side: Side; readonly plural?: boolean }
  | {
      readonly kind: 'adj';
      readonly zone?: Zone;
      readonly central?: boolean;
      readonly exit?: boolean;
      readonly multilevel?: boolean;
    }
  | { readonly kind: 'extend' }
  | { readonly kind: 'asym-lead' }
  | { readonly kind: 'emphasis' }
  | { readonly kind: 'glue' }
  | { readonly kind: 'filler' }
  | { readonly kind: 'conj' }
  | { readonly kind: 'with' }
  | {
      readonly kind: 'levels';
      readonly levels:
        | 'all'
        | 'other'
        | 'remaining'
        | 'upper'
        // "The level above shows a broad disc bulge": next to the level spoken of before.
        | 'above'
        | 'below'
        | 'lumbosacral'
        | 'thoracolumbar'
        // Named by their place in the spine ("the lower three levels").
        | readonly Level[];
    }
  | { readonly kind: 'transitional' }
  | { readonly kind: 'time'; readonly time: TimeMark }
  | { readonly kind: 'bound' }
  | { readonly kind: 'grading'; readonly system: GradeSystem }
  | { readonly kind: 'grade-word' }
  | { readonly kind: 'word' };

/** A stated grade: a severity other than `none`. */
export type Graded = Exclude<Severity, 'none'>;

/** Time words: an earlier study ("previously"), this study ("now"), or no change ("unchanged"). */
export type TimeMark = 'prior' | 'now' | 'change' | 'earlier-study';

/** A level group as written: disc levels, or a marker for non-lumbar, all or other levels. */
export type LevelRef =
  /**
   * Disc levels; `openAbove`: a range open upwards ("above L3-4", "from L2/3 upwards"), which also
   * reaches T12-L1 when the report names it.
   */
  | { readonly kind: 'levels'; readonly levels: readonly Level[]; readonly openAbove?: boolean }
  | { readonly kind: 'nonlumbar' }
  /**
   * Every level; `sideExceptions`: a clearance with exceptions ("the foramina are patent apart from at
   * L4/5 on the right"), which yields side by side to the findings stated at named levels. `within`:
   * the levels a clearance with exceptions was stated over ("L2-3 through L5-S1: no foraminal stenosis,
   * apart from …"), which it does not reach past.
   */
  | {
      readonly kind: 'all';
      readonly sideExceptions?: boolean;
      readonly within?: readonly Level[];
    }
  | { readonly kind: 'other' }
  /** "Otherwise", "the remaining levels": every level the report has not described. */
  | { readonly kind: 'remaining' }
  /** "The upper lumbar levels": the levels not described above the highest one the report describes. */
  | { readonly kind: 'upper' }
  /**
   * "The level above", "the level below": the disc level next to the one spoken of before (`step` -1 is
   * up the spine), resolved against the walk's level context before the clause is read.
   */
  | { readonly kind: 'adjacent'; readonly step: -1 | 1 };

interface ItemBase {
  /** Character offsets of the item in the original text. */
  readonly start: number;
  readonly end: number;
  /** The lexicon literal the item matched ('' for levels and unknown words). */
  readonly lit: string;
}

/** One meaningful unit of a sentence, in text order. */
export type Item =
  | (ItemBase & { readonly kind: 'level'; readonly ref: LevelRef; emphasis: boolean })
  | (ItemBase & { readonly kind: 'vertebra'; readonly name: string })
  | (ItemBase & { kind: 'target'; target: TargetKind; readonly plural: boolean })
  | (ItemBase & { readonly kind: 'lesion'; finding: FindingType })
  | (ItemBase & { readonly kind: 'pred'; readonly pred: PredKind })
  | (ItemBase & { readonly kind: 'severity'; readonly severity: Exclude<Severity, 'none'> })
  | (ItemBase & { readonly kind: 'side'; readonly side: Side; readonly plural: boolean })
  /** "more to the Lt side" (a lean) or "greater on the right" (comparative: both sides, one worse). */
  | (ItemBase & {
      readonly kind: 'asym';
      readonly side: 'left' | 'right';
      readonly bilateral: boolean;
      readonly comparative: boolean;
    })
  | (ItemBase & {
      kind: 'adj';
      zone: Zone | undefined;
      central: boolean;
      exit: boolean;
      multilevel: boolean;
    })
  | (ItemBase & { readonly kind: 'context'; readonly rule: ContextRule })
  | (ItemBase & { readonly kind: 'time'; readonly time: TimeMark })
  | (ItemBase & { readonly kind: 'grading'; readonly system: GradeSystem })
  | (ItemBase & {
      readonly kind:
        | 'asym-lead'
        | 'emphasis'
        | 'glue'
        | 'filler'
        | 'conj'
        | 'with'
        | 'extend'
        | 'transitional'
        | 'bound'
        | 'grade-word'
        | 'word'
        | 'other';
    });

/** Item kinds, for exhaustive handling. */
export type ItemKind = Item['kind'];

/** A comma of the sentence (the lexicon reads it as a joining word). */
export const isComma = (x: Item | undefined): boolean => x?.kind === 'conj' && x.lit === ',';

/** A colon the lexicon knows as a joining word. */
export const isColon = (x: Item | undefined): boolean => x?.kind === 'glue' && x.lit === ':';

/** An opening or closing bracket (the lexicon reads brackets as glue). */
export const isBracket = (x: Item | undefined, lit: '(' | ')'): boolean =>
  x?.kind === 'glue' && (x.lit === lit || x.lit === SQUARE.get(lit));

/** Square brackets stand for round ones: "moderate [mild]" under "current [previous]" (round 26). */
const SQUARE: ReadonlyMap<string, string> = new Map([
  ['(', '['],
  [')', ']'],
]);

/** A level item put in by a rewrite: the levels `ref` names, over characters `start` to `end`. */
export const levelItem = (ref: LevelRef, start: number, end: number, lit = ''): Item => ({
  kind: 'level',
  ref,
  emphasis: false,
  lit,
  start,
  end,
});

/** Side words as a token reads them ("Lt", "R", "left"). */
export const SIDE_WORDS: ReadonlyMap<string, 'left' | 'right'> = new Map([
  ['lt', 'left'],
  ['left', 'left'],
  ['l', 'left'],
  ['rt', 'right'],
  ['right', 'right'],
  ['r', 'right'],
]);
