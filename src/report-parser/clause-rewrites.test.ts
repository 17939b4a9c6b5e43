// Unit tests of the clause rewrites (`_clause-rewrites.ts`), each pass on the items of one clause.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  withAdjacentLevels,
  withCanalAndForamina,
  withLeadingWidth,
  withOpenRanges,
  withRootNamedForamen,
  withTrailingGrade,
} from './_clause-rewrites.js';
import { itemsOf, picture } from './_test-items.js';

const rewritten = (pass: (items: ReturnType<typeof itemsOf>) => unknown, text: string): string =>
  picture(pass(itemsOf(text)) as ReturnType<typeof itemsOf>);

describe('withLeadingWidth', () => {
  it('a width word before the canal and foramina states them normal', () => {
    assert.equal(
      rewritten(withLeadingWidth, 'Wide spinal canal and foramina.'),
      'target:canal conj target:foramen[pl] pred:normal',
    );
  });
  it('a width word before a disc word is its shape and stays', () => {
    const text = 'wide-based disc protrusion';
    assert.equal(rewritten(withLeadingWidth, text), picture(itemsOf(text)));
  });
});

describe('withTrailingGrade', () => {
  it('one closing grade grades the one narrowing the clause states', () => {
    assert.equal(
      rewritten(withTrailingGrade, 'Foraminal narrowing at L3/4, moderate.'),
      'severity:moderate target:foramen pred:narrow level:L3-L4',
    );
  });
  it('a closing grade beside a graded narrowing is another statement and stays', () => {
    const text = 'Moderate foraminal narrowing at L3/4, mild.';
    assert.equal(rewritten(withTrailingGrade, text), picture(itemsOf(text)));
  });
});

describe('withRootNamedForamen', () => {
  it('the L5 exit foramen is the L5-S1 foramen', () => {
    assert.equal(
      rewritten(withRootNamedForamen, 'The right L5 exit foramen is moderately narrowed'),
      'side:right level:L5-S1 adj target:foramen severity:moderate pred:narrow',
    );
  });
  it('the left L3 neural foramen is the L3-L4 foramen', () => {
    assert.match(
      rewritten(withRootNamedForamen, 'mild narrowing of the left L3 neural foramen'),
      /side:left level:L3-L4 target:foramen$/,
    );
  });
  it('a sentence naming its disc level keeps it', () => {
    const text = 'moderate narrowing of the L4-5 foramen';
    assert.equal(rewritten(withRootNamedForamen, text), picture(itemsOf(text)));
  });
});

describe('withOpenRanges', () => {
  const opened = (text: string): string => picture(withOpenRanges(itemsOf(text), text));
  it('"L3-4 and above" names L1-L2 to L3-L4', () => {
    assert.equal(
      opened('No foraminal narrowing at L3-4 and above'),
      'context:negation target:foramen pred:narrow level:L1-L2+L2-L3+L3-L4',
    );
  });
  it('a sentence with no direction word is returned as it was', () => {
    const text = 'No foraminal narrowing at L3-4 and L4-5';
    assert.equal(opened(text), picture(itemsOf(text)));
  });
});

describe('withCanalAndForamina', () => {
  it('a level called normal speaks of its canal and both foramina', () => {
    assert.equal(
      rewritten(withCanalAndForamina, 'L3-4: Normal.'),
      'level:L3-L4 target:canal conj target:foramen[pl] pred:normal',
    );
  });
});

describe('withAdjacentLevels', () => {
  const base = { kind: 'levels', levels: ['L4-L5'] } as const;
  const adjacent = (text: string): string => picture(withAdjacentLevels(itemsOf(text), text, base));
  it('"the level above" and "the level below" are the levels next to the one spoken of', () => {
    assert.match(adjacent('The level above shows a disc bulge'), /^level:L3-L4 /);
    assert.match(adjacent('The level below is normal'), /^level:L5-S1 /);
  });
  it('a comparison, or a level above something named, places nothing', () => {
    assert.doesNotMatch(adjacent('Similar appearance to the level above'), /level:/);
    assert.doesNotMatch(adjacent('Disc bulge at the level above the laminectomy'), /level:L3-L4/);
  });
  it('with no level spoken of before, nothing is placed', () => {
    const text = 'The level above is normal';
    assert.doesNotMatch(picture(withAdjacentLevels(itemsOf(text), text, undefined)), /level:/);
  });
});
