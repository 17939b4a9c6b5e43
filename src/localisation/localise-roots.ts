/**
 * Root localisation: which lumbosacral root (L1–S1), on which side, best explains the symptoms and the
 * examination. A transparent additive model: every finding becomes evidence items with a weight for each
 * root it is linked to (ROOT_ANATOMY strengths × the weights in weights.ts); a root's score is the
 * noisy-OR of its positive items, discounted by normal findings in its territory. Nothing is inferred
 * from what was not examined: untested items are unknown and only listed.
 * {@link https://doi.org/10.1097/BRS.0b013e3181c953cc | Suri 2011}
 */
import { ROOTS, numberText, round3 } from '../vocab/index.js';
import type { BodyRegion, ExamTest, Movement, Reflex, Root, Side } from '../vocab/index.js';
import { ROOT_ANATOMY, rootAnatomy } from '../anatomy/index.js';
import type { LocalisationInput } from './schema.js';
import {
  BILATERAL_SHARE,
  CONFIDENCE_BANDS,
  EXTRA_TEST_LINKS,
  INDISTINCT_MARGIN,
  KEY_MUSCLES,
  KEY_POINT_FACTOR,
  KEY_SENSORY_REGIONS,
  LIST_THRESHOLD,
  MAX_ITEM_WEIGHT,
  REFLEX_WEIGHTS,
  SENSORY_WEIGHTS,
  SPECIFIC_SIGNS,
  SPECIFIC_SIGN_FACTOR,
  STOCKING_PATTERN_FACTOR,
  SYMMETRIC_REFLEX_FACTOR,
  SYMPTOM_ONLY_CAP,
  SYMPTOM_WEIGHTS,
  TEST_WEIGHTS,
  motorWeight,
} from './weights.js';
import type { Weighted } from './weights.js';

export type EvidenceKind = 'symptom' | 'sensory' | 'motor' | 'reflex' | 'test';

/** One finding's contribution to one root; a negative weight argues against the root. */
export interface RootEvidence {
  readonly kind: EvidenceKind;
  readonly detail: string;
  readonly weight: number;
  readonly sources: readonly string[];
}

/** What kind of evidence carries a root: objective signs, tension signs only, or symptoms only. */
export type RootBasis = 'objective-signs' | 'tension-signs' | 'symptoms-only';
export type RootConfidence = 'high' | 'moderate' | 'low';

/** A root the presentation points to, with its score (0–1) and the evidence behind it. */
export interface RootCall {
  readonly root: Root;
  readonly side: Side;
  readonly score: number;
  readonly confidence: RootConfidence;
  readonly basis: RootBasis;
  readonly evidence: readonly RootEvidence[];
  /** Roots whose score is so close that the evidence cannot separate them from this one. */
  readonly indistinctFrom: readonly Root[];
}

/** One decision of the localisation, in order. */
export interface TraceStep {
  readonly step: 'finding' | 'untested' | 'score' | 'threshold' | 'side' | 'overlap';
  readonly detail: string;
}

export interface Localisation {
  /** Listed roots, highest score first. Empty when nothing points to a lumbar root. */
  readonly roots: readonly RootCall[];
  /** Plain statements a clinician should read (why no root, which roots cannot be separated). */
  readonly notes: readonly string[];
  /** Key items of the leading roots that were not examined: unknown, not normal. */
  readonly untested: readonly string[];
  readonly trace: readonly TraceStep[];
}

type OneSide = 'left' | 'right';
const ONE_SIDES: readonly OneSide[] = ['left', 'right'];
const sidesOf = (side: Side | undefined): readonly OneSide[] =>
  side === 'left' || side === 'right' ? [side] : ONE_SIDES;

interface Contribution {
  readonly kind: EvidenceKind;
  readonly detail: string;
  readonly weight: number; // signed
  readonly sources: readonly string[];
  readonly exam: boolean;
  readonly objective: boolean;
}

interface Tally {
  positive: number; // running product of (1 - w) over positive items
  negative: number; // running product of (1 - |w|) over negative items
  exam: boolean;
  objective: boolean;
  evidence: Contribution[];
}

