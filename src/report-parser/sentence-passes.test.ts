// Unit tests of the sentence passes `_assemble.ts` composes: noun phrases, finding places, sides,
// severity, predicates, and the finding-noun, target and bare-stenosis passes, each through its own
// functions on a sentence read from text.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { contextFlags } from './_context.js';
import { buildItems } from './_items.js';
import { buildPhraseTrie } from './_trie.js';
import { createNormaliser } from './_normalise.js';
import { scanLine } from './_scan.js';
import type { LevelRef } from './_model.js';
import type { LevelContext, Sentence } from './_sentence.js';
import { readSentence } from './_sentence.js';
import {
  fractureVertebrae,
  levelBelowVertebra,
  levelInSentence,
  levelOf,
  vertebraAfter,
  vertebraNextTo,
} from './_finding-place.js';
import { mergeSides } from './_noun-phrase.js';
import {
  gradesBySideAfter,
  SIDE_AFTER_WINDOW,
  siblingSide,
  sideAfterLesion,
  sideAfterStatement,
  sideBetween,
} from './_sides.js';
import { inheritedSeverity, severityAfter, severityBefore } from './_severity.js';
import {
  findingsFor,
  governingPredicate,
  impliedNarrowing,
  isExtensionPlace,
  isLocativeRecess,
} from './_predicates.js';
import { lesionFindings } from './_lesion-findings.js';
import { targetFindings } from './_target-findings.js';
import { bareStenosisFindings } from './_bare-stenosis.js';
import { assembleSentence } from './_assemble.js';

const trie = buildPhraseTrie();
const normalise = createNormaliser(trie.words);
const NO_CONTEXT: LevelContext = { header: undefined, last: undefined };
const at = (...levels: string[]): LevelRef => ({ kind: 'levels', levels }) as LevelRef;

/** A sentence read from text, as the document walker reads it. */
function sentenceOf(text: string, ctx: LevelContext = NO_CONTEXT): Sentence {
  const tokens = scanLine(text, 0, text.length);
  const items = buildItems(text, tokens, 0, tokens.length, trie, normalise);
  return readSentence(items, contextFlags(items), ctx);
}
/** Index of the first item whose text starts with `word`. */
function indexOf(s: Sentence, text: string, word: string): number {
  const i = s.items.findIndex((x) => text.slice(x.start, x.end).toLowerCase().startsWith(word));
  assert.ok(i >= 0, `no item "${word}"`);
  return i;
}

describe('noun phrases (_noun-phrase.ts)', () => {
  it('reads grade, side and level before the head and marks those items as owned', () => {
    const text = 'moderate bilateral L5-S1 neuroforaminal stenosis';
    const s = sentenceOf(text);
    const np = s.phrases.get(indexOf(s, text, 'neuroforaminal'));
    assert.equal(np?.severity, 'moderate');
    assert.equal(np?.side, 'bilateral');
    assert.deepEqual(np?.level, at('L5-S1'));
    assert.equal(s.owner[indexOf(s, text, 'moderate')], indexOf(s, text, 'neuroforaminal'));
  });
  it('keeps one group per side with its own grade', () => {
    const text = 'mild to moderate left and mild right foraminal stenosis';
    const s = sentenceOf(text);
    const np = s.phrases.get(indexOf(s, text, 'foraminal'));
    assert.deepEqual(np?.groups, [
      { side: 'left', severity: 'mild-moderate' },
      { side: 'right', severity: 'mild' },
    ]);
    assert.equal(np?.side, 'bilateral');
  });
  it("a grade after a comma that closes an earlier statement is not this phrase's", () => {
    const text = 'Lt NFN mod-sev, Rt NFN mild';
    const s = sentenceOf(text);
    const second = s.items.findLastIndex((x) => x.kind === 'target');
    assert.equal(s.phrases.get(second)?.severity, undefined);
  });
  it('merges side words: left and right are bilateral, one side with itself is that side', () => {
    assert.equal(mergeSides('left', 'right'), 'bilateral');
    assert.equal(mergeSides('left', 'left'), 'left');
    assert.equal(mergeSides(undefined, 'right'), 'right');
    assert.equal(mergeSides('central', 'left'), 'left');
  });
});

