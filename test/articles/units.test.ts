/** Unit tests of the article building blocks: reading level, page measure, request parsing. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fleschKincaid } from 'flesch-kincaid';
import { InputError } from '../../src/errors.js';
import { countText, readingGrade } from '../../src/articles/reading-level.js';
import { measurePage, visibleText } from '../../src/articles/measure.js';
import { normaliseLevel, parseArticleRequest } from '../../src/articles/request.js';

describe('reading level (flesch-kincaid + syllable)', () => {
  it('agrees with the flesch-kincaid package on counts it is given', () => {
    const text = 'The cat sat on the mat. It was a warm day.';
    const counts = countText(text);
    assert.deepEqual(counts, { sentence: 2, word: 11, syllable: 11 });
    assert.equal(readingGrade(text), fleschKincaid({ sentence: 2, word: 11, syllable: 11 }));
  });
  it('spells out acronyms and numbers, so "MRI" and "L4" do not read as one-syllable words', () => {
    assert.equal(countText('MRI.').syllable, 3);
    assert.equal(countText('L4.').syllable, 2);
    assert.equal(countText('e.g. this one. And that.').sentence, 2);
  });
  it('long, Latinate sentences grade far above short plain ones', () => {
    assert.ok(
      readingGrade(
        'Intervertebral foraminal stenosis predominantly manifests radicular symptomatology.',
      ) > 12,
    );
    assert.ok(readingGrade('The nerve gets pinched. It can hurt.') < 4);
  });
});

describe('page measure (visible text of the rendered page)', () => {
  const page = `<!doctype html><html><head><title>Not seen</title><style>p{}</style></head><body>
<header><p>Site name</p></header><main><h1>Big title</h1><nav><ol><li>One</li><li>Two</li></ol></nav>
<p>You can walk. It helps.</p><svg><title>hidden</title><desc>hidden too</desc><text>L4</text></svg>
<!--sources--><section><h2>Sources</h2><ol><li>A very long citation that is not measured at all.</li></ol></section><!--/sources-->
<!--handout--><div hidden><p>Print only text.</p></div><!--/handout--></main></body></html>`;
  it('keeps headings, lists, paragraphs and picture labels, one line per block', () => {
    assert.equal(
      visibleText(page),
      ['Site name', 'Big title', 'One', 'Two', 'You can walk. It helps.', 'L4'].join('\n'),
    );
  });
  it('leaves out the head, SVG titles and descriptions, the sources and the print-only handout', () => {
    const text = visibleText(page);
    for (const hidden of ['Not seen', 'hidden', 'citation', 'Print only']) {
      assert.ok(!text.includes(hidden), hidden);
    }
  });
  it('counts words and grades the same text', () => {
    const m = measurePage(page);
    assert.equal(m.words, 12);
    assert.equal(m.sentences, 7);
    assert.equal(m.grade, Math.round(readingGrade(visibleText(page)) * 100) / 100);
  });
});

describe('article requests', () => {
  const bad: [string, unknown, string, RegExp][] = [
    [
      'unknown level',
      { level: 'L6-S1', side: 'left', zone: 'foraminal' },
      'level',
      /"L6-S1" is not allowed; use one of T12-L1, L1-L2, L2-L3, L3-L4, L4-L5, L5-S1/,
    ],
    [
      'missing side',
      { level: 'L4-L5', zone: 'foraminal' },
      'side',
      /is required; use one of left, right, bilateral/,
    ],
    [
      'bad side',
      { level: 'L4-L5', side: 'central', zone: 'foraminal' },
      'side',
      /"central" is not allowed/,
    ],
    [
      'bad zone',
      { level: 'L4-L5', side: 'left', zone: 'lateral' },
      'zone',
      /use one of central, subarticular, foraminal, extraforaminal/,
    ],
    [
      'bad audience',
      { level: 'L4-L5', side: 'left', zone: 'foraminal', audience: 'nurse' },
      'audience',
      /"nurse" is not allowed; use one of patient, clinician/,
    ],
    [
      'unknown field',
      { level: 'L4-L5', side: 'left', zone: 'central', root: 'L5' },
      'root',
      /unknown field/,
    ],
    // Found by the fuzz suite: Object.prototype's names must read as unknown fields, not crash.
    [
      'field named constructor',
      { level: 'L4-L5', side: 'left', zone: 'central', constructor: 1 },
      'constructor',
      /unknown field/,
    ],
    [
      'field named __proto__',
      JSON.parse('{"level":"L4-L5","side":"left","zone":"central","__proto__":1}') as unknown,
      '__proto__',
      /unknown field/,
    ],
    [
      'value with a line break',
      { level: 'L4-L5', side: 'le\nft', zone: 'central' },
      'side',
      /^"le ft" is not allowed/,
    ],
  ];
  for (const [name, input, path, message] of bad) {
    it(`${name} → InputError at ${path}`, () => {
      assert.throws(
        () => parseArticleRequest(input),
        (e: unknown) => e instanceof InputError && e.path === path && message.test(e.message),
      );
    });
  }
  it('forgives case and common level spellings', () => {
    assert.deepEqual(parseArticleRequest({ level: 'l4/l5', side: 'LEFT', zone: 'Foraminal' }), {
      level: 'L4-L5',
      side: 'left',
      zone: 'foraminal',
      audience: 'patient',
    });
    assert.equal(
      parseArticleRequest({
        level: 'L4-L5',
        side: 'left',
        zone: 'foraminal',
        audience: 'Clinician',
      }).audience,
      'clinician',
    );
    assert.equal(normaliseLevel('L5-1'), 'L5-S1');
    assert.equal(normaliseLevel('L4-5'), 'L4-L5');
    assert.equal(normaliseLevel('T12/L1'), 'T12-L1');
  });
});
