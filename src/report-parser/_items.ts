/**
 * Turns the tokens of one sentence into items: level groups, vertebrae, lexicon phrases (targets,
 * findings, predicates, sides, severities, ConText triggers), with a few local rewrites that need one
 * item of context ("central" before "stenosis" is the canal, "foraminal" before a disc word is a zone,
 * "more to the Lt side" is an asymmetry, "mild to moderate" is a range).
 */
import type { Level, Severity } from '../vocab/index.js';
import { SEVERITIES } from '../vocab/index.js';
import type { Item, Term } from './_model.js';
import { CHANGE_OF_GRADE } from './_qualifiers.js';
import { CONTEXT_RULES } from './data/context-rules.js';
import type { Normaliser } from './_normalise.js';
import { readLevels } from './_levels.js';
import { NUM, PUNCT } from './_scan.js';
import type { Token } from './_scan.js';
import { matchLongest } from './_trie.js';
import type { PhraseTrie } from './_trie.js';

type Graded = Exclude<Severity, 'none'>;

const HYPHENS = new Set(['-', '–', '—', '−', '_']);
// "too": speech recognition's "to" ("moderate too severe").
const RANGE_JOINERS = new Set(['to', 'too', '/', 'or']);
// Comparatives name both sides with one worse ("greater on the right"); other leads name a lean.
const COMPARATIVES = new Set(['greater', 'worse', 'larger', 'greatest', 'worst']);

const isLevelList = (x: Extract<Term, { kind: 'levels' }>['levels']): x is readonly Level[] =>
  Array.isArray(x);

function itemFromTerm(term: Term, lit: string, start: number, end: number): Item {
  switch (term.kind) {
    case 'target':
      return { kind: 'target', target: term.target, plural: term.plural === true, lit, start, end };
    case 'lesion':
      return { kind: 'lesion', finding: term.finding, lit, start, end };
    case 'pred':
      return { kind: 'pred', pred: term.pred, lit, start, end };
    case 'side':
      return { kind: 'side', side: term.side, plural: term.plural === true, lit, start, end };
    case 'adj':
      return {
        kind: 'adj',
        zone: term.zone,
        central: term.central === true,
        exit: term.exit === true,
        multilevel: term.multilevel === true,
        lit,
        start,
        end,
      };
    case 'levels': {
      const named = term.levels;
      return {
        kind: 'level',
        ref: isLevelList(named)
          ? { kind: 'levels', levels: named }
          : named === 'lumbosacral'
            ? { kind: 'levels', levels: ['L5-S1'] }
            : named === 'thoracolumbar'
              ? { kind: 'levels', levels: ['T12-L1'] }
              : named === 'above' || named === 'below'
                ? { kind: 'adjacent', step: named === 'above' ? -1 : 1 }
                : { kind: named },
        emphasis: false,
        lit,
        start,
        end,
      };
    }
    case 'time':
      return { kind: 'time', time: term.time, lit, start, end };
    case 'grading':
      return { kind: 'grading', system: term.system, lit, start, end };
    case 'bound':
    case 'grade-word':
    case 'asym-lead':
    case 'emphasis':
    case 'glue':
    case 'filler':
    case 'conj':
    case 'with':
    case 'extend':
    case 'transitional':
    case 'word':
      return { kind: term.kind, lit, start, end };
  }
}

/** Maps a range of grades ("mild to moderate") onto one grade of the common scale. */
export function combineSeverities(a: Graded, b: Graded): Graded {
  const ra = SEVERITIES.indexOf(a);
  const rb = SEVERITIES.indexOf(b);
  const lo = Math.min(ra, rb);
  const hi = Math.max(ra, rb);
  const mid = Math.round((lo + hi) / 2);
  return (SEVERITIES[Math.max(1, mid)] ?? 'moderate') as Graded;
}

/** Words between "than" and the compared side ("than on the left", "than in the right one"). */
const COMPARED_SIDE_GLUE: ReadonlySet<string> = new Set(['on', 'in', 'the', 'at']);

