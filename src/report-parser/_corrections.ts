/**
 * Corrections and addenda that withdraw a finding the report stated earlier: "the left foraminal
 * stenosis described at L5-S1 is actually at L4-L5" (moved to another level) and "the mild right L3-L4
 * foraminal narrowing … was dictated in error" (retracted). The withdrawn finding must never stay
 * current: at its old place it becomes one `resolved` (negated) finding, and a moved finding is current
 * at its new level with the grade the report gave it.
 */
import type { Level, Severity } from '../vocab/index.js';
import { SEVERITIES } from '../vocab/index.js';
import type { LevelRef } from './_model.js';
import type { QualifiedFinding } from './_qualifiers.js';

/** Words that say a finding's level was wrong ("is actually at", "should read"). */
const MOVED = /\b(actually|instead|should read|rather than)\b/;
/** Words that say a finding was never there ("dictated in error", "erroneously reported"). */
const RETRACTED = /\b(in error|erroneous|erroneously|mistakenly|incorrectly|retracted|withdrawn)\b/;
/** Words that point back to an earlier statement of the report. */
const EARLIER_STATEMENT = /\b(described|mentioned|reported|stated|dictated|noted)\b/;

/** What a correction sentence does to the findings it names. */
export type CorrectionKind = 'moved' | 'retracted';

/** A finding withdrawn from `from`, and for a moved one the level it really is at. */
export interface Correction<F extends QualifiedFinding = QualifiedFinding> {
  readonly kind: CorrectionKind;
  readonly finding: F;
  readonly from: readonly Level[];
  readonly to: readonly Level[];
}

/**
 * Whether a sentence corrects an earlier statement, and how.
 * @param words - the sentence's words in lower case, joined by single spaces
 * @param levelGroups - the number of level groups the sentence names
 */
export function correctionKindOf(words: string, levelGroups: number): CorrectionKind | undefined {
  if (!EARLIER_STATEMENT.test(words)) return undefined;
  if (RETRACTED.test(words)) return 'retracted';
  if (MOVED.test(words) && levelGroups >= 2) return 'moved';
  return undefined;
}

/** The corrections a correction sentence's findings make; `levels` are its level groups in order. */
export function correctionsOf<F extends QualifiedFinding>(
  kind: CorrectionKind,
  findings: readonly F[],
  levels: readonly LevelRef[],
): Correction<F>[] {
  const out: Correction<F>[] = [];
  for (const f of findings) {
    if (f.negated || f.levelRef?.kind !== 'levels') continue;
    const from = f.levelRef.levels;
    const other = levels.findLast((l) => l.kind === 'levels' && l.levels.join() !== from.join());
    const to = kind === 'moved' && other?.kind === 'levels' ? other.levels : [];
    if (kind === 'moved' && to.length === 0) continue;
    out.push({ kind, finding: f, from, to });
  }
  return out;
}

const rank = (s: Severity | null): number => (s === null ? -1 : SEVERITIES.indexOf(s));

/**
 * The findings once the corrections are applied: every current statement at a withdrawn place (same
 * level, finding and side) is replaced by one resolved finding, and a moved finding is current at its
 * new level with the highest grade stated for it at the old one.
 */
export function applyCorrections<F extends QualifiedFinding>(
  findings: readonly F[],
  corrections: readonly Correction<F>[],
): F[] {
  if (corrections.length === 0) return [...findings];
  let kept = [...findings];
  const added: F[] = [];
  for (const c of corrections) {
    // An unlateralised mention of the finding at that level ("mass effect on the exiting nerve root",
    // bilateral only by default) goes with it.
    const at = (f: F): boolean =>
      f.finding === c.finding.finding &&
      (f.side === c.finding.side || (f.side === 'bilateral' && !f.sideExplicit)) &&
      f.temporal === 'current' &&
      f.levelRef?.kind === 'levels' &&
      f.levelRef.levels.some((l) => c.from.includes(l));
    const withdrawn = kept.filter(at);
    kept = kept.filter((f) => !at(f));
    const graded = withdrawn
      .filter((f) => !f.negated)
      .reduce<F['severity']>(
        (best, f) => (rank(f.severity) > rank(best) ? f.severity : best),
        null,
      );
    added.push({
      ...c.finding,
      levelRef: { kind: 'levels', levels: c.from },
      severity: null,
      negated: true,
      temporal: 'resolved',
      maxSeverity: undefined,
    });
    if (c.kind === 'moved') {
      added.push({
        ...c.finding,
        levelRef: { kind: 'levels', levels: c.to },
        severity: graded ?? c.finding.severity,
      });
    }
  }
  return [...kept, ...added];
}
