// Unit tests of section and level headings (`_headings.ts`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  levelLabelWidth,
  opensWithGradingDeclaration,
  readLevelHeading,
  readSectionHeading,
} from './_headings.js';
import { tokensOf } from './_test-items.js';

const section = (text: string) => readSectionHeading(text, tokensOf(text), 0);
const levelHeading = (text: string) => {
  const tokens = tokensOf(text);
  return readLevelHeading(tokens, 0, tokens.length);
};

describe('readSectionHeading', () => {
  it('reads a heading and where its content resumes', () => {
    assert.deepEqual(section('FINDINGS: The canal is patent.'), { kind: 'findings', next: 2 });
    assert.deepEqual(section('Impression: mild'), { kind: 'impression', next: 2 });
  });
  it('an addendum heading may carry a bracketed note', () => {
    assert.equal(section('Addendum (same day): left, not right.')?.kind, 'addendum');
  });
  it('a heading word opening a sentence is not a heading', () => {
    assert.equal(section('Findings are normal.'), undefined);
  });
});

describe('readLevelHeading', () => {
  it('a level closed by a colon, by "level:" or by a dash heads its line', () => {
    for (const [text, level] of [
      ['L4-5: mild', 'L4-L5'],
      ['L5-S1 level: mild', 'L5-S1'],
      ['L3/4 - DB, bilat NF narrowing', 'L3-L4'],
    ] as const) {
      assert.deepEqual(levelHeading(text)?.ref, { kind: 'levels', levels: [level] }, text);
    }
  });
  it('a level that is the subject of a sentence is not a heading', () => {
    assert.equal(levelHeading('L4-5 shows mild narrowing'), undefined);
  });
});

describe('levelLabelWidth', () => {
  it('"Level:" opening a template line is two tokens wide; a bare level none', () => {
    assert.equal(levelLabelWidth(tokensOf('Level: L2-3 | CCS: none'), 0), 2);
    assert.equal(levelLabelWidth(tokensOf('L2-3 none'), 0), 0);
  });
});

describe('opensWithGradingDeclaration', () => {
  it('a legend of grades is not a finding', () => {
    assert.equal(
      opensWithGradingDeclaration(tokensOf('Grading: mild = Lee 1, moderate = Lee 2'), 0),
      true,
    );
    assert.equal(opensWithGradingDeclaration(tokensOf('Mild narrowing'), 0), false);
  });
});
