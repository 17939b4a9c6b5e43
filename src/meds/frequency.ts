/**
 * Reads a dosing frequency the way prescribers and patients write it (`q6h`, `q4-6h`, `tid`,
 * `every 8 hours`, `3x/day`, `at bedtime`, `as needed up to 4 times a day`) into doses per day.
 * For a range the checker uses the most frequent end, because the maximum check must cover the
 * most a patient may take under the instruction.
 */
import { NUMBER_WORDS } from '../vocab/index.js';

/** A parsed frequency. `timesPerDay` is null when the text allows an open number of doses (bare `prn`). */
export interface Frequency {
  /** Most doses a day the instruction allows (used for the maximum check). */
  readonly timesPerDay: number | null;
  /** Fewest doses a day the instruction implies (equal to `timesPerDay` unless a range was given). */
  readonly minTimesPerDay: number | null;
  /** Taken only when needed. */
  readonly asNeeded: boolean;
}

const DAYS_PER_YEAR = 365;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

const COUNT_WORDS: Readonly<Record<string, number>> = {
  ...NUMBER_WORDS,
  once: 1,
  twice: 2,
  thrice: 3,
};

/** Latin abbreviations and everyday phrases that name a fixed count per day. */
const NAMED_COUNTS: readonly (readonly [RegExp, number])[] = [
  [
    /\b(?:qd|od|q24h|daily|once a day|once daily|once per day|every day|each day|per day|a day|nightly|at night|bedtime|before bed|at bed|qhs|hs|nocte|mane|qam|qpm|every morning|every evening|every night|in the morning|in the evening|morning|evening|once|stat|single dose)\b/,
    1,
  ],
  [/\b(?:bid|bd|twice)\b/, 2],
  [/\b(?:tid|tds|thrice)\b/, 3],
  [/\b(?:qid|qds)\b/, 4],
];

