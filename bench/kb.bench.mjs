// Issue 2: cold start of `foramen kb find ibuprofen --json` as a whole process, against `node -e 0`;
// and in-process search latency.
import { processMs, throughput } from './_measure.mjs';

export default async function ({ quick }) {
  const runs = quick ? 7 : 21;
  const bare = processMs(['-e', '0'], runs);
  const cli = processMs(['bin/foramen.js', 'kb', 'find', 'ibuprofen', '--json'], runs);
  const { findKb } = await import('../dist/src/index.js');
  const queries = [
    'ibuprofen',
    'Tylenol',
    'pinched nerve',
    'sciatica',
    'SLR',
    'TLIF',
    'gabapentn',
    'foraminotomy',
  ];
  findKb('warm up');
  const t = throughput((i) => findKb(queries[i % queries.length]), quick ? 2000 : 10000);
  return [
    {
      name: 'cold start: kb find ibuprofen --json',
      value: cli,
      unit: 'ms',
      baseline: { name: 'node -e 0', value: bare },
      ratio: cli / bare,
    },
    { name: 'kb find in-process p50', value: t.p50, unit: 'ms' },
    { name: 'kb find in-process p99', value: t.p99, unit: 'ms' },
  ];
}