describe('finding places (_finding-place.ts)', () => {
  it('takes the first level after a finding, else the last before it, else the heading', () => {
    const after = 'foraminal narrowing at L4-5';
    assert.deepEqual(levelOf(sentenceOf(after), 0, undefined), at('L4-L5'));
    const before = 'At L3-4 there is foraminal narrowing';
    const s = sentenceOf(before);
    assert.deepEqual(levelOf(s, indexOf(s, before, 'foraminal'), undefined), at('L3-L4'));
    const none = sentenceOf('foraminal narrowing', { header: at('L2-L3'), last: at('L1-L2') });
    assert.deepEqual(levelOf(none, 0, undefined), at('L2-L3'));
    const last = sentenceOf('foraminal narrowing', { header: undefined, last: at('L1-L2') });
    assert.deepEqual(levelOf(last, 0, undefined), at('L1-L2'));
  });
  it('a multilevel sentence borrows no level from the context', () => {
    const s = sentenceOf('multilevel foraminal narrowing', {
      header: undefined,
      last: at('L1-L2'),
    });
    assert.equal(levelOf(s, 1, undefined), undefined);
  });
  it('levelInSentence never borrows the heading (a fracture is of a vertebra)', () => {
    const s = sentenceOf('compression fracture', { header: at('L1-L2'), last: at('L1-L2') });
    assert.equal(levelInSentence(s, 0, undefined), undefined);
    assert.deepEqual(levelOf(s, 0, undefined), at('L1-L2'));
  });
  it('reads vertebrae: the disc below, a root named next to a root, the bodies of a fracture', () => {
    assert.equal(levelBelowVertebra('L5'), 'L5-S1');
    assert.equal(levelBelowVertebra('S1'), undefined);
    const root = sentenceOf('compressing the exit nerve root (S1)');
    assert.equal(vertebraNextTo(root.items, 2), 'S1');
    const listhesis = sentenceOf('anterolisthesis of L5');
    assert.equal(vertebraAfter(listhesis.items, 0), 'L5');
    const text = 'fractures of L2 and L4 bodies';
    const fracture = sentenceOf(text);
    assert.deepEqual(fractureVertebrae(fracture.items, 0, fracture.phrases.get(0)), ['L2', 'L4']);
  });
});

describe('sides (_sides.ts)', () => {
  it('a lean after a finding noun', () => {
    const s = sentenceOf('disc protrusion more to the Lt side');
    assert.equal(sideAfterLesion(s, 0)?.side, 'left');
    assert.equal(sideAfterLesion(s, 0)?.asym, true);
  });
  it('a finding noun takes the side of the place it extends into', () => {
    const s = sentenceOf('disc protrusion extending into the left neural foramen');
    assert.equal(sideAfterLesion(s, 0)?.side, 'left');
  });
  it('a side word after a statement, but not one that modifies the next noun', () => {
    const text = 'foraminal narrowing on the left';
    const s = sentenceOf(text);
    assert.equal(sideAfterStatement(s, indexOf(s, text, 'narrowing'))?.side, 'left');
    const next = 'foraminal narrowing and left L5 hemilaminectomy';
    const n = sentenceOf(next);
    assert.equal(sideAfterStatement(n, indexOf(n, next, 'narrowing')), undefined);
  });
  it('looks no further than SIDE_AFTER_WINDOW items', () => {
    const filler = Array.from({ length: SIDE_AFTER_WINDOW }, () => 'the').join(' ');
    const text = `foraminal narrowing ${filler} on the left`;
    const s = sentenceOf(text);
    assert.equal(sideAfterStatement(s, indexOf(s, text, 'narrowing')), undefined);
  });
  it('a free side between a target and its predicate', () => {
    const text = 'the traversing nerve root on the right was impinged';
    const s = sentenceOf(text);
    const t = s.items.findIndex((x) => x.kind === 'target');
    const p = s.items.findIndex((x) => x.kind === 'pred');
    assert.equal(sideBetween(s, t, p), 'right');
  });
  it("a coordinated sibling's side", () => {
    const text = 'compressing the Rt sided thecal sac and exit nerve root';
    const s = sentenceOf(text);
    assert.equal(
      siblingSide(
        s,
        s.items.findLastIndex((x) => x.kind === 'target'),
      ),
      'right',
    );
  });
  it('one grade per side after a statement, only when both sides are named', () => {
    const text = 'foramina narrowed, severe on the left and moderate on the right';
    const s = sentenceOf(text);
    assert.deepEqual(gradesBySideAfter(s.items, indexOf(s, text, 'narrowed')), [
      { side: 'left', severity: 'severe' },
      { side: 'right', severity: 'moderate' },
    ]);
    const one = 'foramina narrowed, severe on the left';
    const o = sentenceOf(one);
    assert.equal(gradesBySideAfter(o.items, indexOf(o, one, 'narrowed')), undefined);
  });
  it('the side may come first ("(R mod, L mild)"), but a side named twice ends the list', () => {
    const text = 'bilateral foraminal narrowing (Rt moderate, Lt minimal)';
    const s = sentenceOf(text);
    assert.deepEqual(gradesBySideAfter(s.items, indexOf(s, text, 'narrowing')), [
      { side: 'right', severity: 'moderate' },
      { side: 'left', severity: 'mild' },
    ]);
    const twice = 'foramina narrowed, right left moderate';
    const t = sentenceOf(twice);
    assert.equal(gradesBySideAfter(t.items, indexOf(t, twice, 'narrowed')), undefined);
  });
});

