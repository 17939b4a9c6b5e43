import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runReportBatch } from './batch.js';
import type { BatchSource } from './batch.js';

/** NDJSON of `count` records (every seventh one malformed in a different way), in small chunks. */
function ndjsonSource(
  count: number,
  chunkBytes: number,
): BatchSource & { linesRead: () => number } {
  const lines = Array.from({ length: count }, (_, i) => {
    if (i % 7 === 3) return '{"id": "broken"';
    if (i % 7 === 5) return JSON.stringify({ id: `r${i}`, text: 42 });
    const side = i % 2 === 0 ? 'left' : 'right';
    const grade = ['mild', 'moderate', 'severe'][i % 3] ?? 'mild';
    return JSON.stringify({
      id: `r${i}`,
      text: `L${(i % 4) + 1}-L${(i % 4) + 2}: ${grade} ${side} foraminal narrowing. No canal stenosis.`,
    });
  });
  const all = Buffer.from(`${lines.join('\n')}\n`);
  let read = 0;
  let linesRead = 0;
  return {
    records: (async function* () {})(),
    bytes: (async function* () {
      for (let at = 0; at < all.length; at += chunkBytes) {
        const chunk = all.subarray(at, at + chunkBytes);
        read += chunk.length;
        for (const byte of chunk) if (byte === 10) linesRead++;
        yield chunk;
      }
    })(),
    progress: () => ({ bytesRead: read, totalBytes: all.length }),
    linesRead: () => linesRead,
  };
}

async function collect(
  threads: number,
  blockBytes: number,
): Promise<{ out: string; summary: Awaited<ReturnType<typeof runReportBatch>> }> {
  const parts: string[] = [];
  const summary = await runReportBatch(
    ndjsonSource(400, 1000),
    (ndjson) => {
      parts.push(Buffer.from(ndjson).toString('utf8'));
    },
    { threads, blockBytes },
  );
  return { out: parts.join(''), summary };
}

describe('runReportBatch on this thread and workers', () => {
  it('gives the same lines in input order on 1, 2 and 3 threads, with small blocks spread over all of them', async () => {
    const alone = await collect(1, 2048);
    assert.equal(alone.summary.threads, 1);
    assert.equal(alone.summary.workers, 0);
    assert.equal(alone.summary.reports, 400);
    assert.equal(alone.summary.errors, 2 * 57);
    const ids = alone.out
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id);
    assert.equal(ids[0], 'r0');
    assert.equal(ids[3], 'line:4');
    assert.equal(ids[399], 'r399');
    for (const threads of [2, 3]) {
      const spread = await collect(threads, 2048);
      assert.equal(spread.summary.threads, threads);
      assert.equal(spread.summary.workers, threads - 1);
      assert.equal(spread.out, alone.out, `${threads} threads`);
      assert.deepEqual(
        { ...spread.summary, seconds: 0, threads: 0, workers: 0 },
        { ...alone.summary, seconds: 0, threads: 0, workers: 0 },
      );
    }
  });

  it('takes no more input than a few blocks per thread ahead of a slow output (memory stays flat)', async () => {
    const source = ndjsonSource(600, 500);
    let delivered = 0;
    let mostAhead = 0;
    const summary = await runReportBatch(
      source,
      async (ndjson) => {
        for (const byte of ndjson) if (byte === 10) delivered++;
        mostAhead = Math.max(mostAhead, source.linesRead() - delivered);
        await new Promise((resolve) => setTimeout(resolve, 2));
      },
      { threads: 2, blockBytes: 1024 },
    );
    assert.equal(summary.reports, 600);
    // Blocks of 1 KB hold about 12 lines; two threads may be (2 + 1) × 2 blocks ahead, plus the ones
    // in hand and a 500-byte read.
    assert.ok(mostAhead < 150, `lines read but not yet written: ${mostAhead}`);
    assert.ok(mostAhead > 0);
  });
});