// Link tables inverted once: item → [{ root, strength }].
type Links = ReadonlyMap<string, readonly { root: Root; strength: number }[]>;
function invert(table: 'regions' | 'movements' | 'reflexes' | 'tests'): Links {
  const out = new Map<string, { root: Root; strength: number }[]>();
  for (const row of ROOT_ANATOMY) {
    for (const link of row[table]) {
      const list = out.get(link.item) ?? [];
      list.push({ root: row.root, strength: link.strength });
      out.set(link.item, list);
    }
  }
  return out;
}
const REGION_LINKS = invert('regions');
const MOVEMENT_LINKS = invert('movements');
const REFLEX_LINKS = invert('reflexes');
const TEST_LINKS = invert('tests');
const NO_LINKS: readonly { root: Root; strength: number }[] = [];
function testLinks(test: ExamTest): readonly { root: Root; strength: number }[] {
  return EXTRA_TEST_LINKS[test] ?? TEST_LINKS.get(test) ?? NO_LINKS;
}

const isKeyMuscle = (root: Root, movement: Movement): boolean => KEY_MUSCLES[root] === movement;
const isKeyRegion = (root: Root, region: BodyRegion): boolean =>
  KEY_SENSORY_REGIONS[root].includes(region);
const isSpecific = (
  root: Root,
  kind: 'reflexes' | 'tests' | 'movements' | 'sensory',
  item: string,
): boolean =>
  (SPECIFIC_SIGNS[root]?.[kind] as readonly string[] | undefined)?.includes(item) ?? false;

function scaled(base: Weighted, strength: number, key: boolean, specific: boolean): number {
  let weight = base.weight * strength;
  if (key) weight *= KEY_POINT_FACTOR;
  if (specific) weight *= SPECIFIC_SIGN_FACTOR;
  return Math.min(MAX_ITEM_WEIGHT, weight);
}

const SENSORY_RANK = { absent: 3, reduced: 2, increased: 1, normal: 0 } as const;
const REFLEX_RANK = { absent: 3, reduced: 2, brisk: 1, normal: 0 } as const;
/** Abnormal reflexes rank by the weight they will carry (a symmetric report counts less), above any normal one. */
function reflexRank(r: { status: keyof typeof REFLEX_RANK; side?: Side | undefined }): number {
  if (r.status !== 'reduced' && r.status !== 'absent') return REFLEX_RANK[r.status];
  return (
    10 + REFLEX_WEIGHTS[r.status].weight * (r.side === 'bilateral' ? SYMMETRIC_REFLEX_FACTOR : 1)
  );
}
const TEST_RANK = { positive: 1, negative: 0 } as const;

/**
 * Expands items with optional sides into per-side items (an unlateralised or bilateral item counts on
 * both) and keeps, per key and side, the most abnormal one: a repeated item never dilutes a worse one.
 * Items are paired with their side rather than copied, so no object is spread per finding.
 */
function worstPerSide<T extends { side?: Side | undefined }>(
  items: readonly T[] | undefined,
  key: (t: T) => string,
  rank: (t: T) => number,
): { item: T; oneSide: OneSide }[] {
  const best = new Map<string, { item: T; oneSide: OneSide }>();
  for (const item of items ?? []) {
    const k = key(item);
    for (const oneSide of sidesOf(item.side)) {
      const sided = `${k}|${oneSide}`;
      const seen = best.get(sided);
      if (seen === undefined) best.set(sided, { item, oneSide });
      else if (rank(item) > rank(seen.item)) seen.item = item;
    }
  }
  return [...best.values()];
}

/**
 * Scores every root on each side and lists those the presentation points to.
 * @param input - symptoms and examination (already validated)
 * @returns listed roots sorted by score (highest first), notes, untested key items and the decision trace
 */
