/**
 * Output contracts for the fuzz suites: what every valid input must produce, per CONTRACTS.md (names,
 * enums, nesting; extra fields allowed) and the invariants STYLE.md §7 names. The library, CLI and HTTP
 * suites all check their outputs here, so the three shells are held to one contract.
 */
import assert from 'node:assert/strict';
import { z } from 'zod';
import {
  ALERT_CODE_LIST,
  ALERT_SEVERITIES,
  ARTICLE_SECTION_IDS,
  AssessmentSchema,
  FINDING_TYPES,
  GRADING_SYSTEMS,
  GRADING_SYSTEM_IDS,
  KB_CATEGORIES,
  LEVELS,
  ParseReportResultSchema,
  ROOTS,
  SCORE_INSTRUMENT_IDS,
  SEVERITIES,
  SIDES,
  TRIAGE_LEVELS,
  ZONES,
} from '../../src/index.js';

/** Parses `value` with `schema` or fails with the first issue's path and message. */
export function assertMatches(schema: z.ZodType, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    assert.fail(
      `${what} breaks its contract at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
}

const text = z.string().min(1);
const severity = z.enum(SEVERITIES);

/** `foramen grade` / `POST /api/grade/:system` (CONTRACTS.md: system, grade, label, severity, criteria, source). */
export const GradeResultContract = z.looseObject({
  system: z.enum(GRADING_SYSTEM_IDS),
  grade: z.union([z.string(), z.number()]),
  label: text,
  severity: severity.nullable(),
  criteria: z.array(text).min(1),
  source: text,
});

/** Checks a grading result, and that its grade is one the system's registry lists. */
export function checkGradeResult(system: string, out: unknown): void {
  assertMatches(GradeResultContract, out, `grade ${system}`);
  const result = out as z.infer<typeof GradeResultContract>;
  assert.equal(result.system, system);
  const grades =
    (GRADING_SYSTEMS as Record<string, { grades: readonly (string | number)[] }>)[system]?.grades ??
    [];
  assert.ok(
    grades.includes(result.grade),
    `grade ${system}: ${String(result.grade)} is not one of ${grades.join(', ')}`,
  );
}

/** `foramen score` / `POST /api/scores/:instrument`: the instrument, criteria and a source. */
export const ScoreResultContract = z.looseObject({
  instrument: z.enum(SCORE_INSTRUMENT_IDS),
  criteria: z.array(text),
  source: text,
});

const finiteOrNull = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'number' && Number.isFinite(v));

/** Checks a score result and the published ranges of each instrument's numbers. */
export function checkScoreResult(instrument: string, out: unknown): void {
  assertMatches(ScoreResultContract, out, `score ${instrument}`);
  const r = out as Record<string, unknown>;
  assert.equal(r.instrument, instrument);
  for (const [k, v] of Object.entries(r)) {
    if (typeof v === 'number') assert.ok(Number.isFinite(v), `score ${instrument}: ${k} is ${v}`);
  }
  const within = (k: string, lo: number, hi: number) => {
    const v = r[k];
    assert.ok(finiteOrNull(v), `score ${instrument}: ${k} is not a number`);
    if (typeof v === 'number') {
      assert.ok(v >= lo && v <= hi, `score ${instrument}: ${k} = ${v} outside ${lo}–${hi}`);
    }
  };
  switch (instrument) {
    case 'odi':
      within('score', 0, 100);
      within('answered', 0, 10);
      break;
    case 'startback':
      within('total', 0, 9);
      within('psychosocial', 0, 5);
      break;
    case 'nrs':
      within('value', 0, 10);
      break;
    case 'rmdq':
      within('score', 0, 24);
      break;
    case 'zcq':
      within('symptomSeverity', 1, 5);
      within('physicalFunction', 1, 4);
      within('satisfaction', 1, 4);
      break;
    default:
      break;
  }
}

/** `foramen meds` / `POST /api/meds/check`. */
export const MedsResultContract = z.looseObject({
  drugs: z.array(
    z.looseObject({
      input: z.string(),
      drug: z.string().nullable(),
      dailyMg: z.number().nonnegative().nullable().optional(),
    }),
  ),
  alerts: z.array(
    z.looseObject({
      severity: z.enum(ALERT_SEVERITIES),
      code: z.enum(ALERT_CODE_LIST as [string, ...string[]]),
      drugs: z.array(z.string()),
      text,
      source: text,
    }),
  ),
});

/** Checks a medication check: contract shape, one line per drug given, finite daily amounts. */
export function checkMedsResult(out: unknown, drugCount: number): void {
  assertMatches(MedsResultContract, out, 'meds');
  const r = out as z.infer<typeof MedsResultContract>;
  assert.equal(r.drugs.length, drugCount, 'meds: one resolved line per drug given');
  for (const d of r.drugs) {
    if (typeof d.dailyMg === 'number') {
      assert.ok(Number.isFinite(d.dailyMg), `meds: dailyMg ${d.dailyMg}`);
    }
  }
}

/** Checks an assessment: the schema, sorted 0–1 root scores, the disclaimer, red flags never down-triaged. */
export function checkAssessment(out: unknown, input: unknown): void {
  assertMatches(AssessmentSchema, out, 'assessment');
  const a = out as z.infer<typeof AssessmentSchema>;
  for (let i = 1; i < a.roots.length; i++) {
    assert.ok(
      (a.roots[i - 1]?.score ?? 0) >= (a.roots[i]?.score ?? 0),
      'assessment: roots are not sorted by score',
    );
  }
  assert.ok(a.disclaimer.length > 0, 'assessment: no disclaimer');
  // CONTRACTS.md: cauda equina features mean `emergency`.
  const flags = (input as { flags?: unknown }).flags;
  const cesFlags = [
    'saddle-anesthesia',
    'urinary-retention',
    'urinary-incontinence',
    'fecal-incontinence',
    'sexual-dysfunction',
  ];
  if (Array.isArray(flags) && flags.some((f) => cesFlags.includes(f as string))) {
    assert.equal(
      a.triage.level,
      'emergency',
      `assessment: flags ${flags.join(', ')} gave ${a.triage.level}`,
    );
  }
  assert.ok((TRIAGE_LEVELS as readonly string[]).includes(a.triage.level));
}

/** Checks parsed findings: the schema; spans inside the text and matching `text`; negated stenosis is `none`. */
export function checkParsedReport(out: unknown, input: string): void {
  assertMatches(ParseReportResultSchema, out, 'parse-report');
  const r = out as z.infer<typeof ParseReportResultSchema>;
  for (const f of r.findings) {
    const [from, to] = f.span;
    assert.ok(
      from <= to && to <= input.length,
      `parse-report: span [${from}, ${to}] outside a text of ${input.length}`,
    );
    assert.ok((LEVELS as readonly string[]).includes(f.level), `parse-report: level ${f.level}`);
    assert.ok((FINDING_TYPES as readonly string[]).includes(f.finding));
    if (f.negated && f.finding.endsWith('stenosis')) {
      assert.equal(
        f.severity,
        'none',
        `parse-report: negated ${f.finding} has severity ${String(f.severity)}`,
      );
    }
  }
}

const KbRow = z.looseObject({ id: text, category: z.enum(KB_CATEGORIES), name: text });

/** `kb find`: results best first, scores in 0–1. */
export function checkKbFind(out: unknown, limit = 100): void {
  assertMatches(
    z.looseObject({ results: z.array(KbRow.extend({ score: z.number().min(0).max(1) })) }),
    out,
    'kb find',
  );
  const results = (out as { results: { score: number }[] }).results;
  assert.ok(results.length <= limit, `kb find: ${results.length} results over the limit ${limit}`);
  for (let i = 1; i < results.length; i++) {
    assert.ok((results[i - 1]?.score ?? 0) >= (results[i]?.score ?? 0), 'kb find: not best first');
  }
}

/** `kb list`: `{ items: [{ id, category, name }] }`, all of `category` when one is given. */
export function checkKbList(out: unknown, category?: string): void {
  assertMatches(z.looseObject({ items: z.array(KbRow) }), out, 'kb list');
  if (category !== undefined) {
    for (const item of (out as { items: { category: string }[] }).items) {
      assert.equal(item.category, category);
    }
  }
}

/** `kb show`: the entry with its citations. */
export function checkKbEntry(out: unknown, id: string): void {
  assertMatches(
    KbRow.extend({ citations: z.array(z.looseObject({ id: text })).min(1) }),
    out,
    'kb show',
  );
  assert.equal((out as { id: string }).id, id);
}

/** An article: the requested condition, known section ids, a title and the disclaimer. */
export const ArticleContract = z.looseObject({
  slug: text,
  title: text,
  level: z.enum(LEVELS),
  side: z.enum(SIDES),
  zone: z.enum(ZONES),
  audience: z.enum(['patient', 'clinician']),
  // T12-L1 foraminal articles are about the T12 root, outside the contract's L1–S1 root list.
  root: z.union([z.enum(ROOTS), z.literal('T12')]),
  sections: z.array(z.looseObject({ id: z.enum(ARTICLE_SECTION_IDS) })).min(1),
  disclaimer: text,
});