describe('severity (_severity.ts)', () => {
  it("a predicate's adverb", () => {
    const text = 'mildly compressing the exit nerve roots';
    const s = sentenceOf(text);
    assert.equal(severityBefore(s, indexOf(s, text, 'compressing')), 'mild');
  });
  it('a grade after the statement, but never one another phrase owns', () => {
    const text = 'foraminal narrowing to a mild degree';
    const s = sentenceOf(text);
    assert.equal(severityAfter(s, indexOf(s, text, 'narrowing')), 'mild');
    const owned = 'foraminal narrowing and mild canal stenosis';
    const o = sentenceOf(owned);
    assert.equal(severityAfter(o, indexOf(o, owned, 'narrowing')), undefined);
  });
  it('a grade shared by coordinated targets of one predicate', () => {
    const text = 'moderate canal and foraminal stenosis';
    const s = sentenceOf(text);
    const canal = indexOf(s, text, 'canal');
    const foramen = indexOf(s, text, 'foraminal');
    const own = new Map([[canal, 'moderate' as const]]);
    assert.equal(inheritedSeverity(s.items, foramen, s.phrases.get(foramen), own), 'moderate');
  });
});

describe('predicates (_predicates.ts)', () => {
  it('what a target and predicate state', () => {
    assert.deepEqual(findingsFor('exit-root', 'compress'), [
      { finding: 'foraminal-stenosis', normal: false },
      { finding: 'nerve-root-compression', normal: false },
    ]);
    assert.deepEqual(findingsFor('foramen', 'contact'), []);
    assert.deepEqual(findingsFor('recess', 'normal'), [
      { finding: 'lateral-recess-stenosis', normal: true },
    ]);
  });
  it('a predicate directly before the phrase binds tighter than one after it', () => {
    const text = 'patent right lateral recess and foramen is narrowed';
    const s = sentenceOf(text);
    const g = governingPredicate(s, indexOf(s, text, 'lateral'));
    assert.equal(g?.pred.pred, 'normal');
  });
  it('after "and", a predicate with no target before it starts a new verb phrase', () => {
    const text = 'compressing the root and narrowing the foramen';
    const s = sentenceOf(text);
    assert.equal(governingPredicate(s, indexOf(s, text, 'root'))?.pred.pred, 'compress');
    assert.equal(governingPredicate(s, indexOf(s, text, 'foramen'))?.pred.pred, 'narrow');
  });
  it('a place a lesion extends to, and a recess that only locates a root, state nothing', () => {
    const text = 'disc protrusion extending into the left neural foramen';
    const s = sentenceOf(text);
    const t = indexOf(s, text, 'neural');
    assert.ok(isExtensionPlace(s.items, t, s.phrases.get(t)));
    const recess = 'the right L5 root is compressed in the lateral recess';
    const r = sentenceOf(recess);
    assert.ok(isLocativeRecess(r.items, indexOf(r, recess, 'lateral')));
  });
  it('a graded foramen with no predicate stands for its own narrowing', () => {
    for (const [text, word] of [
      ['sev L NF', 'nf'],
      ['Rt foramen mild', 'foramen'],
    ] as const) {
      const s = sentenceOf(text);
      const g = impliedNarrowing(s, indexOf(s, text, word));
      assert.deepEqual(g?.stated, [{ finding: 'foraminal-stenosis', normal: false }], text);
    }
    const ungraded = 'the right foramen';
    const u = sentenceOf(ungraded);
    assert.equal(impliedNarrowing(u, indexOf(u, ungraded, 'foramen')), undefined);
  });
});