export function localiseRoots(input: LocalisationInput): Localisation {
  const trace: TraceStep[] = [];
  const tallies: Record<OneSide, Map<Root, Tally>> = { left: new Map(), right: new Map() };
  const add = (side: OneSide, root: Root, c: Contribution): void => {
    let t = tallies[side].get(root);
    if (!t) {
      t = { positive: 1, negative: 1, exam: false, objective: false, evidence: [] };
      tallies[side].set(root, t);
    }
    if (c.weight > 0) t.positive *= 1 - c.weight;
    else t.negative *= 1 + c.weight;
    if (c.weight > 0 && c.exam) t.exam = true;
    if (c.weight > 0 && c.objective) t.objective = true;
    t.evidence.push(c);
  };
  const note = (detail: string, links: string[]): void => {
    trace.push({
      step: 'finding',
      detail: links.length > 0 ? `${detail} → ${links.join(', ')}` : `${detail} → no root link`,
    });
  };

  // Symptoms: per region and side keep the kind that weighs most.
  const symptoms = worstPerSide(
    input.symptoms,
    (s) => s.region,
    (s) => SYMPTOM_WEIGHTS[s.kind].weight,
  );
  for (const { item: s, oneSide } of symptoms) {
    const base = SYMPTOM_WEIGHTS[s.kind];
    const paraesthesia = s.kind === 'numbness' || s.kind === 'tingling' || s.kind === 'burning';
    const links: string[] = [];
    for (const { root, strength } of REGION_LINKS.get(s.region) ?? NO_LINKS) {
      const weight = round3(
        scaled(base, strength, paraesthesia && isKeyRegion(root, s.region), false),
      );
      add(oneSide, root, {
        kind: 'symptom',
        detail: `${s.kind} ${s.region}`,
        weight,
        sources: base.sources,
        exam: false,
        objective: false,
      });
      links.push(`${root} +${numberText(weight)}`);
    }
    note(`${oneSide} ${s.kind} in ${s.region}`, links);
  }

  const exam = input.exam ?? {};
  for (const { item: m, oneSide } of worstPerSide(
    exam.motor,
    (m) => m.movement,
    (m) => 5 - m.mrc,
  )) {
    const base = motorWeight(m.mrc);
    const normal = m.mrc >= 5;
    const links: string[] = [];
    for (const { root, strength } of MOVEMENT_LINKS.get(m.movement) ?? NO_LINKS) {
      const magnitude = scaled(
        base,
        strength,
        isKeyMuscle(root, m.movement),
        !normal && isSpecific(root, 'movements', m.movement),
      );
      const weight = round3(normal ? -magnitude : magnitude);
      add(oneSide, root, {
        kind: 'motor',
        detail: `${m.movement} MRC ${m.mrc}`,
        weight,
        sources: base.sources,
        exam: true,
        objective: !normal,
      });
      links.push(`${root} ${weight > 0 ? '+' : ''}${numberText(weight)}`);
    }
    note(`${oneSide} ${m.movement} MRC ${m.mrc}${normal ? ' (normal power)' : ''}`, links);
  }

  for (const { item: f, oneSide } of worstPerSide(
    exam.sensory,
    (f) => f.region,
    (f) => SENSORY_RANK[f.status],
  )) {
    const base = SENSORY_WEIGHTS[f.status];
    const normal = f.status === 'normal';
    const links: string[] = [];
    for (const { root, strength } of REGION_LINKS.get(f.region) ?? NO_LINKS) {
      const magnitude = scaled(
        base,
        strength,
        !normal && isKeyRegion(root, f.region),
        !normal && isSpecific(root, 'sensory', f.region),
      );
      const weight = round3(normal ? -magnitude : magnitude);
      add(oneSide, root, {
        kind: 'sensory',
        detail: `${f.region} sensation ${f.status}`,
        weight,
        sources: base.sources,
        exam: true,
        objective: f.status === 'reduced' || f.status === 'absent',
      });
      links.push(`${root} ${weight > 0 ? '+' : ''}${numberText(weight)}`);
    }
    note(`${oneSide} sensation ${f.status} in ${f.region}`, links);
  }

  for (const { item: r, oneSide } of worstPerSide(exam.reflexes, (r) => r.reflex, reflexRank)) {
    if (r.status === 'brisk') {
      // A brisk jerk is an upper motor neuron sign: it localises above the cauda equina, not to a root.
      trace.push({
        step: 'finding',
        detail: `${oneSide} ${r.reflex} brisk → upper motor neuron sign, not a root sign`,
      });
      continue;
    }
    const base = REFLEX_WEIGHTS[r.status];
    const normal = r.status === 'normal';
    // Reported abnormal on both sides at once: non-lateralising, so it counts for less.
    const symmetric = !normal && r.side === 'bilateral' ? SYMMETRIC_REFLEX_FACTOR : 1;
    const links: string[] = [];
    for (const { root, strength } of REFLEX_LINKS.get(r.reflex) ?? NO_LINKS) {
      const magnitude =
        symmetric *
        scaled(base, strength, false, !normal && isSpecific(root, 'reflexes', r.reflex));
      const weight = round3(normal ? -magnitude : magnitude);
      add(oneSide, root, {
        kind: 'reflex',
        detail: `${r.reflex} ${r.status}`,
        weight,
        sources: base.sources,
        exam: true,
        objective: !normal,
      });
      links.push(`${root} ${weight > 0 ? '+' : ''}${numberText(weight)}`);
    }
    note(
      `${oneSide} ${r.reflex} reflex ${r.status}${symmetric < 1 ? ` (reported on both sides: × ${SYMMETRIC_REFLEX_FACTOR})` : ''}`,
      links,
    );
  }

  const abductorsStrong = (side: OneSide): boolean => {
    let strong = false;
    for (const m of exam.motor ?? []) {
      if (m.movement !== 'hip-abduction') continue;
      if (m.side !== undefined && m.side !== side && m.side !== 'bilateral') continue;
      if (m.mrc < 5) return false;
      strong = true;
    }
    return strong;
  };
  for (const { item: t, oneSide } of worstPerSide(
    exam.tests,
    (t) => t.test,
    (t) => TEST_RANK[t.result],
  )) {
    const base = TEST_WEIGHTS[t.test];
    if (t.test === 'trendelenburg' && t.result !== 'negative' && abductorsStrong(oneSide)) {
      // The sign stands for gluteus medius weakness; with the abductors examined at full power a
      // positive single-leg stance is pain-limited, as in gluteal tendinopathy (Grimaldi 2015).
      trace.push({
        step: 'finding',
        detail: `${oneSide} trendelenburg ${t.result} → hip abduction full power on this side: not counted as an L5 sign`,
      });
      continue;
    }
    if (t.result === 'negative' || base === undefined) {
      const why =
        t.result === 'negative'
          ? 'negative test: not counted against any root (low sensitivity in foraminal disease)'
          : 'supports nerve-root or facet irritation but does not localise a root';
      trace.push({ step: 'finding', detail: `${oneSide} ${t.test} ${t.result} → ${why}` });
      continue;
    }
    const links: string[] = [];
    for (const { root, strength } of testLinks(t.test)) {
      const weight = round3(scaled(base, strength, false, isSpecific(root, 'tests', t.test)));
      add(oneSide, root, {
        kind: 'test',
        detail: `${t.test} positive`,
        weight,
        sources: base.sources,
        exam: true,
        objective: false,
      });
      links.push(`${root} +${numberText(weight)}`);
    }
    note(`${oneSide} ${t.test} positive`, links);
  }

  const stocking = hasStockingPattern(input);
  if (stocking) {
    trace.push({
      step: 'score',
      detail: `symmetric distal paraesthesia in both feet without weakness: polyneuropathy pattern, scores × ${STOCKING_PATTERN_FACTOR}`,
    });
  }

  // Score each root on each side.
  const scored: { root: Root; side: OneSide; score: number; tally: Tally }[] = [];
  for (const side of ONE_SIDES) {
    for (const root of ROOTS) {
      const t = tallies[side].get(root);
      if (!t) continue;
      let score = (1 - t.positive) * t.negative * (stocking ? STOCKING_PATTERN_FACTOR : 1);
      if (!t.exam && score > SYMPTOM_ONLY_CAP) {
        trace.push({
          step: 'score',
          detail: `${root} ${side}: symptoms only, capped at ${SYMPTOM_ONLY_CAP}`,
        });
        score = SYMPTOM_ONLY_CAP;
      }
      score = round3(score);
      trace.push({
        step: 'score',
        detail: `${root} ${side}: ${t.evidence.length} item(s) → ${numberText(score)}`,
      });
      scored.push({ root, side, score, tally: t });
    }
  }

  const listed = scored.filter((s) => s.score >= LIST_THRESHOLD);
  const dropped = scored
    .filter((s) => s.score > 0 && s.score < LIST_THRESHOLD)
    .map((s) => `${s.root} ${s.side} ${numberText(s.score)}`);
  trace.push({
    step: 'threshold',
    detail: `listed from ${LIST_THRESHOLD}: ${listed.length > 0 ? listed.map((s) => `${s.root} ${s.side}`).join(', ') : 'none'}${dropped.length > 0 ? `; below: ${dropped.join(', ')}` : ''}`,
  });

  const calls = mergeSides(listed, trace);
  calls.sort(compareCalls);
  const notes: string[] = [];
  const withOverlap = markIndistinct(calls, notes, trace);
  if (stocking) {
    notes.push(
      'Numbness or burning in both feet without weakness follows a length-dependent (stocking) pattern: a peripheral neuropathy is more likely than a root lesion.',
    );
  }
  if (withOverlap.length === 0) notes.push(explainNoRoot(input, scored.length > 0));
  return { roots: withOverlap, notes, untested: untestedKeyItems(withOverlap, input), trace };
}

