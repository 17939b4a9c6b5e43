/**
 * Golden vignettes: every case in test/fixtures/vignettes/*.json (dev.json is a copy of
 * shared/vignettes/dev.json so the suite runs without ../shared) and, when present, shared/vignettes/*.json
 * beside the repository. One describe per case; each expectation is asserted explicitly.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { assess, getKb, TRIAGE_LEVELS } from '../../src/index.js';
import type { Assessment } from '../../src/index.js';

/**
 * What a case expects. The round-2 keys (minTriage onwards) are the reviewer's: `minTriage` is a floor,
 * `concerns` must each appear on a triage reason, `differentialsLikely` must each be listed as likely,
 * `radicularCodesAllowed: false` forbids radiculopathy and sciatica codes, `planExcludesDrugClasses` forbids
 * a plan step that recommends a drug of that class, and `inconsistencies` lists expected codes (or a
 * boolean: any / none).
 */
interface Expect {
  roots?: string[];
  side?: string;
  triage?: string[];
  stage?: string[];
  concordant?: boolean[];
  differentials?: string[];
  workup?: string[];
  minTriage?: string;
  concerns?: string[];
  differentialsLikely?: string[];
  radicularCodesAllowed?: boolean;
  workupIncludes?: string[];
  workupExcludes?: string[];
  planExcludesDrugClasses?: string[];
  inconsistencies?: string[] | boolean | number;
  codesExclude?: string[];
  /** `true`: whichever of the two the input calls for (weight-based when `weightKg` is given). */
  pediatricDosing?: 'weight-based' | 'weight-required' | true;
  notes?: string;
}
interface Case {
  id: string;
  presentation: unknown;
  expect: Expect;
}

/** Radiculopathy codes (M54.1-, M51.1-, and the spondylosis combination M47.2-). */
const RADICULAR_CODE = /^(M54\.1|M51\.1|M47\.2)/;
const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
/**
 * Whether a differential answers a reviewer's free-text name ("common peroneal neuropathy",
 * "myelopathy"): the same code, or every word of the name in the code or the text.
 */
function namesDifferential(name: string, d: { code: string; text: string }): boolean {
  if (words(name).join('-') === d.code) return true;
  const have = new Set([...words(d.code), ...words(d.text)]);
  return words(name).every((w) => have.has(w));
}
/** The adult labelled daily maxima of the analgesics a plan can name ("3200 mg", "4000 mg"). */
const ADULT_MAXIMA = ['drug-ibuprofen', 'drug-acetaminophen'].flatMap((id) => {
  const e = getKb().byId.get(id);
  return e && e.category === 'drug' ? [`${e.maxDaily.amount} mg`] : [];
});
const rank = (level: string): number => (TRIAGE_LEVELS as readonly string[]).indexOf(level);
/** Plan steps that recommend a drug of a class: by the step's KB drug entry or its code. */
function stepsRecommending(a: Assessment, drugClass: string): string[] {
  const kb = getKb();
  return a.plan.steps
    .filter((s) => {
      const entry = s.kbId ? kb.byId.get(s.kbId) : undefined;
      const cls = entry && entry.category === 'drug' ? entry.drugClass : undefined;
      return s.code === drugClass || cls === drugClass;
    })
    .map((s) => s.code);
}

const fixtures = fileURLToPath(new URL('../../../test/fixtures/vignettes/', import.meta.url));
const shared = fileURLToPath(new URL('../../../../shared/vignettes/', import.meta.url));

function load(dir: string): { file: string; cases: Case[] }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      file: f,
      cases: (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { cases: Case[] }).cases,
    }));
}

const seen = new Set<string>();
const suites = [...load(fixtures), ...load(shared)];

it('finds the dev vignettes', () => {
  assert.ok(suites.some((s) => s.file === 'dev.json' && s.cases.length >= 12));
});

