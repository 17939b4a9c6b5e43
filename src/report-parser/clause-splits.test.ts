// Unit tests of the ways one sentence is cut into clauses (`_clause-splits.ts`), each split on a
// sentence read through a view with no level context.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ClauseView } from './_clause-splits.js';
import {
  ellipticalClauses,
  noneSplit,
  opensWithTopicLabel,
  slashPairs,
  trailingSideSplit,
} from './_clause-splits.js';
import type { Token } from './_scan.js';
import { itemsBetween, picture, tokensOf } from './_test-items.js';

/** A view of one sentence with no level heading, no earlier level and no subject named before it. */
const viewOf = (text: string): ClauseView => ({
  text,
  itemsOf: (tokens: readonly Token[], from: number, to: number) =>
    itemsBetween(text, tokens, from, to),
  levelContext: () => undefined,
});

/** The text of tokens `from` to `to`, lower case. */
const words = (tokens: readonly Token[], from: number, to: number): string =>
  tokens
    .slice(from, to)
    .map((t) => t.lower)
    .join(' ')
    .replace(/ (?=[0-9-])|(?<=-) /g, '');

describe('noneSplit', () => {
  it('"moderate at L4-5 and none at L5-S1" is cut before "none"', () => {
    const text = 'Moderate foraminal narrowing at L4-5 and none at L5-S1';
    const tokens = tokensOf(text);
    const cut = noneSplit(viewOf(text), tokens, 0, tokens.length);
    assert.ok(cut);
    assert.equal(words(tokens, cut.at + 1, cut.end), 'none at l5-s1');
  });
  it('a sentence with no "none" clause is not cut', () => {
    const text = 'Moderate foraminal narrowing at L4-5 and L5-S1';
    const tokens = tokensOf(text);
    assert.equal(noneSplit(viewOf(text), tokens, 0, tokens.length), undefined);
  });
});

describe('ellipticalClauses', () => {
  it('a finding named once, then grades by side, reads as one finding per side', () => {
    const text = 'Foraminal narrowing: moderate left, mild right';
    const tokens = tokensOf(text);
    const clauses = ellipticalClauses(viewOf(text), tokens, 0, tokens.length, undefined);
    assert.ok(clauses);
    assert.deepEqual(
      clauses.map((c) => [words(tokens, c.from, c.to), c.subject && picture([c.subject.target])]),
      [
        ['moderate left', 'target:foramen'],
        ['mild right', 'target:foramen'],
      ],
    );
  });
  it('a sentence with no clause marks has none', () => {
    const text = 'Moderate left foraminal narrowing';
    const tokens = tokensOf(text);
    assert.equal(ellipticalClauses(viewOf(text), tokens, 0, tokens.length, undefined), undefined);
  });
});

describe('slashPairs', () => {
  it('"Lt/Rt NF narrowing: none/mild" pairs the two sides with the two grades', () => {
    const text = 'Lt/Rt NF narrowing: none/mild';
    const tokens = tokensOf(text);
    const pairs = slashPairs(viewOf(text), tokens, 0, tokens.length);
    assert.ok(pairs);
    assert.deepEqual(pairs.sides, ['left', 'right']);
    assert.deepEqual(
      pairs.grades.map((g) => words(tokens, g.from, g.to)),
      ['none', 'mild'],
    );
  });
});

describe('opensWithTopicLabel', () => {
  it('a plain-word label before a colon opens a topic; a finding label does not', () => {
    const topic = 'Comment: see below';
    assert.equal(opensWithTopicLabel(viewOf(topic), tokensOf(topic), 0), true);
    const finding = 'Foramina: patent';
    assert.equal(opensWithTopicLabel(viewOf(finding), tokensOf(finding), 0), false);
  });
});

describe('trailingSideSplit', () => {
  it('a clause ending with its side is cut from one opening with the other side', () => {
    const text =
      'Moderate stenosis of the neuroforamen left, on the right side slight narrowing of the foramen';
    const tokens = tokensOf(text);
    const at = trailingSideSplit(viewOf(text), tokens, 0, tokens.length);
    assert.ok(at !== undefined);
    assert.equal(words(tokens, at, at + 3), 'on the right');
  });
  it('the same side on both sides of the comma is one statement', () => {
    const text = 'Moderate stenosis of the foramen left, on the left side with root contact';
    const tokens = tokensOf(text);
    assert.equal(trailingSideSplit(viewOf(text), tokens, 0, tokens.length), undefined);
  });
});
