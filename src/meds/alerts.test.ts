import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compareIdText } from './alerts.js';

describe('compareIdText', () => {
  it('orders drug and rule ids, and lists of them, as localeCompare does', () => {
    const idText = fc.string({ unit: fc.constantFrom(...'-,0189abyzq'.split('')), maxLength: 12 });
    fc.assert(
      fc.property(idText, idText, (a, b) => {
        assert.equal(Math.sign(compareIdText(a, b)), Math.sign(a.localeCompare(b)), `${a} ${b}`);
      }),
      { numRuns: 5000 },
    );
    for (const [a, b] of [
      ['ibuprofen', 'ibuprofen,naproxen'],
      ['co-codamol', 'co,codamol'],
      ['renal-nsaid-30-to-59', 'renal-nsaid-below-30'],
      ['', 'a'],
    ] as const) {
      assert.equal(Math.sign(compareIdText(a, b)), Math.sign(a.localeCompare(b)), `${a} ${b}`);
    }
  });
  it('leaves any other text to localeCompare', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        assert.equal(Math.sign(compareIdText(a, b)), Math.sign(a.localeCompare(b)));
      }),
    );
    assert.equal(
      Math.sign(compareIdText('Tylenol', 'ibuprofen')),
      Math.sign('Tylenol'.localeCompare('ibuprofen')),
    );
  });
});