for (const suite of suites) {
  for (const c of suite.cases) {
    if (seen.has(c.id)) continue; // the shared dev.json duplicates the fixture copy
    seen.add(c.id);
    describe(`vignette ${c.id} (${suite.file})`, () => {
      const a = assess(c.presentation);
      const top = a.roots[0];
      const e = c.expect;
      const triage = e.triage;
      if (triage !== undefined) {
        it(`triage is one of ${triage.join('/')}`, () =>
          assert.ok(
            triage.includes(a.triage.level),
            `got ${a.triage.level}: ${a.triage.reasons.map((r) => r.code).join(', ')}`,
          ));
      }
      const floor = e.minTriage;
      if (floor !== undefined) {
        it(`triage is at least ${floor}`, () =>
          assert.ok(
            rank(a.triage.level) >= rank(floor),
            `got ${a.triage.level}: ${a.triage.reasons.map((r) => r.code).join(', ')}`,
          ));
      }
      for (const concern of e.concerns ?? []) {
        it(`a triage reason has concern ${concern}`, () =>
          assert.ok(
            a.triage.reasons.some((r) => r.concern === concern),
            a.triage.reasons.map((r) => `${r.code}:${r.concern}`).join(', '),
          ));
      }
      for (const d of e.differentialsLikely ?? []) {
        it(`lists differential ${d} as likely`, () =>
          assert.ok(
            a.differentials.some((x) => x.likelihood === 'likely' && namesDifferential(d, x)),
            a.differentials.map((x) => `${x.code}:${x.likelihood}`).join(', '),
          ));
      }
      if (e.radicularCodesAllowed === false) {
        it('emits no radiculopathy or sciatica code', () =>
          assert.deepEqual(
            a.codes.filter((c) => RADICULAR_CODE.test(c.code)).map((c) => c.code),
            [],
          ));
      }
      for (const w of e.workupIncludes ?? []) {
        it(`work-up includes ${w}`, () =>
          assert.ok(
            a.workup.some((x) => x.test.includes(w)),
            a.workup.map((x) => x.test).join(', '),
          ));
      }
      for (const w of e.workupExcludes ?? []) {
        it(`work-up excludes ${w}`, () =>
          assert.ok(!a.workup.some((x) => x.test === w), a.workup.map((x) => x.test).join(', ')));
      }
      for (const code of e.codesExclude ?? []) {
        it(`does not emit code ${code}`, () =>
          assert.ok(!a.codes.some((c) => c.code === code), a.codes.map((c) => c.code).join(', ')));
      }
      const given = (c.presentation as { weightKg?: unknown }).weightKg !== undefined;
      const dosing =
        e.pediatricDosing === true
          ? given
            ? 'weight-based'
            : 'weight-required'
          : e.pediatricDosing;
      if (dosing !== undefined) {
        it(`child's doses are ${dosing}, never an adult maximum`, () => {
          const text = a.plan.steps.map((s) => s.text).join(' ');
          for (const m of ADULT_MAXIMA) assert.ok(!JSON.stringify(a).includes(m), m);
          assert.match(text, dosing === 'weight-based' ? /mg\/kg/ : /weight/);
        });
      }
      for (const cls of e.planExcludesDrugClasses ?? []) {
        it(`no plan step recommends a ${cls}`, () =>
          assert.deepEqual(stepsRecommending(a, cls), []));
      }
      const inc = e.inconsistencies;
      if (inc !== undefined) {
        const got = a.inconsistencies.map((x) => x.code);
        if (Array.isArray(inc)) {
          if (inc.length === 0) {
            it('reports no inconsistency', () => assert.deepEqual(got, []));
          }
          for (const code of inc) {
            it(`reports inconsistency ${code}`, () =>
              assert.ok(got.includes(code), got.join(', ')));
          }
        } else if (typeof inc === 'number') {
          it(`reports at least ${inc} inconsistencies`, () => assert.ok(got.length >= inc));
        } else {
          it(inc ? 'reports an inconsistency' : 'reports no inconsistency', () =>
            assert.equal(got.length > 0, inc, got.join(', ')),
          );
        }
      }
      if (e.roots !== undefined) {
        const roots = e.roots;
        if (roots.length === 0) {
          it('localises no root', () =>
            assert.deepEqual(
              a.roots.map((r) => `${r.root} ${r.side}`),
              [],
            ));
        } else {
          it(`top root is one of ${roots.join('/')}`, () =>
            assert.ok(
              top !== undefined && roots.includes(top.root),
              `got ${a.roots.map((r) => `${r.root}:${r.score}`).join(' ')}`,
            ));
        }
      }
      if (e.side !== undefined) {
        it(`top root side is ${e.side}`, () => assert.equal(top?.side, e.side));
      }
      if (e.stage !== undefined) {
        const stage = e.stage;
        it(`plan stage is one of ${stage.join('/')}`, () =>
          assert.ok(stage.includes(a.plan.stage), `got ${a.plan.stage}`));
      }
      if (e.concordant !== undefined) {
        it(`concordance is ${JSON.stringify(e.concordant)}`, () =>
          assert.deepEqual(
            a.concordance.map((x) => x.concordant),
            e.concordant,
          ));
      }
      for (const d of e.differentials ?? []) {
        it(`lists differential ${d}`, () =>
          assert.ok(
            a.differentials.some((x) => namesDifferential(d, x)),
            a.differentials.map((x) => x.code).join(', '),
          ));
      }
      for (const w of e.workup ?? []) {
        it(`lists work-up ${w}`, () =>
          assert.ok(
            a.workup.some((x) => x.test === w),
            a.workup.map((x) => x.test).join(', '),
          ));
      }
      it('carries the disclaimer and scores in 0–1, sorted', () => {
        assert.match(a.disclaimer, /not a diagnosis/);
        for (const r of a.roots) assert.ok(r.score >= 0 && r.score <= 1);
        for (let i = 1; i < a.roots.length; i++) {
          assert.ok((a.roots[i - 1]?.score ?? 0) >= (a.roots[i]?.score ?? 0));
        }
      });
    });
  }
}
