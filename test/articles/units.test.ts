/** Unit tests of the article building blocks: reading level, glossary, request parsing, dose limits. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { fleschKincaid } from 'flesch-kincaid';
import { InputError } from '../../src/errors.js';
import { countText, readingGrade } from '../../src/articles/reading-level.js';
import { explainTerms } from '../../src/articles/glossary.js';
import { normaliseLevel, parseArticleRequest } from '../../src/articles/request.js';
import {
  amountsInMg,
  ceilingInMg,
  isWithinLabel,
  isWithinNamedLabels,
} from '../../src/articles/dose-limits.js';
import { plainLead, plainOr, splitSentences } from '../../src/articles/context.js';
import { drugItem } from '../../src/articles/sections/treatment.js';
import type { DrugEntry } from '../../src/kb/index.js';
import { fixtureKb } from './fixtures.js';

describe('reading level (flesch-kincaid + syllable)', () => {
  it('agrees with the flesch-kincaid package on counts it is given', () => {
    const text = 'The cat sat on the mat. It was a warm day.';
    const counts = countText(text);
    assert.deepEqual(counts, { sentence: 2, word: 11, syllable: 11 });
    assert.equal(readingGrade(text), fleschKincaid({ sentence: 2, word: 11, syllable: 11 }));
  });
  it('spells out acronyms and numbers, so "MRI" and "L4" do not read as one-syllable words', () => {
    assert.equal(countText('MRI.').syllable, 3);
    assert.equal(countText('L4.').syllable, 2);
    assert.equal(countText('e.g. this one. And that.').sentence, 2);
  });
  it('long, Latinate sentences grade far above short plain ones', () => {
    assert.ok(
      readingGrade(
        'Intervertebral foraminal stenosis predominantly manifests radicular symptomatology.',
      ) > 12,
    );
    assert.ok(readingGrade('The nerve gets pinched. It can hurt.') < 4);
  });
});

describe('plain-language selection', () => {
  it('keeps plain text as it is', () => {
    assert.deepEqual(plainOr('Short walks help.', 'fallback'), {
      text: 'Short walks help.',
      clinician: [],
    });
  });
  it('keeps the plain sentences of mixed text and gives the whole text to clinicians', () => {
    const text =
      'The disc wears. Intervertebral discs undergo progressive desiccation with consequent circumferential annular bulging. It can hurt.';
    const r = plainOr(text, 'fallback');
    assert.equal(r.text, 'The disc wears. It can hurt.');
    assert.deepEqual(r.clinician, [text]);
  });
  it('drops a plain sentence that points back to a dropped one', () => {
    const r = plainOr(
      'Intervertebral discs undergo progressive desiccation with consequent circumferential annular bulging. This can hurt.',
      'fallback',
    );
    assert.equal(r.text, 'fallback');
  });
  it('an answer keeps only its plain opening, never a later sentence on its own', () => {
    const hard =
      'Intervertebral discs undergo progressive desiccation with consequent circumferential annular bulging.';
    assert.equal(plainLead(`No, not at first. ${hard} It can hurt.`), 'No, not at first.');
    assert.equal(plainLead(`${hard} It can hurt.`), '');
  });
  it('splits sentences without breaking "e.g." or decimals', () => {
    assert.deepEqual(splitSentences('Take 7.5 mg, e.g. at night. Then stop.'), [
      'Take 7.5 mg, e.g. at night.',
      'Then stop.',
    ]);
  });
});

describe('glossary', () => {
  it('explains a word on first use only', () => {
    const out = explainTerms([
      { text: 'An MRI shows the disc.', kind: 'prose' },
      { text: 'The MRI was clear.', kind: 'prose' },
    ]);
    assert.equal(
      out[0]?.text,
      'An MRI (a scan that uses magnets to show nerves and discs) shows the disc (a soft cushion between two spine bones).',
    );
    assert.equal(out[1]?.text, 'The MRI was clear.');
  });
  it('leaves words the sentence already explains', () => {
    const out = explainTerms([
      { text: 'Stenosis means narrowing. Bones called vertebrae.', kind: 'prose' },
    ]);
    assert.equal(out[0]?.text, 'Stenosis means narrowing. Bones called vertebrae.');
  });
  it('turns a word in a label into a note for the item text', () => {
    const out = explainTerms([{ text: 'Laminectomy', kind: 'label' }]);
    assert.deepEqual(out[0]?.notes, [
      'Laminectomy means an operation to remove part of the bony roof of the canal.',
    ]);
  });
});

describe('article requests', () => {
  const bad: [string, unknown, string, RegExp][] = [
    [
      'unknown level',
      { level: 'L6-S1', side: 'left', zone: 'foraminal' },
      'level',
      /"L6-S1" is not allowed; use one of T12-L1, L1-L2, L2-L3, L3-L4, L4-L5, L5-S1/,
    ],
    [
      'missing side',
      { level: 'L4-L5', zone: 'foraminal' },
      'side',
      /is required; use one of left, right, bilateral/,
    ],
    [
      'bad side',
      { level: 'L4-L5', side: 'central', zone: 'foraminal' },
      'side',
      /"central" is not allowed/,
    ],
    [
      'bad zone',
      { level: 'L4-L5', side: 'left', zone: 'lateral' },
      'zone',
      /use one of central, subarticular, foraminal, extraforaminal/,
    ],
    [
      'unknown field',
      { level: 'L4-L5', side: 'left', zone: 'central', root: 'L5' },
      'root',
      /unknown field/,
    ],
    // Found by the fuzz suite: Object.prototype's names must read as unknown fields, not crash.
    [
      'field named constructor',
      { level: 'L4-L5', side: 'left', zone: 'central', constructor: 1 },
      'constructor',
      /unknown field/,
    ],
    [
      'field named __proto__',
      JSON.parse('{"level":"L4-L5","side":"left","zone":"central","__proto__":1}') as unknown,
      '__proto__',
      /unknown field/,
    ],
    [
      'value with a line break',
      { level: 'L4-L5', side: 'le\nft', zone: 'central' },
      'side',
      /^"le ft" is not allowed/,
    ],
  ];
  for (const [name, input, path, message] of bad) {
    it(`${name} → InputError at ${path}`, () => {
      assert.throws(
        () => parseArticleRequest(input),
        (e: unknown) => e instanceof InputError && e.path === path && message.test(e.message),
      );
    });
  }
  it('forgives case and common level spellings', () => {
    assert.deepEqual(parseArticleRequest({ level: 'l4/l5', side: 'LEFT', zone: 'Foraminal' }), {
      level: 'L4-L5',
      side: 'left',
      zone: 'foraminal',
    });
    assert.equal(normaliseLevel('L5-1'), 'L5-S1');
    assert.equal(normaliseLevel('L4-5'), 'L4-L5');
    assert.equal(normaliseLevel('T12/L1'), 'T12-L1');
  });
});

describe('dose limits', () => {
  it('reads amounts in any unit and with thousands separators', () => {
    assert.deepEqual(
      amountsInMg('1,000 mg, 0.5 g, 250 mcg, 2 to 4 grams, 200–400 mg'),
      [1000, 500, 0.25, 2000, 4000, 200, 400],
    );
    assert.deepEqual(amountsInMg('5,000 mg a day'), [5000]);
  });
  const kb = fixtureKb();
  const overdose = kb.byId.get('drug-overdose-text') as DrugEntry;
  it('a dose text above the label is never printed, not even for clinicians', () => {
    const item = drugItem(overdose, [], kb);
    for (const text of [item.text, ...(item.clinician ?? [])]) {
      assert.doesNotMatch(text, /5,000|6 g/, text);
      for (const mg of amountsInMg(text)) assert.ok(mg <= 4000);
    }
    // The structured usual dose and the label still reach the patient.
    assert.match(item.text, /A usual single dose is 500 to 1000 mg\./);
    assert.match(item.text, /Do not take more than 4 g in 24 hours\./);
    assert.match(item.text, /Take care: Do not drink beer or wine with it\./);
  });
  it("a combination product may name its ingredients' amounts, within their own labels", () => {
    const combo = {
      ...overdose,
      id: 'drug-combo',
      maxDaily: { amount: 40, unit: 'mg' as const, sources: ['fixture-source'] },
      ingredients: [{ drug: 'drug-overdose-text', mgPerUnit: 325 }],
    };
    assert.equal(ceilingInMg(combo, kb), 4000);
    assert.ok(isWithinLabel('one 5/325 mg tablet', combo, kb));
    assert.ok(!isWithinLabel('4,500 mg', combo, kb));
  });
  it('text about an injection or supplement may not name a KB medicine above its label', () => {
    assert.ok(isWithinNamedLabels('Safeprofen 400 mg with saline', kb));
    assert.ok(!isWithinNamedLabels('Safeprofen 5,000 mg with saline', kb));
    assert.ok(
      isWithinNamedLabels('Vitamin D 25 micrograms a day', kb),
      'no KB medicine named: not bounded here',
    );
  });
  it('property: whatever amounts a dose text holds, the printed item never exceeds the label', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.array(fc.integer({ min: 1, max: 20000 }), { minLength: 1, maxLength: 4 }),
        (max, amounts) => {
          const text = amounts.map((n) => `${n.toLocaleString('en-US')} mg`).join(' or ');
          const drug: DrugEntry = {
            ...overdose,
            summary: `Some take ${text}.`,
            doseText: `${text} a day.`,
            perDoseMg: { min: 1, max: amounts[0] ?? 1 },
            usualDailyMg: undefined,
            maxDaily: { amount: max, unit: 'mg', sources: ['fixture-source'] },
            cautions: [`Up to ${text}.`],
          } as DrugEntry;
          const item = drugItem(drug, [], kb);
          // An independent reading of the output: every "<number> mg" in it.
          for (const text of [item.text, ...(item.clinician ?? [])]) {
            for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*mg\b/g)) {
              assert.ok(Number((m[1] ?? '').replace(/,/g, '')) <= max, text);
            }
          }
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });
});