/**
 * The side a comparison names after "than" ("… than on the left"), when it is the other lateral side.
 * @param at - the index just after the worse side
 */
function comparedSide(
  items: readonly Item[],
  at: number,
  worse: Extract<Item, { kind: 'side' }>['side'],
): { index: number; end: number } | undefined {
  const than = items[at];
  if (than?.kind !== 'glue' || than.lit !== 'than') return undefined;
  let k = at + 1;
  for (let steps = 0; steps < 2; steps++) {
    const x = items[k];
    if (x?.kind !== 'glue' || !COMPARED_SIDE_GLUE.has(x.lit)) break;
    k++;
  }
  const side = items[k];
  if (side?.kind !== 'side' || side.side === 'bilateral' || side.side === worse) return undefined;
  return { index: k, end: side.end };
}

/**
 * "reducing discretely the left neural foramen": a grade joined by "the" alone to a side that names its
 * own structure grades that structure; it is no lean (as "largely the Lt one" is).
 */
function namesOwnTarget(items: readonly Item[], grade: number, side: number): boolean {
  if (items.slice(grade + 1, side).some((x) => x.lit !== 'the')) return false;
  let k = side + 1;
  while (items[k]?.kind === 'adj' || items[k]?.kind === 'level') k++;
  return items[k]?.kind === 'target';
}

/**
 * Items of one sentence: tokens `from` to `to` of a line.
 * @param text - the report (the case of single letters is read from it)
 * @param tokens - the line's tokens
 */
export function buildItems(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  trie: PhraseTrie,
  normalise: Normaliser,
): Item[] {
  // Words for phrase matching, hyphens dropped (so "non-compressive" = "non compressive").
  const wordList: string[] = [];
  const wordToken: number[] = [];
  const firstWordOfToken = new Int32Array(to - from + 1).fill(-1);
  for (let t = from; t < to; t++) {
    const tok = tokens[t];
    if (!tok) continue;
    firstWordOfToken[t - from] = wordList.length;
    if (isSkipped(tokens, t)) continue;
    if (tok.kind === NUM) {
      wordList.push(tok.lower);
      wordToken.push(t);
      continue;
    }
    // A lone lower-case "l" or "r" is a typo ("l exit nerve roots"); capital L and R are sides.
    const ws = isLowerCaseSideLetter(text, tok) ? [tok.lower] : normalise(tok.lower);
    for (let k = 0; k < ws.length; k++) {
      wordList.push(ws[k] ?? '');
      wordToken.push(t);
    }
  }
  firstWordOfToken[to - from] = wordList.length;
  const firstWord = (t: number): number => firstWordOfToken[t - from] ?? -1;

  const items: Item[] = [];
  let wi = 0;
  let t = from;
  while (t < to) {
    const tok = tokens[t];
    if (!tok) break;
    // Level groups are read on raw tokens, at a token's first word only.
    const isHyphen = isSkipped(tokens, t);
    if (firstWord(t) === wi || isHyphen) {
      const level = readLevels(tokens, t, to);
      if (level) {
        const last = tokens[level.end - 1] ?? tok;
        if (level.kind === 'levels') {
          items.push({
            kind: 'level',
            ref: level.ref,
            emphasis: false,
            lit: '',
            start: tok.start,
            end: last.end,
          });
        } else {
          items.push({
            kind: 'vertebra',
            name: level.name,
            lit: '',
            start: tok.start,
            end: last.end,
          });
          if (level.transitional) {
            items.push({ kind: 'transitional', lit: '', start: tok.start, end: last.end });
          }
        }
        t = level.end;
        wi = t < to ? firstWord(t) : wordList.length;
        continue;
      }
      if (isHyphen) {
        t++;
        continue;
      }
    }
    if (wi >= wordList.length) break;
    const hit = matchLongest(trie, wordList, wi);
    const startToken = wordToken[wi] ?? t;
    const startTok = tokens[startToken] ?? tok;
    if (hit) {
      const endToken = wordToken[hit.end - 1] ?? startToken;
      const start = startTok.start;
      const end = (tokens[endToken] ?? startTok).end;
      const value = hit.value;
      if (value.kind === 'context') {
        items.push({ kind: 'context', rule: value.rule, lit: value.literal, start, end });
      } else if (value.kind === 'severity') {
        items.push({
          kind: 'severity',
          severity: value.term.severity,
          lit: value.literal,
          start,
          end,
        });
      } else items.push(itemFromTerm(value.term, value.literal, start, end));
      wi = hit.end;
    } else {
      items.push({ kind: 'other', lit: '', start: startTok.start, end: startTok.end });
      wi++;
    }
    // Move the token cursor to the token of the next word (a run-together token keeps its place).
    t = wi < wordList.length ? (wordToken[wi] ?? to) : to;
  }
  return rewrite(
    withZeroAsNil(
      withoutDegreeWords(withEarlierGradeBrackets(withoutThisLevel(items), text), text),
      text,
    ),
  );
}