describe('finding-noun pass (_lesion-findings.ts)', () => {
  it('a fracture with vertebrae is one finding per vertebra and no disc level', () => {
    const s = sentenceOf('fractures of L2 and L4 bodies', { header: at('L1-L2'), last: undefined });
    const { findings } = lesionFindings(s);
    assert.deepEqual(
      findings.map((f) => [f.vertebra, f.levelRef]),
      [
        ['L2', undefined],
        ['L4', undefined],
      ],
    );
  });
  it('a listhesis of a vertebra is at the disc below it', () => {
    const { findings } = lesionFindings(sentenceOf('anterolisthesis of L4'));
    assert.deepEqual(findings[0]?.levelRef, at('L4-L5'));
    assert.equal(findings[0]?.side, undefined);
  });
  it('records the side given to each finding noun, for the targets after it', () => {
    const { lesionSide } = lesionFindings(sentenceOf('Left paracentral disc protrusion'));
    assert.deepEqual([...lesionSide.values()], ['left']);
  });
});

describe('target pass (_target-findings.ts)', () => {
  const rows = (text: string) => {
    const s = sentenceOf(text);
    const { findings } = targetFindings(s, lesionFindings(s).lesionSide);
    return findings.map(
      (f) => `${f.finding} ${f.side} ${f.severity}${f.negated ? ' negated' : ''}`,
    );
  };
  it('one finding per side group with its own grade', () => {
    assert.deepEqual(rows('mild to moderate left and mild right foraminal stenosis'), [
      'foraminal-stenosis left mild-moderate',
      'foraminal-stenosis right mild',
    ]);
  });
  it('an exit root compressed is foraminal stenosis and root compression; a sideless one is bilateral', () => {
    assert.deepEqual(rows('mildly compressing the exit nerve roots'), [
      'foraminal-stenosis bilateral mild',
      'nerve-root-compression bilateral mild',
    ]);
  });
  it('a normality predicate negates', () => {
    assert.deepEqual(rows('the neural foramina are patent'), [
      'foraminal-stenosis bilateral null negated',
    ]);
  });
  it("keeps a lesion's lean as the worse side of a sideless target", () => {
    const s = sentenceOf('Lt paracentral disc protrusion encroaching exit neural canal');
    const { findings } = targetFindings(s, lesionFindings(s).lesionSide);
    assert.equal(findings[0]?.side, 'bilateral');
    assert.equal(findings[0]?.asymmetry, 'left');
    assert.equal(findings[0]?.sideExplicit, false);
  });
});

describe('bare-stenosis pass (_bare-stenosis.ts)', () => {
  it('"stenosis" with no target is the canal', () => {
    const s = sentenceOf('high-grade stenosis at L3-L4');
    const found = bareStenosisFindings(s, new Set());
    assert.deepEqual(
      found.map((f) => [f.finding, f.severity, f.levelRef]),
      [['central-canal-stenosis', 'severe', at('L3-L4')]],
    );
  });
  it('not when a target took the predicate', () => {
    const s = sentenceOf('foraminal stenosis at L3-L4');
    const { pairedPreds } = targetFindings(s, new Map());
    assert.deepEqual(bareStenosisFindings(s, pairedPreds), []);
    assert.equal(bareStenosisFindings(s, new Set()).length, 1);
  });
});

describe('assembleSentence (_assemble.ts)', () => {
  it('a sentence with no target, finding noun or predicate states nothing', () => {
    const s = sentenceOf('Vertebral body heights are maintained at L4');
    assert.deepEqual(assembleSentence(s.items, s.flags, NO_CONTEXT), []);
  });
  it('composes the passes: finding nouns, then targets, then bare stenosis', () => {
    const s = sentenceOf('Disc bulge narrowing the foramina, with stenosis');
    const found = assembleSentence(s.items, s.flags, NO_CONTEXT).map((f) => f.finding);
    assert.deepEqual(found, ['disc-bulge', 'foraminal-stenosis', 'central-canal-stenosis']);
  });
});
