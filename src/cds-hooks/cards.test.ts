import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { indicatorFor, summaryOf } from './cards.js';

describe('card helpers', () => {
  it('summaryOf keeps every summary under 140 characters and leaves short ones alone', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const s = summaryOf(text);
        assert.ok(s.length < 140, `${s.length}`);
        if (text.length < 140) assert.equal(s, text);
      }),
    );
    assert.equal(summaryOf('x'.repeat(140)).length, 139);
    assert.ok(summaryOf('x'.repeat(140)).endsWith('…'));
  });

  it('maps triage to the spec indicators (emergency → critical, urgent → warning, else info)', () => {
    assert.deepEqual((['emergency', 'urgent', 'soon', 'routine'] as const).map(indicatorFor), [
      'critical',
      'warning',
      'info',
      'info',
    ]);
  });
});