const NUM = String.raw`(\d+(?:\.\d+)?|once|twice|thrice|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const RANGE_SEP = String.raw`\s*(?:-|–|to|or)\s*`;
// A bare number before "daily" is more often a tablet count ("2 daily"), so a count needs "times", "x" or "per".
const COUNT_SEP = String.raw`\s*(?:(?:x|times?|doses?)\s*(?:a|per|\/|each|every|in)?|\/|per)\s*`;
const PER_DAY = String.raw`${COUNT_SEP}(?:day|daily|d|24\s*h(?:ours?|rs?)?)\b`;
const PER_WEEK = String.raw`${COUNT_SEP}(?:week|weekly|wk)\b`;
const HOURS = String.raw`\s*h(?:ours?|rs?|r)?\b`;

const toNumber = (token: string): number => COUNT_WORDS[token] ?? Number(token);

/** Turns `b.i.d.`, `Q.6.H.`, `3×/day` and stray punctuation into one spelling. */
function normaliseFrequency(text: string): string {
  return text
    .toLowerCase()
    .replace(/×/g, 'x')
    .replace(/\b([a-z])\.(?=[a-z0-9]\b|[a-z0-9]\.)/g, '$1')
    .replace(/(\d)\s*x\s*(?=\/|per|a\b|daily|day|weekly|week)/g, '$1 times ')
    .replace(/[.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Match {
  readonly max: number;
  readonly min: number;
  readonly start: number;
  readonly end: number;
  /** "up to 4 times a day": a ceiling on the other phrases rather than a schedule of its own. */
  readonly cap: boolean;
  /** "with meals" only counts when nothing more specific is written. */
  readonly weak: boolean;
}

const CAP_BEFORE =
  /(?:up to|max(?:imum)?(?: of)?|no more than|not more than|not to exceed|at most)\s*$/;

/** Each pattern returns [max, min] doses per day from its match. */
const PATTERNS: readonly (readonly [
  RegExp,
  (m: RegExpExecArray) => readonly [number, number],
  boolean?,
])[] = [
  // "12 hours on, 12 hours off" (patches): one application a day.
  [/\b\d+\s*h(?:ours?|rs?)?\s*on\b(?:\s*(?:and\s*)?\d+\s*h(?:ours?|rs?)?\s*off\b)?/g, () => [1, 1]],
  // q4-6h, every 4 to 6 hours: the shorter interval gives the most doses.
  [
    new RegExp(String.raw`\b(?:q|every)\s*${NUM}${RANGE_SEP}${NUM}${HOURS}`, 'g'),
    (m) => [24 / toNumber(m[1] ?? ''), 24 / toNumber(m[2] ?? '')],
  ],
  [
    new RegExp(String.raw`\b(?:q|every)\s*${NUM}${HOURS}`, 'g'),
    (m) => [24 / toNumber(m[1] ?? ''), 24 / toNumber(m[1] ?? '')],
  ],
  // UK style: "4-6 hourly", "8-hourly".
  [
    new RegExp(String.raw`\b${NUM}${RANGE_SEP}${NUM}\s*-?\s*hourly\b`, 'g'),
    (m) => [24 / toNumber(m[1] ?? ''), 24 / toNumber(m[2] ?? '')],
  ],
  [
    new RegExp(String.raw`\b${NUM}\s*-?\s*hourly\b`, 'g'),
    (m) => [24 / toNumber(m[1] ?? ''), 24 / toNumber(m[1] ?? '')],
  ],
  [/\b(?:every hour|hourly|qh)\b/g, () => [24, 24]],
  // 2-3 times a day, 3x/day, three times daily, 4 doses a day.
  [
    new RegExp(String.raw`\b${NUM}${RANGE_SEP}${NUM}${PER_DAY}`, 'g'),
    (m) => [toNumber(m[2] ?? ''), toNumber(m[1] ?? '')],
  ],
  [
    new RegExp(String.raw`\b${NUM}${PER_DAY}`, 'g'),
    (m) => [toNumber(m[1] ?? ''), toNumber(m[1] ?? '')],
  ],
  // Weekly, monthly and yearly schedules (methotrexate, injections, high-dose patches).
  [
    new RegExp(String.raw`\b${NUM}${PER_WEEK}`, 'g'),
    (m) => [toNumber(m[1] ?? '') / 7, toNumber(m[1] ?? '') / 7],
  ],
  [/\b(?:weekly|once a week|every week|qw|q1w|qwk)\b/g, () => [1 / 7, 1 / 7]],
  [
    /\b(once|twice|thrice)\s*(?:a|per|each|every)?\s*(?:week|wk)\b/g,
    (m) => [toNumber(m[1] ?? '') / 7, toNumber(m[1] ?? '') / 7],
  ],
  [
    new RegExp(String.raw`\b(?:q|every)\s*${NUM}\s*(?:days?|d)\b`, 'g'),
    (m) => [1 / toNumber(m[1] ?? ''), 1 / toNumber(m[1] ?? '')],
  ],
  [
    new RegExp(String.raw`\b(?:q|every)\s*${NUM}\s*(?:weeks?|wks?)\b`, 'g'),
    (m) => [1 / (7 * toNumber(m[1] ?? '')), 1 / (7 * toNumber(m[1] ?? ''))],
  ],
  [
    new RegExp(String.raw`\b(?:q|every)\s*${NUM}${RANGE_SEP}${NUM}\s*(?:months?|mo)\b`, 'g'),
    (m) => [
      1 / (DAYS_PER_MONTH * toNumber(m[1] ?? '')),
      1 / (DAYS_PER_MONTH * toNumber(m[2] ?? '')),
    ],
  ],
  [
    new RegExp(String.raw`\b(?:q|every)\s*${NUM}\s*(?:months?|mo)\b`, 'g'),
    (m) => [
      1 / (DAYS_PER_MONTH * toNumber(m[1] ?? '')),
      1 / (DAYS_PER_MONTH * toNumber(m[1] ?? '')),
    ],
  ],
  [/\b(?:monthly|once a month|every month)\b/g, () => [1 / DAYS_PER_MONTH, 1 / DAYS_PER_MONTH]],
  [/\b(?:quarterly)\b/g, () => [4 / DAYS_PER_YEAR, 4 / DAYS_PER_YEAR]],
  [/\b(?:yearly|annually|once a year|every year)\b/g, () => [1 / DAYS_PER_YEAR, 1 / DAYS_PER_YEAR]],
  [/\b(?:every other day|qod|alternate days|on alternate days)\b/g, () => [0.5, 0.5]],
  // "with meals" and "before meals" mean three doses unless a count is also written.
  [/\b(?:with|before|after) (?:each |every )?meals?\b|\bac\b|\bpc\b/g, () => [3, 3], true],
];

/** Words that mark an as-needed instruction. */
const AS_NEEDED =
  /\b(?:prn|as needed|as required|if needed|when needed|when required|if required|sos|as directed for pain|for breakthrough pain)\b/;

/**
 * Parses a frequency text into doses per day, or returns undefined when no schedule can be read.
 * @param text - e.g. `"q4-6h"`, `"tid"`, `"every 8 hours"`, `"as needed up to 4 times a day"`, `"prn"`
 * @returns the most and fewest doses per day, and whether the drug is taken only as needed
 */
export function parseFrequency(text: string): Frequency | undefined {
  const s = normaliseFrequency(text);
  if (s.length === 0) return undefined;
  const asNeeded = AS_NEEDED.test(s);
  const matches: Match[] = [];
  const taken: [number, number][] = [];
  const overlaps = (start: number, end: number): boolean =>
    taken.some(([a, b]) => start < b && end > a);
  for (const [pattern, read, weak] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(s); m !== null; m = pattern.exec(s)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const [max, min] = read(m);
      if (!Number.isFinite(max) || !Number.isFinite(min) || max <= 0 || min <= 0) continue;
      taken.push([start, end]);
      matches.push({
        max: Math.max(max, min),
        min: Math.min(max, min),
        start,
        end,
        cap: CAP_BEFORE.test(s.slice(0, start)),
        weak: weak === true,
      });
    }
  }
  // Named counts (tid, bid, daily, at bedtime) go last so "3 times a day" is not read as "a day" = 1.
  for (const [pattern, count] of NAMED_COUNTS) {
    const global = new RegExp(pattern.source, 'g');
    for (let m = global.exec(s); m !== null; m = global.exec(s)) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      taken.push([start, end]);
      matches.push({
        max: count,
        min: count,
        start,
        end,
        cap: CAP_BEFORE.test(s.slice(0, start)),
        weak: false,
      });
    }
  }
  if (matches.length === 0) {
    return asNeeded ? { timesPerDay: null, minTimesPerDay: null, asNeeded: true } : undefined;
  }
  matches.sort((a, b) => a.start - b.start);
  const strong = matches.filter((m) => !m.weak);
  const usable = strong.length > 0 ? strong : matches;
  const schedule = usable.filter((m) => !m.cap);
  const caps = usable.filter((m) => m.cap);
  let max: number;
  let min: number;
  if (schedule.length === 0) {
    // "as needed, up to 4 times a day": the ceiling is the schedule.
    max = Math.min(...caps.map((c) => c.max));
    min = Math.min(...caps.map((c) => c.min));
  } else {
    ({ max, min } = combineSchedule(s, schedule));
    if (caps.length > 0) {
      const ceiling = Math.min(...caps.map((c) => c.max));
      max = Math.min(max, ceiling);
      min = Math.min(min, max);
    }
  }
  return { timesPerDay: round(max), minTimesPerDay: round(min), asNeeded };
}

/** Adds phrases joined by "and"/"plus" (`tid and at bedtime` = 4); otherwise keeps the largest. */
function combineSchedule(s: string, schedule: readonly Match[]): { max: number; min: number } {
  let max = schedule[0]?.max ?? 0;
  let min = schedule[0]?.min ?? 0;
  for (let i = 1; i < schedule.length; i++) {
    const prev = schedule[i - 1];
    const cur = schedule[i];
    if (!prev || !cur) continue;
    const between = s.slice(prev.end, cur.start);
    if (/\b(?:and|plus)\b|\+|&/.test(between) && !/\bor\b/.test(between)) {
      max += cur.max;
      min += cur.min;
    } else {
      max = Math.max(max, cur.max);
      min = Math.max(min, cur.min);
    }
  }
  return { max, min };
}

/** Keeps counts such as 24/7 exact enough without long binary fractions. */
const round = (n: number): number => Math.round(n * 1e6) / 1e6;
