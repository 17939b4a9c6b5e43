import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CitationId } from './index.js';
import { CITATIONS } from './index.js';

describe('CitationId', () => {
  it('is the union of the registry ids, not any string (checked by the compiler)', () => {
    const known: CitationId = 'lee-2010';
    // @ts-expect-error an id the registry does not hold is a type error
    const unknown: CitationId = 'no-such-source-1999';
    assert.ok(CITATIONS.some((c) => c.id === known));
    assert.ok(!CITATIONS.some((c) => c.id === unknown));
  });
});
