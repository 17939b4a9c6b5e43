/**
 * Acceptance tests over all 72 articles (6 levels × 4 zones × 3 sides), built from the shipped KB:
 * the right root, the reading level, the emergency section, doses within the label, no seed passages.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { affectedRoot } from '../../src/anatomy/index.js';
import { LEVELS, SIDES, ZONES, DISCLAIMER } from '../../src/vocab/index.js';
import { getKb } from '../../src/kb/index.js';
import type { DrugEntry } from '../../src/kb/index.js';
import {
  ARTICLE_SECTION_IDS,
  MAX_READING_GRADE,
  articlePatientProse,
  articleProseGrade,
} from '../../src/articles/index.js';
import { amountsInMg, ceilingInMg, isWithinNamedLabels } from '../../src/articles/dose-limits.js';
import { CAUDA_EQUINA_FLAGS } from '../../src/articles/sections/when-to-get-help.js';
import { flagWords } from '../../src/articles/wording.js';
import { allArticles, firstSharedRun, itemsOf, seedGrams, visibleText } from './_support.js';

const articles = allArticles();
const kb = getKb();

describe('the set of articles', () => {
  it('has one article for each of the 72 level × side × zone combinations', () => {
    assert.equal(articles.length, LEVELS.length * SIDES.length * ZONES.length);
    assert.equal(new Set(articles.map((a) => a.slug)).size, 72);
  });
});

for (const a of articles) {
  describe(`${a.level} ${a.side} ${a.zone}`, () => {
    const hit = affectedRoot(a.level, a.zone);

    it(`names the root that affectedRoot gives: ${hit.root} (${hit.relation})`, () => {
      assert.equal(a.root, hit.root);
      assert.equal(a.relation, hit.relation);
      assert.match(a.title, new RegExp(`the ${hit.root} nerve root$`));
      const anatomy = a.sections.find((s) => s.id === 'anatomy');
      const text =
        anatomy?.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' ') ?? '';
      assert.match(text, new RegExp(`Here that is the ${hit.root} root\\.`));
      assert.match(
        text,
        new RegExp(`${hit.relation === 'exiting' ? 'exiting' : 'traversing'} root`),
      );
      // No other root is named as the one pinched.
      assert.doesNotMatch(text, new RegExp(`Here that is the (?!${hit.root} )[TLS]\\d+ root`));
    });

    it(`reads at grade ${MAX_READING_GRADE} or below (Flesch–Kincaid, patient prose)`, () => {
      const grade = articleProseGrade(articlePatientProse(a));
      assert.ok(grade <= MAX_READING_GRADE, `grade ${grade.toFixed(2)}`);
      assert.ok(grade > 0, 'the prose was measured');
      assert.equal(a.readingGrade, Math.round(grade * 100) / 100);
    });

    it('has every section, in the patient order of questions', () => {
      assert.deepEqual(
        a.sections.map((s) => s.id),
        [...ARTICLE_SECTION_IDS],
      );
      for (const s of a.sections) assert.ok(s.blocks.length > 0, `${s.id} is empty`);
    });

    it('always has the emergency warning signs, cauda equina first', () => {
      const help = a.sections.find((s) => s.id === 'when-to-get-help');
      const emergency = help?.blocks.find((b) => b.kind === 'callout' && b.tone === 'emergency');
      assert.ok(emergency && emergency.kind === 'callout', 'no emergency callout');
      assert.match(emergency.title, /emergency department now/);
      const texts = emergency.items.map((i) => i.text);
      for (const flag of CAUDA_EQUINA_FLAGS) {
        assert.ok(
          texts.some((t) => t.startsWith(flagWords(flag))),
          `missing ${flag}`,
        );
      }
      assert.ok(texts.some((t) => /cauda equina/.test(t)));
      // The same advice opens the page, so it is never buried.
      const top = a.sections[0]?.blocks.find((b) => b.kind === 'callout');
      assert.ok(top && top.kind === 'callout' && top.tone === 'emergency');
    });

    it('never prints a dose above the labelled maximum', () => {
      const drugs = new Map(
        kb.entries
          .filter((e): e is DrugEntry => e.category === 'drug')
          .map((d) => [
            d.brandNames.length > 0 ? `${d.name} (${d.brandNames.slice(0, 2).join(', ')})` : d.name,
            d,
          ]),
      );
      let checked = 0;
      for (const { section, item } of itemsOf(a)) {
        if (section !== 'treatment' || item.term === undefined) continue;
        const drug = drugs.get(item.term);
        if (!drug) continue;
        const ceiling = ceilingInMg(drug, kb);
        if (ceiling === undefined) continue;
        for (const text of [item.text, ...(item.clinician ?? [])]) {
          for (const mg of amountsInMg(text)) {
            assert.ok(mg <= ceiling + 1e-6, `${drug.id}: ${mg} mg > ${ceiling} mg in "${text}"`);
          }
        }
        checked += 1;
      }
      assert.ok(checked > 0, 'no medicines were checked');
      // Injections and supplements that name a medicine stay within that medicine's label too.
      for (const { section, item } of itemsOf(a)) {
        if (section !== 'treatment' || (item.term !== undefined && drugs.has(item.term))) continue;
        for (const text of [item.text, ...(item.clinician ?? [])]) {
          assert.ok(isWithinNamedLabels(text, kb), text);
        }
      }
    });

    it('repeats no 10-word passage of the seed articles', () => {
      const shared = firstSharedRun(visibleText(a), grams());
      assert.equal(shared, undefined, `shared with a seed: "${shared ?? ''}"`);
    });

    it('ends with references, the disclaimer, the review date and the KB version', () => {
      assert.ok(a.references.length > 0);
      for (const r of a.references) assert.ok(kb.citations.has(r.id), `unknown citation ${r.id}`);
      const about = a.sections.at(-1);
      const text = about?.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' ') ?? '';
      assert.ok(text.includes(DISCLAIMER));
      assert.match(
        text,
        new RegExp(
          `last reviewed on ${a.reviewed}\\. Knowledge base version ${kb.version.replace(/\./g, '\\.')}`,
        ),
      );
      assert.match(a.reviewed, /^\d{4}-\d{2}-\d{2}$/);
    });
  });
}

let seedCache: Set<string> | undefined;
function grams(): Set<string> {
  seedCache ??= seedGrams();
  return seedCache;
}

describe('T12-L1', () => {
  it('foraminal and far-lateral narrowing name T12 and say plainly that it is not a leg nerve', () => {
    for (const a of articles.filter(
      (x) => x.level === 'T12-L1' && (x.zone === 'foraminal' || x.zone === 'extraforaminal'),
    )) {
      assert.equal(a.root, 'T12');
      const anatomy = a.sections.find((s) => s.id === 'anatomy');
      const text =
        anatomy?.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' ') ?? '';
      assert.match(text, /This is not a leg nerve\. T12 is the last of the chest nerves/);
      // No leg dermatome map is drawn for T12: the tables do not cover it.
      assert.ok(
        !a.sections.some((s) =>
          s.blocks.some((b) => b.kind === 'figure' && b.id === 'dermatome-diagram'),
        ),
      );
    }
  });
  it('central narrowing at T12-L1 names L1', () => {
    assert.equal(articles.find((x) => x.slug === 't12-l1-left-central')?.root, 'L1');
  });
});

describe('reading level across all 72', () => {
  it('minimum, median and maximum grade all stay within the limit', () => {
    const grades = articles.map((a) => a.readingGrade).sort((x, y) => x - y);
    assert.ok((grades.at(-1) ?? 99) <= MAX_READING_GRADE);
    assert.ok((grades[0] ?? 0) > 0);
  });
  it('the patient prose is substantial, not an empty page that trivially passes', () => {
    for (const a of articles) {
      assert.ok(articlePatientProse(a).join(' ').split(/\s+/).length > 1500, a.slug);
    }
  });
});
