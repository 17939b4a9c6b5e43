/**
 * The conditions the medication checker reasons about: the one vocabulary shared with `assess`
 * (src/vocab/conditions.ts, CONTRACTS.md round 2). Other words are accepted and reported back as not used.
 */
import { CONDITION_ALIASES, CONDITIONS, recogniseConditions } from '../vocab/index.js';
import type { Condition } from '../vocab/index.js';

/** Conditions that change which medicines are safe, each with accepted spellings (kebab-case). */
export const COMORBIDITY_ALIASES = CONDITION_ALIASES;

/** A comorbidity the checker understands. */
export type Comorbidity = Condition;
export const COMORBIDITIES: readonly Comorbidity[] = CONDITIONS;

/**
 * Maps a comorbidity as written to the shared vocabulary (the first condition it names), or undefined.
 * @param text - e.g. `"CKD"`, `"cirrhosis"`, `"sleep apnea"`
 */
export function recogniseComorbidity(text: string): Comorbidity | undefined {
  return recogniseConditions(text)[0];
}