/** The character code of "0". */
const ZERO = 48;
/** The rule "nil" reads with: a negation of the structure before it. */
const NIL_RULE = CONTEXT_RULES.find((r) => r.literal === 'nil');

/**
 * "CCS 0", "NF: L mild, R 0", "NF 0 b/l": in shorthand a zero straight after a structure or a side is
 * "nil" (round 27: it had left an ungraded, current stenosis). Not after a grade word ("grade 0",
 * "Lee 0"), and not before a unit ("0 mm").
 */
function withZeroAsNil(items: Item[], text: string): Item[] {
  const isZero = (x: Item): boolean =>
    x.kind === 'other' && x.end - x.start === 1 && text.charCodeAt(x.start) === ZERO;
  if (!NIL_RULE || !items.some(isZero)) return items;
  return items.map((x, k) => {
    if (!isZero(x)) return x;
    const before = items[k - 1];
    const after = items[k + 1];
    const placed = before?.kind === 'target' || before?.kind === 'pred' || before?.kind === 'side';
    const unit = after !== undefined && /^(?:mm|cm|%|\.)/i.test(text.slice(after.start, after.end));
    return placed && !unit
      ? { kind: 'context', rule: NIL_RULE, lit: 'nil', start: x.start, end: x.end }
      : x;
  });
}

/**
 * "which was of severe degree in 2019 and of moderate degree in 2022, today appears of mild degree":
 * "of" and "degree" around a grade after a verb are the grade's wording (Italian and Spanish "di grado
 * severo", "de grado moderado"); without them the grade stands beside its verb and its date as "was
 * severe in 2019" does (round 26). "stenosis of moderate degree" after a noun keeps its "of".
 */
/** Characters after a grade searched for its "degree". */
const DEGREE_REACH = 8;

function withoutDegreeWords(items: Item[], text: string): Item[] {
  if (!items.some((x) => x.kind === 'glue' && x.lit === 'of')) return items;
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    const x = items[k] as Item;
    const grade = items[k + 1];
    const verb = out[out.length - 1];
    if (
      x.kind === 'glue' &&
      x.lit === 'of' &&
      grade?.kind === 'severity' &&
      /^\s*degree\b/i.test(text.slice(grade.end, grade.end + DEGREE_REACH)) &&
      (verb?.kind === 'filler' ||
        verb?.kind === 'time' ||
        (verb?.kind === 'conj' && verb.lit === 'and'))
    ) {
      continue;
    }
    out.push(x);
  }
  return out;
}

/** Words that open a bracket holding the earlier study's grade: "(prior Lee 2)", "(before: grade 1)". */
const EARLIER_BRACKET_OPENERS: ReadonlySet<string> = new Set([
  'prior',
  'previous',
  'before',
  'baseline',
  'was',
  'then',
  'prev',
]);

/**
 * "Lee 3 (prior Lee 1)", "grade 2 (prior: grade 1)", "moderate (was mild)": the word opening such a
 * bracket is the earlier study's time word, as "previously" is, so the grade in it is read as that
 * study's (round 26: the bracket's grade had been read as a second, current finding).
 */
