import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FINDING_TYPES } from '../vocab/index.js';
import { LEXICON } from './data/lexicon.js';
import { SECTION_HEADINGS } from './data/sections.js';
import { PARSER_SOURCES } from './data/sources.js';
import { TYPOS } from './data/typos.js';
import { buildPhraseTrie } from './_trie.js';
import { createNormaliser } from './_normalise.js';
import { parseReport } from './parse-report.js';

describe('lexicon data', () => {
  it('no phrase has two meanings across the lexicon, severity and ConText tables', () => {
    assert.deepEqual(buildPhraseTrie().conflicts, []);
  });

  it('every entry cites a known source and every finding type has at least one noun or target', () => {
    for (const entry of LEXICON) {
      assert.ok(entry.source in PARSER_SOURCES, JSON.stringify(entry.term));
    }
    for (const group of SECTION_HEADINGS) assert.ok(group.source in PARSER_SOURCES);
    const named = new Set(
      LEXICON.flatMap((e) => (e.term.kind === 'lesion' ? [e.term.finding] : [])),
    );
    const byTarget = [
      'foraminal-stenosis',
      'central-canal-stenosis',
      'lateral-recess-stenosis',
      'facet-arthropathy',
      'ligamentum-flavum-hypertrophy',
      'nerve-root-contact',
      'nerve-root-compression',
      'disc-height-loss',
    ];
    for (const type of FINDING_TYPES) assert.ok(named.has(type) || byTarget.includes(type), type);
  });

  it('typo readings are lower case and use lexicon words', () => {
    const words = buildPhraseTrie().words;
    for (const [typo, reading] of Object.entries(TYPOS)) {
      assert.equal(typo, typo.toLowerCase());
      for (const w of reading.split(' ')) assert.ok(words.has(w), `${typo} → ${w}`);
    }
  });

  it('the corpus habits read as intended', () => {
    const finding = (text: string): string[] =>
      parseReport(text).findings.map((f) => `${f.level} ${f.finding} ${f.side ?? '-'}`);
    assert.deepEqual(
      finding('L5-S1: Lt paracentral disc protruion compresing the Lt exit canal.'),
      ['L5-S1 disc-protrusion left', 'L5-S1 foraminal-stenosis left'],
    );
    assert.deepEqual(finding('Grade I spondylolithesis of L4 over L5.'), [
      'L4-L5 spondylolisthesis -',
    ]);
    assert.deepEqual(finding('L4/L5: Rt foraminal disc protrusion.'), [
      'L4-L5 disc-protrusion right',
    ]);
    // "LSS MRI" is the lumbosacral spine, not lumbar spinal stenosis.
    assert.deepEqual(finding('LSS MRI :\nMild disc bulge noted at L4-L5 level.'), [
      'L4-L5 disc-bulge -',
    ]);
    assert.deepEqual(finding('L4-L5: disc bulge encroaching exit canals.'), [
      'L4-L5 disc-bulge -',
      'L4-L5 foraminal-stenosis bilateral',
    ]);
  });
});

describe('fuzzy normalisation', () => {
  it('corrects near misses of lexicon words with the first letter kept, leaves ordinary words alone', () => {
    const normalise = createNormaliser(buildPhraseTrie().words);
    assert.deepEqual(normalise('compresiing'), ['compressing']);
    assert.deepEqual(normalise('foramnial'), ['foraminal']);
    assert.deepEqual(normalise('patient'), ['patient']);
    assert.deepEqual(normalise('impression'), ['impression']);
    assert.deepEqual(normalise('thecalsac'), ['thecal', 'sac']);
  });
});
