import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assembleKb } from './load.js';
import { createSearchIndex, normalise } from './search.js';
import type { KbEntryInput } from './schema.js';
import { CITATIONS } from './citations/index.js';
import { stubNsaidDosing } from '../../test/support/kb-entries.js';

// A small hand-made KB, so ranking behaviour is tested independently of the shipped content.
const base = {
  levels: 'all' as const,
  seedDocs: [],
  sources: ['fardon-2014'],
  reviewed: '2026-11-21',
  summary: 'A summary long enough.',
};
const drug = (
  id: string,
  name: string,
  brandNames: string[],
  synonyms: string[] = [],
): KbEntryInput => ({
  ...base,
  id,
  category: 'drug',
  name,
  synonyms,
  ...stubNsaidDosing(),
  brandNames,
  maxDaily: { amount: 1, unit: 'mg', sources: ['fardon-2014'] },
});
const ENTRIES: KbEntryInput[] = [
  drug('drug-acetaminophen', 'Acetaminophen', ['Tylenol', 'Panadol'], ['paracetamol', 'APAP']),
  drug('drug-ibuprofen', 'Ibuprofen', ['Advil', 'Motrin'], ['NSAID']),
  drug('drug-naproxen', 'Naproxen', ['Aleve'], ['NSAID']),
  {
    ...base,
    id: 'test-slr',
    category: 'diagnostic-test',
    name: 'Straight-leg raise test',
    synonyms: ['SLR', 'Lasègue sign'],
    testType: 'provocative',
    purpose: 'Stretches the lower roots.',
    whenIndicated: 'Leg pain below the knee.',
  },
  {
    ...base,
    id: 'symptom-sciatica',
    category: 'symptom',
    name: 'Sciatica',
    synonyms: ['pinched nerve', 'radiating leg pain'],
  },
  {
    ...base,
    id: 'procedure-tlif',
    category: 'procedure',
    name: 'Transforaminal lumbar interbody fusion',
    synonyms: ['TLIF'],
    description: 'Fuses two vertebrae.',
    benefits: ['a'],
    risks: ['b'],
    indications: ['c'],
    recovery: 'months',
  },
  {
    ...base,
    id: 'therapy-tens',
    category: 'therapy',
    name: 'Transcutaneous electrical nerve stimulation',
    synonyms: ['TENS'],
    therapyType: 'electrotherapy',
    purpose: 'Eases pain for some.',
    mechanism: 'Gate control of pain.',
  },
];
const index = createSearchIndex(assembleKb(ENTRIES, CITATIONS));
const top = (q: string) => index.search(q).map((h) => h.id);

describe('kb search', () => {
  const cases: [string, string][] = [
    ['ibuprofen', 'drug-ibuprofen'],
    ['Tylenol', 'drug-acetaminophen'],
    ['paracetamol', 'drug-acetaminophen'],
    ['ibuprofin', 'drug-ibuprofen'],
    ['acetaminophin', 'drug-acetaminophen'],
    ['SLR', 'test-slr'],
    ['lasegue', 'test-slr'],
    ['pinched nerve', 'symptom-sciatica'],
    ['sciatica', 'symptom-sciatica'],
    ['TLIF', 'procedure-tlif'],
    ['tens', 'therapy-tens'],
    ['straight leg raise', 'test-slr'],
  ];
  for (const [query, id] of cases) {
    it(`"${query}" → ${id} first`, () => assert.equal(top(query)[0], id));
  }

  it('"NSAID" finds both NSAIDs in the top three', () => {
    const hits = top('NSAID').slice(0, 3);
    assert.ok(hits.includes('drug-ibuprofen') && hits.includes('drug-naproxen'), hits.join(','));
  });

  it('nonsense finds nothing', () => {
    for (const q of ['xqzvbn', 'zzzzzz', 'qwertyuiop', '!!!', '   ']) {
      assert.deepEqual(top(q), [], q);
    }
  });

  it('scores are in 0–1, best first', () => {
    const hits = index.search('nerve');
    for (let i = 1; i < hits.length; i++) {
      assert.ok((hits[i - 1]?.score ?? 0) >= (hits[i]?.score ?? 0));
    }
    for (const h of hits) assert.ok(h.score > 0 && h.score <= 1);
  });

  it('can be limited to a category', () => {
    assert.deepEqual(
      index.search('nerve', { category: 'therapy' }).map((h) => h.id),
      ['therapy-tens'],
    );
  });

  it('normalises accents, case and punctuation', () => {
    assert.equal(normalise("Lasègue's SIGN!"), 'lasegue sign');
  });
});
