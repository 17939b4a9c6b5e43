/**
 * Oswestry Disability Index 2.1a (Fairbank & Pynsent 2000): ten sections scored 0–5; the score is the
 * answered total as a percentage of the answered maximum, so each skipped section lowers the
 * denominator by 5 (worked example 16/45 × 100 = 35.6 % with one section skipped).
 */
import * as z from 'zod';
import { InputError, parseInput } from '../errors.js';
import { baseOf, formatScore, itemList, itemRange } from './result.js';
import type { ScoreResultBase } from './result.js';
import type { CitationId } from '../kb/index.js';

/** The ten sections of ODI 2.1a, in questionnaire order. */
export const ODI_SECTIONS = [
  'pain-intensity',
  'personal-care',
  'lifting',
  'walking',
  'sitting',
  'standing',
  'sleeping',
  'sex-life',
  'social-life',
  'travelling',
] as const;
export type OdiSection = (typeof ODI_SECTIONS)[number];

/** Questionnaire versions: 2.1a, or the modified ODI whose section 8 asks about employment or homemaking. */
export const ODI_VERSIONS = ['2.1a', 'modified'] as const;
export type OdiVersion = (typeof ODI_VERSIONS)[number];

/** Interpretation bands, inclusive at the upper bound (a score of exactly 20 is minimal disability). */
export const ODI_BANDS = [
  { upTo: 20, band: 'minimal disability', meaning: 'copes with most activities of daily living' },
  {
    upTo: 40,
    band: 'moderate disability',
    meaning: 'more pain and difficulty with sitting, lifting and standing',
  },
  {
    upTo: 60,
    band: 'severe disability',
    meaning: 'pain is the main problem; needs detailed investigation',
  },
  {
    upTo: 80,
    band: 'crippled',
    meaning: 'back pain affects every part of life; needs active intervention',
  },
  {
    upTo: 100,
    band: 'bed-bound or exaggerating symptoms',
    meaning: 'either confined to bed or overstating symptoms',
  },
] as const;
export type OdiBand = (typeof ODI_BANDS)[number]['band'];

/**
 * Input of the `odi` instrument (CONTRACTS.md). `null` marks a skipped section. `maxSkipped` is an
 * optional local policy: the published method sets no limit, many services refuse forms with more
 * than two sections skipped.
 */
export const OdiInputSchema = z.strictObject({
  answers: itemList(itemRange(0, 5).nullable(), ODI_SECTIONS.length, 'ODI section').describe(
    'ten section scores 0–5, null when skipped',
  ),
  version: z
    .enum(ODI_VERSIONS)
    .optional()
    .describe('2.1a (default) or modified (section 8 employment/homemaking)'),
  maxSkipped: itemRange(0, 9)
    .optional()
    .describe(
      'refuse the form when more sections than this are skipped (default: no limit, as published)',
    ),
});
export type OdiInput = z.input<typeof OdiInputSchema>;

/** An ODI result: the contract fields first, then how they were reached. */
export type OdiResult = ScoreResultBase<'odi'> & {
  /** Percent disability, unrounded (the published formula); round only for display. */
  readonly score: number;
  readonly band: OdiBand;
  /** Number of sections answered. */
  readonly answered: number;
  /** The score rounded to a whole percent, for display. */
  readonly scoreRounded: number;
  /** Sum of the answered section scores. */
  readonly total: number;
  /** Largest possible total for the answered sections (5 per answered section). */
  readonly maximum: number;
  /** Sections left blank, by name. */
  readonly skipped: OdiSection[];
  readonly version: OdiVersion;
};

// Beyond two skipped sections many services stop scoring; the published method does not, so this warns.
const SKIPPED_WARNING_ABOVE = 2;

/**
 * The ODI band of a percent score; bands are inclusive at the upper bound, so 20 is minimal and 20.5
 * moderate.
 * @param score - percent disability, 0–100
 */
export function odiBandOf(score: number): OdiBand {
  for (const row of ODI_BANDS) if (score <= row.upTo) return row.band;
  return 'bed-bound or exaggerating symptoms';
}

/**
 * Scores an Oswestry Disability Index form with the published rule for skipped sections.
 * {@link https://doi.org/10.1097/00007632-200011150-00017 | Fairbank & Pynsent 2000}
 * @param input - ten section answers (0–5 or null), optional version and skipped-section limit
 * @returns the percent score, its band and the number of sections answered
 * @throws InputError when no section is answered or more are skipped than `maxSkipped` allows
 */
export function scoreOdi(input: OdiInput): OdiResult {
  const v = parseInput(OdiInputSchema, input);
  const skipped = ODI_SECTIONS.filter((_, i) => v.answers[i] === null);
  const answeredScores = v.answers.filter((a): a is number => a !== null);
  const answered = answeredScores.length;
  if (answered === 0) {
    throw new InputError(
      'invalid-input',
      'answers',
      'no section is answered, so the form cannot be scored',
    );
  }
  if (v.maxSkipped !== undefined && skipped.length > v.maxSkipped) {
    throw new InputError(
      'invalid-input',
      'answers',
      `${skipped.length} sections are skipped; this service scores forms with at most ${v.maxSkipped} skipped (maxSkipped)`,
    );
  }
  const total = answeredScores.reduce((a, b) => a + b, 0);
  const maximum = 5 * answered;
  // total × 100 ÷ maximum is exact whenever the percentage is a whole number (7/50 × 100 is not).
  const score = (total * 100) / maximum;
  const band = odiBandOf(score);
  const version = v.version ?? '2.1a';
  const sources: CitationId[] = [
    'pro-odi-bands',
    ...(version === 'modified' ? (['pro-fritz-2001'] as const) : []),
  ];
  const criteria = [
    `${answered} of 10 sections answered; total ${total} of a possible ${maximum}.`,
    `Score = ${total} / ${maximum} × 100 = ${formatScore(score)} %${skipped.length > 0 ? ` (each skipped section takes 5 off the denominator: ${skipped.join(', ')})` : ''}.`,
    `Band: ${band} (0–20 minimal, 21–40 moderate, 41–60 severe, 61–80 crippled, 81–100 bed-bound or exaggerating).`,
  ];
  const warnings =
    skipped.length > SKIPPED_WARNING_ABOVE
      ? [
          `${skipped.length} sections are skipped; many services do not score a form with more than ${SKIPPED_WARNING_ABOVE} missing, so read this score with care.`,
        ]
      : [];
  return {
    instrument: 'odi',
    score,
    band,
    answered,
    scoreRounded: Math.round(score),
    total,
    maximum,
    skipped,
    version,
    ...baseOf('pro-fairbank-2000', { criteria, sources, warnings }),
  };
}