const SIDE_ORDER: Readonly<Record<Side, number>> = { left: 0, right: 1, bilateral: 2 };
function compareCalls(a: RootCall, b: RootCall): number {
  return (
    b.score - a.score ||
    ROOTS.indexOf(a.root) - ROOTS.indexOf(b.root) ||
    SIDE_ORDER[a.side] - SIDE_ORDER[b.side]
  );
}

function basisOf(t: Tally): RootBasis {
  return t.objective ? 'objective-signs' : t.exam ? 'tension-signs' : 'symptoms-only';
}
function confidenceOf(score: number): RootConfidence {
  return score >= CONFIDENCE_BANDS.high
    ? 'high'
    : score >= CONFIDENCE_BANDS.moderate
      ? 'moderate'
      : 'low';
}
const BASIS_RANK: Readonly<Record<RootBasis, number>> = {
  'symptoms-only': 0,
  'tension-signs': 1,
  'objective-signs': 2,
};

function publicEvidence(list: readonly Contribution[], suffix = ''): RootEvidence[] {
  return list.map((c) => ({
    kind: c.kind,
    detail: `${c.detail}${suffix}`,
    weight: c.weight,
    sources: c.sources,
  }));
}
const byWeight = (a: RootEvidence, b: RootEvidence): number =>
  b.weight - a.weight || (a.detail < b.detail ? -1 : a.detail > b.detail ? 1 : 0);

