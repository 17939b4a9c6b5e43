/**
 * Contradictions in the input (CONTRACTS.md round 2 `inconsistencies`): numbness reported where the
 * examined sensation is normal, one root's signs on one side and another root's on the other with no
 * unifying lesion, signs only on the side without symptoms, and impossible context (pregnant male,
 * conservative care longer than the symptoms). They lower the confidence of the root call; they never
 * change the triage, which stays the worst case of the red flags.
 */
import { rootsForMovement, rootsForReflex, rootsForRegion } from '../anatomy/index.js';
import { BODY_REGIONS, LEG_REGIONS, MOVEMENTS, REFLEXES } from '../vocab/index.js';
import type { Root } from '../vocab/index.js';
import type { Presentation, Inconsistency } from './schema.js';

export const INCONSISTENCY_CODES = [
  'numbness-with-normal-sensation',
  'contradictory-examination',
  'different-roots-each-side',
  'signs-opposite-to-symptoms',
  'conservative-care-longer-than-symptoms',
  'pregnancy-contradiction',
  'saddle-anaesthesia-with-normal-exam',
] as const;
export type InconsistencyCode = (typeof INCONSISTENCY_CODES)[number];

const MESSAGES: Readonly<Record<InconsistencyCode, (detail: string) => string>> = {
  'numbness-with-normal-sensation': (d) =>
    `Numbness is reported in the ${d} but sensation there was examined as normal: re-examine before relying on either.`,
  'contradictory-examination': (d) =>
    `The examination records ${d} both as normal or brisk and as reduced: confirm which is right.`,
  'different-roots-each-side': (d) =>
    `Signs point to ${d}, and no single lesion on the imaging given explains both: recheck the examination (a central or multilevel lesion, or a non-root cause, would be needed).`,
  'signs-opposite-to-symptoms': (d) =>
    `The symptoms are on the ${d}: confirm the side of each finding.`,
  'conservative-care-longer-than-symptoms': (d) =>
    `Conservative care (${d}) is recorded as longer than the symptoms have lasted: check both durations.`,
  'pregnancy-contradiction': (d) => `Pregnancy details disagree: ${d}.`,
  'saddle-anaesthesia-with-normal-exam': (d) =>
    `${d} but saddle sensation was examined as normal. A normal examination does not exclude cauda equina syndrome: the emergency assessment stands; repeat the perianal examination.`,
};

type Sided = 'left' | 'right';
interface Sign {
  readonly field: string;
  readonly side: Sided;
  readonly roots: readonly Root[];
}

const primary = (links: readonly { root: Root; strength: number }[]): Root[] =>
  links.filter((l) => l.strength === 1).map((l) => l.root);
// The anatomy tables are fixed: look each item's primary roots up once.
const MOVEMENT_ROOTS = new Map(MOVEMENTS.map((m) => [m, primary(rootsForMovement(m))]));
const REFLEX_ROOTS = new Map(REFLEXES.map((r) => [r, primary(rootsForReflex(r))]));
const REGION_ROOTS = new Map(BODY_REGIONS.map((r) => [r, primary(rootsForRegion(r))]));

/** Objective root signs on one side, each with its field path and primary roots. */
function sidedSigns(p: Presentation): Sign[] {
  const out: Sign[] = [];
  const exam = p.exam ?? {};
  (exam.motor ?? []).forEach((m, i) => {
    if (m.mrc <= 4 && (m.side === 'left' || m.side === 'right')) {
      out.push({
        field: `exam.motor[${i}]`,
        side: m.side,
        roots: MOVEMENT_ROOTS.get(m.movement) ?? [],
      });
    }
  });
  (exam.reflexes ?? []).forEach((r, i) => {
    if (
      (r.status === 'reduced' || r.status === 'absent') &&
      (r.side === 'left' || r.side === 'right')
    ) {
      out.push({
        field: `exam.reflexes[${i}]`,
        side: r.side,
        roots: REFLEX_ROOTS.get(r.reflex) ?? [],
      });
    }
  });
  (exam.sensory ?? []).forEach((f, i) => {
    if (
      (f.status === 'reduced' || f.status === 'absent') &&
      (f.side === 'left' || f.side === 'right')
    ) {
      out.push({
        field: `exam.sensory[${i}]`,
        side: f.side,
        roots: REGION_ROOTS.get(f.region) ?? [],
      });
    }
  });
  return out.filter((s) => s.roots.length > 0);
}

const sidesMeet = (a: string | undefined, b: string | undefined): boolean =>
  a === undefined || b === undefined || a === b || a === 'bilateral' || b === 'bilateral';

/** A lesion that can explain different roots on the two sides: central stenosis or a bilateral finding. */
function unifyingLesion(p: Presentation): boolean {
  return (p.imaging ?? []).some(
    (f) =>
      f.negated !== true &&
      f.severity !== 'none' &&
      (f.finding === 'central-canal-stenosis' ||
        f.side === 'bilateral' ||
        f.side === 'central' ||
        f.zone === 'central'),
  );
}

/**
 * Lists the contradictions in a presentation.
 * @param p - the validated presentation
 * @param pregnant - whether the assessment treats the patient as pregnant
 */
