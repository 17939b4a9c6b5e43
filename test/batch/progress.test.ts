/** The progress bar of `batch submit --wait` and `batch collect`: rate and time left, on a terminal only. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { progressBar } from '../../src/cli/commands/batch.js';

describe('batch progress bar', () => {
  it('draws percent, count, rate and time left in place on a terminal, and clears its line', async () => {
    let out = '';
    const bar = progressBar(
      { write: (s: string) => (out += s), isTTY: true } as never,
      'collecting',
    );
    await new Promise((resolve) => setTimeout(resolve, 120));
    bar.draw(500, 1000);
    assert.match(
      out,
      /^\rcollecting \[#{15}\.{15}\] {2}50% {2}500\/1000 {2}\d+\/s {2}\d\d:\d\d left $/,
    );
    bar.end();
    assert.ok(out.endsWith('\r\x1b[K'));
  });

  it('writes nothing when the stream is not a terminal', () => {
    let out = '';
    const bar = progressBar({ write: (s: string) => (out += s) }, 'processing');
    bar.draw(1, 2);
    bar.end();
    assert.equal(out, '');
  });
});
