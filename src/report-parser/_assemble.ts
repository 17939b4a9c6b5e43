/**
 * Findings of one sentence, as three passes over the sentence object (`_sentence.ts`):
 *  1. finding nouns (`_lesion-findings.ts`): "disc protrusion", "annular tear", "spondylolisthesis";
 *  2. targets paired with their predicates (`_target-findings.ts`): "neural foramina are patent",
 *     "compressing the thecal sac and exit canals", with sides (`_sides.ts`) and grades (`_severity.ts`);
 *  3. bare "stenosis" that no target took (`_bare-stenosis.ts`): the canal.
 * Levels of all three come from `_finding-place.ts`.
 */
import type { Severity } from '../vocab/index.js';
import type { ContextFlags } from './_context.js';
import type { Item } from './_model.js';
import { bareStenosisFindings } from './_bare-stenosis.js';
import { lesionFindings } from './_lesion-findings.js';
import type { LevelContext, RawFinding } from './_sentence.js';
import { mayStateFindings, readSentence } from './_sentence.js';
import { targetFindings } from './_target-findings.js';

/**
 * Findings stated in one sentence.
 * @param items - the sentence's items
 * @param flags - ConText scopes over `items`
 * @param ctx - level context from the surrounding text
 * @param bound - the sentence's bound ("no severe …", `_qualifiers.ts`)
 */
export function assembleSentence(
  items: readonly Item[],
  flags: ContextFlags,
  ctx: LevelContext,
  bound?: Severity,
): RawFinding[] {
  if (!mayStateFindings(items)) return [];
  const sentence = readSentence(items, flags, ctx, bound);
  const lesions = lesionFindings(sentence);
  const targets = targetFindings(sentence, lesions.lesionSide);
  return [
    ...lesions.findings,
    ...targets.findings,
    ...bareStenosisFindings(sentence, targets.pairedPreds),
  ];
}
