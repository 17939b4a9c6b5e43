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
import { assess } from '../../src/index.js';

interface Expect {
  roots?: string[];
  side?: string;
  triage: string[];
  stage?: string[];
  concordant?: boolean[];
  differentials?: string[];
  workup?: string[];
}
interface Case {
  id: string;
  presentation: unknown;
  expect: Expect;
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
      it(`triage is one of ${e.triage.join('/')}`, () =>
        assert.ok(
          e.triage.includes(a.triage.level),
          `got ${a.triage.level}: ${a.triage.reasons.map((r) => r.code).join(', ')}`,
        ));
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
        it(`lists differential ${d}`, () => assert.ok(a.differentials.some((x) => x.code === d)));
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