function withEarlierGradeBrackets(items: Item[], text: string): Item[] {
  for (let k = 0; k + 2 < items.length; k++) {
    const open = items[k];
    const word = items[k + 1];
    if (open?.kind !== 'glue' || open.lit !== '(') continue;
    if (word?.kind !== 'other' && word?.kind !== 'filler') continue;
    if (!EARLIER_BRACKET_OPENERS.has(text.slice(word.start, word.end).toLowerCase())) continue;
    const colon = items[k + 2];
    // "(prior: grade 1)", "(prev. grade 1)": a colon, or the stop of the abbreviation.
    const mark =
      (colon?.kind === 'glue' && (colon.lit === ':' || colon.lit === '=')) ||
      (colon !== undefined && text.slice(colon.start, colon.end) === '.');
    const g = mark ? k + 3 : k + 2;
    const grade = items[g];
    // "(was mild)", "(prior moderate)": a word grade as well as a named one (round 27).
    const isGrade =
      grade?.kind === 'grading' ||
      grade?.kind === 'severity' ||
      (grade?.kind === 'adj' && grade.lit === 'grade');
    if (!isGrade) continue;
    items[k + 1] = {
      kind: 'time',
      time: 'prior',
      lit: 'previously',
      start: word.start,
      end: word.end,
    };
  }
  return items;
}

/**
 * Drops "at this level" / "at that level": it names the level the sentence is already at, and its
 * three words pushed a later "is now of normal calibre" out of reach of the earlier grade it answers.
 */
function withoutThisLevel(items: Item[]): Item[] {
  const glue = (k: number, ...lits: string[]): boolean =>
    items[k]?.kind === 'glue' && lits.includes(items[k]?.lit ?? '');
  if (!items.some((x) => x.kind === 'glue' && x.lit === 'level')) return items;
  const out: Item[] = [];
  for (let k = 0; k < items.length; k++) {
    if (glue(k, 'at') && glue(k + 1, 'this', 'that') && glue(k + 2, 'level')) k += 2;
    else out.push(items[k] as Item);
  }
  return out;
}

/** Side abbreviations written with a stop: "Lt." reads as "Lt". */
const DOTTED_SIDES: ReadonlySet<string> = new Set(['lt', 'rt', 'bilat', 'bil']);

/** Hyphens, and the stop after "Lt."/"Rt.", are not words. */
const isSkipped = (tokens: readonly Token[], t: number): boolean => {
  const tok = tokens[t];
  if (tok?.kind !== PUNCT) return false;
  if (HYPHENS.has(tok.lower)) return true;
  return tok.lower === '.' && DOTTED_SIDES.has(tokens[t - 1]?.lower ?? '');
};

const isLowerCaseSideLetter = (text: string, tok: Token): boolean =>
  tok.end - tok.start === 1 && (text[tok.start] === 'l' || text[tok.start] === 'r');

const isDegreeWord = (item: Item): boolean => item.kind === 'glue' && item.lit === 'degree';

/** Whether the items so far end with a change of grade and "from" ("has progressed from"). */
function endsWithGradeChange(out: readonly Item[]): boolean {
  const from = out[out.length - 1];
  if (from?.kind !== 'glue' || from.lit !== 'from') return false;
  // "has progressed from", or the change named before its finding ("improvement of the left
  // foraminal stenosis from severe to mild").
  for (let k = out.length - 2, steps = 0; k >= 0 && steps < GRADE_CHANGE_WINDOW; k--, steps++) {
    const x = out[k];
    if (x?.kind === 'time' && CHANGE_OF_GRADE.has(x.lit)) return true;
    if (x?.kind === 'severity' || x?.kind === 'level' || x?.kind === 'context') return false;
  }
  return false;
}

/** Items between a change of grade and the "from" of its grades. */
const GRADE_CHANGE_WINDOW = 8;

