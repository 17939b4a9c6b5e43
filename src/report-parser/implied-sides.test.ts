// Unit tests of sides carried between clauses and sentences (`_implied-sides.ts`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  isSideNormal,
  isSidedStatement,
  respectivePairs,
  resolveOpposite,
  withForamenPerSide,
  withLeadingSide,
  withNounBeforeNegatedSide,
  withBracketedSideGrades,
  pronounGrade,
} from './_implied-sides.js';
import type { ImpliedForamen } from './_subjects.js';
import { itemsOf, picture } from './_test-items.js';

describe('resolveOpposite', () => {
  it('"the opposite foramen" after a left-sided finding is the right foramen', () => {
    const [target] = itemsOf('foramen');
    const [pred] = itemsOf('narrowed');
    assert.ok(target?.kind === 'target' && pred?.kind === 'pred');
    const previous: ImpliedForamen = { target, pred, side: 'left' };
    const text = 'The opposite foramen is normal.';
    assert.equal(
      picture(resolveOpposite(itemsOf(text), previous, text)),
      'side:right target:foramen pred:normal',
    );
  });
  it('"the other side" is the opposite one too, and "other" alone is not', () => {
    const [target] = itemsOf('foramen');
    const [pred] = itemsOf('narrowed');
    assert.ok(target?.kind === 'target' && pred?.kind === 'pred');
    const previous: ImpliedForamen = { target, pred, side: 'right' };
    const side = 'The other side is clear.';
    assert.match(picture(resolveOpposite(itemsOf(side), previous, side)), /side:left/);
    const levels = 'The other levels are clear.';
    assert.doesNotMatch(picture(resolveOpposite(itemsOf(levels), previous, levels)), /side:/);
  });
});

describe('side statements', () => {
  it('"right-sided foramen normal" is a statement about one side', () => {
    assert.equal(isSidedStatement(itemsOf('right-sided foramen normal')), true);
    assert.equal(isSidedStatement(itemsOf('moderate left')), false);
  });
  it('"the right side is preserved" calls one side normal', () => {
    assert.equal(isSideNormal(itemsOf('the right side is preserved')), true);
    assert.equal(isSideNormal(itemsOf('the right side is narrowed')), false);
  });
});

describe('withForamenPerSide', () => {
  it('a structure graded side by side gives each grade the structure', () => {
    assert.equal(
      picture(
        withForamenPerSide(itemsOf('L4-5 foramina: moderate on the left, mild on the right')),
      ),
      'level:L4-L5 severity:moderate side:left target:foramen[pl] pred:narrow conj ' +
        'severity:mild side:right target:foramen[pl] pred:narrow',
    );
  });
});

describe('withLeadingSide and withNounBeforeNegatedSide', () => {
  it('"Left: moderate foraminal narrowing" puts the side on the finding', () => {
    assert.equal(
      picture(withLeadingSide(itemsOf('Left: moderate foraminal narrowing'))),
      'side:left severity:moderate target:foramen pred:narrow',
    );
  });
  it('"no right neural foraminal narrowing" negates the right foramen', () => {
    assert.equal(
      picture(withNounBeforeNegatedSide(itemsOf('no right neural foraminal narrowing'))),
      'context:negation side:right target:foramen pred:narrow',
    );
  });
});

describe('respectivePairs', () => {
  it('"respectively" pairs two grades with two sides', () => {
    const text = 'mild and moderate on the left and right respectively';
    assert.equal(respectivePairs(itemsOf(text), text), 2);
  });
});

describe('withBracketedSideGrades', () => {
  it('"worse on the left (moderate) than on the right (mild)" reads as two graded sides', () => {
    assert.equal(
      picture(
        withBracketedSideGrades(
          itemsOf(
            'bilateral foraminal stenosis, worse on the left (moderate) than on the right (mild)',
          ),
        ),
      ),
      'side:bilateral target:foramen pred:narrow conj severity:moderate side:left conj severity:mild side:right',
    );
  });
  it('one bracketed grade is left alone (an earlier grade, say)', () => {
    const text = 'Moderate left foraminal stenosis (mild)';
    assert.equal(picture(withBracketedSideGrades(itemsOf(text))), picture(itemsOf(text)));
  });
});

describe('pronounGrade', () => {
  it('"It is probably mild" is a grade of the finding before', () => {
    const text = 'It is probably mild, although the root may be contacted.';
    const grade = pronounGrade(itemsOf(text), text);
    assert.equal(grade && picture([grade]), 'severity:mild');
  });
  it('a sentence that says more than a grade is not', () => {
    const text = 'It is mild on the right.';
    assert.equal(pronounGrade(itemsOf(text), text), undefined);
  });
});
