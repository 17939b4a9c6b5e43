/**
 * KB text that reaches people (entry names, summaries, details, notes, dose texts...) never says how the
 * knowledge was gathered: no "the articles", "article 004", "not named in", "which the article omits".
 * Corrections are stated as facts with their sources. Only a correction's `seedClaim` (the paraphrase of
 * the claim it corrects, the project's review record, STYLE.md §3) is left out of this walk.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getKb } from '../../src/kb/index.js';

const REVIEW_WORDS =
  /\b(the articles?|articles|article \d+|seed|not named in|omits|inventory|review remark)\b/i;
// Fields that are identifiers or search aids, not text shown as prose.
const NOT_PROSE = new Set([
  'id',
  'related',
  'sources',
  'subject',
  'seedDocs',
  'synonyms',
  'seedClaim',
]);

function remarks(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'string') {
    if (REVIEW_WORDS.test(value)) out.push(`${path}: ${value.slice(0, 100)}`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      remarks(v, `${path}[${String(i)}]`, out);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!NOT_PROSE.has(k)) remarks(v, `${path}.${k}`, out);
    }
  }
}

describe('KB wording that reaches people', () => {
  const entries = getKb().entries;
  it(`${String(entries.length)} entries carry no remark about how the knowledge was gathered`, () => {
    const out: string[] = [];
    for (const e of entries) remarks(e, e.id, out);
    assert.deepEqual(out, []);
  });
});