/** Normality predicates about a size ("normal in calibre"), which make the thecal sac the canal. */
const CALIBRE = /calib|size|dimension|diameter/;

/** Items between "central or" and the foramen whose noun it shares ("central and left foraminal"). */
const SHARED_NOUN_WINDOW = 3;

/** "central and/or [side] foraminal stenosis": the central adjective shares the foramen's noun. */
function sharesForaminalNoun(items: readonly Item[], i: number): boolean {
  const conj = items[i + 1];
  if (conj?.kind !== 'conj' || !(conj.lit === 'or' || conj.lit === 'and' || conj.lit === 'nor')) {
    return false;
  }
  for (let j = i + 2, steps = 0; j < items.length && steps < SHARED_NOUN_WINDOW; j++, steps++) {
    const x = items[j];
    if (x?.kind === 'target') {
      const pred = items[j + 1];
      return x.target === 'foramen' && pred?.kind === 'pred' && pred.pred === 'narrow';
    }
    if (!(x?.kind === 'side' || x?.kind === 'severity' || x?.kind === 'adj')) return false;
  }
  return false;
}

/** Words naming a part of a disc lesion ("the foraminal component of the extrusion"). */
const LESION_PART_WORDS: ReadonlySet<string> = new Set(['component', 'portion', 'part']);

/**
 * A change of grade: "improved", "has progressed", "regressed". Not "reduced", which also states a
 * narrowing ("the canal is mildly reduced in calibre").
 */
const isChange = (x: Item | undefined): boolean => x?.kind === 'time' && CHANGE_OF_GRADE.has(x.lit);

/** A grading adverb ("significantly", "slightly") right before or after a change. */
const isChangeDegree = (item: Item, before: Item | undefined, after: Item | undefined): boolean =>
  item.kind === 'severity' && item.lit.endsWith('ly') && (isChange(before) || isChange(after));

