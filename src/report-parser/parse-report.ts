/**
 * `parseReport`: a free-text lumbar MRI/CT report in, per-level and per-side findings out
 * (CONTRACTS.md, `foramen parse-report`). Pure and total: any string, however large or garbled, returns
 * a result in time linear in its length.
 */
import type { FindingSide, FindingType, Level, Root } from '../vocab/index.js';
import { LEVELS } from '../vocab/index.js';
import { levelAnatomy } from '../anatomy/index.js';
import { InputError, parseInput } from '../errors.js';
import type { DocumentReading, SectionedFinding } from './_document.js';
import { readDocument } from './_document.js';
import { createNormaliser } from './_normalise.js';
import { buildPhraseTrie } from './_trie.js';
import type { PhraseTrie } from './_trie.js';
import type { Normaliser } from './_normalise.js';
import { ParseReportOptionsSchema, VERTEBRAE } from './schema.js';
import type {
  Coverage,
  ParseReportOptions,
  ParseReportResult,
  ReportFinding,
  ReportNote,
  Vertebra,
  VertebralFinding,
} from './schema.js';
import { withFields } from '../objects.js';

let shared: { trie: PhraseTrie; normalise: Normaliser } | undefined;
const engine = (): { trie: PhraseTrie; normalise: Normaliser } => {
  if (!shared) {
    const trie = buildPhraseTrie();
    shared = { trie, normalise: createNormaliser(trie.words) };
  }
  return shared;
};

/** Levels "at all levels" means: the five lumbar discs, plus T12-L1 when the report names it. */
const allLevels = (coversT12: boolean): readonly Level[] => (coversT12 ? LEVELS : LEVELS.slice(1));

const informationOf = (f: ReportFinding, explicit: boolean): number =>
  (f.severity !== null ? 4 : 0) +
  (f.root !== undefined ? 2 : 0) +
  (explicit ? 1 : 0) +
  (f.asymmetry !== undefined ? 1 : 0) +
  (f.uncertain ? 0 : 1);

/** Disc contours are one family for "no herniation at other levels": a bulge describes the level. */
const familyOf = (finding: FindingType): string =>
  finding === 'disc-bulge' ||
  finding === 'disc-protrusion' ||
  finding === 'disc-extrusion' ||
  finding === 'disc-herniation'
    ? 'disc-contour'
    : finding;

interface Candidate {
  readonly finding: ReportFinding;
  readonly section: SectionedFinding['section'];
  readonly explicit: boolean;
  /** Placed by a level it names, not by "at all levels" or "otherwise". */
  readonly named: boolean;
}

/**
 * Parses one report.
 * @param text - the report text (any string; a non-string is refused with an InputError)
 * @param options - see {@link ParseReportOptions}
 * @returns findings per level and side, vertebral-body findings, and notes about the report
 * {@link https://doi.org/10.1016/j.jbi.2009.05.002 | ConText (Harkema et al. 2009)}
 */