/** Merges a root listed on both sides into one `bilateral` call when the weaker side is comparable. */
function mergeSides(
  listed: readonly { root: Root; side: OneSide; score: number; tally: Tally }[],
  trace: TraceStep[],
): RootCall[] {
  const calls: RootCall[] = [];
  for (const root of ROOTS) {
    const left = listed.find((s) => s.root === root && s.side === 'left');
    const right = listed.find((s) => s.root === root && s.side === 'right');
    if (
      left &&
      right &&
      Math.min(left.score, right.score) >= BILATERAL_SHARE * Math.max(left.score, right.score)
    ) {
      // Same finding on both sides becomes one item; one-sided findings keep their side.
      const merged = new Map<string, RootEvidence>();
      for (const [tally, s] of [
        [left.tally, 'left'],
        [right.tally, 'right'],
      ] as const) {
        for (const c of tally.evidence) {
          const key = `${c.kind}|${c.detail}`;
          const seen = merged.get(key);
          if (seen) {
            merged.set(key, {
              ...seen,
              detail: `${c.detail} (both sides)`,
              weight: Math.max(seen.weight, c.weight),
            });
          } else {
            merged.set(key, {
              kind: c.kind,
              detail: `${c.detail} (${s})`,
              weight: c.weight,
              sources: c.sources,
            });
          }
        }
      }
      const score = Math.max(left.score, right.score);
      const basis =
        BASIS_RANK[basisOf(left.tally)] >= BASIS_RANK[basisOf(right.tally)]
          ? basisOf(left.tally)
          : basisOf(right.tally);
      trace.push({
        step: 'side',
        detail: `${root}: left ${numberText(left.score)} and right ${numberText(right.score)} are comparable → bilateral`,
      });
      calls.push({
        root,
        side: 'bilateral',
        score,
        confidence: confidenceOf(score),
        basis,
        evidence: [...merged.values()].sort(byWeight),
        indistinctFrom: [],
      });
      continue;
    }
    for (const s of [left, right]) {
      if (!s) continue;
      calls.push({
        root,
        side: s.side,
        score: s.score,
        confidence: confidenceOf(s.score),
        basis: basisOf(s.tally),
        evidence: publicEvidence(s.tally.evidence).sort(byWeight),
        indistinctFrom: [],
      });
    }
  }
  return calls;
}

