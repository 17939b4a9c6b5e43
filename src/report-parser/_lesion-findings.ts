/**
 * Finding nouns ("disc protrusion", "annular tear", "spondylolisthesis", "fracture"): each is a finding
 * by itself, graded and sided by its own noun phrase or by words just after it ("more to the Lt side").
 */
import type { FindingSide, FindingType } from '../vocab/index.js';
import {
  fractureVertebrae,
  levelBelowVertebra,
  levelInSentence,
  levelOf,
  vertebraAfter,
} from './_finding-place.js';
import { sideAfterLesion } from './_sides.js';
import type { RawFinding, Sentence } from './_sentence.js';
import { isNegatedAt, isUncertainAt } from './_sentence.js';
import { withFields } from '../objects.js';

/** Findings of a whole disc or vertebra: a side word near them describes something else. */
const UNSIDED_FINDINGS: ReadonlySet<FindingType> = new Set([
  'spondylolisthesis',
  'retrolisthesis',
  'disc-desiccation',
  'modic-change',
  'fracture',
  'disc-height-loss',
]);
/** Disc contours: "central" sides them, and their zone adjective ("foraminal protrusion") is kept. */
export const DISC_CONTOURS: ReadonlySet<FindingType> = new Set([
  'disc-bulge',
  'disc-protrusion',
  'disc-extrusion',
  'disc-herniation',
  'annular-fissure',
]);

/** The findings of a sentence's finding nouns, and the side each was given (by the noun's index). */
export interface LesionFindings {
  readonly findings: RawFinding[];
  readonly lesionSide: ReadonlyMap<number, FindingSide | undefined>;
}

/**
 * The finding-noun pass.
 * @param s - the sentence
 */
export function lesionFindings(s: Sentence): LesionFindings {
  const { items } = s;
  const findings: RawFinding[] = [];
  const lesionSide = new Map<number, FindingSide | undefined>();
  for (let i = 0; i < items.length; i++) {
    const x = items[i];
    if (!x || x.kind !== 'lesion') continue;
    const np = s.phrases.get(i);
    let side: FindingSide | undefined = np?.side;
    let asymmetry = np?.asymmetry;
    if (side === undefined && !UNSIDED_FINDINGS.has(x.finding)) {
      const after = sideAfterLesion(s, i);
      if (after) {
        side = after.side;
        if (after.asym && after.side === 'bilateral') asymmetry = undefined;
      }
    }
    if (side === undefined && np?.central && DISC_CONTOURS.has(x.finding)) side = 'central';
    lesionSide.set(i, side);
    const negated = isNegatedAt(s, i);
    const base = {
      finding: x.finding,
      side,
      sideExplicit: side !== undefined,
      asymmetry: side === 'bilateral' ? asymmetry : undefined,
      severity: negated ? null : (np?.severity ?? null),
      negated,
      uncertain: isUncertainAt(s, i),
      root: undefined,
      zone: DISC_CONTOURS.has(x.finding) ? np?.zone : undefined,
      start: np?.start ?? x.start,
      end: x.end,
    };
    if (x.finding === 'fracture') {
      // A fracture is of a vertebra: it never borrows a disc level from the context.
      const vertebrae = fractureVertebrae(items, i, np);
      if (vertebrae.length > 0) {
        for (const v of vertebrae) {
          findings.push(withFields(base, { levelRef: undefined, vertebra: v }));
        }
      } else {
        findings.push(
          withFields(base, { levelRef: levelInSentence(s, i, np), vertebra: undefined }),
        );
      }
      continue;
    }
    let levelRef = levelOf(s, i, np);
    if (!levelRef && (x.finding === 'spondylolisthesis' || x.finding === 'retrolisthesis')) {
      const v = vertebraAfter(items, i);
      const level = v ? levelBelowVertebra(v) : undefined;
      if (level) levelRef = { kind: 'levels', levels: [level] };
    }
    findings.push(withFields(base, { levelRef, vertebra: undefined }));
  }
  return { findings, lesionSide };
}
