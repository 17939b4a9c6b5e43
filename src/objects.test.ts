import { deepStrictEqual, strictEqual } from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withFields } from './objects.js';

describe('withFields', () => {
  it('gives the keys and order of a spread followed by fields', () => {
    const base = { level: 'L4-L5', side: 'left', severity: 'mild' };
    const made = withFields(base, { severity: 'severe', temporal: 'current' });
    const spread = { ...base, severity: 'severe', temporal: 'current' };
    deepStrictEqual(made, spread);
    strictEqual(JSON.stringify(made), JSON.stringify(spread));
    deepStrictEqual(Object.keys(made), ['level', 'side', 'severity', 'temporal']);
  });

  it('leaves the base untouched and copies, not shares, the result', () => {
    const base = { a: 1 };
    const made = withFields(base, { b: 2 });
    deepStrictEqual(base, { a: 1 });
    strictEqual(made === (base as unknown), false);
  });

  it('keeps an explicit undefined, as a spread would', () => {
    const made = withFields({ a: 1 }, { grade: undefined });
    strictEqual('grade' in made, true);
    strictEqual(JSON.stringify(made), '{"a":1}');
  });
});