export function parseReport(text: string, options: ParseReportOptions = {}): ParseReportResult {
  if (typeof text !== 'string') throw new InputError('invalid-input', 'text', 'must be a string');
  const opts = parseInput(ParseReportOptionsSchema, options, 'options');
  const { trie, normalise } = engine();
  const reading = readDocument(text, {
    includeHistory: opts.includeHistory === true,
    trie,
    normalise,
  });

  const candidates: Candidate[] = [];
  const vertebrae: VertebralFinding[] = [];
  // "Otherwise no stenosis", "no stenosis at any level": not at the levels stated positive elsewhere.
  const statedLevels = new Map<string, Set<Level>>();
  for (const raw of reading.findings) {
    if (raw.levelRef?.kind !== 'levels' || raw.temporal !== 'current') continue;
    const set = statedLevels.get(familyOf(raw.finding)) ?? new Set<Level>();
    for (const l of raw.levelRef.levels) set.add(l);
    statedLevels.set(familyOf(raw.finding), set);
  }
  const unstated = (raw: SectionedFinding, coversT12 = reading.coversT12): readonly Level[] =>
    allLevels(coversT12).filter((l) => !statedLevels.get(familyOf(raw.finding))?.has(l));
  // "No high-grade canal or foraminal stenosis at any level" closing a report is a summary of the
  // levels described before it: the bound adds nothing there (a later statement, such as an
  // impression's "no neural compromise" carried to the last level named, does not take a level from it).
  const undescribedBefore = (raw: SectionedFinding): readonly Level[] => {
    const before = new Set<Level>();
    for (const f of reading.findings) {
      if (f.start >= raw.start || f.temporal !== 'current') continue;
      if (familyOf(f.finding) !== familyOf(raw.finding)) continue;
      // "Other levels: no abnormality." before it clears those levels in words: no bound there either.
      const clearance =
        f.negated &&
        (f.levelRef?.kind === 'all' ||
          f.levelRef?.kind === 'remaining' ||
          f.levelRef?.kind === 'upper');
      if (f.levelRef?.kind !== 'levels' && !clearance) continue;
      for (const l of levelsOf(f) ?? []) before.add(l);
    }
    return allLevels(reading.coversT12).filter((l) => !before.has(l));
  };
  // The highest level the report describes, for "the upper lumbar levels".
  const described = [...statedLevels.values()].flatMap((set) => [...set]);
  const highest = Math.min(...described.map((l) => LEVELS.indexOf(l)), LEVELS.length);
  const above = (raw: SectionedFinding): readonly Level[] =>
    unstated(raw).filter((l) => LEVELS.indexOf(l) < highest);
  /** The levels a finding stands for, or undefined when it is placed at none. */
  // "No canal stenosis. No foraminal narrowing." in a report that names no disc level at all (a normal
  // study): the statement is about the whole lumbar spine.
  // ("No canal stenosis at both levels" points at levels it does not name: not the whole spine.)
  // The sentence, not the report, decides: "Discs hydrated at all levels. … No spinal canal or
  // foraminal stenosis." (round 23).
  const namesNoLevel = reading.levelsMentioned.length === 0;
  const levelsOf = (raw: SectionedFinding): readonly Level[] | undefined => {
    const ref = raw.levelRef;
    if (!ref) {
      const wholeSpine =
        namesNoLevel &&
        !/\blevels?\b/i.test(sentenceAround(text, raw.start, raw.end)) &&
        raw.negated &&
        raw.temporal === 'current' &&
        (raw.finding === 'central-canal-stenosis' || raw.finding === 'foraminal-stenosis');
      return wholeSpine ? allLevels(false) : undefined;
    }
    switch (ref.kind) {
      case 'levels':
        // "Above L3-4 the foramina are patent": up to T12-L1 when the report names it.
        return ref.openAbove === true && reading.coversT12 && !ref.levels.includes('T12-L1')
          ? ['T12-L1', ...ref.levels]
          : ref.levels;
      case 'all': {
        // "The foramina are patent apart from at L4/5 on the right": each foramen is cleared but the
        // ones stated (yieldToStated keeps the other side of a level stated on one side).
        // A range that names T12-L1 ("from T12-L1 to L5-S1") reaches it.
        const coversT12 = reading.coversT12 || ref.within?.includes('T12-L1') === true;
        const levels =
          raw.negated && !(ref.sideExceptions === true && raw.finding === 'foraminal-stenosis')
            ? unstated(raw, coversT12)
            : raw.maxSeverity !== undefined
              ? undescribedBefore(raw)
              : allLevels(coversT12);
        // "L2-3 through L5-S1: no foraminal stenosis, apart from …": not past the range stated.
        return ref.within ? levels.filter((l) => ref.within?.includes(l)) : levels;
      }
      // A clearance, or a bound ("other levels without high-grade stenosis"), of the levels not stated.
      case 'remaining':
        return raw.negated || raw.maxSeverity !== undefined ? unstated(raw) : undefined;
      case 'upper':
        return raw.negated || raw.maxSeverity !== undefined ? above(raw) : undefined;
      // Resolved in the walk; one left here had no level to be next to.
      case 'adjacent':
      case 'other':
      case 'nonlumbar':
        return undefined;
    }
  };
  for (const raw of reading.findings) {
    const spanText = text.slice(raw.start, raw.end);
    if (raw.vertebra !== undefined) {
      const name = raw.vertebra.startsWith('D') ? `T${raw.vertebra.slice(1)}` : raw.vertebra;
      if ((VERTEBRAE as readonly string[]).includes(name)) {
        vertebrae.push({
          vertebra: name as Vertebra,
          finding: raw.finding,
          negated: raw.negated,
          uncertain: raw.uncertain,
          span: [raw.start, raw.end],
          text: spanText,
        });
      }
      continue;
    }
    const levels = levelsOf(raw);
    if (!levels) continue;
    for (const level of levels) {
      const finding: ReportFinding = {
        level,
        finding: raw.finding,
        ...(raw.side !== undefined ? { side: raw.side } : {}),
        severity: raw.negated ? 'none' : raw.severity,
        negated: raw.negated,
        uncertain: raw.uncertain,
        ...(raw.root !== undefined && rootFits(raw.root, level, raw.zone)
          ? { root: raw.root }
          : {}),
        ...(raw.zone !== undefined ? { zone: raw.zone } : {}),
        ...(raw.asymmetry !== undefined && raw.side === 'bilateral'
          ? { asymmetry: raw.asymmetry }
          : {}),
        temporal: raw.temporal,
        ...(raw.maxSeverity !== undefined ? { maxSeverity: raw.maxSeverity } : {}),
        ...(raw.grade !== undefined ? { grade: raw.grade } : {}),
        span: [raw.start, raw.end],
        text: spanText,
      };
      candidates.push({
        finding,
        section: raw.section,
        explicit: raw.sideExplicit,
        named: raw.levelRef?.kind === 'levels',
      });
    }
  }

  const findings =
    opts.dedupe === false
      ? candidates.map((c) => c.finding)
      : withoutBoundsUnderGrades(
          dedupe(yieldToNegatedSide(yieldToStated(yieldToAddendum(candidates)))),
        );
  findings.sort(
    (a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.span[0] - b.span[0],
  );
  vertebrae.sort((a, b) => a.span[0] - b.span[0]);
  const notes: ReportNote[] = reading.transitional.map((t) => ({
    code: 'transitional-vertebra',
    span: [t.start, t.end],
    text: text.slice(t.start, t.end),
  }));
  return {
    findings,
    vertebrae: dedupeVertebral(vertebrae),
    notes,
    coverage: coverageOf(text, reading, findings),
  };
}

/** Levels named, levels with findings and the sentences that yielded nothing (CONTRACTS.md round 2). */
function coverageOf(
  text: string,
  reading: DocumentReading,
  findings: readonly ReportFinding[],
): Coverage {
  const order = (set: ReadonlySet<Level>): Level[] => LEVELS.filter((l) => set.has(l));
  return {
    levelsMentioned: order(new Set(reading.levelsMentioned)),
    levelsWithFindings: order(new Set(findings.map((f) => f.level))),
    unreadSentences: reading.unread.map((u) => ({
      span: [u.start, u.end],
      text: text.slice(u.start, u.end),
    })),
  };
}

/**
 * Whether a root named with a finding can be at that level (anatomy module): the exiting root of the
 * level for a foraminal finding, the exiting or traversing root otherwise. An "L3 root" is never
 * attached to L4-L5 or L2-L3's foramen.
 */
function rootFits(root: Root, level: Level, zone: ReportFinding['zone']): boolean {
  const anatomy = levelAnatomy(level);
  if (zone === 'foraminal' || zone === 'extraforaminal') return anatomy.exitingRoot === root;
  return anatomy.exitingRoot === root || anatomy.traversingRoot === root;
}

const isImpliedForaminalNegation = (c: Candidate): boolean =>
  c.finding.finding === 'foraminal-stenosis' &&
  c.finding.negated &&
  c.finding.side === 'bilateral' &&
  !c.explicit &&
  c.finding.temporal === 'current';

/**
 * A negation of both foramina that names no side ("L4-5: No significant stenosis.", "the foramina are
 * patent", a level called normal) yields to a current foraminal finding stated at the same named level
 * ("… Mild left foraminal narrowing."): it keeps only the side the finding leaves, or goes. A finding
 * placed "at all levels" does not make it yield.
 */
function yieldToStated(candidates: readonly Candidate[]): Candidate[] {
  const stated = new Map<Level, Set<'left' | 'right'>>();
  for (const c of candidates) {
    const f = c.finding;
    if (f.finding !== 'foraminal-stenosis' || f.negated || f.temporal !== 'current') continue;
    if (!c.named) continue;
    const sides = stated.get(f.level) ?? new Set<'left' | 'right'>();
    if (f.side === 'left' || f.side === 'bilateral') sides.add('left');
    if (f.side === 'right' || f.side === 'bilateral') sides.add('right');
    stated.set(f.level, sides);
  }
  const out: Candidate[] = [];
  for (const c of candidates) {
    const sides = isImpliedForaminalNegation(c) ? stated.get(c.finding.level) : undefined;
    if (!sides || sides.size === 0) out.push(c);
    else if (sides.size === 1) {
      const side = sides.has('left') ? 'right' : 'left';
      out.push({ ...c, finding: withFields(c.finding, { side }) });
    }
  }
  return out;
}

/** The sides a finding's side stands for. */
const sidesOf = (side: FindingSide | undefined): readonly string[] =>
  side === 'bilateral' ? ['left', 'right'] : [side ?? '-'];

/**
 * An addendum is the radiologist's later reading: where it states a finding at a named level
 * ("ADDENDUM: … the severe foraminal stenosis at L4-5 is on the LEFT. The right L4-5 foramen is only
 * mildly narrowed."), what the body said of the same finding, level and side is replaced: dropped, or
 * for a bilateral statement kept for the side the addendum leaves.
 */
function yieldToAddendum(candidates: readonly Candidate[]): Candidate[] {
  const said = new Map<string, Set<string>>();
  for (const c of candidates) {
    const f = c.finding;
    // "FINAL REPORT: … The right foraminal stenosis described in the preliminary report is not
    // confirmed": a withdrawal replaces the body's statement as a new grade does (set 37).
    if (c.section !== 'addendum' || !c.named) continue;
    if (f.temporal !== 'current' && !(f.temporal === 'resolved' && f.negated)) continue;
    const key = `${f.level}|${f.finding}`;
    const sides = said.get(key) ?? new Set<string>();
    for (const side of sidesOf(f.side)) sides.add(side);
    said.set(key, sides);
  }
  if (said.size === 0) return [...candidates];
  const out: Candidate[] = [];
  for (const c of candidates) {
    const f = c.finding;
    const sides = c.section === 'addendum' ? undefined : said.get(`${f.level}|${f.finding}`);
    if (!sides || f.temporal !== 'current') {
      out.push(c);
      continue;
    }
    const left = sidesOf(f.side).filter((side) => !sides.has(side));
    if (left.length === sidesOf(f.side).length) out.push(c);
    else if (left.length === 1 && (left[0] === 'left' || left[0] === 'right')) {
      out.push({ ...c, finding: withFields(f, { side: left[0] }) });
    }
  }
  return out;
}

/**
 * A foraminal finding that names no side is bilateral by default (CONTRACTS.md); when the report says
 * in so many words that one foramen at that level is normal ("Left foramen: no stenosis" … "Right
 * foraminal protrusion with moderate foraminal stenosis"), the sideless finding is the other foramen.
 */
function yieldToNegatedSide(candidates: readonly Candidate[]): Candidate[] {
  const negated = new Map<Level, Set<'left' | 'right'>>();
  for (const c of candidates) {
    const f = c.finding;
    if (f.finding !== 'foraminal-stenosis' || !f.negated || f.temporal !== 'current') continue;
    if (!c.explicit || !(f.side === 'left' || f.side === 'right')) continue;
    const sides = negated.get(f.level) ?? new Set<'left' | 'right'>();
    sides.add(f.side);
    negated.set(f.level, sides);
  }
  if (negated.size === 0) return [...candidates];
  return candidates.map((c) => {
    const f = c.finding;
    const sides = negated.get(f.level);
    if (
      !sides ||
      sides.size !== 1 ||
      c.explicit ||
      f.finding !== 'foraminal-stenosis' ||
      f.negated ||
      f.side !== 'bilateral' ||
      f.temporal !== 'current'
    ) {
      return c;
    }
    const side = sides.has('left') ? 'right' : 'left';
    const { asymmetry: _asymmetry, ...rest } = f;
    return { ...c, finding: withFields(rest, { side }) };
  });
}

/**
 * "Mild bilateral foraminal narrowing at L4-L5 and L5-S1. No high-grade stenosis.": a bound at a level
 * where the report states the grade of every side it covers says nothing more; the stated grade stays
 * (round 23).
 */
function withoutBoundsUnderGrades(list: ReportFinding[]): ReportFinding[] {
  if (!list.some((f) => f.maxSeverity !== undefined)) return list;
  const graded = list.filter(
    (f) =>
      f.temporal === 'current' && !f.negated && f.severity !== null && f.maxSeverity === undefined,
  );
  return list.filter((f) => {
    if (f.maxSeverity === undefined || f.severity !== null || f.temporal !== 'current') return true;
    const here = graded.filter((g) => g.level === f.level && g.finding === f.finding);
    const covers = (side: 'left' | 'right'): boolean =>
      here.some((g) => g.side === side || g.side === 'bilateral');
    if (f.side === 'left' || f.side === 'right') return !covers(f.side);
    if (f.side === 'bilateral') return !(covers('left') && covers('right'));
    return here.length === 0;
  });
}

const baseKey = (f: ReportFinding): string =>
  `${f.level}|${f.finding}|${f.negated ? 1 : 0}|${f.temporal}|${f.maxSeverity ?? ''}`;
const sideKey = (side: FindingSide | undefined): string => side ?? '-';

/**
 * Merges repeated statements of one finding (FINDINGS and IMPRESSION often say the same thing) and keeps
 * the more specific one: graded over ungraded, root named over not, stated side over a default.
 */
function dedupe(candidates: readonly Candidate[]): ReportFinding[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = baseKey(c.finding);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  const out: ReportFinding[] = [];
  for (const list of groups.values()) {
    const kept: Candidate[] = [];
    for (const c of list) {
      const same = kept.findIndex(
        (k) =>
          sideKey(k.finding.side) === sideKey(c.finding.side) &&
          compatibleRoots(k.finding, c.finding) &&
          !(k.section === c.section && earlierGradesApart(k.finding, c.finding)),
      );
      if (same >= 0) {
        const k = kept[same];
        if (k && informationOf(c.finding, c.explicit) > informationOf(k.finding, k.explicit)) {
          kept[same] = c;
        }
        continue;
      }
      kept.push(c);
    }
    // Across sections, an unsided or defaulted, ungraded mention is covered by a stated one.
    const stated = kept.filter((k) => k.explicit && k.finding.side !== undefined);
    for (const k of kept) {
      const ungraded = k.finding.severity === null && k.finding.root === undefined;
      // A resolution has no grade of its own: "Resolution of the right L4-L5 foraminal protrusion and
      // of the associated foraminal narrowing" restates the right side's resolution stated before.
      const gradeless =
        ungraded || (k.finding.temporal === 'resolved' && k.finding.root === undefined);
      const vague = (!k.explicit || k.finding.side === undefined) && gradeless;
      if (vague && stated.some((s) => s !== k && s.section !== k.section)) continue;
      // An ungraded bilateral mention beside both sides stated with their grades says nothing more,
      // in another section ("… (moderate on left, mild on right)" in the findings, "bilateral
      // narrowing (Lt > Rt)" in the impression) or in the same one ("Foramina: …; at L4-L5, moderate
      // on the left and mild on the right").
      const others = stated.filter((s) => s !== k);
      if (ungraded && k.finding.side === 'bilateral' && coversBothSides(others)) continue;
      const elsewhere = others.filter((s) => s.section !== k.section);
      // The impression's "severe bilateral foraminal narrowing" over the findings' "moderate on the right
      // and severe on the left", or "Lee grade 2 foraminal stenosis bilaterally" under a table grading
      // each foramen 2: a summary of sides graded one by one elsewhere, which they replace.
      if (k.finding.side === 'bilateral' && gradesEachSide(elsewhere, k.finding)) continue;
      // "Severe bilateral foraminal stenosis" in the findings, "the right side has progressed" in
      // the impression: an ungraded restatement of one side graded elsewhere.
      if (ungraded && (k.finding.side === 'left' || k.finding.side === 'right')) {
        if (coversSide(elsewhere, k.finding.side)) continue;
      }
      out.push(k.finding);
    }
  }
  return out;
}

/**
 * Two earlier grades that differ in one section ("MRI 2018: mild …", "MRI 2021: … moderate") are two
 * earlier studies' findings, both kept; across sections (the impression restating the change) and for
 * this study's statements, repeats are merged as before.
 */
const earlierGradesApart = (a: ReportFinding, b: ReportFinding): boolean =>
  a.temporal === 'prior' &&
  b.temporal === 'prior' &&
  a.severity !== null &&
  b.severity !== null &&
  a.severity !== b.severity;

/** Whether a graded finding among `list` covers one side. */
const coversSide = (list: readonly Candidate[], side: 'left' | 'right'): boolean =>
  list.some(
    (c) =>
      c.finding.severity !== null && (c.finding.side === side || c.finding.side === 'bilateral'),
  );

/** Whether graded findings among `list` cover the left and the right side. */
const coversBothSides = (list: readonly Candidate[]): boolean =>
  coversSide(list, 'left') && coversSide(list, 'right');

/**
 * Whether `list` grades the left and the right side each on its own: a side stated in words, or one at
 * the grade the `bilateral` finding gives both.
 */
const gradesEachSide = (list: readonly Candidate[], bilateral: ReportFinding): boolean =>
  (['left', 'right'] as const).every((side) =>
    list.some(
      (c) =>
        c.finding.side === side &&
        c.finding.severity !== null &&
        (c.explicit || c.finding.severity === bilateral.severity),
    ),
  );

const compatibleRoots = (a: ReportFinding, b: ReportFinding): boolean =>
  a.root === undefined || b.root === undefined || a.root === b.root;

function dedupeVertebral(list: readonly VertebralFinding[]): VertebralFinding[] {
  const seen = new Set<string>();
  const out: VertebralFinding[] = [];
  for (const v of list) {
    const key = `${v.vertebra}|${v.finding}|${v.negated ? 1 : 0}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

/** The sentence holding characters `start` to `end`: from the full stop or line end before to the one after. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[.\n;]/.test(text[from - 1] ?? '')) from--;
  let to = end;
  while (to < text.length && !/[.\n;]/.test(text[to] ?? '')) to++;
  return text.slice(from, to);
}