export function findInconsistencies(p: Presentation, pregnant: boolean): Inconsistency[] {
  const out: Inconsistency[] = [];
  const exam = p.exam;
  const hasExam =
    exam !== undefined &&
    ((exam.sensory?.length ?? 0) > 0 ||
      (exam.reflexes?.length ?? 0) > 0 ||
      (exam.motor?.length ?? 0) > 0);
  const add = (code: InconsistencyCode, detail: string, fields: string[]): void => {
    out.push({ code, text: MESSAGES[code](detail), fields });
  };
  const sensory = p.exam?.sensory ?? [];

  // The saddle-anaesthesia flag against a normal saddle examination (a numbness symptom is checked below).
  const saddleNormal = sensory.findIndex((f) => f.region === 'saddle' && f.status === 'normal');
  const saddleFlag = (p.flags ?? []).indexOf('saddle-anesthesia');
  if (saddleNormal >= 0 && saddleFlag >= 0) {
    add('saddle-anaesthesia-with-normal-exam', 'Saddle anaesthesia is reported', [
      `flags[${saddleFlag}]`,
      `exam.sensory[${saddleNormal}]`,
    ]);
  }

  p.symptoms.forEach((s, i) => {
    if (!hasExam || s.kind !== 'numbness') return;
    const j = sensory.findIndex(
      (f) => f.region === s.region && f.status === 'normal' && sidesMeet(f.side, s.side),
    );
    const examined = sensory[j];
    if (examined) {
      add('numbness-with-normal-sensation', `${s.region}${s.side ? ` (${s.side})` : ''}`, [
        `symptoms[${i}]`,
        `exam.sensory[${j}]`,
      ]);
    }
  });

  // The same item examined twice with opposite results (only possible with two or more entries).
  const seen = new Map<string, { field: string; normal: boolean }>();
  const compare = sensory.length > 1 || (p.exam?.reflexes?.length ?? 0) > 1;
  const check = (key: string, field: string, normal: boolean, what: string): void => {
    const before = seen.get(key);
    if (before && before.normal !== normal) {
      add('contradictory-examination', what, [before.field, field]);
    } else if (!before) {
      seen.set(key, { field, normal });
    }
  };
  if (compare) {
    sensory.forEach((f, i) =>
      check(
        `s:${f.region}:${f.side ?? ''}`,
        `exam.sensory[${i}]`,
        f.status === 'normal' || f.status === 'increased',
        `${f.region} sensation`,
      ),
    );
    (p.exam?.reflexes ?? []).forEach((r, i) =>
      check(
        `r:${r.reflex}:${r.side ?? ''}`,
        `exam.reflexes[${i}]`,
        r.status === 'normal' || r.status === 'brisk',
        `the ${r.reflex} reflex${r.side ? ` (${r.side})` : ''}`,
      ),
    );
  }

  const signs = hasExam ? sidedSigns(p) : [];
  const left = signs.filter((s) => s.side === 'left');
  const right = signs.filter((s) => s.side === 'right');
  if (left.length > 0 && right.length > 0 && !unifyingLesion(p)) {
    const leftRoots = new Set<Root>();
    for (const s of left) for (const r of s.roots) leftRoots.add(r);
    const rightRoots = new Set<Root>();
    for (const s of right) for (const r of s.roots) rightRoots.add(r);
    if (![...leftRoots].some((r) => rightRoots.has(r))) {
      add(
        'different-roots-each-side',
        `${[...leftRoots].join('/')} on the left and ${[...rightRoots].join('/')} on the right`,
        [...left, ...right].map((s) => s.field),
      );
    }
  }

  // Signs on one side only, symptoms on the other side only.
  const legSymptomSides = new Set(
    p.symptoms.filter((s) => LEG_REGIONS.has(s.region)).map((s) => s.side ?? 'unspecified'),
  );
  const symptomSide = legSymptomSides.size === 1 ? [...legSymptomSides][0] : undefined;
  const signSides = new Set(signs.map((s) => s.side));
  if (
    (symptomSide === 'left' || symptomSide === 'right') &&
    signSides.size === 1 &&
    !signSides.has(symptomSide)
  ) {
    const fields = p.symptoms
      .map((s, i) => (LEG_REGIONS.has(s.region) ? `symptoms[${i}]` : undefined))
      .filter((x): x is string => x !== undefined);
    add(
      'signs-opposite-to-symptoms',
      `${symptomSide} but every objective sign is on the ${[...signSides][0] ?? ''}`,
      [...fields, ...signs.map((s) => s.field)],
    );
  }

  if (
    p.conservativeCareWeeks !== undefined &&
    p.durationWeeks !== undefined &&
    p.conservativeCareWeeks > p.durationWeeks
  ) {
    add(
      'conservative-care-longer-than-symptoms',
      `${p.conservativeCareWeeks} weeks against ${p.durationWeeks} weeks of symptoms`,
      ['conservativeCareWeeks', 'durationWeeks'],
    );
  }
  if (p.pregnant === false && p.gestationWeeks !== undefined) {
    add('pregnancy-contradiction', '`pregnant` is false but a gestational age is given', [
      'pregnant',
      'gestationWeeks',
    ]);
  }
  if (pregnant && p.sex === 'male') {
    add('pregnancy-contradiction', 'pregnancy is recorded for a male patient', ['sex', 'pregnant']);
  }
  return out;
}