/** Neighbouring roots on the same side whose scores are within the margin cannot be told apart. */
function markIndistinct(calls: RootCall[], notes: string[], trace: TraceStep[]): RootCall[] {
  const sameSide = (a: RootCall, b: RootCall): boolean =>
    a.side === b.side || a.side === 'bilateral' || b.side === 'bilateral';
  const adjacent = (a: Root, b: Root): boolean =>
    Math.abs(ROOTS.indexOf(a) - ROOTS.indexOf(b)) === 1;
  const out = calls.map((c) => {
    const close = calls.filter(
      (o) =>
        o !== c &&
        o.root !== c.root &&
        sameSide(c, o) &&
        adjacent(c.root, o.root) &&
        Math.abs(o.score - c.score) <= INDISTINCT_MARGIN,
    );
    return close.length > 0 ? { ...c, indistinctFrom: close.map((o) => o.root) } : c;
  });
  const top = out[0];
  if (top && top.indistinctFrom.length > 0) {
    const pair = [top.root, ...top.indistinctFrom].join(' and ');
    const l5s1 = top.indistinctFrom.includes(
      top.root === 'L5' ? 'S1' : top.root === 'S1' ? 'L5' : top.root,
    );
    notes.push(
      l5s1
        ? `${pair} score within ${INDISTINCT_MARGIN} of each other: L5 and S1 are often impossible to separate clinically (Iversen 2013), so both remain possible; a root-specific sign (great-toe extension, hip abduction or the medial hamstring reflex for L5; plantarflexion or the Achilles reflex for S1) or imaging would decide.`
        : `${pair} score within ${INDISTINCT_MARGIN} of each other: their territories overlap and the findings given do not separate them.`,
    );
    trace.push({
      step: 'overlap',
      detail: `top root ${top.root} is not separable from ${top.indistinctFrom.join(', ')}`,
    });
  }
  return out;
}

/** Key examination items of the leading roots that were not examined. */
function untestedKeyItems(calls: readonly RootCall[], input: LocalisationInput): string[] {
  const exam = input.exam ?? {};
  const testedMovements = new Set<Movement>((exam.motor ?? []).map((m) => m.movement));
  const testedReflexes = new Set<Reflex>((exam.reflexes ?? []).map((r) => r.reflex));
  const out: string[] = [];
  const leading = calls.filter((c, i) => i === 0 || c.score >= 0.5 * (calls[0]?.score ?? 0));
  for (const root of new Set(leading.map((c) => c.root))) {
    const row = rootAnatomy(root);
    const missing: string[] = [];
    for (const l of row.movements) {
      if (l.strength === 1 && !testedMovements.has(l.item)) missing.push(`${l.item} power`);
    }
    for (const l of row.reflexes) {
      if (l.strength === 1 && !testedReflexes.has(l.item)) missing.push(`${l.item} reflex`);
    }
    if (missing.length > 0) {
      out.push(`${root}: ${missing.join(', ')} not examined (unknown, not normal)`);
    }
  }
  return out;
}

const FEET: ReadonlySet<BodyRegion> = new Set<BodyRegion>([
  'sole',
  'dorsum-foot',
  'great-toe',
  'lateral-foot',
  'heel',
]);
const LIMB_ONLY_EXCLUDED: ReadonlySet<BodyRegion> = new Set<BodyRegion>([
  'low-back',
  'saddle',
  'lower-abdomen',
]);
const SENSORY_KINDS: ReadonlySet<string> = new Set(['numbness', 'tingling', 'burning', 'cold']);

/**
 * Paraesthesia confined to both feet with no weakness: the polyneuropathy (stocking) pattern.
 * @param input - symptoms and examination
 */
export function hasStockingPattern(input: LocalisationInput): boolean {
  const limb = input.symptoms.filter((s) => !LIMB_ONLY_EXCLUDED.has(s.region));
  if (limb.length === 0 || !limb.every((s) => FEET.has(s.region) && SENSORY_KINDS.has(s.kind))) {
    return false;
  }
  const left = limb.some((s) => s.side === 'left' || s.side === 'bilateral');
  const right = limb.some((s) => s.side === 'right' || s.side === 'bilateral');
  return left && right && !(input.exam?.motor ?? []).some((m) => m.mrc <= 4);
}

/** Why no root is listed, in one sentence. */
function explainNoRoot(input: LocalisationInput, anyScore: boolean): string {
  const regions = new Set(input.symptoms.map((s) => s.region));
  const onlyAxial = [...regions].every(
    (r) => r === 'low-back' || r === 'saddle' || r === 'lower-abdomen',
  );
  if (regions.size > 0 && onlyAxial) {
    return 'No root is localised: the symptoms are axial (back or midline) with no dermatomal leg distribution and no root signs on examination.';
  }
  if (anyScore) {
    return 'No root is localised: the findings link only weakly to any single root (non-dermatomal distribution, or no examination findings to support it).';
  }
  return 'No root is localised: nothing in the symptoms or examination links to a lumbosacral root.';
}
