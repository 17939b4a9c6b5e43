// Issue 4: assessments per second in-process on one core, and latency percentiles, over the dev and extra
// vignettes in rotation (validation included: `assess` parses its input every call).
import { readFileSync } from 'node:fs';
import { throughput } from './_measure.mjs';

export default async function ({ quick }) {
  const { assess } = await import('../dist/src/index.js');
  const cases = ['dev', 'extra'].flatMap(
    (f) =>
      JSON.parse(
        readFileSync(new URL(`../test/fixtures/vignettes/${f}.json`, import.meta.url), 'utf8'),
      ).cases,
  );
  const inputs = cases.map((c) => c.presentation);
  const deps = { checkMedications: null };
  const t = throughput((i) => assess(inputs[i % inputs.length], deps), quick ? 20000 : 100000);
  return [
    {
      name: 'assess in-process (one core)',
      value: t.perSecond,
      unit: 'assessments/s',
      note: `${inputs.length} vignettes in rotation`,
    },
    { name: 'assess p50', value: t.p50, unit: 'ms' },
    { name: 'assess p99', value: t.p99, unit: 'ms' },
  ];
}