/** Local rewrites that need a neighbour's context. Linear: each looks a few items ahead. */
function rewrite(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (!item) continue;
    const next = items[i + 1];

    // "The right foramen, which was previously severely narrowed, is now patent": the relative word
    // before an earlier study's aside goes, so the aside reads as ", previously severely narrowed,"
    // does (round 26: "which" had ended the clause, and the narrowing stood as this study's).
    if (
      item.kind === 'context' &&
      item.lit === 'which' &&
      out[out.length - 1]?.kind === 'conj' &&
      out[out.length - 1]?.lit === ',' &&
      next?.kind === 'time' &&
      next.time === 'prior'
    ) {
      continue;
    }
    // "…, and the right foramen mildly so": "so" after a grade stands for the narrowing said before,
    // so the grade is that foramen's own (round 26: the grade before it had been shared).
    if (
      item.kind === 'filler' &&
      item.lit === 'so' &&
      out[out.length - 1]?.kind === 'severity' &&
      out[out.length - 2]?.kind === 'target' &&
      out.some((x) => x.kind === 'pred' && x.pred === 'narrow')
    ) {
      out.push({ kind: 'pred', pred: 'narrow', lit: 'so', start: item.start, end: item.end });
      continue;
    }
    // "Neither stenosis of the spinal canal nor narrowing of the intervertebral foramina is detected":
    // "nor" before a finding negates it as "neither" does the first (round 26: the second finding had
    // been read as present).
    if (item.kind === 'conj' && item.lit === 'nor') {
      const neither = out.find((x) => x.kind === 'context' && x.rule.literal === 'neither');
      const following = next?.kind === 'glue' ? items[i + 2] : next;
      if (
        neither &&
        (following?.kind === 'pred' ||
          following?.kind === 'target' ||
          following?.kind === 'lesion' ||
          following?.kind === 'severity' ||
          following?.kind === 'side' ||
          following?.kind === 'adj')
      ) {
        out.push({ ...neither, lit: item.lit, start: item.start, end: item.end });
        continue;
      }
    }
    // "Spinal canal wide. Foramina wide.": "wide" closing a canal's or foramen's statement says it is
    // not narrowed ("wide-based bulge" keeps it as the lesion's word) (round 26).
    if (
      item.kind === 'adj' &&
      item.lit === 'wide' &&
      out[out.length - 1]?.kind === 'target' &&
      (next === undefined || next.kind === 'conj')
    ) {
      out.push({ kind: 'pred', pred: 'normal', lit: item.lit, start: item.start, end: item.end });
      continue;
    }
    // "has improved significantly", "slightly improved", "has worsened slightly": an adverb of degree
    // beside a change is how much it changed, not a grade (it had made a grade nobody wrote).
    if (isChangeDegree(item, out[out.length - 1], next)) continue;

    // Severity ranges: "mild to moderate", "mild/moderate", "mild-moderate", "moderately severe".
    if (item.kind === 'severity' && next?.kind === 'severity') {
      // "from moderate-severe to mild": a hyphenated range is one grade before anything reads "to"
      // after it (it had been read as a change from moderate to severe).
      items[i + 1] = {
        kind: 'severity',
        severity: combineSeverities(item.severity, next.severity),
        lit: item.lit,
        start: item.start,
        end: next.end,
      };
      continue;
    }
    if (item.kind === 'severity') {
      let j = i + 1;
      const join = items[j];
      if (join && (join.kind === 'glue' || join.kind === 'conj') && RANGE_JOINERS.has(join.lit)) {
        j++;
      }
      let other = items[j];
      // "from mild to moderate-severe": the later grade is a hyphenated range too.
      const after = items[j + 1];
      if (other?.kind === 'severity' && after?.kind === 'severity' && j > i + 1) {
        other = {
          kind: 'severity',
          severity: combineSeverities(other.severity, after.severity),
          lit: other.lit,
          start: other.start,
          end: after.end,
        };
        j++;
      }
      // "has progressed from mild to moderate": the earlier grade, then this study's, not a range.
      if (other && other.kind === 'severity' && join && endsWithGradeChange(out)) {
        const from = out.pop() as Item;
        out.push({ kind: 'time', time: 'prior', lit: from.lit, start: from.start, end: from.end });
        out.push(item, {
          kind: 'time',
          time: 'now',
          lit: join.lit,
          start: join.start,
          end: join.end,
        });
        out.push(other);
        i = j;
        continue;
      }
      // "moderate, increased from mild": a change from one grade alone names the earlier study's grade.
      if (!(other && other.kind === 'severity') && endsWithGradeChange(out)) {
        const from = out.pop() as Item;
        out.push({ kind: 'time', time: 'prior', lit: from.lit, start: from.start, end: from.end });
        out.push(item);
        continue;
      }
      if (other && other.kind === 'severity') {
        out.push({
          kind: 'severity',
          severity: combineSeverities(item.severity, other.severity),
          lit: item.lit,
          start: item.start,
          end: other.end,
        });
        i = j;
        continue;
      }
    }

    // "mod L > mild R", "moderate left greater than mild right": a grade for each side, not a lean; the
    // comparison word goes and the two graded sides stay.
    if (
      item.kind === 'asym-lead' &&
      items[i - 1]?.kind === 'side' &&
      items[i - 2]?.kind === 'severity' &&
      next?.kind === 'glue' &&
      next.lit === 'than' &&
      items[i + 2]?.kind === 'severity' &&
      items[i + 3]?.kind === 'side'
    ) {
      i += 1;
      continue;
    }

    // Asymmetry: "more to the left side", "greater on the right", "(largely the Lt one)", "slightly to Rt".
    // A grade leads one only as an adverb: "mild to the left" after "moderate to the right" is the left
    // side's grade.
    if (
      item.kind === 'asym-lead' ||
      (item.kind === 'severity' &&
        (item.severity === 'mild' || item.severity === 'moderate-severe') &&
        item.lit.endsWith('ly'))
    ) {
      let j = i + 1;
      let steps = 0;
      while (steps < 4) {
        const x = items[j];
        if (
          !x ||
          !(
            x.kind === 'glue' ||
            x.kind === 'asym-lead' ||
            (x.kind === 'severity' && item.kind === 'asym-lead')
          )
        ) {
          break;
        }
        j++;
        steps++;
      }
      const s = items[j];
      // A grading word only leads an asymmetry through a joining word ("slightly to Rt", "largely the
      // Lt one"), never directly ("mild left neural foraminal narrowing" is a grade and a side) nor
      // through "on" ("slightly on the right" grades the right side) nor a bracket ("mild (left)").
      const throughTo = !items
        .slice(i + 1, j)
        .some(
          (x) =>
            x.kind === 'glue' &&
            (x.lit === 'on' || x.lit === 'in' || x.lit === 'at' || x.lit === '(' || x.lit === ':'),
        );
      if (
        s &&
        s.kind === 'side' &&
        s.side !== 'bilateral' &&
        (item.kind === 'asym-lead' || (steps > 0 && throughTo && !namesOwnTarget(items, i, j)))
      ) {
        let comparative = false;
        for (let k = i; k < j; k++) {
          const lead = items[k];
          if (lead && lead.kind === 'asym-lead' && COMPARATIVES.has(lead.lit)) comparative = true;
        }
        // "worse on the right than on the left": the other side is the comparison's, not a side of its own.
        const other = comparedSide(items, j + 1, s.side);
        out.push({
          kind: 'asym',
          side: s.side,
          bilateral: false,
          comparative: comparative || other !== undefined,
          lit: '',
          start: item.start,
          end: other?.end ?? s.end,
        });
        i = other?.index ?? j;
        continue;
      }
    }

    // "left greater than right" / "right more than left" / "right slightly more than left":
    // bilateral, worse on the first side.
    const graded = next?.kind === 'severity' && items[i + 2]?.kind === 'asym-lead' ? 1 : 0;
    const lead = items[i + 1 + graded];
    if (item.kind === 'side' && item.side !== 'bilateral' && lead && lead.kind === 'asym-lead') {
      // "on the right higher grade than on the left"
      const other = comparedSide(items, i + 2 + graded, item.side);
      if (other) {
        out.push({
          kind: 'asym',
          side: item.side,
          bilateral: true,
          comparative: true,
          lit: '',
          start: item.start,
          end: other.end,
        });
        i = other.index;
        continue;
      }
    }

    // "central stenosis", "spinal stenosis": the canal; also coordinated with the foramina that share
    // the noun ("no central or foraminal stenosis", "mild central and left foraminal narrowing").
    if (
      ((next && next.kind === 'pred' && next.pred === 'narrow') ||
        (item.kind === 'adj' && item.central && sharesForaminalNoun(items, i))) &&
      ((item.kind === 'adj' && item.central) || (item.kind === 'word' && item.lit === 'spinal'))
    ) {
      out.push({
        kind: 'target',
        target: 'canal',
        plural: false,
        lit: item.lit,
        start: item.start,
        end: item.end,
      });
      continue;
    }

    // "to a mild degree": a severity after its predicate; keep the severity, drop "degree".
    if (isDegreeWord(item)) continue;

    out.push(item);
  }

  // A level group right after "noticeably", "mainly", "largest at" is an emphasis, not the full extent.
  for (let i = 0; i < out.length; i++) {
    const item = out[i];
    if (!item || item.kind !== 'level') continue;
    for (let k = i - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
      const x = out[k];
      if (!x) break;
      if (x.kind === 'emphasis' || x.kind === 'asym-lead') {
        item.emphasis = true;
        break;
      }
      if (!(x.kind === 'glue' || x.kind === 'filler' || x.kind === 'conj')) break;
    }
  }

  // "foraminal" directly before a disc word is a zone of that disc lesion, not the foramen itself.
  for (let i = 0; i < out.length; i++) {
    const item = out[i];
    if (!item || item.kind !== 'target' || item.target !== 'foramen') continue;
    let j = i + 1;
    // "the foraminal component of the extrusion": after a part word, "of the" still leads to the lesion.
    let partOf = false;
    while (j < out.length && j - i <= 5) {
      const x = out[j];
      if ((x?.kind === 'adj' || x?.kind === 'glue') && LESION_PART_WORDS.has(x.lit)) partOf = true;
      if (
        !x ||
        !(
          x.kind === 'adj' ||
          x.kind === 'conj' ||
          x.kind === 'severity' ||
          x.kind === 'side' ||
          (partOf && x.kind === 'glue')
        )
      ) {
        break;
      }
      j++;
    }
    const after = out[j];
    if (after && after.kind === 'lesion' && isDiscLesion(after.finding)) {
      out[i] = {
        kind: 'adj',
        zone: 'foraminal',
        central: false,
        exit: false,
        multilevel: false,
        lit: item.lit,
        start: item.start,
        end: item.end,
      };
    }
  }

  // "loss of disc height and signal": the signal coordinated with the disc height is the disc's.
  for (let i = 2; i < out.length; i++) {
    const item = out[i];
    if (!item || item.kind !== 'target' || item.target !== 'structure' || item.lit !== 'signal') {
      continue;
    }
    const before = out[i - 1];
    const sibling = out[i - 2];
    if (before?.kind === 'conj' && sibling?.kind === 'target' && sibling.target === 'disc-space') {
      item.target = 'disc-signal';
    }
  }

  // "the thecal sac is normal in calibre": the sac's calibre is the canal's.
  for (let i = 0; i < out.length; i++) {
    const item = out[i];
    if (!item || item.kind !== 'target' || item.target !== 'thecal') continue;
    let j = i + 1;
    while (j < out.length && j - i <= 2 && (out[j]?.kind === 'filler' || out[j]?.kind === 'glue')) {
      j++;
    }
    const pred = out[j];
    if (pred?.kind === 'pred' && pred.pred === 'normal' && CALIBRE.test(pred.lit)) {
      item.target = 'canal';
    }
  }

  // "the right exiting S1 nerve root": a root named as exiting is the exiting root.
  for (let i = 0; i < out.length; i++) {
    const item = out[i];
    if (!item || item.kind !== 'target' || item.target !== 'root') continue;
    for (let k = i - 1, steps = 0; k >= 0 && steps < 3; k--, steps++) {
      const x = out[k];
      if (!x || !(x.kind === 'adj' || x.kind === 'vertebra' || x.kind === 'side')) break;
      if (x.kind === 'adj' && x.exit) {
        item.target = 'exit-root';
        break;
      }
    }
  }

  // Adjacent disc words describe one lesion: "extruded herniated disc", "herniated disk protrusion",
  // "herniation extruded superiorly". Keep the most specific (extrusion > protrusion > herniation).
  const merged: Item[] = [];
  for (const item of out) {
    const prev = merged[merged.length - 1];
    if (
      item.kind === 'lesion' &&
      prev &&
      prev.kind === 'lesion' &&
      isHerniationFamily(item.finding) &&
      isHerniationFamily(prev.finding)
    ) {
      const finding =
        rankHerniation(item.finding) > rankHerniation(prev.finding) ? item.finding : prev.finding;
      merged[merged.length - 1] = {
        kind: 'lesion',
        finding,
        lit: prev.lit,
        start: prev.start,
        end: item.end,
      };
      continue;
    }
    merged.push(item);
  }
  return merged;
}

const isHerniationFamily = (f: string): boolean =>
  f === 'disc-herniation' || f === 'disc-extrusion' || f === 'disc-protrusion';
const rankHerniation = (f: string): number =>
  f === 'disc-extrusion' ? 3 : f === 'disc-protrusion' ? 2 : 1;

/** Findings that are a disc contour or disc-level lesion (so "foraminal" before them is a zone). */
export const isDiscLesion = (f: string): boolean =>
  f === 'disc-bulge' ||
  f === 'disc-protrusion' ||
  f === 'disc-extrusion' ||
  f === 'disc-herniation' ||
  f === 'annular-fissure' ||
  f === 'osteophyte';
