/**
 * The outcome instruments keyed by id, and `score(instrument, input)`, the one entry point the CLI
 * (`foramen score`) and HTTP (`POST /api/scores/:instrument`) shells call.
 */
import type { z } from 'zod';
import { defineRegistry, untrustedEntry } from '../registry.js';
import type { CitationId } from '../kb/index.js';
import { OdiInputSchema, scoreOdi } from './odi.js';
import type { OdiResult } from './odi.js';
import { StartBackInputSchema, scoreStartBack } from './startback.js';
import type { StartBackResult } from './startback.js';
import { NrsInputSchema, scoreNrs } from './nrs.js';
import type { NrsResult } from './nrs.js';
import { ZcqInputSchema, scoreZcq } from './zcq.js';
import type { ZcqResult } from './zcq.js';
import { RmdqInputSchema, scoreRmdq } from './rmdq.js';
import type { RmdqResult } from './rmdq.js';

/** Any score result. */
export type ScoreResult = OdiResult | StartBackResult | NrsResult | ZcqResult | RmdqResult;

/** One entry of the registry. */
export interface ScoreInstrument {
  readonly name: string;
  readonly description: string;
  /** The result fields that carry the score, for listings. */
  readonly outputs: readonly string[];
  readonly source: CitationId;
  readonly inputSchema: z.ZodType;
  /** A valid input, for documentation and smoke tests. */
  readonly example: unknown;
  /** Parses `input` and scores it (throws InputError on bad input). */
  readonly score: (input: unknown) => ScoreResult;
}

const REGISTRY = defineRegistry(
  {
    odi: {
      name: 'Oswestry Disability Index 2.1a',
      description:
        'Back-related disability: ten sections scored 0–5, reported as a percentage of the answered maximum (skipped sections leave the denominator).',
      outputs: ['score', 'band', 'answered'],
      source: 'pro-fairbank-2000',
      inputSchema: OdiInputSchema,
      example: { answers: [3, 2, 3, 2, 2, 2, 1, null, 2, 2] },
      score: untrustedEntry(OdiInputSchema, scoreOdi),
    },
    startback: {
      name: 'Keele STarT Back Screening Tool',
      description:
        'Risk of a poor outcome from back pain: nine agree/disagree items, total 0–9, psychosocial subscale 0–5, risk low, medium or high.',
      outputs: ['total', 'psychosocial', 'risk'],
      source: 'pro-keele-sbst-scoring',
      inputSchema: StartBackInputSchema,
      example: { answers: [1, 0, 1, 1, 1, 0, 1, 0, 0] },
      score: untrustedEntry(StartBackInputSchema, scoreStartBack),
    },
    nrs: {
      name: 'Numeric Rating Scale for pain',
      description:
        'Pain intensity from 0 (none) to 10 (worst imaginable), for back, leg or overall pain.',
      outputs: ['value', 'band', 'site'],
      source: 'pro-ostelo-2008',
      inputSchema: NrsInputSchema,
      example: { value: 7, site: 'leg' },
      score: untrustedEntry(NrsInputSchema, scoreNrs),
    },
    zcq: {
      name: 'Zurich Claudication Questionnaire',
      description:
        'Spinal stenosis outcome: symptom severity (1–5), physical function (1–4) and, after treatment, satisfaction (1–4), each the mean of its items.',
      outputs: ['symptomSeverity', 'physicalFunction', 'satisfaction'],
      source: 'pro-stucki-1996',
      inputSchema: ZcqInputSchema,
      example: { symptomSeverity: [3, 4, 3, 4, 2, 2, 3], physicalFunction: [3, 2, 2, 1, 1] },
      score: untrustedEntry(ZcqInputSchema, scoreZcq),
    },
    rmdq: {
      name: 'Roland-Morris Disability Questionnaire',
      description: 'Back-related disability: the number of 24 statements that apply today (0–24).',
      outputs: ['score', 'atRecoveryLevel'],
      source: 'pro-roland-1983',
      inputSchema: RmdqInputSchema,
      example: {
        answers: [1, 1, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0],
      },
      score: untrustedEntry(RmdqInputSchema, scoreRmdq),
    },
  } as const satisfies Record<string, ScoreInstrument>,
  { code: 'unknown-id', path: 'instrument', noun: 'instrument' },
);

/** The instruments keyed by id (see `defineRegistry`). */
export const SCORE_INSTRUMENTS = REGISTRY.entries;

/** Ids of the instruments, in registry order. */
export type ScoreInstrumentId = keyof typeof SCORE_INSTRUMENTS;
export const SCORE_INSTRUMENT_IDS: ScoreInstrumentId[] = REGISTRY.ids;

/** True when `id` names an instrument. */
export const isScoreInstrumentId = REGISTRY.has;

/**
 * Throws an InputError (path `instrument`, listing the instruments) unless `id` names one.
 * @param id - an instrument id from a user
 */
export function assertScoreInstrumentId(id: string): asserts id is ScoreInstrumentId {
  REGISTRY.check(id);
}

/**
 * Scores `input` with the named instrument, validating both.
 * @param instrument - an instrument id, e.g. `odi`
 * @param input - untrusted JSON input for that instrument
 * @returns the instrument's result (contract fields first)
 * @throws InputError when the instrument is unknown or the input is invalid (path names the field)
 */
export function score(instrument: string, input: unknown): ScoreResult {
  return SCORE_INSTRUMENTS[REGISTRY.check(instrument)].score(input);
}

/** A listing of the instruments for `foramen score --list` and `GET /api/scores`. */
export function describeScoreInstruments(): {
  instruments: {
    id: ScoreInstrumentId;
    name: string;
    description: string;
    outputs: readonly string[];
    source: CitationId;
    example: unknown;
  }[];
} {
  return {
    instruments: SCORE_INSTRUMENT_IDS.map((id) => {
      const s: ScoreInstrument = SCORE_INSTRUMENTS[id];
      return {
        id,
        name: s.name,
        description: s.description,
        outputs: s.outputs,
        source: s.source,
        example: s.example,
      };
    }),
  };
}
