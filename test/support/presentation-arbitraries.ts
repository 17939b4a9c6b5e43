/**
 * fast-check generators for the parts of a presentation (symptoms and examination findings), shared by
 * the property tests of triage, localisation and assessment. Each takes the side generator (some suites
 * also leave the side out) and the longest list to generate.
 */
import fc from 'fast-check';
import {
  BODY_REGIONS,
  EXAM_TESTS,
  MOVEMENTS,
  REFLEXES,
  SYMPTOM_KINDS,
} from '../../src/vocab/index.js';
import type { ReflexStatus, SensoryStatus } from '../../src/vocab/index.js';

/** A finding's side: left, right or both. */
export const sideArb = fc.constantFrom('left', 'right', 'bilateral' as const);

/** Up to `maxLength` symptoms of any kind in any region. */
export const symptomsArb = <S>(side: fc.Arbitrary<S>, maxLength: number) =>
  fc.array(
    fc.record({
      kind: fc.constantFrom(...SYMPTOM_KINDS),
      region: fc.constantFrom(...BODY_REGIONS),
      side,
    }),
    { maxLength },
  );

/** Up to `maxLength` muscle tests of any movement, MRC 0–5. */
export const motorArb = <S>(side: fc.Arbitrary<S>, maxLength: number) =>
  fc.array(
    fc.record({
      movement: fc.constantFrom(...MOVEMENTS),
      side,
      mrc: fc.integer({ min: 0, max: 5 }),
    }),
    { maxLength },
  );

/** Up to `maxLength` sensory findings in any region, with one of `statuses`. */
export const sensoryArb = <S>(
  side: fc.Arbitrary<S>,
  statuses: readonly SensoryStatus[],
  maxLength: number,
) =>
  fc.array(
    fc.record({
      region: fc.constantFrom(...BODY_REGIONS),
      side,
      status: fc.constantFrom(...statuses),
    }),
    { maxLength },
  );

/** Up to `maxLength` reflexes of any kind, with one of `statuses`. */
export const reflexesArb = <S>(
  side: fc.Arbitrary<S>,
  statuses: readonly ReflexStatus[],
  maxLength: number,
) =>
  fc.array(
    fc.record({
      reflex: fc.constantFrom(...REFLEXES),
      side,
      status: fc.constantFrom(...statuses),
    }),
    { maxLength },
  );

/** Up to `maxLength` bedside tests of any kind, positive or negative. */
export const testsArb = <S>(side: fc.Arbitrary<S>, maxLength: number) =>
  fc.array(
    fc.record({
      test: fc.constantFrom(...EXAM_TESTS),
      side,
      result: fc.constantFrom('positive', 'negative' as const),
    }),
    { maxLength },
  );
